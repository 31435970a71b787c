"""Findings: origin (germline/somatic), equivocal flag, the gene symbol as the file wrote it,
and the kinds `sv` (non-fusion rearrangement), `loh` and `gis`; gene reference releases.

SQLite rebuilds `finding` and `reference_release` to change their CHECK constraints
(`upgrade_to_head` runs SQLite upgrades with foreign keys off, as SQLite's own table-rebuild
procedure requires, and checks them afterwards).

Revision ID: 0005
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0007"
branch_labels = None
depends_on = None

_OLD_KINDS = ("snv", "indel", "mnv", "cnv", "fusion", "splice", "tmb", "msi")
_NEW_KINDS = (*_OLD_KINDS, "sv", "loh", "gis")
_OLD_RELEASES = ("oncotree", "panel", "catalogue", "labels")
_NEW_RELEASES = (*_OLD_RELEASES, "genes")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _set_checks(kinds: tuple[str, ...], releases: tuple[str, ...]) -> None:
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "never"
    with op.batch_alter_table("finding", recreate=recreate) as batch:
        batch.drop_constraint(op.f("ck_finding_finding_kind"), type_="check")
        batch.create_check_constraint("finding_kind", _in("kind", kinds))
    with op.batch_alter_table("reference_release", recreate=recreate) as batch:
        batch.drop_constraint(op.f("ck_reference_release_kind"), type_="check")
        batch.create_check_constraint("kind", _in("kind", releases))


def upgrade() -> None:
    with op.batch_alter_table("finding") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=20), nullable=True))
        batch.add_column(
            sa.Column("equivocal", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch.add_column(sa.Column("symbol_in_file", sa.String(length=60), nullable=True))
        batch.create_check_constraint(
            "origin", "origin IS NULL OR origin IN ('germline', 'somatic')"
        )
    _set_checks(_NEW_KINDS, _NEW_RELEASES)


def downgrade() -> None:
    op.execute(f"DELETE FROM finding WHERE kind IN {('sv', 'loh', 'gis')!r}")
    op.execute("DELETE FROM reference_release WHERE kind = 'genes'")
    _set_checks(_OLD_KINDS, _OLD_RELEASES)
    with op.batch_alter_table("finding") as batch:
        batch.drop_constraint(op.f("ck_finding_origin"), type_="check")
        batch.drop_column("symbol_in_file")
        batch.drop_column("equivocal")
        batch.drop_column("origin")
