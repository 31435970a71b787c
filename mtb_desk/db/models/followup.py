"""After the board: treatments, dose changes, protocol visits and adverse events.

A treatment either started (start date, dose) or never started (a reason from a fixed list).
Visits are created on the protocol's schedule from the start date; the week-16 outcome is
derived from them (`mtb_desk.domain.followup`) and counts once the chair has confirmed it
(the `outcome*` columns hold that confirmation).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Computed,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mtb_desk.db.models.base import Base, JsonType, Versioned, enum_type, utcnow
from mtb_desk.domain.enums import (
    Attribution,
    NotStartedReason,
    StopReason,
    TreatmentBasis,
    VisitResponse,
    Week16Outcome,
)


class Treatment(Versioned, Base):
    __tablename__ = "treatment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mtb_case.id", ondelete="RESTRICT"), index=True)
    basis: Mapped[TreatmentBasis] = mapped_column(enum_type(TreatmentBasis, "treatment_basis"))
    enrolment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrolment.id", ondelete="RESTRICT"), unique=True
    )
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="RESTRICT")
    )
    trial_id: Mapped[str | None] = mapped_column(String(100))
    drugs: Mapped[list[str]] = mapped_column(JsonType, default=list)  # INN names
    started_on: Mapped[dt.date | None]
    dose: Mapped[str | None] = mapped_column(String(200))  # the starting dose, in words
    stopped_on: Mapped[dt.date | None]
    stop_reason: Mapped[StopReason | None] = mapped_column(enum_type(StopReason, "stop_reason"))
    stop_detail: Mapped[str | None] = mapped_column(Text)
    not_started_reason: Mapped[NotStartedReason | None] = mapped_column(
        enum_type(NotStartedReason, "not_started_reason")
    )
    not_started_detail: Mapped[str | None] = mapped_column(Text)
    # The chair's confirmation of the derived week-16 outcome; NULL while unconfirmed.
    outcome: Mapped[Week16Outcome | None] = mapped_column(
        enum_type(Week16Outcome, "week16_outcome")
    )
    outcome_response: Mapped[VisitResponse | None] = mapped_column(
        enum_type(VisitResponse, "outcome_response")
    )
    outcome_on: Mapped[dt.date | None]
    outcome_confirmed_by: Mapped[str | None] = mapped_column(String(63))
    outcome_confirmed_at: Mapped[dt.datetime | None]
    created_by: Mapped[str] = mapped_column(String(63))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    dose_changes: Mapped[list[DoseChange]] = relationship(
        order_by="DoseChange.changed_on, DoseChange.id", cascade="all, delete-orphan"
    )
    visits: Mapped[list[Visit]] = relationship(order_by="Visit.seq", cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint(
            "(started_on IS NULL) <> (not_started_reason IS NULL)", name="started_or_not"
        ),
        CheckConstraint(
            "stopped_on IS NULL OR (started_on IS NOT NULL AND stopped_on >= started_on "
            "AND stop_reason IS NOT NULL)",
            name="stop_after_start",
        ),
        CheckConstraint("(stopped_on IS NULL) = (stop_reason IS NULL)", name="stop_has_reason"),
        CheckConstraint(
            "(outcome IS NULL) = (outcome_confirmed_by IS NULL)", name="outcome_confirmed"
        ),
        CheckConstraint("basis <> 'enrolment' OR enrolment_id IS NOT NULL", name="enrolment_basis"),
        Index("ix_treatment_started_on", "started_on"),
    )


class DoseChange(Base):
    """One change of dose (insert-only: a wrong entry is corrected by a later change)."""

    __tablename__ = "dose_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    treatment_id: Mapped[int] = mapped_column(
        ForeignKey("treatment.id", ondelete="CASCADE"), index=True
    )
    changed_on: Mapped[dt.date]
    dose: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(63))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# The due date while the visit is open, NULL once performed. The due list filters on it: as a
# column it has its own statistics, so PostgreSQL sees how few visits are open and due by
# Sunday (a few hundred, where "performed_on IS NULL AND due_on <= ..." looked like a tenth of
# all visits) and reaches their treatments, cases and patients by primary key.
OPEN_DUE_SQL = "CASE WHEN performed_on IS NULL THEN due_on END"


class Visit(Versioned, Base):
    """A protocol visit: due date and window (days), and what was found when it took place."""

    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    treatment_id: Mapped[int] = mapped_column(ForeignKey("treatment.id", ondelete="CASCADE"))
    seq: Mapped[int]  # 0 = day 1
    week: Mapped[int]  # 0 for day 1, else the protocol week (8, 16, 26, 39, 52, ...)
    due_on: Mapped[dt.date]
    window_before: Mapped[int]  # days the visit may take place before `due_on`
    window_after: Mapped[int]
    performed_on: Mapped[dt.date | None]
    ecog: Mapped[int | None]
    response: Mapped[VisitResponse | None] = mapped_column(
        enum_type(VisitResponse, "visit_response")
    )
    criteria: Mapped[str] = mapped_column(String(30), default="RECIST 1.1")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str | None] = mapped_column(String(63))
    # Computed by the database (migration 0014; VIRTUAL on SQLite, as `finding.sort_rank`).
    open_due: Mapped[dt.date | None] = mapped_column(Computed(OPEN_DUE_SQL, persisted=True))

    adverse_events: Mapped[list[AdverseEvent]] = relationship(
        order_by="AdverseEvent.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("treatment_id", "seq"),
        CheckConstraint("ecog IS NULL OR ecog BETWEEN 0 AND 5", name="ecog_range"),
        CheckConstraint("window_before >= 0 AND window_after >= 0 AND week >= 0", name="window"),
        CheckConstraint(
            "response IS NULL OR performed_on IS NOT NULL", name="response_needs_visit"
        ),
        Index("ix_visit_open_due", "open_due"),
    )


class AdverseEvent(Versioned, Base):
    """An adverse event by CTCAE v5 term and grade, noted at a visit."""

    __tablename__ = "adverse_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    term: Mapped[str] = mapped_column(String(200))
    grade: Mapped[int]
    attribution: Mapped[Attribution] = mapped_column(enum_type(Attribution, "attribution"))
    serious: Mapped[bool] = mapped_column(default=False)
    started_on: Mapped[dt.date]
    ended_on: Mapped[dt.date | None]

    __table_args__ = (
        CheckConstraint("grade BETWEEN 1 AND 5", name="grade_range"),
        CheckConstraint("length(term) > 0", name="term_not_empty"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ends_after_start"),
    )
