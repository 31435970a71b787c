"""A board on PostgreSQL is one database: its group roles, its steward, and its user functions.

Group roles are per database, named `<database>.<role>` (e.g. `mtb.pathologist`), so a login
made for one board holds nothing in another database on the same server. User management
runs through SECURITY DEFINER functions owned by the NOLOGIN role `<database>.steward` (the
only role holding CREATEROLE); they can only create plain logins and grant or revoke this
board's groups, and they run with `search_path = pg_catalog, pg_temp` and qualified names.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from mtb_desk.domain.enums import Role
from mtb_desk.errors import MtbDeskError

MAX_ROLE_NAME = 63
STEWARD = "steward"


class BoardNameError(MtbDeskError):
    """The database's name is too long to name its group roles."""


def group_name(board: str, role: Role | str) -> str:
    """The group role of `role` in the board (database) `board`: `mtb.pathologist`."""
    value = role.value if isinstance(role, Role) else role
    return f"{board}.{value}"


def steward_name(board: str) -> str:
    return group_name(board, STEWARD)


def board_of(connection: Connection) -> str:
    """The board's name: the current database's name."""
    board = str(connection.execute(text("SELECT current_database()")).scalar_one())
    longest = max([*(r.value for r in Role), STEWARD], key=len)
    if len(group_name(board, longest)) > MAX_ROLE_NAME:
        raise BoardNameError(
            f"the database name '{board}' is too long for shared mode: use at most "
            f"{MAX_ROLE_NAME - len(longest) - 1} characters"
        )
    return board


def quote(name: str) -> str:
    """An SQL identifier, always quoted."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_ROLE_CHECK = """
CREATE OR REPLACE FUNCTION {schema}.mtb_board_role(role_value text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF role_value IS NULL OR NOT (role_value = ANY (ARRAY[{roles}]::text[])) THEN
        RAISE EXCEPTION 'unknown board role %', role_value USING ERRCODE = '22023';
    END IF;
    RETURN {board_prefix} || role_value;
END $fn$
"""

_MAY_MANAGE = """
CREATE OR REPLACE FUNCTION {schema}.mtb_require_user_manager() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF pg_catalog.pg_has_role(session_user, {admin}, 'MEMBER')
       OR pg_catalog.pg_has_role(session_user, {owner}, 'MEMBER') THEN
        RETURN;
    END IF;
    RAISE EXCEPTION 'only an administrator of this board manages users'
        USING ERRCODE = 'insufficient_privilege';
END $fn$
"""

# A board login: can log in, holds no cluster-wide power, is a member of this board's groups
# only, and is neither the schema owner nor the steward.
_BOARD_LOGIN = """
CREATE OR REPLACE FUNCTION {schema}.mtb_require_board_login(login_name text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    target pg_catalog.pg_roles%ROWTYPE;
BEGIN
    SELECT * INTO target FROM pg_catalog.pg_roles WHERE rolname = login_name;
    IF NOT FOUND OR NOT target.rolcanlogin OR target.rolsuper OR target.rolcreaterole
       OR target.rolcreatedb OR target.rolreplication OR target.rolbypassrls
       OR pg_catalog.pg_has_role(login_name, {owner}, 'MEMBER')
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                  JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                  WHERE m.member = target.oid AND g.rolname NOT LIKE {board_like})
       OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                      JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                      WHERE m.member = target.oid AND g.rolname LIKE {board_like}) THEN
        RAISE EXCEPTION '% is not a login of this board', login_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $fn$
"""

_CREATE_LOGIN = """
CREATE OR REPLACE FUNCTION {schema}.mtb_create_login(
    login_name text, role_values text[], login_password text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    role_value text;
BEGIN
    PERFORM {schema}.mtb_require_user_manager();
    IF login_name IS NULL OR login_name !~ '^[a-z_][a-z0-9_.-]{{0,62}}$' THEN
        RAISE EXCEPTION 'invalid login name %', login_name USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = login_name) THEN
        RAISE EXCEPTION 'a database login named % already exists', login_name
            USING ERRCODE = '42710';
    END IF;
    IF role_values IS NULL OR pg_catalog.cardinality(role_values) = 0 THEN
        RAISE EXCEPTION 'a login needs at least one role' USING ERRCODE = '22023';
    END IF;
    FOREACH role_value IN ARRAY role_values LOOP
        PERFORM {schema}.mtb_board_role(role_value);
    END LOOP;
    EXECUTE pg_catalog.format(
        'CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION',
        login_name);
    IF login_password IS NOT NULL THEN
        EXECUTE pg_catalog.format('ALTER ROLE %I PASSWORD %L', login_name, login_password);
    END IF;
    FOREACH role_value IN ARRAY role_values LOOP
        EXECUTE pg_catalog.format('GRANT %I TO %I', {schema}.mtb_board_role(role_value),
                                  login_name);
    END LOOP;
END $fn$
"""

_CHANGE_LOGIN = """
CREATE OR REPLACE FUNCTION {schema}.mtb_change_login(
    login_name text, change text, argument text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    PERFORM {schema}.mtb_require_user_manager();
    PERFORM {schema}.mtb_require_board_login(login_name);
    IF change = 'grant' THEN
        EXECUTE pg_catalog.format('GRANT %I TO %I', {schema}.mtb_board_role(argument), login_name);
    ELSIF change = 'revoke' THEN
        EXECUTE pg_catalog.format('REVOKE %I FROM %I', {schema}.mtb_board_role(argument),
                                  login_name);
    ELSIF change = 'password' THEN
        EXECUTE pg_catalog.format('ALTER ROLE %I PASSWORD %L', login_name, argument);
    ELSIF change = 'disable' THEN
        EXECUTE pg_catalog.format('ALTER ROLE %I NOLOGIN', login_name);
    ELSE
        RAISE EXCEPTION 'unknown change %', change USING ERRCODE = '22023';
    END IF;
END $fn$
"""

USER_FUNCTIONS = (
    ("mtb_board_role(text)", _ROLE_CHECK, False),
    ("mtb_require_user_manager()", _MAY_MANAGE, False),
    ("mtb_require_board_login(text)", _BOARD_LOGIN, False),
    ("mtb_create_login(text, text[], text)", _CREATE_LOGIN, True),
    ("mtb_change_login(text, text, text)", _CHANGE_LOGIN, True),
)


def user_function_statements(board: str, schema: str, owner: str) -> list[str]:
    """CREATE OR REPLACE the user-management functions, owned by the steward; only this
    board's admins and the schema owner may run them."""
    admin, steward = group_name(board, Role.ADMIN), steward_name(board)
    like = board.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%"
    values = {
        "schema": quote(schema),
        "roles": ", ".join(literal(r.value) for r in Role),
        "board_prefix": literal(board + "."),
        "admin": literal(admin),
        "owner": literal(owner),
        "board_like": literal(like),
    }
    statements = []
    for signature, template, definer in USER_FUNCTIONS:
        statements.append(template.format(**values))
        qualified = f"{quote(schema)}.{signature}"
        statements.append(f"REVOKE ALL ON FUNCTION {qualified} FROM PUBLIC")
        if definer:
            statements.append(f"ALTER FUNCTION {qualified} OWNER TO {quote(steward)}")
            statements.append(
                f"GRANT EXECUTE ON FUNCTION {qualified} TO {quote(admin)}, {quote(owner)}"
            )
        else:
            statements.append(
                f"GRANT EXECUTE ON FUNCTION {qualified} TO {quote(steward)}, {quote(admin)}, "
                f"{quote(owner)}"
            )
    return statements
