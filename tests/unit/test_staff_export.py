"""CSV export of leads: formula injection neutralised, text otherwise verbatim."""

import csv
import io
from datetime import date, datetime, timezone

import pytest

from bot.staff.export import BOM, LEAD_COLUMNS, iter_leads_csv, leads_csv, safe_cell


def lead(**fields):
    """A row shaped like Lead.as_dict()."""
    row = {
        "id": 7, "conversation_id": "conv-7", "full_name": "Ana Pérez",
        "date_of_birth": "1980-02-29", "phone": "+12125550100", "email": "ana@example.org",
        "contact_method": "phone", "best_time": "mornings", "condition": "depression",
        "description": "Tried two SSRIs.", "insurance": "none",
        "consent_at": "2025-11-17T10:00:00+00:00", "privacy_notice_sha": "ab" * 32,
        "triage_summary": "Likely discussion: ketamine for depression.",
        "urgency": "routine", "triage_pathway": "depression pathway",
        "physician_review_flags": ["bipolar history", "pregnancy"], "status": "new",
        "created_at": "2025-11-17T10:00:00+00:00", "updated_at": "2025-11-17T10:00:00+00:00",
    }
    row.update(fields)
    return row


def parse(text: str) -> list:
    assert text.startswith(BOM)
    return list(csv.reader(io.StringIO(text[len(BOM):], newline="")))


@pytest.mark.parametrize("hostile", [
    '=HYPERLINK("http://x","click")', "+1 212", "-5", "@SUM(A1)", "\t=1", "\r=1", "\n=1",
    "  =1", "\u00a0=1", "\uff1d1", "\uff0b1", "\uff0d1", "\uff201", "=1+2",
])
def test_formula_triggers_are_neutralised(hostile):
    assert safe_cell(hostile) == "'" + hostile


@pytest.mark.parametrize("harmless", [
    "<script>alert(1)</script>", "Ana, \"Annie\" O'Neil", "line one\nline two",
    "x=1", "'=already quoted", "Zoë 🙂 ماريا", " leading space", "",
])
def test_other_text_is_kept_verbatim(harmless):
    assert safe_cell(harmless) == harmless


def test_e164_phone_is_prefixed_on_purpose():
    # E.164 numbers start with "+": prefixed like any other formula trigger, which
    # also stops spreadsheets from turning the phone into a number without its "+".
    assert safe_cell("+12125550100") == "'+12125550100"


def test_conversions():
    assert safe_cell(None) == ""
    assert safe_cell(7) == "7"
    assert safe_cell(-5) == "-5"  # a real number, not text: cannot carry a formula
    assert safe_cell(date(1980, 2, 29)) == "1980-02-29"
    assert safe_cell(datetime(2025, 11, 17, 10, tzinfo=timezone.utc)) == "2025-11-17T10:00:00+00:00"
    assert safe_cell(["bipolar history", "pregnancy"]) == "bipolar history; pregnancy"
    assert safe_cell([]) == ""
    assert safe_cell(["=evil", "x"]) == "'=evil; x"
    assert safe_cell(["x", "=mid"]) == "x; =mid"  # only the start of a cell matters


def test_lead_columns_are_in_the_agreed_order():
    assert [key for _, key in LEAD_COLUMNS] == [
        "id", "created_at", "status", "urgency", "full_name", "date_of_birth", "phone",
        "email", "contact_method", "best_time", "condition", "insurance", "description",
        "triage_pathway", "physician_review_flags", "triage_summary", "conversation_id", "language"]
    assert len({header for header, _ in LEAD_COLUMNS}) == len(LEAD_COLUMNS)


def test_csv_has_bom_crlf_and_header():
    text = leads_csv([lead()])
    assert text.startswith(BOM + "ID,Created (UTC),Status,")
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 2
    assert "\n" not in text.replace("\r\n", "")


def test_round_trip_gives_back_neutralised_values():
    hostile = lead(full_name='=HYPERLINK("http://x","click")', best_time="@SUM(A1)",
                   insurance="\uff1d1", email="-5", condition="\t=1")
    rows = parse(leads_csv([hostile]))
    record = dict(zip([key for _, key in LEAD_COLUMNS], rows[1]))
    assert record["full_name"] == '\'=HYPERLINK("http://x","click")'
    assert record["best_time"] == "'@SUM(A1)"
    assert record["insurance"] == "'\uff1d1"
    assert record["email"] == "'-5"
    assert record["condition"] == "'\t=1"
    assert record["phone"] == "'+12125550100"
    assert record["physician_review_flags"] == "bipolar history; pregnancy"
    assert record["id"] == "7"


def test_the_conversation_language_is_exported_by_name():
    rows = parse(leads_csv([lead(language="es"), lead(language="en"), lead(language=None)]))
    column = [title for title, _ in LEAD_COLUMNS].index("Language")
    assert [row[column] for row in rows[1:]] == ["Spanish", "English", ""]


def test_script_unicode_and_newlines_survive():
    rows = parse(leads_csv([
        lead(full_name="<script>alert(1)</script>",
             description='First line,\r\nsecond "quoted" line\nthird'),
        lead(id=8, full_name="Zoë Ñúñez 李小龙"),
    ]))
    assert len(rows) == 3  # header + 2 leads, despite newlines inside a description
    assert rows[1][4] == "<script>alert(1)</script>"
    assert rows[1][12] == 'First line,\r\nsecond "quoted" line\nthird'
    assert rows[2][4] == "Zoë Ñúñez 李小龙"
    assert all(len(row) == len(LEAD_COLUMNS) for row in rows)


def test_missing_keys_are_empty_and_extra_keys_left_out():
    rows = parse(leads_csv([{"id": 1, "privacy_notice_sha": "secret-ish"}]))
    assert rows[1] == ["1"] + [""] * (len(LEAD_COLUMNS) - 1)
    assert "secret-ish" not in leads_csv([{"privacy_notice_sha": "secret-ish"}])


def test_iter_leads_csv_streams_header_then_one_chunk_per_lead():
    chunks = list(iter_leads_csv(iter([lead(), lead(id=8)])))
    assert len(chunks) == 3
    assert chunks[0].startswith(BOM + "ID,")
    assert "".join(chunks) == leads_csv([lead(), lead(id=8)])
    assert not list(iter_leads_csv([], bom=False))[0].startswith(BOM)


def test_no_leads_is_just_the_header():
    assert parse(leads_csv([])) == [[header for header, _ in LEAD_COLUMNS]]
