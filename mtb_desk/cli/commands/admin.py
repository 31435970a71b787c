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
    restore.set_defaults(handler=run_restore)
    audit = commands.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    audit.add_parser(
        "verify", parents=[parent], help="check the audit trail's hash chain"
    ).set_defaults(handler=audit_verify)
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

    with reading(context.database()) as session:
        check = verify_chain(session)
    text = (
        f"audit trail intact: {check.events} events"
        if check.intact
        else f"audit trail BROKEN at event {check.first_broken_id}: {check.problem}"
    )
    context.emit(
        {
            "intact": check.intact,
            "events": check.events,
            "first_broken_id": check.first_broken_id,
            "problem": check.problem,
        },
        text,
    )
    return 0 if check.intact else 1


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

    result = restore(context.database(), context.actor(), context.args.file)
    context.emit(result, f"database restored from {result.path} ({result.method})")
    return 0
