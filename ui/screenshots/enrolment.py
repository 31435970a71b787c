"""Enrolling a case from the case view: the board recommends DEMO-002 for an IMPRESS cohort,
"Enrol in cohort…" opens the dialog with the cohort's two-stage state and the recommendation
it rests on; a case the service would refuse (a trial site not open) shows the refusal in the
dialog; after the enrolment the cohort screen, the case view and the treatment start follow."""

from __future__ import annotations

from mtb_desk.domain.enums import RecommendationOutcome
from ui.ops.op import process_until_idle, wait_for_pools
from ui.screenshots.capture import Shots

STUDY_ID, COHORT = "DEMO-002", "BRAF-V600-VEM-COBI"
REFUSED = "DEMO-012"  # its hospital's trial site is not open
DIALOG_SIZE = (760, 560)
RATIONALE = {  # what the board wrote (demo data, in the screenshots' language)
    "en": "BRAF V600E in colorectal cancer; eligible for vemurafenib + cobimetinib.",
    "nb": "BRAF V600E i tykk- og endetarmskreft; aktuell for vemurafenib + kobimetinib.",
}


def _settle() -> None:
    for _ in range(3):
        wait_for_pools()
        process_until_idle()


def _recommend(shots: Shots) -> None:
    from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation

    db, actor = shots.context.database, shots.context.actor
    draft = RecommendationDraft(
        RecommendationOutcome.IMPRESS_COHORT,
        RATIONALE["nb" if shots.suffix == "-nb" else "en"],
        cohort_code=COHORT,
    )
    record_recommendation(db, actor, STUDY_ID, draft, final=True)


def take(shots: Shots) -> None:
    from mtb_desk.services.cases import get_case
    from ui.case.view import CaseView
    from ui.followup.dialogs import StartDialog

    window = shots.window
    _recommend(shots)
    case_id = get_case(shots.context.database, STUDY_ID).id
    view = window.open_case(case_id)
    _settle()
    assert isinstance(view, CaseView)
    screens = window.followup
    refused = screens.enrolling.ask(study_id=REFUSED)
    _settle()
    shots.dialog(refused, "enrol-dialog-refused", DIALOG_SIZE)
    dialog = screens.enrol_case(view)
    _settle()
    dialog.resize(*DIALOG_SIZE)
    shots.grab(dialog, "enrol-dialog")
    dialog.enrol_button.click()
    _settle()
    for start in window.findChildren(StartDialog):
        if start.isVisible():
            shots.grab(start, "enrol-start-treatment")
            start.close()
    cohorts = window.screens.show_cohorts()
    _settle()
    cohorts.select_cohort(COHORT)
    _settle()
    cohorts.enrolments.select(STUDY_ID)
    shots.grab(window, "enrol-cohorts")
    window.open_case(case_id)
    _settle()
    shots.grab(window, "enrol-case")
