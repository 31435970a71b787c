"""Screenshots of the follow-up screens at 1280x720 (used by ``ui.screenshots``): a demo
patient's follow-up, the due list, the funnel chart and the supply agreements."""

from __future__ import annotations

from pathlib import Path

from ui.ops.op import process_until_idle, wait_for_pools
from ui.window.main_window import MainWindow

SIZE = (1280, 720)


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        wait_for_pools()
        process_until_idle()
    window.repaint()


def _grab(window: MainWindow, path: Path) -> Path:
    _settle(window)
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def followup_shots(window: MainWindow, outdir: Path, suffix: str) -> list[Path]:
    old = window.size()
    window.resize(*SIZE)
    screens = window.followup
    shots = []
    view = screens.show_case("DEMO-007")
    _settle(window)
    view.table.selectRow(2)
    shots.append(_grab(window, outdir / f"followup-case{suffix}.png"))
    screens.show_due()
    shots.append(_grab(window, outdir / f"followup-due{suffix}.png"))
    screens.show_funnel()
    shots.append(_grab(window, outdir / f"followup-funnel{suffix}.png"))
    funnel = screens.show_funnel()
    funnel.by.setCurrentIndex(1)
    shots.append(_grab(window, outdir / f"followup-funnel-by-hospital{suffix}.png"))
    screens.show_supply()
    shots.append(_grab(window, outdir / f"followup-supply{suffix}.png"))
    cohorts = window.screens.show_cohorts()
    _settle(window)
    cohorts.select_cohort("MSI-HIGH-ATEZOLIZUMAB")
    shots.append(_grab(window, outdir / f"followup-cohort{suffix}.png"))
    window.resize(old)
    return shots
