"""`mtb-desk catalogue load|show` and `mtb-desk trials load` (other trials' CTML files)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mtb_desk.cli.context import CliContext


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    catalogue = commands.add_parser("catalogue", help="the drug catalogue").add_subparsers(
        dest="catalogue_command", metavar="ACTION", required=True
    )
    load = catalogue.add_parser(
        "load", parents=[parent], help="validate and load a catalogue YAML (a new version)"
    )
    load.add_argument("file", metavar="FILE.yaml", type=Path)
    load.set_defaults(handler=load_catalogue)
    show = catalogue.add_parser(
        "show", parents=[parent], help="drugs, cohorts and supply agreements in force"
    )
    show.set_defaults(handler=show_catalogue)

    trials = commands.add_parser("trials", help="other trials (MatchMiner CTML)").add_subparsers(
        dest="trials_command", metavar="ACTION", required=True
    )
    tload = trials.add_parser("load", parents=[parent], help="load CTML trial files")
    tload.add_argument("files", metavar="FILE", type=Path, nargs="+")
    tload.set_defaults(handler=load_trials)


def load_catalogue(context: CliContext) -> int:
    from mtb_desk.catalogue.loader import CatalogueError
    from mtb_desk.services.catalogue import load_catalogue_file

    try:
        result = load_catalogue_file(context.database(), context.actor(), context.args.file)
    except CatalogueError as exc:
        count = len(exc.problems)
        sys.stderr.write(
            f"mtb-desk: error: {exc.source}: {count} problem{'s' if count > 1 else ''}; "
            "nothing was loaded\n"
        )
        for problem in exc.problems:
            sys.stderr.write(f"  {exc.source}: {problem}\n")
        return 1
    if result.already_loaded:
        text = f"catalogue {result.version} was already loaded; nothing changed"
    else:
        text = (
            f"loaded catalogue {result.version} from {result.source_filename}: "
            f"{result.drugs} drugs, {result.cohorts} cohorts, {result.agreements} supply "
            "agreements"
        )
        for label, codes in (
            ("new", result.added),
            ("changed", result.changed),
            ("suspended", result.suspended),
        ):
            if codes:
                text += f"\n  {label}: {', '.join(codes)}"
    text += "".join(f"\n  warning: {w}" for w in result.warnings)
    context.emit(result, text)
    return 0


def show_catalogue(context: CliContext) -> int:
    from mtb_desk.services.cohorts import catalogue_overview

    overview = catalogue_overview(context.database())
    if overview.version is None:
        context.emit(overview, "no drug catalogue is loaded (`mtb-desk catalogue load FILE`)")
        return 0
    lines = [f"catalogue {overview.version}" + (f": {overview.title}" if overview.title else "")]
    lines.append("drugs:")
    lines += [
        f"  {d.inn} ({d.brand or '-'}, {d.company or '-'}): targets {', '.join(d.targets)}"
        for d in overview.drugs
    ]
    lines.append("cohorts:")
    lines += [
        f"  {c.code}  [{' + '.join(c.drugs)}]  {c.reason}"
        + (f"; supply left {c.supply_left}" if c.supply_left is not None else "")
        for c in overview.cohorts
    ]
    lines.append("supply agreements:")
    lines += [
        f"  {a.name} ({a.company}): {a.places_left} of {a.max_patients} places left "
        f"[{', '.join(a.drugs)}]"
        for a in overview.agreements
    ]
    context.emit(overview, "\n".join(lines))
    return 0


def load_trials(context: CliContext) -> int:
    from mtb_desk.services.trials import load_trials as load

    results = load(context.database(), context.actor(), list(context.args.files))
    lines = []
    for trial in results:
        stored = sum(1 for a in trial.arms if a.stored)
        lines.append(
            f"{trial.source_filename}: trial {trial.protocol_no}"
            + (f" ({trial.nct_id})" if trial.nct_id else "")
            + f", status {trial.status or '-'}: {stored} of {len(trial.arms)} arms can be matched"
        )
        lines += [f"  note: {n}" for n in trial.notes]
        for arm in trial.arms:
            state = "stored" if arm.stored else "NOT matched"
            closed = ", closed" if arm.suspended else ""
            lines.append(f"  {arm.cohort} ({state}{closed}): {arm.rule or 'no genomic rule'}")
            lines += [f"    did not map: {u}" for u in arm.unmapped]
    context.emit({"trials": results}, "\n".join(lines))
    return 0
