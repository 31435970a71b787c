"""Stand-alone dialogs: an annotation edit conflict and the login dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mtb_desk.domain.enums import EscatTier, Oncogenicity
from mtb_desk.domain.records import AnnotationView
from mtb_desk.services.annotations import AnnotationInput
from mtb_desk.services.users import list_users
from ui.case.annotating import conflict_fields
from ui.conflict_dialog import ConflictDialog
from ui.login_dialog import LoginDialog
from ui.screenshots.capture import Shots


def take(shots: Shots) -> None:
    window, database = shots.window, shots.context.database
    mine = AnnotationInput(Oncogenicity.ONCOGENIC, EscatTier.I_A, True, "Hotspot; sensitising.")
    theirs = AnnotationView(
        Oncogenicity.LIKELY_ONCOGENIC,
        EscatTier.II_B,
        True,
        "Seen in two earlier cases.",
        "dr.patolog",
        None,
        3,
    )
    fields = conflict_fields(mine, theirs)
    record = QCoreApplication.translate("AnnotationSaver", "The annotation of %1")  # as saving
    shots.dialog(
        ConflictDialog(record.replace("%1", "BRAF"), "dr.patolog", fields, window),
        "conflict-dialog",
    )
    shots.dialog(LoginDialog(database, list_users(database), window), "login-dialog")
