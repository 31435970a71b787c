"""The board's recommendations: record, amend (new revision), finalise; history per case.

States go draft → final → signed. A draft is edited in place (with its version checked); a
final or signed recommendation is never edited: an amendment is a new revision that names
the one it supersedes. Signed rows are also protected by the database itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import (
    AgendaItem,
    Case,
    Cohort,
    Finding,
    Meeting,
    MolecularReport,
    Recommendation,
    ReferenceRelease,
    recommendation_finding,
)
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.enums import (
    AgendaStatus,
    CaseStatus,
    EscatTier,
    RecommendationOutcome,
    RecommendationState,
    UseType,
)
from mtb_desk.errors import ConflictError, NotFoundError, ValidationError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.services.audit import record_event, snapshot
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.reference import current_tree

_AUDITED = (
    "outcome",
    "cohort_id",
    "trial_id",
    "drugs",
    "rationale",
    "further_tests",
    "follow_up",
    "escat_tier",
    "use_type",
    "state",
    "revision",
    "meeting_id",
)


@dataclass(frozen=True, slots=True)
class RecommendationDraft:
    outcome: RecommendationOutcome
    rationale: str
    meeting_id: int | None = None
    cohort_code: str | None = None
    trial_id: str | None = None
    drugs: tuple[str, ...] = ()
    finding_ids: tuple[int, ...] = ()
    further_tests: str = ""
    follow_up: str = ""
    escat_tier: EscatTier | None = None
    use_type: UseType | None = None


@dataclass(frozen=True, slots=True)
class SignatureView:
    signer_name: str
    signer_role: str
    meaning: str
    signed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RecommendationView:
    id: int
    case_id: int
    study_id: str
    revision: int
    supersedes_revision: int | None
    state: RecommendationState
    outcome: RecommendationOutcome
    meeting_id: int | None
    meeting_date: dt.date | None
    cohort_code: str | None
    trial_id: str | None
    drugs: tuple[str, ...]
    rationale: str
    further_tests: str
    follow_up: str
    escat_tier: EscatTier | None
    use_type: UseType | None
    finding_ids: tuple[int, ...]
    catalogue_version: str | None
    reference_version: str | None
    created_by: str
    created_at: dt.datetime
    finalised_by: str | None
    finalised_at: dt.datetime | None
    version: int
    signatures: tuple[SignatureView, ...] = field(default=())
    document_sha256: str | None = None


def _validate(session: Session, case: Case, draft: RecommendationDraft) -> Cohort | None:
    if not draft.rationale.strip():
        raise ValidationError(code="recommendation.rationale-missing")
    cohort = None
    if draft.cohort_code:
        cohort = session.scalar(select(Cohort).where(Cohort.code == draft.cohort_code))
        if cohort is None:
            raise NotFoundError(code="cohort.not-found", params={"cohort": draft.cohort_code})
    if draft.outcome is RecommendationOutcome.IMPRESS_COHORT and cohort is None:
        raise ValidationError(
            code="recommendation.cohort-missing", params={"outcome": draft.outcome.value}
        )
    if draft.outcome is RecommendationOutcome.OTHER_TRIAL and not draft.trial_id:
        raise ValidationError(
            code="recommendation.trial-missing", params={"outcome": draft.outcome.value}
        )
    if draft.finding_ids:
        own = set(
            session.scalars(
                select(Finding.id)
                .join(MolecularReport)
                .where(MolecularReport.case_id == case.id, Finding.id.in_(draft.finding_ids))
            )
        )
        foreign = sorted(set(draft.finding_ids) - own)
        if foreign:
            raise ValidationError(
                code="recommendation.foreign-findings",
                params={
                    "findings": ", ".join(map(str, foreign)),
                    "study_id": case.patient.study_id,
                },
            )
    if draft.meeting_id is not None and session.get(Meeting, draft.meeting_id) is None:
        raise NotFoundError(code="meeting.not-found", params={"id": draft.meeting_id})
    return cohort


def _latest_meeting_id(session: Session, case: Case) -> int | None:
    return session.scalar(
        select(Meeting.id)
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.case_id == case.id)
        .order_by(Meeting.held_on.desc())
        .limit(1)
    )


def _release_version(session: Session, kind: str) -> str | None:
    return session.scalar(
        select(ReferenceRelease.version)
        .where(ReferenceRelease.kind == kind)
        .order_by(ReferenceRelease.id.desc())
        .limit(1)
    )


def _latest(session: Session, case: Case) -> Recommendation | None:
    return session.scalar(
        select(Recommendation)
        .where(Recommendation.case_id == case.id)
        .order_by(Recommendation.revision.desc())
        .limit(1)
    )


def _apply(
    session: Session, row: Recommendation, draft: RecommendationDraft, cohort: Cohort | None
) -> None:
    row.outcome = draft.outcome
    row.rationale = draft.rationale.strip()
    row.cohort_id = cohort.id if cohort else None
    row.trial_id = draft.trial_id
    row.drugs = list(draft.drugs) or ([d.inn for d in cohort.drugs] if cohort else [])
    row.further_tests = draft.further_tests
    row.follow_up = draft.follow_up
    row.escat_tier = draft.escat_tier
    row.use_type = draft.use_type
    row.catalogue_version = _release_version(session, "catalogue")
    row.reference_version = current_tree(session).version
    session.flush()
    session.execute(
        recommendation_finding.delete().where(recommendation_finding.c.recommendation_id == row.id)
    )
    if draft.finding_ids:
        session.execute(
            recommendation_finding.insert(),
            [
                {"recommendation_id": row.id, "finding_id": f}
                for f in sorted(set(draft.finding_ids))
            ],
        )


def record_recommendation(
    database: Database,
    actor: Actor,
    study_id: str,
    draft: RecommendationDraft,
    *,
    final: bool = False,
    expected_version: int | None = None,
) -> RecommendationView:
    """Record the board's recommendation: edits the current draft, or starts a new revision
    when the latest one is final or signed (the amendment supersedes it)."""
    require(actor, Action.RECORD_RECOMMENDATION)
    if final:
        require(actor, Action.FINALISE_RECOMMENDATION)
    with writing(database) as session:
        case = case_for_study_id(session, study_id)
        if draft.meeting_id is not None:
            from mtb_desk.services.meetings import open_meeting_row

            open_meeting_row(session, draft.meeting_id)
        cohort = _validate(session, case, draft)
        latest = _latest(session, case)
        if latest is not None and latest.state is RecommendationState.DRAFT:
            if expected_version is not None and expected_version != latest.version:
                raise ConflictError(
                    phrase("record.draft", study_id=study_id), expected_version, latest.version
                )
            row, action, before = latest, "update", snapshot(latest, _AUDITED)
        else:
            row = Recommendation(
                case_id=case.id,
                revision=(latest.revision + 1) if latest else 1,
                supersedes_id=latest.id if latest else None,
                created_by=actor.username,
                outcome=draft.outcome,
            )
            _insert_revision(session, row, study_id, latest)
            action, before = "create", None
        row.meeting_id = draft.meeting_id or row.meeting_id or _latest_meeting_id(session, case)
        _apply(session, row, draft, cohort)
        if final:
            _finalise(row, actor)
        if case.status in (CaseStatus.REFERRED, CaseStatus.IN_REVIEW, CaseStatus.SCHEDULED):
            case.status = CaseStatus.DISCUSSED
        _mark_discussed(session, row)
        session.flush()
        record_event(
            session,
            actor=actor.username,
            action=action,
            entity="recommendation",
            entity_id=row.id,
            case_id=case.id,
            summary=f"recommendation revision {row.revision} for {study_id}: "
            f"{row.outcome.value} ({row.state.value})",
            before=before,
            after=snapshot(row, _AUDITED),
        )
        return _view(session, row)


def _insert_revision(
    session: Session, row: Recommendation, study_id: str, latest: Recommendation | None
) -> None:
    """Insert a new revision; if someone else created the same revision at the same moment,
    that is a lost race, reported as a conflict (nothing is overwritten)."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError as exc:
        seen = latest.version if latest is not None else 0
        raise ConflictError(
            phrase("record.recommendation-of", study_id=study_id),
            seen,
            None,
            now=phrase("conflict.revision-first", revision=row.revision),
        ) from exc


