"""Signing a decision: the credential file, its password (never stored), the role, the language.

The dialog only collects; `DocumentExporter` reads the credential and signs off the GUI
thread. The credential's path, the role, the language and the folder are remembered; the
password is cleared as soon as the request is taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.enums import Role
from mtb_desk.services.permissions import Actor
from ui import settings
from ui.formatting import tr as value_text
from ui.settings import PreservedDialog
from ui.translation import LANGUAGES, localise_buttons

SIGNING_ROLES = (Role.CHAIR, Role.PATHOLOGIST)


@dataclass(frozen=True, slots=True)
class SignRequest:
    credential: Path | None  # None: export without signing
    password: str
    role: Role | None
    language: str
    folder: Path


def _user_key(username: str) -> str:
    return "documents/credential_by_user/" + "".join(
        c if c.isalnum() or c in "-_." else "_" for c in username
    )


def credential_path(username: str) -> str:
    """The signing credential this user chose last (a path only; never a password)."""
    own = settings.text_value(_user_key(username))
    return own or settings.text_value(settings.KEY_CREDENTIAL_FILE)


def remember_credential(username: str, path: str) -> None:
    settings.set_value(_user_key(username), path)


def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class SignDialog(PreservedDialog):
    """Accepted with "Sign and export" (`signing` True) or "Export unsigned"."""

    def __init__(self, actor: Actor, study_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export and sign the decision for %1").replace("%1", study_id))
        self.signing = True
        self._username = actor.username
        self.credential = QLineEdit(credential_path(actor.username))
        self.credential.setPlaceholderText(self.tr("Your signing credential (.p12 / .pfx)"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Unlocks the credential; never stored"))
        self.role = QComboBox()
        for role in SIGNING_ROLES:
            if role in actor.roles:
                self.role.addItem(value_text(role.value), role.value)
        self.role.setCurrentIndex(
            max(self.role.findData(settings.text_value(settings.KEY_SIGNING_ROLE)), 0)
        )
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        saved_language = settings.text_value(settings.KEY_DOCUMENT_LANGUAGE, "en")
        self.language.setCurrentIndex(max(self.language.findData(saved_language), 0))
        self.folder = QLineEdit(settings.export_folder())
        self.choose_folder = QPushButton(self.tr("Choose…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._build()
        if not self.role.count():
            self.note.setText(
                self.tr(
                    "Only the chair or a pathologist signs a decision; you can export it unsigned."
                )
            )
            self.sign_button.setEnabled(False)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Credential file"), _row(self.credential, self.browse))
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Sign as"), self.role)
        form.addRow(self.tr("Language of the PDF"), self.language)
        form.addRow(self.tr("Save in folder"), _row(self.folder, self.choose_folder))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        localise_buttons(buttons)
        self.sign_button = buttons.addButton(
            self.tr("Sign and export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unsigned_button = buttons.addButton(
            self.tr("Export unsigned"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(lambda: self._finish(True))
        self.unsigned_button.clicked.connect(lambda: self._finish(False))
        buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._browse)
        self.choose_folder.clicked.connect(self._browse_folder)
        for button in (self.browse, self.choose_folder, self.unsigned_button):
            button.setAutoDefault(False)  # Enter (default button) signs, never opens a chooser
        intro = QLabel(
            self.tr(
                "The recommendation must be final. Unlocking your credential with its "
                "password confirms that you sign this decision."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        for button in self.findChildren(QPushButton):  # the button box made Cancel default
            button.setAutoDefault(False)
            button.setDefault(False)
        self.sign_button.setDefault(self.sign_button.isEnabled())
        (self.password if self.credential.text().strip() else self.credential).setFocus()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your signing credential"),
            self.credential.text() or settings.text_value(settings.KEY_LAST_FOLDER),
            self.tr("PKCS#12 credentials (*.p12 *.pfx);;All files (*)"),
        )
        if path:
            self.credential.setText(path)

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save documents in"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _finish(self, signing: bool) -> None:
        if signing and not (self.credential.text().strip() and self.password.text()):
            self.note.setText(self.tr("Choose your credential file and type its password."))
            return
        self.signing = signing
        self.accept()

    def request(self) -> SignRequest:
        """What the user chose; takes the password out of the field."""
        password = self.password.text()
        self.password.clear()
        role_value = self.role.currentData()
        store = settings.settings()
        if self.signing:
            remember_credential(self._username, self.credential.text().strip())
        store.setValue(settings.KEY_SIGNING_ROLE, role_value or "")
        store.setValue(settings.KEY_DOCUMENT_LANGUAGE, self.language.currentData())
        store.setValue(settings.KEY_EXPORT_FOLDER, self.folder.text().strip())
        return SignRequest(
            credential=Path(self.credential.text().strip()) if self.signing else None,
            password=password if self.signing else "",
            role=Role(role_value) if self.signing and role_value else None,
            language=str(self.language.currentData()),
            folder=Path(self.folder.text().strip()),
        )
