"""All ORM models; importing this package registers every table on `Base.metadata`."""

from mtb_desk.db.models import search_events as _search_events  # noqa: F401 - registers
from mtb_desk.db.models.audit import AuditEvent, BoardIdentity
from mtb_desk.db.models.base import Base
from mtb_desk.db.models.clinical import (
    Annotation,
    Case,
    Finding,
    MolecularReport,
    ReportCoverage,
    ReportFindingCount,
)
from mtb_desk.db.models.followup import AdverseEvent, DoseChange, Treatment, Visit
from mtb_desk.db.models.funnel import CaseStage
from mtb_desk.db.models.meetings import (
    AgendaItem,
    Attendance,
    Document,
    DocumentMeta,
    Meeting,
    Recommendation,
    Signature,
    recommendation_finding,
)
from mtb_desk.db.models.people import Hospital, Patient, User, UserRole
from mtb_desk.db.models.reference import (
    AccessEvent,
    ColumnMapping,
    ReferenceRelease,
    SupplyAgreement,
)
from mtb_desk.db.models.sharing import ExportRecipient
from mtb_desk.db.models.trial import Cohort, Drug, Enrolment, cohort_drug

__all__ = [
    "AdverseEvent",
    "DoseChange",
    "Treatment",
    "Visit",
    "AccessEvent",
    "ColumnMapping",
    "ReferenceRelease",
    "ReportCoverage",
    "ReportFindingCount",
    "SupplyAgreement",
    "AgendaItem",
    "Annotation",
    "Attendance",
    "AuditEvent",
    "BoardIdentity",
    "Base",
    "Case",
    "CaseStage",
    "Cohort",
    "Document",
    "DocumentMeta",
    "Drug",
    "Enrolment",
    "ExportRecipient",
    "Finding",
    "Hospital",
    "Meeting",
    "MolecularReport",
    "Patient",
    "Recommendation",
    "Signature",
    "User",
    "UserRole",
    "cohort_drug",
    "recommendation_finding",
]
