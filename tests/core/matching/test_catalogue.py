"""The drug catalogue: the starter file, complete validation with named paths, supply."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtb_desk.catalogue.labels import builtin_labels
from mtb_desk.catalogue.loader import CatalogueError, builtin_catalogue, load_catalogue
from mtb_desk.catalogue.model import cohort_availability, enrolment_refusal
from mtb_desk.matching.engine import Matcher, MatchStatus
from mtb_desk.matching.two_stage import cohort_state
from mtb_desk.reference.oncotree import builtin_tree, load_oncotree_file
from tests.shared_data import shared_file

from .factories import case, finding

TREE = builtin_tree()


def test_starter_catalogue_loads_against_both_trees() -> None:
    catalogue = builtin_catalogue(TREE)
    assert catalogue.version == "2026.1-starter"
    assert len(catalogue.drugs) == 20
    assert catalogue.drug("alectinib").brand == "Alecensa"
    assert catalogue.drug("alectinib").company == "Roche"
    assert catalogue.drug("larotrectinib").targets == ("NTRK1", "NTRK2", "NTRK3")
    [six, one] = catalogue.supply_agreements
    assert (len(six.drugs), six.max_patients, len(one.drugs), one.max_patients) == (6, 100, 1, 24)
    real = load_oncotree_file(shared_file("oncotree", "oncotree_2025_10_03.json"))
    assert builtin_catalogue(real).warnings == ()


def test_starter_catalogue_matches_as_a_board_expects() -> None:
    catalogue = builtin_catalogue(TREE)
    labels = builtin_labels().for_authority(catalogue.label_authority)
    matcher = Matcher(catalogue.cohort_specs(), TREE, labels=labels)
    alk = finding("fusion", "EML4", partner_gene="ALK", id=4)
    lung = {m.cohort: m for m in matcher.match(case(alk, diagnosis="LUAD"))}
    assert lung["ALK-FUS-ALECTINIB"].status is MatchStatus.EXCLUDED
    assert lung["ALK-FUS-ALECTINIB"].reason.endswith(
        "excluded: on-label use: alectinib (EMA 2017-02-16) for ALK-positive advanced "
        "non-small cell lung cancer (and adjuvant after resection)"
    )
    colon = {m.cohort: m for m in matcher.match(case(alk, diagnosis="COAD"))}
    assert colon["ALK-FUS-ALECTINIB"].status is MatchStatus.ELIGIBLE
    braf = finding("snv", "BRAF", protein="V600E", id=9)
    crc = {m.cohort: m for m in matcher.match(case(braf, diagnosis="COAD"))}
    assert {c: m.status for c, m in crc.items()} == {
        "BRAF-V600-VEM-COBI": MatchStatus.ELIGIBLE,
        "BRAF-V600-DAB-TRAM": MatchStatus.ELIGIBLE,
    }
    assert tuple(map(str, crc["BRAF-V600-DAB-TRAM"].approved_alternatives)) == (
        "encorafenib + cetuximab (EMA 2020-06-02) for BRAF V600E mutation-positive metastatic "
        "colorectal cancer after prior systemic therapy",)  # fmt: skip
    # FDA's tumour-agnostic dabrafenib label does not count under label_authority EMA
    melanoma = {m.cohort: m.status for m in matcher.match(case(braf, diagnosis="SKCM"))}
    assert set(melanoma.values()) == {MatchStatus.EXCLUDED}
    io = {m.cohort: m for m in matcher.match(case(diagnosis="PAAD", tmb=23.0))}
    assert io["TMB-HIGH-NIVOLUMAB"].status is MatchStatus.ELIGIBLE
    assert io["TMB-HIGH-NIVOLUMAB"].reason.startswith("'TMB ≥ 10 mut/Mb' holds (TMB 23 mut/Mb)")
    nsclc = {m.cohort: m.status for m in matcher.match(case(diagnosis="LUAD", tmb=23.0))}
    assert nsclc["TMB-HIGH-NIVOLUMAB"] is MatchStatus.EXCLUDED


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "trial.yaml"
    path.write_text(text, encoding="utf-8")
    return path


BAD = """
version: 2025.10
drugs:
  - {inn: alectinib, company: Roche, targets: [ALK],
     on_label: [{alteration: {gene: ALK, fusion: any}, tumour_types: [NSCLCX]}]}
  - {inn: Alectinib, company: Roche}
