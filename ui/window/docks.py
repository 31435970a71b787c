"""Docks around the central tabs: the audit history of the case in front."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from ui.context import AppContext
from ui.formatting import datetime_text
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.services.audit_log import AuditEntry


class HistoryDock(QDockWidget):
    """Who changed what in the current case, newest first (the audit trail)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case history"))
        self.setObjectName("history_dock")
        self.entries = QListWidget()
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)
        self.setWidget(self.entries)
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._study_id: str | None = None

    def show_case(self, context: AppContext | None, study_id: str | None) -> None:
        self._study_id = study_id
        self.entries.clear()
        if context is None or study_id is None or not self.isVisible():
            if study_id is None:
                self.entries.addItem(self.tr("Open a case to see its history."))
            return
        from mtb_desk.services.audit_log import case_history

        database, actor = context.database, context.actor
        (
            Op(self, lambda _p: case_history(database, actor, study_id))
            .success(lambda entries: self._fill(study_id, entries))
            .run()
        )

    def _fill(self, study_id: str, entries: Sequence[AuditEntry]) -> None:
        if study_id != self._study_id:
            return
        self.entries.clear()
        for entry in reversed(entries):
            item = QListWidgetItem(
                f"{datetime_text(entry.occurred_at)} · {entry.actor}\n{entry.summary}"
            )
            self.entries.addItem(item)
