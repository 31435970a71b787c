"""Shared mode: an audit or access event is written under the writer's own login.

On PostgreSQL a non-superuser cannot insert an audit event (or access event) in another
person's name. SQLite has app-level users only, so nothing changes there.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FUNCTION = """
CREATE FUNCTION mtb_event_by_login() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    who text := to_jsonb(NEW) ->> TG_ARGV[0];
BEGIN
    IF who IS DISTINCT FROM session_user::text
       AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RAISE EXCEPTION 'events are written under your own login (%), not as %',
            session_user, who USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_FUNCTION)
    op.execute(
        "CREATE TRIGGER audit_event_by_login BEFORE INSERT ON audit_event FOR EACH ROW "
        "EXECUTE FUNCTION mtb_event_by_login('actor')"
    )
    op.execute(
        "CREATE TRIGGER access_event_by_login BEFORE INSERT ON access_event FOR EACH ROW "
        "EXECUTE FUNCTION mtb_event_by_login('username')"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS access_event_by_login ON access_event")
    op.execute("DROP TRIGGER IF EXISTS audit_event_by_login ON audit_event")
    op.execute("DROP FUNCTION IF EXISTS mtb_event_by_login()")
