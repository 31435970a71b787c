"""The stage rule in SQL (`services.funnel_rule`, which the database keeps `case_funnel` by)
says what the readable rule (`domain.funnel.stage_of`) says, for any facts, on both back ends.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Integer, String, literal, select, union_all

from mtb_desk.db.engine import Database
from mtb_desk.domain.funnel import stage_of
from mtb_desk.services.funnel_query import FIELDS, FLAG, CaseFacts
from mtb_desk.services.funnel_rule import drop_expression, stage_expression

# Every value a fact may take in a row of `case_facts_query` (a flag may also be NULL).
FACT_VALUES = {name: (None, *options) if options is FLAG else options for name, options in FIELDS}
one_row = st.fixed_dictionaries({name: st.sampled_from(v) for name, v in FACT_VALUES.items()})
facts_rows = st.lists(one_row, min_size=1, max_size=40)


def _sql_stages(db: Database, rows: list[dict[str, Any]]) -> list[tuple[int, str | None]]:
    def typed(name: str, options: tuple[Any, ...]) -> Any:
        return Integer() if options is FLAG else String(40)

    table = union_all(*(
        select(*(literal(row[name], typed(name, options)).label(name) for name, options in FIELDS))
        for row in rows
    )).subquery("facts")  # fmt: skip
    staged = select(table, stage_expression(table.c).label("stage")).subquery()
    query = select(staged.c.stage, drop_expression(staged.c.stage, staged.c))
    with db.engine.connect() as connection:
        return [(int(s), d) for s, d in connection.execute(query)]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=facts_rows)
def test_the_sql_rule_is_the_readable_rule(db: Database, rows: list[dict[str, Any]]) -> None:
    expected = [stage_of(CaseFacts(**row)) for row in rows]
    assert _sql_stages(db, rows) == expected
