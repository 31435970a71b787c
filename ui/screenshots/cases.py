"""The worklist, the richest demo case's view, and an import preview for that case."""

from __future__ import annotations

from mtb_desk.services.cases import get_case_by_id
from ui.case.matches import service_matches
from ui.case.view import CaseView
from ui.ops.op import process_until_idle
from ui.screenshots.capture import Shots
from ui.window.main_window import MainWindow

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


def take(shots: Shots) -> str:
    """Worklist and case view; returns the study id of the case shown."""
    window = shots.window
    shots.grab(window, "worklist")
    view = window.open_case(_richest_case(window))
    process_until_idle()
    _select_first_match(view)
    process_until_idle()
    shots.grab(window, "case-view")
    return view.case.study_id if view.case else ""


def take_import_preview(shots: Shots, study_id: str) -> None:
    from mtb_desk.services.imports import import_file
    from ui.imports.preview_dialog import ImportPreviewDialog

    source = shots.scratch / "CombinedVariantOutput.tsv"
    source.write_text("\n".join("\t".join(r + [""] * (11 - len(r))) for r in CVO_ROWS) + "\n")
    context = shots.context
    summary = import_file(context.database, context.actor, study_id, source, dry_run=True)
    shots.dialog(ImportPreviewDialog(summary, shots.window), "import-preview")


def _richest_case(window: MainWindow) -> int:
    """The demo case with the most matches and findings shows the screen best."""
    model = window.worklist_model
    database = window.context.database
    ids = [c.id for r in range(model.rowCount()) if (c := model.case_at(r)) is not None]

    def richness(case_id: int) -> tuple[int, int]:
        case = get_case_by_id(database, case_id)
        return len(service_matches(database, case)), len(case.findings)

    return max(ids, key=richness)


def _select_first_match(view: CaseView) -> None:
    if view.matches_model.rowCount():
        view.matches_table.selectRow(0)
    elif view.findings_model.rowCount():
        view.findings_table.selectRow(0)
