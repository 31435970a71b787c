"""Several adverse events per visit, saved with the visit in one transaction, on SQLite and
PostgreSQL: all or nothing, edits replace the list, and a change to the events alone is a new
version of the visit (so a second editor who saw the old list gets a conflict)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.errors import ConflictError, ValidationError
from mtb_desk.services.followup_records import case_treatments
from mtb_desk.services.permissions import Actor
from mtb_desk.services.visits import AdverseEventInput, VisitInput, record_visit
from tests.core.test_cohort_service import trial as trial  # noqa: F401 - fixture
from tests.core.test_followup import day
from tests.core.test_followup import started as started  # noqa: F401 - fixture
from tests.db_snapshot import snapshot

THREE = (
    AdverseEventInput("Diarrhea", 2, "probable", day(20), ended_on=day(30)),
    AdverseEventInput("Fatigue", 1, "possible", day(25)),
    AdverseEventInput("Febrile neutropenia", 3, "definite", day(40), serious=True,
                      ended_on=day(47)),
)  # fmt: skip


def week8(events: tuple[AdverseEventInput, ...], **fields: object) -> VisitInput:
    return VisitInput(8, day(58), ecog=1, response="SD", adverse_events=events, **fields)  # type: ignore[arg-type]


def stored_events(db: Database) -> list[tuple[str, int, bool, dt.date | None]]:
    (record,) = case_treatments(db, "F-1")
    visit = next(v for v in record.visits if v.week == 8)
    return [(a.term, a.grade, a.serious, a.ended_on) for a in visit.adverse_events]


def test_several_events_are_saved_together_and_an_edit_replaces_them(
    started: Database,  # noqa: F811
    actor: Actor,
) -> None:
    record_visit(started, actor, "F-1", week8(THREE))
    assert stored_events(started) == [
        ("Diarrhea", 2, False, day(30)),
        ("Fatigue", 1, False, None),
        ("Febrile neutropenia", 3, True, day(47)),
    ]
    edited = (dataclasses.replace(THREE[1], grade=2, ended_on=day(50)), THREE[2])
    record_visit(started, actor, "F-1", week8(edited))  # one edited, the first removed
    assert stored_events(started) == [
        ("Fatigue", 2, False, day(50)),
        ("Febrile neutropenia", 3, True, day(47)),
    ]
    record_visit(started, actor, "F-1", week8(()))
    assert stored_events(started) == []


BAD_EVENT = [
    ("grade 6", dataclasses.replace(THREE[1], grade=6), "adverse event 2 .*grade 6"),
    ("grade 0", dataclasses.replace(THREE[1], grade=0), "adverse event 2 .*grade 0"),
    ("ends before it starts", dataclasses.replace(THREE[1], ended_on=day(24)),
     "adverse event 2 .*ends .* before it starts"),
    ("empty term", dataclasses.replace(THREE[1], term="  "), "adverse event 2: the CTCAE term"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "bad", "message"), BAD_EVENT, ids=[b[0] for b in BAD_EVENT])
def test_one_bad_event_refuses_the_whole_visit(
    started: Database,  # noqa: F811
    actor: Actor,
    what: str,
    bad: AdverseEventInput,
    message: str,
) -> None:
    record_visit(started, actor, "F-1", week8(THREE[:1]))
    before = snapshot(started)
    with pytest.raises(ValidationError, match=message):
        record_visit(started, actor, "F-1", week8((THREE[0], bad, THREE[2]), note="changed"))
    assert snapshot(started) == before  # neither the visit's fields nor its events changed


def test_a_change_to_the_events_alone_is_a_new_version(
    started: Database,  # noqa: F811
    actor: Actor,
) -> None:
    first = record_visit(started, actor, "F-1", week8(THREE[:1]))
    seen = next(v for v in first.visits if v.week == 8).version
    second = record_visit(started, actor, "F-1", week8(THREE[:2]), expected_version=seen)
    assert next(v for v in second.visits if v.week == 8).version == seen + 1
    before = snapshot(started)
    with pytest.raises(ConflictError, match="week 8 visit of F-1"):  # saw the old list
        record_visit(started, actor, "F-1", week8(THREE[:1]), expected_version=seen)
    assert snapshot(started) == before
