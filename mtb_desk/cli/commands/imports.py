"""`mtb-desk import STUDY_ID FILE|FOLDER`: import a lab file, or a sample's DRAGEN TSO500
output folder as one report, into a case (or only check it)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtb_desk.cli.context import CliContext

if TYPE_CHECKING:
    from mtb_desk.services.imports import ImportSummary


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "import", parents=[parent], help="import a molecular report file into a case"
    )
    parser.add_argument("study_id", metavar="STUDY_ID")
    parser.add_argument(
        "file",
        metavar="FILE|FOLDER",
        type=Path,
        help="a report file, or a sample's DRAGEN TSO500 output folder (one report)",
    )
    parser.add_argument("--sample", metavar="NAME", help="the sample to import from the file")
    parser.add_argument("--dry-run", action="store_true", help="validate and report only")
    parser.add_argument(
        "--skip-filtered",
        action="store_true",
        help="leave out variants that did not pass the caller's filters",
    )
    parser.add_argument(
        "--lab", metavar="LAB", help="read a generic CSV/XLSX with this lab's saved column mapping"
    )
    parser.add_argument(
        "--save-mapping",
        metavar="JSON_FILE",
        type=Path,
        help="with --lab: save this column mapping for the lab first",
    )
    parser.set_defaults(handler=run_import)


def run_import(context: CliContext) -> int:
    from mtb_desk.services.imports import import_file, save_column_mapping

    args = context.args
    database, actor = context.database(), context.actor()
    if args.save_mapping is not None:
        from mtb_desk.errors import ValidationError
        from mtb_desk.importers.generic import ColumnMapping

        if not args.lab:
            raise ValidationError("--save-mapping needs --lab")
        mapping = ColumnMapping.from_json(args.save_mapping.read_text(encoding="utf-8"))
        save_column_mapping(database, actor, args.lab, mapping)
    if args.file.is_dir():
        from mtb_desk.services.imports import import_folder

        summary = import_folder(database, actor, args.study_id, args.file, dry_run=args.dry_run)
    else:
        summary = import_file(
            database,
            actor,
            args.study_id,
            args.file,
            sample=args.sample,
            dry_run=args.dry_run,
            skip_filtered=args.skip_filtered,
            lab=args.lab,
        )
    context.emit(summary, summary_text(summary))
    return 0


def summary_text(summary: ImportSummary) -> str:
    """The summary in the CLI's language (``MTB_DESK_LANGUAGE``); file, importer and gene
    names as they are. ``--json`` keeps its English keys and values."""
    from mtb_desk.cli.main import message_language
    from mtb_desk.i18n.phrases import Listing, Term, phrase, render

    lang = message_language()
    counts = Listing(tuple(
        phrase("import-summary.count", count=n, kind=Term("kind", kind))
        for kind, n in summary.counts.items()
    ))  # fmt: skip
    head = phrase(
        "import-summary.would-import" if summary.dry_run else "import-summary.imported",
        file=summary.source_filename, importer=summary.importer,
        version=summary.importer_version, study_id=summary.study_id,
        counts=counts if counts.items else phrase("import-summary.no-findings"),
    )  # fmt: skip
    measured = phrase(
        "import-summary.biomarkers",
        tmb=summary.tmb if summary.tmb is not None else "-",
        msi=Term("msi", summary.msi.value) if summary.msi else "-",
    )
    if summary.filtered:
        filtered = phrase("import-summary.filtered", count=summary.filtered)
        measured = phrase("import-summary.and", first=measured, then=filtered)
    lines = [
        render(head, lang),
        render(measured, lang),
        *(render(phrase("import-summary.file", file=f), lang) for f in summary.source_files),
        *(
            render(phrase("import-summary.warning", warning=w), lang)
            for w in summary.warnings_in(lang)
        ),
    ]
    return "\n".join(lines)
