"""From start to main window: open the database off the GUI thread, log in, show the window.

The same path serves File → Open/Connect/Recent and "log in as another user" later.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from mtb_desk.db.engine import Database
from mtb_desk.services.permissions import Actor
from ui import settings, translation
from ui.case.matches import MatchProvider
from ui.context import AppContext, ChangeBus
from ui.login_dialog import LoginDialog
from ui.ops.database import OpenedDatabase, demo_database_url, open_database_op
from ui.ops.op import Op, describe_error
from ui.window.main_window import MainWindow


class Startup(QObject):
    """Drives opening and login; `window_did_open` fires once the main window shows."""

    window_did_open = Signal(object)  # MainWindow
    startup_did_fail = Signal()

    def __init__(
        self, app: QApplication, language: str, match_provider: MatchProvider | None = None
    ) -> None:
        super().__init__(app)
        self._app = app
        self.language = language
        self.window: MainWindow | None = None
        self.bus = ChangeBus(self)
        self._match_provider = match_provider
        self._opened: OpenedDatabase | None = None

    # -- choosing a database ----------------------------------------------------------
    def start(self, url: str | None, *, demo: bool, user: str | None) -> None:
        if demo:
            url = demo_database_url()
        elif url is None:
            from mtb_desk.db.engine import resolve_database_url

            url = settings.text_value(settings.KEY_LAST_DATABASE) or resolve_database_url(None)
        self.open(url, demo=demo, user=user)

    def open(self, url: str, *, demo: bool = False, user: str | None = None) -> None:
        if self.window is not None:
            shown = settings.without_password(url)
            self.window.show_message(self.tr("Opening %1…").replace("%1", shown))
        open_database_op(
            self._parent_widget() or self,
            url,
            demo=demo,
            on_opened=lambda opened: self._opened_database(opened, url, demo, user),
        ).failure(lambda error: self._open_failed(url, error)).run()

    def choose(self, what: object, demo: bool) -> None:
        """Handle the window's File menu: a file dialog, a URL prompt, a recent URL, the demo."""
        parent = self._parent_widget()
        if demo:
            self.open(demo_database_url(), demo=True)
        elif what == "sqlite-file":
            path, _ = QFileDialog.getOpenFileName(
                parent,
                self.tr("Open SQLite database"),
                settings.text_value(settings.KEY_LAST_FOLDER),
                self.tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"),
            )
            if path:
                self.open(f"sqlite:///{path}")
        elif what == "postgres":
            url, ok = QInputDialog.getText(
                parent,
                self.tr("Connect to PostgreSQL"),
                self.tr("Database URL (your own login; no password is stored):"),
                text="postgresql+psycopg://user@host/mtb",
            )
            if ok and url.strip():
                self.open(url.strip())
        elif isinstance(what, str):
            self.open(what)

    def _ask_password(self, url: str, error: BaseException) -> bool:
        """Shared mode: a login whose password libpq could not find (PGPASSWORD, .pgpass,
        Kerberos) is asked for it here; it lives only in this connection, never in settings."""
        message = describe_error(error).lower()
        if not url.startswith("postgresql") or "password" not in message:
            return False
        password, ok = QInputDialog.getText(
            self._parent_widget(),
            self.tr("Database password"),
            self.tr("Password for %1:").replace("%1", settings.without_password(url)),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return False
        self.open(settings.with_password(url, password))
        return True

    def _open_failed(self, url: str, error: BaseException) -> None:
        if self._ask_password(url, error):
            return
        url = settings.without_password(url)
        box = QMessageBox(self._parent_widget())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot open the database"))
        box.setText(
            self.tr("The database %1 could not be opened.").replace("%1", url)
            + "\n\n"
            + describe_error(error)
        )
        other = box.addButton(self.tr("Open another…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(
            self.tr("Quit") if self.window is None else self.tr("Close"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        if box.clickedButton() is other:
            self.choose("sqlite-file", False)
        elif self.window is None:
            self.startup_did_fail.emit()
            self._app.quit()

    # -- logging in ---------------------------------------------------------------------
    def _opened_database(
        self, opened: OpenedDatabase, url: str, demo: bool, user: str | None
    ) -> None:
        self._opened = opened
        if opened.connected_login is not None:
            # Shared mode: the database checked who this is; roles come from its groups.
            self._login_directly(opened.database, None, url, demo)
            return
        active = [u for u in opened.users if u.active]
        wanted = next((u for u in active if u.username == user), None)
        if wanted is None and user is None and len(active) == 1:
            wanted = active[0]
        if wanted is not None and not wanted.has_password:
            self._login_directly(opened.database, wanted.username, url, demo)
            return
        self._ask_login(opened, url, demo, user)

    def _login_directly(
        self, database: Database, username: str | None, url: str, demo: bool
    ) -> None:
        from mtb_desk.services.users import login

        (
            Op(self, lambda _p: login(database, username, None))
            .success(lambda actor: self._logged_in(database, actor, url, demo))
            .run()
        )

    def _ask_login(self, opened: OpenedDatabase, url: str, demo: bool, user: str | None) -> None:
        dialog = LoginDialog(opened.database, opened.users, self._parent_widget(), preselect=user)

        def accepted() -> None:
            if dialog.actor is not None:
                self._logged_in(opened.database, dialog.actor, url, demo)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: self._login_cancelled(opened.database))
        dialog.open()

    def switch_user(self) -> None:
        if self.window is not None:
            context = self.window.context
            from mtb_desk.services.users import list_users

            database = context.database
            (
                Op(self.window, lambda _p: list_users(database))
                .success(
                    lambda users: self._ask_login(
                        OpenedDatabase(database, tuple(users), False), database.url, False, None
                    )
                )
                .run()
            )

    def _login_cancelled(self, database: Database) -> None:
        if self.window is None:
            database.dispose()
            self.startup_did_fail.emit()
            self._app.quit()
        elif database is not self.window.context.database:
            database.dispose()

    def _logged_in(self, database: Database, actor: Actor, url: str, demo: bool) -> None:
        if not demo:
            settings.remember_database(url)
        context = AppContext(database, actor, self.bus)
        if self.window is None:
            self._show_window(context)
            return
        old = self.window.context.database
        self.window.set_context(context)
        if old is not database:
            old.dispose()

    # -- the window ---------------------------------------------------------------------
    def _show_window(self, context: AppContext) -> None:
        window = MainWindow(context, language=self.language, match_provider=self._match_provider)
        window.database_wanted.connect(self.choose)
        window.user_switch_wanted.connect(self.switch_user)
        window.language_wanted.connect(self.change_language)
        window.window_did_close.connect(self._window_closed)
        window.restore_state()
        window.show()
        self.window = window
        self.window_did_open.emit(window)

    def change_language(self, language: str) -> None:
        """Switch now: install the translator and rebuild the window in the new language."""
        settings.set_value(settings.KEY_LANGUAGE, language)
        self.language = translation.install(self._app, language)
        old = self.window
        if old is None:
            return
        context = old.context
        old.window_did_close.disconnect(self._window_closed)
        old.close()
        old.deleteLater()
        self.window = None
        self._show_window(context)

    def _window_closed(self) -> None:
        if self.window is not None:
            self.window.context.database.dispose()
        self._app.quit()

    def _parent_widget(self) -> QWidget | None:
        return self.window
