"""`mtb-desk screenshots OUTDIR`: PNGs of each main screen over a throw-away demo database.

Runs offscreen (unless a platform is forced), with settings in a temporary folder so the
user's own window state and recent databases are neither used nor touched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

SIZE = (1440, 900)

if TYPE_CHECKING:
    from ui.context import AppContext


def take_screenshots(outdir: Path, *, language: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mtb-desk-shots-") as scratch:
        return _take(outdir, Path(scratch), language)


def _isolated_settings(folder: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _take(outdir: Path, scratch: Path, language: str) -> list[Path]:
    from ui.app import create_application
    from ui.ops.op import process_until_idle, wait_for_pools

    app = create_application()
    _isolated_settings(scratch / "settings")
    from ui import translation

    translation.install(app, language)
    context = _demo_context(scratch / "demo.sqlite")
    saved: list[Path] = []
    try:
        saved += _main_screens(context, outdir, language, scratch)
        process_until_idle()
    finally:
        wait_for_pools()
        context.database.dispose()
    return saved


def _demo_context(path: Path) -> AppContext:
    from mtb_desk.services.database import open_database
    from mtb_desk.services.demo import load_demo
    from mtb_desk.services.users import list_users, resolve_actor
    from ui.context import AppContext, ChangeBus

    database = open_database(f"sqlite:///{path}")
    actor = resolve_actor(database, list_users(database)[0].username)
    load_demo(database, actor)
    return AppContext(database, actor, ChangeBus())


def _grab(widget: object, path: Path) -> Path:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    widget.repaint()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _main_screens(context: object, outdir: Path, language: str, scratch: Path) -> list[Path]:
    from ui.context import AppContext
    from ui.ops.op import process_until_idle
    from ui.window.main_window import MainWindow

    assert isinstance(context, AppContext)
    window = MainWindow(context, language=language)
    window.resize(*SIZE)
    window.show()
    process_until_idle()
    suffix = "" if language == "en" else f"-{language}"
    shots = [_grab(window, outdir / f"worklist{suffix}.png")]
    case_id = _richest_case(window)
    view = window.open_case(case_id)
    process_until_idle()
    _select_first_match(view)
    process_until_idle()
    shots.append(_grab(window, outdir / f"case-view{suffix}.png"))
    shots += _dialogs(window, context, outdir, suffix)
    from ui.screenshots_more import second_half

    study_id = view.case.study_id if view.case else ""
    shots += second_half(window, study_id, scratch, outdir, suffix)
    window.close()
    window.deleteLater()
    process_until_idle()
    return shots


def _richest_case(window: object) -> int:
    """The demo case with the most matches and findings shows the screen best."""
    from mtb_desk.services.cases import get_case_by_id
    from ui.case.matches import default_provider
    from ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    model = window.worklist_model
    database = window.context.database
    ids = [c.id for r in range(model.rowCount()) if (c := model.case_at(r)) is not None]
    provider, _ = default_provider()

    def richness(case_id: int) -> tuple[int, int]:
        case = get_case_by_id(database, case_id)
        return len(provider(database, case)), len(case.findings)

    return max(ids, key=richness)


def _select_first_match(view: object) -> None:
    from ui.case.view import CaseView

    assert isinstance(view, CaseView)
    if view.matches_model.rowCount():
        view.matches_table.selectRow(0)
    elif view.findings_model.rowCount():
        view.findings_table.selectRow(0)


def _dialogs(window: object, context: object, outdir: Path, suffix: str) -> list[Path]:
    from mtb_desk.domain.enums import EscatTier, Oncogenicity
    from mtb_desk.domain.records import AnnotationView
    from mtb_desk.services.annotations import AnnotationInput
    from mtb_desk.services.users import list_users
    from ui.case.annotating import conflict_fields
    from ui.conflict_dialog import ConflictDialog
    from ui.context import AppContext
    from ui.login_dialog import LoginDialog
    from ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    assert isinstance(context, AppContext)
    mine = AnnotationInput(Oncogenicity.ONCOGENIC, EscatTier.I_A, True, "Hotspot; sensitising.")
    theirs = AnnotationView(
        Oncogenicity.LIKELY_ONCOGENIC,
        EscatTier.II_B,
        True,
        "Seen in two earlier cases.",
        "dr.patolog",
        None,
        3,
    )
    makers: list[tuple[str, Callable[[], object]]] = [
        (
            "conflict",
            lambda: ConflictDialog(
                "The annotation of BRAF", "dr.patolog", conflict_fields(mine, theirs), window
            ),
        ),
        ("login", lambda: LoginDialog(context.database, list_users(context.database), window)),
    ]
    shots = []
    for name, make in makers:
        dialog = make()
        from PySide6.QtWidgets import QDialog

        assert isinstance(dialog, QDialog)
        dialog.show()
        dialog.adjustSize()
        shots.append(_grab(dialog, outdir / f"{name}-dialog{suffix}.png"))
        dialog.close()
    return shots
