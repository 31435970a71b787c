"""Signing all of a meeting's final decisions in one step (what a chair does after a board).

`decisions_to_sign` lists the latest revision of each agenda case decided at the meeting;
`sign_meeting_decisions` checks the credential's password once (a wrong password signs
nothing), then signs and stores each decision PDF in its own unit of work through
``documents.export_decision``, so one failing case never undoes the others: the result
says, per case, what was signed or why not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AgendaItem, Case, Cohort, Meeting, Recommendation
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import RecommendationOutcome, RecommendationState, Role
from mtb_desk.errors import MtbDeskError, NotFoundError, ValidationError
from mtb_desk.progress import NullProgress, Progress
from mtb_desk.services.documents import SignerCredential, export_decision
from mtb_desk.services.permissions import Action, Actor, require


@dataclass(frozen=True, slots=True)
class DecisionToSign:
    """One agenda case's latest revision decided at the meeting."""

    study_id: str
    revision: int
    state: RecommendationState
    outcome: RecommendationOutcome
    target: str  # cohort code, trial id or drugs ("" for none)
    signed_roles: tuple[Role, ...]  # roles that already signed the stored document

    def ready_for(self, role: Role) -> bool:
        """Final (not a draft) and not yet signed in this role."""
        return self.state is not RecommendationState.DRAFT and role not in self.signed_roles


@dataclass(frozen=True, slots=True)
class SignedDecision:
    """The outcome for one case: `uid`/`content` when signed, else `error` says why not."""

    study_id: str
    uid: str | None = None
    content: bytes | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def decisions_to_sign(database: Database, meeting_id: int) -> list[DecisionToSign]:
    """The meeting's decided cases in agenda order (drafts included, to say they wait)."""
    from mtb_desk.services.documents import latest_document_and_signatures

    out: list[DecisionToSign] = []
    with reading(database) as session:
        if session.get(Meeting, meeting_id) is None:
            raise NotFoundError(code="meeting.not-found", params={"id": meeting_id})
        items = session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        ).all()
        for item in items:
            row = session.scalar(
                select(Recommendation)
                .where(Recommendation.case_id == item.case_id)
                .order_by(Recommendation.revision.desc())
                .limit(1)
            )
            if row is None or row.meeting_id != meeting_id:
                continue
            case = session.get(Case, item.case_id)
            assert case is not None
            _, signatures = latest_document_and_signatures(session, row.id)
            cohort = session.get(Cohort, row.cohort_id) if row.cohort_id else None
            target = cohort.code if cohort else (row.trial_id or ", ".join(row.drugs))
            out.append(
                DecisionToSign(
                    case.patient.study_id,
                    row.revision,
                    row.state,
                    row.outcome,
                    target,
                    tuple(s.signer_role for s in signatures),
                )
            )
    return out


def sign_meeting_decisions(
    database: Database,
    actor: Actor,
    study_ids: Sequence[str],
    signer: SignerCredential,
    *,
    lang: str = "en",
    progress: Progress | None = None,
) -> list[SignedDecision]:
    """Sign each listed decision as `signer.role`; one result per study id, in order.

    Raises before signing anything when the credential does not open (wrong password,
    not a PKCS#12 file) or the role is not the actor's."""
    from mtb_desk.reports.signing import open_credential

    require(actor, Action.EXPORT)
    if signer.role not in actor.roles:
        raise ValidationError(
            code="signing.wrong-role", params={"user": actor.username, "role": signer.role.value}
        )
    open_credential(signer.p12, signer.password)  # the one password check, before any write
    progress = progress or NullProgress()
    results: list[SignedDecision] = []
    for done, study_id in enumerate(study_ids):
        progress.update(done, len(study_ids), study_id)
        if progress.cancelled():
            results.append(SignedDecision(study_id, error="cancelled before signing"))
            continue
        try:
            exported = export_decision(database, actor, study_id, lang=lang, signers=[signer])
        except MtbDeskError as error:
            results.append(SignedDecision(study_id, error=str(error)))
        else:
            results.append(SignedDecision(study_id, exported.uid, exported.content))
    progress.update(len(study_ids), len(study_ids), "")
    return results
