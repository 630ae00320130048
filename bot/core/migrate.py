"""Apply Alembic migrations to our database (what `python -m bot db upgrade` runs)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

from bot.core.settings import PROJECT_DIR


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = Config(str(PROJECT_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_DIR / "migrations"))
    config.attributes["engine"] = engine
    command.upgrade(config, revision)
