"""reference data, supply agreements, column mappings, access log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 08:41:01.097289
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "column_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lab", sa.String(length=200), nullable=False),
        sa.Column(
            "mapping",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=63), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_column_mapping")),
        sa.UniqueConstraint("lab", name=op.f("uq_column_mapping_lab")),
    )
    op.create_table(
        "reference_release",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=60), nullable=False),
        sa.Column("source_filename", sa.String(length=500), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column(
            "content",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("loaded_by", sa.String(length=63), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('oncotree', 'panel', 'catalogue')", name=op.f("ck_reference_release_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_release")),
    )
    op.create_table(
        "supply_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("company", sa.String(length=100), nullable=False),
        sa.Column(
            "drugs",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("max_patients", sa.Integer(), nullable=False),
        sa.Column("catalogue_version", sa.String(length=60), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "max_patients > 0", name=op.f("ck_supply_agreement_max_patients_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supply_agreement")),
        sa.UniqueConstraint("code", name=op.f("uq_supply_agreement_code")),
    )
    op.create_table(
        "access_event",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=63), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mtb_case.id"],
            name=op.f("fk_access_event_case_id_mtb_case"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_event")),
    )
    op.create_index(op.f("ix_access_event_case_id"), "access_event", ["case_id"], unique=False)
    with op.batch_alter_table("cohort") as batch:
        batch.add_column(
            sa.Column(
                "details",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                server_default=sa.text("'{}'"),
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("cohort") as batch:
        batch.drop_column("details")
    op.drop_index(op.f("ix_access_event_case_id"), table_name="access_event")
    op.drop_table("access_event")
    op.drop_table("supply_agreement")
    op.drop_table("reference_release")
    op.drop_table("column_mapping")
