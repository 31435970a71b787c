"""Other trials (MatchMiner CTML files): their arms stored as cohorts with source "ctml".

All files are read and mapped first; then one unit of work stores every arm that has a
genomic rule. What did not map is kept with the arm (and reported), never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Cohort
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.errors import ValidationError
from mtb_desk.matching.ctml import CtmlArm, CtmlTrial
from mtb_desk.services.audit import record_event
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.reference import current_tree

_CODE_LIMIT = 80


@dataclass(frozen=True, slots=True)
class ArmLoad:
    cohort: str  # "protocol / arm"
    stored: bool  # False: the arm has no genomic criterion (or its code is too long)
    suspended: bool
    rule: str  # the mapped rule in words ("" when none)
    unmapped: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TrialLoad:
    source_filename: str
    protocol_no: str
    nct_id: str | None
    title: str
    status: str
    arms: tuple[ArmLoad, ...]
    notes: tuple[str, ...]


def _details(trial: CtmlTrial, arm: CtmlArm) -> dict[str, Any]:
    closed = "arm suspended" if arm.suspended else f"trial status: {trial.status}"
    return {
        "protocol": trial.protocol_no,
        "nct_id": trial.nct_id,
        "title": trial.title,
        "status": trial.status,
        "arm": arm.code,
        "description": arm.description,
        "unmapped": list(arm.unmapped),
        "notes": list(trial.notes),
        "drugs": list(arm.drugs),
        "closed_reason": closed,
    }


def _store_arm(session: Session, trial: CtmlTrial, arm: CtmlArm) -> bool:
    from mtb_desk.matching.rule_syntax import rule_to_data

    assert arm.rule is not None
    row = session.scalar(select(Cohort).where(Cohort.code == arm.cohort_code))
    if row is not None and row.source != "ctml":
        raise ValidationError(f"cohort code {arm.cohort_code} is already an IMPRESS cohort")
    if row is None:
        row = Cohort(code=arm.cohort_code, source="ctml")
        session.add(row)
    row.name = (arm.description or arm.code)[:300]
    row.rule = rule_to_data(arm.rule)
    row.tumour_include = list(arm.tumour_types.include)
    row.tumour_exclude = list(arm.tumour_types.exclude)
    row.suspended = arm.suspended or not trial.open
    row.details = _details(trial, arm)
    return True


def _summary(path: Path, trial: CtmlTrial) -> TrialLoad:
    arms = []
    for arm in trial.arms:
        storable = arm.rule is not None and len(arm.cohort_code) <= _CODE_LIMIT
        notes = arm.unmapped
        if arm.rule is not None and not storable:
            notes += (f"cohort code longer than {_CODE_LIMIT} characters: not stored",)
        arms.append(
            ArmLoad(
                cohort=arm.cohort_code,
                stored=storable,
                suspended=arm.suspended or not trial.open,
                rule=arm.rule.describe() if arm.rule is not None else "",
                unmapped=notes,
            )
        )
    return TrialLoad(
        path.name, trial.protocol_no, trial.nct_id, trial.title, trial.status, tuple(arms),
        trial.notes,
    )  # fmt: skip


def load_trials(database: Database, actor: Actor, paths: list[Path]) -> list[TrialLoad]:
    """Read every file first (any unreadable file stops the load), then store all arms."""
    require(actor, Action.MANAGE_CATALOGUE)
    from mtb_desk.matching.ctml import load_ctml_file

    with reading(database) as session:
        tree = current_tree(session)
    trials = [(path, load_ctml_file(path, tree)) for path in paths]
    summaries = [_summary(path, trial) for path, trial in trials]
    with writing(database) as session:
        for (_, trial), summary in zip(trials, summaries, strict=True):
            stored = {a.cohort for a in summary.arms if a.stored}
            for arm in trial.arms:
                if arm.cohort_code in stored:
                    _store_arm(session, trial, arm)
            session.flush()
            record_event(
                session,
                actor=actor.username,
                action="load",
                entity="trial",
                entity_id=trial.protocol_no,
                summary=f"trial {trial.protocol_no} loaded from {summary.source_filename}: "
                f"{len(stored)} of {len(trial.arms)} arms can be matched",
                after={"arms": sorted(stored), "status": trial.status},
            )
    return summaries
