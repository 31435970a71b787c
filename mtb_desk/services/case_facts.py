"""Facts of a case that matching reads from all its reports: TMB/MSI and what was assayed.

TMB and MSI come from the most recent report by report date (the import order breaks ties
and dates that are missing count as oldest); another report that disagrees is named as a
conflict. Coverage is the union of what every report assayed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mtb_desk.catalogue.assays import report_coverage
from mtb_desk.db.models import MolecularReport, ReportCoverage
from mtb_desk.domain.enums import MsiStatus
from mtb_desk.matching.coverage import Coverage

# TMB values on both sides of a cut-off that rules commonly use are a conflict.
TMB_CUTOFFS = (10.0, 16.0, 20.0)


@dataclass(frozen=True, slots=True)
class Biomarkers:
    tmb: float | None
    msi: MsiStatus | None
    tmb_conflict: str = ""
    msi_conflict: str = ""


def newest_first(reports: Sequence[MolecularReport]) -> list[MolecularReport]:
    """Reports by report date, newest first (no date: oldest), then by import order."""
    return sorted(reports, key=lambda r: (r.report_date or dt.date.min, r.id), reverse=True)


def _when(report: MolecularReport) -> str:
    date = report.report_date.isoformat() if report.report_date else "an undated report"
    return f"{report.assay.value} report of {date}" if report.report_date else date


def biomarkers(reports: Sequence[MolecularReport]) -> Biomarkers:
    """TMB and MSI of the most recent report that has them, and any report that disagrees."""
    ordered = newest_first(reports)
    with_tmb = [r for r in ordered if r.tmb is not None]
    with_msi = [r for r in ordered if r.msi_status is not None]
    tmb = with_tmb[0].tmb if with_tmb else None
    msi = with_msi[0].msi_status if with_msi else None
    tmb_conflict = msi_conflict = ""
    if tmb is not None:
        other = [r for r in with_tmb[1:] if _splits(tmb, r.tmb)]  # type: ignore[arg-type]
        if other:
            tmb_conflict = f"TMB {other[0].tmb:g} mut/Mb in the {_when(other[0])}, " \
                f"{tmb:g} in the {_when(with_tmb[0])}"  # fmt: skip
    if msi is not None:
        other = [r for r in with_msi[1:] if _msi_differs(msi, r.msi_status)]
        if other:
            old = other[0].msi_status.value  # type: ignore[union-attr]
            msi_conflict = f"{old} in the {_when(other[0])}, {msi.value} in the " \
                f"{_when(with_msi[0])}"  # fmt: skip
    return Biomarkers(tmb, msi, tmb_conflict, msi_conflict)


def _splits(first: float, second: float) -> bool:
    return any((first >= cut) != (second >= cut) for cut in TMB_CUTOFFS)


def _msi_differs(first: MsiStatus, second: MsiStatus | None) -> bool:
    known = {MsiStatus.MSI_HIGH, MsiStatus.MSS}
    return second is not None and first in known and second in known and first is not second


def case_coverage(
    reports: Sequence[MolecularReport],
    rows: Mapping[int, ReportCoverage],
    panels: Mapping[str, frozenset[str]],
) -> Coverage | None:
    """The union of what the reports assayed; None when any report's assay has no profile
    (then nothing is called "not tested" by kind, as before profiles existed)."""
    merged: Coverage | None = None
    for report in reports:
        row = rows.get(report.id)
        profile = row.profile if row is not None else report.assay.value
        own = report_coverage(
            profile, row.not_assayed if row is not None else {}, panels,
            report_date=report.report_date,
        )  # fmt: skip
        if own is None:
            return None
        merged = own if merged is None else merged.merged(own)
    return merged
