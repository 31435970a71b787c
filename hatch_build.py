"""Wheel build hook: compile the core's gettext catalogs (``.po`` → ``.mo``) into the wheel.

The ``.mo`` files are build output (ignored by git); a checkout compiles on first use instead
(`mtb_desk.i18n.translator`). An editable install gets them written beside the ``.po``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LOCALE = Path("mtb_desk") / "i18n" / "locale"


class CatalogBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = Path(self.root)
        out = root / "build" / "mo" if version != "editable" else root
        for po in sorted((root / LOCALE).glob("*/LC_MESSAGES/*.po")):
            relative = po.relative_to(root).with_suffix(".mo")
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as source:
                catalog = read_po(source)
            with target.open("wb") as compiled:
                write_mo(compiled, catalog, use_fuzzy=False)
            if version != "editable":
                build_data["force_include"][str(target)] = relative.as_posix()
