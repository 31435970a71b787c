"""Export a case to the standards from the GUI: FHIR Genomics Reporting bundle, phenopacket.

The file goes into the export folder as ``fhir-STUDY_ID.json`` or ``phenopacket-STUDY_ID.json``
(the study id is pseudonymous; names and national ids never appear in file names). What
could not be expressed is listed in a message after the export, never dropped silently.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import settings
from ui.context import AppContext
from ui.formatting import ui_language
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.progress import Progress
    from mtb_desk.services.standards import StandardExport

STANDARDS = ("fhir", "phenopacket")


_WORDS = (  # what `_tr` translates, marked for lupdate (it cannot see through `_tr`)
    QT_TRANSLATE_NOOP("StandardsExport", "Saved %1 (%2 items)."),
    QT_TRANSLATE_NOOP("StandardsExport", "Not exported or not coded:"),
    QT_TRANSLATE_NOOP("StandardsExport", "Export"),
    QT_TRANSLATE_NOOP("StandardsExport", "Exporting %1 for %2"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StandardsExport", text)


def export_standard(
    context: AppContext, parent: QWidget, study_id: str, standard: str
) -> Op[tuple[Path, StandardExport]]:
    """Build and save one case export off the GUI thread; report the file and warnings."""
    database, actor = context.database, context.actor
    folder = Path(settings.export_folder())

    def work(_progress: Progress) -> tuple[Path, StandardExport]:
        from mtb_desk.reports.signing import write_atomically
        from mtb_desk.services.standards import export_fhir, export_phenopacket

        build = export_fhir if standard == "fhir" else export_phenopacket
        exported = build(database, actor, study_id)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{standard}-{study_id}.json"
        write_atomically(path, exported.text.encode("utf-8"))
        return path, exported

    def done(result: tuple[Path, StandardExport]) -> None:
        path, exported = result
        text = _tr("Saved %1 (%2 items).").replace("%1", str(path))
        text = text.replace("%2", str(exported.resources))
        if exported.warnings:
            text += "\n\n" + _tr("Not exported or not coded:") + "\n• "
            text += "\n• ".join(exported.warnings_in(ui_language()))
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Export"), text, parent=parent)
        box.setObjectName("standards_export_result")
        box.open()

    label = _tr("Exporting %1 for %2").replace("%1", standard).replace("%2", study_id)
    return Op(parent, work).success(done).with_progress(label).writes().run()