def _mark_discussed(session: Session, row: Recommendation) -> None:
    """A recommendation recorded at a meeting means the case was discussed there (same unit
    of work, so the minutes never show a decision for a case still 'pending')."""
    if row.meeting_id is None:
        return
    item = session.scalar(
        select(AgendaItem).where(
            AgendaItem.meeting_id == row.meeting_id, AgendaItem.case_id == row.case_id
        )
    )
    if item is not None and item.status is not AgendaStatus.DISCUSSED:
        item.status, item.note = AgendaStatus.DISCUSSED, ""


def _finalise(row: Recommendation, actor: Actor) -> None:
    row.state = RecommendationState.FINAL
    row.finalised_by = actor.username
    row.finalised_at = dt.datetime.now(dt.UTC)


def finalise_recommendation(
    database: Database, actor: Actor, recommendation_id: int, expected_version: int
) -> RecommendationView:
    require(actor, Action.FINALISE_RECOMMENDATION)
    with writing(database) as session:
        row = session.get(Recommendation, recommendation_id)
        if row is None:
            raise NotFoundError(code="recommendation.not-found", params={"id": recommendation_id})
        if row.version != expected_version:
            raise ConflictError(
                phrase("record.recommendation", id=row.id), expected_version, row.version
            )
        if row.state is not RecommendationState.DRAFT:
            raise ValidationError(
                code="recommendation.not-draft",
                params={"revision": row.revision, "state": row.state.value},
            )
        _finalise(row, actor)
        session.flush()
        record_event(
            session,
            actor=actor.username,
            action="finalise",
            entity="recommendation",
            entity_id=row.id,
            case_id=row.case_id,
            summary=f"recommendation revision {row.revision} finalised",
        )
        return _view(session, row)


