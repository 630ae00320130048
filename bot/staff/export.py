"""CSV export of leads for spreadsheets (Excel, LibreOffice, Google Sheets).

Pure functions: rows in (dicts like Lead.as_dict()), text out. Every value is
personal health information: the caller serves the result to signed-in staff
only and never logs it.

Spreadsheet formula injection (OWASP "CSV Injection"): a cell whose text starts
with = + - @, a tab, a carriage return or a newline may be run as a formula when
the file is opened, e.g. a visitor typing =HYPERLINK("http://evil","click") as
their name. `safe_cell` prefixes such text with a single quote, which
spreadsheets take as "this is text". The rule looks past leading whitespace and
also covers the fullwidth forms ＝ ＋ － ＠ as a precaution, in case a
spreadsheet or an input method folds them into their ASCII counterparts.

Consequence, on purpose: phone numbers are stored in E.164 ("+12125550100"), so
every phone cell comes out as "'+12125550100". Excel hides the quote and keeps
the number as text (without it Excel would turn it into 12125550100, dropping
the "+"); other tools may show the quote. Text is otherwise kept verbatim:
quoting commas, quotes and newlines is the csv module's job.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any, Iterable, Iterator, List, Mapping, Sequence, Tuple

from bot.clinic.language import name as language_name
from bot.intake.fields import STAFF_ORDER

# Characters that make a spreadsheet read a cell as a formula (OWASP), and the
# fullwidth forms of = + - @.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
BOM = "\ufeff"  # lets Excel detect UTF-8; other tools ignore it

# (title, key of Lead.as_dict()): the record, the intake answers as staff read
# them (bot.intake.fields), then triage, the conversation and its language.
LEAD_COLUMNS: List[Tuple[str, str]] = [
    ("ID", "id"),
    ("Created (UTC)", "created_at"),
    ("Status", "status"),
    ("Urgency", "urgency"),
    *((field.csv_title, field.column) for field in STAFF_ORDER),
    ("Triage pathway", "triage_pathway"),
    ("Physician review flags", "physician_review_flags"),
    ("Triage summary", "triage_summary"),
    ("Conversation ID", "conversation_id"),
    # Last, so the columns of earlier exports keep their places (issue 15): the
    # conversation's language by name ("Spanish"; empty: not recorded).
    ("Language", "language"),
]


def safe_cell(value: Any) -> str:
    """One cell's text: None -> "", dates ISO 8601, lists "; "-joined, formulas neutralised.

    Numbers (int, float; not bool) are written as they are: they cannot carry a
    formula, and a negative number should stay a number.
    """
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        text = "; ".join(_plain(item) for item in value)
    else:
        text = str(value)
    return "'" + text if _starts_formula(text) else text


def _plain(item: Any) -> str:
    if item is None:
        return ""
    return item.isoformat() if isinstance(item, (datetime, date)) else str(item)


def _starts_formula(text: str) -> bool:
    return text[:1] in FORMULA_TRIGGERS or text.lstrip()[:1] in FORMULA_TRIGGERS


def iter_leads_csv(rows: Iterable[Mapping[str, Any]], *, bom: bool = True) -> Iterator[str]:
    """CSV lines for streaming: the header line (BOM first), then one line per lead.

    A line ends in \\r\\n (RFC 4180); a value with newlines stays one quoted
    field, so one "line" here can span several physical lines. Missing keys are
    empty cells; keys not in LEAD_COLUMNS are left out.
    """
    header = _csv_line([title for title, _ in LEAD_COLUMNS])
    yield (BOM + header) if bom else header
    for row in rows:
        yield _csv_line([safe_cell(_shown(key, row.get(key))) for _, key in LEAD_COLUMNS])


def _shown(key: str, value: Any) -> Any:
    """Stored codes staff would not read as they are, by name ("es" -> "Spanish")."""
    if key == "language":
        return language_name(value) or None
    return value


def leads_csv(rows: Iterable[Mapping[str, Any]]) -> str:
    """The whole export as one string, UTF-8 BOM first (see iter_leads_csv)."""
    return "".join(iter_leads_csv(rows))


def _csv_line(cells: Sequence[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()
