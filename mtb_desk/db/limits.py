"""Text length limits, the same on both back ends.

PostgreSQL refuses a value longer than its VARCHAR(n) column; SQLite stores it anyway. So
before every flush each new or changed text attribute is checked against its column's
length, and an over-long value is refused with the field's name on either back end.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlalchemy import Enum, String, event, inspect
from sqlalchemy.orm import Session

from mtb_desk.errors import ValidationError


def _check_lengths(session: Session, _context: Any, _instances: Any) -> None:
    for row in chain(session.new, session.dirty):
        mapper = inspect(row).mapper
        for attribute in mapper.column_attrs:
            column = attribute.columns[0]
            kind = column.type
            if not isinstance(kind, String) or isinstance(kind, Enum) or not kind.length:
                continue
            value = getattr(row, attribute.key, None)
            if isinstance(value, str) and len(value) > kind.length:
                raise ValidationError(
                    f"{mapper.local_table.name}.{column.name}: at most {kind.length} "
                    f"characters, not {len(value)}"
                )


def install() -> None:
    """Check lengths on every session's flush (idempotent)."""
    if not event.contains(Session, "before_flush", _check_lengths):
        event.listen(Session, "before_flush", _check_lengths)
