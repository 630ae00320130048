"""Leads: intake answers and triage of visitors who agreed to be contacted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leads",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("full_name", sa.String(100)),
        sa.Column("date_of_birth", sa.Date),
        sa.Column("phone", sa.String(32)),
        sa.Column("email", sa.String(320)),
        sa.Column("contact_method", sa.String(16)),
        sa.Column("best_time", sa.String(120)),
        sa.Column("condition", sa.String(64)),
        sa.Column("description", sa.Text),
        sa.Column("insurance", sa.String(120)),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("privacy_notice_sha", sa.String(64), nullable=False),
        sa.Column("triage_summary", sa.Text),
        sa.Column("urgency", sa.String(32)),
        sa.Column("triage_pathway", sa.String(255)),
        sa.Column("review_flags", sa.Text),
        sa.Column("status", sa.String(16), nullable=False, server_default="new"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("conversation_id", name="uq_lead_conversation"),
    )
    op.create_index("ix_leads_status", "leads", ["status"])
    op.create_index("ix_leads_created_at", "leads", ["created_at"])
    op.create_index("ix_leads_updated_at", "leads", ["updated_at"])  # purge


def downgrade() -> None:
    op.drop_index("ix_leads_updated_at", table_name="leads")
    op.drop_index("ix_leads_created_at", table_name="leads")
    op.drop_index("ix_leads_status", table_name="leads")
    op.drop_table("leads")
