"""The funnel's stage rule in SQL, so the database itself can keep `case_funnel`.

`mtb_desk.domain.funnel.stage_of` is the rule as people read it; this is the same rule as
SQL expressions over the facts of `case_facts_query`, because in shared mode no login may
write `case_funnel` (a login could otherwise forge the trial's funnel): on PostgreSQL the
rows are written only by `mtb_refresh_funnel(integer[])`, a SECURITY DEFINER function owned
by the tables' owner that derives them from the source tables itself (created by migration
0014 from `refresh_function_sql`). SQLite (one person, no roles) runs the same statement
directly. `tests/core/test_funnel_rule.py` holds both forms of the rule equal.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Delete,
    Insert,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    literal_column,
    not_,
    or_,
    select,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.sql.elements import ColumnElement

from mtb_desk.db.board import quote
from mtb_desk.db.models import CaseStage
from mtb_desk.domain.enums import AgendaStatus, Week16Outcome
from mtb_desk.domain.funnel import STEPS, TRIAL_OUTCOMES
from mtb_desk.services.funnel_query import CaseIds, among, case_facts_query

REFRESH_FUNCTION = "mtb_refresh_funnel"
ROW_COLUMNS = (
    "case_id", "referral_date", "hospital_id", "diagnosis_code", "cohort_id", "stage",
    "drop_reason",
)  # fmt: skip


def _yes(column: Any) -> ColumnElement[bool]:
    return func.coalesce(column, 0) == 1


def stage_expression(facts: Any) -> ColumnElement[Any]:
    """How many steps a case reached (0-8) from a row of facts (`reached_steps`, in SQL)."""
    started = _yes(facts.started)
    outcome = func.coalesce(facts.outcome, "")  # NULL would make the whole test unknown
    own: list[ColumnElement[bool]] = [
        _yes(facts.profiled),
        or_(_yes(facts.discussed), facts.other_basis.is_not(None)),
        _yes(facts.actionable), _yes(facts.matched), _yes(facts.recommended), started,
        and_(started, outcome.in_((Week16Outcome.BENEFIT, Week16Outcome.NO_BENEFIT))),
        and_(started, outcome == Week16Outcome.BENEFIT),
    ]  # fmt: skip
    # A later step proves the ones before it (an annotation does not prove a discussion).
    proven: list[set[int]] = [{i} for i in range(len(own))]
    for i in range(len(own) - 2, -1, -1):
        proven[i] |= proven[i + 2] if i == 1 else proven[i + 1]
    reached = [or_(*(own[j] for j in sorted(proven[i]))) for i in range(len(own))]
    # The first step not reached is the stage (each step is a subset of the one before).
    return case(*((not_(r), i) for i, r in enumerate(reached)), else_=len(STEPS))


def _code(prefix: str, value: Any, default: str | None = None) -> ColumnElement[Any]:
    text_value: ColumnElement[Any] = cast(value, String)
    if default is not None:
        text_value = func.coalesce(text_value, default)
    return literal(f"{prefix}:", String) + text_value


def drop_expression(stage: Any, facts: Any) -> ColumnElement[Any]:
    """Why a case at `stage` stopped there (`drop_code`, in SQL); NULL at 0 and 8."""
    board_choice = and_(facts.rec_outcome.is_not(None), facts.rec_outcome.not_in(TRIAL_OUTCOMES))
    return case(
        (stage == 1, case(
            (facts.agenda == AgendaStatus.PENDING, "agenda-pending"),
            (facts.agenda == AgendaStatus.DEFERRED, "agenda-deferred"),
            else_="not-on-agenda",
        )),
        (stage.in_((2, 3)), case(
            (board_choice, _code("board", facts.rec_outcome)),
            (facts.other_basis.is_not(None), _code("outside-trials", facts.other_basis)),
            (stage == 2, "no-actionable-finding"),
            else_="no-trial-match",
        )),
        (stage == 4, "recommendation-draft"),
        (stage == 5, case(
            (facts.not_started.is_not(None), _code("never-started", facts.not_started)),
            else_="not-started-yet",
        )),
        (stage == 6, case(
            (facts.outcome == Week16Outcome.NOT_EVALUABLE,
             _code("not-evaluable", facts.stop_reason, "never-started")),
            else_="outcome-pending",
        )),
        (stage == 7, _code("no-benefit", facts.stop_reason, "progression")),
        else_=None,
    )  # fmt: skip


def stage_select(case_ids: CaseIds = None) -> Select[Any]:
    """`case_funnel` rows (in `ROW_COLUMNS` order) derived from the source tables."""
    facts = case_facts_query(case_ids).subquery("facts")
    staged = select(facts, stage_expression(facts.c).label("stage")).subquery("staged")
    c = staged.c
    return select(
        c.id, c.referral_date, c.hospital_id, c.diagnosis_code, c.cohort_id,
        cast(c.stage, Integer), drop_expression(c.stage, c),
    )  # fmt: skip


def stage_statements(case_ids: CaseIds = None) -> tuple[Delete, Insert]:
    """Delete the rows of `case_ids` (all when None), then insert them as derived now."""
    table: Any = CaseStage.__table__
    remove = delete(table)
    if case_ids is not None:
        remove = remove.where(among(table.c.case_id, case_ids))
    columns = [table.c[name] for name in ROW_COLUMNS]
    return remove, insert(table).from_select(columns, stage_select(case_ids))


def refresh_function_sql(schema: str) -> str:
    """CREATE the PostgreSQL function writing the `case_funnel` rows of some cases: runs as
    its owner (the tables' owner), with a pinned search_path and every name qualified, and
    writes only what the source tables give, so whoever calls it cannot forge a row."""
    ids = literal_column("case_ids", postgresql.ARRAY(Integer))
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    qualify: dict[str | None, str | None] = {None: schema}  # every table as "schema".table
    statements = []
    for statement in stage_statements(ids):
        compiled = statement.compile(
            dialect=dialect, schema_translate_map=qualify, compile_kwargs={"literal_binds": True}
        )
        # Put the schema in, as executing the statement would.
        statements.append(compiled.preparer._render_schema_translates(str(compiled), qualify))
    body = ";\n".join(statements)
    name = f"{quote(schema)}.{REFRESH_FUNCTION}"
    return (
        f"CREATE OR REPLACE FUNCTION {name}(case_ids integer[]) RETURNS void\n"
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$\n"
        f"BEGIN\n{body};\nEND $fn$"
    )
