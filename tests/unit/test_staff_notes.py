"""Staff notes on leads: verbatim, bounded, oldest first, gone with their lead."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.core.db import make_session_factory
from bot.intake.store import delete_leads_updated_before, save_lead
from bot.core.models import LeadNote, utcnow
from bot.staff.accounts import create_user
from bot.staff.notes import MAX_BODY_CHARS, add_note, list_notes
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401
from tests.unit.test_leads import FIELDS

PRIVATE = "Hypothetical Private Value"


@pytest.fixture
def sessions(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def lead_and_author(sessions):
    with sessions() as session:
        lead, _ = save_lead(session=session, conversation_id="conv-1", fields=FIELDS)
        author = create_user(session=session, username="nurse.joy", role="staff",
                             password="orchid-Lantern-velvet-42")
        return lead, author


def test_notes_are_stored_verbatim_and_listed_oldest_first(sessions, lead_and_author):
    lead, author = lead_and_author
    bodies = ["  Called, left voicemail.\n", "<script>alert(1)</script>",
              "Zoë prefers texts 😀\nline two", "x" * MAX_BODY_CHARS]
    with sessions() as session:
        ids = [add_note(session=session, lead_id=lead.id, author=author, body=b).id
               for b in bodies]
    with sessions() as session:
        notes = list_notes(session=session, lead_id=lead.id)
        assert [n.id for n in notes] == ids
        assert [n.body for n in notes] == [b.strip() for b in bodies]
        assert {(n.author_user_id, n.author_username) for n in notes} == \
            {(author.id, "nurse.joy")}
        assert notes[0].as_dict()["created_at"].endswith("+00:00")
        assert list_notes(session=session, lead_id=lead.id + 1) == []


@pytest.mark.parametrize("body, message", [
    ("", "empty"), ("  \n\t ", "empty"), ("x" * (MAX_BODY_CHARS + 1), "too long"),
    (PRIVATE + "\x00", "NUL"), (PRIVATE + "\ud800", "Unicode"), (None, "text"),
])
def test_bad_bodies_are_refused_without_quoting_them(sessions, lead_and_author, body, message):
    lead, author = lead_and_author
    with sessions() as session:
        with pytest.raises(ValueError, match=message) as raised:
            add_note(session=session, lead_id=lead.id, author=author, body=body)
        assert "body" in str(raised.value) and PRIVATE not in str(raised.value)
        assert list_notes(session=session, lead_id=lead.id) == []


def test_a_note_needs_an_existing_lead(sessions, lead_and_author):
    lead, author = lead_and_author
    with sessions() as session:
        with pytest.raises(ValueError, match="lead_id"):
            add_note(session=session, lead_id=lead.id + 1, author=author, body="hello")


def test_notes_go_with_their_lead_and_outlive_their_author(sessions, lead_and_author):
    lead, author = lead_and_author
    with sessions() as session:
        add_note(session=session, lead_id=lead.id, author=author, body="first call done")
        session.delete(session.merge(author))
        session.commit()
        (note,) = list_notes(session=session, lead_id=lead.id)
        assert (note.author_user_id, note.author_username) == (None, "nurse.joy")
    with sessions() as session:
        assert delete_leads_updated_before(session=session,
                                           cutoff=utcnow() + timedelta(days=1)) == 1
        assert session.execute(select(LeadNote)).first() is None
