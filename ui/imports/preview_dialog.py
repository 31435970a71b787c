"""The dry-run preview of an import: what the file holds, before anything is written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import DASH, enum_text, number_text, ui_language
from ui.settings import PreservedDialog
from ui.translation import localise_buttons

if TYPE_CHECKING:
    from mtb_desk.services.imports import ImportSummary

KIND_NAMES = {
    "snv": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Single-nucleotide variants")),
    "indel": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Insertions and deletions")),
    "mnv": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Multi-nucleotide variants")),
    "cnv": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Copy-number changes")),
    "fusion": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Fusions")),
    "splice": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Splice variants")),
    "tmb": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Tumour mutational burden")),
    "msi": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Microsatellite instability")),
}


def kind_name(kind: str) -> str:
    source = KIND_NAMES.get(kind)
    return QCoreApplication.translate("ImportPreviewDialog", source) if source else kind


class ImportPreviewDialog(PreservedDialog):
    """Accept to import; the summary comes from `import_file(..., dry_run=True)`."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Import %1").replace("%1", summary.source_filename))
        intro = QLabel(
            self.tr("Nothing has been written yet. This is what %1 will add to case %2:")
            .replace("%1", f"<b>{summary.source_filename}</b>")
            .replace("%2", f"<b>{summary.study_id}</b>")
        )
        intro.setWordWrap(True)
        self.counts = self._counts_table(summary)
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        for warning in summary.warnings_in(ui_language()):
            self.warnings.addItem(warning)
        if not summary.warnings:
            self.warnings.addItem(self.tr("No warnings."))
        self.warnings.setMaximumHeight(self.fontMetrics().height() * 6)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localise_buttons(buttons)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import %n finding(s)", "", summary.findings))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._facts(summary))
        layout.addWidget(self.counts, 1)
        layout.addWidget(QLabel("<b>" + self.tr("Warnings") + "</b>"))
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _facts(self, summary: ImportSummary) -> QFormLayout:
        form = QFormLayout()
        reader = f"{summary.importer} {summary.importer_version}".strip()
        form.addRow(self.tr("Assay"), QLabel(f"{summary.assay} · {reader}"))
        form.addRow(self.tr("Sample"), QLabel(summary.sample_id or DASH))
        form.addRow(self.tr("Genome build"), QLabel(summary.genome_build or DASH))
        tmb = number_text(summary.tmb, 1, " mut/Mb") if summary.tmb is not None else DASH
        self.tmb = QLabel(tmb)
        msi = enum_text(summary.msi) if summary.msi else DASH
        if summary.msi_score is not None:
            msi += f" ({number_text(summary.msi_score, 1, ' %')})"
        self.msi = QLabel(msi)
        form.addRow(self.tr("TMB"), self.tmb)
        form.addRow(self.tr("MSI"), self.msi)
        filtered = QLabel(
            self.tr("%1 of %2 findings did not pass the lab's filters")
            .replace("%1", str(summary.filtered))
            .replace("%2", str(summary.findings))
        )
        form.addRow(self.tr("Filtered"), filtered)
        return form

    def _counts_table(self, summary: ImportSummary) -> QTableWidget:
        table = QTableWidget(len(summary.counts), 2)
        table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Count")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (kind, count) in enumerate(summary.counts.items()):
            table.setItem(row, 0, QTableWidgetItem(kind_name(kind)))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, number)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 320)
        return table

    def count_of(self, kind: str) -> int:
        return int(self.summary.counts.get(kind, 0))


def sample_chooser(filename: str, samples: Sequence[str], parent: QWidget) -> QInputDialog:
    """A non-blocking choice of the tumour sample; `textValueSelected` carries the choice."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ImportFlow", "Choose the sample"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "ImportFlow", "%1 holds several samples. Which one is the tumour of this case?"
        ).replace("%1", filename)
    )
    dialog.setComboBoxItems(list(samples))
    dialog.setComboBoxEditable(False)
    return dialog
