"""Signing: the sign dialog, and the preview of a signed decision PDF."""

from __future__ import annotations

from ui.ops.op import process_until_idle
from ui.screenshots.capture import SIZE, Shots


def take(shots: Shots, study_id: str) -> None:
    from ui.documents.sign_dialog import SignDialog

    dialog = SignDialog(shots.context.actor, study_id, shots.window)
    dialog.credential.setText("/home/chair/credentials/chair-2026.p12")
    dialog.password.setText("••••••••")
    shots.dialog(dialog, "sign-dialog", (640, 330))
    _decision_preview(shots, study_id)


def _decision_preview(shots: Shots, study_id: str) -> None:
    from mtb_desk.domain.enums import RecommendationOutcome, Role
    from mtb_desk.reports.signing import create_self_signed_credential
    from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation
    from ui.documents.pdf_preview import PdfPreviewDialog
    from ui.documents.sign_dialog import SignRequest

    context = shots.context
    draft = RecommendationDraft(
        RecommendationOutcome.FURTHER_TESTING,
        "Confirm the MET amplification by FISH before a cohort is chosen.",
        further_tests="MET FISH",
    )
    record_recommendation(context.database, context.actor, study_id, draft, final=True)
    credential = shots.scratch / "chair.p12"
    create_self_signed_credential("Dr. Demo Chair", credential, "demo-password")
    exporter = shots.window.screens.exporter
    dialogs: list[PdfPreviewDialog] = []
    exporter.preview_did_open.connect(dialogs.append)
    language = "en" if not shots.suffix else shots.suffix.lstrip("-")
    request = SignRequest(credential, "demo-password", Role.CHAIR, language, shots.scratch / "out")
    exporter.export_decision(study_id, request)
    process_until_idle(60)
    preview = dialogs[0]
    preview.resize(760, SIZE[1] - 24)  # as on a 1280×720 screen
    process_until_idle(30)
    shots.grab(preview, "decision-pdf")
    preview.close()
