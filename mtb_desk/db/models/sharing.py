"""Data sharing with other trials: one pseudonymisation key per recipient."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from mtb_desk.db.models.base import Base, utcnow


class ExportRecipient(Base):
    """A recipient of de-identified data and the secret key of its pseudonyms.

    Pseudonym = HMAC-SHA256(key, study id): the same patient gets the same pseudonym every
    time for one recipient and an unrelated one for another. Insert-only: a key is never
    changed, or earlier files would stop matching.
    """

    __tablename__ = "export_recipient"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)  # as given, trimmed
    pseudonym_key: Mapped[str] = mapped_column(String(64))  # 32 random bytes, hex
    created_by: Mapped[str] = mapped_column(String(63))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("length(pseudonym_key) = 64", name="key_length"),
    )
