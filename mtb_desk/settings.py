"""Core settings with their defaults (the GUI keeps window state in QSettings instead)."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BoardSettings:
    board_name: str = "IMPRESS-Norway national molecular tumour board"
    board_name_nb: str = "IMPRESS-Norge nasjonalt molekylært tumorboard"

    def name(self, lang: str) -> str:
        return self.board_name_nb if lang == "nb" else self.board_name


def board_settings() -> BoardSettings:
    """Defaults, overridable per installation through the environment."""
    defaults = BoardSettings()
    return BoardSettings(
        board_name=os.environ.get("MTB_DESK_BOARD_NAME", defaults.board_name),
        board_name_nb=os.environ.get("MTB_DESK_BOARD_NAME_NB", defaults.board_name_nb),
    )
