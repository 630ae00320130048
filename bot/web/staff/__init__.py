"""The staff dashboard, mounted at /staff/ as a sub-application with its own
middlewares (encrypted session cookie, authentication, CSRF, no-store)."""

from bot.web.staff.app import create_staff_app

__all__ = ["create_staff_app"]
