"""A fictitious whole-genome case for screenshots and benchmarks: many generated small
variants (most in invented non-coding genes, a few PASS coding ones in real cancer genes,
some filtered), with a handful annotated and reportable, so the case view's order shows."""

from __future__ import annotations

from mtb_desk.db.engine import Database
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import FindingKind, Oncogenicity
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.services.annotations import NO_ANNOTATION_YET, AnnotationInput, annotate_finding
from mtb_desk.services.case_opening import open_case
from mtb_desk.services.cases import NewCase, case_for_study_id, create_case
from mtb_desk.services.molecular import add_report
from mtb_desk.services.permissions import Actor

_CODING = ("BRAF", "BRCA2", "EGFR", "ERBB2", "KRAS", "PIK3CA", "TP53", "MET")


def _finding(i: int) -> ImportedFinding:
    coding = i % 97 == 0
    gene = _CODING[i % len(_CODING)] if coding else f"LINC{i % 20_000:05d}"
    return ImportedFinding(
        kind=FindingKind.SNV if i % 10 else FindingKind.INDEL,
        gene=gene,
        protein=f"A{i % 900 + 10}V" if coding else None,
        chromosome=f"chr{i % 22 + 1}",
        position=10_000 + i * 97,
        ref="C",
        alt="T",
        vaf=0.05 + (i % 40) / 100,
        depth=300 + i % 500,
        filter="LowQual" if i % 20 == 0 else "PASS",
    )


def add_wgs_demo_case(database: Database, actor: Actor, study_id: str, findings: int) -> int:
    """Create the case with `findings` findings in one report; its id."""
    case = create_case(database, actor, NewCase(study_id, "LUAD", ecog=1, prior_lines=2))
    report = ImportedReport(tuple(_finding(i) for i in range(findings)), importer="demo")
    with writing(database) as session:
        add_report(session, actor, case_for_study_id(session, study_id), report)
    first = open_case(database, case.id).page.findings
    for finding in first[:3]:
        values = AnnotationInput(Oncogenicity.ONCOGENIC, reportable=True)
        annotate_finding(database, actor, finding.id, values, expected_version=NO_ANNOTATION_YET)
    return case.id
