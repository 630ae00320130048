"""Migration 0004 against the models, beyond what Alembic's comparison checks."""

from datetime import datetime, timezone

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, insert, select

from bot.core.models import AuditEvent, Base, Delivery, Escalation, LeadNote, StaffSession, StaffUser
from bot.core.settings import PROJECT_DIR
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401

STAFF_TABLES = ("staff_users", "staff_sessions", "audit_events", "login_attempts", "lead_notes")


def _alembic(engine):
    config = Config(str(PROJECT_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_DIR / "migrations"))
    config.attributes["engine"] = engine
    return config


def test_foreign_key_actions_match_the_models(database_url):  # noqa: F811
    # compare_metadata (tests/unit/test_leads.py) does not look at ON DELETE.
    engine = migrated_engine(database_url)
    inspector = inspect(engine)
    for model in (StaffSession, AuditEvent, LeadNote):
        expected = {(fk.parent.name, fk.column.table.name, (fk.ondelete or "").upper())
                    for fk in model.__table__.foreign_keys}
        actual = {(fk["constrained_columns"][0], fk["referred_table"],
                   (fk.get("options", {}).get("ondelete") or "").upper())
                  for fk in inspector.get_foreign_keys(model.__tablename__)}
        assert actual == expected, model.__tablename__
    engine.dispose()


def test_staff_users_are_active_by_default_in_the_database_too(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    now = datetime.now(timezone.utc)
    with engine.begin() as connection:
        connection.execute(insert(StaffUser.__table__).values(
            username="raw", role="staff", password_hash="x", created_at=now, updated_at=now,
            password_changed_at=now))
        assert connection.execute(select(StaffUser.__table__.c.active)).scalar_one() is True
    engine.dispose()


def test_staff_migration_downgrades_without_losing_deliveries(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    now = datetime.now(timezone.utc)
    with engine.begin() as connection:
        escalation_id = connection.execute(insert(Escalation.__table__).values(
            conversation_id="c", message_id="m", category="overdose", message_text="t",
            status="open", created_at=now)).inserted_primary_key[0]
        connection.execute(insert(Delivery.__table__).values(
            escalation_id=escalation_id, channel="email", level="primary", address="a@b.c",
            status="pending", attempts=0, next_attempt_at=now, created_at=now))
    config = _alembic(engine)
    command.downgrade(config, "0003")
    inspector = inspect(engine)
    assert not any(inspector.has_table(name) for name in STAFF_TABLES)
    assert "resolved_by" not in {c["name"] for c in inspector.get_columns("escalations")}
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM deliveries").scalar() == 1
    command.upgrade(config, "head")
    inspector = inspect(engine)
    assert all(inspector.has_table(name) for name in STAFF_TABLES)
    assert set(Base.metadata.tables) <= set(inspector.get_table_names())
    engine.dispose()
