"""UI test fixtures: SQLite only, isolated QSettings, and no thread left running."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from mtb_desk.db.engine import Database
from mtb_desk.services.permissions import Actor
from ui.context import AppContext, ChangeBus
from ui.ops import op


@pytest.fixture
def backend() -> str:
    """UI tests run on SQLite only (the services' own tests cover PostgreSQL)."""
    return "sqlite"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture(autouse=True)
def no_threads_left(qapp: object) -> Iterator[None]:
    """Fail a test that leaves operations or worker threads running (after napari)."""
    yield
    idle = op.process_until_idle(10)
    drained = op.wait_for_pools(10_000)
    busy = {name: p.activeThreadCount() for name, p in op._pools.items() if p.activeThreadCount()}
    assert idle, f"{op.running_count()} operation(s) still running after the test"
    assert drained, f"worker threads still busy after the test: {busy}"


@pytest.fixture
def context_for(db: Database) -> Callable[[Actor], AppContext]:
    def make(actor: Actor) -> AppContext:
        return AppContext(db, actor, ChangeBus())

    return make


@pytest.fixture
def context(context_for: Callable[[Actor], AppContext], actor: Actor) -> AppContext:
    return context_for(actor)
