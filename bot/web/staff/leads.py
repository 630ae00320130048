"""Leads for clinic staff: the searchable list, the CSV export, one lead's page
(intake, triage, notes, escalations, the chat transcript), status and notes.

Every value on these pages is personal health information: every view and
export is audited, audit details hold counts and statuses only, and nothing is
logged. On-call users may open a lead only when its conversation escalated.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from itertools import islice
from typing import Any, Dict, List, Mapping, NamedTuple, Optional
from urllib.parse import urlencode

from aiohttp import web
from sqlalchemy.orm import Session

from bot.clinic.language import LANGUAGES, NAMES as LANGUAGE_NAMES, name as language_name
from bot.core.models import LEAD_STATUSES, Lead
from bot.crisis.categories import label
from bot.crisis.escalations import escalations_for_conversation
from bot.intake import statuses as lead_statuses
from bot.intake.fields import BY_COLUMN, STAFF_ORDER
from bot.intake.store import (MAX_QUERY_CHARS, SORTS, URGENCIES, LeadQuery, get_lead,
                              leads_by_ids, search_lead_ids, search_leads, set_status)
from bot.triage import rules as triage
from bot.staff import as_utc, clock
from bot.staff.export import iter_leads_csv
from bot.staff.notes import MAX_BODY_CHARS, add_note, list_notes
from bot.web.staff.urls import staff_url
from bot.web.transcript import transcript
from bot.web import keys
from bot.web.rasa_client import RasaUnavailable
from bot.web.staff.pages import clinic_zone, render
from bot.web.staff.security import USER, record_audit, roles, run_db

PAGE_SIZE = 50
MAX_PAGE = 10_000
EXPORT_BATCH = 500
URGENCY_BADGES = {"urgent callback": "urgent", "soon": "soon", "routine": "routine"}
SORT_LABELS = {"urgent": "Most urgent first", "newest": "Newest first"}
DONE = {"status": "Status changed.", "note": "Note added."}
FORBIDDEN = "Your role may not see this page."
NOT_FOUND = "No such lead."
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DEFAULT_ZONE = clock.zone(clock.DEFAULT_TIMEZONE)


# --- The list's filters (from the query string; never a 500) --------------------


@dataclass
class Filters:
    query: LeadQuery
    page: int = 1
    notes: List[str] = field(default_factory=list)  # what was ignored, and why
    params: Dict[str, str] = field(default_factory=dict)  # accepted, for links and the form


def parse_filters(args: Mapping[str, str], zone: tzinfo = timezone.utc) -> Filters:
    """Unknown or malformed values are dropped with a note saying so."""
    notes: List[str] = []
    params: Dict[str, str] = {}
    choices = (("status", LEAD_STATUSES), ("urgency", URGENCIES),
               ("condition", tuple(triage.CONDITION_LABELS)), ("language", LANGUAGES),
               ("sort", SORTS))
    for name, allowed in choices:
        raw = args.get(name, "")
        if raw in allowed:
            params[name] = raw
        elif raw:
            notes.append(f"The {name} filter was not recognised, so it was ignored.")
    _parse_dates(args, params, notes)
    q = _parse_q(args.get("q", ""), notes)
    if q:
        params["q"] = q
    query = LeadQuery(
        status=params.get("status"), urgency=params.get("urgency"),
        condition=params.get("condition"), language=params.get("language"),
        sort=params.get("sort", "urgent"), q=q or None,
        created_from=_day(params.get("from")), created_to=_day(params.get("to")), zone=zone)
    return Filters(query=query, page=_parse_page(args.get("page", ""), notes),
                   notes=notes, params=params)


def _parse_dates(args: Mapping[str, str], params: Dict[str, str], notes: List[str]) -> None:
    for name, label in (("from", "From"), ("to", "To")):
        raw = args.get(name, "")
        if raw and _day(raw) is None:
            notes.append(f"The {label} date was not a date (YYYY-MM-DD), so it was ignored.")
        elif raw:
            params[name] = raw
    if "from" in params and "to" in params and _day(params["from"]) > _day(params["to"]):
        notes.append("The From date is after the To date, so both dates were ignored.")
        del params["from"], params["to"]


def _day(text: Optional[str]) -> Optional[date]:
    if not text or not _DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _parse_q(raw: str, notes: List[str]) -> str:
    q = raw.strip()
    if len(q) > MAX_QUERY_CHARS:
        notes.append(f"The search text is longer than {MAX_QUERY_CHARS} characters, "
                     "so it was ignored.")
        return ""
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in q):
        notes.append("The search text contains characters that can't be searched for, "
                     "so it was ignored.")
        return ""
    return q


def _parse_page(raw: str, notes: List[str]) -> int:
    if not raw:
        return 1
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= MAX_PAGE:
        return int(raw)
    notes.append("The page number was not valid, so page 1 is shown.")
    return 1


def _link(path: str, params: Mapping[str, Any]) -> str:
    return f"{path}?{urlencode(params)}" if params else path


# --- Display helpers ---------------------------------------------------------------


def urgency_badge(urgency: Optional[str]) -> Dict[str, str]:
    """Text and colour class (the text alone carries the meaning)."""
    if urgency in URGENCY_BADGES:
        return {"text": urgency, "class": f"badge badge--{URGENCY_BADGES[urgency]}"}
    return {"text": urgency or "not triaged", "class": "badge"}


def _when(value: Optional[datetime], zone: tzinfo = DEFAULT_ZONE) -> str:
    """In the clinic's time zone, in words ("Nov 30, 2026, 3:04 PM EST")."""
    return clock.when(value, zone)


