"""Exporting documents: decision PDFs (signed by the chair and the pathologist), minutes,
and the table of a meeting's decisions. Stored PDFs are kept byte for byte with their hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Document, Meeting, Recommendation, Signature
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.enums import DocumentKind, RecommendationState, Role
from mtb_desk.errors import NotFoundError, PermissionDenied, ValidationError
from mtb_desk.i18n import N_
from mtb_desk.progress import NullProgress, Progress
from mtb_desk.services.audit import record_event
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.document_inputs import decision_input, minutes_input
from mtb_desk.services.permissions import Action, Actor, require

if TYPE_CHECKING:
    from mtb_desk.reports.signing import CredentialInfo

SIGNING_ROLES = (Role.CHAIR, Role.PATHOLOGIST)


@dataclass(frozen=True, slots=True)
class SignerCredential:
    """One signer's PKCS#12 credential; unlocking it at signing is the re-authentication."""

    p12: bytes
    password: str
    role: Role


@dataclass(frozen=True, slots=True)
class ExportedDocument:
    uid: str
    sha256: str
    content: bytes
    signed_by: tuple[str, ...]
    recommendation_state: RecommendationState | None = None


Deliver = Callable[[ExportedDocument], None]


def latest_document_and_signatures(
    session: Session, recommendation_id: int
) -> tuple[Document | None, list[Signature]]:
    document = session.scalar(
        select(Document)
        .where(Document.recommendation_id == recommendation_id)
        .order_by(Document.id.desc())
        .limit(1)
    )
    if document is None:
        return None, []
    return document, list(document.signatures)


# (role, signer name, meaning, signed at, certificate subject, certificate SHA-256)
SignedRow = tuple[Role, str, str, dt.datetime, str, str]


def _signed_row(signature: Signature) -> SignedRow:
    return (
        signature.signer_role,
        signature.signer_name,
        signature.meaning,
        signature.signed_at,
        signature.certificate_subject,
        signature.certificate_sha256,
    )


def _check_signers(actor: Actor, signers: Sequence[SignerCredential]) -> None:
    roles = [s.role for s in signers]
    if len(set(roles)) != len(roles):
        raise ValidationError(code="signing.role-twice")
    for role in roles:
        if role not in SIGNING_ROLES:
            raise ValidationError(code="signing.role-not-signing", params={"role": role.value})
        if role not in actor.roles:
            raise PermissionDenied(
                code="signing.role-not-held", params={"user": actor.username, "role": role.value}
            )


def _sign_all(
    pdf: bytes, signers: Sequence[SignerCredential], lang: str, already: set[str]
) -> tuple[bytes, list[tuple[SignerCredential, CredentialInfo]]]:
    from mtb_desk.reports import geometry, i18n, signing

    done = []
    for signer in sorted(signers, key=lambda s: SIGNING_ROLES.index(s.role)):
        if signer.role.value in already:
            raise ValidationError(code="signing.already-signed", params={"role": signer.role.value})
        info = signing.open_credential(signer.p12, signer.password)
        pdf = signing.sign_pdf(
            pdf,
            signer.p12,
            signer.password,
            signer_name=common_name(info.subject),
            role=i18n.text(f"slot.{signer.role.value}", lang),
            meaning=i18n.text(f"meaning.{signer.role.value}", lang),
            field_name=signer.role.value,
            box_position=geometry.SIGNATURE_BOXES[signer.role.value],
            lang=lang,
        )
        done.append((signer, info))
    return pdf, done


def common_name(subject: str) -> str:
    """The CN of an RFC 4514 subject ("CN=Dr. A,O=Hospital" → "Dr. A")."""
    for part in re.split(r"(?<!\\),", subject):
        if part.strip().upper().startswith("CN="):
            return part.strip()[3:].replace("\\", "")
    return subject


def export_decision(
    database: Database,
    actor: Actor,
    study_id: str,
    *,
    lang: str = "en",
    signers: Sequence[SignerCredential] = (),
    progress: Progress | None = None,
    deliver: Deliver | None = None,
) -> ExportedDocument:
    """Build (or continue signing) the decision PDF of the case's current recommendation.

    A recommendation must be final first. When the stored document is already signed by
    some signers, further signatures are added to those bytes as incremental updates; asked
    for again without new signers, the stored signed bytes are returned as they are.
    `deliver` (e.g. writing the file) runs before the database commits: if it fails,
    nothing is stored.
    """
    require(actor, Action.EXPORT)
    _check_signers(actor, signers)
    progress = progress or NullProgress()
    with reading(database) as session:
        case = case_for_study_id(session, study_id)
        row = _current(session, case.id, study_id)
        recommendation_id = row.id
        stored, signatures = latest_document_and_signatures(session, row.id)
        existing = [_signed_row(s) for s in signatures]
        if stored is not None and existing and not signers:
            kept = ExportedDocument(
                stored.uid, stored.sha256, stored.content,
                tuple(name for _, name, *_ in existing), row.state,
            )  # fmt: skip
            if deliver is not None:
                deliver(kept)
            return kept
        if stored is not None and existing and signers:
            pdf, uid, lang = stored.content, stored.uid, stored.language
        else:
            from mtb_desk.reports.decision_pdf import build_decision_pdf
            from mtb_desk.services.matching_inputs import cohort_matches_for_pdf

            progress.update(0, None, N_("Building the decision PDF"))
            matched = cohort_matches_for_pdf(session, case, lang)
            data = decision_input(session, case, row, lang, matched)
            pdf = build_decision_pdf(data, lang=lang, signed=bool(signers))
            uid, existing = data.document_id, []
    progress.update(1, None, N_("Signing"))
    pdf, signed = _sign_all(pdf, signers, lang, {role.value for role, *_ in existing})
    return _store_decision(
        database, actor, recommendation_id, (uid, pdf, lang), signed, existing, deliver
    )


