"""Matching fetches only the findings a rule can read, and matches exactly as with all of them."""

from __future__ import annotations

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.enums import FindingKind
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.demo import load_demo
from mtb_desk.services.matching import case_inputs, match_context
from mtb_desk.services.molecular import add_report
from mtb_desk.services.permissions import Actor

NOISE = 3000


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    with writing(db) as session:  # a whole-genome-like report: thousands of unreadable findings
        case = case_for_study_id(session, "DEMO-001")
        findings = tuple(
            ImportedFinding(FindingKind.SNV, gene=f"NOISE{i}", chromosome="chr1", position=i + 1)
            for i in range(NOISE)
        ) + (ImportedFinding(FindingKind.SNV, chromosome="chr2", position=5),)
        add_report(session, actor, case, ImportedReport(findings=findings, importer="test"))
    return db


def test_only_readable_findings_are_fetched_and_matches_do_not_change(demo: Database) -> None:
    with reading(demo) as session:
        context = match_context(session)
        cases = list(session.query(Case).order_by(Case.id))
        every = case_inputs(session, cases, context.panels)
        read = case_inputs(session, cases, context.panels, context.matcher.reads)
        genes, kinds = context.matcher.reads
        for full, few in zip(every, read, strict=True):
            assert context.matcher.match(few) == context.matcher.match(full)
            assert context.matcher.explain(few) == context.matcher.explain(full)
            assert context.matcher.not_tested(few) == context.matcher.not_tested(full)
            expected = [
                f
                for f in full.findings
                if f.gene in genes or f.partner_gene in genes or f.kind in kinds
            ]
            assert list(few.findings) == expected
        assert sum(len(c.findings) for c in every) - sum(len(c.findings) for c in read) >= NOISE
