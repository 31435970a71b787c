"""Keyset paging of the worklist: walking page by page after the last row shown gives exactly
the rows of one ordered query, for every sort key and direction, with NULL dates and hospitals
and ties, on both back ends."""

from __future__ import annotations

import dataclasses
import datetime as dt

from mtb_desk.db.engine import Database
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.hospitals import create_hospital
from mtb_desk.services.permissions import Actor
from mtb_desk.services.worklist import CaseQuery, SortKey, list_cases, sort_value

PAGE = 4


def _seed(db: Database, actor: Actor) -> None:
    create_hospital(db, actor, "AAA", "Synthetic A")
    create_hospital(db, actor, "BBB", "Synthetic B")
    for i in range(23):
        create_case(
            db,
            actor,
            NewCase(
                f"KS-{(i * 7) % 23:02d}",
                ("LUAD", "PAAD", "COADREAD")[i % 3],
                hospital_code=(None, "AAA", "BBB")[i % 3] if i % 5 else None,
                referral_date=None if i % 4 == 0 else dt.date(2026, 1, 1 + i % 6),  # ties
            ),
        )


def _walk(db: Database, query: CaseQuery) -> list[int]:
    shown: list[int] = []
    after = None
    rows = list_cases(db, dataclasses.replace(query, limit=PAGE)).items
    while rows:
        shown += [c.id for c in rows]
        last = rows[-1]
        after = (sort_value(last, query.sort), last.id)
        page = dataclasses.replace(query, limit=PAGE, offset=len(shown), after=after)
        rows = list_cases(db, page).items
    return shown


def test_keyset_pages_equal_one_ordered_query(db: Database, actor: Actor) -> None:
    _seed(db, actor)
    for key in SortKey:
        for descending in (True, False):
            query = CaseQuery(sort=key, descending=descending, limit=1000)
            whole = list_cases(db, query).items
            assert len(whole) == 23
            values = [sort_value(c, key) for c in whole]
            present = [v for v in values if v is not None]
            nulls = len(values) - len(present)
            # NULLs sort as the smallest value, on SQLite and PostgreSQL alike
            expected_nulls = [None] * nulls
            if descending:
                assert values == sorted(present, reverse=True) + expected_nulls
            else:
                assert values == expected_nulls + sorted(present)
            assert _walk(db, query) == [c.id for c in whole], (key, descending)
