"""Keeping each case's funnel stage (`case_funnel`) current, in the same transaction.

Every write session watches what it flushes: a change to a case, a molecular report, a
finding or its annotation, an agenda item, a recommendation, an enrolment or a treatment
marks the case. Just before the commit, the marked cases' rows in `case_funnel` are
rewritten from the source tables as this transaction left them, so the kept stage commits
or rolls back with the change itself. The database derives the rows (`services.funnel_rule`,
the stage rule in SQL); on PostgreSQL only the SECURITY DEFINER function
`mtb_refresh_funnel` writes them, so no login can forge the trial's funnel. `derived_stages`
computes the rows with the readable rule (`mtb_desk.domain.funnel.stage_of`); tests compare
the kept rows with it.

Writes that bypass the ORM (bulk inserts of findings) change no fact the funnel counts: a
finding counts only once annotated, and annotations go through the ORM.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Integer, bindparam, event, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from mtb_desk.db.models import (
    AgendaItem,
    Annotation,
    Case,
    CaseStage,
    Enrolment,
    Finding,
    MolecularReport,
    Recommendation,
    Treatment,
)
from mtb_desk.domain.funnel import stage_of
from mtb_desk.services.funnel_query import case_facts_query
from mtb_desk.services.funnel_rule import REFRESH_FUNCTION, stage_statements

_PENDING = "mtb_desk_funnel_cases"  # session.info key: case ids to refresh
_FINDINGS = "mtb_desk_funnel_findings"  # finding ids whose case is looked up at commit
_CASE_ID_OWNERS = (MolecularReport, AgendaItem, Recommendation, Enrolment, Treatment)
_CHUNK = 500  # case ids per statement (SQLite's bound-parameter limit is far above)
_REFRESH = text(f"SELECT {REFRESH_FUNCTION}(:ids)").bindparams(
    bindparam("ids", type_=ARRAY(Integer))
)


def stage_rows(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """`case_funnel` rows from rows of `case_facts_query`."""
    out = []
    for row in rows:
        stage, drop = stage_of(row)
        out.append({
            "case_id": row.id, "referral_date": row.referral_date,
            "hospital_id": row.hospital_id, "diagnosis_code": row.diagnosis_code,
            "cohort_id": row.cohort_id, "stage": stage, "drop_reason": drop,
        })  # fmt: skip
    return out


def derived_stages(session: Session | Connection, case_ids: Sequence[int] | None = None) -> (
    dict[int, dict[str, Any]]
):  # fmt: skip
    """The rows `case_funnel` should hold, computed from the source tables now."""
    return {r["case_id"]: r for r in stage_rows(session.execute(case_facts_query(case_ids)))}


def kept_stages(session: Session | Connection) -> dict[int, dict[str, Any]]:
    """The rows `case_funnel` holds."""
    table: Any = CaseStage.__table__
    return {r["case_id"]: dict(r) for r in session.execute(select(table)).mappings()}


def refresh_stages(session: Session | Connection, case_ids: Iterable[int]) -> None:
    """Rewrite the `case_funnel` rows of `case_ids` from their facts as they are now.

    On PostgreSQL through `mtb_refresh_funnel` (no login may write the table itself)."""
    ids = sorted(set(case_ids))
    bind = session if isinstance(session, Connection) else session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(_REFRESH, {"ids": ids})
        return
    for start in range(0, len(ids), _CHUNK):
        for statement in stage_statements(ids[start : start + _CHUNK]):
            session.execute(statement)


def rebuild_stages(connection: Connection) -> int:
    """Rewrite every case's row (a new column of facts, or a bulk load); returns the count.
    Run as the schema owner (a migration, a bulk load): it writes the table directly."""
    for statement in stage_statements():
        connection.execute(statement)
    table: Any = CaseStage.__table__
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _mark(session: Session, objects: Iterable[object]) -> None:
    cases: set[int] = session.info.setdefault(_PENDING, set())
    findings: set[int] = session.info.setdefault(_FINDINGS, set())
    for obj in objects:
        if isinstance(obj, Case):
            cases.add(obj.id)
        elif isinstance(obj, _CASE_ID_OWNERS):
            cases.add(obj.case_id)
        elif isinstance(obj, Annotation):
            findings.add(obj.finding_id)
        elif isinstance(obj, Finding):
            findings.add(obj.id)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: object) -> None:
    _mark(session, (*session.new, *session.dirty, *session.deleted))


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    session.flush()
    cases: set[int] = session.info.pop(_PENDING, set())
    findings: set[int] = session.info.pop(_FINDINGS, set())
    if findings:
        ids = sorted(i for i in findings if i is not None)
        for start in range(0, len(ids), _CHUNK):
            cases.update(session.scalars(
                select(MolecularReport.case_id)
                .join(Finding, Finding.report_id == MolecularReport.id)
                .where(Finding.id.in_(ids[start : start + _CHUNK]))
            ))  # fmt: skip
    cases.discard(None)  # type: ignore[arg-type,unused-ignore]
    if cases:
        refresh_stages(session, cases)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_FINDINGS, None)
