"""Exporting a case to FHIR and to a phenopacket from the GUI: the file lands in the export
folder and the message lists what could not be expressed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from tests.core.standards_fixtures import decide
from ui import settings
from ui.context import AppContext
from ui.documents.standards_export import export_standard


@pytest.mark.parametrize(
    ("standard", "study_id", "warned"),
    [
        ("fhir", "DEMO-005", "TACC3"),  # FGFR3::TACC3: TACC3 has no HGNC id in the reference data
        ("phenopacket", "DEMO-009", "HGSOC"),  # no NCIt code of its own in OncoTree
    ],
)
def test_export_from_the_gui(
    qtbot: QtBot,
    db: Database,
    actor: Actor,
    context: AppContext,
    tmp_path: Path,
    standard: str,
    study_id: str,
    warned: str,
) -> None:
    load_demo(db, actor)
    decide(db, actor, study_id)
    settings.set_value(settings.KEY_EXPORT_FOLDER, str(tmp_path))
    parent = QWidget()
    qtbot.addWidget(parent)
    export_standard(context, parent, study_id, standard)

    def shown() -> None:
        found = parent.findChild(QMessageBox, "standards_export_result")
        assert found is not None
        assert found.isVisible()

    qtbot.waitUntil(shown, timeout=30_000)
    box = parent.findChild(QMessageBox, "standards_export_result")
    path = tmp_path / f"{standard}-{study_id}.json"
    assert str(path) in box.text()
    assert warned in box.text()
    assert json.loads(path.read_text(encoding="utf-8"))
    box.close()
