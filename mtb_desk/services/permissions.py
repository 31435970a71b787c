"""Who may do what. Services check these for every change; the GUI greys out the rest."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mtb_desk.domain.enums import Role
from mtb_desk.errors import PermissionDenied


class Action(StrEnum):
    EDIT_CASE = "edit cases"
    IMPORT_REPORT = "import molecular reports"
    ANNOTATE = "annotate findings"
    MANAGE_MEETINGS = "manage meetings and agendas"
    RECORD_RECOMMENDATION = "record recommendations"
    FINALISE_RECOMMENDATION = "finalise recommendations"
    ENROL = "enrol patients and record outcomes"
    MANAGE_CATALOGUE = "manage the drug catalogue and reference data"
    EXPORT = "export documents"
    MANAGE_USERS = "manage users"
    LOAD_DEMO = "load demo data"
    RECORD_FOLLOWUP = "record treatments, visits and adverse events"
    CONFIRM_OUTCOME = "confirm week-16 outcomes"
    OVERRIDE_ENROLMENT = "enrol a patient whose match is not eligible"


ALLOWED_ROLES: dict[Action, frozenset[Role]] = {
    Action.EDIT_CASE: frozenset({Role.CLINICIAN, Role.SECRETARY, Role.CHAIR, Role.ADMIN}),
    Action.IMPORT_REPORT: frozenset({Role.BIOINFORMATICIAN, Role.PATHOLOGIST, Role.ADMIN}),
    Action.ANNOTATE: frozenset({Role.PATHOLOGIST}),
    Action.MANAGE_MEETINGS: frozenset({Role.SECRETARY, Role.CHAIR, Role.ADMIN}),
    Action.RECORD_RECOMMENDATION: frozenset({Role.CHAIR, Role.CLINICIAN}),
    Action.FINALISE_RECOMMENDATION: frozenset({Role.CHAIR, Role.CLINICIAN}),
    Action.ENROL: frozenset({Role.CLINICIAN, Role.CHAIR, Role.SECRETARY}),
    Action.MANAGE_CATALOGUE: frozenset({Role.ADMIN, Role.BIOINFORMATICIAN}),
    Action.EXPORT: frozenset({Role.SECRETARY, Role.CHAIR, Role.CLINICIAN, Role.PATHOLOGIST}),
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    Action.LOAD_DEMO: frozenset({Role.ADMIN}),
    Action.RECORD_FOLLOWUP: frozenset({Role.STUDY_NURSE, Role.CLINICIAN, Role.CHAIR}),
    Action.CONFIRM_OUTCOME: frozenset({Role.CHAIR}),
    Action.OVERRIDE_ENROLMENT: frozenset({Role.CHAIR}),
}


@dataclass(frozen=True, slots=True)
class Actor:
    """The person acting, as the services see them: a username and the roles they hold."""

    username: str
    roles: frozenset[Role]

    def may(self, action: Action) -> bool:
        return bool(self.roles & ALLOWED_ROLES[action])

    def refusal(self, action: Action) -> PermissionDenied | None:
        """None when allowed, else the error naming the roles that would allow it."""
        if self.may(action):
            return None
        needed = tuple(sorted(r.value for r in ALLOWED_ROLES[action]))
        params = {"user": self.username, "action": action.value, "roles": needed}
        return PermissionDenied(code="permission.denied", params=params)

    def why_not(self, action: Action) -> str | None:
        """None when allowed, else the English sentence (see `refusal` for other words)."""
        refusal = self.refusal(action)
        return None if refusal is None else str(refusal)


def require(actor: Actor, action: Action) -> None:
    refusal = actor.refusal(action)
    if refusal is not None:
        raise refusal
