"""The matches beside the findings: cohorts and drugs with status and reason.

`MatchesTableModel` is fed by a `MatchProvider` — a callable run off the GUI thread that
returns match records for a case: `service_matches` (the matching service) unless a test or
a benchmark hands in another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from mtb_desk.db.engine import Database
from mtb_desk.domain.records import CaseDetail
from ui import theme
from ui.formatting import phrase_text, ui_language

if TYPE_CHECKING:
    from mtb_desk.i18n.phrases import Value

Index = QModelIndex | QPersistentModelIndex


class MatchLike(Protocol):
    """What the pane shows of a match (``mtb_desk.matching.engine.Match`` fits)."""

    @property
    def cohort(self) -> str: ...
    @property
    def drugs(self) -> tuple[str, ...]: ...
    @property
    def status(self) -> Any: ...
    @property
    def finding(self) -> int | None: ...
    @property
    def findings(self) -> tuple[int, ...]: ...
    @property
    def approved_alternatives(self) -> tuple[Value, ...]: ...
    @property
    def not_tested_because(self) -> tuple[Value, ...]: ...
    def reason_in(self, lang: str) -> str: ...


def reason_text(match: MatchLike) -> str:
    """The match's reason in the GUI's language (the core renders it)."""
    return match.reason_in(ui_language())


def extra_lines(match: MatchLike) -> tuple[list[str], list[str]]:
    """(approved alternatives, what was not tested) in the GUI's language."""
    return (
        [phrase_text(a) for a in match.approved_alternatives],
        [phrase_text(n) for n in match.not_tested_because],
    )


MatchProvider = Callable[[Database, CaseDetail], Sequence[MatchLike]]


def service_matches(database: Database, case: CaseDetail) -> Sequence[MatchLike]:
    """The case's matches against the database's catalogue (the matching service)."""
    from mtb_desk.services.matching import matches_for_case

    return matches_for_case(database, case.id)


COLUMNS = (
    str(QT_TRANSLATE_NOOP("MatchesTableModel", "Cohort")),
    str(QT_TRANSLATE_NOOP("MatchesTableModel", "Drugs")),
    str(QT_TRANSLATE_NOOP("MatchesTableModel", "Status")),
    str(QT_TRANSLATE_NOOP("MatchesTableModel", "Reason")),
)


_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("MatchesTableModel", "eligible"),
    QT_TRANSLATE_NOOP("MatchesTableModel", "full"),
    QT_TRANSLATE_NOOP("MatchesTableModel", "closed"),
    QT_TRANSLATE_NOOP("MatchesTableModel", "excluded"),
    QT_TRANSLATE_NOOP("MatchesTableModel", "needs annotation"),
    QT_TRANSLATE_NOOP("MatchesTableModel", "needs confirmation"),
)


def status_text(status: Any) -> str:
    value = status.value if isinstance(status, Enum) else str(status)
    return QCoreApplication.translate("MatchesTableModel", value.replace("-", " "))


class MatchesTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: list[MatchLike] = []
        self._highlighted: frozenset[int] = frozenset()
        self.highlight_brush: QBrush | None = None

    def set_matches(self, matches: Sequence[MatchLike]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self._highlighted = frozenset()
        self.endResetModel()

    def match(self, row: int) -> MatchLike:  # type: ignore[override]
        return self._matches[row]

    def rows_for_finding(self, finding_id: int) -> list[int]:
        return [
            i
            for i, m in enumerate(self._matches)
            if m.finding == finding_id or finding_id in m.findings
        ]

    def set_highlighted(self, rows: frozenset[int]) -> None:
        self._highlighted = rows
        if self._matches:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._matches) - 1, 3))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._matches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match = self._matches[index.row()]
        column = index.column()
        reason = reason_text(match)
        cells = (match.cohort, ", ".join(match.drugs), status_text(match.status), reason)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[column]
        if role == Qt.ItemDataRole.ToolTipRole:  # an elided cell shows its whole text on hover
            alternatives, untested = extra_lines(match)
            head = [] if column == 3 else [cells[column]]
            return "\n".join([*head, reason, *alternatives, *untested])
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            value = str(getattr(match.status, "value", match.status))
            warn = ("needs-annotation", "needs-confirmation")
            kind = "ok" if value == "eligible" else "warn" if value in warn else "muted"
            return theme.accent(kind)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self._highlighted:
            return self.highlight_brush
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MatchesTableModel", COLUMNS[section])
        return None
