"""Who is acting: pick a user of this database, with a password where one is set."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.db.engine import Database
from mtb_desk.domain.records import UserView
from mtb_desk.services.permissions import Actor
from ui import settings
from ui.ops.op import Op, describe_error
from ui.settings import PreservedDialog
from ui.translation import localise_buttons


def user_label(user: UserView) -> str:
    roles = ", ".join(sorted(r.value for r in user.roles))
    name = user.display_name or user.username
    return f"{name} ({roles})" if name == user.username else f"{name} — {user.username} ({roles})"


class LoginDialog(PreservedDialog):
    """Accepted with `actor` set once the services have let the user in."""

    def __init__(
        self,
        database: Database,
        users: Sequence[UserView],
        parent: QWidget | None = None,
        *,
        preselect: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to MTB Desk"))
        self.actor: Actor | None = None
        self._database = database
        self._users = [u for u in users if u.active]
        self.location = QLabel(database.display_location)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setWordWrap(True)
        self.user_combo = QComboBox()
        for user in self._users:
            self.user_combo.addItem(user_label(user), user.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localise_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Database:"), self.location)
        form.addRow(self.tr("User:"), self.user_combo)
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.user_combo.currentIndexChanged.connect(self._user_changed)
        wanted = preselect or settings.text_value(settings.KEY_LAST_USER)
        index = self.user_combo.findData(wanted)
        self.user_combo.setCurrentIndex(max(index, 0))
        self._user_changed()
        self.setMinimumWidth(560)

    def selected_user(self) -> UserView | None:
        index = self.user_combo.currentIndex()
        return self._users[index] if 0 <= index < len(self._users) else None

    def _user_changed(self) -> None:
        user = self.selected_user()
        needs = bool(user and user.has_password)
        self.password.setEnabled(needs)
        self.password.setPlaceholderText("" if needs else self.tr("no password set"))
        self.message.clear()
        if needs:
            self.password.setFocus()

    def try_login(self) -> None:
        user = self.selected_user()
        if user is None:
            self.message.setText(self.tr("This database has no active users."))
            return
        from mtb_desk.services.users import login

        password = self.password.text() or None
        self.buttons.setEnabled(False)
        (
            Op(self, lambda _p: login(self._database, user.username, password))
            .success(self._logged_in)
            .failure(lambda error: self.message.setText(describe_error(error)))
            .finally_(lambda: self.buttons.setEnabled(True))
            .run()
        )

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        settings.set_value(settings.KEY_LAST_USER, actor.username)
        self.accept()
