"""Labels of the printed documents in English and Norwegian bokmål.

`text(key, lang)` looks a label up; `term(group, value, lang)` translates a domain value
("outcome", "impress-cohort") and falls back to the value itself when it is not known.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

Lang = Literal["en", "nb"]
LANGS: tuple[Lang, ...] = ("en", "nb")

# key -> (English, bokmål)
LABELS: dict[str, tuple[str, str]] = {
    "decision.title": (
        "Decision of the molecular tumour board",
        "Beslutning fra molekylært tumorboard",
    ),
    "minutes.title": ("Minutes", "Møtereferat"),
    "page": ("Page {page} of {pages}", "Side {page} av {pages}"),
    "document_id": ("Document ID", "Dokument-ID"),
    "revision": ("Revision", "Revisjon"),
    "revision.value": ("{revision}", "{revision}"),
    "revision.supersedes": (
        "{revision} (supersedes revision {old})",
        "{revision} (erstatter revisjon {old})",
    ),
    "section.case": ("Case", "Pasientsak"),
    "section.reports": ("Molecular report", "Molekylær rapport"),
    "section.findings": ("Reportable findings", "Rapporterbare funn"),
    "section.cohorts": ("Matching cohorts", "Aktuelle kohorter"),
    "section.recommendation": ("Recommendation", "Anbefaling"),
    "section.attendees": ("Attendees", "Deltakere"),
    "section.signatures": ("Signatures", "Signaturer"),
    "section.agenda": ("Cases discussed", "Behandlede saker"),
    "patient": ("Patient", "Pasient"),
    "study_id": ("Study ID", "Studie-ID"),
    "hospital": ("Referring hospital", "Henvisende sykehus"),
    "diagnosis": ("Diagnosis", "Diagnose"),
    "meeting_date": ("Meeting date", "Møtedato"),
    "case_summary": ("Case summary", "Sammendrag"),
    "assay": ("Assay", "Analyse"),
    "lab": ("Laboratory", "Laboratorium"),
    "specimen": ("Specimen", "Prøvemateriale"),
    "sample_id": ("Sample", "Prøve"),
    "report_date": ("Report date", "Rapportdato"),
    "tumour_cells": ("Tumour cells", "Tumorceller"),
    "tmb": ("TMB", "TMB"),
    "msi": ("MSI", "MSI"),
    "mut_per_mb": ("mut/Mb", "mut/Mb"),
    "gene": ("Gene", "Gen"),
    "alteration": ("Alteration", "Endring"),
    "kind": ("Type", "Type"),
    "vaf_cn": ("VAF / CN", "VAF / CN"),
    "oncogenicity": ("Oncogenicity", "Onkogenisitet"),
    "escat": ("ESCAT", "ESCAT"),
    "comment": ("Comment", "Kommentar"),
    "cohort": ("Cohort", "Kohort"),
    "drug": ("Drug", "Legemiddel"),
    "drugs": ("Drugs", "Legemidler"),
    "status": ("Status", "Status"),
    "reason": ("Reason", "Begrunnelse"),
    "eligible": ("eligible", "aktuell"),
    "not_eligible": ("not eligible", "ikke aktuell"),
    "outcome": ("Outcome", "Konklusjon"),
    "trial": ("Clinical trial", "Klinisk studie"),
    "rationale": ("Rationale", "Begrunnelse"),
    "further_tests": ("Further testing", "Videre utredning"),
    "follow_up": ("Follow-up", "Oppfølging"),
    "evidence": ("Evidence level (ESCAT)", "Evidensnivå (ESCAT)"),
    "use_type": ("Use", "Bruk"),
    "versions": (
        "Drug catalogue {catalogue}; reference data {reference}",
        "Legemiddelkatalog {catalogue}; referansedata {reference}",
    ),
    "name": ("Name", "Navn"),
    "role": ("Role", "Rolle"),
    "organisation": ("Organisation", "Virksomhet"),
    "presence": ("Attendance", "Oppmøte"),
    "present": ("present", "til stede"),
    "absent": ("absent", "ikke til stede"),
    "none": ("None", "Ingen"),
    "not_stated": ("not stated", "ikke oppgitt"),
    "no_findings": ("No reportable findings.", "Ingen rapporterbare funn."),
    "no_cohorts": ("No cohort matches this case.", "Ingen kohorter passer for denne saken."),
    "no_reports": ("No molecular report on file.", "Ingen molekylær rapport registrert."),
    "no_cases": ("No cases on the agenda.", "Ingen saker på sakslisten."),
    "signature_note": (
        "This document is signed electronically. The signatures below can be checked "
        "with any PDF reader or with “mtb-desk verify”.",
        "Dokumentet er signert elektronisk. Signaturene nedenfor kan kontrolleres i en "
        "PDF-leser eller med «mtb-desk verify».",
    ),
    "slot.chair": ("Chair of the board", "Leder av tumorboardet"),
    "slot.pathologist": ("Responsible pathologist", "Ansvarlig patolog"),
    "meaning.chair": ("approved as chair of the board", "godkjent som leder av tumorboardet"),
    "meaning.pathologist": ("molecular findings reviewed", "molekylære funn gjennomgått"),
    "stamp.signed_by": ("Digitally signed by", "Digitalt signert av"),
    "stamp.time": ("Time", "Tidspunkt"),
    "stamp.meaning": ("Meaning", "Betydning"),
    "chair": ("Chair", "Møteleder"),
    "secretary": ("Minutes taken by", "Referent"),
    "location": ("Location", "Sted"),
    "case_no": ("Case {n}", "Sak {n}"),
    "summary": ("Summary", "Sammendrag"),
    "decision": ("Decision", "Beslutning"),
    "deferral_reason": ("Reason for deferral", "Grunn til utsettelse"),
    "notes": ("Notes", "Merknader"),
    "cases_count": ("{n} cases", "{n} saker"),
}

# group -> value -> (English, bokmål)
TERMS: dict[str, dict[str, tuple[str, str]]] = {
    "outcome": {
        "impress-cohort": ("Eligible for an IMPRESS-Norway cohort", "Aktuell for IMPRESS-kohort"),
        "other-trial": ("Other clinical trial", "Annen klinisk studie"),
        "approved-therapy": ("Approved therapy", "Godkjent behandling"),
        "off-label": (
            "Off-label treatment outside a trial",
            "Behandling utenfor godkjent indikasjon, utenfor studie",
        ),
        "no-actionable": ("No actionable finding", "Ingen målrettbare funn"),
        "further-testing": ("Further testing needed", "Videre testing anbefales"),
        "genetic-counselling": ("Genetic counselling", "Genetisk veiledning"),
    },
    "use_type": {
        "off-label-trial": ("off-label, within a trial", "utenfor godkjent indikasjon, i studie"),
        "on-label": ("on-label", "innenfor godkjent indikasjon"),
        "compassionate": ("compassionate use", "behandling på individuelt grunnlag"),
    },
    "role": {
        "chair": ("Chair", "Leder"),
        "clinician": ("Clinician", "Kliniker"),
        "pathologist": ("Pathologist", "Patolog"),
        "bioinformatician": ("Bioinformatician", "Bioinformatiker"),
        "secretary": ("Secretary", "Sekretær"),
        "reader": ("Observer", "Observatør"),
        "admin": ("Administrator", "Administrator"),
    },
    "kind": {
        "snv": ("SNV", "SNV"),
        "indel": ("indel", "indel"),
        "mnv": ("MNV", "MNV"),
        "cnv": ("copy number", "kopitall"),
        "fusion": ("fusion", "fusjon"),
        "splice": ("splice variant", "spleisevariant"),
        "tmb": ("TMB", "TMB"),
        "msi": ("MSI", "MSI"),
    },
    "oncogenicity": {
        "oncogenic": ("oncogenic", "onkogen"),
        "likely-oncogenic": ("likely oncogenic", "sannsynlig onkogen"),
        "vus": ("VUS", "VUS"),
        "likely-benign": ("likely benign", "sannsynlig benign"),
        "benign": ("benign", "benign"),
    },
    "specimen": {
        "tissue": ("tissue", "vev"),
        "blood": ("blood", "blod"),
        "other": ("other", "annet"),
    },
    "msi": {
        "msi-high": ("MSI-high", "MSI-høy"),
        "mss": ("MSS (stable)", "MSS (stabil)"),
        "indeterminate": ("indeterminate", "ikke konklusiv"),
    },
    "match": {
        "full": ("cohort full", "kohorten er full"),
        "closed": ("cohort closed", "kohorten er stengt"),
        "excluded": ("excluded", "ekskludert"),
        "needs-annotation": ("finding not yet annotated", "funnet er ikke annotert ennå"),
    },
    "agenda": {
        "pending": ("not discussed", "ikke behandlet"),
        "discussed": ("discussed", "behandlet"),
        "deferred": ("deferred", "utsatt"),
    },
}

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _index(lang: str) -> int:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
    return LANGS.index(lang)


def text(key: str, lang: str, **values: object) -> str:
    """The label `key` in `lang`, with `{name}` placeholders filled from `values`."""
    label = LABELS[key][_index(lang)]
    return label.format(**values) if values else label


def term(group: str, value: str | None, lang: str) -> str:
    """A domain value in words; unknown values are shown as they are, None as empty."""
    if value is None:
        return ""
    known = TERMS[group].get(value)
    return value if known is None else known[_index(lang)]


def format_date(value: date, lang: str) -> str:
    """`14 March 2025` in English, `14.03.2025` in bokmål."""
    if _index(lang) == 1:
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def format_datetime(value: datetime, lang: str) -> str:
    """Date and time to the minute with the UTC offset of `value`."""
    offset = value.strftime("%z")
    zone = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{format_date(value.date(), lang)} {value:%H:%M} {zone}"


def format_number(value: float, lang: str, digits: int = 1) -> str:
    """A decimal number with a decimal point (en) or comma (nb)."""
    shown = f"{value:.{digits}f}"
    return shown.replace(".", ",") if _index(lang) == 1 else shown
