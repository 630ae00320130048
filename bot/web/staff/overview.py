"""The overview (counts and weekly charts, drawn on the server as SVG) and the
audit log (admins only, read-only)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Dict, Optional

from aiohttp import web
from markupsafe import Markup
from sqlalchemy.orm import Session

from bot.core.models import LEAD_STATUSES
from bot.crisis.escalations import count_open, escalation_times_since
from bot.intake import statuses as lead_statuses
from bot.intake.store import lead_conditions_since, lead_counts_by
from bot.staff import audit
from bot.staff.charts import bar_chart, stacked_bar_chart, weekly_counts, weeks_ending
from bot.web.staff.pages import clinic_zone, render
from bot.triage import rules as triage
from bot.web.staff.security import USER, record_audit, roles, run_db

WEEKS = 12
AUDIT_PAGE = 100


def overview_data(*, session: Session, now: Optional[datetime] = None) -> Dict[str, Any]:
    now = now or datetime.now(timezone.utc)
    weeks = weeks_ending(now, WEEKS)
    since = datetime.combine(weeks[0], time.min, tzinfo=timezone.utc)
    by_status = lead_counts_by(session=session, column="status")
    by_urgency = lead_counts_by(session=session, column="urgency")
    leads = lead_conditions_since(session=session, since=since)
    escalations = escalation_times_since(session=session, since=since)
    open_count = count_open(session=session)
    return {
        "weeks": weeks,
        "by_status": [(s, by_status.get(s, 0)) for s in LEAD_STATUSES],
        "by_urgency": [(u, by_urgency.get(u, 0)) for u in triage.URGENCY_LABELS]
        + [("not triaged", by_urgency.get(None, 0))],
        "lead_series": weekly_counts([(_utc(c), cond or "unknown") for c, cond in leads], weeks,
                                     key=lambda cond: cond),
        "escalation_counts": weekly_counts([_utc(c) for c in escalations], weeks)["all"],
        "open_escalation_count": open_count,
    }


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


@roles("staff", "admin")
async def overview(request: web.Request) -> web.Response:
    data = await run_db(request, overview_data)
    labels = {key: label.split(" (")[0] for key, label in triage.CONDITION_LABELS.items()}
    leads_chart = stacked_bar_chart("New leads per week by condition", data["weeks"],
                                    data["lead_series"], labels=labels)
    escalation_chart = bar_chart("Escalations per week", data["weeks"],
                                 data["escalation_counts"], label="escalations",
                                 empty_text="No escalations in these weeks")
    return await render(request, "overview.html", {
        **data, "status_labels": lead_statuses.LABELS,
        # The chart module escapes every piece of text it draws (see its tests).
        "leads_chart": Markup(leads_chart), "escalation_chart": Markup(escalation_chart),
    })


def _date(value: str) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@roles("admin")
async def audit_log(request: web.Request) -> web.Response:
    q = request.query
    action = q.get("action") if q.get("action") in audit.ACTIONS else None
    actor = (q.get("actor") or "").strip().lower()[:64] or None
    day_from, day_to = _date(q.get("from", "")), _date(q.get("to", ""))
    zone = clinic_zone(request)  # the days staff mean are the clinic's days
    since = datetime.combine(day_from, time.min, tzinfo=zone) if day_from else None
    until = (datetime.combine(day_to + timedelta(days=1), time.min, tzinfo=zone)
             if day_to else None)
    try:
        page = max(1, min(int(q.get("page", "1")), 10_000))
    except ValueError:
        page = 1
    filters = dict(action=action, actor_username=actor, since=since, until=until)
    events = await run_db(request, audit.list_events, limit=AUDIT_PAGE,
                          offset=(page - 1) * AUDIT_PAGE, **filters)
    total = await run_db(request, audit.count_events, **filters)
    await record_audit(request, "audit_view")
    return await render(request, "audit.html", {
        "events": events, "total": total, "page": page,
        "pages": max(1, -(-total // AUDIT_PAGE)), "actions": audit.ACTIONS,
        "f": {"action": action or "", "actor": actor or "",
              "from": day_from.isoformat() if day_from else "",
              "to": day_to.isoformat() if day_to else ""},
        "me": request[USER].username,
    })
