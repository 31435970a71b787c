"""`mtb-desk meeting list|show|create|add-case`."""

from __future__ import annotations

import argparse
from typing import Any

from mtb_desk.cli.arguments import iso_date, record_id
from mtb_desk.cli.context import CliContext
from mtb_desk.cli.output import print_table


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    meeting = commands.add_parser("meeting", help="board meetings").add_subparsers(
        dest="meeting_command", metavar="ACTION", required=True
    )
    meeting.add_parser("list", parents=[parent], help="list meetings").set_defaults(
        handler=meeting_list
    )
    show = meeting.add_parser("show", parents=[parent], help="one meeting with its agenda")
    show.add_argument("meeting_id", type=record_id, metavar="ID")
    show.set_defaults(handler=meeting_show)
    create = meeting.add_parser("create", parents=[parent], help="plan a meeting")
    create.add_argument("--date", type=iso_date, required=True, metavar="YYYY-MM-DD")
    create.add_argument("--title", default="MTB")
    create.add_argument("--chair", metavar="USER")
    create.set_defaults(handler=meeting_create)
    add = meeting.add_parser("add-case", parents=[parent], help="put a case on the agenda")
    add.add_argument("meeting_id", type=record_id, metavar="ID")
    add.add_argument("study_id", metavar="STUDY_ID")
    add.set_defaults(handler=meeting_add_case)


def meeting_list(context: CliContext) -> int:
    from mtb_desk.services.meetings import list_meetings

    meetings = list_meetings(context.database())
    data = [
        {"id": m.id, "date": m.held_on, "title": m.title, "status": m.status, "cases": m.case_count}
        for m in meetings
    ]
    if context.wants_json:
        context.emit({"meetings": data}, "")
    else:
        print_table(
            [
                (str(m.id), m.held_on.isoformat(), m.title, m.status.value, str(m.case_count))
                for m in meetings
            ],
            ("ID", "DATE", "TITLE", "STATUS", "CASES"),
        )
    return 0


def meeting_show(context: CliContext) -> int:
    from mtb_desk.services.meetings import get_meeting

    detail = get_meeting(context.database(), context.args.meeting_id)
    lines = [f"meeting {detail.id}: {detail.title} on {detail.held_on.isoformat()}"]
    lines += [
        f"  {i.position + 1}. {i.study_id} ({i.diagnosis_code}) {i.status.value}"
        for i in detail.agenda
    ]
    lines += [f"  attending: {a.name} ({a.role.value})" for a in detail.attendees if a.present]
    data = {
        "id": detail.id,
        "date": detail.held_on,
        "title": detail.title,
        "status": detail.status,
        "chair": detail.chair,
        "cases": [
            {
                "study_id": i.study_id,
                "position": i.position,
                "status": i.status,
                "diagnosis": i.diagnosis_code,
            }
            for i in detail.agenda
        ],
        "attendees": detail.attendees,
    }
    context.emit(data, "\n".join(lines))
    return 0


def meeting_create(context: CliContext) -> int:
    from mtb_desk.services.meetings import create_meeting

    args = context.args
    detail = create_meeting(
        context.database(), context.actor(), args.date, args.title, chair=args.chair
    )
    context.emit(
        {"id": detail.id, "date": detail.held_on, "title": detail.title},
        f"meeting {detail.id} created for {detail.held_on.isoformat()}",
    )
    return 0


def meeting_add_case(context: CliContext) -> int:
    from mtb_desk.services.cases import get_case_header
    from mtb_desk.services.meetings import add_to_agenda

    database = context.database()
    case = get_case_header(database, context.args.study_id)
    detail = add_to_agenda(database, context.actor(), context.args.meeting_id, case.id)
    context.emit(
        {"id": detail.id, "cases": [i.study_id for i in detail.agenda]},
        f"{case.study_id} is item {len(detail.agenda)} of meeting {detail.id}",
    )
    return 0
