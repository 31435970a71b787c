"""Domain values in words ("impress-cohort" → "Eligible for an IMPRESS-Norway cohort").

Each group is a gettext context, so one English word can take two translations ("Chair" the
role, "Chair" of the meeting). `term(group, value, lang)` shows unknown values as they are.
"""

from __future__ import annotations

from mtb_desk.i18n import NC_, translator

# group -> value -> English text (the msgid; the group is its context)
TERMS: dict[str, dict[str, str]] = {
    "outcome": {
        "impress-cohort": NC_("outcome", "Eligible for an IMPRESS-Norway cohort"),
        "other-trial": NC_("outcome", "Other clinical trial"),
        "approved-therapy": NC_("outcome", "Approved therapy"),
        "off-label": NC_("outcome", "Off-label treatment outside a trial"),
        "no-actionable": NC_("outcome", "No actionable finding"),
        "further-testing": NC_("outcome", "Further testing needed"),
        "genetic-counselling": NC_("outcome", "Genetic counselling"),
    },
    "use_type": {
        "off-label-trial": NC_("use_type", "off-label, within a trial"),
        "on-label": NC_("use_type", "on-label"),
        "compassionate": NC_("use_type", "compassionate use"),
    },
    "role": {
        "chair": NC_("role", "Chair"),
        "clinician": NC_("role", "Clinician"),
        "pathologist": NC_("role", "Pathologist"),
        "bioinformatician": NC_("role", "Bioinformatician"),
        "secretary": NC_("role", "Secretary"),
        "reader": NC_("role", "Observer"),
        "admin": NC_("role", "Administrator"),
        "study_nurse": NC_("role", "Study nurse"),
    },
    "kind": {
        "snv": NC_("kind", "SNV"),
        "indel": NC_("kind", "indel"),
        "mnv": NC_("kind", "MNV"),
        "cnv": NC_("kind", "copy number"),
        "fusion": NC_("kind", "fusion"),
        "splice": NC_("kind", "splice variant"),
        "tmb": NC_("kind", "TMB"),
        "msi": NC_("kind", "MSI"),
        "sv": NC_("kind", "rearrangement (not a fusion)"),
        "loh": NC_("kind", "loss of heterozygosity"),
        "gis": NC_("kind", "genomic instability score"),
    },
    "origin": {
        "germline": NC_("origin", "germline"),
        "somatic": NC_("origin", "somatic"),
    },
    "oncogenicity": {
        "oncogenic": NC_("oncogenicity", "oncogenic"),
        "likely-oncogenic": NC_("oncogenicity", "likely oncogenic"),
        "vus": NC_("oncogenicity", "VUS"),
        "likely-benign": NC_("oncogenicity", "likely benign"),
        "benign": NC_("oncogenicity", "benign"),
    },
    "cnv_call": {
        "amplification": NC_("cnv_call", "amplification"),
        "gain": NC_("cnv_call", "gain"),
        "loss": NC_("cnv_call", "loss"),
        "deletion": NC_("cnv_call", "deletion"),
    },
    "specimen": {
        "tissue": NC_("specimen", "tissue"),
        "blood": NC_("specimen", "blood"),
        "other": NC_("specimen", "other"),
    },
    "msi": {
        "msi-high": NC_("msi", "MSI-high"),
        "mss": NC_("msi", "MSS (stable)"),
        "indeterminate": NC_("msi", "indeterminate"),
    },
    "match": {
        "full": NC_("match", "cohort full"),
        "closed": NC_("match", "cohort closed"),
        "excluded": NC_("match", "excluded"),
        "needs-annotation": NC_("match", "finding not yet annotated"),
        "needs-confirmation": NC_("match", "needs confirmation"),
    },
    "recommendation_state": {
        "draft": NC_("recommendation_state", "draft"),
        "final": NC_("recommendation_state", "final"),
        "signed": NC_("recommendation_state", "signed"),
    },
    "action": {
        "edit cases": NC_("action", "edit cases"),
        "import molecular reports": NC_("action", "import molecular reports"),
        "annotate findings": NC_("action", "annotate findings"),
        "manage meetings and agendas": NC_("action", "manage meetings and agendas"),
        "record recommendations": NC_("action", "record recommendations"),
        "finalise recommendations": NC_("action", "finalise recommendations"),
        "enrol patients and record outcomes": NC_("action", "enrol patients and record outcomes"),
        "manage the drug catalogue and reference data": NC_(
            "action", "manage the drug catalogue and reference data"
        ),
        "export documents": NC_("action", "export documents"),
        "manage users": NC_("action", "manage users"),
        "load demo data": NC_("action", "load demo data"),
        "record treatments, visits and adverse events": NC_(
            "action", "record treatments, visits and adverse events"
        ),
        "confirm week-16 outcomes": NC_("action", "confirm week-16 outcomes"),
        "enrol a patient whose match is not eligible": NC_(
            "action", "enrol a patient whose match is not eligible"
        ),
    },
    "match_status": {
        "eligible": NC_("match_status", "eligible"),
        "full": NC_("match_status", "cohort full"),
        "closed": NC_("match_status", "cohort closed"),
        "excluded": NC_("match_status", "excluded"),
        "needs-annotation": NC_("match_status", "needs annotation"),
        "needs-confirmation": NC_("match_status", "needs confirmation"),
    },
    "truth": {
        "met": NC_("truth", "met"),
        "not met": NC_("truth", "not met"),
        "not tested": NC_("truth", "not tested"),
        "unknown": NC_("truth", "unknown"),
        "needs confirmation": NC_("truth", "needs confirmation"),
        "needs annotation": NC_("truth", "needs annotation"),
    },
    "rule_kind": {
        "mutation": NC_("rule_kind", "mutation"),
        "snv": NC_("rule_kind", "single-nucleotide variant"),
        "indel": NC_("rule_kind", "indel"),
        "mnv": NC_("rule_kind", "multi-nucleotide variant"),
        "cnv": NC_("rule_kind", "copy-number change"),
        "fusion": NC_("rule_kind", "fusion"),
        "splice": NC_("rule_kind", "splice variant"),
        "tmb": NC_("rule_kind", "TMB result"),
        "msi": NC_("rule_kind", "MSI result"),
    },
    "exon_event": {
        "deletion": NC_("exon_event", "deletion"),
        "insertion": NC_("exon_event", "insertion"),
        "skipping": NC_("exon_event", "skipping"),
    },
    "assayed": {
        "small variants": NC_("assayed", "small variants"),
        "amplifications": NC_("assayed", "amplifications"),
        "deletions": NC_("assayed", "deletions"),
        "fusions": NC_("assayed", "fusions"),
        "splice variants": NC_("assayed", "splice variants"),
        "TMB": NC_("assayed", "TMB"),
        "MSI": NC_("assayed", "MSI"),
    },
    "cohort_phase": {
        "open (stage 1)": NC_("cohort_phase", "open (stage 1)"),
        "awaiting stage-1 outcomes": NC_("cohort_phase", "awaiting stage-1 outcomes"),
        "expanded (stage 2)": NC_("cohort_phase", "expanded (stage 2)"),
        "awaiting stage-2 outcomes": NC_("cohort_phase", "awaiting stage-2 outcomes"),
        "positive": NC_("cohort_phase", "positive"),
        "closed: negative": NC_("cohort_phase", "closed: negative"),
        "suspended": NC_("cohort_phase", "suspended"),
    },
    "agenda": {
        "pending": NC_("agenda", "not discussed"),
        "discussed": NC_("agenda", "discussed"),
        "deferred": NC_("agenda", "deferred"),
    },
    "treatment_basis": {
        "enrolment": NC_("treatment_basis", "IMPRESS-Norway cohort"),
        "other-trial": NC_("treatment_basis", "other clinical trial"),
        "approved": NC_("treatment_basis", "approved therapy"),
        "off-label": NC_("treatment_basis", "off-label therapy"),
    },
    "stop_reason": {
        "progression": NC_("stop_reason", "progression"),
        "toxicity": NC_("stop_reason", "toxicity"),
        "death": NC_("stop_reason", "death"),
        "patient-wish": NC_("stop_reason", "patient's wish"),
        "completed": NC_("stop_reason", "completed"),
        "lost-to-follow-up": NC_("stop_reason", "lost to follow-up"),
        "not-eligible": NC_("stop_reason", "found not eligible"),
        "other": NC_("stop_reason", "other reason"),
        "never-started": NC_("stop_reason", "never started"),
    },
    "not_started_reason": {
        "condition-worsened": NC_("not_started_reason", "condition worsened"),
        "patient-declined": NC_("not_started_reason", "patient declined"),
        "not-eligible": NC_("not_started_reason", "not eligible at screening"),
        "no-drug-supply": NC_("not_started_reason", "no drug supply"),
        "no-open-site": NC_("not_started_reason", "no open site nearby"),
        "funding-refused": NC_("not_started_reason", "funding refused"),
        "other": NC_("not_started_reason", "other reason"),
    },
    "treatment_status": {
        "never started": NC_("treatment_status", "never started"),
        "stopped": NC_("treatment_status", "stopped"),
        "on treatment": NC_("treatment_status", "on treatment"),
    },
    "payer": {
        "company": NC_("payer", "company"),
        "public payer": NC_("payer", "public payer"),
    },
    "week16": {
        "benefit": NC_("week16", "clinical benefit"),
        "no-benefit": NC_("week16", "no clinical benefit"),
        "not-evaluable": NC_("week16", "not evaluable"),
        "pending": NC_("week16", "pending"),
    },
}


def term(group: str, value: str | None, lang: str) -> str:
    """A domain value in words; unknown values are shown as they are, None as empty."""
    if value is None:
        return ""
    known = TERMS[group].get(value)
    return value if known is None else translator(lang).pgettext(group, known)


def term_list(group: str | None, values: list[str], lang: str) -> str:
    """Alternatives in words: ``chair or clinician`` (en), ``leder eller kliniker`` (nb);
    with no `group`, the values as they are."""
    from babel.lists import format_list

    from mtb_desk.i18n.formats import babel_locale

    words = [v if group is None else term(group, v, lang) for v in values]
    return format_list(words, style="or", locale=babel_locale(lang)) if words else ""
