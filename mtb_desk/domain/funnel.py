"""The trial funnel's steps, how far one case got, and why it stopped there (pure rules).

A case's facts (a report, a discussion, an actionable finding, a match, ...) give its
*stage*: how many steps of the funnel it reached (0 = not profiled, 8 = disease control).
A later fact proves the earlier steps (an enrolment means the case was discussed and
matched even where the board's minutes were not kept in the app), and each step is a subset
of the one before, so a stage is enough to count every step. The *drop* is a stable code
for why a case that reached step `stage - 1` did not reach step `stage`, e.g.
``never-started:patient-declined``; `drop_words` renders it in the reader's language, and
JSON keeps the code (a contract).
"""

from __future__ import annotations

from typing import Protocol

from mtb_desk.domain.enums import AgendaStatus, RecommendationOutcome, Week16Outcome
from mtb_desk.i18n import N_, NC_, translator
from mtb_desk.i18n.terms import term

STEPS: tuple[tuple[str, str], ...] = (
    ("profiled", NC_("funnel", "Profiled")),
    ("discussed", NC_("funnel", "Discussed at a board")),
    ("actionable", NC_("funnel", "Actionable finding")),
    ("matched", NC_("funnel", "Matched (cohort or trial)")),
    ("recommended", NC_("funnel", "Treatment recommended")),
    ("started", NC_("funnel", "Started treatment")),
    ("evaluable", NC_("funnel", "Evaluable at week 16")),
    ("control", NC_("funnel", "Disease control at week 16")),
)
TRIAL_OUTCOMES = (RecommendationOutcome.IMPRESS_COHORT, RecommendationOutcome.OTHER_TRIAL)
ALL_GROUP = "all"  # the name of the overall group in records and JSON


class CaseFactsLike(Protocol):
    """What the funnel needs to know about one case (see services.funnel_query)."""

    @property
    def profiled(self) -> int: ...
    @property
    def discussed(self) -> int: ...
    @property
    def actionable(self) -> int: ...
    @property
    def matched(self) -> int: ...
    @property
    def recommended(self) -> int: ...
    @property
    def started(self) -> int: ...
    @property
    def agenda(self) -> str | None: ...
    @property
    def rec_outcome(self) -> str | None: ...
    @property
    def not_started(self) -> str | None: ...
    @property
    def outcome(self) -> str | None: ...
    @property
    def stop_reason(self) -> str | None: ...
    @property
    def other_basis(self) -> str | None: ...


def reached_steps(row: CaseFactsLike) -> list[bool]:
    """Which steps a case reached; a later fact proves the earlier steps."""
    started = bool(row.started)
    outcome = row.outcome
    own = [
        bool(row.profiled), bool(row.discussed), bool(row.actionable), bool(row.matched),
        bool(row.recommended), started,
        started and outcome in (Week16Outcome.BENEFIT, Week16Outcome.NO_BENEFIT),
        started and outcome == Week16Outcome.BENEFIT,
    ]  # fmt: skip
    if row.other_basis is not None:  # a treatment outside the trials follows a discussion too
        own[1] = True
    reached = own[:]
    for i in range(len(own) - 2, -1, -1):  # a match or treatment proves the steps before it
        later = reached[i + 2] if i == 1 else reached[i + 1]  # (an annotation does not prove
        reached[i] = own[i] or later  # a discussion)
    for i in range(1, len(own)):  # a funnel: each step is a subset of the one before
        reached[i] = reached[i] and reached[i - 1]
    return reached


def drop_code(step: str, row: CaseFactsLike) -> str:
    """Why a case that reached the step before `step` did not reach it (a stable code)."""
    if step == "discussed":
        if row.agenda == AgendaStatus.PENDING:
            return "agenda-pending"
        return "agenda-deferred" if row.agenda == AgendaStatus.DEFERRED else "not-on-agenda"
    if step in ("actionable", "matched"):
        if row.rec_outcome is not None and row.rec_outcome not in TRIAL_OUTCOMES:
            return f"board:{row.rec_outcome}"
        if row.other_basis is not None:
            return f"outside-trials:{row.other_basis}"
        return "no-actionable-finding" if step == "actionable" else "no-trial-match"
    if step == "recommended":
        return "recommendation-draft"
    if step == "started":
        if row.not_started is not None:
            return f"never-started:{row.not_started}"
        return "not-started-yet"
    if step == "evaluable":
        if row.outcome == Week16Outcome.NOT_EVALUABLE:
            return f"not-evaluable:{row.stop_reason or 'never-started'}"
        return "outcome-pending"
    return f"no-benefit:{row.stop_reason or 'progression'}"


def stage_of(row: CaseFactsLike) -> tuple[int, str | None]:
    """(how many steps the case reached, why it stopped there; None at 0 or at the end)."""
    reached = reached_steps(row)
    stage = next((i for i, ok in enumerate(reached) if not ok), len(reached))
    if stage in (0, len(STEPS)):
        return stage, None
    return stage, drop_code(STEPS[stage][0], row)


# code (before ':') -> (English template, the term group of the value after ':')
DROP_TEXTS: dict[str, tuple[str, str | None]] = {
    "agenda-pending": (N_("on a coming meeting's agenda"), None),
    "agenda-deferred": (N_("deferred"), None),
    "not-on-agenda": (N_("not on an agenda yet"), None),
    "board": (N_("board: {value}"), "outcome"),
    "outside-trials": (N_("outside the trials: {value} chosen"), "treatment_basis"),
    "no-actionable-finding": (N_("no actionable finding"), None),
    "no-trial-match": (N_("no trial match recorded"), None),
    "recommendation-draft": (N_("recommendation still a draft"), None),
    "never-started": (N_("never started: {value}"), "not_started_reason"),
    "not-started-yet": (N_("not started yet"), None),
    "not-evaluable": (N_("not evaluable ({value})"), "stop_reason"),
    "outcome-pending": (N_("week-16 outcome pending or not confirmed"), None),
    "no-benefit": (N_("no clinical benefit ({value})"), "stop_reason"),
}


def drop_words(code: str, lang: str = "en") -> str:
    """A drop code in words: ``never-started:patient-declined`` → "never started: patient
    declined" (en), "aldri startet: pasienten takket nei" (nb). Unknown codes as they are."""
    kind, _, value = code.partition(":")
    known = DROP_TEXTS.get(kind)
    if known is None:
        return code
    template, group = known
    words = term(group, value, lang) if group else value
    return translator(lang).gettext(template).format(value=words)


def step_label(key: str, lang: str = "en") -> str:
    """A step's name in the reader's language."""
    label = dict(STEPS)[key]
    return translator(lang).pgettext("funnel", label)


def group_label(name: str, lang: str = "en") -> str:
    """The overall group's name in words ("All", "Alle"); other groups as they are."""
    return translator(lang).pgettext("funnel", "All") if name == ALL_GROUP else name


NC_("funnel", "All")  # extracted for `group_label`
