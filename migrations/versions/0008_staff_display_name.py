"""A display name on staff accounts (issue 17): the name a visitor is told when a
staff member joins their chat, and colleagues see on the live pages.

- staff_users.display_name: up to 80 characters of text, e.g. "Dr. Ana Ruiz";
  NULL when not set (the account is then shown by its username, as before).
  Checked by bot.staff.accounts (length, text, no control characters).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column only: no table copy on SQLite (recreate="never"), the same
    # ALTER TABLE ... ADD COLUMN on PostgreSQL.
    with op.batch_alter_table("staff_users", recreate="never") as batch:
        batch.add_column(sa.Column("display_name", sa.String(80)))


def downgrade() -> None:
    # recreate="never": SQLite (3.35+) drops a column in place, so staff_users
    # (referenced by sessions, notes and recovery codes) is not copied.
    with op.batch_alter_table("staff_users", recreate="never") as batch:
        batch.drop_column("display_name")
