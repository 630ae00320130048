"""Staff second factor: TOTP secret (encrypted), last used step, recovery codes,
re-authentication time on sessions, and which factor a sign-in attempt tried.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as batch:
        batch.add_column(sa.Column("totp_secret", sa.String(255)))
        batch.add_column(sa.Column("totp_enabled_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("totp_last_step", sa.BigInteger))
    with op.batch_alter_table("staff_sessions") as batch:
        batch.add_column(sa.Column("reauth_at", sa.DateTime(timezone=True)))
    with op.batch_alter_table("login_attempts") as batch:
        batch.add_column(sa.Column("factor", sa.String(16), nullable=False,
                                   server_default="password"))
    op.create_table(
        "staff_recovery_codes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer,
                  sa.ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("selector", sa.String(4), nullable=False),
        sa.Column("code_hash", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    op.drop_table("staff_recovery_codes")
    with op.batch_alter_table("login_attempts") as batch:
        batch.drop_column("factor")
    with op.batch_alter_table("staff_sessions") as batch:
        batch.drop_column("reauth_at")
    with op.batch_alter_table("staff_users") as batch:
        batch.drop_column("totp_last_step")
        batch.drop_column("totp_enabled_at")
        batch.drop_column("totp_secret")
