"""What the case view loads off the GUI thread when a case opens: the header, the first page
of findings and the counts (`case_opening`), the matches, the patient's history, and the
findings a match or a recommendation names wherever they sort (never all findings)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mtb_desk.db.engine import Database
from mtb_desk.domain.records import CaseDetail, FindingView
from mtb_desk.services.finding_pages import FindingCounts, FindingPage, FindingPageQuery
from ui.case.matches import MatchLike, MatchProvider
from ui.ops.op import describe_error

if TYPE_CHECKING:  # loaded with the first case, not at start-up
    from mtb_desk.services.patient_history import PatientHistory


@dataclass(frozen=True, slots=True)
class LoadedCase:
    case: CaseDetail  # `findings`: the first page (what the table shows first), never all
    page: FindingPage
    counts: FindingCounts
    matches: tuple[MatchLike, ...]
    matches_error: str | None = None
    history: PatientHistory | None = None
    named: tuple[FindingView, ...] = ()  # findings a match or a recommendation rests on
    start: int = 0  # where `page` begins in the case's order (> 0: around a finding)


def load_case(
    database: Database,
    case_id: int,
    provider: MatchProvider,
    query: FindingPageQuery,
    around: int | None = None,
) -> LoadedCase:
    """`around`: the page begins at (or reaches) this finding, not at the first one."""
    from mtb_desk.services.case_opening import findings_of, open_case
    from mtb_desk.services.finding_place import Shown, finding_place
    from mtb_desk.services.patient_history import patient_history

    opening = open_case(database, case_id, query)
    page, start = opening.page, 0
    if around is not None:
        place = finding_place(database, case_id, [around], Shown(query.gene), query.limit)
        if place is not None and place.gene == query.gene.strip():
            page, start = place.page, place.start
    case = dataclasses.replace(opening.case, findings=page.findings)
    history = patient_history(database, case_id)
    try:  # the case must open even when matching fails
        matches, error = tuple(provider(database, case)), None
    except Exception as exc:  # noqa: BLE001 - shown in the matches pane
        matches, error = (), describe_error(exc)
    ids = {i for m in matches for i in (*m.findings, *((m.finding,) if m.finding else ()))}
    named = {f.id: f for f in (*opening.recommended, *findings_of(database, case_id, sorted(ids)))}
    return LoadedCase(
        case, page, opening.counts, matches, error, history, tuple(named.values()), start
    )