def _shown(lead: Lead, column: str) -> str:
    return BY_COLUMN[column].display(getattr(lead, column))


def list_row(lead: Lead, zone: tzinfo = DEFAULT_ZONE) -> Dict[str, Any]:
    created = as_utc(lead.created_at)
    return {
        "id": lead.id, "created": clock.when(created, zone), "created_iso": created.isoformat(),
        "language": language_name(lead.language) or "—",
        "name": lead.full_name or "(no name given)", "phone": _shown(lead, "phone"),
        "condition": _shown(lead, "condition"), "urgency": urgency_badge(lead.urgency),
        "status": lead_statuses.label(lead.status),
    }


class Fact(NamedTuple):
    label: str
    text: str
    lines: bool = False  # free text whose line breaks are kept


def lead_facts(lead: Lead, zone: tzinfo = DEFAULT_ZONE) -> List[Fact]:
    """The intake answers as the visitor confirmed them (every field of
    bot.intake.fields, in the order staff read them), then the lead's record."""
    answers = [Fact(field.label_for_staff,
                    field.display(getattr(lead, field.column), whole=True), field.long_text)
               for field in STAFF_ORDER]
    return answers + [
        Fact("Language", language_name(lead.language) or "not recorded"),
        Fact("Created", _when(lead.created_at, zone)),
        Fact("Last updated", _when(lead.updated_at, zone)),
        Fact("Consent given", _when(lead.consent_at, zone)),
        Fact("Conversation ID", lead.conversation_id),
    ]


def transcript_turns(events: List[Any], zone: tzinfo = DEFAULT_ZONE) -> List[Dict[str, Any]]:
    turns = transcript([e for e in events if isinstance(e, dict)], current_session_only=False)
    for turn in turns:
        moment = clock.from_epoch(turn.get("timestamp"))
        turn["time"] = clock.when(moment, zone, seconds=True) if moment else ""
        turn["iso"] = moment.isoformat() if moment else ""
        turn["text"] = str(turn.get("text") or "")
    return turns


# --- The list and the export --------------------------------------------------------


