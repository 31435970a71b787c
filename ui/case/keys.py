"""The case view's keyboard: choose the top eligible match, finalise, annotate by one key.

Every shortcut is a `QAction` (so the unique-shortcut test sees it), scoped to the case view
or to the findings table, never to the whole application:

- Ctrl+M: use the top eligible match (the first match whose status is "eligible");
- Ctrl+Enter: finalise (asks first, see ``ui.case.confirming``);
- on the findings table: O oncogenic, L likely oncogenic, V VUS, K likely benign, B benign,
  1–5 ESCAT tier I-A, II-A, III-A, IV, V, 0 clears the tier, R toggles Reportable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from mtb_desk.domain.enums import EscatTier, Oncogenicity

if TYPE_CHECKING:
    from ui.case.view import CaseView

ONCOGENICITY_KEYS = {
    "O": Oncogenicity.ONCOGENIC,
    "L": Oncogenicity.LIKELY_ONCOGENIC,
    "V": Oncogenicity.VUS,
    "K": Oncogenicity.LIKELY_BENIGN,
    "B": Oncogenicity.BENIGN,
}
TIER_KEYS: dict[str, EscatTier | None] = {
    "1": EscatTier.I_A,
    "2": EscatTier.II_A,
    "3": EscatTier.III_A,
    "4": EscatTier.IV,
    "5": EscatTier.V,
    "0": None,
}
TOP_MATCH_KEY = "Ctrl+M"
FINALISE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseKeys", text)


def _action(
    owner: QWidget,
    text: str,
    keys: tuple[str, ...],
    slot: Callable[[], Any],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def install_case_keys(view: CaseView) -> list[QAction]:
    """Create the case view's actions (returned for menus and tests)."""
    top = QCoreApplication.translate("CaseKeys", "Use the top eligible match")
    finalise = QCoreApplication.translate("CaseKeys", "Finalise the recommendation")
    actions = [
        _action(view, top, (TOP_MATCH_KEY,), view.use_top_match),
        _action(view, finalise, FINALISE_KEYS, view.recommendation.finalise.click),
    ]
    table, widget = view.findings_model, view.findings_table
    scoped = Qt.ShortcutContext.WidgetShortcut

    def on_current(**changes: Any) -> Callable[[], None]:
        def apply() -> None:
            index = widget.currentIndex()
            if index.isValid():
                table.annotate(index.row(), **changes)

        return apply

    for key, value in ONCOGENICITY_KEYS.items():
        text = QCoreApplication.translate("CaseKeys", "Annotate as %1").replace("%1", value.value)
        actions.append(_action(widget, text, (key,), on_current(oncogenicity=value), scoped))
    for key, tier in TIER_KEYS.items():
        text = QCoreApplication.translate("CaseKeys", "ESCAT tier %1").replace(
            "%1", tier.value if tier else "–"
        )
        actions.append(_action(widget, text, (key,), on_current(escat_tier=tier), scoped))

    def toggle_reportable() -> None:
        index = widget.currentIndex()
        if index.isValid():
            finding = table.finding(index.row())
            now = finding.annotation is not None and finding.annotation.reportable
            table.annotate(index.row(), reportable=not now)

    actions.append(
        _action(
            widget,
            QCoreApplication.translate("CaseKeys", "Toggle Reportable"),
            ("R",),
            toggle_reportable,
            scoped,
        )
    )
    return actions
