"""Screenshots of the second half: import preview, meetings, presentation, cohorts, signing
and the decision PDF preview (used by ``ui.screenshots``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ui.context import AppContext
from ui.ops.op import process_until_idle
from ui.window.main_window import MainWindow

SIZE = (1440, 900)
CVO_ROWS = [
    ["[Analysis Details]"], ["Pair ID", "DEMO-PAIR-7"], ["[TMB]"], ["Total TMB", "11.8"],
    ["[MSI]"], ["Usable MSI Sites", "112"], ["Total Microsatellite Sites Unstable", "3"],
    ["Percent Unstable MSI Sites", "2.7"], ["[Gene Amplifications]"], ["Gene", "Fold Change"],
    ["MET", "5.4"], ["[Splice Variants]"], ["NA"], ["[Fusions]"], ["NA"], ["[Small Variants]"],
    ["Gene", "Chromosome", "Genomic Position", "Reference Call", "Alternative Call",
     "Allele Frequency", "Depth", "P-Dot Notation", "C-Dot Notation", "Consequence(s)",
     "Affected Exon(s)"],
    ["PIK3CA", "chr3", "178952085", "A", "G", "0.19", "910", "NP_006209.2:p.(His1047Arg)",
     "NM_006218.4:c.3140A>G", "missense_variant", "21/21"],
    ["TP53", "chr17", "7577120", "C", "T", "0.44", "702", "NP_000537.3:p.(Arg273His)",
     "NM_000546.5:c.818G>A", "missense_variant", "8/11"],
]  # fmt: skip


def grab(widget: QWidget, path: Path) -> Path:
    process_until_idle()
    widget.repaint()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _dialog_shot(dialog: QDialog, path: Path, size: tuple[int, int] | None = None) -> Path:
    dialog.show()
    if size:
        dialog.resize(*size)
    else:
        dialog.adjustSize()
    shot = grab(dialog, path)
    dialog.close()
    return shot


def second_half(
    window: MainWindow, study_id: str, scratch: Path, outdir: Path, suffix: str
) -> list[Path]:
    context = window.context
    makers: list[Callable[[], Path]] = [
        lambda: _import_preview(window, study_id, scratch, outdir / f"import-preview{suffix}.png"),
        lambda: _meetings(window, outdir / f"meetings{suffix}.png"),
        lambda: _presentation(window, outdir / f"presentation{suffix}.png"),
        lambda: _cohorts(window, outdir / f"cohorts{suffix}.png"),
        lambda: _sign_dialog(window, context, study_id, outdir / f"sign-dialog{suffix}.png"),
        lambda: _decision_preview(window, study_id, scratch, outdir / f"decision-pdf{suffix}.png"),
    ]
    return [make() for make in makers]


def _import_preview(window: MainWindow, study_id: str, scratch: Path, path: Path) -> Path:
    from mtb_desk.services.imports import import_file
    from ui.imports.preview_dialog import ImportPreviewDialog

    source = scratch / "CombinedVariantOutput.tsv"
    source.write_text("\n".join("\t".join(r + [""] * (11 - len(r))) for r in CVO_ROWS) + "\n")
    context = window.context
    summary = import_file(context.database, context.actor, study_id, source, dry_run=True)
    return _dialog_shot(ImportPreviewDialog(summary, window), path)


def _meetings(window: MainWindow, path: Path) -> Path:
    view = window.screens.show_meetings()
    process_until_idle()
    if view.meetings.count():
        view.meetings.setCurrentRow(0)
    process_until_idle()
    return grab(window, path)


def _presentation(window: MainWindow, path: Path) -> Path:
    from ui.meetings.data import load_meeting
    from ui.meetings.presentation import PresentationWindow

    view = window.screens.meetings
    assert view is not None
    assert view.loaded is not None
    loaded = load_meeting(window.context.database, view.loaded.meeting.id)
    presentation = PresentationWindow(window.context, loaded, parent=window)
    presentation.resize(*SIZE)
    presentation.show()
    presentation.start()
    process_until_idle()
    if presentation.matches.count() and presentation.page and presentation.page.matches:
        presentation.matches.setCurrentRow(0)
        presentation._use_match(0)
    shot = grab(presentation, path)
    presentation.close()
    presentation.deleteLater()
    return shot


def _cohorts(window: MainWindow, path: Path) -> Path:
    view = window.screens.show_cohorts()
    process_until_idle()
    if view.overview is not None and view.overview.cohorts:
        counts = [c.enrolled for c in view.overview.cohorts]
        view.cohorts.selectRow(counts.index(max(counts)))
        process_until_idle()
        pending = [r.study_id for r in view.enrolments.rows if r.benefit is None]
        if pending:
            view.enrolments.select(pending[0])
    return grab(window, path)


def _sign_dialog(window: MainWindow, context: AppContext, study_id: str, path: Path) -> Path:
    from ui.documents.sign_dialog import SignDialog

    dialog = SignDialog(context.actor, study_id, window)
    dialog.credential.setText("/home/chair/credentials/chair-2026.p12")
    dialog.password.setText("••••••••")
    return _dialog_shot(dialog, path, (640, 330))


def _decision_preview(window: MainWindow, study_id: str, scratch: Path, path: Path) -> Path:
    from mtb_desk.domain.enums import RecommendationOutcome, Role
    from mtb_desk.reports.signing import create_self_signed_credential
    from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation
    from ui.documents.pdf_preview import PdfPreviewDialog
    from ui.documents.sign_dialog import SignRequest

    context = window.context
    draft = RecommendationDraft(
        RecommendationOutcome.FURTHER_TESTING,
        "Confirm the MET amplification by FISH before a cohort is chosen.",
        further_tests="MET FISH",
    )
    record_recommendation(context.database, context.actor, study_id, draft, final=True)
    credential = scratch / "chair.p12"
    create_self_signed_credential("Dr. Demo Chair", credential, "demo-password")
    exporter = window.screens.exporter
    dialogs: list[PdfPreviewDialog] = []
    exporter.preview_did_open.connect(dialogs.append)
    request = SignRequest(credential, "demo-password", Role.CHAIR, "en", scratch / "out")
    exporter.export_decision(study_id, request)
    process_until_idle(60)
    dialog = dialogs[0]
    dialog.resize(760, 900)
    process_until_idle(30)
    shot = grab(dialog, path)
    dialog.close()
    return shot
