"""The trial's drugs, cohorts and enrolments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mtb_desk.db.models.base import Base, JsonType, Versioned, utcnow

cohort_drug = Table(
    "cohort_drug",
    Base.metadata,
    Column("cohort_id", ForeignKey("cohort.id", ondelete="CASCADE"), primary_key=True),
    Column("drug_id", ForeignKey("drug.id", ondelete="RESTRICT"), primary_key=True),
)


class Drug(Versioned, Base):
    __tablename__ = "drug"

    id: Mapped[int] = mapped_column(primary_key=True)
    inn: Mapped[str] = mapped_column(String(100), unique=True)
    brand: Mapped[str | None] = mapped_column(String(100))
    company: Mapped[str | None] = mapped_column(String(100))
    targets: Mapped[list[str]] = mapped_column(JsonType, default=list)
    # On-label indications: [{"alteration": {...rule...}, "tumour_types": ["NSCLC", ...]}]
    on_label: Mapped[list[dict[str, Any]]] = mapped_column(JsonType, default=list)
    catalogue_version: Mapped[str | None] = mapped_column(String(40))


class Cohort(Versioned, Base):
    __tablename__ = "cohort"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(20), default="impress")
    rule: Mapped[dict[str, Any]] = mapped_column(JsonType)
    tumour_include: Mapped[list[str]] = mapped_column(JsonType, default=list)
    tumour_exclude: Mapped[list[str]] = mapped_column(JsonType, default=list)
    stage1_size: Mapped[int] = mapped_column(default=8)
    stage1_min_benefit: Mapped[int] = mapped_column(default=1)
    total_size: Mapped[int] = mapped_column(default=24)
    total_min_benefit: Mapped[int] = mapped_column(default=5)
    suspended: Mapped[bool] = mapped_column(default=False)
    # Source-specific facts, e.g. a CTML trial's protocol number, arm and unmapped criteria.
    details: Mapped[dict[str, Any]] = mapped_column(
        JsonType, default=dict, server_default=text("'{}'")
    )
    catalogue_version: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    drugs: Mapped[list[Drug]] = relationship(secondary=cohort_drug, lazy="selectin")

    __table_args__ = (
        CheckConstraint(
            "stage1_size > 0 AND total_size >= stage1_size AND stage1_min_benefit >= 0 "
            "AND total_min_benefit >= 0",
            name="stage_sizes",
        ),
        CheckConstraint("source IN ('impress', 'ctml')", name="source"),
    )


class Enrolment(Versioned, Base):
    __tablename__ = "enrolment"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"))
    case_id: Mapped[int] = mapped_column(ForeignKey("mtb_case.id", ondelete="RESTRICT"))
    enrolled_on: Mapped[dt.date]
    withdrawn_on: Mapped[dt.date | None]
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    # The week-16 outcome is derived from the treatment's visits (model `Treatment`).
    override_reason: Mapped[str | None] = mapped_column(Text)  # enrolled against the match

    __table_args__ = (UniqueConstraint("cohort_id", "case_id"),)
