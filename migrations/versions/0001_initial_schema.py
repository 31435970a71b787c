"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 08:32:01.630894
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=63), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(username) > 0", name=op.f("ck_app_user_username_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=63), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=60), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column(
            "before",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "after",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_event_hash")),
    )
    op.create_index(op.f("ix_audit_event_case_id"), "audit_event", ["case_id"], unique=False)
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column(
            "rule",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "tumour_include",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "tumour_exclude",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("stage1_size", sa.Integer(), nullable=False),
        sa.Column("stage1_min_benefit", sa.Integer(), nullable=False),
        sa.Column("total_size", sa.Integer(), nullable=False),
        sa.Column("total_min_benefit", sa.Integer(), nullable=False),
        sa.Column("suspended", sa.Boolean(), nullable=False),
        sa.Column("catalogue_version", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("source IN ('impress', 'ctml')", name=op.f("ck_cohort_source")),
        sa.CheckConstraint(
            "stage1_size > 0 AND total_size >= stage1_size AND stage1_min_benefit >= 0 AND total_min_benefit >= 0",
            name=op.f("ck_cohort_stage_sizes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort")),
        sa.UniqueConstraint("code", name=op.f("uq_cohort_code")),
    )
    op.create_table(
        "drug",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inn", sa.String(length=100), nullable=False),
        sa.Column("brand", sa.String(length=100), nullable=True),
        sa.Column("company", sa.String(length=100), nullable=True),
        sa.Column(
            "targets",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "on_label",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("catalogue_version", sa.String(length=40), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drug")),
        sa.UniqueConstraint("inn", name=op.f("uq_drug_inn")),
    )
    op.create_table(
        "hospital",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("site_open_since", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(code) > 0", name=op.f("ck_hospital_code_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hospital")),
        sa.UniqueConstraint("code", name=op.f("uq_hospital_code")),
    )
    op.create_table(
        "patient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("study_id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("national_id", sa.String(length=11), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("sex IS NULL OR sex IN ('F', 'M', 'X')", name=op.f("ck_patient_sex")),
        sa.CheckConstraint(
            "birth_year IS NULL OR birth_year BETWEEN 1880 AND 2200",
            name=op.f("ck_patient_birth_year"),
        ),
        sa.CheckConstraint("length(study_id) > 0", name=op.f("ck_patient_study_id_not_empty")),
        sa.CheckConstraint(
            "national_id IS NULL OR length(national_id) = 11",
            name=op.f("ck_patient_national_id_len"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient")),
        sa.UniqueConstraint("national_id", name=op.f("uq_patient_national_id")),
        sa.UniqueConstraint("study_id", name=op.f("uq_patient_study_id")),
    )
    op.create_table(
        "cohort_drug",
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("drug_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_cohort_drug_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["drug_id"], ["drug.id"], name=op.f("fk_cohort_drug_drug_id_drug"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("cohort_id", "drug_id", name=op.f("pk_cohort_drug")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in-progress",
                "closed",
                name="meeting_status",
                native_enum=False,
                create_constraint=True,
                length=19,
            ),
            nullable=False,
        ),
        sa.Column("chair_user_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chair_user_id"], ["app_user.id"], name=op.f("fk_meeting_chair_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_index(op.f("ix_meeting_held_on"), "meeting", ["held_on"], unique=False)
    op.create_table(
        "mtb_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("hospital_id", sa.Integer(), nullable=True),
        sa.Column("diagnosis_code", sa.String(length=32), nullable=False),
        sa.Column("diagnosis_text", sa.String(length=300), nullable=True),
        sa.Column("ecog", sa.Integer(), nullable=True),
        sa.Column("prior_lines", sa.Integer(), nullable=True),
        sa.Column("referring_clinician", sa.String(length=200), nullable=True),
        sa.Column("referral_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "referred",
                "in-review",
                "scheduled",
                "discussed",
                "closed",
                name="case_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "ecog IS NULL OR ecog BETWEEN 0 AND 4", name=op.f("ck_mtb_case_ecog_range")
        ),
        sa.CheckConstraint(
            "length(diagnosis_code) > 0", name=op.f("ck_mtb_case_diagnosis_not_empty")
        ),
        sa.CheckConstraint(
            "prior_lines IS NULL OR prior_lines BETWEEN 0 AND 30",
            name=op.f("ck_mtb_case_prior_lines"),
        ),
        sa.ForeignKeyConstraint(
            ["hospital_id"],
            ["hospital.id"],
            name=op.f("fk_mtb_case_hospital_id_hospital"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_mtb_case_patient_id_patient"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mtb_case")),
    )
    op.create_index("ix_mtb_case_patient_id", "mtb_case", ["patient_id"], unique=False)
    op.create_index("ix_mtb_case_referral", "mtb_case", ["referral_date", "id"], unique=False)
    op.create_index(
        "ix_mtb_case_worklist",
        "mtb_case",
        ["status", "hospital_id", "referral_date", "id"],
        unique=False,
    )
    op.create_table(
        "user_role",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "reader",
                "clinician",
                "pathologist",
                "bioinformatician",
                "secretary",
                "chair",
                "admin",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_user_role_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "role", name=op.f("pk_user_role")),
    )
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "discussed",
                "deferred",
                name="agenda_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("position >= 0", name=op.f("ck_agenda_item_position_non_negative")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mtb_case.id"],
            name=op.f("fk_agenda_item_case_id_mtb_case"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint(
            "meeting_id", "case_id", name=op.f("uq_agenda_item_meeting_id_case_id")
        ),
    )
    op.create_index(op.f("ix_agenda_item_case_id"), "agenda_item", ["case_id"], unique=False)
    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "reader",
                "clinician",
                "pathologist",
                "bioinformatician",
                "secretary",
                "chair",
                "admin",
                name="attendance_role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_attendance_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_attendance_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "name", name=op.f("uq_attendance_meeting_id_name")),
    )
    op.create_table(
        "enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawal_reason", sa.Text(), nullable=True),
        sa.Column("benefit", sa.Boolean(), nullable=True),
        sa.Column(
            "response",
            sa.Enum(
                "CR",
                "PR",
                "SD",
                "PD",
                name="response",
                native_enum=False,
                create_constraint=True,
                length=10,
            ),
            nullable=True,
        ),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "benefit IS NULL OR response IS NULL OR (benefit AND response IN ('CR', 'PR', 'SD')) OR (NOT benefit AND response = 'PD')",
            name=op.f("ck_enrolment_benefit_matches_response"),
        ),
        sa.CheckConstraint(
            "response IS NULL OR benefit IS NOT NULL",
            name=op.f("ck_enrolment_response_needs_benefit"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mtb_case.id"],
            name=op.f("fk_enrolment_case_id_mtb_case"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_enrolment_cohort_id_cohort"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment")),
        sa.UniqueConstraint("cohort_id", "case_id", name=op.f("uq_enrolment_cohort_id_case_id")),
    )
    op.create_table(
        "molecular_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "assay",
            sa.Enum(
                "TSO500",
                "F1CDx",
                "F1LCDx",
                "WGS",
                "other",
                name="assay",
                native_enum=False,
                create_constraint=True,
                length=14,
            ),
            nullable=False,
        ),
        sa.Column("lab", sa.String(length=200), nullable=True),
        sa.Column(
            "specimen",
            sa.Enum(
                "tissue",
                "blood",
                "other",
                name="specimen",
                native_enum=False,
                create_constraint=True,
                length=14,
            ),
            nullable=True,
        ),
        sa.Column("sample_id", sa.String(length=200), nullable=True),
        sa.Column("tumour_cell_content", sa.Double(), nullable=True),
        sa.Column("report_date", sa.Date(), nullable=True),
        sa.Column("tmb", sa.Double(), nullable=True),
        sa.Column(
            "msi_status",
            sa.Enum(
                "msi-high",
                "mss",
                "indeterminate",
                name="msi_status",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            nullable=True,
        ),
        sa.Column("msi_score", sa.Double(), nullable=True),
        sa.Column("genome_build", sa.String(length=20), nullable=True),
        sa.Column("source_filename", sa.String(length=500), nullable=True),
        sa.Column("source_sha256", sa.String(length=64), nullable=True),
        sa.Column("importer", sa.String(length=60), nullable=True),
        sa.Column("importer_version", sa.String(length=20), nullable=True),
        sa.Column("imported_by", sa.String(length=63), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "details",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "msi_score IS NULL OR msi_score BETWEEN 0 AND 100",
            name=op.f("ck_molecular_report_msi_score"),
        ),
        sa.CheckConstraint(
            "tmb IS NULL OR tmb >= 0", name=op.f("ck_molecular_report_tmb_non_negative")
        ),
        sa.CheckConstraint(
            "tumour_cell_content IS NULL OR tumour_cell_content BETWEEN 0 AND 100",
            name=op.f("ck_molecular_report_tumour_cell_content"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mtb_case.id"],
            name=op.f("fk_molecular_report_case_id_mtb_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_molecular_report")),
        sa.UniqueConstraint(
            "case_id", "source_sha256", name=op.f("uq_molecular_report_case_id_source_sha256")
        ),
    )
    op.create_index(
        op.f("ix_molecular_report_case_id"), "molecular_report", ["case_id"], unique=False
    )
    op.create_table(
        "recommendation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "draft",
                "final",
                "signed",
                "superseded",
                name="recommendation_state",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "impress-cohort",
                "other-trial",
                "approved-therapy",
                "off-label",
                "no-actionable",
                "further-testing",
                "genetic-counselling",
                name="recommendation_outcome",
                native_enum=False,
                create_constraint=True,
                length=27,
            ),
            nullable=False,
        ),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("trial_id", sa.String(length=100), nullable=True),
        sa.Column(
            "drugs",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("further_tests", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column(
            "escat_tier",
            sa.Enum(
                "I-A",
                "I-B",
                "I-C",
                "II-A",
                "II-B",
                "III-A",
                "III-B",
                "IV",
                "V",
                "X",
                name="rec_escat_tier",
                native_enum=False,
                create_constraint=True,
                length=13,
            ),
            nullable=True,
        ),
        sa.Column(
            "use_type",
            sa.Enum(
                "off-label-trial",
                "on-label",
                "compassionate",
                name="use_type",
                native_enum=False,
                create_constraint=True,
                length=23,
            ),
            nullable=True,
        ),
        sa.Column("catalogue_version", sa.String(length=40), nullable=True),
        sa.Column("reference_version", sa.String(length=40), nullable=True),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finalised_by", sa.String(length=63), nullable=True),
        sa.Column("finalised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_recommendation_revision_positive")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mtb_case.id"],
            name=op.f("fk_recommendation_case_id_mtb_case"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_recommendation_cohort_id_cohort"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_recommendation_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["recommendation.id"],
            name=op.f("fk_recommendation_supersedes_id_recommendation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
        sa.UniqueConstraint("case_id", "revision", name=op.f("uq_recommendation_case_id_revision")),
    )
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "decision",
                "minutes",
                name="document_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("recommendation_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("language IN ('en', 'nb')", name=op.f("ck_document_language")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_document_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_document_recommendation_id_recommendation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("uid", name=op.f("uq_document_uid")),
    )
    op.create_index(
        op.f("ix_document_recommendation_id"), "document", ["recommendation_id"], unique=False
    )
    op.create_table(
        "finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "snv",
                "indel",
                "mnv",
                "cnv",
                "fusion",
                "splice",
                "tmb",
                "msi",
                name="finding_kind",
                native_enum=False,
                create_constraint=True,
                length=14,
            ),
            nullable=False,
        ),
        sa.Column("gene", sa.String(length=40), nullable=True),
        sa.Column("protein", sa.String(length=200), nullable=True),
        sa.Column("protein_original", sa.String(length=300), nullable=True),
        sa.Column("hgvs_c", sa.String(length=300), nullable=True),
        sa.Column("transcript", sa.String(length=60), nullable=True),
        sa.Column("chromosome", sa.String(length=40), nullable=True),
        sa.Column("position", sa.BigInteger(), nullable=True),
        sa.Column("ref", sa.Text(), nullable=True),
        sa.Column("alt", sa.Text(), nullable=True),
        sa.Column("consequence", sa.String(length=200), nullable=True),
        sa.Column("exon", sa.String(length=40), nullable=True),
        sa.Column("vaf", sa.Double(), nullable=True),
        sa.Column("depth", sa.Integer(), nullable=True),
        sa.Column("copy_number", sa.Double(), nullable=True),
        sa.Column("fold_change", sa.Double(), nullable=True),
        sa.Column(
            "cnv_call",
            sa.Enum(
                "amplification",
                "gain",
                "loss",
                "deletion",
                name="cnv_call",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            nullable=True,
        ),
        sa.Column("partner_gene", sa.String(length=100), nullable=True),
        sa.Column("breakpoint_5", sa.String(length=100), nullable=True),
        sa.Column("breakpoint_3", sa.String(length=100), nullable=True),
        sa.Column("supporting_reads", sa.Integer(), nullable=True),
        sa.Column("filter", sa.String(length=200), nullable=True),
        sa.Column("is_filtered", sa.Boolean(), nullable=False),
        sa.Column("value", sa.Double(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("source_line", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind NOT IN ('fusion') OR gene IS NOT NULL", name=op.f("ck_finding_fusion_has_gene")
        ),
        sa.CheckConstraint(
            "copy_number IS NULL OR copy_number >= 0", name=op.f("ck_finding_copy_number")
        ),
        sa.CheckConstraint(
            "depth IS NULL OR depth >= 0", name=op.f("ck_finding_depth_non_negative")
        ),
        sa.CheckConstraint(
            "supporting_reads IS NULL OR supporting_reads >= 0", name=op.f("ck_finding_reads")
        ),
        sa.CheckConstraint(
            "vaf IS NULL OR (vaf >= 0 AND vaf <= 1)", name=op.f("ck_finding_vaf_range")
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["molecular_report.id"],
            name=op.f("fk_finding_report_id_molecular_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    )
    op.create_index(op.f("ix_finding_report_id"), "finding", ["report_id"], unique=False)
    op.create_table(
        "annotation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column(
            "oncogenicity",
            sa.Enum(
                "oncogenic",
                "likely-oncogenic",
                "vus",
                "likely-benign",
                "benign",
                name="oncogenicity",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "escat_tier",
            sa.Enum(
                "I-A",
                "I-B",
                "I-C",
                "II-A",
                "II-B",
                "III-A",
                "III-B",
                "IV",
                "V",
                "X",
                name="escat_tier",
                native_enum=False,
                create_constraint=True,
                length=13,
            ),
            nullable=True,
        ),
        sa.Column("reportable", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("annotated_by", sa.String(length=63), nullable=True),
        sa.Column("annotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["finding.id"],
            name=op.f("fk_annotation_finding_id_finding"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotation")),
        sa.UniqueConstraint("finding_id", name=op.f("uq_annotation_finding_id")),
    )
    op.create_table(
        "document_meta",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_meta_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "key", name=op.f("pk_document_meta")),
    )
    op.create_table(
        "recommendation_finding",
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["finding.id"],
            name=op.f("fk_recommendation_finding_finding_id_finding"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_recommendation_finding_recommendation_id_recommendation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "recommendation_id", "finding_id", name=op.f("pk_recommendation_finding")
        ),
    )
    op.create_table(
        "signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column(
            "signer_role",
            sa.Enum(
                "reader",
                "clinician",
                "pathologist",
                "bioinformatician",
                "secretary",
                "chair",
                "admin",
                name="signer_role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("meaning", sa.String(length=300), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("certificate_subject", sa.Text(), nullable=False),
        sa.Column("certificate_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_signature_document_id_document"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature")),
        sa.UniqueConstraint(
            "document_id", "sequence", name=op.f("uq_signature_document_id_sequence")
        ),
    )


def downgrade() -> None:
    op.drop_table("signature")
    op.drop_table("recommendation_finding")
    op.drop_table("document_meta")
    op.drop_table("annotation")
    op.drop_index(op.f("ix_finding_report_id"), table_name="finding")
    op.drop_table("finding")
    op.drop_index(op.f("ix_document_recommendation_id"), table_name="document")
    op.drop_table("document")
    op.drop_table("recommendation")
    op.drop_index(op.f("ix_molecular_report_case_id"), table_name="molecular_report")
    op.drop_table("molecular_report")
    op.drop_table("enrolment")
    op.drop_table("attendance")
    op.drop_index(op.f("ix_agenda_item_case_id"), table_name="agenda_item")
    op.drop_table("agenda_item")
    op.drop_table("user_role")
    op.drop_index("ix_mtb_case_worklist", table_name="mtb_case")
    op.drop_index("ix_mtb_case_referral", table_name="mtb_case")
    op.drop_index("ix_mtb_case_patient_id", table_name="mtb_case")
    op.drop_table("mtb_case")
    op.drop_index(op.f("ix_meeting_held_on"), table_name="meeting")
    op.drop_table("meeting")
    op.drop_table("cohort_drug")
    op.drop_table("patient")
    op.drop_table("hospital")
    op.drop_table("drug")
    op.drop_table("cohort")
    op.drop_index(op.f("ix_audit_event_case_id"), table_name="audit_event")
    op.drop_table("audit_event")
    op.drop_table("app_user")
