"""The GUI's bokmål catalog matches the code: lupdate, run over the widgets now, finds every
translated string (none unfinished) and none the code no longer marks (none vanished: a
``self.tr`` inside an f-string or behind a helper lupdate cannot read shows English)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mtb_desk.domain.enums import MsiStatus, RecommendationOutcome
from ui import translation
from ui.formatting import enum_text

PROJECT = Path(__file__).resolve().parents[2]
CATALOG = PROJECT / "ui" / "i18n" / "mtb_desk_nb.ts"


def lupdate() -> Path:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    if not found.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    return found


def test_lupdate_finds_every_message_translated_and_none_stale(tmp_path: Path) -> None:
    copy = tmp_path / CATALOG.name
    shutil.copy(CATALOG, copy)
    sources = sorted(str(p) for p in (PROJECT / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate()), *sources, "-ts", str(copy)], check=True, capture_output=True, cwd=PROJECT
    )
    states = {}
    for context in ET.parse(copy).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            kind = message.find("translation").get("type")  # type: ignore[union-attr]
            if kind:
                states[(name, message.findtext("source"))] = kind
    assert not states, f"run lupdate -no-obsolete and translate: {sorted(states.items())[:5]}"


@pytest.mark.parametrize(
    ("value", "english", "bokmal"),
    [
        (MsiStatus.MSS, "MSS", "MSS"),
        (MsiStatus.MSI_HIGH, "MSI-high", "MSI-høy"),
        (RecommendationOutcome.IMPRESS_COHORT, "IMPRESS cohort", "IMPRESS-kohort"),
        (RecommendationOutcome.OTHER_TRIAL, "other trial", "annen studie"),
    ],
)
def test_values_are_written_as_the_field_writes_them_in_both_languages(
    qapp: QApplication, value: Enum, english: str, bokmal: str
) -> None:
    assert enum_text(value) == english
    translation.install(qapp, "nb")
    try:
        assert enum_text(value) == bokmal
    finally:
        translation.install(qapp, "en")


def _translated_literals() -> list[tuple[str, int, tuple[str, str]]]:
    """(file, line, (context, text)) of every literal a widget translates: a module's
    `_tr("…")` helper (its context read from the helper) and `translate("Ctx", "…")`."""
    import ast

    found = []
    for path in sorted((PROJECT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helper = next(
            (
                call.args[0].value
                for node in tree.body
                if isinstance(node, ast.FunctionDef) and node.name == "_tr"
                for call in ast.walk(node)
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate"
                and call.args and isinstance(call.args[0], ast.Constant)
            ),
            None,
        )  # fmt: skip
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            args = call.args
            if (
                getattr(call.func, "id", "") == "_tr"
                and helper
                and isinstance(args[0], ast.Constant)
            ):
                found.append((path.name, call.lineno, (helper, args[0].value)))
            elif (
                getattr(call.func, "attr", "") == "translate"
                and len(args) >= 2
                and all(isinstance(a, ast.Constant) for a in args[:2])
            ):
                found.append((path.name, call.lineno, (args[0].value, args[1].value)))
    return found


def test_every_literal_the_widgets_translate_has_a_bokmal_translation() -> None:
    translated = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(CATALOG).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") is None  # type: ignore[union-attr]
    }
    literals = _translated_literals()
    assert len(literals) > 100
    missing = [(name, line, key) for name, line, key in literals if key not in translated]
    assert not missing, f"not in the catalog (mark it for lupdate): {missing[:5]}"
