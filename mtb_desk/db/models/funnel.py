"""Each case's place in the trial funnel, kept current by the services (a derived copy).

One row per case: the stage it reached and why it stopped there (`mtb_desk.domain.funnel`),
beside the columns the funnel groups and filters by. The services' unit of work rewrites a
case's row in the same transaction as any change to the facts it is derived from
(`mtb_desk.services.funnel_stage`; on PostgreSQL only the SECURITY DEFINER function
`mtb_refresh_funnel` of migration 0014 may write it, so no login forges it), so counting the
funnel is one grouped scan of a narrow table instead of seven aggregated joins (issue 16:
100,000 cases in well under 200 ms).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from mtb_desk.db.models.base import Base


class CaseStage(Base):
    __tablename__ = "case_funnel"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("mtb_case.id", ondelete="CASCADE"), primary_key=True
    )
    referral_date: Mapped[dt.date | None]
    hospital_id: Mapped[int | None]
    diagnosis_code: Mapped[str] = mapped_column(String(32))
    cohort_id: Mapped[int | None]  # the enrolment's cohort, else the latest recommendation's
    stage: Mapped[int] = mapped_column(SmallInteger)  # steps reached, 0-8
    drop_reason: Mapped[str | None] = mapped_column(String(80))  # a code, e.g. "draft"

    __table_args__ = (
        CheckConstraint("stage BETWEEN 0 AND 8", name="stage_range"),
        Index("ix_case_funnel_stage_drop_reason", "stage", "drop_reason", "referral_date"),
    )
