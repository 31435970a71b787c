"""Hospitals and their trial-site status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Hospital
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.records import HospitalView
from mtb_desk.errors import NotFoundError, ValidationError
from mtb_desk.services.audit import record_event, snapshot
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.views import hospital_view

_FIELDS = ("code", "name", "city", "site_open_since")


def hospital_by_code(session: Session, code: str) -> Hospital:
    hospital = session.scalar(select(Hospital).where(Hospital.code == code.upper()))
    if hospital is None:
        raise NotFoundError(f"no hospital with code '{code}'")
    return hospital


def add_hospital(
    session: Session,
    actor: Actor,
    code: str,
    name: str,
    *,
    city: str | None = None,
    site_open_since: dt.date | None = None,
) -> Hospital:
    """Add a hospital inside the caller's unit of work."""
    require(actor, Action.EDIT_CASE)
    code = code.strip().upper()
    if not code or not name.strip():
        raise ValidationError("a hospital needs a code and a name")
    if session.scalar(select(Hospital.id).where(Hospital.code == code)) is not None:
        raise ValidationError(f"hospital '{code}' already exists")
    hospital = Hospital(code=code, name=name.strip(), city=city, site_open_since=site_open_since)
    session.add(hospital)
    record_event(
        session,
        actor=actor.username,
        action="create",
        entity="hospital",
        entity_id=code,
        summary=f"hospital {code} added",
        after=snapshot(hospital, _FIELDS),
    )
    return hospital


def create_hospital(
    database: Database,
    actor: Actor,
    code: str,
    name: str,
    *,
    city: str | None = None,
    site_open_since: dt.date | None = None,
) -> HospitalView:
    with writing(database) as session:
        hospital = add_hospital(
            session, actor, code, name, city=city, site_open_since=site_open_since
        )
        session.flush()
        return hospital_view(hospital)


def list_hospitals(database: Database) -> list[HospitalView]:
    with reading(database) as session:
        return [hospital_view(h) for h in session.scalars(select(Hospital).order_by(Hospital.code))]
