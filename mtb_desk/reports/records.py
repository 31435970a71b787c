"""Plain input records for the report builders.

Services fill these from the database; the builders turn them into PDF bytes or tables.
They import nothing heavy, so a service can build them without loading ReportLab.
Enumerated fields take the domain's spellings (`RecommendationOutcome`, `EscatTier`, ...)
as plain strings, so a record can also be filled from JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class MolecularReportInput:
    assay: str  # "TSO500", "F1CDx", ...
    lab: str | None = None
    specimen: str | None = None  # "tissue", "blood", ...
    sample_id: str | None = None
    report_date: date | None = None
    tumour_cell_content: float | None = None  # percent 0..100
    tmb: float | None = None  # mutations per megabase
    msi_status: str | None = None  # "msi-high", "mss", "indeterminate"
    msi_score: float | None = None  # percent of unstable sites


@dataclass(frozen=True, slots=True)
class FindingInput:
    """One reportable finding with the pathologist's annotation."""

    gene: str  # for fusions the 5' gene
    kind: str  # FindingKind value: "snv", "cnv", "fusion", ...
    protein: str | None = None  # "V600E"; for other kinds a short description
    vaf: float | None = None  # 0..1
    copy_number: float | None = None
    partner_gene: str | None = None  # fusions: the 3' partner
    label: str = ""  # mtb_desk.domain.labels.alteration_label in the document's language
    oncogenicity: str | None = None  # Oncogenicity value
    escat_tier: str | None = None  # EscatTier value
    comment: str = ""
    origin: str | None = None  # "germline" / "somatic" where the lab says so
    equivocal: bool = False  # the lab flagged the call as uncertain


@dataclass(frozen=True, slots=True)
class CohortMatchInput:
    cohort: str  # code, e.g. "IMP-07"
    drug: str = ""
    status: str = ""  # cohort state in words, e.g. "open (stage 1), 3 of 8"
    eligible: bool = True
    reason: str = ""  # the match explanation


@dataclass(frozen=True, slots=True)
class AttendeeInput:
    name: str
    role: str  # Role value ("chair", "pathologist", ...) or free text
    present: bool = True
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class RecommendationInput:
    outcome: str  # RecommendationOutcome value, e.g. "impress-cohort"
    rationale: str
    cohort: str | None = None
    drugs: tuple[str, ...] = ()
    trial_id: str | None = None
    further_tests: tuple[str, ...] = ()
    follow_up: str = ""
    escat_tier: str | None = None
    use_type: str | None = None  # UseType value
    catalogue_version: str | None = None
    reference_version: str | None = None


@dataclass(frozen=True, slots=True)
class DecisionInput:
    """Everything the decision PDF for one case at one meeting shows."""

    document_id: str
    board_name: str
    meeting_date: date
    study_id: str
    hospital: str
    diagnosis_code: str
    diagnosis_name: str
    recommendation: RecommendationInput
    patient_name: str | None = None
    reports: tuple[MolecularReportInput, ...] = ()
    findings: tuple[FindingInput, ...] = ()
    cohorts: tuple[CohortMatchInput, ...] = ()
    attendees: tuple[AttendeeInput, ...] = ()
    revision: int = 1
    supersedes_revision: int | None = None
    case_summary: str = ""
    audit_anchor: str = ""  # the audit chain head when built (see reports/anchor.py)


@dataclass(frozen=True, slots=True)
class AgendaCaseInput:
    """One case on a meeting's agenda, with what the board decided (or why it deferred)."""

    position: int
    study_id: str
    hospital: str = ""
    diagnosis_code: str = ""
    diagnosis_name: str = ""
    summary: str = ""
    status: str = "discussed"  # AgendaStatus value: "pending", "discussed", "deferred"
    outcome: str | None = None  # RecommendationOutcome value when decided
    cohort: str | None = None
    drugs: tuple[str, ...] = ()
    trial_id: str | None = None
    decision: str = ""  # the recommendation's rationale in short
    further_tests: tuple[str, ...] = ()
    deferral_reason: str = ""
    revision: int | None = None  # the decided recommendation's revision
    signed_by: tuple[str, ...] = ()  # signers of its latest decision PDF


@dataclass(frozen=True, slots=True)
class MinutesInput:
    document_id: str
    board_name: str
    meeting_date: date
    title: str
    chair: str
    attendees: tuple[AttendeeInput, ...] = ()
    cases: tuple[AgendaCaseInput, ...] = ()
    location: str = ""
    secretary: str = ""
    notes: str = ""
    audit_anchor: str = ""  # the audit chain head when built (see reports/anchor.py)
