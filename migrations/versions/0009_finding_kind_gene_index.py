"""Whole-genome cases: findings found by (report, kind, gene) through one index.

Matching fetches only the findings whose gene or kind a rule reads, and the case view filters
by gene; with a million findings in one report both must be index lookups, not scans. The
composite index starts with `report_id`, so it also serves what `ix_finding_report_id` did
(report lookups, the foreign key's cascade), which is dropped to keep bulk inserts as cheap.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_finding_report_kind_gene", "finding", ["report_id", "kind", "gene"], unique=False
    )
    op.drop_index(op.f("ix_finding_report_id"), table_name="finding")


def downgrade() -> None:
    op.create_index(op.f("ix_finding_report_id"), "finding", ["report_id"], unique=False)
    op.drop_index("ix_finding_report_kind_gene", table_name="finding")
