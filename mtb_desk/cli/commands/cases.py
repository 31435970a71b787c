"""`mtb-desk case add|list|show|update` and `mtb-desk hospital add|list`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

from mtb_desk.cli.arguments import count, iso_date, record_id
from mtb_desk.cli.context import CliContext, read_secret
from mtb_desk.cli.output import print_table
from mtb_desk.domain.enums import CaseStatus
from mtb_desk.domain.records import CaseDetail

_UPDATABLE = ("diagnosis", "diagnosis_text", "ecog", "prior_lines", "status", "hospital", "notes")


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    case = commands.add_parser("case", help="cases").add_subparsers(
        dest="case_command", metavar="ACTION", required=True
    )
    add = case.add_parser("add", parents=[parent], help="refer a new case")
    add.add_argument("--study-id", required=True)
    add.add_argument("--diagnosis", required=True, metavar="ONCOTREE")
    add.add_argument("--diagnosis-text")
    add.add_argument("--hospital", metavar="CODE")
    add.add_argument("--ecog", type=int, choices=range(5))
    add.add_argument("--prior-lines", type=count)
    add.add_argument("--name", help="the patient's name (shown only where needed)")
    add.add_argument("--referral-date", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--referring-clinician")
    add.add_argument(
        "--national-id-env",
        metavar="VAR",
        help="read the national id from this environment variable",
    )
    add.set_defaults(handler=case_add)

    listing = case.add_parser("list", parents=[parent], help="the worklist")
    listing.add_argument("--status", action="append", choices=[s.value for s in CaseStatus])
    listing.add_argument("--hospital", action="append", metavar="CODE")
    listing.add_argument("--meeting", type=record_id, metavar="ID")
    listing.add_argument(
        "--search", default="", help="study id, name, diagnosis code or name (any case)"
    )
    listing.add_argument("--limit", type=count, default=200)
    listing.add_argument("--offset", type=count, default=0)
    listing.set_defaults(handler=case_list)

    show = case.add_parser("show", parents=[parent], help="one case with reports and findings")
    show.add_argument("study_id", metavar="STUDY_ID")
    show.add_argument(
        "--limit", type=count, metavar="N", help="list at most N findings (default: all)"
    )
    show.add_argument(
        "--filter",
        default="",
        metavar="GENE",
        help="only findings whose gene (or fusion partner) starts with GENE",
    )
    show.add_argument(
        "--reportable", action="store_true", help="only findings annotated as reportable"
    )
    show.set_defaults(handler=case_show)

    update = case.add_parser("update", parents=[parent], help="change a case's fields")
    update.add_argument("study_id", metavar="STUDY_ID")
    update.add_argument(
        "--expected-version",
        type=count,
        metavar="N",
        help="refuse if the case is no longer at this version",
    )
    update.add_argument("--diagnosis")
    update.add_argument("--diagnosis-text")
    update.add_argument("--ecog", type=int, choices=range(5))
    update.add_argument("--prior-lines", type=count)
    update.add_argument("--status", choices=[s.value for s in CaseStatus])
    update.add_argument("--hospital", metavar="CODE")
    update.add_argument("--notes")
    update.set_defaults(handler=case_update)

    hospital = commands.add_parser("hospital", help="hospitals").add_subparsers(
        dest="hospital_command", metavar="ACTION", required=True
    )
    hadd = hospital.add_parser("add", parents=[parent], help="add a hospital")
    hadd.add_argument("code")
    hadd.add_argument("name")
    hadd.add_argument("--city")
    hadd.add_argument("--site-open-since", type=iso_date, metavar="YYYY-MM-DD")
    hadd.set_defaults(handler=hospital_add)
    hospital.add_parser("list", parents=[parent], help="list hospitals").set_defaults(
        handler=hospital_list
    )


def case_add(context: CliContext) -> int:
    from mtb_desk.services.cases import NewCase, create_case, validate_national_id

    args = context.args
    national_id = read_secret(args.national_id_env, "national id")
    warning = validate_national_id(national_id)
    detail = create_case(
        context.database(),
        context.actor(),
        NewCase(
            study_id=args.study_id,
            diagnosis_code=args.diagnosis,
            diagnosis_text=args.diagnosis_text,
            hospital_code=args.hospital,
            ecog=args.ecog,
            prior_lines=args.prior_lines,
            patient_name=args.name,
            referral_date=args.referral_date,
            referring_clinician=args.referring_clinician,
            national_id=national_id,
        ),
    )
    text = f"case {detail.study_id} added ({detail.diagnosis_code})"
    context.emit(
        case_json(detail) | {"warnings": [warning] if warning else []},
        text + (f"; warning: {warning}" if warning else ""),
    )
    return 0


def case_list(context: CliContext) -> int:
    from mtb_desk.services.worklist import CaseQuery, list_cases

    args = context.args
    page = list_cases(
        context.database(),
        CaseQuery(
            statuses=frozenset(CaseStatus(s) for s in args.status or ()),
            hospital_codes=frozenset(h.upper() for h in args.hospital or ()),
            meeting_id=args.meeting,
            text=args.search,
            limit=args.limit,
            offset=args.offset,
        ),
    )
    if context.wants_json:
        context.emit({"total": page.total, "cases": page.items}, "")
        return 0
    print_table(
        [
            (
                c.study_id,
                c.diagnosis_code,
                c.hospital_code or "",
                c.status.value,
                c.referral_date.isoformat() if c.referral_date else "",
                c.next_meeting.isoformat() if c.next_meeting else "",
            )
            for c in page.items
        ],
        ("STUDY ID", "DIAGNOSIS", "HOSPITAL", "STATUS", "REFERRED", "NEXT MEETING"),
    )
    print(f"{len(page.items)} of {page.total} cases")  # noqa: T201
    return 0


def case_json(detail: CaseDetail) -> dict[str, Any]:
    from mtb_desk.cli.output import jsonable

    data: dict[str, Any] = jsonable(detail)
    data["diagnosis"] = detail.diagnosis_code
    data["tmb"] = detail.tmb
    data["msi"] = detail.msi.value if detail.msi else None
    return data


def case_show(context: CliContext) -> int:
    """The case, then its findings streamed from the database (a whole-genome case has
    millions: they are never all in memory)."""
    from mtb_desk.services.access_log import record_access
    from mtb_desk.services.case_findings import FindingQuery, finding_dicts
    from mtb_desk.services.cases import get_case_header

    args = context.args
    query = FindingQuery(args.filter, args.reportable, args.limit)
    detail = get_case_header(context.database(), args.study_id)
    record_access(context.database(), context.actor(), detail.id, "case show (CLI)")
    rows = finding_dicts(context.database(), detail.id, query)
    if context.wants_json:
        write_case_json(case_json(detail), rows)
        return 0
    out = sys.stdout
    out.write(f"{detail.study_id}  {detail.diagnosis_code} {detail.diagnosis_text or ''}".rstrip())
    out.write(
        f"\nhospital {detail.hospital_code or '-'}, ECOG {detail.ecog}, prior lines "
        f"{detail.prior_lines}, status {detail.status.value}, TMB {detail.tmb}, "
        f"MSI {detail.msi.value if detail.msi else '-'}\n"
    )
    for f in rows:
        out.write(_finding_line(f) + "\n")
    return 0


def _finding_line(f: dict[str, Any]) -> str:
    """One finding (a `finding_dicts` row) as a line of text, with the lab's flags."""
    what = f["protein"] or f["description"] or (f["cnv_call"] or "")
    partner = f"::{f['partner_gene']}" if f["partner_gene"] else ""
    note = (f["annotation"] or {}).get("oncogenicity") or "-"
    flags = "".join(
        f"  {flag}"
        for flag in (
            f.get("origin"),
            "equivocal" if f.get("equivocal") else None,
            f"(file: {f['symbol_in_file']})" if f.get("symbol_in_file") else None,
        )
        if flag
    )
    return f"  #{f['id']:<6} {f['kind']:<7} {f['gene'] or ''}{partner} {what}  [{note}]{flags}"


