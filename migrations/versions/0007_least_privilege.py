"""Least privilege in shared mode: state changes only through checked triggers; every
trigger function with a fixed search_path and qualified names; a board identity.

On PostgreSQL (shared mode) the triggers make the database refuse, for any login that is not
a superuser: a recommendation moving other than draft → final → signed, edits of a final
one, `finalised_by`/`created_by`/`annotated_by` other than the session's own login, a
recommendation set signed without the chair's and the pathologist's signatures on its latest
document, a signature in a role the login does not hold (unless carried over from an
earlier document of the same recommendation), and findings added to a report that existed
when the case was decided. Group roles, CONNECT and user functions live in
`mtb_desk.db.grants` (re-applied after every upgrade).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_SUPERUSER = "(SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user)"
_HEADER = "RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$"


def _raise(message: str) -> str:
    return f"RAISE EXCEPTION '{message}' USING ERRCODE = 'insufficient_privilege';"


_EVENT_BY_LOGIN = f"""
CREATE OR REPLACE FUNCTION mtb_event_by_login() {_HEADER}
DECLARE
    who text := pg_catalog.to_jsonb(NEW) OPERATOR(pg_catalog.->>) TG_ARGV[0];
BEGIN
    IF who IS DISTINCT FROM session_user::text AND NOT {_SUPERUSER} THEN
        RAISE EXCEPTION 'events are written under your own login (%), not as %',
            session_user, who USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $fn$
"""

_RECOMMENDATION = f"""
CREATE FUNCTION mtb_recommendation_rules() {_HEADER}
DECLARE
    signed_roles text[];
    me CONSTANT text := session_user::text;
BEGIN
    IF {_SUPERUSER} THEN RETURN NEW; END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.created_by IS DISTINCT FROM me THEN
            {_raise("a recommendation is recorded under your own login")}
        END IF;
        IF NEW.state = 'signed' THEN
            {_raise("a recommendation is signed only through its signed document")}
        END IF;
    ELSIF OLD.state = 'final' THEN
        IF NEW.state IS DISTINCT FROM 'signed'
           OR (pg_catalog.to_jsonb(NEW) - 'state' - 'version')
              IS DISTINCT FROM (pg_catalog.to_jsonb(OLD) - 'state' - 'version') THEN
            {_raise("a final recommendation is not edited: record a new revision")}
        END IF;
        EXECUTE pg_catalog.format(
            'SELECT pg_catalog.array_agg(s.signer_role::text) FROM %I.signature s '
            'WHERE s.document_id = (SELECT pg_catalog.max(d.id) FROM %I.document d '
            'WHERE d.recommendation_id = $1)', TG_TABLE_SCHEMA, TG_TABLE_SCHEMA)
            INTO signed_roles USING NEW.id;
        IF signed_roles IS NULL
           OR NOT (signed_roles OPERATOR(pg_catalog.@>) ARRAY['chair', 'pathologist']) THEN
            {_raise("a recommendation is signed only when its document carries the chair''s "
                    "and the pathologist''s signatures")}
        END IF;
        RETURN NEW;
    ELSIF OLD.state = 'signed' THEN
        {_raise("a signed recommendation can only be superseded by a new revision")}
    ELSIF NEW.created_by IS DISTINCT FROM OLD.created_by THEN
        {_raise("created_by is not changed")}
    END IF;
    IF NEW.state = 'signed' THEN
        {_raise("a draft is finalised before it is signed")}
    END IF;
    IF NEW.state = 'final' AND NEW.finalised_by IS DISTINCT FROM me THEN
        {_raise("a recommendation is finalised under your own login")}
    END IF;
    IF NEW.state = 'draft' AND NEW.finalised_by IS NOT NULL THEN
        {_raise("a draft has no finalised_by")}
    END IF;
    RETURN NEW;
END $fn$
"""

_OWN_LOGIN = f"""
CREATE FUNCTION mtb_written_by_login() {_HEADER}
DECLARE
    who text := pg_catalog.to_jsonb(NEW) OPERATOR(pg_catalog.->>) TG_ARGV[0];
BEGIN
    IF who IS DISTINCT FROM session_user::text AND NOT {_SUPERUSER} THEN
        RAISE EXCEPTION '% is written under your own login (%), not as %', TG_TABLE_NAME,
            session_user, who USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $fn$
"""

_SIGNATURE = f"""
CREATE FUNCTION mtb_signature_rules() {_HEADER}
DECLARE
    recommendation integer;
    exported_by text;
    carried boolean;
