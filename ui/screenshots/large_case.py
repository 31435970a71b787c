"""A whole-genome case in the case view: the first page of its findings, the table narrowed
by a gene typed into the filter box, and a finding deep in the list brought into view (as
choosing a match that names it does; the filter that hid it cleared, with a note)."""

from __future__ import annotations

from ui.ops.op import process_until_idle
from ui.screenshots.capture import Shots

FINDINGS = 50_000  # enough to page; a million is for the benchmark
DEEP = 30_001  # the generated finding shown deep in the list (PASS, non-coding)


def take(shots: Shots) -> None:
    from mtb_desk.services.demo_wgs import add_wgs_demo_case

    context = shots.context
    case_id = add_wgs_demo_case(context.database, context.actor, "WGS-DEMO-1", FINDINGS)
    view = shots.window.open_case(case_id)
    process_until_idle()
    shots.grab(shots.window, "case-view-large")
    model = view.findings_model
    base = min(model.finding(row).id for row in range(model.rowCount()))  # the first generated
    view.pager.filter.setText("BRCA")
    view.pager.apply_filter()
    process_until_idle()
    shots.grab(shots.window, "case-view-large-filtered")
    view.show_findings(frozenset({base + DEEP}))
    process_until_idle()
    shots.grab(shots.window, "case-view-large-deep")
