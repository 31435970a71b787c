"""`mtb-desk user add|list`."""

from __future__ import annotations

import argparse
from typing import Any

from mtb_desk.cli.context import CliContext, read_secret
from mtb_desk.cli.output import print_table
from mtb_desk.domain.enums import Role


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    user = commands.add_parser("user", help="app users and their roles").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", parents=[parent], help="add a user")
    add.add_argument("name")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=[r.value for r in Role],
        help="a role (repeat for several)",
    )
    add.add_argument("--display-name")
    add.add_argument("--password-env", metavar="VAR", help="read the password from this variable")
    add.add_argument(
        "--login",
        action="store_true",
        default=None,
        help="PostgreSQL: also create the person's database login with its group roles "
        "(the default when an admin does this in shared mode)",
    )
    add.set_defaults(handler=user_add)
    user.add_parser("list", parents=[parent], help="list users").set_defaults(handler=user_list)


def user_add(context: CliContext) -> int:
    from mtb_desk.services.users import add_user

    args = context.args
    password = read_secret(args.password_env, "password")
    view = add_user(
        context.database(),
        context.actor(),
        args.name,
        frozenset(Role(r) for r in args.role),
        display_name=args.display_name,
        password=password,
        database_login=args.login,
    )
    context.emit(view, f"user {view.username} added with roles {', '.join(sorted(view.roles))}")
    return 0


def user_list(context: CliContext) -> int:
    from mtb_desk.services.users import list_users

    users = list_users(context.database())
    if context.wants_json:
        context.emit({"users": users}, "")
    else:
        print_table(
            [
                (u.username, ", ".join(sorted(u.roles)), "yes" if u.has_password else "no")
                for u in users
            ],
            ("USER", "ROLES", "PASSWORD"),
        )
    return 0
