"""Importing files into one case: dry run → (sample choice) → preview → import with progress.

Files dropped together are taken one after another. Errors are told in plain words: which
file, which line, which field, and that nothing was written.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mtb_desk.errors import ImportFileError
from mtb_desk.progress import OperationCancelled
from ui.context import AppContext, Changes
from ui.errors import describe_error, present_error
from ui.formatting import ui_language
from ui.imports.preview_dialog import ImportPreviewDialog, sample_chooser

if TYPE_CHECKING:
    from mtb_desk.services.imports import ImportSummary


def error_text(path: Path, error: BaseException) -> str:
    """The sentence for a failed import (file, line, field), ending "nothing was imported"."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(error, ImportFileError):
        where = [Path(error.path).name or path.name]
        if error.line is not None:
            where.append(
                QCoreApplication.translate("ImportFlow", "line %1").replace("%1", str(error.line))
            )
        if error.field:
            where.append(
                QCoreApplication.translate("ImportFlow", "field “%1”").replace("%1", error.field)
            )
        reason = error.reason_in(ui_language())
        return f"{', '.join(where)}: {reason}\n\n" + QCoreApplication.translate(
            "ImportFlow", "Nothing was imported."
        )
    return describe_error(error)


class ImportFlow(QObject):
    preview_did_open = Signal(object)  # ImportPreviewDialog
    sample_choice_did_open = Signal(object)  # QInputDialog
    import_did_finish = Signal(object)  # ImportSummary
    import_did_fail = Signal(str)  # the message shown
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._widget = parent
        self._queue: list[Path] = []
        self._study_id = ""
        self._case_id = 0
        self.busy = False

    def start(self, case_id: int, study_id: str, paths: Iterable[str | Path]) -> None:
        self._queue += [Path(p) for p in paths]
        self._case_id, self._study_id = case_id, study_id
        if not self.busy:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self.busy = False
            return
        self.busy = True
        self._dry_run(self._queue.pop(0), None)

    def _dry_run(self, path: Path, sample: str | None) -> None:
        from ui.ops.imports import import_op

        label = self.tr("Reading %1").replace("%1", path.name)
        (
            import_op(self, self._context, self._study_id, path, sample=sample, dry_run=True)
            .success(lambda summary: self._preview(path, sample, summary))
            .failure(lambda error: self._dry_run_failed(path, error))
            .with_progress(label, cancellable=True)
            .on_file_pool()
            .run()
        )

    def _dry_run_failed(self, path: Path, error: BaseException) -> None:
        from mtb_desk.importers.base import SampleChoiceRequired

        if isinstance(error, SampleChoiceRequired) and error.samples:
            dialog = sample_chooser(path.name, error.samples, self._widget)
            dialog.textValueSelected.connect(lambda sample: self._dry_run(path, sample))
            dialog.rejected.connect(self._next)
            dialog.open()
            self.sample_choice_did_open.emit(dialog)
            return
        self._failed(path, error)

    def _preview(self, path: Path, sample: str | None, summary: ImportSummary) -> None:
        dialog = ImportPreviewDialog(summary, self._widget)
        dialog.accepted.connect(lambda: self._import(path, sample))
        dialog.rejected.connect(self._next)
        dialog.open()
        self.preview_did_open.emit(dialog)

    def _import(self, path: Path, sample: str | None) -> None:
        from ui.ops.imports import import_op

        label = self.tr("Importing %1").replace("%1", path.name)
        (
            import_op(self, self._context, self._study_id, path, sample=sample, dry_run=False)
            .success(self._imported)
            .failure(lambda error: self._failed(path, error))
            .with_progress(label, cancellable=True)
            .writes()
            .run()
        )

    def _imported(self, summary: ImportSummary) -> None:
        self.status_message.emit(
            self.tr("Imported %1 finding(s) from %2")
            .replace("%1", str(summary.findings))
            .replace("%2", summary.source_filename)
        )
        self._context.bus.announce(
            Changes(cases=frozenset({self._case_id}), findings=frozenset(), matches=True)
        )
        self.import_did_finish.emit(summary)
        self._next()

    def _failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, OperationCancelled):
            self.status_message.emit(self.tr("Import cancelled; nothing was imported"))
            self._next()
            return
        text = error_text(path, error)
        box = present_error(self._widget, text)
        box.setWindowTitle(self.tr("Could not import %1").replace("%1", path.name))
        box.finished.connect(lambda _r: self._next())
        self.import_did_fail.emit(text)
