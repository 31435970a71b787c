"""The follow-up screens at 1280x720: a demo patient's follow-up, the visit dialog with several
adverse events (and a refusal in it), the conflict dialog for a visit saved meanwhile, the due
list, the funnel chart (overall and by hospital), the supply agreements, and the cohort
confirmed from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.ops.op import process_until_idle, wait_for_pools
from ui.screenshots.capture import Shots

if TYPE_CHECKING:
    from ui.followup.panel import FollowUpView

SIZE = (1280, 720)


def _settle() -> None:
    for _ in range(3):
        wait_for_pools()
        process_until_idle()


def take(shots: Shots) -> None:
    window = shots.window
    old = window.size()
    window.resize(*SIZE)
    screens = window.followup
    view = screens.show_case("DEMO-007")
    _settle()
    view.table.selectRow(2)
    shots.grab(window, "followup-case")
    _visit_dialogs(shots, view)
    screens.show_due()
    _settle()
    shots.grab(window, "followup-due")
    funnel = screens.show_funnel()
    _settle()
    shots.grab(window, "followup-funnel")
    funnel.by.setCurrentIndex(1)
    _settle()
    shots.grab(window, "followup-funnel-by-hospital")
    screens.show_supply()
    _settle()
    shots.grab(window, "followup-supply")
    cohorts = window.screens.show_cohorts()
    _settle()
    cohorts.select_cohort("MSI-HIGH-ATEZOLIZUMAB")
    _settle()
    shots.grab(window, "followup-cohort")
    window.resize(old)


def _visit_dialogs(shots: Shots, view: FollowUpView) -> None:
    import dataclasses

    from ui.conflict_dialog import ConflictDialog
    from ui.followup.visit_saving import conflict_fields, recorded_input, visit_record_text

    dialog = view.ask_visit()
    dialog.week.setCurrentIndex(dialog.week.findData(8))  # recorded: opens with its events
    editor = dialog.events
    for term, grade in (("Diarrhea", 2), ("Rash acneiform", 1)):
        editor.add_event()
        editor.term.setText(term)
        editor.grade.setValue(grade)
        editor.term.textEdited.emit(term)
    shots.dialog(dialog, "followup-visit-dialog", (720, 600))
    dialog = view.ask_visit()
    dialog.week.setCurrentIndex(dialog.week.findData(8))
    dialog.events.grade.validate("6", 1)  # as if 6 was typed: refused, and said so
    shots.dialog(dialog, "followup-visit-refused", (720, 600))
    record = view.current()
    if record is None:
        return
    theirs = recorded_input(next(v for v in record.visits if v.week == 8))
    events = tuple(dataclasses.replace(e, grade=2) for e in theirs.adverse_events)
    mine = dataclasses.replace(
        theirs, ecog=1, note="Fatigue worse, dose kept", adverse_events=events
    )
    conflict = ConflictDialog(
        visit_record_text(8, "DEMO-007"),
        "nurse.berit",
        conflict_fields(mine, theirs),
        shots.window,
    )
    shots.dialog(conflict, "followup-visit-conflict")
