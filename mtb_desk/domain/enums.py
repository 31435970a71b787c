"""Enumerations of the domain.

Their values are the spellings used in the database (as CHECK constraints), the CLI and JSON.
"""

from __future__ import annotations

from enum import StrEnum


class FindingKind(StrEnum):
    SNV = "snv"
    INDEL = "indel"
    MNV = "mnv"
    CNV = "cnv"
    FUSION = "fusion"
    SPLICE = "splice"
    TMB = "tmb"
    MSI = "msi"
    SV = "sv"  # a structural event that is not a fusion: intragenic or intergenic rearrangement
    LOH = "loh"  # gene-level loss of heterozygosity (DRAGEN HRD)
    GIS = "gis"  # genomic instability score (DRAGEN HRD), a biomarker


SMALL_VARIANT_KINDS = frozenset({FindingKind.SNV, FindingKind.INDEL, FindingKind.MNV})
BIOMARKER_KINDS = frozenset({FindingKind.TMB, FindingKind.MSI, FindingKind.GIS})


class Origin(StrEnum):
    """Whether the lab says a finding is inherited (germline) or acquired (somatic)."""

    GERMLINE = "germline"
    SOMATIC = "somatic"


class CnvCall(StrEnum):
    AMPLIFICATION = "amplification"
    GAIN = "gain"
    LOSS = "loss"
    DELETION = "deletion"


class MsiStatus(StrEnum):
    MSI_HIGH = "msi-high"
    MSS = "mss"
    INDETERMINATE = "indeterminate"


class Oncogenicity(StrEnum):
    ONCOGENIC = "oncogenic"
    LIKELY_ONCOGENIC = "likely-oncogenic"
    VUS = "vus"
    LIKELY_BENIGN = "likely-benign"
    BENIGN = "benign"


ACTIONABLE_ONCOGENICITY = frozenset({Oncogenicity.ONCOGENIC, Oncogenicity.LIKELY_ONCOGENIC})


class EscatTier(StrEnum):
    I_A = "I-A"
    I_B = "I-B"
    I_C = "I-C"
    II_A = "II-A"
    II_B = "II-B"
    III_A = "III-A"
    III_B = "III-B"
    IV = "IV"
    V = "V"
    X = "X"


class Role(StrEnum):
    READER = "reader"
    CLINICIAN = "clinician"
    PATHOLOGIST = "pathologist"
    BIOINFORMATICIAN = "bioinformatician"
    SECRETARY = "secretary"
    CHAIR = "chair"
    ADMIN = "admin"
    STUDY_NURSE = "study_nurse"  # records follow-up only


class CaseStatus(StrEnum):
    REFERRED = "referred"
    IN_REVIEW = "in-review"
    SCHEDULED = "scheduled"
    DISCUSSED = "discussed"
    CLOSED = "closed"


class Assay(StrEnum):
    TSO500 = "TSO500"
    F1CDX = "F1CDx"
    F1LCDX = "F1LCDx"
    WGS = "WGS"
    OTHER = "other"


class Specimen(StrEnum):
    TISSUE = "tissue"
    BLOOD = "blood"
    OTHER = "other"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    CLOSED = "closed"


class AgendaStatus(StrEnum):
    PENDING = "pending"
    DISCUSSED = "discussed"
    DEFERRED = "deferred"


class RecommendationOutcome(StrEnum):
    IMPRESS_COHORT = "impress-cohort"
    OTHER_TRIAL = "other-trial"
    APPROVED_THERAPY = "approved-therapy"
    OFF_LABEL = "off-label"
    NO_ACTIONABLE = "no-actionable"
    FURTHER_TESTING = "further-testing"
    GENETIC_COUNSELLING = "genetic-counselling"


class RecommendationState(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class UseType(StrEnum):
    OFF_LABEL_TRIAL = "off-label-trial"
    ON_LABEL = "on-label"
    COMPASSIONATE = "compassionate"


class Response(StrEnum):
    CR = "CR"
    PR = "PR"
    SD = "SD"
    PD = "PD"


class DocumentKind(StrEnum):
    DECISION = "decision"
    MINUTES = "minutes"


class TreatmentBasis(StrEnum):
    """What a started treatment follows from."""

    ENROLMENT = "enrolment"  # an IMPRESS cohort enrolment
    OTHER_TRIAL = "other-trial"
    APPROVED = "approved"
    OFF_LABEL = "off-label"


class StopReason(StrEnum):
    PROGRESSION = "progression"
    TOXICITY = "toxicity"
    DEATH = "death"
    PATIENT_WISH = "patient-wish"
    COMPLETED = "completed"
    LOST_TO_FOLLOW_UP = "lost-to-follow-up"
    NOT_ELIGIBLE = "not-eligible"  # found ineligible after all
    OTHER = "other"


class NotStartedReason(StrEnum):
    CONDITION_WORSENED = "condition-worsened"
    PATIENT_DECLINED = "patient-declined"
    NOT_ELIGIBLE = "not-eligible"  # at screening
    NO_DRUG_SUPPLY = "no-drug-supply"
    NO_OPEN_SITE = "no-open-site"
    FUNDING_REFUSED = "funding-refused"
    OTHER = "other"


class VisitResponse(StrEnum):
    """Tumour response at a visit (RECIST 1.1 words; the criteria are a field of the visit)."""

    CR = "CR"
    PR = "PR"
    SD = "SD"
    PD = "PD"
    NE = "NE"  # not evaluable


class Attribution(StrEnum):
    """How far an adverse event is attributed to the drug (CTCAE practice)."""

    UNRELATED = "unrelated"
    UNLIKELY = "unlikely"
    POSSIBLE = "possible"
    PROBABLE = "probable"
    DEFINITE = "definite"


class Week16Outcome(StrEnum):
    BENEFIT = "benefit"  # CR, PR or SD at the week-16 assessment
    NO_BENEFIT = "no-benefit"  # progression or death before or at week 16
    NOT_EVALUABLE = "not-evaluable"  # stopped before the first evaluation for other reasons
