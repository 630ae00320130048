"""The public web app: one factory builds it, tests call it with test settings."""

from bot.web.app import create_app

__all__ = ["create_app"]
