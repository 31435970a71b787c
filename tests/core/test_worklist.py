"""The worklist query: filters, sorting, paging and totals."""

from __future__ import annotations

import datetime as dt

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import CaseStatus
from mtb_desk.services.cases import NewCase, create_case, get_case, update_case
from mtb_desk.services.hospitals import create_hospital
from mtb_desk.services.meetings import add_to_agenda, create_meeting
from mtb_desk.services.permissions import Actor
from mtb_desk.services.worklist import CaseQuery, SortKey, list_cases


def _seed(db: Database, actor: Actor) -> None:
    create_hospital(db, actor, "AAA", "Synthetic A")
    create_hospital(db, actor, "BBB", "Synthetic B")
    start = dt.date(2026, 1, 1)
    for i in range(12):
        create_case(
            db,
            actor,
            NewCase(
                f"WL-{i:02d}",
                "LUAD" if i % 2 else "PAAD",
                hospital_code="AAA" if i % 3 else "BBB",
                referral_date=start + dt.timedelta(days=i),
                patient_name=f"Fictitious {i}",
            ),
        )
    for study in ("WL-01", "WL-04"):
        case = get_case(db, study)
        update_case(db, actor, case.id, case.version, {"status": "closed"})


def test_filter_by_status_and_hospital_sorted_by_referral(db: Database, actor: Actor) -> None:
    _seed(db, actor)
    page = list_cases(
        db, CaseQuery(statuses=frozenset({CaseStatus.REFERRED}), hospital_codes=frozenset({"AAA"}))
    )
    ids = [c.study_id for c in page.items]
    expected = [f"WL-{i:02d}" for i in range(11, -1, -1) if i % 3 and i not in (1, 4)]
    assert ids == expected
    assert page.total == len(expected)
    assert all(c.hospital_code == "AAA" and c.status is CaseStatus.REFERRED for c in page.items)


def test_paging_keeps_order_and_total(db: Database, actor: Actor) -> None:
    _seed(db, actor)
    first = list_cases(db, CaseQuery(limit=5, sort=SortKey.STUDY_ID, descending=False))
    second = list_cases(db, CaseQuery(limit=5, offset=5, sort=SortKey.STUDY_ID, descending=False))
    assert [c.study_id for c in first.items] == [f"WL-{i:02d}" for i in range(5)]
    assert [c.study_id for c in second.items] == [f"WL-{i:02d}" for i in range(5, 10)]
    assert first.total == second.total == 12


def test_search_meeting_filter_and_next_meeting(db: Database, actor: Actor) -> None:
    _seed(db, actor)
    assert [c.study_id for c in list_cases(db, CaseQuery(text="fictitious 7")).items] == ["WL-07"]
    assert len(list_cases(db, CaseQuery(text="paad")).items) == 6
    meeting = create_meeting(db, actor, dt.date.today() + dt.timedelta(days=3), "Synthetic MTB")
    add_to_agenda(db, actor, meeting.id, get_case(db, "WL-05").id)
    page = list_cases(db, CaseQuery(meeting_id=meeting.id))
    assert [(c.study_id, c.next_meeting, c.status) for c in page.items] == [
        ("WL-05", meeting.held_on, CaseStatus.SCHEDULED)
    ]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("åse", {"S-ÅSE"}),
        ("ÅSE", {"S-ÅSE"}),
        ("østby", {"S-ÅSE"}),
        ("ÆRØ", {"S-ÆRØ"}),
        ("lung", {"S-ÆRØ"}),  # the diagnosis name, not only the code
        ("melanoma", {"S-ÅSE"}),
        ("s-", {"S-ÅSE", "S-ÆRØ", "S-100%"}),
        ("100%", {"S-100%"}),  # LIKE's own characters are taken literally
        ("_", set()),
    ],
)
def test_search_folds_every_letter_on_both_back_ends(
    db: Database, actor: Actor, typed: str, found: set[str]
) -> None:
    create_case(db, actor, NewCase("S-ÅSE", "SKCM", "Cutaneous Melanoma", patient_name="Åse Østby"))
    create_case(db, actor, NewCase("S-ÆRØ", "LUAD", "Lung Adenocarcinoma", patient_name="Ærø"))
    create_case(db, actor, NewCase("S-100%", "BRCA", "Breast Cancer"))
    page = list_cases(db, CaseQuery(text=typed))
    assert {c.study_id for c in page.items} == found
