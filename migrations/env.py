"""Alembic environment: the URL comes from our settings (BOT_DATABASE_URL)."""

from alembic import context

from bot.core.db import make_engine
from bot.core.models import Base
from bot.core.settings import Settings

target_metadata = Base.metadata


def run_migrations() -> None:
    engine = context.config.attributes.get("engine") or make_engine(Settings.from_env().database_url)
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        context.run_migrations()


run_migrations()
