"""`mtb-desk match STUDY_ID [--all]` and `mtb-desk match --changed-since VERSION`."""

from __future__ import annotations

import argparse
from typing import Any

from mtb_desk.cli.context import CliContext
from mtb_desk.cli.startup import resume_gc


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
    resume_gc()  # started (`mtb_desk.cli.startup`)
    try:
        return match_case(quick, study_id, explain=explain)
    except DBAPIError:
        pass
    finally:
        quick.dispose()
    return match_case(context.database(), study_id, explain=explain)


def _text(result: Any, *, explain: bool) -> str:
    """The matches in the CLI's language (``MTB_DESK_LANGUAGE``): reasons and the words
    around them; cohort codes, drugs and OncoTree codes as they are."""
    from mtb_desk.cli.main import message_language
    from mtb_desk.i18n import N_, translator
    from mtb_desk.i18n.phrases import render
    from mtb_desk.i18n.terms import term

    lang = message_language()
    say = translator(lang).gettext
    head = say(N_("{study_id} ({diagnosis}); catalogue {version}, OncoTree {oncotree}")).format(
        study_id=result.study_id, diagnosis=result.diagnosis,
        version=result.catalogue_version or say(N_("none")), oncotree=result.reference_version,
    )  # fmt: skip
    lines = [head]
    if not result.matches:
        lines.append(say(N_("no cohort matches")))
    for match in result.matches:
        rank = f"{match.rank}. " if match.rank is not None else ""
        status = _status(match.status.value, lang)
        lines.append(f"{rank}{match.cohort} [{' + '.join(match.drugs)}] {status}")
        lines.append(f"    {match.reason_in(lang)}")
        alternative, untested = (
            say(N_("approved alternative: {text}")),
            say(N_("not tested: {text}")),
        )
        lines += [
            f"    {alternative.format(text=render(a, lang))}" for a in match.approved_alternatives
        ]
        lines += [f"    {untested.format(text=render(n, lang))}" for n in match.not_tested_because]
    for item in result.not_tested:
        lines.append(
            f"{item.cohort} [{' + '.join(item.drugs)}] {term('truth', 'not tested', lang)}"
        )
        lines += [f"    {render(n, lang)}" for n in item.because]
    if explain:
        lines += ["", say(N_("every cohort:"))]
        for item in result.explanations:
            status = _status(item.match.status.value, lang) if item.match else say(N_("no match"))
            lines.append(f"{item.cohort}: {status}")
            lines += [
                f"    {term('truth', c.truth.value, lang)}: {render(c.clause, lang)} "
                f"({render(c.detail, lang)})"
                for c in item.criteria
            ]
    return "\n".join(lines)


def _status(value: str, lang: str) -> str:
    """A match status in words; English keeps the status code ("eligible", "full")."""
    from mtb_desk.i18n.terms import term

    return value if lang == "en" else term("match_status", value, lang)


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
