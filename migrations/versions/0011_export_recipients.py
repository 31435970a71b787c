"""Export recipients: one pseudonymisation key per recipient of de-identified cohort data.

Revision ID: 0011
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("pseudonym_key", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_export_recipient_name_not_empty")),
        sa.CheckConstraint(
            "length(pseudonym_key) = 64", name=op.f("ck_export_recipient_key_length")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_recipient")),
        sa.UniqueConstraint("name", name=op.f("uq_export_recipient_name")),
    )


def downgrade() -> None:
    op.drop_table("export_recipient")
