"""What presentation mode loads for one case (off the GUI thread): the case, its matches,
the latest recommendation and the patient's history; and which findings are "key"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import ACTIONABLE_ONCOGENICITY, BIOMARKER_KINDS
from mtb_desk.domain.records import CaseDetail, FindingView
from mtb_desk.services.patient_history import PatientHistory, patient_history
from ui.case.matches import MatchLike, MatchProvider

if TYPE_CHECKING:
    from mtb_desk.services.recommendations import RecommendationView

KEY_FINDINGS = 10


@dataclass(frozen=True, slots=True)
class PresentedCase:
    case: CaseDetail
    matches: tuple[MatchLike, ...]
    latest: RecommendationView | None
    history: PatientHistory | None = None


def load_page(database: Database, case_id: int, provider: MatchProvider) -> PresentedCase:
    from mtb_desk.services.cases import get_case_by_id
    from mtb_desk.services.recommendations import recommendation_history

    case = get_case_by_id(database, case_id)
    try:
        matches = tuple(provider(database, case))
    except Exception:  # noqa: BLE001 - a page must show even when matching fails
        matches = ()
    history = recommendation_history(database, case.study_id)
    earlier = patient_history(database, case_id)
    return PresentedCase(case, matches, history[0] if history else None, earlier)


def key_findings(findings: Sequence[FindingView]) -> list[FindingView]:
    """Oncogenic first, then not yet annotated; VUS and benign left out; biomarkers apart."""

    def rank(finding: FindingView) -> int:
        annotation = finding.annotation
        if annotation is None or annotation.oncogenicity is None:
            return 1
        return 0 if annotation.oncogenicity in ACTIONABLE_ONCOGENICITY else 9

    chosen = [f for f in findings if f.kind not in BIOMARKER_KINDS and rank(f) < 9]
    return sorted(chosen, key=rank)[:KEY_FINDINGS]
