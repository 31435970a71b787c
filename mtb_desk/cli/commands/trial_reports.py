"""`mtb-desk report funnel|supply`: the trial's funnel and the drug supply agreements."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mtb_desk.cli.arguments import iso_date
from mtb_desk.cli.context import CliContext


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    report = commands.add_parser("report", help="trial reports: funnel, supply agreements")
    actions = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    funnel = actions.add_parser("funnel", parents=[parent], help="profiled to disease control")
    funnel.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    funnel.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    funnel.add_argument("--by", choices=("hospital", "tumour", "cohort"))
    funnel.add_argument("-o", "--output", type=Path, metavar="FILE.csv|FILE.xlsx")
    funnel.set_defaults(handler=report_funnel)
    supply = actions.add_parser("supply", parents=[parent], help="drug supply agreements")
    supply.add_argument("-o", "--output", type=Path, metavar="FILE.csv|FILE.xlsx")
    supply.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD")
    supply.set_defaults(handler=report_supply)


def report_funnel(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.reports.tables import write_table
    from mtb_desk.services.funnel import funnel_rows, trial_funnel

    args = context.args
    if args.output:
        check_output_path(args.output)
    funnel = trial_funnel(context.database(), start=args.start, end=args.end, by=args.by)
    if args.output:
        write_table(args.output, {"Funnel": funnel_rows(funnel)})
    lines = []
    for group in funnel.groups:
        lines.append(f"== {group.name} ==")
        for step in group.steps:
            drops = "; ".join(f"{reason}: {n}" for reason, n in step.drops)
            lines.append(
                f"{step.label:28} {step.count:7d} {step.percent_of_first:6.1f}%"
                + (f"   dropped: {drops}" if drops else "")
            )
    saved = f"\nwritten to {args.output}" if args.output else ""
    context.emit(funnel, "\n".join(lines) + saved)
    return 0


def report_supply(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.reports.tables import write_table
    from mtb_desk.services.supply import supply_patient_rows, supply_report, supply_rows

    args = context.args
    if args.output:
        check_output_path(args.output)
    reports = supply_report(context.database(), today=args.today)
    if args.output:
        write_table(
            args.output,
            {"Agreements": supply_rows(reports), "Patients": supply_patient_rows(reports)},
        )
    lines = [
        f"{r.agreement} ({', '.join(r.drugs)}): {r.places_used} of {r.places_agreed} places used, "
        f"{r.places_left} left; {r.on_drug} on drug (company pays {r.company_pays}, public payer "
        f"{r.public_pays}); week 16: {r.benefit} benefit, {r.no_benefit} no benefit, "
        f"{r.not_evaluable} not evaluable, {r.pending} pending"
        for r in reports
    ]
    saved = f"\nwritten to {args.output}" if args.output else ""
    context.emit({"agreements": reports}, "\n".join(lines or ["no supply agreements"]) + saved)
    return 0
