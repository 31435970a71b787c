"""The garbage collector paused while a command starts.

Start-up imports SQLAlchemy, the ORM models and the services: some 10^5 long-lived objects,
which the cyclic collector would otherwise walk again and again while they are created (a
quarter of the CPU time of `mtb-desk match`: 1.55 s against 1.13 s in interleaved runs on the
2-core test machine, where importing sqlalchemy.orm alone takes 0.6 s). The
console entry point pauses the collector before importing anything; once the command has what
it needs (its database open) `resume_gc` moves every object made so far out of the collector's
way (`gc.freeze`) and turns it back on, so the command's own work (a streamed import, the GUI)
runs with the collector as usual. A command that never opens a database is short and runs
paused to its end. In-process callers of `cli.main.run` (tests) never pause it.
"""

from __future__ import annotations

import gc

_PAUSED: list[bool] = []


def pause_gc() -> None:
    if gc.isenabled() and not _PAUSED:
        gc.disable()
        _PAUSED.append(True)


def resume_gc() -> None:
    """Back on, the start-up objects frozen; a no-op unless `pause_gc` paused it."""
    if _PAUSED:
        _PAUSED.clear()
        gc.freeze()
        gc.enable()
