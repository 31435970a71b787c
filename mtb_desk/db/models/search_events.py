"""Keep ``search_text`` of patients and cases up to date on every insert and update.

Each row's search text is derived from its own columns only, and assigned only when it
changes (a recommender who may update just a case's status never writes this column).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from mtb_desk.db.models.clinical import Case
from mtb_desk.db.models.people import Patient
from mtb_desk.domain.search import search_key


def patient_search_text(patient: Patient) -> str:
    return search_key(patient.study_id, patient.name)


def case_search_text(case: Case) -> str:
    return search_key(case.diagnosis_code, case.diagnosis_text)


def _refresh(target: Any, text: str) -> None:
    if target.search_text != text:
        target.search_text = text


@event.listens_for(Patient, "before_insert")
@event.listens_for(Patient, "before_update")
def _patient_changed(_mapper: Any, _connection: Any, target: Patient) -> None:
    _refresh(target, patient_search_text(target))


@event.listens_for(Case, "before_insert")
@event.listens_for(Case, "before_update")
def _case_changed(_mapper: Any, _connection: Any, target: Case) -> None:
    _refresh(target, case_search_text(target))
