"""The follow-up screens at 1280x720: a demo patient's follow-up, the due list, the funnel
chart (overall and by hospital), the supply agreements, and the cohort confirmed from them."""

from __future__ import annotations

from ui.ops.op import process_until_idle, wait_for_pools
from ui.screenshots.capture import Shots

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
