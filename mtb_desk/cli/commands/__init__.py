"""Sub-command modules; each has `register(subparsers, parent)`.

`COMMANDS` names the module of each top-level command (in the order `--help` lists them), so
a run imports and registers only the module of the command it runs (start-up time counts);
a test keeps it equal to what the modules register.
"""

from __future__ import annotations

import importlib
from types import ModuleType

COMMANDS: dict[str, str] = {
    "gui": "gui",
    "db": "admin",
    "backup": "admin",
    "restore": "admin",
    "audit": "admin",
    "user": "users",
    "case": "cases",
    "hospital": "cases",
    "import": "imports",
    "annotate": "annotate",
    "reference": "reference",
    "catalogue": "catalogue",
    "trials": "catalogue",
    "cohort": "cohorts",
    "treatment": "followup",
    "visit": "followup",
    "followup": "followup",
    "match": "matching",
    "demo": "demo",
    "meeting": "meetings",
    "recommend": "decisions",
    "export": "decisions",
    "verify": "signatures",
    "credential": "signatures",
    "report": "trial_reports",
    "screenshots": "screenshots",
}


def command_modules(command: str | None = None) -> list[ModuleType]:
    """The module registering `command`; every module (in help order) for None."""
    names = [COMMANDS[command]] if command is not None else list(dict.fromkeys(COMMANDS.values()))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]