def _current(session: Session, case_id: int, study_id: str) -> Recommendation:
    row = session.scalar(
        select(Recommendation)
        .where(Recommendation.case_id == case_id)
        .order_by(Recommendation.revision.desc())
        .limit(1)
    )
    if row is None:
        raise NotFoundError(code="decision.no-recommendation", params={"study_id": study_id})
    if row.state is RecommendationState.DRAFT:
        raise ValidationError(
            code="decision.draft", params={"study_id": study_id, "revision": row.revision}
        )
    return row


def _store_decision(
    database: Database,
    actor: Actor,
    recommendation_id: int,
    built: tuple[str, bytes, str],
    signed: list[tuple[SignerCredential, CredentialInfo]],
    existing: Sequence[SignedRow],
    deliver: Deliver | None,
) -> ExportedDocument:
    from mtb_desk.reports.i18n import text

    uid, pdf, lang = built
    sha256 = hashlib.sha256(pdf).hexdigest()
    names = tuple(common_name(info.subject) for _, info in signed)
    with writing(database) as session:
        row = session.get(Recommendation, recommendation_id)
        assert row is not None
        document = Document(
            uid=uid if not existing else f"{uid}-S{len(existing) + len(signed)}",
            kind=DocumentKind.DECISION,
            recommendation_id=row.id,
            meeting_id=row.meeting_id,
            language=lang,
            sha256=sha256,
            content=pdf,
            created_by=actor.username,
        )
        session.add(document)
        session.flush()
        all_signers = list(existing)
        now = dt.datetime.now(dt.UTC)
        all_signers += [
            (
                c.role,
                common_name(info.subject),
                text(f"meaning.{c.role.value}", lang),
                now,
                info.subject,
                info.sha256_fingerprint,
            )
            for c, info in signed
        ]
        if signed:
            _check_pdf_matches(pdf, all_signers)
        for sequence, (role, name, meaning, at, subject, cert) in enumerate(all_signers, 1):
            session.add(
                Signature(
                    document_id=document.id,
                    sequence=sequence,
                    signer_name=name,
                    signer_role=role,
                    meaning=meaning,
                    signed_at=at,
                    certificate_subject=subject,
                    certificate_sha256=cert,
                )
            )
        session.flush()  # the signatures exist before the state says signed (a trigger checks)
        roles = {r for r, *_ in all_signers}
        if set(SIGNING_ROLES) <= roles and row.state is RecommendationState.FINAL:
            row.state = RecommendationState.SIGNED
        session.flush()
        record_event(
            session,
            actor=actor.username,
            action="export",
            entity="document",
            entity_id=document.uid,
            case_id=row.case_id,
            summary=f"decision PDF {document.uid} exported"
            + (f", signed by {', '.join(names)}" if names else ""),
            after={"sha256": sha256, "signatures": len(all_signers), "state": row.state},
        )
        exported = ExportedDocument(document.uid, sha256, pdf, names, row.state)
        if deliver is not None:
            deliver(exported)  # before the commit: a file that cannot be written stores nothing
        return exported


def _check_pdf_matches(pdf: bytes, rows: Sequence[SignedRow]) -> None:
    """The signatures stored with a document are exactly those inside its PDF (field = role,
    same certificate, same order), so no row claims a signature the file does not carry."""
    from mtb_desk.reports.verification import verify_pdf

    result = verify_pdf(pdf)
    inside = [(s.field_name, s.certificate_sha256) for s in result.signatures if s.valid]
    recorded = [(role.value, cert) for role, _, _, _, _, cert in rows]
    if inside != recorded:
        raise ValidationError(
            "the signatures in the PDF do not match the signers recorded for it; "
            "nothing was stored"
        )


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(code="meeting.not-found", params={"id": meeting_id})
    return meeting


def export_minutes(
    database: Database,
    actor: Actor,
    meeting_id: int,
    *,
    lang: str = "en",
    deliver: Deliver | None = None,
) -> ExportedDocument:
    require(actor, Action.EXPORT)
    from mtb_desk.reports.minutes_pdf import build_minutes_pdf

    with reading(database) as session:
        data = minutes_input(session, _meeting(session, meeting_id), lang)
    pdf = build_minutes_pdf(data, lang=lang)
    sha256 = hashlib.sha256(pdf).hexdigest()
    with writing(database) as session:
        session.add(
            Document(
                uid=data.document_id,
                kind=DocumentKind.MINUTES,
                meeting_id=meeting_id,
                language=lang,
                sha256=sha256,
                content=pdf,
                created_by=actor.username,
            )
        )
        record_event(
            session,
            actor=actor.username,
            action="export",
            entity="document",
            entity_id=data.document_id,
            summary=f"minutes of meeting {meeting_id} exported",
        )
        exported = ExportedDocument(data.document_id, sha256, pdf, ())
        if deliver is not None:
            deliver(exported)
    return exported


@dataclass(frozen=True, slots=True)
class DecisionsTable:
    rows: int  # agenda cases written (one row each)
    decided: int  # of them, cases with a decision recorded at this meeting


def export_decisions_table(
    database: Database, actor: Actor, meeting_id: int, path: Path, *, lang: str = "en"
) -> DecisionsTable:
    """Write the meeting's decisions as XLSX or CSV (by suffix): one row per agenda case."""
    require(actor, Action.EXPORT)
    from mtb_desk.reports.decisions_table import decided_count, export_decisions

    with reading(database) as session:
        data = minutes_input(session, _meeting(session, meeting_id), lang)
    return DecisionsTable(export_decisions(data, path, lang=lang), decided_count(data))
