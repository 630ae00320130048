"""Links to the staff dashboard, built from its named routes (bot/web/staff/app.py),
so no handler spells out a path. Works from the dashboard's own handlers and
from the public app (the on-call acknowledgement link)."""

from __future__ import annotations

from typing import Mapping, Optional

from aiohttp import web

from bot.web import keys


def staff_url(request: web.Request, name: str, query: Optional[Mapping[str, str]] = None,
              **parts: object) -> str:
    """The path of staff route `name` with its `parts` filled in, and `query`."""
    url = request.config_dict[keys.STAFF].router[name].url_for(
        **{key: str(value) for key, value in parts.items()})
    return str(url.with_query(dict(query)) if query else url)
