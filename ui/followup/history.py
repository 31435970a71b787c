"""A compact "what this board did before" list for the case view and presentation mode: one
line per key finding, with the earlier cases in the tooltip (study ids only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.services.board_history import FindingHistory


class BoardHistoryWidget(QWidget):
    history_did_load = Signal(object)  # tuple[FindingHistory, ...]

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, limit: int | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.limit = context, limit
        self.heading = QLabel("<b>" + self.tr("What this board did before") + "</b>")
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)

    def load(self, study_id: str) -> Op[tuple[FindingHistory, ...]]:
        from mtb_desk.services.board_history import board_history

        database = self.context.database
        return (
            Op(self, lambda _p: board_history(database, study_id))
            .success(self.show_histories)
            .run()
        )

    @staticmethod
    def summary(history: FindingHistory) -> str:
        """The sentence in the GUI's language (the core words it, from the data)."""
        from mtb_desk.services.board_history import summarise
        from ui.translation import current_language

        alteration = history.alteration_phrase or history.alteration
        return summarise(alteration, history.diagnosis, history.cases, current_language())

    def show_histories(self, histories: tuple[FindingHistory, ...] | None) -> None:
        """One line per key finding with earlier cases (at most `limit`, then how many more);
        the earlier cases by study id in the tooltip. None: it could not be loaded."""
        told = [h for h in histories or () if h.cases]
        if histories is None:
            self.lines.setText(self.tr("What this board did before could not be loaded."))
        elif not histories:
            self.lines.setText(self.tr("No annotated key findings yet."))
        elif not told:
            self.lines.setText(self.tr("No earlier case with these alterations."))
        else:
            shown = told if self.limit is None else told[: self.limit]
            lines = [f"• {self.summary(h)}" for h in shown]
            if len(told) > len(shown):
                lines.append(self.tr("… and %1 more alteration(s) with earlier cases")
                             .replace("%1", str(len(told) - len(shown))))  # fmt: skip
            self.lines.setText("<br>".join(lines))
        from ui.translation import current_language

        lang = current_language()
        self.lines.setToolTip("\n".join(line for h in told for line in h.case_lines(lang)))
        self.history_did_load.emit(histories or ())
