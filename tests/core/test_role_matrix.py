"""Least privilege, tried as real logins against the real server: every role × every table ×
every statement that role may not run is refused by PostgreSQL, and no login can escalate.

The expected privileges come from `mtb_desk.db.grants.GRANTS` (the one place listing them), so
a table added later is tried too.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from mtb_desk.db.board import group_name, quote, steward_name
from mtb_desk.db.grants import GRANTS
from mtb_desk.db.models import Base
from mtb_desk.domain.enums import Role
from tests.shared_board import Board, close_board, make_board

TABLE_PRIVILEGES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")


@pytest.fixture(scope="module")
def board() -> Iterator[Board]:
    made = make_board("matrix")
    yield made
    close_board(made)


def _allowed() -> dict[tuple[Role, str], dict[str, set[str] | None]]:
    """(role, table) → privilege → allowed columns (None: the whole table)."""
    allowed: dict[tuple[Role, str], dict[str, set[str] | None]] = {}
    listed = {table for _, table, _ in GRANTS}
    for privilege, table, roles in GRANTS:
        for part in re.findall(r"(\w+)(?:\s*\(([^)]*)\))?", privilege):
            name, columns = part
            cols = {c.strip() for c in columns.split(",")} if columns else None
            for role in roles:
                mine = allowed.setdefault((role, table), {})
                if name in mine:
                    before = mine[name]
                    cols = None if before is None or cols is None else before | cols
                mine[name] = cols
    for table in Base.metadata.tables:
        if table not in listed:
            for name in ("INSERT", "UPDATE", "DELETE"):
                allowed.setdefault((Role.ADMIN, table), {})[name] = None
    return allowed


def _tables() -> list[str]:
    return [*sorted(Base.metadata.tables), "alembic_version"]


def _statement(privilege: str, table: str, columns: set[str] | None) -> str | None:
    if privilege == "INSERT":
        return f"INSERT INTO {table} DEFAULT VALUES"
    if privilege == "UPDATE":
        known = Base.metadata.tables.get(table)
        names = [c.name for c in known.columns] if known is not None else ["version_num"]
        others = [n for n in names if columns is None or n not in columns]
        return f"UPDATE {table} SET {others[0]} = {others[0]}" if others else None
    if privilege == "DELETE":
        return f"DELETE FROM {table}"
    return f"TRUNCATE {table}"


def _forbidden_statements(role: Role) -> list[str]:
    allowed = _allowed()
    statements = []
    for table in _tables():
        mine = allowed.get((role, table), {})
        for privilege in TABLE_PRIVILEGES:
            if privilege in mine and mine[privilege] is None:
                continue
            statement = _statement(privilege, table, mine.get(privilege))
            if statement:
                statements.append(statement)
        statements.append(f"ALTER TABLE {table} DISABLE TRIGGER ALL")
        statements.append(f"ALTER TABLE {table} OWNER TO CURRENT_USER")
        statements.append(f"GRANT ALL ON {table} TO PUBLIC")
        statements.append(f"COPY {table} FROM PROGRAM 'true'")
    return statements


def _escalations(board: Board, role: Role) -> list[str]:
    me = board.logins[role]
    other = next(name for r, name in board.logins.items() if r is not role)
    held = group_name(board.name, role)
    statements = [
        "SET ROLE postgres",
        f"SET ROLE {quote(steward_name(board.name))}",
        "SET SESSION AUTHORIZATION postgres",
        "CREATE TEMP VIEW pg_roles AS SELECT * FROM pg_catalog.pg_roles",
        "CREATE TEMP TABLE shadow (i int)",
        "COPY (SELECT 1) TO PROGRAM 'true'",
        f"CREATE TABLE {quote(board.schema)}.planted (i int)",
        f"CREATE VIEW {quote(board.schema)}.pg_roles AS SELECT 1",
        "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        f"ALTER ROLE {quote(me)} CREATEROLE",
        f"ALTER ROLE {quote(me)} BYPASSRLS",
        f"ALTER ROLE {quote(other)} PASSWORD 'taken'",
        f"CREATE ROLE r{uuid.uuid4().hex[:8]} LOGIN",
        f"GRANT pg_execute_server_program TO {quote(me)}",
        f"GRANT pg_read_server_files TO {quote(me)}",
        f"GRANT {quote(steward_name(board.name))} TO {quote(me)}",
        f"GRANT {quote(held)} TO {quote(other)}",
        f"ALTER DATABASE {quote(board.name)} OWNER TO {quote(me)}",
        f"GRANT CONNECT ON DATABASE {quote(board.name)} TO PUBLIC",
        f"ALTER FUNCTION mtb_event_by_login() OWNER TO {quote(me)}",
        "SELECT mtb_change_login('postgres', 'password', 'x')",
        f"SELECT mtb_change_login({_literal(steward_name(board.name))}, 'password', 'x')",
        "SELECT mtb_change_login('postgres', 'grant', 'admin')",
    ]
    for other_role in Role:
        if other_role is not role:
            statements.append(f"SET ROLE {quote(group_name(board.name, other_role))}")
            statements.append(f"GRANT {quote(group_name(board.name, other_role))} TO {quote(me)}")
    if role is not Role.ADMIN:
        statements += [
            f"SELECT mtb_create_login('x{uuid.uuid4().hex[:8]}', ARRAY['admin'], NULL)",
            f"SELECT mtb_change_login({_literal(other)}, 'grant', 'admin')",
            f"SELECT mtb_change_login({_literal(other)}, 'password', 'x')",
            f"SELECT mtb_change_login({_literal(me)}, 'grant', 'admin')",
            "SELECT * FROM access_event",
        ]
    return statements


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _refused(engine: Engine, statement: str) -> bool:
    """True when PostgreSQL refuses the statement (or, for GRANT, grants nothing)."""
    with engine.connect() as connection:
        try:
            connection.execute(text(statement))
        except DBAPIError:
            connection.rollback()
            return True
        try:
            # A GRANT without grant option is a warning, not an error: check it did nothing.
            if statement.startswith("GRANT ALL ON"):
                check = "has_table_privilege('public', :on, 'INSERT')"
            elif statement.startswith("GRANT CONNECT ON DATABASE"):
                check = "has_database_privilege('public', :on, 'CONNECT')"
            else:
                return False
            target = statement.split()[-3].strip('"')
            return not connection.execute(text(f"SELECT {check}"), {"on": target}).scalar()
        finally:
            connection.rollback()


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_forbidden_statement_is_refused(board: Board, role: Role) -> None:
    statements = _forbidden_statements(role) + _escalations(board, role)
    went_through = [s for s in statements if not _refused(board.engines[role], s)]
    print(f"\n{role.value}: tried {len(statements)}, refused {len(statements) - len(went_through)}")  # noqa: T201
    assert not went_through, f"{role.value} ran: {went_through}"


def test_no_login_the_app_makes_holds_cluster_powers(board: Board) -> None:
    with board.owner.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT rolname, rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls "
                "OR rolreplication FROM pg_roles WHERE rolname = ANY(:names)"
            ),
            {"names": list(board.logins.values())},
        ).all()
        memberships = connection.execute(
            text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ANY(:names)"
            ),
            {"names": list(board.logins.values())},
        ).scalars().all()
    assert len(rows) == len(Role)
    assert not [name for name, powerful in rows if powerful]
    assert all(g.startswith(f"{board.name}.") for g in memberships)
