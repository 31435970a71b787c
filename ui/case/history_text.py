"""The patient's history in words, for the case header and presentation mode:
"enrolled in CDK-PALBOCICLIB 2026-03, progressive disease at week 8"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mtb_desk.domain.enums import Response
from mtb_desk.services.patient_history import (
    EarlierRecommendation,
    EnrolmentHistory,
    PatientHistory,
)
from ui.formatting import date_text, enum_text

_RESPONSES = {
    Response.CR: QT_TRANSLATE_NOOP("History", "complete response"),
    Response.PR: QT_TRANSLATE_NOOP("History", "partial response"),
    Response.SD: QT_TRANSLATE_NOOP("History", "stable disease"),
    Response.PD: QT_TRANSLATE_NOOP("History", "progressive disease"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def enrolment_text(e: EnrolmentHistory) -> str:
    head = (
        QCoreApplication.translate("History", "enrolled in %1 %2")
        .replace("%1", e.cohort + (f" ({', '.join(e.drugs)})" if e.drugs else ""))
        .replace("%2", date_text(e.enrolled_on)[:7])
    )
    week = str(e.week) if e.week is not None else "?"
    if e.response is not None:
        outcome = QCoreApplication.translate("History", "%1 at week %2").replace(
            "%1", _tr(str(_RESPONSES[e.response]))
        )
        return f"{head}, {outcome.replace('%2', week)}"
    if e.withdrawn_on is not None:
        text = QCoreApplication.translate("History", "withdrawn at week %1").replace("%1", week)
        return f"{head}, {text}" + (f": {e.withdrawal_reason}" if e.withdrawal_reason else "")
    if e.benefit is not None:
        return f"{head}, " + (
            QCoreApplication.translate("History", "clinical benefit")
            if e.benefit
            else QCoreApplication.translate("History", "no clinical benefit")
        )
    return f"{head}, " + QCoreApplication.translate("History", "outcome pending")


def recommendation_text(r: EarlierRecommendation) -> str:
    return (
        QCoreApplication.translate("History", "%1: %2 recommended %3 (revision %4, %5)")
        .replace("%1", date_text(r.on))
        .replace("%2", r.study_id)
        .replace("%3", enum_text(r.outcome) + (f" {r.target}" if r.target else ""))
        .replace("%4", str(r.revision))
        .replace("%5", enum_text(r.state))
    )


def history_lines(history: PatientHistory | None) -> list[str]:
    """Enrolments first (they carry outcomes), then earlier recommendations."""
    if history is None:
        return []
    return [enrolment_text(e) for e in history.enrolments] + [
        recommendation_text(r) for r in history.recommendations
    ]


def needs_attention(history: PatientHistory | None) -> bool:
    """An earlier enrolment without benefit (progression, no benefit, withdrawal)."""
    return history is not None and any(
        e.response is Response.PD or e.benefit is False or e.withdrawn_on is not None
        for e in history.enrolments
    )
