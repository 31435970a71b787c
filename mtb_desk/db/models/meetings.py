"""Meetings, their agenda and attendance, recommendations, documents and signatures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mtb_desk.db.models.base import Base, JsonType, Versioned, enum_type, utcnow
from mtb_desk.domain.enums import (
    AgendaStatus,
    DocumentKind,
    EscatTier,
    MeetingStatus,
    RecommendationOutcome,
    RecommendationState,
    Role,
    UseType,
)


class Meeting(Versioned, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[MeetingStatus] = mapped_column(
        enum_type(MeetingStatus, "meeting_status"), default=MeetingStatus.PLANNED
    )
    chair_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(String(200), default="", server_default="")
    minute_taker: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", order_by="Attendance.id", cascade="all, delete-orphan"
    )


class Attendance(Versioned, Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_type(Role, "attendance_role"))
    present: Mapped[bool] = mapped_column(default=True)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")

    __table_args__ = (UniqueConstraint("meeting_id", "name"),)


class AgendaItem(Versioned, Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("mtb_case.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int]
    status: Mapped[AgendaStatus] = mapped_column(
        enum_type(AgendaStatus, "agenda_status"), default=AgendaStatus.PENDING
    )
    note: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")

    __table_args__ = (
        UniqueConstraint("meeting_id", "case_id"),
        CheckConstraint("position >= 0", name="position_non_negative"),
    )


recommendation_finding = Table(
    "recommendation_finding",
    Base.metadata,
    Column(
        "recommendation_id", ForeignKey("recommendation.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("finding_id", ForeignKey("finding.id", ondelete="RESTRICT"), primary_key=True),
)


class Recommendation(Versioned, Base):
    """One revision of the board's decision for a case; signed revisions are immutable."""

    __tablename__ = "recommendation"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mtb_case.id", ondelete="RESTRICT"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"))
    revision: Mapped[int] = mapped_column(default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("recommendation.id"))
    state: Mapped[RecommendationState] = mapped_column(
        enum_type(RecommendationState, "recommendation_state"), default=RecommendationState.DRAFT
    )
    outcome: Mapped[RecommendationOutcome] = mapped_column(
        enum_type(RecommendationOutcome, "recommendation_outcome")
    )
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"))
    trial_id: Mapped[str | None] = mapped_column(String(100))
    drugs: Mapped[list[str]] = mapped_column(JsonType, default=list)
    rationale: Mapped[str] = mapped_column(Text, default="")
    further_tests: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    escat_tier: Mapped[EscatTier | None] = mapped_column(enum_type(EscatTier, "rec_escat_tier"))
    use_type: Mapped[UseType | None] = mapped_column(enum_type(UseType, "use_type"))
    catalogue_version: Mapped[str | None] = mapped_column(String(40))
    reference_version: Mapped[str | None] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(63))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finalised_by: Mapped[str | None] = mapped_column(String(63))
    finalised_at: Mapped[dt.datetime | None]

    __table_args__ = (
        UniqueConstraint("case_id", "revision"),
        CheckConstraint("revision >= 1", name="revision_positive"),
    )


class Document(Base):
    """An exported PDF (decision or minutes), stored byte for byte with its hash."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[DocumentKind] = mapped_column(enum_type(DocumentKind, "document_kind"))
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="RESTRICT"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"))
    language: Mapped[str] = mapped_column(String(5), default="en")
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_by: Mapped[str] = mapped_column(String(63))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    signatures: Mapped[list[Signature]] = relationship(order_by="Signature.sequence")

    __table_args__ = (CheckConstraint("language IN ('en', 'nb')", name="language"),)


class Signature(Base):
    __tablename__ = "signature"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="RESTRICT"))
    sequence: Mapped[int]
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_role: Mapped[Role] = mapped_column(enum_type(Role, "signer_role"))
    meaning: Mapped[str] = mapped_column(String(300))
    signed_at: Mapped[dt.datetime]
    certificate_subject: Mapped[str] = mapped_column(Text)
    certificate_sha256: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("document_id", "sequence"),)


class DocumentMeta(Base):
    """Free key/value facts about a document (e.g. the revision it supersedes)."""

    __tablename__ = "document_meta"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
