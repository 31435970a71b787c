"""`mtb-desk match STUDY_ID [--all]` and `mtb-desk match --changed-since VERSION`."""

from __future__ import annotations

import argparse
from typing import Any

from mtb_desk.cli.context import CliContext


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "match", parents=[parent], help="a case's matching cohorts, with reasons"
    )
    parser.add_argument("study_id", metavar="STUDY_ID", nargs="?")
    parser.add_argument(
        "--all",
        action="store_true",
        help="list every cohort with each criterion met / not met / not tested / unknown",
    )
    parser.add_argument(
        "--changed-since",
        metavar="VERSION",
        help="list the cases whose matches differ between this catalogue version and now",
    )
    parser.set_defaults(handler=run_match)


def run_match(context: CliContext) -> int:
    from mtb_desk.errors import ValidationError

    args = context.args
    if args.changed_since:
        if args.study_id:
            raise ValidationError("give either STUDY_ID or --changed-since, not both")
        return _changed(context, args.changed_since)
    if not args.study_id:
        raise ValidationError("give a STUDY_ID (or --changed-since VERSION)")
    result = _match_one(context, args.study_id, explain=args.all)
    if context.wants_json:
        context.emit(result.to_dict(explain=args.all), "")
        return 0
    context.emit(None, _text(result, explain=args.all))
    return 0


def _match_one(context: CliContext, study_id: str, *, explain: bool) -> Any:
    """Match on a database opened without the migration check and first-user bootstrap (a
    read-only command, and start-up time counts); if the schema is not what the code expects,
    open it the usual way (migrating it) and try again."""
    from sqlalchemy.exc import DBAPIError

    from mtb_desk.db.engine import connect_database
    from mtb_desk.services.matching import match_case

    quick = connect_database(context.args.database, migrate=False)
    try:
        return match_case(quick, study_id, explain=explain)
    except DBAPIError:
        pass
    finally:
        quick.dispose()
    return match_case(context.database(), study_id, explain=explain)


def _text(result: Any, *, explain: bool) -> str:
    head = (
        f"{result.study_id} ({result.diagnosis}); catalogue {result.catalogue_version or 'none'}, "
        f"OncoTree {result.reference_version}"
    )
    lines = [head]
    if not result.matches:
        lines.append("no cohort matches")
    for match in result.matches:
        rank = f"{match.rank}. " if match.rank is not None else ""
        lines.append(f"{rank}{match.cohort} [{' + '.join(match.drugs)}] {match.status.value}")
        lines.append(f"    {match.reason}")
        lines += [f"    approved alternative: {a}" for a in match.approved_alternatives]
        lines += [f"    not tested: {n}" for n in match.not_tested_because]
    for item in result.not_tested:
        lines.append(f"{item.cohort} [{' + '.join(item.drugs)}] not tested")
        lines += [f"    {n}" for n in item.because]
    if explain:
        lines.append("")
        lines.append("every cohort:")
        for item in result.explanations:
            status = item.match.status.value if item.match else "no match"
            lines.append(f"{item.cohort}: {status}")
            lines += [f"    {c.truth.value}: {c.clause} ({c.detail})" for c in item.criteria]
    return "\n".join(lines)


def _changed(context: CliContext, version: str) -> int:
    from mtb_desk.services.matching import changed_since

    found = changed_since(context.database(), version)
    if context.wants_json:
        context.emit(
            {
                "since": version,
                "cases": [
                    {
                        "study_id": c.study_id,
                        "changes": [
                            {
                                "cohort": m.cohort,
                                "before": m.before.value if m.before else None,
                                "after": m.after.value if m.after else None,
                                "reason": m.reason,
                            }
                            for m in c.changes
                        ],
                    }
                    for c in found
                ],
            },
            "",
        )
        return 0
    lines = [f"{len(found)} case(s) whose matches changed since catalogue {version}"]
    for case in found:
        lines.append(case.study_id)
        lines += [f"    {m.describe()}: {m.reason}" for m in case.changes]
    context.emit(None, "\n".join(lines))
    return 0
