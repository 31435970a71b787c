"""Export operations from the case and the meeting: decision PDF (signed), minutes, XLSX.

Each file is written whole or not at all (``write_atomically``) into the export folder,
named by its document id (never by a patient's name), and then shown in a preview with
buttons to open it or its folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mtb_desk.services.permissions import Action
from ui import settings
from ui.context import AppContext, Changes
from ui.documents.pdf_preview import PdfPreviewDialog
from ui.documents.sign_dialog import SignDialog, SignRequest
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.progress import Progress
    from mtb_desk.services.documents import DecisionsTable, ExportedDocument


def _save(folder: Path, name: str, content: bytes) -> Path:
    from mtb_desk.reports.signing import write_atomically

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    write_atomically(path, content)
    return path


class DocumentExporter(QObject):
    """One per window; `document_did_export(path)` fires after each file is written."""

    document_did_export = Signal(object)  # Path
    sign_dialog_did_open = Signal(object)  # SignDialog
    preview_did_open = Signal(object)  # PdfPreviewDialog
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._widget = parent
        self.show_previews = True

    def why_not(self) -> str | None:
        return self.context.actor.why_not(Action.EXPORT)

    # -- decision PDF ----------------------------------------------------------
    def ask_decision(self, study_id: str) -> SignDialog:
        dialog = SignDialog(self.context.actor, study_id, self._widget)
        dialog.accepted.connect(lambda: self.export_decision(study_id, dialog.request()))
        dialog.open()
        self.sign_dialog_did_open.emit(dialog)
        return dialog

    def export_decision(
        self, study_id: str, request: SignRequest
    ) -> Op[tuple[Path, ExportedDocument]]:
        database, actor = self.context.database, self.context.actor

        def work(progress: Progress) -> tuple[Path, ExportedDocument]:
            from mtb_desk.services.documents import SignerCredential, export_decision

            signers = []
            if request.credential is not None and request.role is not None:
                p12 = request.credential.read_bytes()
                signers.append(SignerCredential(p12, request.password, request.role))
            saved: list[Path] = []

            def deliver(document: ExportedDocument) -> None:
                # written before the database commits: a failed save stores nothing
                saved.append(_save(request.folder, f"decision-{document.uid}.pdf",
                                   document.content))

            exported = export_decision(
                database, actor, study_id, lang=request.language, signers=signers,
                progress=progress, deliver=deliver,
            )  # fmt: skip
            return saved[0], exported

        label = self.tr("Exporting the decision for %1").replace("%1", study_id)
        return (
            Op(self, work)
            .success(lambda result: self._exported(result[0], result[1]))
            .with_progress(label)
            .writes()
            .run()
        )

    def _exported(self, path: Path, exported: ExportedDocument) -> None:
        signed = ", ".join(exported.signed_by) or self.tr("not signed")
        facts = (
            self.tr("<b>%1</b> saved as %2<br>Signed by: %3<br>SHA-256: %4")
            .replace("%1", exported.uid)
            .replace("%2", str(path))
            .replace("%3", signed)
            .replace("%4", exported.sha256)
        )
        self.context.bus.announce(Changes(recommendations=True))
        self._finished(path, exported.content, facts)

    # -- meeting documents -----------------------------------------------------
    def export_minutes(
        self,
        meeting_id: int,
        language: str | None = None,
        *,
        details: tuple[str, str] | None = None,
        folder: Path | None = None,
    ) -> Op[tuple[Path, ExportedDocument]]:
        """`details` = (location, minute-taker) saved on the meeting first."""
        database, actor = self.context.database, self.context.actor
        folder = folder or Path(settings.export_folder())
        lang = language or settings.text_value(settings.KEY_DOCUMENT_LANGUAGE, "en")

        def work(_progress: Progress) -> tuple[Path, ExportedDocument]:
            from mtb_desk.services.documents import export_minutes
            from mtb_desk.services.meetings import set_meeting_details

            if details is not None:
                location, minute_taker = details
                set_meeting_details(
                    database, actor, meeting_id, location=location, minute_taker=minute_taker
                )
            exported = export_minutes(database, actor, meeting_id, lang=lang)
            return _save(folder, f"minutes-{exported.uid}.pdf", exported.content), exported

        return (
            Op(self, work)
            .success(lambda result: self._minutes_exported(result[0], result[1]))
            .with_progress(self.tr("Exporting the minutes"))
            .writes()
            .run()
        )

    def _minutes_exported(self, path: Path, exported: ExportedDocument) -> None:
        facts = (
            self.tr("<b>%1</b> saved as %2<br>SHA-256: %3")
            .replace("%1", exported.uid)
            .replace("%2", str(path))
            .replace("%3", exported.sha256)
        )
        self._finished(path, exported.content, facts)

    def export_decisions_table(
        self,
        meeting_id: int,
        held_on: dt.date,
        language: str | None = None,
        *,
        folder: Path | None = None,
    ) -> Op[tuple[Path, DecisionsTable]]:
        database, actor = self.context.database, self.context.actor
        folder = folder or Path(settings.export_folder())
        lang = language or settings.text_value(settings.KEY_DOCUMENT_LANGUAGE, "en")
        name = f"decisions-{held_on.isoformat()}-meeting-{meeting_id}.xlsx"

        def work(_progress: Progress) -> tuple[Path, DecisionsTable]:
            from mtb_desk.services.documents import export_decisions_table

            folder.mkdir(parents=True, exist_ok=True)
            scratch = folder / f".{name}.part.xlsx"
            rows = export_decisions_table(database, actor, meeting_id, scratch, lang=lang)
            content = scratch.read_bytes()
            scratch.unlink()
            return _save(folder, name, content), rows

        return (
            Op(self, work)
            .success(lambda result: self._table_exported(result[0], result[1]))
            .with_progress(self.tr("Exporting the decisions table"))
            .on_file_pool()
            .run()
        )

    def _table_exported(self, path: Path, table: DecisionsTable) -> None:
        text = self.tr("%1 decided of %2 agenda case(s) saved in %3")
        self.status_message.emit(
            text.replace("%1", str(table.decided))
            .replace("%2", str(table.rows))
            .replace("%3", str(path))
        )
        self.document_did_export.emit(path)

    def _finished(self, path: Path, pdf: bytes, facts: str) -> None:
        self.status_message.emit(self.tr("Saved %1").replace("%1", str(path)))
        self.document_did_export.emit(path)
        if self.show_previews:
            dialog = PdfPreviewDialog(path, pdf, facts, self._widget)
            dialog.open()
            self.preview_did_open.emit(dialog)
