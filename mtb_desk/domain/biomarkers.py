"""TMB and MSI of a case from all its reports: the most recent report by report date wins
(missing dates count as oldest, import order breaks ties); another report that disagrees is
named as a conflict. Works on any report record with `id`, `assay`, `report_date`, `tmb` and
`msi_status` (ORM rows and `ReportView` alike)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mtb_desk.domain.enums import MsiStatus
from mtb_desk.i18n.phrases import Phrase, Term, phrase

# TMB values on both sides of a cut-off that rules commonly use are a conflict.
TMB_CUTOFFS = (10.0, 16.0, 20.0)


@dataclass(frozen=True, slots=True)
class Biomarkers:
    tmb: float | None
    msi: MsiStatus | None
    tmb_conflict: Phrase | None = None  # the other report's value, named
    msi_conflict: Phrase | None = None


def newest_first(reports: Sequence[Any]) -> list[Any]:
    """Reports by report date, newest first (no date: oldest), then by import order."""
    return sorted(reports, key=lambda r: (r.report_date or dt.date.min, r.id), reverse=True)


def report_name(assay: str, report_date: dt.date | None) -> Phrase:
    """`TSO500 report of 2025-01-02`, or `an undated report`."""
    if report_date is None:
        return phrase("report.undated")
    return phrase("report.dated", assay=assay, date=report_date.isoformat())


def _when(report: Any) -> Phrase:
    return report_name(report.assay.value, report.report_date)


def biomarkers(reports: Sequence[Any]) -> Biomarkers:
    """TMB and MSI of the most recent report that has them, and any report that disagrees."""
    ordered = newest_first(reports)
    with_tmb = [r for r in ordered if r.tmb is not None]
    with_msi = [r for r in ordered if r.msi_status is not None]
    tmb = with_tmb[0].tmb if with_tmb else None
    msi = with_msi[0].msi_status if with_msi else None
    tmb_conflict = msi_conflict = None
    if tmb is not None:
        other = [r for r in with_tmb[1:] if _splits(tmb, r.tmb)]
        if other:
            tmb_conflict = phrase(
                "conflict.tmb", other=float(other[0].tmb), other_report=_when(other[0]),
                value=float(tmb), report=_when(with_tmb[0]),
            )  # fmt: skip
    if msi is not None:
        other = [r for r in with_msi[1:] if _msi_differs(msi, r.msi_status)]
        if other:
            msi_conflict = phrase(
                "conflict.msi", other=Term("msi", other[0].msi_status.value),
                other_report=_when(other[0]), value=Term("msi", msi.value),
                report=_when(with_msi[0]),
            )  # fmt: skip
    return Biomarkers(tmb, msi, tmb_conflict, msi_conflict)


def _splits(first: float, second: float) -> bool:
    return any((first >= cut) != (second >= cut) for cut in TMB_CUTOFFS)


def _msi_differs(first: MsiStatus, second: MsiStatus | None) -> bool:
    known = {MsiStatus.MSI_HIGH, MsiStatus.MSS}
    return second is not None and first in known and second in known and first is not second
