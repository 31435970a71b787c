"""A whole-genome case in the case view: the first page of its findings, and the table
narrowed by a gene typed into the filter box."""

from __future__ import annotations

from ui.ops.op import process_until_idle
from ui.screenshots.capture import Shots

FINDINGS = 50_000  # enough to page; a million is for the benchmark


def take(shots: Shots) -> None:
    from mtb_desk.services.demo_wgs import add_wgs_demo_case

    context = shots.context
    case_id = add_wgs_demo_case(context.database, context.actor, "WGS-DEMO-1", FINDINGS)
    view = shots.window.open_case(case_id)
    process_until_idle()
    shots.grab(shots.window, "case-view-large")
    view.pager.filter.setText("BRCA")
    view.pager.apply_filter()
    process_until_idle()
    shots.grab(shots.window, "case-view-large-filtered")
