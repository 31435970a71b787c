"""Shared mode on PostgreSQL: what each of the board's group roles may do, in one place.

The database, not only the app, refuses what a role may not do. `apply_grants` runs after
every upgrade (from `migrations/env.py`, as the schema owner): it creates this board's group
roles (`<database>.<role>`, see `mtb_desk.db.board`) and its steward, revokes CONNECT and
TEMPORARY on the database from PUBLIC and grants CONNECT to the board's groups only, revokes
every table privilege and grants again exactly what `GRANTS` and `READ_ONLY_FOR` list.

How to give a new table its grants (a later migration): add rows to `GRANTS` (privilege,
table, roles; a column list such as `"UPDATE (status, version)"` limits it to columns) and,
if not every role may read it, an entry in `READ_ONLY_FOR`. Nothing else: the next
`db upgrade` re-applies everything. A table not listed in `GRANTS` may be read by every
group and written by admins only; a new role in `Role` gets its group automatically.
Nobody may update or delete audit or access events (triggers refuse even the owner's app
code); state changes are checked by the triggers of migration 0007.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from mtb_desk.db.board import (
    board_of,
    group_name,
    literal,
    quote,
    steward_name,
    user_function_statements,
)
from mtb_desk.domain.enums import Role

ALL = tuple(Role)
EDITORS = (Role.CLINICIAN, Role.SECRETARY, Role.CHAIR, Role.ADMIN)
IMPORTERS = (Role.BIOINFORMATICIAN, Role.PATHOLOGIST, Role.ADMIN)
MEETINGS = (Role.SECRETARY, Role.CHAIR, Role.ADMIN)
RECOMMENDERS = (Role.CHAIR, Role.CLINICIAN)
EXPORTERS = (Role.SECRETARY, Role.CHAIR, Role.CLINICIAN, Role.PATHOLOGIST)
ENROLLERS = (Role.CLINICIAN, Role.CHAIR, Role.SECRETARY)
CATALOGUE = (Role.ADMIN, Role.BIOINFORMATICIAN)
FOLLOWUP = (Role.STUDY_NURSE, Role.CLINICIAN, Role.CHAIR)
# Everyone who writes a fact the funnel counts (a case, report, annotation, agenda item,
# recommendation, enrolment or treatment) makes the database rewrite that case's stage.
FUNNEL_WRITERS = tuple(dict.fromkeys(
    (*EDITORS, *IMPORTERS, Role.PATHOLOGIST, *MEETINGS, *RECOMMENDERS, *ENROLLERS, *FOLLOWUP)
))  # fmt: skip
ANNOTATION_COLUMNS = (
    "oncogenicity, escat_tier, reportable, comment, annotated_by, annotated_at, version"
)
CASE_WORKFLOW_COLUMNS = "status, updated_at, version"

# (privilege, table, roles). Anything not listed: SELECT for every group, all for admins.
GRANTS: tuple[tuple[str, str, tuple[Role, ...]], ...] = (
    ("INSERT", "audit_event", ALL),
    ("INSERT", "access_event", ALL),
    ("INSERT, UPDATE", "patient", EDITORS),
    ("INSERT, UPDATE", "mtb_case", EDITORS),
    (f"UPDATE ({CASE_WORKFLOW_COLUMNS})", "mtb_case", RECOMMENDERS),
    ("INSERT, UPDATE", "hospital", EDITORS),
    ("INSERT", "molecular_report", IMPORTERS),
    ("INSERT", "finding", IMPORTERS),
    ("INSERT", "report_finding_count", IMPORTERS),  # migration 0012: written with the findings
    ("INSERT", "report_coverage", IMPORTERS),  # migration 0006: written with each report
    ("INSERT", "report_coverage", IMPORTERS),
    ("INSERT, UPDATE", "column_mapping", IMPORTERS),
    ("INSERT", "annotation", (Role.PATHOLOGIST,)),
    (f"UPDATE ({ANNOTATION_COLUMNS})", "annotation", (Role.PATHOLOGIST,)),
    ("INSERT, UPDATE, DELETE", "meeting", MEETINGS),
    ("INSERT, UPDATE, DELETE", "attendance", MEETINGS),
    ("INSERT, UPDATE, DELETE", "agenda_item", MEETINGS),
    ("INSERT, UPDATE", "recommendation", RECOMMENDERS),
    ("UPDATE (state, version)", "recommendation", (Role.PATHOLOGIST,)),
    ("INSERT, DELETE", "recommendation_finding", RECOMMENDERS),
    ("INSERT", "document", EXPORTERS),
    ("INSERT", "signature", EXPORTERS),
    ("INSERT", "export_recipient", EXPORTERS),
    ("INSERT, UPDATE", "enrolment", ENROLLERS),
    ("INSERT, UPDATE", "treatment", FOLLOWUP),
    ("INSERT", "dose_change", FOLLOWUP),
    ("INSERT, UPDATE, DELETE", "visit", FOLLOWUP),
    ("INSERT, UPDATE, DELETE", "adverse_event", FOLLOWUP),
    ("INSERT, UPDATE", "drug", CATALOGUE),
    ("INSERT, UPDATE", "cohort", CATALOGUE),
    ("INSERT, DELETE", "cohort_drug", CATALOGUE),
    ("INSERT, UPDATE", "supply_agreement", CATALOGUE),
    ("INSERT", "reference_release", CATALOGUE),
    # migration 0013: each case's funnel stage. Listed so that nobody, admins included,
    # writes it: only `mtb_refresh_funnel` (FUNCTIONS) does, deriving it from the facts.
    ("SELECT", "case_funnel", ALL),
    ("INSERT, UPDATE", "app_user", (Role.ADMIN,)),
    ("INSERT, DELETE", "user_role", (Role.ADMIN,)),
)

# SECURITY DEFINER functions a migration made (owned by the tables' owner): who may run them.
# `mtb_refresh_funnel` (migration 0014) rewrites some cases' `case_funnel` rows from the
# source tables; calling it can only make the rows true, so every funnel writer may.
FUNCTIONS: tuple[tuple[str, tuple[Role, ...]], ...] = (
    ("mtb_refresh_funnel(integer[])", FUNNEL_WRITERS),
)

# Tables that not every group may read: table → (roles that read it, columns all may read).
# Everyone logs access (INSERT … RETURNING id needs SELECT on id), only admins read the log.
READ_ONLY_FOR: dict[str, tuple[tuple[Role, ...], str]] = {
    "access_event": ((Role.ADMIN,), "id"),
    # The pseudonym keys: only those who may export (and admins) read them.
    "export_recipient": ((*EXPORTERS, Role.ADMIN), "id, name, created_by, created_at"),
}


def _ensure_role(name: str, attributes: str) -> str:
    return (
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = "
        f"{literal(name)}) THEN CREATE ROLE {quote(name)} {attributes}; END IF; END $$"
    )


def _role_statements(board: str, server_version: int) -> list[str]:
    """The board's groups (NOLOGIN) and its steward (NOLOGIN CREATEROLE, the only holder of
    CREATEROLE; only the user-management functions run as it)."""
    steward = steward_name(board)
    statements = [_ensure_role(group_name(board, r), "NOLOGIN") for r in Role]
    statements.append(_ensure_role(steward, "NOLOGIN CREATEROLE"))
    statements.append(f"ALTER ROLE {quote(steward)} NOLOGIN CREATEROLE NOCREATEDB")
    if server_version >= 160000:  # CREATEROLE grants only roles it administers
        statements += [
            f"GRANT {quote(group_name(board, r))} TO {quote(steward)} "
            "WITH ADMIN OPTION, INHERIT FALSE, SET FALSE"
            for r in Role
        ]
    return statements


def _database_statements(board: str, schema: str, groups: str) -> list[str]:
    database = quote(board)
    return [
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {database} TO {groups}",
        f"REVOKE ALL ON SCHEMA {quote(schema)} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {quote(schema)} TO {groups}, {quote(steward_name(board))}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {groups}",
    ]


def _table_statements(board: str, tables: list[str], groups: str) -> list[str]:
    def targets(roles: tuple[Role, ...]) -> str:
        return ", ".join(quote(group_name(board, r)) for r in roles)

    statements = []
    for table in tables:
        statements.append(f"REVOKE ALL ON {quote(table)} FROM PUBLIC, {groups}")
        readers, columns = READ_ONLY_FOR.get(table, (ALL, ""))
        statements.append(f"GRANT SELECT ON {quote(table)} TO {targets(readers)}")
        if columns:
            statements.append(f"GRANT SELECT ({columns}) ON {quote(table)} TO {groups}")
    listed = {table for _, table, _ in GRANTS}
    for privilege, table, roles in GRANTS:
        if table in tables:
            statements.append(f"GRANT {privilege} ON {quote(table)} TO {targets(roles)}")
    for table in tables:
        if table not in listed and table != "alembic_version":
            statements.append(
                f"GRANT INSERT, UPDATE, DELETE ON {quote(table)} TO {targets((Role.ADMIN,))}"
            )
    return statements


def _function_statements(connection: Connection, board: str, schema: str, groups: str) -> (
    list[str]
):  # fmt: skip
    """EXECUTE on the migrations' functions to the roles in `FUNCTIONS` only (PostgreSQL
    gives it to PUBLIC by default); a function not there at this revision is skipped."""
    statements = []
    for signature, roles in FUNCTIONS:
        qualified = f"{quote(schema)}.{signature}"
        exists = connection.execute(
            text("SELECT to_regprocedure(:f) IS NOT NULL"), {"f": qualified}
        ).scalar_one()
        if exists:
            targets = ", ".join(quote(group_name(board, r)) for r in roles)
            statements.append(f"REVOKE ALL ON FUNCTION {qualified} FROM PUBLIC, {groups}")
            statements.append(f"GRANT EXECUTE ON FUNCTION {qualified} TO {targets}")
    return statements


LEGACY_PREFIX = "mtb_"  # the cluster-wide groups of schema revisions before 0007


def _legacy_statements(connection: Connection, board: str, schema: str) -> list[str]:
    """Move this board's people from the old cluster-wide `mtb_<role>` groups to the
    board's own groups, strip CREATEROLE/CREATEDB the old admin logins held, and take every
    privilege on this schema from the old groups."""
    statements = []
    for role in Role:
        legacy = f"{LEGACY_PREFIX}{role.value}"
        members = connection.execute(
            text(
                "SELECT u.rolname, u.rolcreaterole OR u.rolcreatedb FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                "WHERE g.rolname = :legacy AND NOT u.rolsuper "
                "AND u.rolname IN (SELECT username FROM app_user)"
            ),
            {"legacy": legacy},
        ).all()
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :legacy"), {"legacy": legacy}
        ).scalar()
        if not exists:
            continue
        for name, powerful in members:
            statements.append(f"GRANT {quote(group_name(board, role))} TO {quote(name)}")
            if powerful:
                statements.append(f"ALTER ROLE {quote(name)} NOCREATEROLE NOCREATEDB")
        statements += [
            f"REVOKE ALL ON ALL TABLES IN SCHEMA {quote(schema)} FROM {quote(legacy)}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {quote(schema)} FROM {quote(legacy)}",
            f"REVOKE ALL ON SCHEMA {quote(schema)} FROM {quote(legacy)}",
        ]
    return statements


def _check_connect_revoked(connection: Connection, board: str) -> None:
    public_connects = connection.execute(
        text("SELECT has_database_privilege('public', current_database(), 'CONNECT')")
    ).scalar_one()
    if public_connects:
        from mtb_desk.db.board import BoardNameError

        raise BoardNameError(
            f"could not revoke CONNECT on database '{board}' from PUBLIC: the schema owner "
            "must own the database (createdb -O OWNER)"
        )


def apply_grants(connection: Connection) -> None:
    """Create this board's roles and functions and grant this schema's privileges."""
    board = board_of(connection)
    schema, owner = connection.execute(
        text(
            "SELECT n.nspname, pg_get_userbyid(n.nspowner) FROM pg_namespace n "
            "WHERE n.nspname = current_schema()"
        )
    ).one()
    tables = list(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    groups = ", ".join(quote(group_name(board, r)) for r in Role)
    version = int(connection.execute(text("SHOW server_version_num")).scalar_one())
    statements = _role_statements(board, version)
    statements += _database_statements(board, schema, groups)
    statements += _table_statements(board, tables, groups)
    if "app_user" in tables:  # not after a downgrade to an empty schema
        statements += _legacy_statements(connection, board, schema)
    statements += _function_statements(connection, board, schema, groups)
    for statement in statements:
        connection.execute(text(statement))
    _own_functions(connection, board, schema, owner)
    _check_connect_revoked(connection, board)


def _own_functions(connection: Connection, board: str, schema: str, owner: str) -> None:
    """(Re)create the user functions; the migrating role joins the steward just long enough
    to hand the functions over (needed unless it is a superuser)."""
    steward = quote(steward_name(board))
    me = connection.execute(text("SELECT current_user")).scalar_one()
    joined = not connection.execute(
        text("SELECT pg_has_role(current_user, :s, 'MEMBER')"), {"s": steward_name(board)}
    ).scalar_one()
    if joined:
        connection.execute(text(f"GRANT {steward} TO {quote(me)}"))
    # A new owner needs CREATE on the schema at the moment of the hand-over only.
    connection.execute(text(f"GRANT CREATE ON SCHEMA {quote(schema)} TO {steward}"))
    for statement in user_function_statements(board, schema, owner):
        connection.execute(text(statement))
    connection.execute(text(f"REVOKE CREATE ON SCHEMA {quote(schema)} FROM {steward}"))
    if joined:
        connection.execute(text(f"REVOKE {steward} FROM {quote(me)}"))
