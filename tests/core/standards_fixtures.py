"""Demo databases with a final decision (and its decision PDF) for every demo case."""

from __future__ import annotations

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationOutcome
from mtb_desk.services.demo import load_demo
from mtb_desk.services.demo_data import CASES
from mtb_desk.services.documents import export_decision
from mtb_desk.services.matching import match_case
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation

DEMO_IDS = tuple(case.study_id for case in CASES)


def decide(database: Database, actor: Actor, study_id: str, *, pdf: bool = True) -> str:
    """A final decision: the first eligible cohort if there is one, else further testing."""
    eligible = [m for m in match_case(database, study_id).matches if m.status.value == "eligible"]
    if eligible:
        match = eligible[0]
        draft = RecommendationDraft(
            RecommendationOutcome.IMPRESS_COHORT,
            f"Eligible for {match.cohort} (synthetic demo decision).",
            cohort_code=match.cohort,
            drugs=tuple(match.drugs),
            finding_ids=tuple(f for f in (match.finding,) if f),
        )
    else:
        draft = RecommendationDraft(
            RecommendationOutcome.FURTHER_TESTING,
            "No eligible cohort; test further (synthetic demo decision).",
            further_tests="IHC",
        )
    record_recommendation(database, actor, study_id, draft, final=True)
    if pdf:
        export_decision(database, actor, study_id)
    return draft.outcome.value


def decided_demo(database: Database, actor: Actor) -> Database:
    load_demo(database, actor)
    for study_id in DEMO_IDS:
        decide(database, actor, study_id)
    return database
