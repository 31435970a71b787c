"""Each case's place in the trial funnel, kept by the services (issue 16: funnel speed).

Revision ID: 0013
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_funnel",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("referral_date", sa.Date(), nullable=True),
        sa.Column("hospital_id", sa.Integer(), nullable=True),
        sa.Column("diagnosis_code", sa.String(length=32), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("stage", sa.SmallInteger(), nullable=False),
        sa.Column("drop_reason", sa.String(length=80), nullable=True),
        sa.CheckConstraint("stage BETWEEN 0 AND 8", name=op.f("ck_case_funnel_stage_range")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mtb_case.id"],
            name=op.f("fk_case_funnel_case_id_mtb_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_funnel")),
    )
    op.create_index(
        "ix_case_funnel_stage_drop_reason",
        "case_funnel",
        ["stage", "drop_reason", "referral_date"],
    )
    # Stage first: the overall funnel is then one ordered scan of this index with no sort
    # (SQLite: GROUP BY stage, drop_reason streams; the period filter reads the same index).
    # The cases already stored get their rows from the facts as they are now.
    from mtb_desk.services.funnel_stage import rebuild_stages

    rebuild_stages(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_case_funnel_stage_drop_reason", table_name="case_funnel")
    op.drop_table("case_funnel")
