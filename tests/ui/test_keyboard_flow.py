"""The board meeting by keyboard: worklist → case → match → finalise → signed PDF in at most
six user actions (real key and mouse events, counted), and no focus trap on the way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationState, Role
from mtb_desk.reports.signing import create_self_signed_credential
from mtb_desk.reports.verification import verify_pdf
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import recommendation_history
from tests.ui.boxes import button, open_boxes
from ui import settings
from ui.case.view import CaseView
from ui.context import AppContext
from ui.documents.sign_dialog import SignDialog, remember_credential
from ui.ops.op import process_until_idle
from ui.window.main_window import MainWindow

MAX_ACTIONS = 6


class CountedUser:
    """Sends real events to whatever has the focus (as a person would) and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.actions: list[str] = []

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.actions.append(f"key {key.name} {modifier.name}")
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.actions.append(f"type {len(text)} characters")
        self.qtbot.keyClicks(self.focus(), text)

    def click(self, widget: QWidget, *, double: bool = False, at: QPoint | None = None) -> None:
        self.actions.append(f"{'double-' if double else ''}click {type(widget).__name__}")
        at = at if at is not None else widget.rect().center()
        if double:  # a real double-click: press, release, then the double-click press
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)
            self.qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=at)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)


def prepared_window(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> MainWindow:
    load_demo(db, actor)
    credential = tmp_path / "chair.p12"
    create_self_signed_credential("Dr. Keyboard Chair", credential, "chair-pw")
    remember_credential(actor.username, str(credential))  # chosen once, in an earlier session
    settings.set_value(settings.KEY_EXPORT_FOLDER, str(tmp_path / "out"))
    settings.set_value(settings.KEY_SIGNING_ROLE, Role.CHAIR.value)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.worklist_model.rowCount() > 0)
    assert process_until_idle()
    return window


def row_centre(window: MainWindow, study_id: str) -> QPoint:
    model, table = window.worklist_model, window.worklist.table
    row = next(r for r in range(model.rowCount()) if model.case_at(r).study_id == study_id)
    return table.visualRect(model.index(row, 1)).center()


def test_worklist_to_signed_decision_in_six_actions(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    window = prepared_window(qtbot, db, actor, context, tmp_path)
    user = CountedUser(qtbot)
    table = window.worklist.table
    user.click(table.viewport(), double=True, at=row_centre(window, "DEMO-002"))  # 1 open
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), CaseView))
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    qtbot.waitUntil(lambda: view.matches_model.rowCount() > 0 and bool(view.recommending.study_id))
    assert process_until_idle()
    view.findings_table.setFocus()
    user.key(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # 2 top eligible match
    assert view.recommendation.cohort.text() == "BRAF-V600-VEM-COBI"
    user.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 3 finalise…
    qtbot.waitUntil(lambda: len(open_boxes()) == 1)
    (box,) = open_boxes()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    dialogs: list[SignDialog] = []
    window.screens.exporter.sign_dialog_did_open.connect(dialogs.append)
    window.screens.exporter.show_previews = False
    user.click(button(box, QMessageBox.ButtonRole.YesRole))  # 4 "Finalise and sign…"
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialogs[0].password)
    user.type("chair-pw")  # 5 the password
    with qtbot.waitSignal(window.screens.exporter.document_did_export, timeout=30_000) as done:
        user.key(Qt.Key.Key_Return)  # 6 Enter signs and exports
    assert process_until_idle()
    assert len(user.actions) <= MAX_ACTIONS, user.actions
    (latest,) = recommendation_history(db, "DEMO-002")
    assert latest.state is RecommendationState.FINAL
    assert [s.signer_role for s in latest.signatures] == ["chair"]
    result = verify_pdf(Path(done.args[0]).read_bytes(), [])
    assert [s.signer for s in result.signatures] == ["Dr. Keyboard Chair"]


def test_enter_opens_the_selected_case_and_the_only_search_hit(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    window = prepared_window(qtbot, db, actor, context, tmp_path)
    table = window.worklist.table
    assert table.currentIndex().isValid()  # a row is ready for Enter
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), CaseView))
    assert process_until_idle()
    window.tabs.setCurrentIndex(0)
    window.worklist.search.setFocus()
    qtbot.keyClicks(window.worklist.search, "demo-010")
    qtbot.keyClick(window.worklist.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            isinstance(v := window.tabs.currentWidget(), CaseView)
            and v.case is not None
            and v.case.study_id == "DEMO-010"
        )
    )
    assert process_until_idle()


def focus_walk(
    qtbot: QtBot, start: QWidget, presses: int, backwards: bool = False
) -> list[QWidget]:
    start.setFocus()
    seen = [start]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_walks_the_whole_case_window_without_a_trap(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    window = prepared_window(qtbot, db, actor, context, tmp_path)
    model = window.worklist_model
    rows = range(model.rowCount())
    view = window.open_case(
        next(c.id for r in rows if (c := model.case_at(r)).study_id == "DEMO-003")
    )
    qtbot.waitUntil(lambda: view.recommending.study_id is not None and view.case is not None)
    assert process_until_idle()
    must_reach = {
        view.findings_table,
        view.matches_table,
        view.recommendation.rationale,
        view.recommendation.further_tests,
    }
    for backwards in (False, True):
        walk = focus_walk(qtbot, view.findings_table, 60, backwards)
        for before, after in zip(walk, walk[1:], strict=False):
            assert after is not before, f"focus trapped in {type(before).__name__}"
        assert must_reach <= set(walk)
        assert walk[1:].count(view.findings_table) >= 1  # the walk comes round again


def test_one_key_per_annotation_value_on_the_findings_table(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    from mtb_desk.services.cases import get_case

    window = prepared_window(qtbot, db, actor, context, tmp_path)
    view = window.open_case(get_case(db, "DEMO-001").id)
    qtbot.waitUntil(lambda: view.case is not None and view.findings_model.rowCount() > 0)
    table, model = view.findings_table, view.findings_model
    row = next(r for r in range(model.rowCount()) if model.finding(r).kind.value == "snv")
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    assert process_until_idle()
    for key in (Qt.Key.Key_V, Qt.Key.Key_3, Qt.Key.Key_R):
        assert table.currentIndex().row() == row, key
        with qtbot.waitSignal(view.saver.annotation_did_save):
            qtbot.keyClick(table, key)
        assert process_until_idle()
    annotation = get_case(db, "DEMO-001").findings[row].annotation
    assert annotation is not None
    assert (annotation.oncogenicity.value, annotation.escat_tier.value) == ("vus", "III-A")
    reportable = model.data(model.index(row, 8), Qt.ItemDataRole.CheckStateRole)
    assert annotation.reportable is (reportable == Qt.CheckState.Checked)
    assert str(model.finding(row).id) == model.data(model.index(row, 0))  # the finding id shown
    assert process_until_idle()


def test_windows_fit_a_1280_by_720_screen(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    from ui.documents.pdf_preview import PdfPreviewDialog

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.restore_state()  # no saved geometry: sized from the available screen
    free_w, free_h = settings.available_size(window)
    assert window.width() <= free_w
    assert window.height() <= free_h
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    Canvas(buffer).save()
    preview = PdfPreviewDialog(tmp_path / "x.pdf", buffer.getvalue(), "facts", window)
    assert preview.height() <= free_h
    chosen = (min(1280, free_w) - 40, min(720, free_h) - 40)
    window.resize(*chosen)
    window.close()  # remembered
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.restore_state()
    assert (again.width(), again.height()) == chosen
    assert process_until_idle()
