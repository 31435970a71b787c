"""`mtb-desk report funnel|supply`: the trial's funnel and the drug supply agreements."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mtb_desk.cli.arguments import iso_date
from mtb_desk.cli.context import CliContext
from mtb_desk.i18n import N_

LANG_HELP = "language of the file's words (default: $MTB_DESK_LANGUAGE, else en)"


def _languages(context: CliContext) -> tuple[str, str]:
    """(the file's language, the printed text's language)."""
    from mtb_desk.cli.main import message_language

    text = message_language()
    return context.args.lang or text, text


def _is_workbook(path: Path) -> bool:
    return path.suffix.lower() == ".xlsx"


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    report = commands.add_parser("report", help="trial reports: funnel, supply agreements")
    actions = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    funnel = actions.add_parser("funnel", parents=[parent], help="profiled to disease control")
    funnel.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    funnel.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    funnel.add_argument("--by", choices=("hospital", "tumour", "cohort"))
    funnel.add_argument("-o", "--output", type=Path, metavar="FILE.csv|FILE.xlsx")
    funnel.add_argument("--lang", choices=("nb", "en"), help=LANG_HELP)
    funnel.set_defaults(handler=report_funnel)
    supply = actions.add_parser("supply", parents=[parent], help="drug supply agreements")
    supply.add_argument("-o", "--output", type=Path, metavar="FILE.csv|FILE.xlsx")
    supply.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD")
    supply.add_argument("--lang", choices=("nb", "en"), help=LANG_HELP)
    supply.set_defaults(handler=report_supply)


def report_funnel(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.reports.tables import write_table
    from mtb_desk.services.funnel import funnel_rows, trial_funnel

    args = context.args
    if args.output:
        check_output_path(args.output)
    funnel = trial_funnel(context.database(), start=args.start, end=args.end, by=args.by)
    lang, text = _languages(context)
    if args.output:
        rows = funnel_rows(funnel, lang, for_people=_is_workbook(args.output))
        write_table(args.output, {"Funnel": rows})
    saved = f"\nwritten to {args.output}" if args.output else ""
    context.emit(funnel, "\n".join(funnel_lines(funnel, text)) + saved)
    return 0


def funnel_lines(funnel: Any, lang: str) -> list[str]:
    """The funnel as text: per group, each step's count, share of profiled and drops."""
    from mtb_desk.domain.funnel import drop_words, group_label, step_label
    from mtb_desk.i18n import translator
    from mtb_desk.i18n.formats import format_count, format_percent

    dropped = translator(lang).gettext(N_("dropped"))
    lines = []
    for group in funnel.groups:
        lines.append(f"== {group_label(group.name, lang)} ==")
        for step in group.steps:
            drops = "; ".join(
                f"{drop_words(code, lang)}: {format_count(n, lang)}" for code, n in step.drops
            )
            lines.append(
                f"{step_label(step.key, lang):28} {format_count(step.count, lang):>7} "
                f"{format_percent(step.percent_of_first / 100, lang, 1):>8}"
                + (f"   {dropped}: {drops}" if drops else "")
            )
    return lines


def report_supply(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.reports.tables import write_table
    from mtb_desk.services.supply import supply_patient_rows, supply_report, supply_rows

    args = context.args
    if args.output:
        check_output_path(args.output)
    reports = supply_report(context.database(), today=args.today)
    lang, text = _languages(context)
    if args.output:
        people = _is_workbook(args.output)
        write_table(args.output, {
            "Agreements": supply_rows(reports, lang, for_people=people),
            "Patients": supply_patient_rows(reports, lang, for_people=people),
        })  # fmt: skip
    saved = f"\nwritten to {args.output}" if args.output else ""
    lines = [supply_line(r, text) for r in reports]
    none = translator_of(text).gettext(N_("no supply agreements"))
    context.emit({"agreements": reports}, "\n".join(lines or [none]) + saved)
    return 0


def translator_of(lang: str) -> Any:
    from mtb_desk.i18n import translator

    return translator(lang)


def supply_line(r: Any, lang: str) -> str:
    """One agreement in a line of text, in `lang`."""
    template = translator_of(lang).gettext(N_(
        "{agreement} ({drugs}): {used} of {agreed} places used, {left} left; {on_drug} on "
        "drug (company pays {company}, public payer {public}); week 16: {benefit} benefit, "
        "{no_benefit} no benefit, {not_evaluable} not evaluable, {pending} pending"
    ))  # fmt: skip
    return str(template).format(
        agreement=r.agreement, drugs=", ".join(r.drugs), used=r.places_used,
        agreed=r.places_agreed, left=r.places_left, on_drug=r.on_drug, company=r.company_pays,
        public=r.public_pays, benefit=r.benefit, no_benefit=r.no_benefit,
        not_evaluable=r.not_evaluable, pending=r.pending,
    )  # fmt: skip
