"""Coalesced escalations and a paging budget (issue 14, item 3).

- escalation_messages: every crisis message of a conversation, attached to the
  conversation's open escalation (one row per message id, however often the
  action is retried). Existing escalations get their own message as the first row.
- escalations.coalesce_key: the conversation id while the escalation is not
  resolved, NULL after; unique, so a conversation has one escalation that later
  messages attach to (the newest unresolved one of an existing database keeps it).
- escalations.paged_at / page_held_at / upgraded_at: when its page was queued,
  held back by the paging budget (waiting for a digest), or last upgraded.
- pages: every page queued (primary, upgrade, backup, digest), which the budget
  counts; deliveries point at their page, and a digest's deliveries have no
  single escalation (deliveries.escalation_id becomes nullable).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _escalation_columns()
    _escalation_messages()
    _pages()
    _backfill()


def _escalation_columns() -> None:
    # Nullable columns only: no table copy of escalations on SQLite (a copy would
    # drop the old table, which cascade-deletes deliveries with foreign keys on).
    with op.batch_alter_table("escalations", recreate="never") as batch:
        batch.add_column(sa.Column("coalesce_key", sa.String(255)))
        batch.add_column(sa.Column("paged_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("page_held_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("upgraded_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("last_message_at", sa.DateTime(timezone=True)))
    op.create_index("uq_escalations_coalesce_key", "escalations", ["coalesce_key"], unique=True)
    op.create_index("ix_escalations_page_held_at", "escalations", ["page_held_at"])


def _escalation_messages() -> None:
    op.create_table(
        "escalation_messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("escalation_id", sa.Integer,
                  sa.ForeignKey("escalations.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("message_id", sa.String(255), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("message_text", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        # paged | upgraded | attached | held | not_paged (see bot.crisis.escalations)
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.UniqueConstraint("conversation_id", "message_id",
                            name="uq_escalation_messages_message"),
    )


def _pages() -> None:
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),  # primary|upgrade|backup|digest
        sa.Column("escalation_id", sa.Integer,
                  sa.ForeignKey("escalations.id", ondelete="CASCADE")),
        sa.Column("conversation_id", sa.String(255), index=True),
        sa.Column("category", sa.String(32)),
        sa.Column("held_escalations", sa.Integer),  # digest: new escalations held back
        sa.Column("held_upgrades", sa.Integer),  # digest: upgrades held back
    )
    # A table copy of deliveries (a child table: nothing cascades from it).
    with op.batch_alter_table("deliveries") as batch:
        batch.alter_column("escalation_id", existing_type=sa.Integer, nullable=True)
        batch.add_column(sa.Column("page_id", sa.Integer,
                                   sa.ForeignKey("pages.id", name="fk_deliveries_page_id",
                                                 ondelete="CASCADE")))
        batch.create_index("ix_deliveries_page_id", ["page_id"])
        batch.create_unique_constraint("uq_delivery_page_channel", ["page_id", "channel"])


def _backfill() -> None:
    op.execute(
        "INSERT INTO escalation_messages (escalation_id, conversation_id, message_id, category,"
        " message_text, received_at, outcome)"
        " SELECT id, conversation_id, message_id, category, message_text, created_at, 'paged'"
        " FROM escalations"
    )
    op.execute("UPDATE escalations SET last_message_at = created_at, paged_at = created_at")
    # The newest unresolved escalation of each conversation is the one new messages join.
    op.execute(
        "UPDATE escalations SET coalesce_key = conversation_id"
        " WHERE status <> 'resolved' AND id = (SELECT MAX(e2.id) FROM escalations e2"
        " WHERE e2.conversation_id = escalations.conversation_id AND e2.status <> 'resolved')"
    )


def downgrade() -> None:
    op.execute("DELETE FROM deliveries WHERE escalation_id IS NULL")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_constraint("uq_delivery_page_channel", type_="unique")
        batch.drop_index("ix_deliveries_page_id")
        batch.drop_constraint("fk_deliveries_page_id", type_="foreignkey")
        batch.drop_column("page_id")
        batch.alter_column("escalation_id", existing_type=sa.Integer, nullable=False)
    op.drop_table("pages")
    op.drop_table("escalation_messages")
    op.drop_index("ix_escalations_page_held_at", table_name="escalations")
    op.drop_index("uq_escalations_coalesce_key", table_name="escalations")
    with op.batch_alter_table("escalations", recreate="never") as batch:
        for name in ("last_message_at", "upgraded_at", "page_held_at", "paged_at",
                     "coalesce_key"):
            batch.drop_column(name)