def write_case_json(data: dict[str, Any], findings: Iterator[dict[str, Any]]) -> None:
    """The case as one JSON object, its `findings` array written row by row as they come."""
    data.pop("findings", None)
    head = json.dumps(data, indent=2, ensure_ascii=False)
    out = sys.stdout
    out.write(head[:-2] + ',\n  "findings": [')
    batch: list[str] = []
    first = True
    for row in findings:
        batch.append(json.dumps(row, ensure_ascii=False))
        if len(batch) == 2000:
            out.write(("\n    " if first else ",\n    ") + ",\n    ".join(batch))
            batch, first = [], False
    if batch:
        out.write(("\n    " if first else ",\n    ") + ",\n    ".join(batch))
    out.write("\n  ]\n}\n")


def case_update(context: CliContext) -> int:
    from mtb_desk.services.cases import get_case_header, update_case

    args = context.args
    changes = {
        (
            "diagnosis_code"
            if name == "diagnosis"
            else "hospital_code"
            if name == "hospital"
            else name
        ): getattr(args, name)
        for name in _UPDATABLE
        if getattr(args, name) is not None
    }
    database = context.database()
    current = get_case_header(database, args.study_id)
    expected = args.expected_version if args.expected_version is not None else current.version
    detail = update_case(database, context.actor(), current.id, expected, changes)
    context.emit(case_json(detail), f"case {detail.study_id} updated (version {detail.version})")
    return 0


def hospital_add(context: CliContext) -> int:
    from mtb_desk.services.hospitals import create_hospital

    args = context.args
    view = create_hospital(
        context.database(),
        context.actor(),
        args.code,
        args.name,
        city=args.city,
        site_open_since=args.site_open_since,
    )
    context.emit(view, f"hospital {view.code} added")
    return 0


def hospital_list(context: CliContext) -> int:
    from mtb_desk.services.hospitals import list_hospitals

    hospitals = list_hospitals(context.database())
    if context.wants_json:
        context.emit({"hospitals": hospitals}, "")
    else:
        print_table(
            [
                (
                    h.code,
                    h.name,
                    h.city or "",
                    h.site_open_since.isoformat() if h.site_open_since else "not yet open",
                )
                for h in hospitals
            ],
            ("CODE", "NAME", "CITY", "TRIAL SITE OPEN SINCE"),
        )
    return 0
