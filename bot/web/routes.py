"""The URL table of the public web app."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from bot.web import chat, views


def setup_routes(app: web.Application, static_dir: Path) -> None:
    app.router.add_get("/", views.index, name="index")
    app.router.add_get("/privacy", views.privacy, name="privacy")
    app.router.add_get("/health", views.health, name="health")
    app.router.add_get("/health/live", views.alive, name="alive")
    app.router.add_get("/oncall/ack/{token}", views.ack_link, name="ack_link")
    app.router.add_get("/chat/ws", chat.chat_socket, name="chat")
    # The widget a clinic embeds with one <script> tag, and its stylesheet.
    app.router.add_get("/widget.js", views.static_file(static_dir / "widget.js"), name="widget_js")
    app.router.add_get("/widget.css", views.static_file(static_dir / "widget.css"), name="widget_css")
    app.router.add_static("/static/", static_dir, name="static")
