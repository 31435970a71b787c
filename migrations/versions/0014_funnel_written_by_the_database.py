"""Nobody forges the trial's funnel (issue 16): on PostgreSQL `case_funnel` is written only by
`mtb_refresh_funnel(integer[])`, a SECURITY DEFINER function owned by the tables' owner (the
schema owner, who runs this migration) that derives the rows of the cases it is given from
the source tables (`mtb_desk.services.funnel_rule`); `mtb_desk.db.grants` takes INSERT/DELETE
on the table from every login and gives EXECUTE on the function to the roles that write the
facts. The due
list reads the open visits through a computed column, `visit.open_due` (the due date while
the visit is open, NULL once performed), indexed; its statistics tell PostgreSQL how few
visits are open and due.

Like 0013 this migration builds its statement from the code's stage rule (the function must
say what the code says); a later change to the rule recreates the function in a migration.

Revision ID: 0014
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

FUNCTION = "mtb_refresh_funnel(integer[])"
# As `mtb_desk.db.models.followup.OPEN_DUE_SQL` at this revision.
OPEN_DUE = "CASE WHEN performed_on IS NULL THEN due_on END"


def upgrade() -> None:
    # SQLite adds only VIRTUAL generated columns in place; PostgreSQL < 18 only STORED ones.
    stored = op.get_bind().dialect.name != "sqlite"
    op.add_column(
        "visit", sa.Column("open_due", sa.Date(), sa.Computed(OPEN_DUE, persisted=stored))
    )
    op.drop_index("ix_visit_open_due", table_name="visit")
    op.create_index("ix_visit_open_due", "visit", ["open_due"])
    if op.get_bind().dialect.name == "postgresql":
        from mtb_desk.db.board import quote
        from mtb_desk.services.funnel_rule import refresh_function_sql

        schema, owner = op.get_bind().execute(sa.text(
            "SELECT schemaname, tableowner FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'case_funnel'"
        )).one()  # fmt: skip
        op.execute(refresh_function_sql(schema))
        # It runs as the owner of the tables (the schema's owner in shared mode; `public` in
        # a new database belongs to pg_database_owner instead), never as a more powerful
        # role that ran the migration.
        op.execute(f"ALTER FUNCTION {FUNCTION} OWNER TO {quote(owner)}")
        op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}")
    op.drop_index("ix_visit_open_due", table_name="visit")
    op.create_index("ix_visit_open_due", "visit", ["performed_on", "due_on"])
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("open_due")
