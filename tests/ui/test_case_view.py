"""The case view: open a case, annotate as pathologist, refused as secretary, conflicts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import Oncogenicity, Role
from mtb_desk.domain.records import CaseDetail
from mtb_desk.services.annotations import AnnotationInput, annotate_finding
from mtb_desk.services.cases import get_case_by_id
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Action, Actor
from mtb_desk.services.worklist import list_cases
from ui.case.findings_model import COL_ANNOTATION, COL_COMMENT, needs_review
from ui.case.view import CaseView
from ui.conflict_dialog import ConflictDialog, Resolution
from ui.context import AppContext


@pytest.fixture
def demo_case(db: Database, actor: Actor) -> CaseDetail:
    """A demo case that has a finding still to review."""
    load_demo(db, actor)
    for summary in list_cases(db).items:
        case = get_case_by_id(db, summary.id)
        if any(needs_review(f) for f in case.findings):
            return case
    raise AssertionError("the demo data has no finding to review")


def open_view(qtbot: QtBot, context: AppContext, case_id: int) -> CaseView:
    view = CaseView(context, case_id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.case_did_load):
        view.load()
    return view


def first_open_row(view: CaseView) -> int:
    model = view.findings_model
    return next(r for r in range(model.rowCount()) if needs_review(model.finding(r)))


def test_open_a_case_shows_header_findings_and_review_count(
    qtbot: QtBot, context: AppContext, demo_case: CaseDetail
) -> None:
    view = open_view(qtbot, context, demo_case.id)
    assert demo_case.study_id in view.header.title.text()
    assert view.header.fact("ecog") == str(demo_case.ecog)
    assert view.findings_model.rowCount() == len(demo_case.findings)
    still = sum(1 for f in demo_case.findings if needs_review(f))
    total = len(demo_case.findings)
    assert view.review_count.text() == f"{still} of {total} findings still to review"
    assert view.matches_stack.currentWidget() in (view.matches_page, view.matches_note)


def test_pathologist_annotates_in_place(
    qtbot: QtBot,
    db: Database,
    make_actor: Callable[..., Actor],
    context_for: Callable[[Actor], AppContext],
    demo_case: CaseDetail,
) -> None:
    view = open_view(qtbot, context_for(make_actor("patolog", Role.PATHOLOGIST)), demo_case.id)
    row = first_open_row(view)
    finding = view.findings_model.finding(row)
    index = view.findings_model.index(row, COL_ANNOTATION)
    assert view.findings_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(view.saver.annotation_did_save):
        assert view.findings_model.setData(index, Oncogenicity.ONCOGENIC.value)
    saved = next(f for f in get_case_by_id(db, demo_case.id).findings if f.id == finding.id)
    assert saved.annotation is not None
    assert saved.annotation.oncogenicity is Oncogenicity.ONCOGENIC
    assert saved.annotation.annotated_by == "patolog"
    assert index.data() == "oncogenic"


def test_secretary_cannot_annotate_and_is_told_why(
    qtbot: QtBot,
    make_actor: Callable[..., Actor],
    context_for: Callable[[Actor], AppContext],
    demo_case: CaseDetail,
) -> None:
    secretary = make_actor("sekretar", Role.SECRETARY)
    view = open_view(qtbot, context_for(secretary), demo_case.id)
    index = view.findings_model.index(first_open_row(view), COL_ANNOTATION)
    assert not view.findings_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert index.data(Qt.ItemDataRole.ToolTipRole) == secretary.why_not(Action.ANNOTATE)
    assert not view.findings_model.setData(index, Oncogenicity.ONCOGENIC.value)
    assert not view.recommendation.save.isEnabled()


@pytest.mark.parametrize(
    ("resolution", "expected_comment"),
    [
        (Resolution.MERGE, "Seen before.\n\nMine: hotspot."),
        (Resolution.KEEP_MINE, "Mine: hotspot."),
        (Resolution.TAKE_THEIRS, "Seen before."),
    ],
)
def test_conflict_with_a_second_session_is_resolved(
    qtbot: QtBot,
    db: Database,
    make_actor: Callable[..., Actor],
    context_for: Callable[[Actor], AppContext],
    demo_case: CaseDetail,
    resolution: Resolution,
    expected_comment: str,
) -> None:
    me = make_actor("patolog", Role.PATHOLOGIST)
    other = make_actor("kollega", Role.PATHOLOGIST)
    view = open_view(qtbot, context_for(me), demo_case.id)
    row = first_open_row(view)
    finding = view.findings_model.finding(row)
    # A second session saves first, while this view still shows "no annotation yet".
    annotate_finding(
        db,
        other,
        finding.id,
        AnnotationInput(Oncogenicity.VUS, comment="Seen before."),
        expected_version=0,
    )
    with qtbot.waitSignal(view.saver.conflict_did_open) as opened:
        view.findings_model.setData(view.findings_model.index(row, COL_COMMENT), "Mine: hotspot.")
    dialog = opened.args[0]
    assert isinstance(dialog, ConflictDialog)
    comment = next(f for f in dialog.fields if f.name == "comment")
    assert (comment.mine, comment.theirs) == ("Mine: hotspot.", "Seen before.")
    if resolution is Resolution.TAKE_THEIRS:
        dialog.choose(resolution)
    else:
        with qtbot.waitSignal(view.saver.annotation_did_save):
            dialog.choose(resolution)
    stored = next(f for f in get_case_by_id(db, demo_case.id).findings if f.id == finding.id)
    assert stored.annotation is not None
    assert stored.annotation.comment == expected_comment
    assert view.findings_model.finding(row).annotation == stored.annotation


def test_selecting_a_match_highlights_its_finding(
    qtbot: QtBot, context: AppContext, demo_case: CaseDetail
) -> None:
    target = demo_case.findings[0]

    class FakeMatch:
        cohort, drugs, status, reason = "C-01", ("drug",), "eligible", "because"
        finding, findings = target.id, (target.id,)
        approved_alternatives: tuple[str, ...] = ()
        not_tested_because: tuple[str, ...] = ()

        def reason_in(self, _lang: str) -> str:
            return self.reason

    view = CaseView(context, demo_case.id, match_provider=lambda _db, _case: [FakeMatch()])
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.case_did_load):
        view.load()
    view.matches_table.selectRow(0)
    row = view.findings_model.row_of(target.id)
    index = view.findings_model.index(row, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    view.recommendation.take_selected_match()
    assert view.recommendation.draft().cohort == "C-01"
    assert target.id in view.recommendation.draft().supporting_findings
    view.findings_table.selectRow(row)
    assert view.matches_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
