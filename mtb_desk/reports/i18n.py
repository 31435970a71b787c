"""Labels of the printed documents, in the reader's language (gettext catalogs).

`text(key, lang, **values)` gives the label `key` with ``{name}`` placeholders filled;
`term(group, value, lang)` a domain value in words; dates and numbers follow the locale.
The English text is the msgid; translations live in ``mtb_desk/i18n/locale``.
"""

from __future__ import annotations

from mtb_desk.i18n import LANGS, N_, Lang, translator
from mtb_desk.i18n.formats import format_date, format_datetime, format_number
from mtb_desk.i18n.terms import term

__all__ = [
    "LABELS",
    "LANGS",
    "Lang",
    "format_date",
    "format_datetime",
    "format_number",
    "term",
    "text",
]

# key -> English text (the msgid)
LABELS: dict[str, str] = {
    "decision.title": N_("Decision of the molecular tumour board"),
    "minutes.title": N_("Minutes"),
    "page": N_("Page {page} of {pages}"),
    "document_id": N_("Document ID"),
    "revision": N_("Revision"),
    "revision.value": N_("{revision}"),
    "revision.supersedes": N_("{revision} (supersedes revision {old})"),
    "section.case": N_("Case"),
    "section.reports": N_("Molecular report"),
    "section.findings": N_("Reportable findings"),
    "section.cohorts": N_("Matching cohorts"),
    "section.recommendation": N_("Recommendation"),
    "section.attendees": N_("Attendees"),
    "section.signatures": N_("Signatures"),
    "section.agenda": N_("Cases discussed"),
    "patient": N_("Patient"),
    "study_id": N_("Study ID"),
    "hospital": N_("Referring hospital"),
    "diagnosis": N_("Diagnosis"),
    "meeting_date": N_("Meeting date"),
    "case_summary": N_("Case summary"),
    "assay": N_("Assay"),
    "lab": N_("Laboratory"),
    "specimen": N_("Specimen"),
    "sample_id": N_("Sample"),
    "report_date": N_("Report date"),
    "tumour_cells": N_("Tumour cells"),
    "tmb": N_("TMB"),
    "msi": N_("MSI"),
    "mut_per_mb": N_("mut/Mb"),
    "gene": N_("Gene"),
    "alteration": N_("Alteration"),
    "kind": N_("Type"),
    "equivocal": N_("equivocal"),
    "vaf_cn": N_("VAF / CN"),
    "oncogenicity": N_("Oncogenicity"),
    "escat": N_("ESCAT"),
    "comment": N_("Comment"),
    "cohort": N_("Cohort"),
    "drug": N_("Drug"),
    "drugs": N_("Drugs"),
    "status": N_("Status"),
    "reason": N_("Reason"),
    "eligible": N_("eligible"),
    "not_eligible": N_("not eligible"),
    "outcome": N_("Outcome"),
    "trial": N_("Clinical trial"),
    "rationale": N_("Rationale"),
    "further_tests": N_("Further testing"),
    "follow_up": N_("Follow-up"),
    "evidence": N_("Evidence level (ESCAT)"),
    "use_type": N_("Use"),
    "versions": N_("Drug catalogue {catalogue}; reference data {reference}"),
    "name": N_("Name"),
    "role": N_("Role"),
    "organisation": N_("Organisation"),
    "presence": N_("Attendance"),
    "present": N_("present"),
    "absent": N_("absent"),
    "none": N_("None"),
    "not_stated": N_("not stated"),
    "no_findings": N_("No reportable findings."),
    "no_cohorts": N_("No cohort matches this case."),
    "no_reports": N_("No molecular report on file."),
    "no_cases": N_("No cases on the agenda."),
    "signature_note": N_(
        "This document is signed electronically. The signatures below can be "
        "checked with any PDF reader or with “mtb-desk verify”."
    ),
    "unsigned_note": N_(
        "NOT SIGNED. This copy of the decision carries no signature; only the signed "
        "decision is valid."
    ),
    "slot.chair": N_("Chair of the board"),
    "slot.pathologist": N_("Responsible pathologist"),
    "meaning.chair": N_("approved as chair of the board"),
    "meaning.pathologist": N_("molecular findings reviewed"),
    "stamp.signed_by": N_("Digitally signed by"),
    "stamp.time": N_("Time"),
    "stamp.meaning": N_("Meaning"),
    "chair": N_("Chair"),
    "secretary": N_("Minutes taken by"),
    "location": N_("Location"),
    "case_no": N_("Case {n}"),
    "summary": N_("Summary"),
    "decision": N_("Decision"),
    "category": N_("Decision category"),
    "signed_by": N_("Signed by"),
    "deferral_reason": N_("Reason for deferral"),
    "notes": N_("Notes"),
    "cases_count": N_("{n} cases"),
}


def text(key: str, lang: str, **values: object) -> str:
    """The label `key` in `lang`, with `{name}` placeholders filled from `values`."""
    label = translator(lang).gettext(LABELS[key])
    return label.format(**values) if values else label
