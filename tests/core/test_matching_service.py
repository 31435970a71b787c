"""Matching demo cases against the database's catalogue: the reasons a board would expect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.enums import FindingKind, Oncogenicity, Role
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.matching.engine import Match, MatchStatus
from mtb_desk.services.annotations import AnnotationInput, annotate_finding
from mtb_desk.services.cases import NewCase, case_for_study_id, create_case, get_case
from mtb_desk.services.catalogue import load_catalogue_file
from mtb_desk.services.demo import load_demo
from mtb_desk.services.matching import (
    changed_since,
    match_all,
    match_case,
    matches_for_case,
)
from mtb_desk.services.matching_inputs import cohort_matches_for_pdf
from mtb_desk.services.molecular import add_report
from mtb_desk.services.permissions import Actor
from tests.core.test_cli import cli, cli_json
from tests.shared_data import shared_file


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    return db


def by_cohort(matches: tuple[Match, ...]) -> dict[str, Match]:
    return {m.cohort: m for m in matches}


def finding_id(db: Database, study_id: str, gene: str) -> int:
    return next(f.id for f in get_case(db, study_id).findings if f.gene == gene)


def test_braf_v600e_colorectal_is_eligible_for_braf_cohorts(demo: Database) -> None:
    result = match_case(demo, "DEMO-002")
    assert result.catalogue_version == "2026.1-starter"
    braf = by_cohort(result.matches)["BRAF-V600-VEM-COBI"]
    assert braf.status is MatchStatus.ELIGIBLE
    assert braf.finding == finding_id(demo, "DEMO-002", "BRAF")
    assert "BRAF V600E meets 'BRAF V600 (any change at that residue)'" in braf.reason
    assert "diagnosis COADREAD (Colorectal Adenocarcinoma)" in braf.reason
    assert "open (stage 1), 8 places left; drug supply Roche agreement" in braf.reason
    # the demo withdrew DEMO-002 from dabrafenib + trametinib before evaluation: still 8 places
    assert by_cohort(result.matches)["BRAF-V600-DAB-TRAM"].status is MatchStatus.ELIGIBLE


def test_alk_fusion_in_luad_is_excluded_as_on_label(demo: Database) -> None:
    alk = by_cohort(match_case(demo, "DEMO-006").matches)["ALK-FUS-ALECTINIB"]
    assert alk.status is MatchStatus.EXCLUDED
    assert "EML4::ALK fusion meets 'ALK fusion (any partner)'" in alk.reason
    assert "excluded: on-label use: alectinib (EMA 2017-02-16) for ALK-positive advanced " \
        "non-small cell lung cancer" in alk.reason  # fmt: skip
    assert tuple(map(str, alk.approved_alternatives)) == (
        "crizotinib (EMA 2012-10-23) for ALK-positive advanced non-small cell lung cancer",
    )


def test_msi_high_matches_immunotherapy_with_cohort_state(demo: Database) -> None:
    msi = by_cohort(match_case(demo, "DEMO-007").matches)["MSI-HIGH-ATEZOLIZUMAB"]
    assert msi.status is MatchStatus.ELIGIBLE
    assert "'MSI-high' holds" in msi.reason
    assert msi.reason.endswith(  # one benefit in the demo; atezolizumab comes from Roche
        "expanded (stage 2), 23 places left; "
        "drug supply Roche agreement (illustration): 99 of 100 places left"
    )


def test_unannotated_ret_fusion_needs_annotation_until_annotated(
    demo: Database, actor: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    ret = by_cohort(match_case(demo, "DEMO-004").matches)["RET-FUS-SELPERCATINIB"]
    assert ret.status is MatchStatus.NEEDS_ANNOTATION
    assert (
        "KIF5B::RET fusion would meet 'RET fusion (any partner)' but is not annotated yet"
        in ret.reason
    )
    fusion = finding_id(demo, "DEMO-004", "KIF5B")
    shown = cli_json(
        capsys, demo, "annotate", "DEMO-004", str(fusion), "--oncogenicity", "oncogenic",
        "--escat", "III-A",
    )  # fmt: skip
    assert isinstance(shown, dict)
    assert shown["annotation"]["oncogenicity"] == "oncogenic"
    assert shown["annotation"]["reportable"] is True
    ret = by_cohort(match_case(demo, "DEMO-004").matches)["RET-FUS-SELPERCATINIB"]
    assert ret.status is MatchStatus.ELIGIBLE
    code, _, err = cli(capsys, demo, "annotate", "DEMO-001", str(fusion), "--oncogenicity", "vus")
    assert code == 1
    assert f"finding {fusion} does not belong to case DEMO-001" in err


def test_vus_never_matches(demo: Database, actor: Actor) -> None:
    braf = finding_id(demo, "DEMO-002", "BRAF")
    annotate_finding(demo, actor, braf, AnnotationInput(Oncogenicity.VUS))
    codes = {m.cohort for m in match_case(demo, "DEMO-002").matches}
    assert not codes & {"BRAF-V600-VEM-COBI", "BRAF-V600-DAB-TRAM"}


def test_filtered_findings_and_panel_not_tested(
    demo: Database, actor: Actor, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    create_case(demo, actor, NewCase("SYN-1", "PAAD", hospital_code="OUS"))
    with writing(demo) as session:
        case = case_for_study_id(session, "SYN-1")
        report = ImportedReport(
            findings=(
                ImportedFinding(kind=FindingKind.SNV, gene="KRAS", protein="G12C", filter="LowVAF"),
                ImportedFinding(kind=FindingKind.SNV, gene="TP53", protein="R175H"),
            ),
        )
        add_report(session, actor, case, report)
    assert match_case(demo, "SYN-1").matches == ()  # the filtered KRAS G12C does not count
    panel = tmp_path / "other.txt"
    panel.write_text("TP53\nKRAS\n", encoding="utf-8")
    cli(capsys, demo, "reference", "load-panel", "other", str(panel))
    shown = cli_json(capsys, demo, "match", "SYN-1", "--all")
    assert isinstance(shown, dict)
    assert shown["panel_genes"] == 2
    ret = next(c for c in shown["cohorts"] if c["cohort"] == "RET-FUS-SELPERCATINIB")
    assert [c["result"] for c in ret["criteria"]][:1] == ["not tested"]
    kras = next(c for c in shown["cohorts"] if c["cohort"] == "KRAS-G12C-SOTORASIB")
    assert kras["criteria"][0]["result"] == "not met"  # tested, wild type at G12


def test_match_cli_json_contract(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    shown = cli_json(capsys, demo, "match", "DEMO-008")
    assert isinstance(shown, dict)
    assert shown["matches"]
    for match in shown["matches"]:
        assert {"cohort", "drugs", "status", "reason", "finding"} <= set(match)
    by_code = {m["cohort"]: m for m in shown["matches"]}
    assert by_code["HER2-AMP-PER-TRA"]["status"] == "excluded"  # HER2 on-label
    # alpelisib is approved for HR-positive/HER2-negative breast cancer only; the ERBB2
    # amplification on the report makes this tumour HER2-positive: off-label, eligible
    assert by_code["PIK3CA-ALPELISIB"]["status"] == "eligible"
    assert [m["rank"] for m in shown["matches"]] == list(range(1, len(shown["matches"]) + 1))
    assert shown["matches"][0]["cohort"] == "PIK3CA-ALPELISIB"  # ranked before excluded
    code, out, _ = cli(capsys, demo, "match", "DEMO-011")
    assert code == 0
    assert "MET-CAPMATINIB [capmatinib] excluded" in out  # on-label before annotation
    code, _, err = cli(capsys, demo, "match", "NOBODY")
    assert (code, err.strip()) == (1, "mtb-desk: error: no case with study id 'NOBODY'")


def test_ctml_arm_appears_beside_impress_cohorts(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    trial = shared_file("matchminer-ctml", "matchengine-V2", "11-112.json")
    assert cli(capsys, demo, "trials", "load", str(trial))[0] == 0
    shown = cli_json(capsys, demo, "match", "DEMO-013")
    assert isinstance(shown, dict)
    arm = next(m for m in shown["matches"] if m["cohort"] == "11-112 / ARM1")
    assert (arm["source"], arm["status"]) == ("ctml", "eligible")


def test_changed_since_lists_cases_a_new_cohort_now_fits(
    demo: Database, actor: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mtb_desk.resources import assets_dir

    text = (assets_dir() / "catalogue.yaml").read_text(encoding="utf-8")
    text = text.replace('version: "2026.1-starter"', 'version: "2025.2-test"')
    text = text.replace(
        "cohorts:\n",
        "cohorts:\n  - code: EGFR-EX20-TEST\n    name: EGFR exon 20 insertion (test)\n"
        "    drugs: [crizotinib]\n    rule: {gene: EGFR, kind: [indel]}\n",
        1,
    )
    path = tmp_path / "catalogue.yaml"
    path.write_text(text, encoding="utf-8")
    load_catalogue_file(demo, actor, path)
    found = changed_since(demo, "2026.1-starter")
    assert [c.study_id for c in found] == ["DEMO-001"]
    change = found[0].changes[0]
    assert (change.cohort, change.before, change.after) == (
        "EGFR-EX20-TEST",
        None,
        MatchStatus.ELIGIBLE,
    )
    shown = cli_json(capsys, demo, "match", "--changed-since", "2026.1-starter")
    assert isinstance(shown, dict)
    assert shown["cases"][0]["changes"][0]["after"] == "eligible"
    code, _, err = cli(capsys, demo, "match", "--changed-since", "1999")
    assert code == 1
    assert "no catalogue version '1999'" in err


def test_match_all_gui_provider_and_pdf_inputs(demo: Database) -> None:
    results = {r.study_id: r for r in match_all(demo)}
    assert len(results) == 14
    assert results["DEMO-014"].matches == ()
    case_id = results["DEMO-002"].case_id
    assert matches_for_case(demo, case_id) == results["DEMO-002"].matches
    with reading(demo) as session:
        case = session.get(Case, case_id)
        assert case is not None
        rows = cohort_matches_for_pdf(session, case)
    braf = next(r for r in rows if r.cohort == "BRAF-V600-VEM-COBI")
    assert braf.eligible
    assert braf.drug == "vemurafenib + cobimetinib"
    assert braf.status == ""  # the PDF itself prints "eligible"
    assert "BRAF V600E" in braf.reason


def test_pathologist_role_needed_to_annotate(
    demo: Database, make_actor: object, capsys: pytest.CaptureFixture[str]
) -> None:
    make_actor("sec", Role.SECRETARY)  # type: ignore[operator]
    fusion = finding_id(demo, "DEMO-004", "KIF5B")
    code, _, err = cli(
        capsys, demo, "annotate", "DEMO-004", str(fusion), "--oncogenicity", "oncogenic",
        "--user", "sec",
    )  # fmt: skip
    assert code == 1
    assert "needs the role pathologist" in err
    assert json.dumps(err)  # one line


def test_demo_cohorts_show_different_states(demo: Database, actor: Actor) -> None:
    from mtb_desk.errors import ValidationError
    from mtb_desk.services.cohorts import cohort_overview
    from mtb_desk.services.enrolments import enrol

    rows = {r.code: r for r in cohort_overview(demo)}
    assert (rows["CDK-PALBOCICLIB"].phase, rows["CDK-PALBOCICLIB"].free_slots) == (
        "open (stage 1)",
        6,
    )
    assert (rows["CDK-PALBOCICLIB"].no_benefit, rows["CDK-PALBOCICLIB"].pending) == (1, 1)
    assert rows["MSI-HIGH-ATEZOLIZUMAB"].phase == "expanded (stage 2)"
    assert rows["MSI-HIGH-ATEZOLIZUMAB"].supply_left == 99  # Roche agreement, one patient
    assert (rows["BRAF-V600-DAB-TRAM"].enrolled, rows["BRAF-V600-DAB-TRAM"].withdrawn) == (0, 1)
    with pytest.raises(ValidationError, match="Sykehuset i Vestfold's trial site is not open"):
        enrol(demo, actor, "BRCA-OLAPARIB", "DEMO-012")
