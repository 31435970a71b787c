"""`mtb-desk cohort list|status|enrol|outcome|withdraw`: the two-stage rule from the CLI."""

from __future__ import annotations

import argparse
from typing import Any

from mtb_desk.cli.arguments import iso_date
from mtb_desk.cli.context import CliContext
from mtb_desk.domain.enums import Response


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    cohort = commands.add_parser("cohort", help="cohorts, enrolments and outcomes")
    actions = cohort.add_subparsers(dest="cohort_command", metavar="ACTION", required=True)
    for name, text in (("list", "every cohort with its state"), ("status", "one or all cohorts")):
        listing = actions.add_parser(name, parents=[parent], help=text)
        listing.add_argument("code", metavar="COHORT", nargs="?")
        listing.set_defaults(handler=cohort_list)

    enrol = actions.add_parser("enrol", parents=[parent], help="enrol a case in a cohort")
    enrol.add_argument("code", metavar="COHORT")
    enrol.add_argument("study_id", metavar="STUDY_ID")
    enrol.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD")
    enrol.add_argument(
        "--override", metavar="REASON", help="chair: enrol although the match is not eligible"
    )
    enrol.set_defaults(handler=cohort_enrol)

    outcome = actions.add_parser(
        "outcome", parents=[parent], help="chair: confirm the week-16 outcome the visits give"
    )
    outcome.add_argument("code", metavar="COHORT")
    outcome.add_argument("study_id", metavar="STUDY_ID")
    outcome.add_argument(
        "--benefit", choices=("yes", "no"), help="optional: must agree with the visits"
    )
    outcome.add_argument("--response", choices=[r.value for r in Response])
    outcome.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD")
    outcome.set_defaults(handler=cohort_outcome)

    withdraw = actions.add_parser("withdraw", parents=[parent], help="withdraw an enrolment")
    withdraw.add_argument("code", metavar="COHORT")
    withdraw.add_argument("study_id", metavar="STUDY_ID")
    withdraw.add_argument("--reason", required=True, metavar="TEXT")
    withdraw.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD")
    withdraw.set_defaults(handler=cohort_withdraw)


def cohort_list(context: CliContext) -> int:
    from mtb_desk.cli.output import print_table
    from mtb_desk.errors import NotFoundError
    from mtb_desk.services.cohorts import cohort_overview

    rows = cohort_overview(context.database())
    code = context.args.code
    if code:
        rows = [r for r in rows if r.code == code]
        if not rows:
            raise NotFoundError(f"no cohort with code '{code}'")
    if context.wants_json:
        context.emit({"cohorts": rows}, "")
        return 0
    from mtb_desk.cli.main import message_language
    from mtb_desk.i18n.phrases import render

    lang = message_language()
    print_table(
        [
            (
                r.code,
                r.phase,
                (f"{r.enrolled}" + (f" (+{r.withdrawn} withdrawn)" if r.withdrawn else ""))
                if r.source == "impress"
                else "-",
                f"{r.benefit}/{r.no_benefit}/{r.pending}" if r.source == "impress" else "-",
                "-" if r.free_slots is None else str(r.free_slots),
                "-" if r.supply_left is None else str(r.supply_left),
                render(r.why, lang) if r.why else r.reason,
            )
            for r in rows
        ],
        ("COHORT", "STATE", "ENROLLED", "BENEFIT/NO/PENDING", "FREE", "SUPPLY", "REASON"),
    )
    return 0


def _emit(context: CliContext, view: Any, done: str) -> None:
    context.emit(view, f"{done}; cohort {view.cohort} is now {view.cohort_state}")


def cohort_enrol(context: CliContext) -> int:
    from mtb_desk.services.enrolments import enrol

    args = context.args
    view = enrol(
        context.database(), context.actor(), args.code, args.study_id, on=args.on,
        override_reason=args.override,
    )  # fmt: skip
    _emit(context, view, f"{view.study_id} enrolled in {view.cohort} on {view.enrolled_on}")
    return 0


def cohort_outcome(context: CliContext) -> int:
    from mtb_desk.services.enrolments import record_outcome

    args = context.args
    view = record_outcome(
        context.database(),
        context.actor(),
        args.code,
        args.study_id,
        None if args.benefit is None else args.benefit == "yes",
        Response(args.response) if args.response else None,
        on=args.on,
    )
    _emit(context, view, f"{view.study_id} in {view.cohort}: confirmed {view.derived}")
    return 0


def cohort_withdraw(context: CliContext) -> int:
    from mtb_desk.services.enrolments import withdraw

    args = context.args
    view = withdraw(
        context.database(), context.actor(), args.code, args.study_id, args.reason, on=args.on
    )
    _emit(context, view, f"{view.study_id} withdrawn from {view.cohort}")
    return 0
