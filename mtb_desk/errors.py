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
from mtb_desk.i18n.phrases import Listing, Phrase, Term, phrase
from mtb_desk.i18n.phrases import render as render_phrase
from mtb_desk.i18n.terms import term, term_list

Face = Literal["cli", "gui"]


class ErrorText(NamedTuple):
    """The English text of one error code (gettext msgids), per face.

    `terms` maps a parameter to the term group whose words show it in every face (group
    "@": the value renders itself, `value.in_language(lang)`);
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
    "enrolment.refused": ErrorText(
        N_("cannot enrol {study_id} in {cohort}: {why}"),
        N_("{study_id} cannot be enrolled in {cohort}: {why}."),
    ),
    "enrolment.already": ErrorText(
        N_("{study_id} is already enrolled in cohort {cohort} (since {on})"),
        N_("{study_id} is already enrolled in cohort {cohort} (since {on})."),
    ),
    "enrolment.cohort-moved": ErrorText(
        N_(
            "cohort {cohort} changed while you were deciding: you saw {seen}, it is now {now}; "
            "nothing was saved"
        ),
        N_(
            "Cohort {cohort} changed while the dialog was open: you saw {seen}; it is now {now}. "
            "Nothing was saved."
        ),
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
    # Follow-up after the board (issue 16): treatments, visits, adverse events, outcomes.
    "followup.no-treatment": ErrorText(N_("{study_id} has no treatment {id}")),
    "followup.none-started": ErrorText(N_("{study_id} has no started treatment")),
    "followup.none-recorded": ErrorText(N_("{study_id} has no treatment recorded")),
    "followup.cohort-missing": ErrorText(
        N_("a treatment in an IMPRESS cohort needs the cohort (--cohort)"),
        N_("Choose the IMPRESS cohort the treatment follows from."),
    ),
    "followup.cohort-unknown": ErrorText(N_("no cohort with code '{cohort}'")),
    "followup.not-enrolled": ErrorText(N_("{study_id} is not enrolled in cohort {cohort}")),
    "followup.withdrawn": ErrorText(N_("{study_id} was withdrawn from {cohort} on {on}")),
    "followup.already-treated": ErrorText(
        N_("{study_id} already has a treatment recorded for cohort {cohort}")
    ),
    "followup.trial-missing": ErrorText(
        N_("a treatment in another trial needs the trial id (--trial)"),
        N_("Enter the trial's id (e.g. an NCT number)."),
    ),
    "followup.drug-missing": ErrorText(
        N_("name the drug(s) given (--drug)"), N_("Name the drug(s) given.")
    ),
    "followup.start-future": ErrorText(N_("the start date {on} is in the future")),
    "followup.start-before-enrolment": ErrorText(
        N_("the start {on} predates the enrolment {enrolled_on}")
    ),
    "followup.still-on-treatment": ErrorText(
        N_("{study_id} is still on {drugs} since {since}: stop that treatment first")
    ),
    "followup.detail-missing": ErrorText(
        N_("reason 'other' needs a text saying what it was (--detail)"),
        N_("Say what the other reason was."),
    ),
    "followup.dose-empty": ErrorText(N_("the new dose is empty"), N_("Enter the new dose.")),
    "followup.dose-before-start": ErrorText(N_("the dose change {on} predates the start {start}")),
    "followup.dose-after-stop": ErrorText(
        N_("the treatment stopped on {stopped_on}: no dose change after the stop ({on})")
    ),
    "followup.never-started": ErrorText(
        N_("{study_id}'s treatment never started, so it cannot stop")
    ),
    "followup.no-visits": ErrorText(N_("{study_id}'s treatment never started: no visits")),
    "followup.already-stopped": ErrorText(N_("the treatment already stopped on {on}")),
    "followup.stop-before-start": ErrorText(N_("the stop {on} predates the start {start}")),
    "followup.stop-future": ErrorText(N_("the stop date {on} is in the future")),
    "followup.visit-after-stop": ErrorText(
        N_("a visit was recorded on {visit_on}, after the stop {on}")
    ),
    "followup.stop-reason": ErrorText(
        N_("stop reason '{value}' is not one of: {allowed}"),
        gui_terms=(("allowed", "stop_reason"),),
    ),
    "followup.not-started-reason": ErrorText(
        N_("reason '{value}' is not one of: {allowed}"),
        gui_terms=(("allowed", "not_started_reason"),),
    ),
    "followup.ae-term-empty": ErrorText(N_("adverse event {n}: the CTCAE term is empty")),
    "followup.ae-grade": ErrorText(
        N_("adverse event {n} ('{term}'): grade {grade} is not a CTCAE grade (1-5)")
    ),
    "followup.ae-attribution": ErrorText(
        N_("adverse event {n} ('{term}'): attribution '{value}' is not one of: {allowed}")
    ),
    "followup.ae-ends-first": ErrorText(
        N_("adverse event {n} ('{term}'): it ends ({ended_on}) before it starts")
    ),
    "followup.ae-too-early": ErrorText(
        N_("adverse event {n} ('{term}'): it starts long before the treatment ({start})")
    ),
    "followup.response": ErrorText(N_("response '{value}' is not one of: {allowed}")),
    "followup.visit-before-start": ErrorText(
        N_("the visit on {on} is before the treatment start {start}")
    ),
    "followup.visit-future": ErrorText(N_("the visit date {on} is in the future")),
    "followup.response-after-stop": ErrorText(
        N_("a response on {on} is after the treatment stopped ({stopped_on}, {reason})"),
        terms=(("reason", "stop_reason"),),
    ),
    "followup.visit-after-stopped": ErrorText(
        N_("a visit on {on} is after the treatment stopped ({stopped_on}, {reason})"),
        terms=(("reason", "stop_reason"),),
    ),
    "followup.ecog": ErrorText(N_("ECOG {ecog} is not 0-5")),
    "followup.criteria": ErrorText(N_("criteria '{value}' is not one of: {allowed}")),
    "followup.week16-early": ErrorText(
        N_(
            "a week-16 outcome ({response}) on {on} is before week 16 (day 112, {day112}); "
            "only progression or death may be recorded earlier"
        )
    ),
    "followup.no-such-visit": ErrorText(
        N_("no visit at week {week} on the schedule (weeks: {weeks})")
    ),
    "outcome.pending": ErrorText(
        N_("{study_id} has no week-16 outcome yet: {reason}"), terms=(("reason", "@"),)
    ),
    "outcome.disagrees": ErrorText(
        N_(
            "the visits give {derived} ({reason}), not {expected}: record the visits or the "
            "stop instead of typing an outcome"
        ),
        terms=(("derived", "week16"), ("expected", "week16"), ("reason", "@")),
    ),
    "outcome.already-confirmed": ErrorText(
        N_("{study_id}'s week-16 outcome ({outcome}) is already confirmed by {user}"),
        terms=(("outcome", "week16"),),
    ),
    "outcome.no-treatment": ErrorText(
        N_(
            "{study_id} has no treatment recorded for this enrolment: record its start "
            "(treatment start) or why it never started (treatment not-started) and the visits"
        )
    ),
    "outcome.before-week16": ErrorText(
        N_(
            "an outcome on {on} is before week 16 (day 112 after the start {start}); "
            "only progression or death may come earlier"
        )
    ),
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
    "conflict.changed": ErrorText(
        N_(
            "{record} was changed by someone else: you edited version {expected}, it is now at "
            "version {current}; nothing was saved"
        ),
        N_(
            "Someone else changed {record} first: you edited version {expected}, it is now at "
            "version {current}. Nothing was saved; reload and try again."
        ),
    ),
    "conflict.deleted": ErrorText(
        N_(
            "{record} was changed by someone else: you edited version {expected}, it was "
            "deleted; nothing was saved"
        ),
        N_("Someone else deleted {record} (you edited version {expected}). Nothing was saved."),
    ),
    "conflict.other": ErrorText(
        N_(
            "{record} was changed by someone else: you edited version {expected}, {now}; "
            "nothing was saved"
        ),
        N_(
            "Someone else changed {record} first ({now}; you edited version {expected}). "
            "Nothing was saved; reload and try again."
        ),
    ),
    "catalogue.none": ErrorText(
        N_("no drug catalogue is loaded"),
        N_("No drug catalogue is loaded yet, so no case can be matched."),
    ),
    "finding.not-found": ErrorText(
        N_("no finding with id {id}"),
        N_("Finding {id} no longer exists."),
    ),
    "agenda.order-mismatch": ErrorText(
        N_("the new order must list exactly the cases on the agenda"),
        N_("The new order must list exactly the cases on the agenda; reload the meeting and try "
           "again."),  # fmt: skip
    ),
    "signing.wrong-role": ErrorText(
        N_("user '{user}' cannot sign as {role}"),
        N_("{user} cannot sign as {role}."),
        gui_terms=(("role", "role"),),
    ),
    "database.refused": ErrorText(
        N_("the database refused the change: {detail}"),
        N_("The database refused the change ({detail}). Nothing was saved."),
    ),
    "database.connection-lost": ErrorText(
        N_("the connection to the database was lost; nothing was saved. Please try again"),
        N_(
            "The connection to the database was lost; nothing was saved. Check the network or "
            "the server and try again."
        ),
    ),
    "database.connection-lost-reading": ErrorText(
        N_("the connection to the database was lost; please try again"),
        N_("The connection to the database was lost. Check the network or the server and try "
           "again."),  # fmt: skip
    ),
    "database.busy": ErrorText(
        N_("the database is busy with another change; please try again"),
        N_("The database is busy with another change. Nothing was saved; please try again."),
    ),
    "conflict.stale": ErrorText(
        N_("the record was changed by someone else; nothing was saved"),
        N_("Someone else changed this record first. Nothing was saved; reload and try again."),
    ),
    "import.failed": ErrorText(
        N_("{where}: {message}"),
        N_("{where}: {message}. Nothing was imported."),
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
        if group == "@":  # a value that renders itself (e.g. a derived outcome's reason)
            speak = getattr(value, "in_language", None)
            values[name] = speak(lang) if callable(speak) else value
        elif isinstance(value, Phrase | Listing | Term):
            values[name] = render_phrase(value, lang)
        elif isinstance(value, tuple | list):
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

    `record` names it (a phrase, e.g. ``phrase("record.case", study_id=…)``, or text as
    written); `expected_version` is the version the caller edited, `current_version` the one
    stored now; `now` (a phrase) says what happened instead, when it is not a new version.
    """

    def __init__(
        self,
        record: Phrase | str,
        expected_version: int,
        current_version: int | None,
        *,
        now: Phrase | str | None = None,
    ) -> None:
        self.record = record
        self.expected_version = expected_version
        self.current_version = current_version
        params: dict[str, object] = {"record": record, "expected": expected_version}
        if now is not None:
            code, params["now"] = "conflict.other", now
        elif current_version is None:
            code = "conflict.stale" if expected_version < 0 else "conflict.deleted"
        else:
            code, params["current"] = "conflict.changed", current_version
        super().__init__(code=code, params=params)


