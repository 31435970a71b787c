"""What every screenshot needs: an isolated settings folder, a demo database, grabbing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ui.context import AppContext
from ui.ops.op import process_until_idle
from ui.window.main_window import MainWindow

SIZE = (1280, 720)  # the shared screen of an online board meeting


@dataclass
class Shots:
    """The window being photographed, where PNGs go, and the ones saved so far."""

    window: MainWindow
    outdir: Path
    scratch: Path
    suffix: str  # "" for English, "-nb" for bokmål
    saved: list[Path] = field(default_factory=list)

    @property
    def context(self) -> AppContext:
        return self.window.context

    def path(self, name: str) -> Path:
        return self.outdir / f"{name}{self.suffix}.png"

    def grab(self, widget: QWidget, name: str) -> Path:
        process_until_idle()
        widget.repaint()
        path = self.path(name)
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        return path

    def dialog(self, dialog: QDialog, name: str, size: tuple[int, int] | None = None) -> Path:
        dialog.show()
        if size:
            dialog.resize(*size)
        else:
            dialog.adjustSize()
        shot = self.grab(dialog, name)
        dialog.close()
        return shot


def isolated_settings(folder: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def demo_context(path: Path) -> AppContext:
    from mtb_desk.services.database import open_database
    from mtb_desk.services.demo import load_demo
    from mtb_desk.services.users import list_users, resolve_actor
    from ui.context import ChangeBus

    database = open_database(f"sqlite:///{path}")
    actor = resolve_actor(database, list_users(database)[0].username)
    load_demo(database, actor)
    return AppContext(database, actor, ChangeBus())
