"""What each molecular report assayed (per kind of result), for "not tested" in matching;
approved indications become a kind of reference release ("labels").

Revision ID: 0006
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


_OLD_KINDS = "kind IN ('oncotree', 'panel', 'catalogue')"
_NEW_KINDS = "kind IN ('oncotree', 'panel', 'catalogue', 'labels')"


def _kinds(condition: str) -> None:
    with op.batch_alter_table("reference_release") as batch:
        batch.drop_constraint(op.f("ck_reference_release_kind"), type_="check")
        batch.create_check_constraint("kind", condition)


def upgrade() -> None:
    _kinds(_NEW_KINDS)
    op.create_table(
        "report_coverage",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("profile", sa.String(length=40), nullable=False),
        sa.Column(
            "not_assayed",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["molecular_report.id"],
            name=op.f("fk_report_coverage_report_id_molecular_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_report_coverage")),
    )


def downgrade() -> None:
    op.drop_table("report_coverage")
    op.execute("DELETE FROM reference_release WHERE kind = 'labels'")
    _kinds(_OLD_KINDS)
