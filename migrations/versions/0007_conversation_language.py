"""The conversation's language on leads and escalations (issue 15, item 5).

- leads.language, escalations.language: "en" or "es" (bot.clinic.language), the
  `language` slot when the lead was saved or the crisis message recorded; NULL
  for records made before this migration or when the language was not known
  (the web fail-safe, with Rasa down). Staff filter by it and on-call
  notifications name a Spanish-speaking visitor.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns only: no table copy on SQLite (a copy of escalations would
    # drop the old table, which cascade-deletes deliveries with foreign keys on).
    with op.batch_alter_table("leads", recreate="never") as batch:
        batch.add_column(sa.Column("language", sa.String(8)))
    with op.batch_alter_table("escalations", recreate="never") as batch:
        batch.add_column(sa.Column("language", sa.String(8)))
    op.create_index("ix_leads_language", "leads", ["language"])


def downgrade() -> None:
    op.drop_index("ix_leads_language", table_name="leads")
    # recreate="never": SQLite (3.35+) drops a column in place, so the escalations
    # table is not copied (see upgrade).
    with op.batch_alter_table("escalations", recreate="never") as batch:
        batch.drop_column("language")
    with op.batch_alter_table("leads", recreate="never") as batch:
        batch.drop_column("language")
