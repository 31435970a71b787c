"""Case-insensitive search for every letter (``search_text`` on patients and cases); a
meeting's location and minute-taker for the minutes.

SQLite's ``lower()`` folds ASCII only (``åse`` never found ``Åse``), so each row keeps its
searchable text folded in Python (``mtb_desk.domain.search.search_key``): the study id and
name of a patient, the diagnosis code and name of a case. Existing rows are filled here;
the ORM keeps the column current afterwards.

Revision ID: 0008
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mtb_desk.domain.search import search_key

revision = "0008"
down_revision = "0010"
branch_labels = None
depends_on = None


def _fill(table: str, columns: tuple[str, ...]) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).all()
    update = sa.text(f"UPDATE {table} SET search_text = :text WHERE id = :id")
    values = [{"id": row[0], "text": search_key(*row[1:])} for row in rows]
    if values:
        bind.execute(update, values)


def upgrade() -> None:
    for table in ("patient", "mtb_case"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("meeting") as batch:
        for column in ("location", "minute_taker"):
            batch.add_column(sa.Column(column, sa.String(200), nullable=False, server_default=""))
    _fill("patient", ("study_id", "name"))
    _fill("mtb_case", ("diagnosis_code", "diagnosis_text"))


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("minute_taker")
        batch.drop_column("location")
    for table in ("mtb_case", "patient"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("search_text")
