"""Rendering staff pages: every page carries the signed-in user, the CSRF token
for its forms, and the open escalations shown at the top of every page."""

from __future__ import annotations

from typing import Any, Dict, List

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy.orm import Session

from bot.core.models import Escalation
from bot.crisis import escalations as escalation_data
from bot.crisis.categories import label
from bot.web.staff.security import STAFF_SESSION, USER, run_db

MAX_BANNER_ESCALATIONS = 20


def open_escalations(*, session: Session) -> List[Dict[str, Any]]:
    """Open (unacknowledged) escalations, oldest first: the most overdue on top."""
    rows = escalation_data.open_escalations(session=session, limit=MAX_BANNER_ESCALATIONS)
    return [banner_item(e) for e in rows]


def banner_item(escalation: Escalation) -> Dict[str, Any]:
    """What the banner and the live updates show: no message text (PHI stays on
    the escalation's own page)."""
    return {
        "id": escalation.id,
        "category": escalation.category,
        "label": label(escalation.category),
        "created_at": escalation.created_at.isoformat() if escalation.created_at else None,
    }


async def render(request: web.Request, template: str, context: Dict[str, Any],
                 status: int = 200) -> web.Response:
    user = request[USER]
    base = {
        "user": user,
        "csrf_token": request[STAFF_SESSION].csrf_token,
        "open_escalations": await run_db(request, open_escalations),
        "can_see_leads": user.role in ("staff", "admin"),
        "is_admin": user.role == "admin",
        "path": request.path,
    }
    response = aiohttp_jinja2.render_template(f"staff/{template}", request, {**base, **context})
    response.set_status(status)
    return response


async def render_plain(request: web.Request, template: str, context: Dict[str, Any],
                       status: int = 200) -> web.Response:
    """A page outside the dashboard's frame (sign-in steps, enrolment): no navigation
    and no escalation banner, for a browser that is not fully signed in."""
    response = aiohttp_jinja2.render_template(f"staff/{template}", request, context)
    response.set_status(status)
    return response
