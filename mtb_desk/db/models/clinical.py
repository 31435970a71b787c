"""Cases, molecular reports, findings and their annotations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Computed,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mtb_desk.db.models.base import Base, JsonType, Versioned, enum_type, utcnow
from mtb_desk.db.models.people import Hospital, Patient
from mtb_desk.domain.enums import (
    Assay,
    CaseStatus,
    CnvCall,
    EscatTier,
    FindingKind,
    MsiStatus,
    Oncogenicity,
    Specimen,
)


class Case(Versioned, Base):
    __tablename__ = "mtb_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="RESTRICT"))
    hospital_id: Mapped[int | None] = mapped_column(ForeignKey("hospital.id", ondelete="RESTRICT"))
    diagnosis_code: Mapped[str] = mapped_column(String(32))
    diagnosis_text: Mapped[str | None] = mapped_column(String(300))
    ecog: Mapped[int | None]
    prior_lines: Mapped[int | None]
    referring_clinician: Mapped[str | None] = mapped_column(String(200))
    referral_date: Mapped[dt.date | None]
    status: Mapped[CaseStatus] = mapped_column(
        enum_type(CaseStatus, "case_status"), default=CaseStatus.REFERRED
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # diagnosis code and name folded for search (mtb_desk.domain.search)
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    patient: Mapped[Patient] = relationship(lazy="joined", innerjoin=True)
    hospital: Mapped[Hospital | None] = relationship(lazy="joined")
    reports: Mapped[list[MolecularReport]] = relationship(
        back_populates="case", order_by="MolecularReport.id.desc()"
    )

    __table_args__ = (
        CheckConstraint("ecog IS NULL OR ecog BETWEEN 0 AND 4", name="ecog_range"),
        CheckConstraint("prior_lines IS NULL OR prior_lines BETWEEN 0 AND 30", name="prior_lines"),
        CheckConstraint("length(diagnosis_code) > 0", name="diagnosis_not_empty"),
        Index("ix_mtb_case_worklist", "status", "hospital_id", "referral_date", "id"),
        Index("ix_mtb_case_referral", "referral_date", "id"),
        Index("ix_mtb_case_patient_id", "patient_id"),
    )


class MolecularReport(Base):
    __tablename__ = "molecular_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mtb_case.id", ondelete="CASCADE"), index=True)
    assay: Mapped[Assay] = mapped_column(enum_type(Assay, "assay"), default=Assay.OTHER)
    lab: Mapped[str | None] = mapped_column(String(200))
    specimen: Mapped[Specimen | None] = mapped_column(enum_type(Specimen, "specimen"))
    sample_id: Mapped[str | None] = mapped_column(String(200))
    tumour_cell_content: Mapped[float | None]
    report_date: Mapped[dt.date | None]
    tmb: Mapped[float | None]
    msi_status: Mapped[MsiStatus | None] = mapped_column(enum_type(MsiStatus, "msi_status"))
    msi_score: Mapped[float | None]
    genome_build: Mapped[str | None] = mapped_column(String(20))
    source_filename: Mapped[str | None] = mapped_column(String(500))
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    importer: Mapped[str | None] = mapped_column(String(60))
    importer_version: Mapped[str | None] = mapped_column(String(20))
    imported_by: Mapped[str | None] = mapped_column(String(63))
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    details: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)

    case: Mapped[Case] = relationship(back_populates="reports")
    findings: Mapped[list[Finding]] = relationship(
        back_populates="report", order_by="Finding.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("case_id", "source_sha256"),
        CheckConstraint(
            "tumour_cell_content IS NULL OR tumour_cell_content BETWEEN 0 AND 100",
            name="tumour_cell_content",
        ),
        CheckConstraint("tmb IS NULL OR tmb >= 0", name="tmb_non_negative"),
        CheckConstraint("msi_score IS NULL OR msi_score BETWEEN 0 AND 100", name="msi_score"),
    )


# The case view's order below reportable (see `services/finding_pages.py`): 0 PASS and coding,
# 1 PASS and not coding, 2 filtered and coding, 3 filtered and not coding. Coding: a protein
# change is given, or the finding is not a small variant (copy number, fusion, biomarker…).
# Computed by the database (migration 0012), so every insert path fills it.
SORT_RANK_SQL = (
    "(CASE WHEN is_filtered THEN 2 ELSE 0 END) + "
    "(CASE WHEN protein IS NOT NULL OR kind NOT IN ('snv', 'indel', 'mnv') THEN 0 ELSE 1 END)"
)


class Finding(Base):
    __tablename__ = "finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("molecular_report.id", ondelete="CASCADE"))
    kind: Mapped[FindingKind] = mapped_column(enum_type(FindingKind, "finding_kind"))
    gene: Mapped[str | None] = mapped_column(String(40))
    protein: Mapped[str | None] = mapped_column(String(200))
    protein_original: Mapped[str | None] = mapped_column(String(300))
    hgvs_c: Mapped[str | None] = mapped_column(String(300))
    transcript: Mapped[str | None] = mapped_column(String(60))
    chromosome: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int | None] = mapped_column(BigInteger)
    ref: Mapped[str | None] = mapped_column(Text)
    alt: Mapped[str | None] = mapped_column(Text)
    consequence: Mapped[str | None] = mapped_column(String(200))
    exon: Mapped[str | None] = mapped_column(String(40))
    vaf: Mapped[float | None]
    depth: Mapped[int | None]
    copy_number: Mapped[float | None]
    fold_change: Mapped[float | None]
    cnv_call: Mapped[CnvCall | None] = mapped_column(enum_type(CnvCall, "cnv_call"))
    partner_gene: Mapped[str | None] = mapped_column(String(100))
    breakpoint_5: Mapped[str | None] = mapped_column(String(100))
    breakpoint_3: Mapped[str | None] = mapped_column(String(100))
    supporting_reads: Mapped[int | None]
    filter: Mapped[str | None] = mapped_column(String(200))
    is_filtered: Mapped[bool] = mapped_column(default=False)
    value: Mapped[float | None]
    description: Mapped[str | None] = mapped_column(String(300))
    source_line: Mapped[int | None]
    origin: Mapped[str | None] = mapped_column(String(20))
    equivocal: Mapped[bool] = mapped_column(default=False, server_default=false())
    symbol_in_file: Mapped[str | None] = mapped_column(String(60))
    sort_rank: Mapped[int] = mapped_column(
        SmallInteger, Computed(SORT_RANK_SQL, persisted=True)  # VIRTUAL on SQLite: see 0012
    )

    report: Mapped[MolecularReport] = relationship(back_populates="findings")
    annotation: Mapped[Annotation | None] = relationship(
        back_populates="finding", cascade="all, delete-orphan", uselist=False
    )

    __table_args__ = (
        CheckConstraint("vaf IS NULL OR (vaf >= 0 AND vaf <= 1)", name="vaf_range"),
        CheckConstraint("depth IS NULL OR depth >= 0", name="depth_non_negative"),
        CheckConstraint("copy_number IS NULL OR copy_number >= 0", name="copy_number"),
        CheckConstraint("supporting_reads IS NULL OR supporting_reads >= 0", name="reads"),
        CheckConstraint("kind NOT IN ('fusion') OR gene IS NOT NULL", name="fusion_has_gene"),
        CheckConstraint("origin IS NULL OR origin IN ('germline', 'somatic')", name="origin"),
        # Report lookups and the gene/kind lookups of matching and the case view (0009).
        Index("ix_finding_report_kind_gene", "report_id", "kind", "gene"),
        # The case view's pages of a million-finding report walk this index (0012).
        Index("ix_finding_report_rank", "report_id", "sort_rank", "id"),
    )


class Annotation(Versioned, Base):
    """A pathologist's current judgement on a finding (earlier ones live in the audit trail)."""

    __tablename__ = "annotation"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(
        ForeignKey("finding.id", ondelete="CASCADE"), unique=True
    )
    oncogenicity: Mapped[Oncogenicity | None] = mapped_column(
        enum_type(Oncogenicity, "oncogenicity")
    )
    escat_tier: Mapped[EscatTier | None] = mapped_column(enum_type(EscatTier, "escat_tier"))
    reportable: Mapped[bool] = mapped_column(default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    annotated_by: Mapped[str | None] = mapped_column(String(63))
    annotated_at: Mapped[dt.datetime | None]

    finding: Mapped[Finding] = relationship(back_populates="annotation")


class ReportFindingCount(Base):
    """How many findings a report holds, written with them at import (0012): the case view
    shows "1–200 of 1,000,000" without counting a whole-genome report's rows on each open."""

    __tablename__ = "report_finding_count"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("molecular_report.id", ondelete="CASCADE"), primary_key=True
    )
    findings: Mapped[int]

    __table_args__ = (CheckConstraint("findings >= 0", name="findings_non_negative"),)


class ReportCoverage(Base):
    """What one report assayed, recorded at import: the assay profile used and the kinds of
    result the report itself shows were not assayed, with why (``{"fusions": "RNA Sample ID
    NA, no RNA result"}``). Gene sets come from the panels in force when matching."""

    __tablename__ = "report_coverage"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("molecular_report.id", ondelete="CASCADE"), primary_key=True
    )
    profile: Mapped[str] = mapped_column(String(40))
    not_assayed: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
