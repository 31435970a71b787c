"""`mtb-desk treatment start|dose|stop|not-started|confirm|show`, `visit record`, `followup due`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from mtb_desk.cli.arguments import iso_date
from mtb_desk.cli.context import CliContext
from mtb_desk.domain.enums import (
    Attribution,
    NotStartedReason,
    StopReason,
    TreatmentBasis,
    VisitResponse,
    Week16Outcome,
)
from mtb_desk.i18n import N_

_DATE = {"type": iso_date, "metavar": "YYYY-MM-DD"}


def _follows(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study_id", metavar="STUDY_ID")
    parser.add_argument(
        "--basis",
        choices=[b.value for b in TreatmentBasis],
        help="default: enrolment with --cohort",
    )
    parser.add_argument("--cohort", metavar="COHORT", help="the IMPRESS cohort enrolled in")
    parser.add_argument("--trial", metavar="ID", help="another trial's id (e.g. NCT number)")
    parser.add_argument("--drug", action="append", default=[], metavar="INN")
    parser.add_argument("--recommendation", type=int, metavar="ID")


def _treatment_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study_id", metavar="STUDY_ID")
    parser.add_argument("--treatment", type=int, metavar="ID", help="default: the latest started")
    parser.add_argument("--expected-version", type=int, metavar="N")


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    treatment = commands.add_parser("treatment", help="treatments after the board")
    actions = treatment.add_subparsers(dest="treatment_command", metavar="ACTION", required=True)
    start = actions.add_parser("start", parents=[parent], help="record a started treatment")
    _follows(start)
    start.add_argument("--on", required=True, **_DATE)
    start.add_argument("--dose", metavar="TEXT")
    start.set_defaults(handler=treatment_start)
    never = actions.add_parser("not-started", parents=[parent], help="it never started, and why")
    _follows(never)
    never.add_argument("--reason", required=True, choices=[r.value for r in NotStartedReason])
    never.add_argument("--detail", default="", metavar="TEXT")
    never.set_defaults(handler=treatment_not_started)
    dose = actions.add_parser("dose", parents=[parent], help="record a dose change")
    _treatment_id(dose)
    dose.add_argument("--on", required=True, **_DATE)
    dose.add_argument("--dose", required=True, metavar="TEXT")
    dose.add_argument("--reason", default="", metavar="TEXT")
    dose.set_defaults(handler=treatment_dose)
    stop = actions.add_parser("stop", parents=[parent], help="stop a treatment, with its reason")
    _treatment_id(stop)
    stop.add_argument("--on", required=True, **_DATE)
    stop.add_argument("--reason", required=True, metavar="|".join(r.value for r in StopReason))
    stop.add_argument("--detail", default="", metavar="TEXT")
    stop.set_defaults(handler=treatment_stop)
    confirm = actions.add_parser("confirm", parents=[parent], help="chair: confirm week-16 outcome")
    _treatment_id(confirm)
    confirm.add_argument("--outcome", choices=[o.value for o in Week16Outcome])
    confirm.set_defaults(handler=treatment_confirm)
    show = actions.add_parser("show", parents=[parent], help="a case's treatments and visits")
    show.add_argument("study_id", metavar="STUDY_ID")
    show.set_defaults(handler=treatment_show)

    visit = commands.add_parser("visit", help="protocol visits")
    visits = visit.add_subparsers(dest="visit_command", metavar="ACTION", required=True)
    record = visits.add_parser("record", parents=[parent], help="record (or correct) a visit")
    _treatment_id(record)
    record.add_argument("--week", type=int, required=True, help="0 for day 1, else 8, 16, 26...")
    record.add_argument("--on", required=True, **_DATE)
    record.add_argument("--ecog", type=int, choices=range(6))
    record.add_argument("--response", choices=[r.value for r in VisitResponse])
    record.add_argument("--criteria", default="RECIST 1.1")
    record.add_argument("--note", default="")
    record.add_argument(
        "--ae",
        action="append",
        default=[],
        metavar="TERM:GRADE:ATTRIBUTION[:serious][:START[:END]]",
    )
    record.set_defaults(handler=visit_record)

    followup = commands.add_parser("followup", help="the study nurses' follow-up")
    follow = followup.add_subparsers(dest="followup_command", metavar="ACTION", required=True)
    due = follow.add_parser("due", parents=[parent], help="visits due this week or overdue")
    due.add_argument("--hospital", metavar="CODE")
    due.add_argument("--today", **_DATE)
    due.set_defaults(handler=followup_due)


def _new(args: argparse.Namespace) -> Any:
    from mtb_desk.services.treatments import NewTreatment

    basis = args.basis or (
        "enrolment" if args.cohort else "other-trial" if args.trial else "off-label"
    )
    return NewTreatment(
        TreatmentBasis(basis), tuple(args.drug), args.cohort, args.trial, args.recommendation
    )


def _describe(record: Any) -> str:
    from mtb_desk.cli.main import message_language
    from mtb_desk.domain.followup import outcome_words, reason_words
    from mtb_desk.i18n import translator
    from mtb_desk.i18n.terms import term

    lang = message_language()
    words = translator(lang).gettext
    derived = record.derived
    confirmed = (
        words(N_(", confirmed by {user}")).format(user=record.confirmed_by)
        if record.counts else ""
    )  # fmt: skip
    line = N_("{study_id} T{id} {drugs}: {status}; week-16 outcome {outcome} ({reason})")
    return words(line).format(
        study_id=record.study_id, id=record.id, drugs=", ".join(record.drugs),
        status=term("treatment_status", record.status, lang),
        outcome=outcome_words(derived.outcome, lang),
        reason=reason_words(derived, lang),
    ) + confirmed  # fmt: skip


def treatment_start(context: CliContext) -> int:
    from mtb_desk.services.treatments import start_treatment

    args = context.args
    record = start_treatment(
        context.database(), context.actor(), args.study_id, _new(args),
        started_on=args.on, dose=args.dose,
    )  # fmt: skip
    visits = ", ".join(f"{v.label} {v.due_on}" for v in record.visits[:5])
    context.emit(record, f"{_describe(record)}\nvisits: {visits}, ...")
    return 0


def treatment_not_started(context: CliContext) -> int:
    from mtb_desk.services.treatments import record_not_started

    args = context.args
    record = record_not_started(
        context.database(), context.actor(), args.study_id, _new(args),
        NotStartedReason(args.reason), detail=args.detail,
    )  # fmt: skip
    context.emit(record, _describe(record))
    return 0


def treatment_dose(context: CliContext) -> int:
    from mtb_desk.services.treatments import change_dose

    args = context.args
    record = change_dose(
        context.database(), context.actor(), args.study_id, on=args.on, dose=args.dose,
        reason=args.reason, treatment_id=args.treatment, expected_version=args.expected_version,
    )  # fmt: skip
    context.emit(record, f"{_describe(record)}; dose now {record.dose}")
    return 0


def treatment_stop(context: CliContext) -> int:
    from mtb_desk.services.treatments import stop_treatment

    args = context.args
    record = stop_treatment(
        context.database(), context.actor(), args.study_id, on=args.on, reason=args.reason,
        detail=args.detail, treatment_id=args.treatment, expected_version=args.expected_version,
    )  # fmt: skip
    context.emit(record, _describe(record))
    return 0


def treatment_confirm(context: CliContext) -> int:
    from mtb_desk.services.outcomes import confirm_outcome

    args = context.args
    record = confirm_outcome(
        context.database(), context.actor(), args.study_id, treatment_id=args.treatment,
        expected=Week16Outcome(args.outcome) if args.outcome else None,
        expected_version=args.expected_version,
    )  # fmt: skip
    context.emit(record, _describe(record))
    return 0


def treatment_show(context: CliContext) -> int:
    from mtb_desk.services.followup_records import case_treatments

    records = case_treatments(context.database(), context.args.study_id)
    lines = []
    for record in records:
        lines.append(_describe(record))
        for v in record.visits:
            done = f"done {v.performed_on}" if v.performed_on else "open"
            response = f" {v.response.value}" if v.response else ""
            events = "".join(f"; AE {a.term} grade {a.grade}" for a in v.adverse_events)
            lines.append(f"  {v.label:8} due {v.due_on}  {done}{response}{events}")
    context.emit({"treatments": records}, "\n".join(lines) or "no treatments recorded")
    return 0


def parse_ae(text: str, visit_on: dt.date) -> Any:
    """`TERM:GRADE:ATTRIBUTION[:serious][:START[:END]]` into an AdverseEventInput."""
    from mtb_desk.errors import ValidationError
    from mtb_desk.services.visits import AdverseEventInput

    parts = [p.strip() for p in text.split(":")]
    if len(parts) < 3:
        raise ValidationError(f"--ae '{text}': expected TERM:GRADE:ATTRIBUTION")
    term, grade, attribution, *rest = parts
    serious = bool(rest) and rest[0].lower() == "serious"
    dates = rest[1:] if serious else rest
    try:
        number = int(grade)
        start = dt.date.fromisoformat(dates[0]) if dates else visit_on
        end = dt.date.fromisoformat(dates[1]) if len(dates) > 1 else None
    except ValueError as exc:
        raise ValidationError(f"--ae '{text}': {exc}") from None
    if attribution not in {a.value for a in Attribution}:
        allowed = ", ".join(a.value for a in Attribution)
        raise ValidationError(f"--ae '{text}': attribution must be one of: {allowed}")
    return AdverseEventInput(term, number, attribution, start, serious, end)


def visit_record(context: CliContext) -> int:
    from mtb_desk.services.visits import VisitInput, record_visit

    args = context.args
    events = tuple(parse_ae(text, args.on) for text in args.ae)
    data = VisitInput(
        args.week, args.on, args.ecog, args.response, args.criteria, args.note, events
    )
    record = record_visit(
        context.database(), context.actor(), args.study_id, data,
        treatment_id=args.treatment, expected_version=args.expected_version,
    )  # fmt: skip
    context.emit(record, _describe(record))
    return 0


def followup_due(context: CliContext) -> int:
    from mtb_desk.cli.output import print_table
    from mtb_desk.services.visits import due_visits

    args = context.args
    rows = due_visits(context.database(), hospital=args.hospital, today=args.today)
    if context.wants_json:
        context.emit({"due": rows}, "")
        return 0
    from mtb_desk.cli.main import message_language
    from mtb_desk.domain.followup import visit_label
    from mtb_desk.i18n import translator

    lang = message_language()
    overdue, due = (translator(lang).gettext(w) for w in (N_("OVERDUE"), N_("due")))
    print_table(
        [
            (r.study_id, r.hospital or "-", visit_label(r.week, lang), r.due_on.isoformat(),
             f"{r.opens_on}..{r.closes_on}", overdue if r.overdue else due, ", ".join(r.drugs))
            for r in rows
        ],
        ("STUDY ID", "HOSPITAL", "VISIT", "DUE", "WINDOW", "STATE", "DRUGS"),
    )  # fmt: skip
    return 0
