"""Plain input records for the standards builders (FHIR, Phenopackets, cohort data).

The services fill these from the database; the builders never see a session or an ORM row.
Dates are `datetime.date`; VAF is a fraction 0..1; TMB in mutations per megabase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from mtb_desk.i18n.phrases import Phrase, Term, phrase


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """One finding of the molecular report with the pathologist's annotation."""

    id: int
    kind: str  # FindingKind value: snv, indel, mnv, cnv, fusion, splice, tmb, msi
    gene: str | None
    protein: str | None = None  # normalised, without "p." (e.g. "V600E")
    hgvs_c: str | None = None
    transcript: str | None = None
    chromosome: str | None = None
    position: int | None = None
    ref: str | None = None
    alt: str | None = None
    exon: str | None = None
    vaf: float | None = None
    depth: int | None = None
    copy_number: float | None = None
    cnv_call: str | None = None  # amplification, gain, loss, deletion
    partner_gene: str | None = None
    supporting_reads: int | None = None
    value: float | None = None  # TMB (mut/Mb) or MSI score
    description: str | None = None
    oncogenicity: str | None = None
    escat_tier: str | None = None
    reportable: bool = False
    origin: str | None = None  # germline, somatic, or None when the lab does not say
    equivocal: bool = False  # the lab flagged the call as uncertain


@dataclass(frozen=True, slots=True)
class ReportRecord:
    """The molecular report the decision rests on (the newest one of the case)."""

    id: int
    assay: str
    lab: str | None
    specimen: str | None  # tissue, blood, other
    sample_id: str | None
    report_date: dt.date | None
    tumour_cell_content: float | None
    tmb: float | None
    msi_status: str | None  # msi-high, mss, indeterminate
    genome_build: str | None
    source_sha256: str | None


@dataclass(frozen=True, slots=True)
class MatchRecord:
    """An eligible cohort match: the cohort, its drugs and the findings it rests on."""

    cohort: str
    drugs: tuple[str, ...]
    reason: str
    finding_ids: tuple[int, ...] = ()
    biomarker: str | None = None  # "tmb" or "msi" for a rule met by the biomarker alone


@dataclass(frozen=True, slots=True)
class RecommendationRecord:
    revision: int
    state: str  # final, signed, superseded
    outcome: str  # RecommendationOutcome value
    rationale: str
    cohort: str | None
    cohort_name: str | None
    drugs: tuple[str, ...]
    trial_id: str | None
    escat_tier: str | None
    finding_ids: tuple[int, ...]
    decided_on: dt.date | None  # the meeting date, else the finalisation date


@dataclass(frozen=True, slots=True)
class DecisionDocument:
    """The stored decision PDF (the newest for the recommendation), byte for byte."""

    uid: str
    sha256: str
    content: bytes
    language: str
    created_at: dt.datetime
    signed_by: tuple[str, ...]


class TreatmentLike(Protocol):
    """A treatment as the follow-up records will give it (issue 16); only these are read."""

    @property
    def drug(self) -> str: ...

    @property
    def started_on(self) -> dt.date | None: ...

    @property
    def stopped_on(self) -> dt.date | None: ...

    @property
    def stop_reason(self) -> str | None: ...

    @property
    def best_response(self) -> str | None: ...  # RECIST 1.1: CR, PR, SD, PD

    @property
    def adverse_events(self) -> tuple[str, ...]: ...  # CTCAE terms, e.g. "Diarrhea grade 2"


@dataclass(frozen=True, slots=True)
class TreatmentRecord:
    """A plain treatment (satisfies `TreatmentLike`)."""

    drug: str
    started_on: dt.date | None = None
    stopped_on: dt.date | None = None
    stop_reason: str | None = None
    best_response: str | None = None
    adverse_events: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """The tumour type: the OncoTree code kept, with the NCIt code the release maps it to."""

    oncotree_code: str
    name: str
    oncotree_version: str
    ncit_code: str | None = None
    ncit_from: str | None = None  # the OncoTree code whose NCIt mapping was used, if not itself


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """Everything a per-case export needs."""

    study_id: str
    national_id: str | None
    sex: str | None  # F, M, X
    birth_year: int | None
    referral_date: dt.date | None
    diagnosis: Diagnosis
    report: ReportRecord
    findings: tuple[FindingRecord, ...]
    recommendation: RecommendationRecord
    matches: tuple[MatchRecord, ...] = ()
    decision: DecisionDocument | None = None
    treatments: tuple[TreatmentLike, ...] = field(default_factory=tuple)
    hgnc_ids: dict[str, str] = field(default_factory=dict)  # symbol → "HGNC:1097"


def gene_less(finding: FindingRecord) -> Phrase:
    """A finding without a gene, named for a warning: "finding 7 (TMB, 12 mut/Mb)"."""
    description = finding.description or phrase("export.no-description")
    kind = Term("kind", finding.kind)
    return phrase("export.finding", id=finding.id, kind=kind, description=description)


@dataclass(frozen=True, slots=True)
class BuiltDocument:
    """A built export: its JSON text and the warnings for what could not be expressed."""

    text: str
    notes: tuple[Phrase, ...]  # the warnings as data, said in the reader's language
    resources: int  # FHIR resources in the bundle, or interpretations in the phenopacket

    @property
    def warnings(self) -> tuple[str, ...]:
        """In English (the audit trail, ``--json``)."""
        return tuple(str(note) for note in self.notes)
