"""A preview of an exported PDF inside the app, and the buttons to open it or its folder.

QtPdf (PySide6-Addons) is used when this PySide6 build has it; where it does not (the
wheels for some platforms leave it out), the pages are rendered off the GUI thread with
poppler's ``pdftoppm`` when it is installed; otherwise the dialog says how to open the file.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.ops.op import Op
from ui.settings import PreservedDialog
from ui.translation import localise_buttons

RENDER_DPI = 72
MAX_PAGES = 6


def render_pages(pdf: bytes, dpi: int = RENDER_DPI, max_pages: int = MAX_PAGES) -> list[bytes]:
    """PNG bytes of the first pages (poppler), or nothing when poppler is not installed."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    with tempfile.TemporaryDirectory(prefix="mtb-preview-") as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        command = [tool, "-png", "-r", str(dpi), "-l", str(max_pages), str(source)]
        subprocess.run([*command, str(Path(folder) / "page")], check=True, timeout=60)
        return [p.read_bytes() for p in sorted(Path(folder).glob("page*.png"))]


class PdfPreview(QScrollArea):
    """The pages, one under the other; `pages_did_render` fires once they are shown."""

    pages_did_render = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._body)
        self.message = QLabel(self.tr("Rendering the preview…"))
        self._layout.addWidget(self.message)
        self.page_count = 0

    def show_pdf(self, pdf: bytes) -> Op[list[bytes]]:
        return (
            Op(self, lambda _p: render_pages(pdf))
            .success(self._show_pages)
            .failure(lambda _e: self._show_pages([]))
            .on_file_pool()
            .run()
        )

    def _show_pages(self, pages: Sequence[bytes]) -> None:
        if not pages:
            self.message.setText(
                self.tr("No preview here (this system lacks a PDF renderer); use Open.")
            )
        else:
            self.message.hide()
        for png in pages:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            page = QLabel()
            page.setPixmap(pixmap)
            page.setFrameShape(QLabel.Shape.Box)
            self._layout.addWidget(page)
        self.page_count = len(pages)
        self.pages_did_render.emit(len(pages))


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfPreviewDialog(PreservedDialog):
    def __init__(self, path: Path, pdf: bytes, facts: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Exported: %1").replace("%1", path.name))
        summary = QLabel(facts)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPreview()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localise_buttons(buttons)
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button = buttons.addButton(
            self.tr("Show folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(lambda: open_file(path))
        self.folder_button.clicked.connect(lambda: open_file(path.parent))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        settings.fit_to_screen(self, 760, 860)
        self.preview.show_pdf(pdf)
