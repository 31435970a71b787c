"""`mtb-desk db …` and `mtb-desk audit …`: schema and audit-trail administration."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mtb_desk.cli.context import CliContext


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    db = commands.add_parser("db", help="database schema").add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    db.add_parser("upgrade", parents=[parent], help="migrate to the newest schema").set_defaults(
        handler=db_upgrade
    )
    db.add_parser("current", parents=[parent], help="show the schema revision").set_defaults(
        handler=db_current
    )
    backup = commands.add_parser("backup", parents=[parent], help="back up the database")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser(
        "restore", parents=[parent], help="replace the database's content with a backup"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--yes", action="store_true", help="replace the database without asking first"
    )
    restore.set_defaults(handler=run_restore)
    audit = commands.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    verify = audit.add_parser(
        "verify",
        parents=[parent],
        help="check the audit trail's hash chain and the anchors in stored documents",
    )
    verify.add_argument(
        "--against",
        type=Path,
        action="append",
        default=[],
        metavar="FILE.pdf",
        help="also check the audit anchor of a document someone kept (repeatable)",
    )
    verify.set_defaults(handler=audit_verify)
    show = audit.add_parser("show", parents=[parent], help="who changed what and when")
    show.add_argument("--case", metavar="STUDY_ID", required=True)
    show.set_defaults(handler=audit_show)
    access = audit.add_parser("access", parents=[parent], help="who viewed a case (admins)")
    access.add_argument("--case", metavar="STUDY_ID", required=True)
    access.set_defaults(handler=audit_access)


def db_upgrade(context: CliContext) -> int:
    from mtb_desk.db.migrate import current_revision

    database = context.database()
    revision = current_revision(database.engine)
    context.emit(
        {"revision": revision, "database": database.display_location},
        f"{database.display_location} is at revision {revision}",
    )
    return 0


def db_current(context: CliContext) -> int:
    from mtb_desk.db.migrate import current_revision, head_revision

    database = context.database(migrate=False)
    revision, head = current_revision(database.engine), head_revision()
    context.emit(
        {"revision": revision, "head": head, "up_to_date": revision == head},
        f"revision {revision} (newest: {head})",
    )
    return 0


def audit_verify(context: CliContext) -> int:
    from mtb_desk.db.unit_of_work import reading
    from mtb_desk.services.audit import verify_chain
    from mtb_desk.services.audit_anchors import verify_file_anchors, verify_stored_anchors
    from mtb_desk.services.audit_rows import verify_rows

    kept = [(str(path), _read_document(path)) for path in context.args.against]
    with reading(context.database()) as session:
        check = verify_chain(session)
        stored = verify_stored_anchors(session)
        files = [verify_file_anchors(session, name, pdf) for name, pdf in kept]
        rows, row_problems = verify_rows(session)
    problems = [p for c in (stored, *files) for p in c.problems]
    intact = check.intact and not problems and not row_problems
    lines = [
        f"audit trail intact: {check.events} events"
        if check.intact
        else f"audit trail BROKEN at event {check.first_broken_id}: {check.problem}",
        f"anchors checked: {stored.anchors + sum(f.anchors for f in files)} in "
        f"{stored.documents} stored document(s) and {len(files)} file(s)",
        *(f"ANCHOR BROKEN in {p.document}: {p.problem}" for p in problems),
        f"rows checked against their last audit event: {rows}",
        *(f"ROW CHANGED: {p.entity} {p.entity_id}: {p.problem}" for p in row_problems),
    ]
    context.emit(
        {
            "intact": intact,
            "chain_intact": check.intact,
            "events": check.events,
            "first_broken_id": check.first_broken_id,
            "problem": check.problem,
            "documents_checked": stored.documents + len(files),
            "anchors_checked": stored.anchors + sum(f.anchors for f in files),
            "anchor_problems": [{"document": p.document, "problem": p.problem} for p in problems],
            "rows_checked": rows,
            "row_problems": [
                {"entity": p.entity, "id": p.entity_id, "problem": p.problem}
                for p in row_problems
            ],
        },
        "\n".join(lines),
    )
    return 0 if intact else 1


def _read_document(path: Path) -> bytes:
    from mtb_desk.errors import ValidationError

    if not path.is_file():
        raise ValidationError(f"{path}: not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror}") from exc


def audit_show(context: CliContext) -> int:
    from mtb_desk.services.audit_log import case_history

    events = case_history(context.database(), context.actor(), context.args.case)
    lines = [
        f"{e.occurred_at:%Y-%m-%d %H:%M} {e.actor:<14} {e.action:<14} {e.summary}" for e in events
    ]
    context.emit({"events": events}, "\n".join(lines) or "no events")
    return 0


def audit_access(context: CliContext) -> int:
    from mtb_desk.services.access_log import case_access_log

    entries = case_access_log(context.database(), context.actor(), context.args.case)
    lines = [f"{e.occurred_at:%Y-%m-%d %H:%M:%S} {e.username} {e.purpose}" for e in entries]
    context.emit({"accesses": entries}, "\n".join(lines) or "nobody has viewed this case")
    return 0


def run_backup(context: CliContext) -> int:
    from mtb_desk.services.backup import backup

    result = backup(context.database(), context.actor(), context.args.file)
    context.emit(result, f"backup written to {result.path} ({result.bytes} bytes, {result.method})")
    return 0


def run_restore(context: CliContext) -> int:
    from mtb_desk.services.backup import restore

    database = context.database()
    if not context.args.yes:
        _confirm(
            f"Replace everything in {database.display_location} with {context.args.file}? [y/N] "
        )
    result = restore(database, context.actor(), context.args.file)
    context.emit(result, f"database restored from {result.path} ({result.method})")
    return 0


def _confirm(question: str) -> None:
    import sys

    from mtb_desk.errors import ValidationError

    if not sys.stdin.isatty():
        raise ValidationError("restore replaces the whole database: confirm with --yes")
    if input(question).strip().lower() not in ("y", "yes", "j", "ja"):
        raise ValidationError("restore cancelled: nothing was changed")