cohorts:
  - code: ALK-1
    name: ALK
    drugs: [alectinib, lorlatinib]
    rule: {any: [{gene: ALK, fusion: any}, {gene: RET, fusion: {partner: 7}}]}
  - code: ALK-1
    name: ALK again
    drugs: [alectinib]
    rule: {gene: ALK, fusion: any}
    tumour_types: {include: [TISSUE], exlude: [LUNG]}
    stages: {stage1_size: 8, total_size: 4}
supply_agreements:
  - {company: Roche, drugs: [alectinib], max_patients: 0}
"""


def test_validation_reports_every_problem_with_file_cohort_and_path(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError) as error:
        load_catalogue(write(tmp_path, BAD), TREE)
    assert error.value.problems == [
        "catalogue.version: must be text (quote numbers)",
        "drugs[0] (alectinib).on_label[0].tumour_types[0]: NSCLCX is not an OncoTree code "
        "(builtin-2025_10_03)",
        "drugs[1].inn: alectinib appears twice",
        "cohorts[0] (ALK-1).drugs[1]: lorlatinib is not in the catalogue's drugs",
        "cohorts[0] (ALK-1).rule.any[1].fusion.partner: must be a gene symbol such as BRAF",
        "cohorts[1] (ALK-1).tumour_types.exlude: unknown key; use exclude, include",
        "cohorts[1] (ALK-1).stages: needs stage1_size ≥ 1 and total_size ≥ stage1_size",
        "cohorts[1].code: ALK-1 appears twice",
        "supply_agreements[0].max_patients: must be a whole number ≥ 1",
    ]
    assert str(error.value).startswith("trial.yaml: 9 problems: catalogue.version: must be text")


def test_unreadable_yaml_and_missing_sections(tmp_path: Path) -> None:
    with pytest.raises(
        CatalogueError,
        match=r"trial.yaml: 3 problems: catalogue.version: must be "
        r"text; drugs: must be a non-empty list; cohorts: must be a non-empty list",
    ):
        load_catalogue(write(tmp_path, "title: nothing\n"))  # fmt: skip
    with pytest.raises(Exception, match="trial.yaml: not valid YAML"):
        load_catalogue(write(tmp_path, "drugs: [\n"))


def test_supply_agreement_limits_enrolment() -> None:
    catalogue = builtin_catalogue(TREE)
    cohort = catalogue.cohort("ALK-FUS-ALECTINIB")
    state = cohort_state([])
    used_up = catalogue.supply_left({"BRAF-V600-VEM-COBI": 60, "HER2-AMP-PER-TRA": 40})
    assert used_up["Roche agreement (illustration)"] == 0
    availability = cohort_availability(catalogue, cohort, state, used_up)
    assert str(availability.reason) == (
        "full: drug supply used up (Roche agreement (illustration): 100 of 100 patients enrolled)"
    )
    assert str(enrolment_refusal(catalogue, cohort, state, used_up)) == (
        "cohort ALK-FUS-ALECTINIB takes no patients: full: drug supply used up "
        "(Roche agreement (illustration): 100 of 100 patients enrolled)"
    )
    places = {"Roche agreement (illustration)": 3}
    assert enrolment_refusal(catalogue, cohort, state, places) is None
    assert str(enrolment_refusal(catalogue, cohort, state, site_open=False, hospital="OUS")) == (
        "OUS's trial site is not open yet"
    )
