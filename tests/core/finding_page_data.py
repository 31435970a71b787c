"""Small generated cases for the findings-page tests (core and GUI): findings of every sort
class over two reports, some annotated, some reportable (fictitious study ids)."""

from __future__ import annotations

import random
from itertools import count

from mtb_desk.db.engine import Database
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import CnvCall, FindingKind, Oncogenicity
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.services.annotations import NO_ANNOTATION_YET, AnnotationInput, annotate_finding
from mtb_desk.services.cases import NewCase, case_for_study_id, create_case, get_case_by_id
from mtb_desk.services.molecular import add_report
from mtb_desk.services.permissions import Actor

GENES = ("BRAF", "BRCA1", "BRCA2", "EGFR", "KRAS", "C9orf72", "ALK")
_numbers = count(1)


def _finding(rng: random.Random) -> ImportedFinding:
    kind = rng.choice((FindingKind.SNV, FindingKind.SNV, FindingKind.INDEL, FindingKind.CNV))
    gene = rng.choice(GENES)
    flt = rng.choice(("PASS", "PASS", "LowQual", None))
    if kind is FindingKind.CNV:
        return ImportedFinding(kind=kind, gene=gene, cnv_call=CnvCall.AMPLIFICATION, filter=flt)
    protein = f"A{rng.randint(1, 900)}V" if rng.random() < 0.4 else None
    return ImportedFinding(kind=kind, gene=gene, protein=protein, vaf=0.2, filter=flt)


def make_case(db: Database, actor: Actor, seed: int, findings: int = 40) -> int:
    """A case with two reports of random findings, a third of them annotated; its id."""
    rng = random.Random(seed)
    study = f"PAGE-{seed}-{next(_numbers)}"
    case = create_case(db, actor, NewCase(study, "LUAD"))
    for _ in range(2):
        rows = tuple(_finding(rng) for _ in range(findings // 2))
        with writing(db) as session:
            add_report(session, actor, case_for_study_id(session, study), ImportedReport(rows))
    for finding in get_case_by_id(db, case.id).findings:
        if rng.random() < 0.35:
            values = AnnotationInput(
                oncogenicity=rng.choice((None, Oncogenicity.ONCOGENIC, Oncogenicity.VUS)),
                reportable=rng.random() < 0.4,
            )
            annotate_finding(db, actor, finding.id, values, expected_version=NO_ANNOTATION_YET)
    return case.id
