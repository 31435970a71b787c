"""Immutable records: audit and access events are insert-only; signed recommendations,
documents and signatures cannot be changed or deleted (only superseded by new rows).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (table, trigger name, operations, condition on OLD or None, reason)
GUARDS = (
    (
        "audit_event",
        "audit_event_insert_only",
        ("UPDATE", "DELETE"),
        None,
        "audit events are insert-only",
    ),
    (
        "access_event",
        "access_event_insert_only",
        ("UPDATE", "DELETE"),
        None,
        "access events are insert-only",
    ),
    (
        "recommendation",
        "recommendation_signed_immutable",
        ("UPDATE", "DELETE"),
        "OLD.state = 'signed'",
        "a signed recommendation can only be superseded by a new revision",
    ),
    (
        "document",
        "document_immutable",
        ("UPDATE", "DELETE"),
        None,
        "stored documents cannot be changed or deleted",
    ),
    (
        "signature",
        "signature_immutable",
        ("UPDATE", "DELETE"),
        None,
        "signatures cannot be changed or deleted",
    ),
)


def _sqlite_upgrade() -> None:
    for table, name, operations, condition, reason in GUARDS:
        for operation in operations:
            when = f" WHEN {condition}" if condition else ""
            op.execute(
                f"CREATE TRIGGER {name}_{operation.lower()} BEFORE {operation} ON {table}"
                f"{when} BEGIN SELECT RAISE(ABORT, '{reason}'); END"
            )


def _postgresql_upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION mtb_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """
    )
    for table, name, operations, condition, reason in GUARDS:
        when = f" WHEN ({condition})" if condition else ""
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {' OR '.join(operations)} ON {table} FOR EACH ROW"
            f"{when} EXECUTE FUNCTION mtb_refuse_change('{reason}')"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_upgrade()
    else:
        _sqlite_upgrade()


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, name, operations, _, _ in GUARDS:
        if postgres:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        else:
            for operation in operations:
                op.execute(f"DROP TRIGGER IF EXISTS {name}_{operation.lower()}")
    if postgres:
        op.execute("DROP FUNCTION IF EXISTS mtb_refuse_change()")