def recommendation_history(database: Database, study_id: str) -> list[RecommendationView]:
    """Every revision for the case, newest first."""
    with reading(database) as session:
        case = case_for_study_id(session, study_id)
        rows = session.scalars(
            select(Recommendation)
            .where(Recommendation.case_id == case.id)
            .order_by(Recommendation.revision.desc())
        ).all()
        return [_view(session, r) for r in rows]


def current_recommendation(session: Session, case: Case) -> Recommendation | None:
    return _latest(session, case)


def _view(session: Session, row: Recommendation) -> RecommendationView:
    from mtb_desk.services.documents import latest_document_and_signatures

    case = session.get(Case, row.case_id)
    assert case is not None
    cohort = session.get(Cohort, row.cohort_id) if row.cohort_id else None
    meeting = session.get(Meeting, row.meeting_id) if row.meeting_id else None
    supersedes = session.get(Recommendation, row.supersedes_id) if row.supersedes_id else None
    findings = tuple(
        session.scalars(
            select(recommendation_finding.c.finding_id)
            .where(recommendation_finding.c.recommendation_id == row.id)
            .order_by(recommendation_finding.c.finding_id)
        )
    )
    document, signatures = latest_document_and_signatures(session, row.id)
    return RecommendationView(
        id=row.id,
        case_id=row.case_id,
        study_id=case.patient.study_id,
        revision=row.revision,
        supersedes_revision=supersedes.revision if supersedes else None,
        state=row.state,
        outcome=row.outcome,
        meeting_id=row.meeting_id,
        meeting_date=meeting.held_on if meeting else None,
        cohort_code=cohort.code if cohort else None,
        trial_id=row.trial_id,
        drugs=tuple(row.drugs),
        rationale=row.rationale,
        further_tests=row.further_tests,
        follow_up=row.follow_up,
        escat_tier=row.escat_tier,
        use_type=row.use_type,
        finding_ids=findings,
        catalogue_version=row.catalogue_version,
        reference_version=row.reference_version,
        created_by=row.created_by,
        created_at=row.created_at,
        finalised_by=row.finalised_by,
        finalised_at=row.finalised_at,
        version=row.version,
        signatures=tuple(
            SignatureView(s.signer_name, s.signer_role.value, s.meaning, s.signed_at)
            for s in signatures
        ),
        document_sha256=document.sha256 if document else None,
    )
