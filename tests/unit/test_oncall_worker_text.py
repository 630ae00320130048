"""What the delivery worker puts in an on-call page: the clinic's local time and
the conversation's language (issues 15 and 17)."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.core.db import make_session_factory
from bot.core.models import Delivery
from bot.core.settings import Settings
from bot.crisis.escalations import record_crisis_message
from bot.oncall.worker import DeliveryWorker
from tests.db_fixtures import migrated_engine


def test_a_page_reads_in_the_clinics_time_and_names_a_spanish_speaker(tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(url)
    sessions = make_session_factory(engine)
    with sessions() as session:
        record_crisis_message(
            session=session, conversation_id="c1", message_id="m1", category="overdose",
            message_text="no respira", language="es",
            notify={"webhook": "http://127.0.0.1:9/page"},
            now=datetime(2026, 11, 30, 20, 4, tzinfo=timezone.utc))
    worker = DeliveryWorker(Settings(var_dir=tmp_path, secret_key="s", database_url=url),
                            sessions, ZoneInfo("America/New_York"))
    with sessions() as session:
        delivery = session.execute(select(Delivery)).scalars().one()
        note, _ = worker._notification(session, delivery)
    assert note.subject == "Escalation #1: possible opioid overdose (Spanish-speaking visitor)"
    assert "Time: Nov 30, 2026, 3:04 PM EST" in note.text
    assert "no respira" not in note.text
    engine.dispose()
