"""Versioned reference data (OncoTree releases, gene panels, drug catalogues), supply
agreements, saved column mappings and the access log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mtb_desk.db.models.base import Base, JsonType, Versioned, utcnow


class ReferenceRelease(Base):
    """One loaded release of reference data, kept whole so any version can be re-used.

    kind: `oncotree` (nodes), `panel` (a named gene list) or `catalogue` (the validated
    drug catalogue). The newest row of a kind (and name) is the one in force.
    """

    __tablename__ = "reference_release"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(60))
    source_filename: Mapped[str | None] = mapped_column(String(500))
    sha256: Mapped[str | None] = mapped_column(String(64))
    content: Mapped[Any] = mapped_column(JsonType)
    loaded_by: Mapped[str] = mapped_column(String(63))
    loaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        CheckConstraint(
            "kind IN ('oncotree', 'panel', 'catalogue', 'labels', 'genes')", name="kind"
        ),
    )


class SupplyAgreement(Versioned, Base):
    """A company's agreement to supply drugs for up to `max_patients` patients together."""

    __tablename__ = "supply_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    company: Mapped[str] = mapped_column(String(100))
    drugs: Mapped[list[str]] = mapped_column(JsonType, default=list)  # INN names
    max_patients: Mapped[int]
    catalogue_version: Mapped[str | None] = mapped_column(String(60))

    __table_args__ = (CheckConstraint("max_patients > 0", name="max_patients_positive"),)


class ColumnMapping(Versioned, Base):
    """How one lab's own CSV/XLSX sheet maps onto finding fields (saved once, reused)."""

    __tablename__ = "column_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    lab: Mapped[str] = mapped_column(String(200), unique=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(JsonType)
    updated_by: Mapped[str] = mapped_column(String(63))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AccessEvent(Base):
    """Someone opened a case (viewed personal data); insert-only, like the audit trail."""

    __tablename__ = "access_event"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True
    )
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    username: Mapped[str] = mapped_column(String(63))
    case_id: Mapped[int] = mapped_column(ForeignKey("mtb_case.id", ondelete="RESTRICT"), index=True)
    purpose: Mapped[str] = mapped_column(Text, default="view")
