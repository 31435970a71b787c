"""Follow-up after the board: treatments, dose changes, visits, adverse events.

The week-16 outcome is now derived from visits and confirmed by the chair (on `treatment`),
so the typed outcome columns of `enrolment` go; each typed outcome is carried over as a
treatment started on the enrolment date with a week-16 visit giving that response, and a
confirmation by "migration-0010". Adds the study nurse role to the role checks.

Revision ID: 0010
Revises: 0005
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0010"
down_revision = "0005"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_OLD_ROLES = ("reader", "clinician", "pathologist", "bioinformatician", "secretary", "chair", "admin")
# (table, column, the Enum's constraint name)
_ROLE_CHECKS = (
    ("user_role", "role", "role"),
    ("attendance", "role", "attendance_role"),
    ("signature", "signer_role", "signer_role"),
)
_RESPONSES = ("CR", "PR", "SD", "PD", "NE")


def _enum(name: str, *values: str, length: int) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=length)


def _treatment_table() -> None:
    op.create_table(
        "treatment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("mtb_case.id", name=op.f("fk_treatment_case_id_mtb_case"), ondelete="RESTRICT"), nullable=False),
        sa.Column("basis", _enum("treatment_basis", "enrolment", "other-trial", "approved", "off-label", length=19), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), sa.ForeignKey("enrolment.id", name=op.f("fk_treatment_enrolment_id_enrolment"), ondelete="RESTRICT"), nullable=True),
        sa.Column("recommendation_id", sa.Integer(), sa.ForeignKey("recommendation.id", name=op.f("fk_treatment_recommendation_id_recommendation"), ondelete="RESTRICT"), nullable=True),
        sa.Column("trial_id", sa.String(length=100), nullable=True),
        sa.Column("drugs", _JSON, nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("dose", sa.String(length=200), nullable=True),
        sa.Column("stopped_on", sa.Date(), nullable=True),
        sa.Column("stop_reason", _enum("stop_reason", "progression", "toxicity", "death", "patient-wish", "completed", "lost-to-follow-up", "not-eligible", "other", length=25), nullable=True),
        sa.Column("stop_detail", sa.Text(), nullable=True),
        sa.Column("not_started_reason", _enum("not_started_reason", "condition-worsened", "patient-declined", "not-eligible", "no-drug-supply", "no-open-site", "funding-refused", "other", length=26), nullable=True),
        sa.Column("not_started_detail", sa.Text(), nullable=True),
        sa.Column("outcome", _enum("week16_outcome", "benefit", "no-benefit", "not-evaluable", length=21), nullable=True),
        sa.Column("outcome_response", _enum("outcome_response", *_RESPONSES, length=10), nullable=True),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("outcome_confirmed_by", sa.String(length=63), nullable=True),
        sa.Column("outcome_confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("(started_on IS NULL) <> (not_started_reason IS NULL)", name=op.f("ck_treatment_started_or_not")),
        sa.CheckConstraint("stopped_on IS NULL OR (started_on IS NOT NULL AND stopped_on >= started_on AND stop_reason IS NOT NULL)", name=op.f("ck_treatment_stop_after_start")),
        sa.CheckConstraint("(stopped_on IS NULL) = (stop_reason IS NULL)", name=op.f("ck_treatment_stop_has_reason")),
        sa.CheckConstraint("(outcome IS NULL) = (outcome_confirmed_by IS NULL)", name=op.f("ck_treatment_outcome_confirmed")),
        sa.CheckConstraint("basis <> 'enrolment' OR enrolment_id IS NOT NULL", name=op.f("ck_treatment_enrolment_basis")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment")),
        sa.UniqueConstraint("enrolment_id", name=op.f("uq_treatment_enrolment_id")),
    )  # fmt: skip
    op.create_index(op.f("ix_treatment_case_id"), "treatment", ["case_id"])
    op.create_index("ix_treatment_started_on", "treatment", ["started_on"])


def _child_tables() -> None:
    op.create_table(
        "dose_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("treatment_id", sa.Integer(), sa.ForeignKey("treatment.id", name=op.f("fk_dose_change_treatment_id_treatment"), ondelete="CASCADE"), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("dose", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_change")),
    )  # fmt: skip
    op.create_index(op.f("ix_dose_change_treatment_id"), "dose_change", ["treatment_id"])
    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("treatment_id", sa.Integer(), sa.ForeignKey("treatment.id", name=op.f("fk_visit_treatment_id_treatment"), ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("week", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("window_before", sa.Integer(), nullable=False),
        sa.Column("window_after", sa.Integer(), nullable=False),
        sa.Column("performed_on", sa.Date(), nullable=True),
        sa.Column("ecog", sa.Integer(), nullable=True),
        sa.Column("response", _enum("visit_response", *_RESPONSES, length=10), nullable=True),
        sa.Column("criteria", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=63), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("ecog IS NULL OR ecog BETWEEN 0 AND 5", name=op.f("ck_visit_ecog_range")),
        sa.CheckConstraint("window_before >= 0 AND window_after >= 0 AND week >= 0", name=op.f("ck_visit_window")),
        sa.CheckConstraint("response IS NULL OR performed_on IS NOT NULL", name=op.f("ck_visit_response_needs_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("treatment_id", "seq", name=op.f("uq_visit_treatment_id_seq")),
    )  # fmt: skip
    op.create_index("ix_visit_open_due", "visit", ["performed_on", "due_on"])
    op.create_table(
        "adverse_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), sa.ForeignKey("visit.id", name=op.f("fk_adverse_event_visit_id_visit"), ondelete="CASCADE"), nullable=False),
        sa.Column("term", sa.String(length=200), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("attribution", _enum("attribution", "unrelated", "unlikely", "possible", "probable", "definite", length=17), nullable=False),
        sa.Column("serious", sa.Boolean(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("grade BETWEEN 1 AND 5", name=op.f("ck_adverse_event_grade_range")),
        sa.CheckConstraint("length(term) > 0", name=op.f("ck_adverse_event_term_not_empty")),
        sa.CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name=op.f("ck_adverse_event_ends_after_start")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adverse_event")),
    )  # fmt: skip
    op.create_index(op.f("ix_adverse_event_visit_id"), "adverse_event", ["visit_id"])


def _typed_outcomes() -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in op.get_bind().execute(
            sa.text(
                "SELECT id, case_id, enrolled_on, benefit, response, evaluated_on FROM enrolment "
                "WHERE benefit IS NOT NULL"
            )
        )
    ]


def _carry_typed_outcomes(rows: list[tuple[object, ...]]) -> None:
    """Each typed week-16 outcome becomes a treatment with a confirmed week-16 visit."""
    bind = op.get_bind()
    treatment = sa.table(
        "treatment", sa.column("drugs", _JSON), *(sa.column(n) for n in (
            "id", "case_id", "basis", "enrolment_id", "started_on", "outcome",
            "outcome_response", "outcome_on", "outcome_confirmed_by", "outcome_confirmed_at",
            "created_by", "created_at", "version",
        )),
    )  # fmt: skip
    visit = sa.table(
        "visit", *(sa.column(n) for n in (
            "treatment_id", "seq", "week", "due_on", "window_before", "window_after",
            "performed_on", "response", "criteria", "note", "recorded_by", "version",
        )),
    )  # fmt: skip
    now = dt.datetime.now(dt.UTC)
    for enrolment_id, case_id, enrolled_on, benefit, response, evaluated_on in rows:  # type: ignore[misc]
        start = _as_date(enrolled_on)
        on = _as_date(evaluated_on) if evaluated_on else start + dt.timedelta(days=112)
        answer = response or ("SD" if benefit else "PD")
        result = bind.execute(
            treatment.insert().values(
                case_id=case_id, basis="enrolment", enrolment_id=enrolment_id,
                drugs=[], started_on=start,
                outcome="benefit" if benefit else "no-benefit", outcome_response=answer,
                outcome_on=on, outcome_confirmed_by="migration-0010", outcome_confirmed_at=now,
                created_by="migration-0010", created_at=now, version=1,
            ).returning(treatment.c.id)
        )  # fmt: skip
        bind.execute(
            visit.insert().values(
                treatment_id=result.scalar_one(), seq=2, week=16,
                due_on=start + dt.timedelta(days=112), window_before=0, window_after=14,
                performed_on=on, response=answer, criteria="RECIST 1.1",
                note="typed week-16 outcome before revision 0010", recorded_by="migration-0010",
                version=1,
            )
        )  # fmt: skip


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _role_checks(roles: tuple[str, ...]) -> None:
    listed = ", ".join(f"'{r}'" for r in roles)
    for table, column, enum_name in _ROLE_CHECKS:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"ck_{table}_{enum_name}"), type_="check")
            batch.create_check_constraint(op.f(f"ck_{table}_{enum_name}"), f"{column} IN ({listed})")


def upgrade() -> None:
    # Read the typed outcomes, then change `enrolment` (SQLite recreates the table, which it
    # cannot do once treatments refer to it), then create the new tables and carry them over.
    typed = _typed_outcomes()
    with op.batch_alter_table("enrolment") as batch:
        batch.drop_constraint(op.f("ck_enrolment_benefit_matches_response"), type_="check")
        batch.drop_constraint(op.f("ck_enrolment_response_needs_benefit"), type_="check")
        batch.drop_constraint(op.f("ck_enrolment_response"), type_="check")
        batch.drop_column("benefit")
        batch.drop_column("response")
        batch.drop_column("evaluated_on")
        batch.add_column(sa.Column("override_reason", sa.Text(), nullable=True))
    _treatment_table()
    _child_tables()
    _carry_typed_outcomes(typed)
    _role_checks((*_OLD_ROLES, "study_nurse"))


def downgrade() -> None:
    """Drops the follow-up (typed outcomes are not restored: the visits were their source)."""
    op.execute("DELETE FROM user_role WHERE role = 'study_nurse'")
    op.execute("UPDATE attendance SET role = 'reader' WHERE role = 'study_nurse'")
    _role_checks(_OLD_ROLES)
    op.drop_table("adverse_event")
    op.drop_table("visit")
    op.drop_table("dose_change")
    op.drop_table("treatment")
    with op.batch_alter_table("enrolment") as batch:
        batch.drop_column("override_reason")
        batch.add_column(sa.Column("benefit", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("response", _enum("response", "CR", "PR", "SD", "PD", length=10), nullable=True))
        batch.add_column(sa.Column("evaluated_on", sa.Date(), nullable=True))
    with op.batch_alter_table("enrolment") as batch:
        batch.create_check_constraint(
            op.f("ck_enrolment_benefit_matches_response"),
            "benefit IS NULL OR response IS NULL OR (benefit AND response IN ('CR', 'PR', 'SD'))"
            " OR (NOT benefit AND response = 'PD')",
        )
        batch.create_check_constraint(
            op.f("ck_enrolment_response_needs_benefit"), "response IS NULL OR benefit IS NOT NULL"
        )
