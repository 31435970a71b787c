"""Plain, immutable records that cross layer boundaries.

Importers produce `ImportedReport`/`ImportedFinding`; services return the `…View` and
`…Summary` records. None of them holds a database session or an ORM object, so they can be
passed between threads and into the pure matching and report code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

from mtb_desk.domain.enums import (
    AgendaStatus,
    Assay,
    CaseStatus,
    CnvCall,
    EscatTier,
    FindingKind,
    MeetingStatus,
    MsiStatus,
    Oncogenicity,
    Role,
    Specimen,
)
from mtb_desk.i18n.phrases import Phrase, Value

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ImportedFinding:
    """One alteration as read from a lab file, before it has a database id."""

    kind: FindingKind
    gene: str | None = None
    protein: str | None = None  # canonical short form, e.g. "V600E"; None if not a protein change
    protein_original: str | None = None  # exactly as the file wrote it
    hgvs_c: str | None = None
    transcript: str | None = None
    chromosome: str | None = None
    position: int | None = None
    ref: str | None = None
    alt: str | None = None
    consequence: str | None = None
    exon: str | None = None
    vaf: float | None = None  # 0..1
    depth: int | None = None
    copy_number: float | None = None
    fold_change: float | None = None
    cnv_call: CnvCall | None = None
    partner_gene: str | None = None  # fusions: the other gene (gene is the 5' partner)
    breakpoint_5: str | None = None
    breakpoint_3: str | None = None
    supporting_reads: int | None = None
    filter: str | None = None  # "PASS" or the caller's filter names; None if the format has none
    value: float | None = None  # biomarkers: TMB in mut/Mb, MSI score in %
    description: str | None = None  # free text, e.g. an atypical alteration "EGFR vIII"
    source_line: int | None = None  # 1-based line (or element index) in the source file
    origin: str | None = None  # "germline" / "somatic" where the file says so, else None
    equivocal: bool = False  # the lab flagged the call as uncertain
    symbol_in_file: str | None = None  # the gene symbol as the file wrote it, when it differs

    @property
    def is_filtered(self) -> bool:
        return self.filter is not None and self.filter not in ("PASS", ".", "")


@dataclass(frozen=True, slots=True)
class ImportedReport:
    """A molecular report read from one file for one sample."""

    findings: tuple[ImportedFinding, ...]
    assay: Assay = Assay.OTHER
    lab: str | None = None
    specimen: Specimen | None = None
    sample_id: str | None = None
    tumour_cell_content: float | None = None  # percent 0..100
    report_date: date | None = None
    tmb: float | None = None  # mutations per megabase
    msi_status: MsiStatus | None = None
    msi_score: float | None = None  # percent of unstable sites, where the assay reports it
    genome_build: str | None = None  # "GRCh37" / "GRCh38" where the file says so
    importer: str = ""
    importer_version: str = ""
    notes: tuple[Value, ...] = ()  # warnings, as phrases (or text as written)
    details: dict[str, str] = field(default_factory=dict)  # e.g. run id, pipeline version
    # kinds of result the report itself shows were not assayed → why (kind names as
    # `mtb_desk.matching.coverage.Assayed` values: "fusions", "deletions", "TMB" …)
    not_assayed: dict[str, str] = field(default_factory=dict)

    @property
    def warnings(self) -> tuple[str, ...]:
        """The warnings in English (logs, ``--json``); readers render `notes` themselves."""
        from mtb_desk.i18n.phrases import render

        return tuple(render(note) for note in self.notes)


@dataclass(frozen=True, slots=True)
class AnnotationView:
    oncogenicity: Oncogenicity | None
    escat_tier: EscatTier | None
    reportable: bool
    comment: str
    annotated_by: str | None
    annotated_at: datetime | None
    version: int


@dataclass(frozen=True, slots=True)
class FindingView:
    id: int
    report_id: int
    kind: FindingKind
    gene: str | None
    protein: str | None
    protein_original: str | None
    hgvs_c: str | None
    transcript: str | None
    chromosome: str | None
    position: int | None
    ref: str | None
    alt: str | None
    consequence: str | None
    exon: str | None
    vaf: float | None
    depth: int | None
    copy_number: float | None
    fold_change: float | None
    cnv_call: CnvCall | None
    partner_gene: str | None
    breakpoint_5: str | None
    breakpoint_3: str | None
    supporting_reads: int | None
    filter: str | None
    is_filtered: bool
    value: float | None
    description: str | None
    annotation: AnnotationView | None
    equivocal: bool = False  # the lab flagged the finding as uncertain
    origin: str | None = None  # "germline" / "somatic"; None: not stated
    symbol_in_file: str | None = None  # the gene symbol as the file wrote it, when it differs


@dataclass(frozen=True, slots=True)
class ReportView:
    id: int
    assay: Assay
    lab: str | None
    specimen: Specimen | None
    sample_id: str | None
    tumour_cell_content: float | None
    report_date: date | None
    tmb: float | None
    msi_status: MsiStatus | None
    msi_score: float | None
    genome_build: str | None
    source_filename: str | None
    source_sha256: str | None
    importer: str | None
    importer_version: str | None
    imported_by: str | None
    imported_at: datetime | None
    finding_count: int
    details: dict[str, str] = field(default_factory=dict)  # provenance, e.g. source_files


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One worklist row."""

    id: int
    study_id: str
    patient_name: str | None
    hospital_code: str | None
    hospital_name: str | None
    diagnosis_code: str
    diagnosis_text: str | None
    status: CaseStatus
    referral_date: date | None
    next_meeting: date | None
    updated_at: datetime
    version: int


@dataclass(frozen=True, slots=True)
class CaseDetail:
    id: int
    study_id: str
    patient_name: str | None
    national_id_present: bool
    birth_year: int | None
    sex: str | None
    hospital_code: str | None
    hospital_name: str | None
    diagnosis_code: str
    diagnosis_text: str | None
    ecog: int | None
    prior_lines: int | None
    referring_clinician: str | None
    referral_date: date | None
    status: CaseStatus
    notes: str
    version: int
    patient_version: int
    reports: tuple[ReportView, ...]
    findings: tuple[FindingView, ...]

    @property
    def tmb(self) -> float | None:
        """The most recent report's TMB, by report date (`tmb_conflict` names disagreement)."""
        from mtb_desk.domain.biomarkers import biomarkers

        return biomarkers(self.reports).tmb

    @property
    def msi(self) -> MsiStatus | None:
        from mtb_desk.domain.biomarkers import biomarkers

        return biomarkers(self.reports).msi

    @property
    def biomarker_conflicts(self) -> tuple[Phrase, ...]:
        """Reports that disagree on TMB or MSI, as phrases ("TMB 4 mut/Mb in the …")."""
        from mtb_desk.domain.biomarkers import biomarkers

        found = biomarkers(self.reports)
        return tuple(p for p in (found.tmb_conflict, found.msi_conflict) if p is not None)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """A page of a longer result: `items` plus the total count matching the query."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True, slots=True)
class HospitalView:
    id: int
    code: str
    name: str
    city: str | None
    site_open_since: date | None
    version: int

    @property
    def site_open(self) -> bool:
        return self.site_open_since is not None and self.site_open_since <= date.today()


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    username: str
    display_name: str | None
    roles: frozenset[Role]
    has_password: bool
    active: bool


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: int
    held_on: date
    title: str
    status: MeetingStatus
    case_count: int
    version: int


@dataclass(frozen=True, slots=True)
class AgendaItemView:
    id: int
    position: int
    case_id: int
    study_id: str
    diagnosis_code: str
    status: AgendaStatus
    note: str
    version: int
