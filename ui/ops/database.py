"""Opening a database (and filling the demo one) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from mtb_desk.db.engine import Database
from mtb_desk.domain.records import UserView
from mtb_desk.progress import Progress
from ui.ops.op import Op

DEMO_FILENAME = "demo.sqlite"


def demo_database_url() -> str:
    """The demo database lives beside the default one, in a file of its own."""
    from mtb_desk.db.engine import demo_database_path

    return f"sqlite:///{demo_database_path()}"


@dataclass(frozen=True)
class OpenedDatabase:
    database: Database
    users: tuple[UserView, ...]
    demo_loaded: bool
    connected_login: str | None = None  # shared mode: the person is their database login


def _open(url: str, *, demo: bool, progress: Progress) -> OpenedDatabase:
    from mtb_desk.services.database import open_database
    from mtb_desk.services.users import connected_login, list_users

    progress.update(0, None, QCoreApplication.translate("Ops", "Opening the database…"))
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    database = open_database(url)
    try:
        loaded = demo and _fill_demo(database, progress)
        login_name = connected_login(database)
        users = () if login_name else tuple(list_users(database))
        return OpenedDatabase(database, users, loaded, login_name)
    except BaseException:
        database.dispose()
        raise


def _fill_demo(database: Database, progress: Progress) -> bool:
    """Load the demo content the first time the demo database is opened."""
    from mtb_desk.services.demo import load_demo
    from mtb_desk.services.users import list_users, resolve_actor
    from mtb_desk.services.worklist import CaseQuery, list_cases

    if list_cases(database, CaseQuery(limit=1, with_total=False)).items:
        return False
    admin = next(u for u in list_users(database) if u.active)
    load_demo(database, resolve_actor(database, admin.username), progress)
    return True


def open_database_op(
    parent: QObject, url: str, *, demo: bool, on_opened: Callable[[OpenedDatabase], None]
) -> Op[OpenedDatabase]:
    label = QCoreApplication.translate("Ops", "Opening the database")
    return (
        Op(parent, lambda progress: _open(url, demo=demo, progress=progress))
        .success(on_opened)
        .with_progress(label)
        .writes()
    )
