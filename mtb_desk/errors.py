"""Errors the core raises for the faces (CLI, GUI) to show in plain words.

Errors are data: a coded error carries `code` (a key of `ERROR_TEXTS`) and `params`, and
`describe(error, lang, face)` renders it in the reader's language with the face's own words
— the CLI names its options (``--cohort``), the GUI the field to fill in ("Choose a cohort").
`str(error)` is the English CLI text (logs, tests). An error raised with a plain message has
no code and is shown as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

from mtb_desk.i18n import N_, translator
from mtb_desk.i18n.terms import term, term_list

Face = Literal["cli", "gui"]


class ErrorText(NamedTuple):
    """The English text of one error code (gettext msgids), per face.

    `terms` maps a parameter to the term group whose words show it in every face;
    `gui_terms` only in the GUI (the CLI shows the value the person typed, e.g. an outcome).
    A tuple parameter is a list of alternatives ("chair or clinician").
    """

    cli: str
    gui: str = ""
    terms: tuple[tuple[str, str], ...] = ()
    gui_terms: tuple[tuple[str, str], ...] = ()


ERROR_TEXTS: dict[str, ErrorText] = {
    "permission.denied": ErrorText(
        N_("user '{user}' may not {action}: it needs the role {roles}"),
        N_("{user} may not {action}: that needs the role {roles}."),
        terms=(("action", "action"),),
        gui_terms=(("roles", "role"),),
    ),
    "recommendation.rationale-missing": ErrorText(
        N_("a recommendation needs a rationale"),
        N_("Write the board's rationale for the recommendation."),
    ),
    "recommendation.cohort-missing": ErrorText(
        N_("an '{outcome}' recommendation needs --cohort"),
        N_("Choose a cohort: the outcome “{outcome}” names one."),
        gui_terms=(("outcome", "outcome"),),
    ),
    "recommendation.trial-missing": ErrorText(
        N_("an '{outcome}' recommendation needs the trial id (--trial)"),
        N_("Enter the trial's id (e.g. an NCT number): the outcome “{outcome}” names one."),
        gui_terms=(("outcome", "outcome"),),
    ),
    "recommendation.foreign-findings": ErrorText(
        N_("finding(s) {findings} do not belong to case {study_id}"),
        N_("The supporting findings {findings} do not belong to case {study_id}."),
    ),
    "recommendation.not-draft": ErrorText(
        N_("recommendation revision {revision} is already {state}"),
        terms=(("state", "recommendation_state"),),
    ),
    "recommendation.not-found": ErrorText(N_("no recommendation with id {id}")),
    "cohort.not-found": ErrorText(
        N_("no cohort '{cohort}'"), N_("There is no cohort “{cohort}” in the catalogue.")
    ),
    "meeting.not-found": ErrorText(N_("no meeting with id {id}")),
    "meeting.title-missing": ErrorText(
        N_("a meeting needs a title"), N_("Give the meeting a title.")
    ),
    "meeting.closed": ErrorText(
        N_(
            "the meeting '{title}' is closed: reopen it before recording decisions or "
            "changing its agenda; nothing was saved"
        ),
        N_(
            "The meeting “{title}” is closed: reopen it before recording decisions or "
            "changing its agenda. Nothing was saved."
        ),
    ),
    "meeting.chair-not-found": ErrorText(N_("no user '{user}' to chair the meeting")),
    "agenda.already-listed": ErrorText(N_("case {study_id} is already on this agenda")),
    "agenda.not-listed": ErrorText(N_("case {id} is not on the agenda of meeting {meeting_id}")),
    "signing.role-twice": ErrorText(N_("each role signs once")),
    "signing.role-not-signing": ErrorText(
        N_("a decision is signed by the chair or the pathologist, not {role}"),
        terms=(("role", "role"),),
    ),
    "signing.role-not-held": ErrorText(
        N_("user '{user}' cannot sign as {role}: that role is not theirs"),
        N_("{user} cannot sign as {role}: that role is not theirs."),
        gui_terms=(("role", "role"),),
    ),
    "signing.already-signed": ErrorText(
        N_("this decision is already signed as {role}"), gui_terms=(("role", "role"),)
    ),
    "decision.no-recommendation": ErrorText(N_("case {study_id} has no recommendation yet")),
    "decision.draft": ErrorText(
        N_(
            "the recommendation for {study_id} (revision {revision}) is still a draft: "
            "finalise it before exporting the decision"
        ),
        N_(
            "The recommendation for {study_id} (revision {revision}) is still a draft: "
            "finalise it first."
        ),
    ),
    "export.no-report": ErrorText(
        N_("case {study_id} has no molecular report: import one first"),
        N_("Case {study_id} has no molecular report yet: import one first."),
    ),
    "export.no-decision-pdf": ErrorText(
        N_(
            "case {study_id} has no decision PDF yet: export it first "
            "(mtb-desk export decision {study_id} -o FILE.pdf)"
        ),
        N_("Case {study_id} has no decision PDF yet: export and sign the decision first."),
    ),
    "case.not-found": ErrorText(N_("no case with id {id}")),
    "case.study-id-not-found": ErrorText(N_("no case with study id '{study_id}'")),
    "case.study-id-missing": ErrorText(N_("a case needs a study id"), N_("Enter a study id.")),
    "case.study-id-taken": ErrorText(N_("study id '{study_id}' is already in use")),
    "case.diagnosis-missing": ErrorText(
        N_("a case needs a diagnosis (OncoTree code)"), N_("Choose the diagnosis (OncoTree).")
    ),
    "case.ecog-range": ErrorText(N_("ECOG performance status is 0 to 4")),
    "case.prior-lines-range": ErrorText(N_("prior lines of therapy must be between 0 and 30")),
    "user.not-found": ErrorText(N_("no user '{user}' in this database")),
    "user.deactivated": ErrorText(N_("user '{user}' is deactivated")),
    "user.wrong-password": ErrorText(
        N_("wrong password for user '{user}'"), N_("Wrong password for {user}.")
    ),
    "user.needs-password": ErrorText(
        N_("user '{user}' needs a password"), N_("Enter the password of {user}.")
    ),
    "user.shared-login": ErrorText(
        N_("you are connected as '{login}': in shared mode you act as your own database login"),
    ),
}


def render(code: str, params: Mapping[str, object], lang: str = "en", face: Face = "cli") -> str:
    """The text of error `code` with `params`, in `lang`, worded for `face`."""
    text = ERROR_TEXTS[code]
    template = text.gui if face == "gui" and text.gui else text.cli
    groups = dict(text.terms + (text.gui_terms if face == "gui" else ()))
    values: dict[str, object] = {}
    for name, value in params.items():
        group = groups.get(name)
        if isinstance(value, tuple | list):
            items = [str(v) for v in value]
            values[name] = term_list(group, items, lang)
        elif group is not None:
            values[name] = term(group, str(value), lang)
        else:
            values[name] = value
    return translator(lang).gettext(template).format(**values)


def describe(error: BaseException, lang: str = "en", face: Face = "cli") -> str:
    """What to tell a person about `error`: coded errors rendered, others as written."""
    if isinstance(error, MtbDeskError) and error.code in ERROR_TEXTS:
        return render(error.code, error.params, lang, face)
    return str(error)


class MtbDeskError(Exception):
    """Base class: the message is written for a person and fits on one line.

    Raise with a plain `message`, or with `code` and `params` (then the message is the
    English CLI text of `ERROR_TEXTS[code]`)."""

    def __init__(
        self, message: str = "", *, code: str = "", params: Mapping[str, object] | None = None
    ) -> None:
        self.code = code
        self.params: dict[str, object] = dict(params or {})
        super().__init__(message or render(code, self.params))


class NotFoundError(MtbDeskError):
    pass


class ValidationError(MtbDeskError):
    pass


class PermissionDenied(MtbDeskError):
    pass


class ConflictError(MtbDeskError):
    """Someone else saved the record first: nothing was written.

    `expected_version` is the version the caller edited, `current_version` the one stored now.
    """

    def __init__(
        self,
        record: str,
        expected_version: int,
        current_version: int | None,
        *,
        now: str | None = None,
    ) -> None:
        self.record = record
        self.expected_version = expected_version
        self.current_version = current_version
        if now is None:
            now = (
                "it was deleted"
                if current_version is None
                else f"it is now at version {current_version}"
            )
        super().__init__(
            f"{record} was changed by someone else: you edited version {expected_version}, {now}; "
            "nothing was saved"
        )


class ImportFileError(MtbDeskError):
    """A file could not be imported; names the file, the line (or element) and the field."""

    def __init__(
        self, path: str, message: str, *, line: int | None = None, field: str | None = None
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.reason = message
        where = path
        if line is not None:
            where += f", line {line}"
        if field is not None:
            where += f", field '{field}'"
        super().__init__(f"{where}: {message}")


def connection_lost(error: BaseException) -> bool:
    """True when a database call failed because the server or file could not be reached
    (SQLAlchemy's ``OperationalError``, or a DBAPI error that invalidated the connection)."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(error, OperationalError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)
