"""What a screen needs to talk to the core: the open database, who acts, and the change bus.

Passed explicitly to every window and view (no main-window singleton reached from anywhere).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from mtb_desk.db.engine import Database
    from mtb_desk.services.permissions import Actor


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, announced once app-wide (after Anki's ``OpChanges``)."""

    cases: frozenset[int] = field(default_factory=frozenset)
    findings: frozenset[int] = field(default_factory=frozenset)
    matches: bool = False
    recommendations: bool = False
    meetings: bool = False
    cohorts: bool = False  # enrolments, outcomes, withdrawals


class ChangeBus(QObject):
    """One app-wide signal; each view refreshes what it shows."""

    changes_did_happen = Signal(object)

    def announce(self, changes: Changes) -> None:
        self.changes_did_happen.emit(changes)


@dataclass(frozen=True)
class AppContext:
    database: Database
    actor: Actor
    bus: ChangeBus
