"""What presentation mode loads for one case (off the GUI thread): the case, its matches,
the latest recommendation, the patient's history and what this board did before with the same
alterations; and which findings are "key"."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import ACTIONABLE_ONCOGENICITY, BIOMARKER_KINDS
from mtb_desk.domain.records import CaseDetail, FindingView
from mtb_desk.services.patient_history import PatientHistory, patient_history
from ui.case.matches import MatchLike, MatchProvider

if TYPE_CHECKING:
    from mtb_desk.services.board_history import FindingHistory
    from mtb_desk.services.recommendations import RecommendationView

KEY_FINDINGS = 10
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PresentedCase:
    case: CaseDetail
    matches: tuple[MatchLike, ...]
    latest: RecommendationView | None
    history: PatientHistory | None = None
    board: tuple[FindingHistory, ...] | None = None  # what this board did before (None: failed)


def load_page(database: Database, case_id: int, provider: MatchProvider) -> PresentedCase:
    """The case carries its first page of findings (reportable, PASS, coding, annotated
    first), where the key findings are: a whole-genome case is never loaded whole."""
    import dataclasses

    from mtb_desk.services.case_opening import open_case
    from mtb_desk.services.recommendations import recommendation_history

    opening = open_case(database, case_id)
    case = dataclasses.replace(opening.case, findings=opening.page.findings)
    try:
        matches = tuple(provider(database, case))
    except Exception:  # noqa: BLE001 - a page must show even when matching fails
        matches = ()
    history = recommendation_history(database, case.study_id)
    earlier = patient_history(database, case_id)
    return PresentedCase(
        case, matches, history[0] if history else None, earlier, _board(database, case.study_id)
    )


def _board(database: Database, study_id: str) -> tuple[FindingHistory, ...] | None:
    """Earlier cases with the same alterations; loaded with the page, so the next case
    (prefetched in the background) shows it at once."""
    from mtb_desk.services.board_history import board_history

    try:
        return board_history(database, study_id)
    except Exception:  # noqa: BLE001 - the page shows without it, and says so
        log.exception("what this board did before: not loaded for %s", study_id)
        return None


def key_findings(findings: Sequence[FindingView]) -> list[FindingView]:
    """Oncogenic first, then not yet annotated; VUS and benign left out; biomarkers apart."""

    def rank(finding: FindingView) -> int:
        annotation = finding.annotation
        if annotation is None or annotation.oncogenicity is None:
            return 1
        return 0 if annotation.oncogenicity in ACTIONABLE_ONCOGENICITY else 9

    chosen = [f for f in findings if f.kind not in BIOMARKER_KINDS and rank(f) < 9]
    return sorted(chosen, key=rank)[:KEY_FINDINGS]
