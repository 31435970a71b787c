"""Help → About: version, database location, who is logged in."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from mtb_desk import __version__
from ui.context import AppContext


def about_text(context: AppContext | None) -> str:
    none_open = QCoreApplication.translate("About", "none open")
    blurb = QCoreApplication.translate(
        "About", "A desk for molecular tumour boards in precision-oncology trials."
    )
    database = QCoreApplication.translate("About", "Database")
    logged_in = QCoreApplication.translate("About", "Logged in as")
    location = html.escape(context.database.display_location) if context else none_open
    user = html.escape(context.actor.username) if context else "–"
    roles = ", ".join(sorted(r.value for r in context.actor.roles)) if context else ""
    return (
        f"<h3>MTB Desk {__version__}</h3>"
        f"<p>{blurb}</p>"
        f"<p><b>{database}:</b> {location}<br>"
        f"<b>{logged_in}:</b> {user} ({html.escape(roles)})<br>"
        f"<b>Qt:</b> {qVersion()}</p>"
    )


def show_about(parent: QWidget, context: AppContext | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About MTB Desk"))
    box.setText(about_text(context))
    box.setIcon(QMessageBox.Icon.Information)
    box.open()
    return box
