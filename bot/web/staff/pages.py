"""Rendering staff pages: every page carries the signed-in user, the CSRF token
for its forms, and the open escalations shown at the top of every page."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any, Dict, Optional

import aiohttp_jinja2
from aiohttp import web
from jinja2 import pass_context
from sqlalchemy.orm import Session

from bot.core.models import Escalation, utcnow
from bot.crisis import categories
from bot.crisis import escalations as escalation_data
from bot.crisis.categories import label
from bot.staff import clock
from bot.web import keys
from bot.web.staff.security import STAFF_SESSION, USER, run_db

# The banner names the few most urgent open escalations and links to the queue:
# with 20 open it must not push the page away (issue 17).
BANNER_SHOWN = 3
BANNER_CANDIDATES = 500  # ranked in Python: the open ones are few unless something is wrong


def banner(*, session: Session, zone: tzinfo, now: Optional[datetime] = None) -> Dict[str, Any]:
    """How many escalations are open and the most urgent few: the most severe
    category first, then the longest waiting."""
    now = now or utcnow()
    rows = escalation_data.open_escalations(session=session, limit=BANNER_CANDIDATES)
    rows.sort(key=lambda e: (_severity(e.category), clock.aware(e.created_at), e.id))
    return {"count": escalation_data.count_open(session=session),
            "items": [banner_item(e, zone, now) for e in rows[:BANNER_SHOWN]]}


def _severity(category: str) -> int:
    known = categories.BY_KEY.get(category)
    return known.priority if known else len(categories.CATEGORIES)


def banner_item(escalation: Escalation, zone: tzinfo, now: datetime) -> Dict[str, Any]:
    """What the banner and the live updates show: no message text (PHI stays on
    the escalation's own page)."""
    created = clock.aware(escalation.created_at)
    return {
        "id": escalation.id,
        "category": escalation.category,
        "label": label(escalation.category),
        "created_at": created.isoformat(),
        "when": clock.when(created, zone),
        "age": clock.ago(created, now),
    }


def clinic_zone(request: web.Request) -> tzinfo:
    return request.config_dict[keys.CLINIC].zone


# Template filters for times (registered in bot.web.app): the clinic's zone and
# the time of the request come from the page's context (see render).
@pass_context
def _when_filter(context, value: Optional[datetime], seconds: bool = False) -> str:
    return clock.when(value, context["zone"], seconds=seconds)


@pass_context
def _day_filter(context, value: Optional[datetime]) -> str:
    return clock.day(value, context["zone"])


@pass_context
def _ago_filter(context, value: Optional[datetime]) -> str:
    return clock.ago(value, context["now"])


def _iso_filter(value: Optional[datetime]) -> str:
    return clock.aware(value).isoformat() if value is not None else ""


TIME_FILTERS = {"when": _when_filter, "day": _day_filter, "ago": _ago_filter,
                "iso": _iso_filter}


async def render(request: web.Request, template: str, context: Dict[str, Any],
                 status: int = 200) -> web.Response:
    user = request[USER]
    zone = clinic_zone(request)
    base = {
        "user": user,
        "csrf_token": request[STAFF_SESSION].csrf_token,
        "banner": await run_db(request, banner, zone=zone),
        "zone": zone, "zone_name": request.config_dict[keys.CLINIC].timezone, "now": utcnow(),
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