class CohortMovedError(ConflictError):
    """A cohort's two-stage counts changed between what the person saw and the save (others
    enrolled, withdrew or had outcomes confirmed): nothing was written. `seen` and `now` are
    the counts as phrases."""

    def __init__(self, cohort: str, seen: Phrase | str, now: Phrase | str) -> None:
        self.record = cohort
        self.expected_version = -1
        self.current_version = None
        self.seen, self.now = seen, now
        MtbDeskError.__init__(
            self, code="enrolment.cohort-moved", params={"cohort": cohort, "seen": seen, "now": now}
        )


class ImportFileError(MtbDeskError):
    """A file could not be imported; names the file, the line (or element) and the field.

    `message` is a phrase (``phrase("import.not-a-number", value=…)``) rendered in the
    reader's language, or text as written; `reason` is its English text."""

    def __init__(
        self,
        path: str,
        message: Phrase | str,
        *,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.message = message
        self.reason = render_phrase(message) if isinstance(message, Phrase) else message
        super().__init__(code="import.failed", params={"where": self.where(), "message": message})

    def where(self, name: str | None = None) -> Phrase:
        """`file, line 3, field 'POS'`; `name` shows the file by another name (its base name)."""
        shown = self.path if name is None else name
        if self.line is not None and self.field is not None:
            return phrase("import.where-line-field", path=shown, line=self.line, field=self.field)
        if self.line is not None:
            return phrase("import.where-line", path=shown, line=self.line)
        if self.field is not None:
            return phrase("import.where-field", path=shown, field=self.field)
        return phrase("import.where", path=shown)

    def reason_in(self, lang: str) -> str:
        return render_phrase(self.message, lang)


def connection_lost(error: BaseException) -> bool:
    """True when a database call failed because the server or file could not be reached
    (SQLAlchemy's ``OperationalError``, or a DBAPI error that invalidated the connection)."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(error, OperationalError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)
