"""Findings a page at a time: the database's order and filter against a Python reference
(`sort_key` over all findings of the case), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtb_desk.db.engine import Database
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import BIOMARKER_KINDS
from mtb_desk.domain.records import FindingView
from mtb_desk.services.case_opening import open_case
from mtb_desk.services.cases import get_case_by_id
from mtb_desk.services.finding_pages import (
    FindingPageQuery,
    finding_counts,
    finding_page,
    is_coding,
    sort_key,
)
from mtb_desk.services.permissions import Actor
from tests.core.finding_page_data import make_case


def all_pages(db: Database, case_id: int, gene: str = "", limit: int = 7) -> list[FindingView]:
    shown: list[FindingView] = []
    page = finding_page(db, case_id, FindingPageQuery(gene=gene, limit=limit))
    total = page.total
    shown += page.findings
    while page.more:
        page = finding_page(db, case_id, FindingPageQuery(gene, page.last_key, limit), total)
        assert len(page.findings) <= limit
        shown += page.findings
    assert len(shown) == total
    return shown


def reference(db: Database, case_id: int, gene: str = "") -> list[FindingView]:
    """Every finding loaded the old way, filtered and sorted in Python."""

    def named(f: FindingView) -> bool:
        return any(
            (name or "").upper().startswith(gene.upper()) for name in (f.gene, f.partner_gene)
        )

    findings = get_case_by_id(db, case_id).findings
    return sorted((f for f in findings if named(f)), key=sort_key)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10_000), limit=st.integers(1, 15))
def test_pages_follow_the_reference_order(
    db: Database, actor: Actor, seed: int, limit: int
) -> None:
    case_id = make_case(db, actor, seed)
    assert all_pages(db, case_id, limit=limit) == reference(db, case_id)


@pytest.mark.parametrize("gene", ["br", "BRCA", "brca2", "c9orf", "C9ORF72", "EGFR", "X"])
def test_gene_filter_is_a_prefix_in_any_case(db: Database, actor: Actor, gene: str) -> None:
    case_id = make_case(db, actor, seed=3, findings=60)
    assert all_pages(db, case_id, gene, limit=5) == reference(db, case_id, gene)


def test_the_order_is_reportable_pass_coding_annotated(db: Database, actor: Actor) -> None:
    case_id = make_case(db, actor, seed=11, findings=80)
    shown = all_pages(db, case_id, limit=200)
    flags = [
        (
            bool(f.annotation and f.annotation.reportable),
            not f.is_filtered,
            is_coding(f),
            bool(f.annotation and f.annotation.oncogenicity),
        )
        for f in shown
    ]
    assert flags == sorted(flags, reverse=True)  # each flag true first, in this precedence
    assert flags[0][0]
    assert not flags[-1][0]


def test_opening_counts_without_loading_every_finding(db: Database, actor: Actor) -> None:
    case_id = make_case(db, actor, seed=5)
    everything = get_case_by_id(db, case_id).findings
    opening = open_case(db, case_id, FindingPageQuery(limit=10))
    assert opening.case.findings == ()
    assert opening.page.total == len(everything)
    assert opening.page.more
    assert opening.page.findings == tuple(sorted(everything, key=sort_key)[:10])
    to_review = [
        f
        for f in everything
        if f.kind not in BIOMARKER_KINDS
        and (f.annotation is None or f.annotation.oncogenicity is None)
    ]
    with reading(db) as session:
        counts = finding_counts(session, case_id)
    assert (counts.total, counts.to_review) == (len(everything), len(to_review))
    assert opening.counts == counts


def test_an_empty_case_has_an_empty_page(db: Database, actor: Actor) -> None:
    from mtb_desk.services.cases import NewCase, create_case

    case = create_case(db, actor, NewCase("PAGE-EMPTY", "LUAD"))
    page = finding_page(db, case.id)
    assert (page.findings, page.total, page.more) == ((), 0, False)


def test_report_counts_are_stored_at_import_and_counted_when_missing(
    db: Database, actor: Actor
) -> None:
    from sqlalchemy import text

    from mtb_desk.services.cases import get_case_header

    case_id = make_case(db, actor, seed=8)
    study = get_case_by_id(db, case_id).study_id
    real = {r.id: r.finding_count for r in get_case_by_id(db, case_id).reports}
    assert sorted(real.values()) == [20, 20]
    with db.engine.begin() as connection:
        stored = dict(connection.execute(text("SELECT * FROM report_finding_count")).all())
        assert {r: stored[r] for r in real} == real
        connection.execute(text(f"DELETE FROM report_finding_count WHERE report_id = {min(real)}"))
    assert {r.id: r.finding_count for r in get_case_header(db, study).reports} == real
