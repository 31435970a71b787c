"""Importing a file into the case view: dry-run preview, then the import; errors in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.services.cases import NewCase, create_case, get_case
from mtb_desk.services.permissions import Actor
from ui.case.view import CaseView
from ui.context import AppContext
from ui.imports.preview_dialog import ImportPreviewDialog
from ui.ops.op import process_until_idle

SMALL_VARIANT_HEADER = [
    "Gene", "Chromosome", "Genomic Position", "Reference Call", "Alternative Call",
    "Allele Frequency", "Depth", "P-Dot Notation", "C-Dot Notation", "Consequence(s)",
    "Affected Exon(s)",
]  # fmt: skip
ROWS = [
    ["[Analysis Details]"],
    ["Pair ID", "UI-PAIR-1"],
    ["[TMB]"],
    ["Total TMB", "14.2"],
    ["[MSI]"],
    ["Usable MSI Sites", "100"],
    ["Total Microsatellite Sites Unstable", "2"],
    ["Percent Unstable MSI Sites", "2.0"],
    ["[Gene Amplifications]"],
    ["Gene", "Fold Change"],
    ["ERBB2", "7.1"],
    ["[Splice Variants]"],
    ["NA"],
    ["[Fusions]"],
    ["NA"],
    ["[Small Variants]"],
    SMALL_VARIANT_HEADER,
    ["BRAF", "chr7", "140453136", "A", "T", "0.28", "700", "NP_004324.2:p.(Val600Glu)",
     "NM_004333.4:c.1799T>A", "missense_variant", "15/18"],
]  # fmt: skip


def write_cvo(path: Path) -> Path:
    text = "\n".join("\t".join(r + [""] * (11 - len(r))) for r in ROWS) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def view(qtbot: QtBot, db: Database, actor: Actor, context: AppContext) -> CaseView:
    case = create_case(db, actor, NewCase("IMP-UI", "MEL"))
    case_view = CaseView(context, case.id)
    qtbot.addWidget(case_view)
    with qtbot.waitSignal(case_view.case_did_load):
        case_view.load()
    return case_view


def drop(view: CaseView, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    view.dropEvent(event)


def test_drop_a_file_preview_then_import(
    qtbot: QtBot, db: Database, view: CaseView, tmp_path: Path
) -> None:
    path = write_cvo(tmp_path / "CombinedVariantOutput.tsv")
    with qtbot.waitSignal(view.importer.preview_did_open, timeout=10_000) as opened:
        drop(view, path)
    dialog = opened.args[0]
    assert isinstance(dialog, ImportPreviewDialog)
    assert (dialog.count_of("snv"), dialog.count_of("cnv")) == (1, 1)
    assert "14" in dialog.tmb.text()
    assert not get_case(db, "IMP-UI").findings  # a dry run writes nothing
    with qtbot.waitSignal(view.importer.import_did_finish, timeout=10_000):
        dialog.accept()
    assert process_until_idle()
    genes = {f.gene for f in get_case(db, "IMP-UI").findings}
    assert {"BRAF", "ERBB2"} <= genes
    assert view.findings_model.rowCount() == len(get_case(db, "IMP-UI").findings)


def test_a_broken_file_is_explained_and_nothing_written(
    qtbot: QtBot, db: Database, view: CaseView, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("this is not a lab file\n", encoding="utf-8")
    with qtbot.waitSignal(view.importer.import_did_fail, timeout=10_000) as failed:
        assert view.import_files([str(path)])
    assert "notes.txt" in failed.args[0]
    assert "Nothing was imported" in failed.args[0] or "nothing" in failed.args[0].lower()
    assert not get_case(db, "IMP-UI").findings


def test_the_same_file_twice_is_refused(qtbot: QtBot, view: CaseView, tmp_path: Path) -> None:
    path = write_cvo(tmp_path / "cvo.tsv")
    with qtbot.waitSignal(view.importer.preview_did_open, timeout=10_000) as opened:
        view.import_files([str(path)])
    with qtbot.waitSignal(view.importer.import_did_finish, timeout=10_000):
        opened.args[0].accept()
    assert process_until_idle()
    with qtbot.waitSignal(view.importer.import_did_fail, timeout=10_000) as failed:
        view.import_files([str(path)])
    assert "already imported" in failed.args[0]


VCF = """##fileformat=VCFv4.2
##reference=GRCh38
##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">
##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
##contig=<ID=chr7>
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSYN_A\tSYN_B
chr7\t140453136\t.\tA\tT\t50\tPASS\tDP=800\tGT:AD:DP\t0/0:400,0:400\t0/1:300,100:400
"""


def test_choose_the_tumour_sample_of_a_two_sample_vcf(
    qtbot: QtBot, db: Database, view: CaseView, tmp_path: Path
) -> None:
    path = tmp_path / "two-samples.vcf"
    path.write_text(VCF, encoding="utf-8")
    importer = view.importer
    with qtbot.waitSignal(importer.sample_choice_did_open, timeout=10_000) as asked:
        view.import_files([str(path)])
    chooser = asked.args[0]
    assert isinstance(chooser, QInputDialog)
    assert chooser.comboBoxItems() == ["SYN_A", "SYN_B"]
    assert "two-samples.vcf" in chooser.labelText()
    chooser.setTextValue("SYN_B")
    with qtbot.waitSignal(importer.preview_did_open, timeout=10_000) as opened:
        chooser.accept()
    preview = opened.args[0]
    assert isinstance(preview, ImportPreviewDialog)
    assert preview.count_of("snv") == 1
    assert not get_case(db, "IMP-UI").findings  # the preview is a dry run
    with qtbot.waitSignal(importer.import_did_finish, timeout=10_000):
        preview.accept()
    assert process_until_idle()
    (braf,) = get_case(db, "IMP-UI").findings
    assert (braf.vaf, braf.depth) == (0.25, 400)  # SYN_B's call; SYN_A is 0/0


def test_drop_a_dragen_sample_folder_imports_one_report(
    qtbot: QtBot, db: Database, view: CaseView, tmp_path: Path
) -> None:
    from tests.core.importers.dragen_fixtures import CNV_VCF, cvo_v2, write

    folder = tmp_path / "SYN-PAIR-2"
    write(folder, "SYN-PAIR-2_CombinedVariantOutput.tsv", cvo_v2())
    write(folder, "SYN_DNA_2/SYN_DNA_2.cnv.vcf", CNV_VCF)
    with qtbot.waitSignal(view.importer.preview_did_open, timeout=10_000) as opened:
        drop(view, folder)
    dialog = opened.args[0]
    assert dialog.count_of("cnv") == 5  # ERBB2, CDKN2A, PTEN, BRCA1 (exons) + EGFR from the VCF
    with qtbot.waitSignal(view.importer.import_did_finish, timeout=10_000):
        dialog.accept()
    assert process_until_idle()
    (report,) = get_case(db, "IMP-UI").reports
    assert report.source_filename == "SYN-PAIR-2"
    assert "SYN_DNA_2/SYN_DNA_2.cnv.vcf" in report.details["source_files"]


def test_findings_table_shows_equivocal_germline_and_the_files_symbol(
    qtbot: QtBot, db: Database, actor: Actor, view: CaseView, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt as QtNames

    from mtb_desk.services.imports import import_file
    from tests.core.importers.fixtures import F1_XML

    xml = F1_XML.replace('gene="BRAF"', 'gene="BRAF" germline="true"')
    path = tmp_path / "f1.xml"
    path.write_text(xml.replace('gene="CDKN2A"', 'gene="MLL2"'), encoding="utf-8")
    import_file(db, actor, "IMP-UI", path)
    with qtbot.waitSignal(view.case_did_load):
        view.load()
    model = view.findings_model
    cells = {model.index(r, 3).data(): r for r in range(model.rowCount())}  # the Alteration
    assert "BRAF V600E · germline" in cells
    assert "EGFR E746_A750del · equivocal" in cells
    row = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == "KMT2D")
    tip = model.index(row, 2).data(QtNames.ItemDataRole.ToolTipRole)
    assert tip == "Written in the file as MLL2"
