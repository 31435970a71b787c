"""`mtb-desk export fhir|phenopacket|cohort-data`: exports to standards and for sharing."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from mtb_desk.cli.context import CliContext


def register_exports(export: Any, parent: argparse.ArgumentParser) -> None:
    """Add the sub-commands under `export` (called by the `decisions` module, which owns it)."""
    fhir = export.add_parser(
        "fhir", parents=[parent], help="a case decision as an HL7 FHIR Genomics Reporting bundle"
    )
    fhir.add_argument("study_id", metavar="STUDY_ID")
    fhir.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    fhir.add_argument(
        "--include-national-id",
        action="store_true",
        help="put the national id (and birth year) in the Patient; default: study id only",
    )
    fhir.set_defaults(handler=run_export_fhir)
    _register_phenopacket(export, parent)
    _register_cohort_data(export, parent)


def _register_phenopacket(export: Any, parent: argparse.ArgumentParser) -> None:
    packet = export.add_parser(
        "phenopacket", parents=[parent], help="a case as a GA4GH Phenopacket v2"
    )
    packet.add_argument("study_id", metavar="STUDY_ID")
    packet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    packet.set_defaults(handler=run_export_phenopacket)


def _register_cohort_data(export: Any, parent: argparse.ArgumentParser) -> None:
    cohort = export.add_parser(
        "cohort-data",
        parents=[parent],
        help="de-identified enrolment data for another trial (XLSX, CSV or JSON by suffix)",
    )
    cohort.add_argument("--cohort", metavar="CODE", help="only this cohort's enrolments")
    cohort.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="YYYY-MM-DD",
        help="enrolled on or after this date",
    )
    cohort.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="YYYY-MM-DD",
        help="enrolled on or before this date",
    )
    cohort.add_argument(
        "--recipient",
        required=True,
        metavar="NAME",
        help="who receives the file (their own pseudonyms)",
    )
    cohort.add_argument(
        "--k",
        type=int,
        default=5,
        metavar="K",
        help="k-anonymity threshold on the quasi-identifiers (default 5)",
    )
    cohort.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    cohort.set_defaults(handler=run_export_cohort_data)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from exc


def _emit_case(context: CliContext, exported: Any, what: str) -> int:
    from mtb_desk.cli.main import message_language
    from mtb_desk.reports.signing import write_atomically

    path: Path = context.args.output
    write_atomically(path, exported.text.encode("utf-8"))
    lines = [f"{what} for {exported.study_id} written to {path} ({exported.resources} items)"]
    lines += [f"warning: {w}" for w in exported.warnings_in(message_language())]
    context.emit(
        {
            "file": str(path),
            "study_id": exported.study_id,
            "sha256": exported.sha256,
            "items": exported.resources,
            "warnings": list(exported.warnings),
        },
        "\n".join(lines),
    )
    return 0


def run_export_fhir(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.services.standards import export_fhir

    args = context.args
    check_output_path(args.output)  # before anything is read or audited
    exported = export_fhir(
        context.database(),
        context.actor(),
        args.study_id,
        include_national_id=args.include_national_id,
    )
    return _emit_case(context, exported, "FHIR bundle")


def run_export_phenopacket(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.services.standards import export_phenopacket

    check_output_path(context.args.output)
    exported = export_phenopacket(context.database(), context.actor(), context.args.study_id)
    return _emit_case(context, exported, "phenopacket")


def run_export_cohort_data(context: CliContext) -> int:
    from mtb_desk.cli.arguments import check_output_path
    from mtb_desk.services.cohort_data import CohortDataRequest, export_cohort_data

    args = context.args
    check_output_path(args.output)
    request = CohortDataRequest(
        recipient=args.recipient,
        cohort=args.cohort,
        date_from=args.date_from,
        date_to=args.date_to,
        k=args.k,
    )
    result = export_cohort_data(context.database(), context.actor(), request, args.output)
    text = (
        f"{result.rows} patients written to {args.output} for {result.recipient}; "
        f"k={result.k}: {result.suppressed_cells} cells suppressed"
        + (f", {result.suppressed_rows} rows withheld" if result.suppressed_rows else "")
        + f"; SHA-256 {result.sha256}"
        + (
            f"\nnew recipient '{result.recipient}': a new pseudonym key was created"
            if result.new_recipient
            else ""
        )
    )
    context.emit(result, text)
    return 0
