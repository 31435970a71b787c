"""`run_app`: the desktop application's entry point (``mtb-desk gui``, ``python -m ui``)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication

from mtb_desk import __version__
from ui import settings, theme, translation
from ui.startup import Startup

GC_THRESHOLDS = (50_000, 50, 100)


def tune_garbage_collector() -> None:
    """Fewer, not longer, collections: an import builds ~10⁵ small records on a worker
    thread, and with CPython's default thresholds (700, 10, 10) the full collections they
    trigger hold the GIL for 100–250 ms and freeze the GUI thread. Objects alive after
    start-up are frozen out of the collector's scans."""
    gc.set_threshold(*GC_THRESHOLDS)
    gc.freeze()


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named for QSettings, styled, translated; reused if it exists."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    theme.prepare_high_dpi()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("MTB Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mtb-desk")
    theme.apply(app)
    tune_garbage_collector()
    return app


def run_app(database_url: str | None, user: str | None, demo: bool) -> int:
    """Open the last (or given, or demo) database, log in, show the main window."""
    app = create_application()
    language = translation.install(app, translation.chosen_language())
    app.setQuitOnLastWindowClosed(False)  # progress and login dialogs come and go first
    startup = Startup(app, language)
    failed: list[bool] = []
    startup.startup_did_fail.connect(lambda: failed.append(True))
    startup.start(database_url, demo=demo, user=user)
    code = app.exec()
    from ui.ops.op import wait_for_pools

    wait_for_pools(10_000)
    return 1 if failed and code == 0 else code
