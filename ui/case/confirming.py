"""Confirmations for what cannot be undone: finalising, and superseding a final or signed
revision. Each box names the consequence; Cancel is the default button, so a stray Enter
never finalises or supersedes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from mtb_desk.domain.enums import RecommendationState
from ui.formatting import enum_text

if TYPE_CHECKING:
    from mtb_desk.services.recommendations import RecommendationView

CONFIRM_BOX_NAME = "confirm_box"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Confirmations", text)


def consequences(final: bool, latest: RecommendationView | None) -> list[str]:
    """What saving will do that cannot be undone, in plain sentences (empty: nothing)."""
    lines: list[str] = []
    if latest is not None and latest.state is not RecommendationState.DRAFT:
        new = str(latest.revision + 1)
        if latest.signatures:
            names = ", ".join(s.signer_name for s in latest.signatures)
            lines.append(
                QCoreApplication.translate(
                    "Confirmations",
                    "Revision %1 is signed by %2. Saving creates revision %3, which supersedes "
                    "it: the signatures stay on revision %1 only, and the new revision must be "
                    "signed again.",
                )
                .replace("%1", str(latest.revision))
                .replace("%2", names)
                .replace("%3", new)
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "Confirmations",
                    "Revision %1 is %2. Saving creates revision %3, which supersedes it.",
                )
                .replace("%1", str(latest.revision))
                .replace("%2", enum_text(latest.state))
                .replace("%3", new)
            )
    if final:
        lines.append(
            QCoreApplication.translate(
                "Confirmations",
                "A final recommendation cannot be edited any more; it can only be superseded "
                "by a new revision.",
            )
        )
    return lines


def confirm_save(
    parent: QWidget,
    final: bool,
    latest: RecommendationView | None,
    go: Callable[[bool], None],
    *,
    may_sign: bool = False,
) -> QMessageBox | None:
    """Ask before an irreversible save; `go(sign_next)` runs on confirmation. None: nothing
    irreversible, `go(False)` has run already."""
    lines = consequences(final, latest)
    if not lines:
        go(False)
        return None
    box = QMessageBox(parent)
    box.setObjectName(CONFIRM_BOX_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("Confirmations", "Finalise the recommendation?")
        if final
        else QCoreApplication.translate("Confirmations", "Supersede?")
    )
    box.setText("\n\n".join(lines))
    yes: QPushButton = box.addButton(
        QCoreApplication.translate("Confirmations", "&Finalise")
        if final
        else QCoreApplication.translate("Confirmations", "&Supersede"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    sign = (
        box.addButton(
            QCoreApplication.translate("Confirmations", "Finalise and &sign…"),
            QMessageBox.ButtonRole.YesRole,
        )
        if final and may_sign
        else None
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("Confirmations", "Cancel"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    yes.setAutoDefault(False)
    if sign is not None:
        sign.setAutoDefault(False)
        sign.clicked.connect(lambda: go(True))
    yes.clicked.connect(lambda: go(False))
    box.open()
    cancel.setFocus()
    return box
