"""Help → Verify PDF…: are a decision PDF's signatures intact, and by whom?"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.formatting import datetime_text
from ui.ops.op import Op, describe_error
from ui.settings import PreservedDialog
from ui.translation import localise_buttons

if TYPE_CHECKING:
    from mtb_desk.reports.verification import SignatureReport, VerificationResult


def _verify(pdf: Path, root: Path | None) -> VerificationResult:
    from mtb_desk.reports.verification import verify_pdf

    roots = [root.read_bytes()] if root is not None else []
    return verify_pdf(pdf.read_bytes(), roots)


class VerifyDialog(PreservedDialog):
    verification_did_finish = Signal(object)  # VerificationResult

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.pdf = QLineEdit(str(path) if path else "")
        self.root = QLineEdit()
        self.root.setPlaceholderText(self.tr("Optional: the signer's certificate (.pem)"))
        self.verdict = QLabel(self.tr("Choose a PDF and press Verify."))
        self.verdict.setWordWrap(True)
        self.details = QListWidget()
        self.details.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("PDF"), self._with_browse(self.pdf, "*.pdf"))
        form.addRow(self.tr("Trusted certificate"), self._with_browse(self.root, "*.pem *.crt"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localise_buttons(buttons)
        self.verify_button = buttons.addButton(
            self.tr("Verify"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.verify_button.clicked.connect(self.verify)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _with_browse(self, edit: QLineEdit, pattern: str) -> QHBoxLayout:
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(lambda: self._browse(edit, pattern))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def _browse(self, edit: QLineEdit, pattern: str) -> None:
        start = edit.text() or settings.export_folder()
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), start, pattern)
        if path:
            edit.setText(path)

    def verify(self) -> None:
        pdf = Path(self.pdf.text().strip())
        root = Path(self.root.text().strip()) if self.root.text().strip() else None
        self.verdict.setText(self.tr("Checking…"))
        self.details.clear()
        (
            Op(self, lambda _p: _verify(pdf, root))
            .success(self._show)
            .failure(lambda e: self.verdict.setText(describe_error(e)))
            .on_file_pool()
            .run()
        )

    def _show(self, result: VerificationResult) -> None:
        if not result.signatures:
            verdict = self.tr("This PDF carries no signature.")
        elif result.valid and result.trusted:
            verdict = self.tr("Valid: every signature is intact and trusted.")
        elif result.valid:
            verdict = self.tr("Intact, but the signers are not trusted here (add a certificate).")
        else:
            verdict = self.tr("NOT valid: the document was changed after signing, or a "
                              "signature is broken.")  # fmt: skip
        self.verdict.setText(f"<b>{verdict}</b>")
        for report in result.signatures:
            self.details.addItem(self._line(report))
        for problem in result.problems:
            self.details.addItem(problem)
        self.verification_did_finish.emit(result)

    def _line(self, report: SignatureReport) -> str:
        state = self.tr("intact") if report.intact and report.valid else self.tr("BROKEN")
        trust = self.tr("trusted") if report.trusted else self.tr("not trusted")
        text = f"{report.signer} · {report.meaning} · {datetime_text(report.signed_at)}"
        text += f"\n{state}, {trust}"
        return text + (f" — {report.problem}" if report.problem else "")
