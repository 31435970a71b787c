"""The cohort overview with the fullest cohort and one of its pending enrolments selected."""

from __future__ import annotations

from ui.ops.op import process_until_idle
from ui.screenshots.capture import Shots


def take(shots: Shots) -> None:
    view = shots.window.screens.show_cohorts()
    process_until_idle()
    if view.overview is not None and view.overview.cohorts:
        counts = [c.enrolled for c in view.overview.cohorts]
        view.cohorts.selectRow(counts.index(max(counts)))
        process_until_idle()
        pending = [r.study_id for r in view.enrolments.rows if r.benefit is None]
        if pending:
            view.enrolments.select(pending[0])
    shots.grab(shots.window, "cohorts")
