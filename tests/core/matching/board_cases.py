"""Synthetic board cases (tumour type × alteration × label) with what the app must say.

Used by `test_board_cases.py`; run as a script to print the table for the closing note::

    .venv/bin/python -m tests.core.matching.board_cases
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from mtb_desk.catalogue.labels import builtin_labels
from mtb_desk.catalogue.loader import builtin_catalogue
from mtb_desk.domain.enums import EscatTier, MsiStatus, Oncogenicity
from mtb_desk.matching.coverage import Assayed, Coverage
from mtb_desk.matching.engine import Match, Matcher
from mtb_desk.matching.evaluation import CaseInput
from mtb_desk.reference.oncotree import TumourTypeTree

from .factories import annotation, finding


@dataclass(frozen=True)
class BoardCase:
    diagnosis: str
    what: str  # the alteration in words, for the table
    findings: tuple[Any, ...]
    cohort: str
    status: str  # expected status, or "no match" / "not tested"
    says: str  # a phrase the reason (or why-not) must contain
    age: int | None = None
    tmb: float | None = None
    msi: MsiStatus | None = None
    coverage: Coverage | None = None


def snv(gene: str, protein: str, **extra: Any) -> Any:
    return finding("snv", gene, protein=protein, **extra)


def fusion(five: str, three: str, **extra: Any) -> Any:
    return finding("fusion", five, partner_gene=three, **extra)


def amp(gene: str, **extra: Any) -> Any:
    return finding("cnv", gene, cnv_call="amplification", **extra)


BRCA2 = finding("indel", "BRCA2", protein="S1982Rfs*22")
MET14 = finding("splice", "MET", exon="14/21", description="MET exon 14 skipping")
NO_RNA = Coverage(
    {k: None for k in Assayed if k not in (Assayed.FUSION, Assayed.SPLICE, Assayed.DELETION)},
    {Assayed.FUSION: "TSO500 report: RNA Sample ID NA, no RNA result",
     Assayed.SPLICE: "TSO500 report: RNA Sample ID NA, no RNA result",
     Assayed.DELETION: "TSO500 report: the Local App output calls amplifications only"},
)  # fmt: skip
V600 = "BRAF-V600-DAB-TRAM"

CASES = (
    BoardCase("ARMM", "BRAF V600E", (snv("BRAF", "V600E"),), V600, "excluded",
              "dabrafenib + trametinib (EMA 2015-08-25) for BRAF V600 mutation-positive melanoma"),
    BoardCase("SKCM", "BRAF V600E", (snv("BRAF", "V600E"),), "BRAF-V600-VEM-COBI", "excluded",
              "vemurafenib + cobimetinib (EMA 2015-11-20)"),
    BoardCase("UM", "BRAF V600E", (snv("BRAF", "V600E"),), V600, "excluded",
              "melanoma"),
    BoardCase("COADREAD", "BRAF V600E", (snv("BRAF", "V600E"),), V600, "eligible",
              "approved alternative: encorafenib + cetuximab (EMA 2020-06-02)"),
    BoardCase("LUAD", "BRAF V600E", (snv("BRAF", "V600E"),), V600, "excluded",
              "dabrafenib + trametinib (EMA 2017-03-31) for BRAF V600 mutation-positive advanced"),
    BoardCase("LUAD", "BRAF V600E", (snv("BRAF", "V600E"),), "BRAF-V600-VEM-COBI", "eligible",
              "approved alternative: encorafenib + binimetinib (EMA 2024-08-29)"),
    BoardCase("LUAD", "BRAF V600K", (snv("BRAF", "V600K"),), "BRAF-V600-VEM-COBI", "eligible",
              "approved alternative: dabrafenib + trametinib (EMA 2017-03-31)"),
    BoardCase("THPA", "BRAF V600E", (snv("BRAF", "V600E"),), V600, "eligible",
              "cohort open"),  # anaplastic thyroid is an FDA label only
    BoardCase("LGGNOS", "BRAF V600E, age 10", (snv("BRAF", "V600E"),), V600, "excluded",
              "glioma", age=10),
    BoardCase("LGGNOS", "BRAF V600E, age 45", (snv("BRAF", "V600E"),), V600, "eligible",
              "cohort open", age=45),
    BoardCase("LGGNOS", "BRAF V600E, age not recorded", (snv("BRAF", "V600E"),), V600,
              "needs-confirmation", "if age 1 to under 18 years (to confirm)"),
    BoardCase("LUAD", "BRAF K601E", (snv("BRAF", "K601E"),), V600, "no match",
              "BRAF K601E is present, but the cohort needs a change at V600"),
    BoardCase("SARCL", "MET exon 14 skipping", (MET14,), "MET-CAPMATINIB", "excluded",
              "capmatinib (EMA 2022-06-20)"),
    BoardCase("LUAD", "MET amplification, copy number 8", (amp("MET", copy_number=8.0),),
              "MET-CAPMATINIB", "eligible", "MET amplification (copy number 8) meets"),
    BoardCase("LUAD", "MET amplification, fold change 3.5 only",
              (amp("MET", fold_change=3.5),), "MET-CAPMATINIB", "no match",
              "needs copy number ≥ 6; the report gives only fold change 3.5"),
    BoardCase("PSEC", "BRCA2 frameshift", (BRCA2,), "BRCA-OLAPARIB", "excluded",
              "ovarian, fallopian tube or primary peritoneal cancer"),
    BoardCase("IDC", "BRCA2 frameshift, germline", (replace(BRCA2, origin="germline"),),
              "BRCA-OLAPARIB", "needs-confirmation", "if HER2-negative (to confirm)"),
    BoardCase("IDC", "BRCA2 frameshift, somatic", (replace(BRCA2, origin="somatic"),),
              "BRCA-OLAPARIB", "eligible", "cohort open"),
    BoardCase("IDC", "BRCA2 frameshift, origin not stated", (BRCA2,), "BRCA-OLAPARIB",
              "needs-confirmation", "if the variant is germline and HER2-negative"),
    BoardCase("PAAD", "BRCA2 frameshift, germline", (replace(BRCA2, origin="germline"),),
              "BRCA-OLAPARIB", "excluded", "germline BRCA1/2-mutated metastatic pancreatic"),
    BoardCase("PAAD", "BRCA2 frameshift, somatic", (replace(BRCA2, origin="somatic"),),
              "BRCA-OLAPARIB", "eligible", "BRCA2 S1982Rfs*22 meets"),
    BoardCase("PRAD", "BRCA2 frameshift", (BRCA2,), "BRCA-OLAPARIB", "needs-confirmation",
              "if castration-resistant (to confirm)"),
    BoardCase("LUAD", "KIF5B::RET fusion, not annotated", (fusion("KIF5B", "RET", onc=None),),
              "RET-FUS-SELPERCATINIB", "excluded", "selpercatinib (EMA 2021-02-11)"),
    BoardCase("THPA", "CCDC6::RET fusion, age 40", (fusion("CCDC6", "RET"),),
              "RET-FUS-SELPERCATINIB", "needs-confirmation",
              "if radioactive iodine-refractory", age=40),
    BoardCase("CHOL", "KIF5B::RET fusion", (fusion("KIF5B", "RET"),), "RET-FUS-SELPERCATINIB",
              "eligible", "KIF5B::RET fusion meets 'RET fusion (any partner)'"),
    BoardCase("LUAD", "EML4::ALK fusion", (fusion("EML4", "ALK"),), "ALK-FUS-ALECTINIB",
              "excluded", "approved alternative: crizotinib (EMA 2012-10-23)"),
    BoardCase("ALCLALKP", "NPM1::ALK fusion, age 12", (fusion("NPM1", "ALK"),),
              "ALK-FUS-ALECTINIB", "excluded", "is within excluded LYMPH (Lymphoid)", age=12),
    BoardCase("IMT", "TPM3::ALK fusion, age 10", (fusion("TPM3", "ALK"),), "ALK-FUS-ALECTINIB",
              "eligible", "approved alternative: crizotinib (EMA 2022-10-14) for recurrent or "
              "refractory ALK-positive unresectable inflammatory myofibroblastic", age=10),
    BoardCase("LUAD", "CD74::ROS1 fusion", (fusion("CD74", "ROS1"),), "ROS1-FUS-ENTRECTINIB",
              "excluded", "entrectinib (EMA 2020-07-31) for ROS1-positive"),
    BoardCase("COADREAD", "CD74::ROS1 fusion", (fusion("CD74", "ROS1"),),
              "ROS1-FUS-ENTRECTINIB", "eligible", "cohort open"),
    BoardCase("IDC", "ERBB2 amplification", (amp("ERBB2", copy_number=12.0),),
              "HER2-AMP-PER-TRA", "excluded", "pertuzumab + trastuzumab (EMA 2013-03-04)"),
    BoardCase("STAD", "ERBB2 amplification", (amp("ERBB2", copy_number=12.0),),
              "HER2-AMP-PER-TRA", "excluded", "trastuzumab (EMA 2010-01-19) for HER2-positive"),
    BoardCase("COADREAD", "ERBB2 amplification", (amp("ERBB2", copy_number=12.0),),
              "HER2-AMP-PER-TRA", "eligible", "ERBB2 amplification (copy number 12) meets"),
    BoardCase("COADREAD", "ERBB2 amplification, equivocal",
              (amp("ERBB2", copy_number=6.0, equivocal=True),), "HER2-AMP-PER-TRA",
              "needs-confirmation", "equivocal"),
    BoardCase("IDC", "PIK3CA H1047R", (snv("PIK3CA", "H1047R"),), "PIK3CA-ALPELISIB",
              "needs-confirmation", "if HR-positive, HER2-negative (to confirm)"),
    BoardCase("IDC", "PIK3CA H1047R with ERBB2 amplification",
              (snv("PIK3CA", "H1047R"), amp("ERBB2", copy_number=12.0)), "PIK3CA-ALPELISIB",
              "eligible", "PIK3CA H1047R meets"),  # HER2-positive: alpelisib off-label
    BoardCase("UEC", "PIK3CA H1047R", (snv("PIK3CA", "H1047R"),), "PIK3CA-ALPELISIB",
              "eligible", "PIK3CA H1047R meets"),
    BoardCase("COADREAD", "MSI-high", (), "MSI-HIGH-ATEZOLIZUMAB", "eligible",
              "approved alternative: pembrolizumab (EMA 2021-01-21)", msi=MsiStatus.MSI_HIGH),
    BoardCase("UEC", "MSI-high", (), "MSI-HIGH-ATEZOLIZUMAB", "eligible",
              "approved alternative: dostarlimab (EMA 2021-04-21)", msi=MsiStatus.MSI_HIGH),
    BoardCase("LUAD", "MSI-high", (), "MSI-HIGH-ATEZOLIZUMAB", "excluded",
              "atezolizumab (EMA 2017-09-21)", msi=MsiStatus.MSI_HIGH),
    BoardCase("PAAD", "TMB 15 mut/Mb", (), "TMB-HIGH-NIVOLUMAB", "eligible",
              "'TMB ≥ 10 mut/Mb' holds (TMB 15 mut/Mb)", tmb=15.0),
    BoardCase("SKCM", "TMB 15 mut/Mb", (), "TMB-HIGH-NIVOLUMAB", "excluded",
              "nivolumab (EMA 2015-06-19)", tmb=15.0),
    BoardCase("LUAD", "KRAS G12C", (snv("KRAS", "G12C"),), "KRAS-G12C-SOTORASIB", "excluded",
              "sotorasib (EMA 2022-01-06)"),
    BoardCase("COADREAD", "KRAS G12C", (snv("KRAS", "G12C"),), "KRAS-G12C-SOTORASIB",
              "eligible", "KRAS G12C meets 'KRAS G12C'"),
    BoardCase("BLCA", "FGFR3 S249C", (snv("FGFR3", "S249C"),), "FGFR-ERDAFITINIB", "excluded",
              "erdafitinib (EMA 2024-08-22)"),
    BoardCase("LUAD", "no fusion seen; TSO500 without RNA", (snv("TP53", "R273H"),),
              "RET-FUS-SELPERCATINIB", "not tested",
              "RET fusions not assayed (TSO500 report: RNA Sample ID NA, no RNA result); needs "
              "an RNA fusion assay", coverage=NO_RNA),
    BoardCase("PAAD", "no CDKN2A call; Local App (no deletions)", (snv("KRAS", "G12D"),),
              "CDK-PALBOCICLIB", "not tested", "CDKN2A deletions not assayed", coverage=NO_RNA),
    BoardCase("LUAD", "EGFR L858R, ESCAT I-A",
              (snv("EGFR", "L858R"), snv("KRAS", "G12C", onc=Oncogenicity.VUS)),
              "KRAS-G12C-SOTORASIB", "no match", "annotated VUS, which never matches"),
)  # fmt: skip


def board_matcher(tree: TumourTypeTree) -> Matcher:
    catalogue = builtin_catalogue()
    labels = builtin_labels().for_authority(catalogue.label_authority)
    return Matcher(catalogue.cohort_specs(), tree, labels=labels)


def outcome(matcher: Matcher, item: BoardCase) -> tuple[str, str]:
    """(status, what the app says) for the case's cohort."""
    case = CaseInput(findings=item.findings, diagnosis=item.diagnosis, tmb=item.tmb,
                     msi=item.msi, coverage=item.coverage, age=item.age)  # fmt: skip
    match = next((m for m in matcher.match(case) if m.cohort == item.cohort), None)
    if match is not None:
        return match.status.value, said(match)
    untested = next((n for n in matcher.not_tested(case) if n.cohort == item.cohort), None)
    if untested is not None:
        return "not tested", "; ".join(str(b) for b in untested.because)
    explained = next(e for e in matcher.explain(case) if e.cohort == item.cohort)
    failing = [c for c in explained.criteria
               if str(c.detail) != "whole rule" and c.truth.value not in ("met",)]  # fmt: skip
    return "no match", "; ".join(f"{c.clause}: {c.truth.value} ({c.detail})" for c in failing)


def said(match: Match) -> str:
    extra = [f"approved alternative: {a}" for a in match.approved_alternatives]
    return "; ".join([match.reason, *extra])


def _annotated(findings: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(replace(f, annotation=annotation(Oncogenicity.ONCOGENIC)) for f in findings)


def table(tree: TumourTypeTree) -> str:
    matcher = board_matcher(tree)
    rows = ["| # | diagnosis | alteration | cohort | the app says | why (reason as shown) |",
            "|---|---|---|---|---|---|"]  # fmt: skip
    for number, item in enumerate(CASES, start=1):
        status, text = outcome(matcher, item)
        rows.append(f"| {number} | {item.diagnosis} | {item.what} | {item.cohort} | {status} | "
                    f"{text.replace('|', '/')} |")  # fmt: skip
    return "\n".join(rows)


if __name__ == "__main__":
    import sys

    from mtb_desk.reference.oncotree import load_oncotree_file
    from tests.shared_data import SHARED_DATA

    _ = EscatTier
    release = load_oncotree_file(SHARED_DATA / "oncotree" / "oncotree_2025_10_03.json")
    sys.stdout.write(table(release) + "\n")
