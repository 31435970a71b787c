"""`mtb-desk recommend` and `mtb-desk export decision|minutes|decisions`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mtb_desk.cli.arguments import record_id
from mtb_desk.cli.context import CliContext, read_secret
from mtb_desk.domain.enums import EscatTier, RecommendationOutcome, Role, UseType


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    rec = commands.add_parser(
        "recommend", parents=[parent], help="record the board's recommendation for a case"
    )
    rec.add_argument("study_id", metavar="STUDY_ID")
    rec.add_argument("--outcome", required=True, choices=[o.value for o in RecommendationOutcome])
    rec.add_argument(
        "--meeting",
        type=record_id,
        metavar="ID",
        help="the meeting (default: the case's latest meeting)",
    )
    rec.add_argument("--cohort", metavar="CODE")
    rec.add_argument("--trial", metavar="ID", help="another trial's id, e.g. NCT01234567")
    rec.add_argument("--drug", action="append", default=[], metavar="INN")
    rec.add_argument("--rationale", required=True)
    rec.add_argument(
        "--finding",
        action="append",
        type=record_id,
        default=[],
        metavar="ID",
        help="a finding the recommendation rests on (repeat)",
    )
    rec.add_argument("--further-tests", default="", help="one test per line")
    rec.add_argument("--follow-up", default="")
    rec.add_argument("--escat", choices=[t.value for t in EscatTier])
    rec.add_argument("--use-type", choices=[u.value for u in UseType])
    rec.add_argument("--final", action="store_true", help="finalise it in the same step")
    rec.set_defaults(handler=run_recommend)

    export = commands.add_parser("export", help="export documents").add_subparsers(
        dest="export_command", metavar="WHAT", required=True
    )
    decision = export.add_parser(
        "decision", parents=[parent], help="the decision PDF of a case's final recommendation"
    )
    decision.add_argument("study_id", metavar="STUDY_ID")
    decision.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    decision.add_argument("--lang", choices=["nb", "en"], default="en")
    decision.add_argument(
        "--sign-with",
        action="append",
        type=Path,
        default=[],
        metavar="FILE.p12",
        help="sign with this credential (chair first)",
    )
    decision.add_argument(
        "--password-env",
        action="append",
        default=[],
        metavar="VAR",
        help="the credential's password, one per --sign-with",
    )
    decision.add_argument(
        "--sign-as",
        action="append",
        default=[],
        metavar="ROLE",
        choices=["chair", "pathologist"],
        help="the role of each --sign-with (default: chair, then pathologist)",
    )
    decision.set_defaults(handler=run_export_decision)
    minutes = export.add_parser("minutes", parents=[parent], help="a meeting's minutes PDF")
    minutes.add_argument("meeting_id", type=record_id, metavar="MEETING_ID")
    minutes.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    minutes.add_argument("--lang", choices=["nb", "en"], default="en")
    minutes.set_defaults(handler=run_export_minutes)
    table = export.add_parser(
        "decisions", parents=[parent], help="a meeting's decisions as XLSX or CSV"
    )
    table.add_argument("meeting_id", type=record_id, metavar="MEETING_ID")
    table.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    table.add_argument("--lang", choices=["nb", "en"], default="en")
    table.set_defaults(handler=run_export_decisions)
    from mtb_desk.cli.commands.standards import register_exports

    register_exports(export, parent)


def run_recommend(context: CliContext) -> int:
    from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation

    args = context.args
    draft = RecommendationDraft(
        outcome=RecommendationOutcome(args.outcome),
        rationale=args.rationale,
        meeting_id=args.meeting,
        cohort_code=args.cohort,
        trial_id=args.trial,
        drugs=tuple(args.drug),
        finding_ids=tuple(args.finding),
        further_tests=args.further_tests.replace("\\n", "\n"),
        follow_up=args.follow_up,
        escat_tier=EscatTier(args.escat) if args.escat else None,
        use_type=UseType(args.use_type) if args.use_type else None,
    )
    view = record_recommendation(
        context.database(), context.actor(), args.study_id, draft, final=args.final
    )
    context.emit(
        view,
        f"recommendation revision {view.revision} for {view.study_id}: "
        f"{view.outcome.value} ({view.state.value})",
    )
    return 0


def _signers(args: argparse.Namespace) -> list[Any]:
    from mtb_desk.errors import ValidationError
    from mtb_desk.services.documents import SignerCredential

    if len(args.password_env) != len(args.sign_with):
        raise ValidationError("give one --password-env for each --sign-with")
    roles = args.sign_as or ["chair", "pathologist"][: len(args.sign_with)]
    if len(roles) != len(args.sign_with):
        raise ValidationError("give one --sign-as for each --sign-with")
    signers = []
    for path, variable, role in zip(args.sign_with, args.password_env, roles, strict=True):
        try:
            p12 = path.read_bytes()
        except OSError as exc:
            raise ValidationError(f"cannot read credential {path}: {exc.strerror}") from exc
        password = read_secret(variable, f"password of {path.name}") or ""
        signers.append(SignerCredential(p12, password, Role(role)))
    return signers


def run_export_decision(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.reports.signing import write_atomically
    from mtb_desk.services.documents import export_decision

    args = context.args
    check_output_path(args.output)  # before anything is signed or stored
    exported = export_decision(
        context.database(),
        context.actor(),
        args.study_id,
        lang=args.lang,
        signers=_signers(args),
        deliver=lambda document: write_atomically(args.output, document.content),
    )
    signed = f", signed by {', '.join(exported.signed_by)}" if exported.signed_by else ""
    context.emit(
        {
            "document_id": exported.uid,
            "sha256": exported.sha256,
            "file": str(args.output),
            "signed_by": exported.signed_by,
            "state": exported.recommendation_state,
        },
        f"decision {exported.uid} written to {args.output}{signed}",
    )
    return 0


def run_export_minutes(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.reports.signing import write_atomically
    from mtb_desk.services.documents import export_minutes

    args = context.args
    check_output_path(args.output)
    exported = export_minutes(
        context.database(),
        context.actor(),
        args.meeting_id,
        lang=args.lang,
        deliver=lambda document: write_atomically(args.output, document.content),
    )
    context.emit(
        {"document_id": exported.uid, "sha256": exported.sha256, "file": str(args.output)},
        f"minutes {exported.uid} written to {args.output}",
    )
    return 0


def run_export_decisions(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.services.documents import export_decisions_table

    args = context.args
    check_output_path(args.output)
    table = export_decisions_table(
        context.database(), context.actor(), args.meeting_id, args.output, lang=args.lang
    )
    context.emit(
        {"rows": table.rows, "decided": table.decided, "file": str(args.output)},
        f"{table.decided} decision(s) for {table.rows} agenda case(s) written to {args.output}",
    )
    return 0