@roles("staff", "admin")
async def lead_list(request: web.Request) -> web.Response:
    filters = parse_filters(request.query, clinic_zone(request))
    leads, total = await run_db(request, search_leads, query=filters.query, limit=PAGE_SIZE,
                                offset=(filters.page - 1) * PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    if filters.page > pages:
        filters.notes.append(f"There {'is' if pages == 1 else 'are'} only {pages} "
                             f"page{'s' if pages != 1 else ''}, so the last one is shown.")
        filters.page = pages
        leads, total = await run_db(request, search_leads, query=filters.query,
                                    limit=PAGE_SIZE, offset=(pages - 1) * PAGE_SIZE)
    page = filters.page
    # The list shows names and phones: viewing it is access to health information.
    await record_audit(request, "lead_list", detail=f"page {page}, {total} leads"
                       + (", filtered" if filters.query.filtered else ""))
    return await render(request, "leads.html", {
        "rows": [list_row(lead, clinic_zone(request)) for lead in leads], "total": total,
        "page": page, "languages": LANGUAGE_NAMES,
        "pages": pages, "filters": filters.params, "flashes": filters.notes,
        "filtered": filters.query.filtered,
        "prev_url": _link("/staff/leads", {**filters.params, "page": page - 1})
        if page > 1 else None,
        "next_url": _link("/staff/leads", {**filters.params, "page": page + 1})
        if page < pages else None,
        "export_url": _link("/staff/leads.csv", filters.params),
        "statuses": lead_statuses.LABELS, "urgencies": URGENCIES, "sorts": SORT_LABELS,
        "conditions": triage.CONDITION_LABELS, "max_q": MAX_QUERY_CHARS,
    })


@roles("staff", "admin")
async def lead_export(request: web.Request) -> web.StreamResponse:
    """Every matching lead (no paging) as CSV, fetched and written in batches."""
    query = parse_filters(request.query, clinic_zone(request)).query
    ids = await run_db(request, search_lead_ids, query=query)
    await record_audit(request, "lead_export", target_type="lead",
                       detail=f"{len(ids)} lead{'s' if len(ids) != 1 else ''}"
                       + (", filtered" if query.filtered else ""))
    response = web.StreamResponse(headers={
        "Content-Disposition":
            f'attachment; filename="leads-{datetime.now(timezone.utc):%Y%m%d}.csv"',
        # Headers go out at prepare(): the middlewares cannot add these later.
        "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
    })
    response.content_type = "text/csv"
    response.charset = "utf-8"
    await response.prepare(request)
    try:
        await response.write(next(iter_leads_csv([])).encode("utf-8"))  # BOM and header
        for start in range(0, len(ids), EXPORT_BATCH):
            rows = await run_db(request, _export_rows, lead_ids=ids[start:start + EXPORT_BATCH])
            lines = islice(iter_leads_csv(rows, bom=False), 1, None)  # without the header
            await response.write("".join(lines).encode("utf-8"))
        await response.write_eof()
    except ConnectionResetError:  # the download was cancelled
        pass
    return response


def _export_rows(*, session: Session, lead_ids: List[int]) -> List[Dict[str, Any]]:
    return [lead.as_dict() for lead in leads_by_ids(session=session, lead_ids=lead_ids)]


# --- One lead -------------------------------------------------------------------------


def lead_bundle(*, session: Session, lead_id: int) -> Optional[Dict[str, Any]]:
    """The lead with its notes and escalations, or None."""
    lead = get_lead(session=session, lead_id=lead_id)
    if lead is None:
        return None
    return {"lead": lead, "notes": list_notes(session=session, lead_id=lead_id),
            "escalations": escalations_for_conversation(
                session=session, conversation_id=lead.conversation_id)}


async def _allowed_bundle(request: web.Request) -> Dict[str, Any]:
    """The lead's data if this user may see it; else 404 (staff, admin) or 403.

    On-call users get 403 for unknown ids too, so they cannot probe which exist.
    """
    bundle = await run_db(request, lead_bundle, lead_id=int(request.match_info["lead_id"]))
    role = request[USER].role
    if role in ("staff", "admin"):
        if bundle is None:
            raise web.HTTPNotFound(text=NOT_FOUND)
        return bundle
    if role == "oncall" and bundle is not None and bundle["escalations"]:
        return bundle
    raise web.HTTPForbidden(text=FORBIDDEN)


async def _conversation(request: web.Request, conversation_id: str) -> Optional[List[dict]]:
    """The chat's turns, or None when Rasa cannot give them (the page still shows)."""
    try:
        events = await request.config_dict[keys.RASA].events(conversation_id)
        return transcript_turns(events, clinic_zone(request))
    except (RasaUnavailable, AttributeError, TypeError, ValueError):
        return None


async def _lead_page(request: web.Request, bundle: Dict[str, Any], *, note_text: str = "",
                     note_error: str = "", flashes: Optional[List[str]] = None,
                     status: int = 200) -> web.Response:
    lead = bundle["lead"]
    zone = clinic_zone(request)
    turns = await _conversation(request, lead.conversation_id)
    await record_audit(request, "lead_view", target_type="lead", target_id=lead.id)
    return await render(request, "lead.html", {
        "lead": lead, "facts": lead_facts(lead, zone), "urgency": urgency_badge(lead.urgency),
        "flags": lead.physician_review_flags, "status_label":
            lead_statuses.label(lead.status), "statuses": lead_statuses.LABELS,
        "may_change_status": request[USER].role in ("staff", "admin"),
        "notes": [{"author": n.author_username, "when": _when(n.created_at, zone),
                   "iso": as_utc(n.created_at).isoformat(), "body": n.body}
                  for n in bundle["notes"]],
        "escalations": [{"id": e.id, "status": e.status, "when": _when(e.created_at, zone),
                         "label": label(e.category)}
                        for e in bundle["escalations"]],
        "turns": turns, "note_text": note_text, "note_error": note_error,
        "max_note": MAX_BODY_CHARS, "flashes": flashes or [],
    }, status=status)


@roles("staff", "admin", "oncall")
async def lead_page(request: web.Request) -> web.Response:
    bundle = await _allowed_bundle(request)
    done = DONE.get(request.query.get("done", ""))
    return await _lead_page(request, bundle, flashes=[done] if done else [])


def _change_status(*, session: Session, lead_id: int, status: str) -> Optional[str]:
    """Set the status; returns the previous one (None: no such lead)."""
    lead = get_lead(session=session, lead_id=lead_id)
    if lead is None:
        return None
    previous = lead.status
    set_status(session=session, lead_id=lead_id, status=status)
    return previous


@roles("staff", "admin")
async def lead_status(request: web.Request) -> web.Response:
    lead_id = int(request.match_info["lead_id"])
    status = (await request.post()).get("status")
    if status not in LEAD_STATUSES:
        raise web.HTTPBadRequest(text="Please choose a status from the list: "
                                      + ", ".join(lead_statuses.LABELS.values()) + ".")
    previous = await run_db(request, _change_status, lead_id=lead_id, status=status)
    if previous is None:
        raise web.HTTPNotFound(text=NOT_FOUND)
    await record_audit(request, "lead_status", target_type="lead", target_id=lead_id,
                       detail=f"{previous} -> {status}")
    raise web.HTTPSeeOther(staff_url(request, "staff_lead", {"done": "status"}, lead_id=lead_id))


def note_problem(body: str) -> Optional[str]:
    """What is wrong with a note, in words for the person who typed it."""
    text = body.strip()
    if not text:
        return "Please write the note before saving it."
    if len(text) > MAX_BODY_CHARS:
        return (f"A note can be at most {MAX_BODY_CHARS:,} characters; this one has "
                f"{len(text):,}. Please shorten it.")
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\r\t" for ch in text):
        return "The note contains characters that can't be stored. Please remove them."
    return None


@roles("staff", "admin", "oncall")
async def lead_note(request: web.Request) -> web.Response:
    """Anyone who may see the lead may add a note (on-call: escalated leads only)."""
    bundle = await _allowed_bundle(request)
    raw = (await request.post()).get("body")
    body = raw if isinstance(raw, str) else ""
    problem = note_problem(body)
    if problem is None:
        try:
            await run_db(request, add_note, lead_id=bundle["lead"].id, author=request[USER],
                         body=body)
        except ValueError:  # the lead was deleted meanwhile, or text we cannot store
            problem = "The note could not be saved. Please try again."
    if problem is not None:
        return await _lead_page(request, bundle, note_text=body, note_error=problem,
                                status=400)
    await record_audit(request, "lead_note", target_type="lead", target_id=bundle["lead"].id)
    raise web.HTTPSeeOther(staff_url(request, "staff_lead", {"done": "note"}, lead_id=bundle["lead"].id))
