"""Pathologists' annotations of findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Annotation, Finding
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import EscatTier, Oncogenicity
from mtb_desk.domain.records import AnnotationView
from mtb_desk.errors import ConflictError, NotFoundError
from mtb_desk.i18n.phrases import Phrase, phrase
from mtb_desk.services.audit import record_event, snapshot
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.views import annotation_view

_FIELDS = ("oncogenicity", "escat_tier", "reportable", "comment")
NO_ANNOTATION_YET = 0  # the version a caller saw when the finding had no annotation


@dataclass(frozen=True, slots=True)
class AnnotationInput:
    oncogenicity: Oncogenicity | None
    escat_tier: EscatTier | None = None
    reportable: bool = False
    comment: str = ""


def apply_annotation(
    session: Session,
    actor: Actor,
    finding_id: int,
    values: AnnotationInput,
    expected_version: int | None,
) -> Annotation:
    """Set a finding's annotation inside the caller's unit of work.

    `expected_version` is the annotation version the user saw (0: none yet); None applies
    on top of whatever is stored (the CLI's explicit command), still audited before/after.
    """
    require(actor, Action.ANNOTATE)
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise NotFoundError(code="finding.not-found", params={"id": finding_id})
    annotation = finding.annotation
    current = annotation.version if annotation is not None else NO_ANNOTATION_YET
    label = f"the annotation of finding {finding_id} ({finding.gene or finding.kind.value})"
    record = phrase(
        "record.annotation", finding=finding_id, gene=finding.gene or finding.kind.value
    )
    if expected_version is not None and expected_version != current:
        raise ConflictError(record, expected_version, current)
    before = snapshot(annotation, _FIELDS) if annotation is not None else None
    if annotation is None:
        annotation = _insert_first_annotation(session, actor, finding, record, expected_version)
    annotation.oncogenicity = values.oncogenicity
    annotation.escat_tier = values.escat_tier
    annotation.reportable = values.reportable
    annotation.comment = values.comment
    annotation.annotated_by = actor.username
    annotation.annotated_at = dt.datetime.now(dt.UTC)
    session.flush()
    record_event(
        session,
        actor=actor.username,
        action="annotate",
        entity="finding",
        entity_id=finding_id,
        case_id=finding.report.case_id,
        summary=f"{label} set to {values.oncogenicity or 'unassessed'}",
        before=before,
        after=snapshot(annotation, _FIELDS),
    )
    return annotation


def _insert_first_annotation(
    session: Session, actor: Actor, finding: Finding, label: Phrase, expected_version: int | None
) -> Annotation:
    """Insert the finding's first annotation; if someone else inserted one at the same
    moment, that is a lost race and reported as a conflict (nothing is overwritten).

    The row names its annotator from the start: in shared mode PostgreSQL refuses an
    annotation row written under any name but the session's login (migration 0007)."""
    annotation = Annotation(finding_id=finding.id, annotated_by=actor.username)
    try:
        with session.begin_nested():
            session.add(annotation)
            session.flush()
    except IntegrityError as exc:
        raise ConflictError(
            label,
            expected_version or NO_ANNOTATION_YET,
            1,
            now=phrase("conflict.annotated-same-moment"),
        ) from exc
    return annotation


def annotate_finding(
    database: Database,
    actor: Actor,
    finding_id: int,
    values: AnnotationInput,
    *,
    expected_version: int | None = None,
) -> AnnotationView:
    with writing(database) as session:
        view = annotation_view(
            apply_annotation(session, actor, finding_id, values, expected_version)
        )
        assert view is not None
        return view
