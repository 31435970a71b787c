"""Shared mode on PostgreSQL: group roles mirroring the app's roles, and what each may do.

The database, not only the app, refuses what a role may not do. `apply_grants` is run by the
migrations (as the schema owner) after every upgrade, so tables added later get their
grants too. Every group may read; writes are granted per table, and per column where it
matters (a pathologist may update annotations, not findings). Nobody may update or delete
audit or access events (their triggers refuse even the owner's app code).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from mtb_desk.domain.enums import Role

GROUP_PREFIX = "mtb_"


def group_name(role: Role) -> str:
    return f"{GROUP_PREFIX}{role.value}"


ALL = tuple(Role)
EDITORS = (Role.CLINICIAN, Role.SECRETARY, Role.CHAIR, Role.ADMIN)
IMPORTERS = (Role.BIOINFORMATICIAN, Role.PATHOLOGIST, Role.ADMIN)
MEETINGS = (Role.SECRETARY, Role.CHAIR, Role.ADMIN)
RECOMMENDERS = (Role.CHAIR, Role.CLINICIAN)
EXPORTERS = (Role.SECRETARY, Role.CHAIR, Role.CLINICIAN, Role.PATHOLOGIST)
ENROLLERS = (Role.CLINICIAN, Role.CHAIR, Role.SECRETARY)
CATALOGUE = (Role.ADMIN, Role.BIOINFORMATICIAN)
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
    ("INSERT", "report_coverage", IMPORTERS),
    ("INSERT, UPDATE", "column_mapping", IMPORTERS),
    ("INSERT", "annotation", (Role.PATHOLOGIST,)),
    (f"UPDATE ({ANNOTATION_COLUMNS})", "annotation", (Role.PATHOLOGIST,)),
    ("INSERT, UPDATE, DELETE", "meeting", MEETINGS),
    ("INSERT, UPDATE, DELETE", "attendance", MEETINGS),
    ("INSERT, UPDATE, DELETE", "agenda_item", MEETINGS),
    ("INSERT, UPDATE", "recommendation", RECOMMENDERS),
    ("UPDATE (state, version)", "recommendation", (Role.PATHOLOGIST, Role.SECRETARY)),
    ("INSERT, DELETE", "recommendation_finding", RECOMMENDERS),
    ("INSERT", "document", EXPORTERS),
    ("INSERT", "signature", EXPORTERS),
    ("INSERT, UPDATE", "enrolment", ENROLLERS),
    ("INSERT, UPDATE", "drug", CATALOGUE),
    ("INSERT, UPDATE", "cohort", CATALOGUE),
    ("INSERT, DELETE", "cohort_drug", CATALOGUE),
    ("INSERT, UPDATE", "supply_agreement", CATALOGUE),
    ("INSERT", "reference_release", CATALOGUE),
    ("INSERT, UPDATE", "app_user", (Role.ADMIN,)),
    ("INSERT, DELETE", "user_role", (Role.ADMIN,)),
)


def _create_groups(connection: Connection) -> None:
    for role in Role:
        connection.execute(
            text(
                "DO $$ BEGIN "
                f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group_name(role)}') THEN "
                f"CREATE ROLE {group_name(role)} NOLOGIN; END IF; END $$"
            )
        )


def apply_grants(connection: Connection) -> None:
    """Create the group roles (once per server) and grant this schema's privileges."""
    _create_groups(connection)
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    tables = [
        row[0]
        for row in connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        )
    ]
    groups = ", ".join(group_name(r) for r in Role)
    admin = group_name(Role.ADMIN)
    statements = [
        f'GRANT USAGE ON SCHEMA "{schema}" TO {groups}',
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {groups}',
    ]
    for table in tables:
        statements.append(f'REVOKE ALL ON "{table}" FROM {groups}')
        statements.append(f'GRANT SELECT ON "{table}" TO {groups}')
    listed = {table for _, table, _ in GRANTS}
    for privilege, table, roles in GRANTS:
        if table in tables:
            targets = ", ".join(group_name(r) for r in roles)
            statements.append(f'GRANT {privilege} ON "{table}" TO {targets}')
    for table in tables:
        if table not in listed and table != "alembic_version":
            statements.append(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {admin}')
    for statement in statements:
        connection.execute(text(statement))
