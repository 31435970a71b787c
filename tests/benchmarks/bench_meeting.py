"""Meeting benchmarks, run from ``bench_gui.py`` (not collected by pytest):

4. Next case in presentation mode: from the → key press to the next case's page painted
   (findings, matches, history and decision; loaded in the background while the board
   discussed the previous case), against the bare page-loading service call for the same
   cases in the same run. Target: < 100 ms.
5. Batch signing 8 final decisions through the batch-sign dialog (one password, PDFs built,
   signed, stored and written), against exporting the same 8 decisions unsigned through the
   service in the same run. Target: < 2 s.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtb_desk.db.engine import Database
    from mtb_desk.services.permissions import Actor


def demo_board(folder: Path) -> tuple[Database, Actor, int]:
    from mtb_desk.services.database import open_database
    from mtb_desk.services.demo import load_demo
    from mtb_desk.services.meetings import list_meetings
    from mtb_desk.services.users import list_users, resolve_actor

    database = open_database(f"sqlite:///{folder / 'meeting.sqlite'}")
    actor = resolve_actor(database, list_users(database)[0].username)
    load_demo(database, actor)
    return database, actor, list_meetings(database)[0].id


def _wait(app: object, done: list[object]) -> None:
    """Pump the event loop until `done` fills (the app's own method; short sleeps)."""
    while not done:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.0002)


def bench_presentation_step(database: Database, actor: Actor, meeting_id: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.app import create_application
    from ui.case.matches import service_matches
    from ui.context import AppContext, ChangeBus
    from ui.meetings.data import load_meeting
    from ui.meetings.presentation import PresentationWindow
    from ui.meetings.presentation_data import load_page
    from ui.ops.op import process_until_idle

    app = create_application()
    loaded = load_meeting(database, meeting_id)
    provider = service_matches
    base = []
    for item in loaded.meeting.agenda:
        start = time.perf_counter()
        load_page(database, item.case_id, provider)
        base.append(time.perf_counter() - start)
    window = PresentationWindow(AppContext(database, actor, ChangeBus()), loaded)
    window.resize(1280, 720)
    window.show()
    shown: list[object] = []
    window.case_did_show.connect(lambda _i: shown.append(time.perf_counter()))
    window.start(0)
    _wait(app, shown)
    steps = []
    for _ in range(len(loaded.meeting.agenda) - 1):
        process_until_idle()  # the board discusses the case; background work settles
        shown.clear()
        start = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_Right)
        _wait(app, shown)
        window.repaint()
        steps.append(time.perf_counter() - start)
    window.close()
    gui, bare = statistics.median(steps), statistics.median(base)
    verdict = "ok" if gui < 0.100 else "TOO SLOW"
    print(f"next case in presentation mode: {gui * 1000:6.1f} ms (target < 100 ms: {verdict})")
    print(f"  baseline load_page service call alone: {bare * 1000:6.1f} ms; "
          f"ratio {gui / bare:.2f}")  # fmt: skip


def _finalise_all(database: Database, actor: Actor, meeting_id: int) -> list[str]:
    from mtb_desk.domain.enums import RecommendationOutcome
    from mtb_desk.services.meetings import get_meeting
    from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation

    study_ids = [i.study_id for i in get_meeting(database, meeting_id).agenda]
    for study_id in study_ids:
        draft = RecommendationDraft(
            RecommendationOutcome.NO_ACTIONABLE, "No target (bench).", meeting_id=meeting_id
        )
        record_recommendation(database, actor, study_id, draft, final=True)
    return study_ids


def bench_batch_sign(folder: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from mtb_desk.reports.signing import create_self_signed_credential
    from mtb_desk.services.documents import export_decision
    from ui.app import create_application
    from ui.context import AppContext, ChangeBus
    from ui.documents.batch_sign import BatchSignDialog
    from ui.ops.op import process_until_idle

    app = create_application()
    base_db, actor, base_meeting = demo_board(folder / "base")
    study_ids = _finalise_all(base_db, actor, base_meeting)
    start = time.perf_counter()
    for study_id in study_ids:
        export_decision(base_db, actor, study_id)
    base = time.perf_counter() - start
    base_db.dispose()
    database, actor, meeting_id = demo_board(folder / "sign")
    _finalise_all(database, actor, meeting_id)
    credential = folder / "chair.p12"
    create_self_signed_credential("Dr. Bench Chair", credential, "bench-password")
    parent = QWidget()
    dialog = BatchSignDialog(AppContext(database, actor, ChangeBus()), meeting_id, "bench", parent)
    dialog.show()
    dialog.load()
    process_until_idle()
    dialog.credential.setText(str(credential))
    dialog.folder.setText(str(folder / "out"))
    dialog.password.setText("bench-password")
    finished: list[object] = []
    dialog.batch_did_finish.connect(finished.append)
    start = time.perf_counter()
    dialog.sign()
    _wait(app, finished)
    took = time.perf_counter() - start
    results = finished[0]
    assert isinstance(results, list)
    signed = sum(1 for r in results if getattr(r, "ok", False))
    verdict = "ok" if took < 2.0 and signed == len(study_ids) else "TOO SLOW"
    print(f"batch-sign {signed} decisions (dialog, one password): {took * 1000:6.0f} ms "
          f"(target < 2000 ms: {verdict})")  # fmt: skip
    print(f"  baseline {len(study_ids)} unsigned exports (service): {base * 1000:6.0f} ms; "
          f"ratio {took / base:.2f}")  # fmt: skip
    dialog.close()
    parent.deleteLater()
    process_until_idle()
    database.dispose()


def run(folder: Path) -> None:
    for name in ("base", "sign", "step"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    database, actor, meeting_id = demo_board(folder / "step")
    bench_presentation_step(database, actor, meeting_id)
    database.dispose()
    bench_batch_sign(folder)
