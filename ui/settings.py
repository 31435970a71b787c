"""Window state and last choices, kept in QSettings; a base dialog that remembers its geometry.

Core settings live in ``mtb_desk``; only what belongs to the desktop (geometry, splitters,
recent databases, language) is stored here, each key declared once with its default.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

ORGANISATION = "MTB Desk"
APPLICATION = "mtb-desk"
MAX_RECENT = 8

KEY_LAST_DATABASE = "database/last"
KEY_RECENT_DATABASES = "database/recent"
KEY_LAST_USER = "login/last_user"
KEY_LANGUAGE = "ui/language"  # "" = the system's, "en", "nb"
KEY_LAST_FOLDER = "ui/last_folder"
KEY_EXPORT_FOLDER = "documents/export_folder"
KEY_CREDENTIAL_FILE = "documents/credential_file"  # the path only; a password is never kept
KEY_SIGNING_ROLE = "documents/signing_role"
KEY_DOCUMENT_LANGUAGE = "documents/language"


def settings() -> QSettings:
    """In the default format: QSettings(org, app) alone always takes the native format, so
    the tests' and the screenshots' isolated (INI) locations were not honoured."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def text_value(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def set_value(key: str, value: object) -> None:
    settings().setValue(key, value)


def without_password(url: str) -> str:
    """URLs are remembered without a password: the app stores no credential."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    user = parts.username or ""
    netloc = f"{user}@{host}" if user else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def with_password(url: str, password: str) -> str:
    """The URL with a password, for this connection only (it is never stored)."""
    parts = urlsplit(without_password(url))
    user = quote(parts.username or "", safe="")
    netloc = f"{user}:{quote(password, safe='')}@{parts.hostname or ''}"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def recent_databases() -> list[str]:
    value = settings().value(KEY_RECENT_DATABASES, [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_database(url: str) -> None:
    url = without_password(url)
    recent = [url] + [u for u in recent_databases() if u != url]
    store = settings()
    store.setValue(KEY_RECENT_DATABASES, recent[:MAX_RECENT])
    store.setValue(KEY_LAST_DATABASE, url)


def export_folder() -> str:
    """Where exported documents go (chosen once, remembered); the user's documents folder."""
    from PySide6.QtCore import QStandardPaths

    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return text_value(KEY_EXPORT_FOLDER) or f"{default}/MTB Desk"


def save_geometry(widget: QWidget, name: str) -> None:
    settings().setValue(f"geometry/{name}", widget.saveGeometry())


def restore_geometry(widget: QWidget, name: str) -> bool:
    value = settings().value(f"geometry/{name}")
    return isinstance(value, QByteArray) and widget.restoreGeometry(value)


def available_size(widget: QWidget | None = None) -> tuple[int, int]:
    """The usable screen area (without task bars) for `widget`, in device-independent px."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return 1280, 720
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(widget: QWidget, width: int, height: int, *, margin: int = 24) -> None:
    """Resize to the preferred size, shrunk to fit the available screen (1280×720 too)."""
    free_w, free_h = available_size(widget)
    widget.resize(min(width, free_w - margin), min(height, free_h - margin))


def keep_on_screen(widget: QWidget) -> None:
    """After restoring a saved geometry: shrink a window that no longer fits this screen."""
    free_w, free_h = available_size(widget)
    size = widget.size()
    if size.width() > free_w or size.height() > free_h:
        widget.resize(min(size.width(), free_w), min(size.height(), free_h))


class PreservedDialog(QDialog):
    """A dialog that saves and restores its geometry under its class name (Picard's
    ``PreserveGeometry``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geometry_key = type(self).__name__
        self._restored = False

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        if not self._restored:
            self._restored = restore_geometry(self, self._geometry_key) or True
            keep_on_screen(self)
        super().showEvent(event)  # type: ignore[arg-type]

    def done(self, result: int) -> None:
        save_geometry(self, self._geometry_key)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        save_geometry(self, self._geometry_key)
        super().closeEvent(event)
