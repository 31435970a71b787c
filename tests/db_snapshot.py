"""A full copy of every table's rows, to prove an operation left the database as it was."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Base


def snapshot(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    with database.engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns)
                )
            ]
            for table in Base.metadata.sorted_tables
        }
