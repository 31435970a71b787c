"""`mtb-desk screenshots OUTDIR`: PNGs of each main screen over a throw-away demo database.

Runs offscreen (unless a platform is forced), with settings in a temporary folder so the
user's own window state and recent databases are neither used nor touched. One module per
screen family: `cases` (worklist, case view, import preview), `dialogs` (conflict, login),
`meetings` (meetings, presentation), `cohorts`, `documents` (signing, decision PDF),
`followup` (a case's follow-up, visits due, funnel, supply agreements);
`decisions` (decided case, supersede confirmation, batch signing, minutes export);
`enrolment` (the enrolment dialog, a refusal in it, and the screens after an enrolment);
`large_case` (a whole-genome case's findings, paged and filtered). All at
1280×720, the shared screen of an online board meeting.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def take_screenshots(outdir: Path, *, language: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mtb-desk-shots-") as scratch:
        return _take(outdir, Path(scratch), language)


def _take(outdir: Path, scratch: Path, language: str) -> list[Path]:
    from ui import translation
    from ui.app import create_application
    from ui.ops.op import process_until_idle, wait_for_pools
    from ui.screenshots import (
        cases,
        cohorts,
        decisions,
        dialogs,
        documents,
        enrolment,
        followup,
        large_case,
        meetings,
    )
    from ui.screenshots.capture import SIZE, Shots, demo_context, isolated_settings
    from ui.window.main_window import MainWindow

    app = create_application()
    isolated_settings(scratch / "settings")
    translation.install(app, language)
    context = demo_context(scratch / "demo.sqlite")
    try:
        window = MainWindow(context, language=language)
        window.resize(*SIZE)
        window.show()
        process_until_idle()
        shots = Shots(window, outdir, scratch, "" if language == "en" else f"-{language}")
        study_id = cases.take(shots)
        dialogs.take(shots)
        cases.take_import_preview(shots, study_id)
        meetings.take(shots)
        cohorts.take(shots)
        documents.take(shots, study_id)
        followup.take(shots)
        decisions.take(shots, study_id)
        enrolment.take(shots)
        large_case.take(shots)  # last: the other screens show the demo data alone
        window.close()
        window.deleteLater()
        process_until_idle()
        return shots.saved
    finally:
        wait_for_pools()
        context.database.dispose()
