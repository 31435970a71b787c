"""Signing a decision from the GUI: the sign dialog twice (chair, then pathologist), then the
written PDF is verified."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationOutcome, RecommendationState, Role
from mtb_desk.reports.signing import create_self_signed_credential
from mtb_desk.reports.verification import verify_pdf
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import (
    RecommendationDraft,
    finalise_recommendation,
    recommendation_history,
    record_recommendation,
)
from ui.context import AppContext
from ui.documents.exporting import DocumentExporter
from ui.documents.sign_dialog import SignDialog
from ui.ops.op import process_until_idle

SIGNERS = {Role.CHAIR: "Dr. Synthetic Chair", Role.PATHOLOGIST: "Dr. Synthetic Pathologist"}


def sign_as(
    qtbot: QtBot, exporter: DocumentExporter, role: Role, credential: Path, folder: Path
) -> Path:
    dialog = exporter.ask_decision("SIGN-1")
    assert isinstance(dialog, SignDialog)
    dialog.credential.setText(str(credential))
    dialog.password.setText(f"{role.value}-pw")
    dialog.role.setCurrentIndex(dialog.role.findData(role.value))
    dialog.folder.setText(str(folder))
    with qtbot.waitSignal(exporter.document_did_export, timeout=30_000) as exported:
        dialog.sign_button.click()
    assert dialog.password.text() == ""  # taken out of the field with the request
    assert process_until_idle()
    path: Path = exported.args[0]
    return path


def test_sign_as_chair_then_pathologist(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    create_case(db, actor, NewCase("SIGN-1", "LUAD"))
    draft = record_recommendation(db, actor, "SIGN-1", RecommendationDraft(
        RecommendationOutcome.NO_ACTIONABLE, "No actionable alteration (synthetic)."))  # fmt: skip
    finalise_recommendation(db, actor, draft.id, draft.version)
    roots, files = [], {}
    for role, name in SIGNERS.items():
        files[role] = tmp_path / f"{role.value}.p12"
        credential = create_self_signed_credential(name, files[role], f"{role.value}-pw")
        roots.append(credential.certificate_pem)
    parent = QWidget()
    qtbot.addWidget(parent)
    exporter = DocumentExporter(context, parent)
    exporter.show_previews = False
    out = tmp_path / "out"
    first = sign_as(qtbot, exporter, Role.CHAIR, files[Role.CHAIR], out)
    assert recommendation_history(db, "SIGN-1")[0].state is RecommendationState.FINAL
    assert len(verify_pdf(first.read_bytes(), roots).signatures) == 1
    second = sign_as(qtbot, exporter, Role.PATHOLOGIST, files[Role.PATHOLOGIST], out)
    assert second.parent == out
    result = verify_pdf(second.read_bytes(), roots)
    assert result.valid
    assert not result.modified_after_signing
    assert [s.signer for s in result.signatures] == list(SIGNERS.values())
    assert all(s.trusted for s in result.signatures)
    (latest,) = recommendation_history(db, "SIGN-1")
    assert latest.state is RecommendationState.SIGNED
    assert [s.signer_role for s in latest.signatures] == ["chair", "pathologist"]
