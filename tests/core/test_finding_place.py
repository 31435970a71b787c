"""Where a finding sorts in the case view (counted in SQL from its key) and the page that shows
it, against the Python reference order (`sort_key` over all findings), on SQLite and
PostgreSQL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtb_desk.db.engine import Database
from mtb_desk.services import finding_place as place_module
from mtb_desk.services.finding_pages import sort_key
from mtb_desk.services.finding_place import Shown, finding_place
from mtb_desk.services.permissions import Actor
from tests.core.finding_page_data import make_case
from tests.core.test_finding_pages import reference


def ids(findings: object) -> list[int]:
    return [f.id for f in findings]  # type: ignore[attr-defined]


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10_000), reach=st.integers(0, 30), gene=st.sampled_from(["", "br"]))
def test_every_finding_is_placed_where_the_reference_order_puts_it(
    db: Database, actor: Actor, seed: int, reach: int, gene: str
) -> None:
    """Any reach: the page from the top, or the page that starts at the finding."""
    case_id = make_case(db, actor, seed)
    order = reference(db, case_id, gene)
    original, place_module.REACH = place_module.REACH, reach
    try:
        for position, finding in enumerate(order):
            place = finding_place(db, case_id, [finding.id], Shown(gene=gene), limit=3)
            assert place is not None
            assert (place.finding_id, place.gene, place.position) == (finding.id, gene, position)
            assert place.start == (0 if position < reach else position)
            assert not place.continues
            assert ids(place.page.findings) == ids(order[place.start : place.start + len(
                place.page.findings)])  # fmt: skip
            assert place.page.findings[position - place.start].id == finding.id
            assert place.page.total == len(order)
    finally:
        place_module.REACH = original


def test_a_finding_a_little_further_on_continues_the_rows_shown(db: Database, actor: Actor) -> None:
    case_id = make_case(db, actor, seed=4, findings=60)
    order = reference(db, case_id)
    shown = Shown(start=0, end=10, last=sort_key(order[9]))
    place = finding_place(db, case_id, [order[25].id], shown, limit=5)
    assert place is not None
    assert place.continues
    assert (place.position, place.start) == (25, 10)
    assert ids(place.page.findings) == ids(order[10:30])  # up to it and a page beyond
    right_after = finding_place(db, case_id, [order[10].id], shown, limit=5)
    assert right_after is not None
    assert right_after.continues
    assert ids(right_after.page.findings) == ids(order[10:15])


def test_the_first_of_several_findings_in_the_case_order_is_shown(
    db: Database, actor: Actor
) -> None:
    case_id = make_case(db, actor, seed=6, findings=40)
    order = reference(db, case_id)
    place = finding_place(db, case_id, [order[30].id, order[12].id, order[35].id], limit=4)
    assert place is not None
    assert (place.finding_id, place.position) == (order[12].id, 12)


def test_a_filter_that_hides_the_finding_is_dropped(db: Database, actor: Actor) -> None:
    case_id = make_case(db, actor, seed=9, findings=60)
    hidden = next(f for f in reference(db, case_id) if f.gene == "EGFR")
    position = ids(reference(db, case_id)).index(hidden.id)
    place = finding_place(db, case_id, [hidden.id], Shown(gene="BRCA"), limit=4)
    assert place is not None
    assert (place.gene, place.position, place.page.total) == ("", position, 60)
    kept = finding_place(db, case_id, [hidden.id], Shown(gene="egf"), limit=4)
    assert kept is not None
    assert kept.gene == "egf"
    assert kept.position == ids(reference(db, case_id, "egf")).index(hidden.id)


@pytest.mark.parametrize("asked", [[], [10**9]])
def test_nothing_of_the_case_has_no_place(db: Database, actor: Actor, asked: list[int]) -> None:
    case_id = make_case(db, actor, seed=2, findings=10)
    other = make_case(db, actor, seed=3, findings=10)
    assert finding_place(db, case_id, asked) is None
    assert finding_place(db, case_id, ids(reference(db, other))[:1]) is None
