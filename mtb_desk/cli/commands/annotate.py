"""`mtb-desk annotate STUDY_ID FINDING_ID --oncogenicity …`: a pathologist's annotation."""

from __future__ import annotations

import argparse
from typing import Any

from mtb_desk.cli.arguments import record_id
from mtb_desk.cli.context import CliContext
from mtb_desk.domain.enums import ACTIONABLE_ONCOGENICITY, EscatTier, Oncogenicity
from mtb_desk.domain.records import AnnotationView


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "annotate",
        parents=[parent],
        help="annotate a finding (pathologist); options left out keep the stored values",
    )
    parser.add_argument("study_id", metavar="STUDY_ID")
    parser.add_argument("finding_id", metavar="FINDING_ID", type=record_id)
    parser.add_argument("--oncogenicity", required=True, choices=[o.value for o in Oncogenicity])
    parser.add_argument("--escat", metavar="TIER", choices=[t.value for t in EscatTier])
    parser.add_argument("--reportable", choices=("yes", "no"))
    parser.add_argument("--comment")
    parser.set_defaults(handler=run_annotate)


def run_annotate(context: CliContext) -> int:
    from mtb_desk.errors import ValidationError
    from mtb_desk.services.annotations import AnnotationInput, annotate_finding
    from mtb_desk.services.case_opening import findings_of
    from mtb_desk.services.cases import get_case_header
    from mtb_desk.services.permissions import Action, require

    args = context.args
    database, actor = context.database(), context.actor()
    require(actor, Action.ANNOTATE)
    case = get_case_header(database, args.study_id)  # one finding, not all of a WGS case
    finding = next(iter(findings_of(database, case.id, [args.finding_id])), None)
    if finding is None:
        raise ValidationError(f"finding {args.finding_id} does not belong to case {args.study_id}")
    stored = finding.annotation
    oncogenicity = Oncogenicity(args.oncogenicity)
    view = annotate_finding(
        database,
        actor,
        finding.id,
        AnnotationInput(
            oncogenicity=oncogenicity,
            escat_tier=EscatTier(args.escat)
            if args.escat
            else (stored.escat_tier if stored else None),
            reportable=_reportable(args.reportable, stored, oncogenicity),
            comment=args.comment
            if args.comment is not None
            else (stored.comment if stored else ""),
        ),
        expected_version=stored.version if stored else NO_ANNOTATION_YET,
    )
    tier = f", ESCAT {view.escat_tier.value}" if view.escat_tier else ""
    level = view.oncogenicity.value if view.oncogenicity else "unassessed"
    context.emit(
        {"study_id": args.study_id, "finding": finding.id, "annotation": view},
        f"finding {finding.id} of {args.study_id}: {level}{tier}, "
        f"{'reportable' if view.reportable else 'not reportable'} (version {view.version})",
    )
    return 0


NO_ANNOTATION_YET = 0


def _reportable(option: str | None, stored: AnnotationView | None, level: Oncogenicity) -> bool:
    """The option when given, else what is stored, else yes for (likely) oncogenic findings."""
    if option is not None:
        return option == "yes"
    if stored is not None:
        return stored.reportable
    return level in ACTIONABLE_ONCOGENICITY
