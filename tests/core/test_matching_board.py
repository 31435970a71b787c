"""Matching a board can trust, through the services on SQLite and PostgreSQL (issue 11).

On-label uses from the approved-indications data (whole OncoTree branches), "not tested" by
assay and kind recorded per report, on-label before annotation, TMB/MSI by report date with
conflicts named, ranked matches with plain-word reasons in `match --json`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.db.models import ReportCoverage
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.enums import Assay, CnvCall, FindingKind, MsiStatus
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.matching.engine import Match, MatchStatus
from mtb_desk.services.cases import NewCase, case_for_study_id, create_case, get_case
from mtb_desk.services.catalogue import load_catalogue_file
from mtb_desk.services.imports import import_file
from mtb_desk.services.matching import match_case
from mtb_desk.services.molecular import add_report
from mtb_desk.services.permissions import Actor
from mtb_desk.services.reference import load_oncotree
from tests.core.test_cli import cli, cli_json
from tests.shared_data import shared_file


@pytest.fixture
def board(db: Database, actor: Actor) -> Database:
    """The starter catalogue and the OncoTree 2025_10_03 release."""
    from mtb_desk.resources import assets_dir

    load_oncotree(db, actor, shared_file("oncotree", "oncotree_2025_10_03.json"))
    load_catalogue_file(db, actor, assets_dir() / "catalogue.yaml")
    return db


def new_case(db: Database, actor: Actor, study_id: str, diagnosis: str, *findings: ImportedFinding,
             **report: object) -> None:  # fmt: skip
    create_case(db, actor, NewCase(study_id, diagnosis))
    with writing(db) as session:
        case = case_for_study_id(session, study_id)
        add_report(session, actor, case, ImportedReport(findings=findings, **report))  # type: ignore[arg-type]


def by_cohort(db: Database, study_id: str) -> dict[str, Match]:
    return {m.cohort: m for m in match_case(db, study_id).matches}


SNV = FindingKind.SNV


@pytest.mark.parametrize(
    ("diagnosis", "finding", "cohort", "label"),
    [
        ("ARMM", ImportedFinding(SNV, "BRAF", "V600E"), "BRAF-V600-DAB-TRAM",
         "dabrafenib + trametinib (EMA 2015-08-25) for BRAF V600 mutation-positive melanoma"),
        ("SARCL", ImportedFinding(FindingKind.SPLICE, "MET", description="MET exon 14 skipping",
                                  exon="14/21"), "MET-CAPMATINIB",
         "capmatinib (EMA 2022-06-20) for advanced non-small cell lung cancer with MET exon 14"),
        ("PSEC", ImportedFinding(FindingKind.INDEL, "BRCA2", "S1982Rfs*22"), "BRCA-OLAPARIB",
         "olaparib (EMA 2014-12-16) for BRCA1/2-mutated (germline and/or somatic) high-grade "
         "epithelial ovarian, fallopian tube or primary peritoneal cancer"),
    ],
)  # fmt: skip
def test_labels_cover_every_branch_they_name(
    board: Database, actor: Actor, diagnosis: str, finding: ImportedFinding, cohort: str,
    label: str,
) -> None:  # fmt: skip
    new_case(board, actor, "SYN-1", diagnosis, finding)  # not annotated yet: labels come first
    match = by_cohort(board, "SYN-1")[cohort]
    assert match.status is MatchStatus.EXCLUDED
    assert "excluded: on-label use: " in match.reason
    assert label in match.reason


def test_on_label_exclusion_applies_before_annotation(board: Database, actor: Actor) -> None:
    fusion = ImportedFinding(FindingKind.FUSION, "KIF5B", partner_gene="RET")
    new_case(board, actor, "SYN-2", "LUAD", fusion)
    ret = by_cohort(board, "SYN-2")["RET-FUS-SELPERCATINIB"]
    assert ret.status is MatchStatus.EXCLUDED
    assert "KIF5B::RET fusion would meet 'RET fusion (any partner)' but is not annotated yet" in (
        ret.reason
    )
    assert "selpercatinib (EMA 2021-02-11) for advanced RET fusion-positive non-small cell" in (
        ret.reason
    )


def test_tso500_without_rna_leaves_fusions_and_deletions_not_tested(
    board: Database, actor: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    create_case(board, actor, NewCase("SYN-3", "LUAD"))
    cvo = shared_file("tso500-awgl", "sample_CombinedVariantOutput.tsv")
    import_file(board, actor, "SYN-3", cvo)
    with reading(board) as session:
        [row] = session.query(ReportCoverage).all()
        assert row.profile == "TSO500"
        assert row.not_assayed["fusions"] == "RNA Sample ID NA, no RNA result"
        assert "deletions" in row.not_assayed
    result = match_case(board, "SYN-3")
    untested = {n.cohort: n for n in result.not_tested}
    [why] = map(str, untested["RET-FUS-SELPERCATINIB"].because)
    assert why.startswith("'RET fusion (any partner)' not tested: RET fusions not assayed "
                          "(TSO500 report")  # fmt: skip
    assert "RNA Sample ID NA, no RNA result); needs an RNA fusion assay that covers RET" in why
    assert any(
        "CDKN2A deletions not assayed" in str(n) for n in untested["CDK-PALBOCICLIB"].because
    )
    shown = cli_json(capsys, board, "match", "SYN-3", "--all")
    assert isinstance(shown, dict)
    ret = next(c for c in shown["cohorts"] if c["cohort"] == "RET-FUS-SELPERCATINIB")
    assert ret["criteria"][0]["result"] == "not tested"
    listed = {n["cohort"]: n for n in shown["not_tested"]}
    assert listed["RET-FUS-SELPERCATINIB"]["not_tested_because"] == [why]


def test_a_hotspot_panel_did_not_test_ret_fusions(board: Database, actor: Actor) -> None:
    snv = ImportedFinding(SNV, "KRAS", "G12C")
    new_case(board, actor, "SYN-4", "COAD", snv, details={"panel": "HOTSPOT50"})
    untested = {n.cohort: n.because for n in match_case(board, "SYN-4").not_tested}
    assert "RET-FUS-SELPERCATINIB" in untested
    assert "a hotspot DNA panel has no RNA and calls no rearrangements" in str(
        untested["RET-FUS-SELPERCATINIB"][0]
    )
    assert "TMB-HIGH-NIVOLUMAB" in untested  # too small for TMB
    kras = by_cohort(board, "SYN-4")["KRAS-G12C-SOTORASIB"]
    assert kras.status is MatchStatus.NEEDS_ANNOTATION


def _report(day: str, tmb: float, msi: MsiStatus) -> ImportedReport:
    return ImportedReport(findings=(), assay=Assay.F1CDX, report_date=dt.date.fromisoformat(day),
                          tmb=tmb, msi_status=msi)  # fmt: skip


def test_tmb_and_msi_come_from_the_newest_report_and_conflicts_are_named(
    board: Database, actor: Actor
) -> None:
    create_case(board, actor, NewCase("SYN-5", "PAAD"))
    with writing(board) as session:  # imported newest first: import order must not decide
        case = case_for_study_id(session, "SYN-5")
        add_report(session, actor, case, _report("2025-03-01", 15.0, MsiStatus.MSI_HIGH))
        add_report(session, actor, case, _report("2024-01-05", 4.0, MsiStatus.MSS))
    tmb = by_cohort(board, "SYN-5")["TMB-HIGH-NIVOLUMAB"]
    assert tmb.status is MatchStatus.ELIGIBLE
    assert "'TMB ≥ 10 mut/Mb' holds (TMB 15 mut/Mb in the most recent report; conflict: TMB 4 " \
        "mut/Mb in the F1CDx report of 2024-01-05, 15 in the F1CDx report of 2025-03-01)" \
        in tmb.reason  # fmt: skip
    msi = by_cohort(board, "SYN-5")["MSI-HIGH-ATEZOLIZUMAB"]
    assert "conflict: MSS (stable) in the F1CDx report of 2024-01-05, MSI-high in the F1CDx " \
        "report of 2025-03-01" in msi.reason  # fmt: skip
    assert "motstrid: MSS (stabil) i F1CDx-rapporten fra 2024-01-05, MSI-høy i F1CDx-" \
        "rapporten fra 2025-03-01" in msi.reason_in("nb")  # fmt: skip
    detail = get_case(board, "SYN-5")  # the case view shows both
    assert (detail.tmb, detail.msi) == (15.0, MsiStatus.MSI_HIGH)
    assert len(detail.biomarker_conflicts) == 2


def test_match_json_ranks_and_names_alternatives(
    board: Database, actor: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    braf = ImportedFinding(SNV, "BRAF", "V600E")
    amp = ImportedFinding(FindingKind.CNV, "ERBB2", cnv_call=CnvCall.AMPLIFICATION, copy_number=9)
    new_case(board, actor, "SYN-6", "COAD", braf, amp, tmb=22.0)
    shown = cli_json(capsys, board, "match", "SYN-6")
    assert isinstance(shown, dict)
    matches = shown["matches"]
    assert [m["rank"] for m in matches] == list(range(1, len(matches) + 1))
    for match in matches:
        assert {"cohort", "drugs", "status", "reason", "finding", "rank",
                "approved_alternatives", "not_tested_because"} <= set(match)  # fmt: skip
        assert not re.search(r"finding \d", match["reason"])  # no internal ids
    dab = next(m for m in matches if m["cohort"] == "BRAF-V600-DAB-TRAM")
    assert dab["approved_alternatives"] == [
        "encorafenib + cetuximab (EMA 2020-06-02) for BRAF V600E mutation-positive metastatic "
        "colorectal cancer after prior systemic therapy"
    ]
    assert "any tumour type except LYMPH (Lymphoid), MYELOID (Myeloid)" in dab["reason"]


def test_a_loaded_label_release_replaces_the_starter_set(
    board: Database, actor: Actor, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from mtb_desk.resources import assets_dir

    new_case(board, actor, "SYN-7", "COAD", ImportedFinding(SNV, "BRAF", "V600E"))
    assert by_cohort(board, "SYN-7")["BRAF-V600-DAB-TRAM"].status is MatchStatus.NEEDS_ANNOTATION
    text = (assets_dir() / "approved_indications.yaml").read_text(encoding="utf-8")
    text = text.replace('version: "2026.11-ema-review"', 'version: "test-2"')
    text = text.replace("    tumour_types: [COADREAD, CMC]\n    words_cover: [{main_type: "
                        "Colorectal Cancer}]\n    conditions: {line: after prior",
                        "    tumour_types: [COADREAD, CMC]\n    words_cover: [{main_type: "
                        "Colorectal Cancer}]\n    conditions: {line: after prior", 1)  # fmt: skip
    text = text.replace("drugs: [encorafenib, cetuximab]", "drugs: [dabrafenib, trametinib]")
    path = tmp_path / "labels.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, _ = cli(capsys, board, "reference", "load-labels", str(path))
    assert code == 0
    assert "loaded approved indications test-2" in out
    assert by_cohort(board, "SYN-7")["BRAF-V600-DAB-TRAM"].status is MatchStatus.EXCLUDED
    assert match_case(board, "SYN-7").labels_version == "test-2"
    path.write_text(text.replace("tumour_types: [COADREAD, CMC]", "tumour_types: [CRC]"),
                    encoding="utf-8")  # fmt: skip
    code, _, err = cli(capsys, board, "reference", "load-labels", str(path))
    assert code == 1
    assert "tumour_types[0]: CRC is not an OncoTree code (oncotree_2025_10_03)" in err
