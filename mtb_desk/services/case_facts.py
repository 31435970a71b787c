"""Facts of a case that matching reads from all its reports: TMB/MSI and what was assayed.

TMB and MSI come from the most recent report by report date (the import order breaks ties
and dates that are missing count as oldest); another report that disagrees is named as a
conflict. Coverage is the union of what every report assayed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mtb_desk.catalogue.assays import report_coverage
from mtb_desk.db.models import MolecularReport, ReportCoverage
from mtb_desk.domain.biomarkers import Biomarkers, biomarkers, newest_first
from mtb_desk.matching.coverage import Coverage

__all__ = ["Biomarkers", "biomarkers", "case_coverage", "newest_first"]

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