BEGIN
    IF {_SUPERUSER} THEN RETURN NEW; END IF;
    EXECUTE pg_catalog.format(
        'SELECT d.recommendation_id, d.created_by FROM %I.document d WHERE d.id = $1',
        TG_TABLE_SCHEMA) INTO recommendation, exported_by USING NEW.document_id;
    IF recommendation IS NULL OR exported_by IS DISTINCT FROM session_user::text THEN
        {_raise("signatures are stored only with a decision document you export")}
    END IF;
    IF pg_catalog.pg_has_role(session_user,
            pg_catalog.current_database() OPERATOR(pg_catalog.||) '.'
            OPERATOR(pg_catalog.||) NEW.signer_role::text, 'MEMBER') THEN
        RETURN NEW;
    END IF;
    EXECUTE pg_catalog.format(
        'SELECT EXISTS (SELECT 1 FROM %I.signature s JOIN %I.document d '
        'ON d.id = s.document_id WHERE d.recommendation_id = $1 AND d.id < $2 '
        'AND s.signer_role = $3 AND s.certificate_sha256 = $4 AND s.signed_at = $5)',
        TG_TABLE_SCHEMA, TG_TABLE_SCHEMA) INTO carried
        USING recommendation, NEW.document_id, NEW.signer_role, NEW.certificate_sha256,
              NEW.signed_at;
    IF NOT carried THEN
        RAISE EXCEPTION 'only a % of this board signs as %', NEW.signer_role,
            NEW.signer_role USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $fn$
"""

# One check per statement (an import COPYs 100,000 findings in one statement).
_FINDING = f"""
CREATE FUNCTION mtb_finding_rules() {_HEADER}
DECLARE
    decided boolean;
BEGIN
    IF {_SUPERUSER} THEN RETURN NULL; END IF;
    EXECUTE pg_catalog.format(
        'SELECT EXISTS (SELECT 1 FROM (SELECT DISTINCT report_id FROM inserted) f '
        'JOIN %I.molecular_report m ON m.id = f.report_id JOIN %I.recommendation r '
        'ON r.case_id = m.case_id WHERE r.state IN (''final'', ''signed'') '
        'AND r.finalised_at >= m.imported_at)', TG_TABLE_SCHEMA, TG_TABLE_SCHEMA)
        INTO decided;
    IF decided THEN
        {_raise("this report was part of a decided case: import new results as a new report")}
    END IF;
    RETURN NULL;
END $fn$
"""

# (trigger, table, timing, function call)
TRIGGERS = (
    ("recommendation_rules", "recommendation", "INSERT OR UPDATE",
     "mtb_recommendation_rules()"),
    ("annotation_by_login", "annotation", "INSERT OR UPDATE",
     "mtb_written_by_login('annotated_by')"),
    ("document_by_login", "document", "INSERT", "mtb_written_by_login('created_by')"),
    ("signature_rules", "signature", "INSERT", "mtb_signature_rules()"),
)
FUNCTIONS = (
    "mtb_recommendation_rules()",
    "mtb_written_by_login()",
    "mtb_signature_rules()",
    "mtb_finding_rules()",
)


def _postgresql_upgrade() -> None:
    op.execute("ALTER FUNCTION mtb_refuse_change() SET search_path = pg_catalog, pg_temp")
    op.execute(_EVENT_BY_LOGIN)
    for function in (_RECOMMENDATION, _OWN_LOGIN, _SIGNATURE, _FINDING):
        op.execute(function)
    for name, table, timing, call in TRIGGERS:
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {timing} ON {table} FOR EACH ROW EXECUTE FUNCTION {call}"
        )
    op.execute(
        "CREATE TRIGGER finding_rules AFTER INSERT ON finding REFERENCING NEW TABLE AS inserted "
        "FOR EACH STATEMENT EXECUTE FUNCTION mtb_finding_rules()"
    )


def upgrade() -> None:
    table = op.create_table(
        "board_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_identity")),
        sa.UniqueConstraint("uid", name=op.f("uq_board_identity_uid")),
    )
    now = dt.datetime.now(dt.UTC)
    op.bulk_insert(table, [{"id": 1, "uid": str(uuid.uuid4()), "created_at": now}])
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table, _, _ in (*TRIGGERS, ("finding_rules", "finding", "", "")):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for function in FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_table("board_identity")
