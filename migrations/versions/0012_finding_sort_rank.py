"""The case view pages a whole-genome case's findings in SQL: a computed `sort_rank` (PASS
before filtered, coding before not) and an index (report, rank, id) that a page walks; and
each report's finding count, written at import, so opening a case counts no rows.

Revision ID: 0012
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0013"
branch_labels = None
depends_on = None

# As `mtb_desk.db.models.clinical.SORT_RANK_SQL` at this revision (a migration never imports
# the models: they move on).
SORT_RANK_SQL = (
    "(CASE WHEN is_filtered THEN 2 ELSE 0 END) + "
    "(CASE WHEN protein IS NOT NULL OR kind NOT IN ('snv', 'indel', 'mnv') THEN 0 ELSE 1 END)"
)


def upgrade() -> None:
    # SQLite can add only a VIRTUAL generated column in place (the index stores its values);
    # PostgreSQL < 18 only STORED ones (one rewrite of the table).
    stored = op.get_bind().dialect.name != "sqlite"
    computed = sa.Computed(SORT_RANK_SQL, persisted=stored)
    op.add_column("finding", sa.Column("sort_rank", sa.SmallInteger(), computed))
    op.create_index(
        "ix_finding_report_rank", "finding", ["report_id", "sort_rank", "id"], unique=False
    )
    op.create_table(
        "report_finding_count",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "findings >= 0", name=op.f("ck_report_finding_count_findings_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["molecular_report.id"],
            name=op.f("fk_report_finding_count_report_id_molecular_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_report_finding_count")),
    )
    op.execute(
        "INSERT INTO report_finding_count (report_id, findings) SELECT r.id, "
        "(SELECT count(*) FROM finding f WHERE f.report_id = r.id) FROM molecular_report r"
    )


def downgrade() -> None:
    op.drop_table("report_finding_count")
    op.drop_index("ix_finding_report_rank", table_name="finding")
    with op.batch_alter_table("finding") as batch:
        batch.drop_column("sort_rank")
