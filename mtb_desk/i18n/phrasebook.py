"""The English text (gettext msgid) of every phrase code the core renders with `phrases.render`.

Codes are stable names (``--json`` shows them); the texts may change. Parameters in braces;
OncoTree names, gene symbols, protein changes, drug names and what a lab or the reference
data wrote are passed in as they are (OncoTree has English names only: the code and its
English name are the standard term).
"""

from __future__ import annotations

from typing import NamedTuple

from mtb_desk.i18n import N_
from mtb_desk.i18n.import_phrases import IMPORT_PHRASES


def NP_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - gettext convention
    """Mark a plural pair for extraction."""
    return singular, plural


class Plural(NamedTuple):
    singular: str
    plural: str
    by: str  # the parameter whose number chooses the form


def _plural(pair: tuple[str, str], count: str) -> Plural:
    return Plural(pair[0], pair[1], count)


PHRASES: dict[str, str | Plural] = {
    # ---------------------------------------------------------------- a rule's clauses
    "rule.gene": N_("any {gene} alteration"),
    "rule.gene-none": N_("no {gene} alteration"),
    "rule.kind": N_("{gene} {kinds}"),
    "rule.kind-any": N_("any {kinds}"),
    "rule.kind-none": N_("no {kinds}"),
    "rule.protein": N_("{gene} {proteins}"),
    "rule.position": N_("{gene} {positions} (any change at that residue)"),
    "rule.exon": N_("{gene} exon {number} {event}"),
    "rule.fusion-any": N_("{gene} fusion (any partner)"),
    "rule.fusion-with": N_("{gene} fusion with {partner}"),
    "rule.amplification": N_("{gene} amplification"),
    "rule.amplification-limits": N_("{gene} amplification ({limits})"),
    "rule.deletion": N_("{gene} deletion"),
    "rule.origin": N_("{rule} ({origin})"),
    "rule.tmb-at-least": N_("TMB ≥ {threshold} mut/Mb"),
    "rule.tmb-above": N_("TMB > {threshold} mut/Mb"),
    "rule.msi-high": N_("MSI-high"),
    "rule.msi": N_("MSI {status}"),
    "rule.bracket": N_("({rule})"),
    "rule.not": N_("no {rule}"),
    "limit.copy-number": N_("copy number ≥ {value}"),
    "limit.fold-change": N_("fold change ≥ {value}"),
    # ---------------------------------------------------------------- findings
    "finding.fusion": N_("{gene}::{partner} fusion"),
    "finding.fusion-gene": N_("{gene} fusion"),
    "finding.cnv": N_("{gene} {call}"),
    "finding.cnv-sized": N_("{gene} {call} ({sizes})"),
    "finding.cnv-change": N_("copy-number change"),
    "finding.splice": N_("{gene} {change}"),
    "finding.splice-exon": N_("{gene} {change} (exon {exon})"),
    "finding.splice-variant": N_("splice variant"),
    "finding.named": N_("{change}"),
    "finding.named-exon": N_("{change} (exon {exon})"),
    "finding.small": N_("{gene} {change}"),
    "finding.mutation": N_("mutation"),
    "finding.germline": N_("{finding} (germline)"),
    "finding.with-origin": N_("{finding} ({origin})"),
    "size.copy-number": N_("copy number {value}"),
    "size.fold-change": N_("fold change {value}"),
    # ---------------------------------------------------------------- notes on one leaf
    "note.tmb": N_("TMB {value} mut/Mb"),
    "note.tmb-missing": N_("TMB not reported"),
    "note.msi": N_("MSI status {status}"),
    "note.msi-missing": N_("MSI not reported"),
    "note.conflict": N_("{note} in the most recent report; conflict: {conflict}"),
    "note.not-annotated": N_("not annotated yet"),
    "note.equivocal": N_("equivocal: the lab flagged it as uncertain"),
    "note.never-matches": N_("annotated {level}, which never matches"),
    "note.not-oncogenic": N_("not oncogenic"),
    "note.not-on-panel": N_("gene not on the assay's panel"),
    "note.finding": N_("{finding}: {note}"),
    "note.whole-rule": N_("whole rule"),
    "conflict.tmb": N_("TMB {other} mut/Mb in the {other_report}, {value} in the {report}"),
    "conflict.msi": N_("{other} in the {other_report}, {value} in the {report}"),
    "report.dated": N_("{assay} report of {date}"),
    "report.undated": N_("an undated report"),
    "report.assay": N_("{assay} report"),
    # ---------------------------------------------------------------- near misses
    "near.not-found": N_("not found in the reports"),
    "near.origin": N_("{found} is present, but the cohort needs a {origin} variant"),
    "near.present": _plural(
        NP_(
            "{found} is present, but the cohort needs {needs}",
            "{found} are present, but the cohort needs {needs}",
        ),
        "count",
    ),
    "needs.position": N_("a change at {positions}"),
    "needs.exon": N_("an exon {number} {event}"),
    "needs.fusion": N_("a fusion"),
    "needs.fusion-with": N_("a fusion with {partner}"),
    "needs.amplification": N_("an amplification"),
    "lacking.origin": N_("needs a {origin} variant; the report does not state the origin"),
    "lacking.amplification": N_("needs {needs}; the report gives only {given}"),
    "lacking.amplification-none": N_("needs {needs}; the report gives no copy number"),
    "lacking.deletion": N_("needs a deletion call or copy number; the report gives neither"),
    "lacking.exon": N_("needs the exon ({number}); the report gives no exon number"),
    "lacking.data": N_("the report lacks the data to decide"),
    # ---------------------------------------------------------------- what was not assayed
    "coverage.not-assayed": N_("{what} not assayed ({why}); needs {need}"),
    "coverage.what": N_("{genes} {kind}"),
    "coverage.what-any": N_("{genes} ({kinds})"),
    "coverage.the-case": N_("the case"),
    "coverage.not-on-panel": N_("{genes} not on the panel"),
    "coverage.unassayed": N_("not assayed"),
    "coverage.report": N_("{report}: {why}"),
    "coverage.does-not-report": N_("{assay} does not report {kind}"),
    "assay.small": N_("a DNA panel or sequencing that covers {genes}"),
    "assay.amplification": N_("a copy-number assay that covers {genes} (DNA panel, ISH or WGS)"),
    "assay.deletion": N_(
        "an assay that calls deletions in {genes} (e.g. F1CDx, DRAGEN TSO500 v2 or WGS)"
    ),  # fmt: skip
    "assay.fusion": N_("an RNA fusion assay that covers {genes} (e.g. TSO500 with RNA, or FISH)"),
    "assay.splice": N_("an RNA assay for splice variants in {genes} (e.g. TSO500 with RNA)"),
    "assay.tmb": N_("TMB from a large panel (about 1 Mb or more, e.g. TSO500, F1CDx) or WGS"),
    "assay.msi": N_("an MSI test (large panel, PCR or MMR immunohistochemistry)"),
    # ---------------------------------------------------------------- one part of a reason
    "reason.meets": N_("{finding} meets '{clause}'"),
    "reason.would-meet-unannotated": N_("{finding} would meet '{clause}' but is not annotated yet"),
    "reason.would-meet-equivocal": N_(
        "{finding} would meet '{clause}' but is equivocal (the lab flagged it as uncertain)"
    ),
    "reason.open-unannotated": N_(
        "open question: {finding} is not annotated yet; if oncogenic, it excludes the cohort "
        "('{clause}')"
    ),
    "reason.open-equivocal": N_(
        "open question: {finding} is equivocal; if confirmed, it excludes the cohort ('{clause}')"
    ),
    "reason.holds": N_("'{clause}' holds ({note})"),
    "reason.clause-outcome": N_("'{clause}' {outcome} ({note})"),
    "reason.leaf-outcome": N_("'{clause}': {outcome} ({note})"),
    "reason.not-tested": N_("'{clause}' not tested: {note}"),
    # ---------------------------------------------------------------- tumour types
    "tumour.unknown": N_("diagnosis {diagnosis} is not a known OncoTree code"),
    "tumour.noted": N_("{diagnosis} ({note})"),
    "tumour.excluded": N_("diagnosis {diagnosis} is within excluded {excluded}"),
    "tumour.any": N_("diagnosis {diagnosis}: any tumour type"),
    "tumour.any-except": N_("diagnosis {diagnosis}: any tumour type except {excluded}"),
    "tumour.within": N_("diagnosis {diagnosis} is within {included}"),
    "tumour.within-except": N_("diagnosis {diagnosis} is within {included} except {excluded}"),
    "tumour.not-within": N_("diagnosis {diagnosis} is not within {included}"),
    "oncotree.retired": N_("{code} was retired; OncoTree {version} uses {now}"),
    "oncotree.split": N_(
        "{code} was retired and split into {codes}; using their common parent {now}"
    ),
    # ---------------------------------------------------------------- a match's status
    "status.excluded-tumour": N_("excluded tumour type"),
    "status.on-label": N_("excluded: on-label use: {uses}"),
    "status.not-eligible": N_("not eligible: {why}"),
    "status.annotate": N_("annotate the finding to confirm the match"),
    "status.would-be-on-label": N_("would be on-label use: {uses}"),
    "status.equivocal": N_(
        "needs confirmation: the finding is equivocal; confirm it before enrolling"
    ),
    # ---------------------------------------------------------------- cohort availability
    "cohort.as-written": N_("{text}"),
    "cohort.closed": N_("cohort closed"),
    "cohort.open": N_("cohort open"),
    "cohort.full": N_("cohort full: no places left"),
    "cohort.places": _plural(
        NP_("cohort open, {count} place left", "cohort open, {count} places left"), "count"
    ),
    "cohort.suspended": N_("closed: cohort suspended"),
    "cohort.closed-because": N_("closed: {why}"),
    "cohort.arm-suspended": N_("arm suspended"),
    "cohort.other-trial": N_("other trial: enrol through that trial"),
    "cohort.trial-status": N_("trial status: {status}"),
    "cohort.supply": N_("{availability}; drug supply {agreements}"),
    "cohort.supply-left": N_("{agreement}: {left} of {size} places left"),
    "cohort.supply-used-up": N_(
        "full: drug supply used up ({agreement}: {size} of {size} patients enrolled)"
    ),
    "places.left": _plural(NP_("{count} place left", "{count} places left"), "count"),
    "state.accepting": N_("{phase}, {places}"),
    "state.accepting-verdict": N_("{phase} ({verdict}), {places}"),
    "state.summary": N_(
        "{phase}: {enrolled} enrolled ({benefit} with benefit, {no_benefit} without, "
        "{pending} pending); {free} free"
    ),
    "state.summary-verdict": N_("{summary}; {verdict}"),
    "state.suspended": N_("closed: cohort suspended by the trial"),
    "state.negative-early": N_(
        "closed: negative: {needed} of {total} with benefit can no longer be reached "
        "({benefit} with benefit, {pending} pending, {left} places left)"
    ),
    "state.positive-early": N_(
        "positive already: {benefit} with benefit, {needed} needed; enrolling on to {total}"
    ),
    "state.positive": N_(
        "cohort positive ({benefit} of {size} with benefit); a larger expansion is a trial decision"
    ),
    "state.negative-after": N_(
        "closed: negative after stage {stage} ({benefit} of {size} with benefit, {needed} needed)"
    ),
    "state.awaiting": N_(
        "full: waiting for week-16 outcomes of stage {stage} ({pending} of {size} pending, "
        "{benefit} of {size} with benefit)"
    ),
    # ---------------------------------------------------------------- why an enrolment is refused
    "enrol.other-trial": N_("{cohort} is another trial's arm: enrol through that trial"),
    "enrol.no-hospital": N_("the case has no referring hospital, so no trial site to enrol at"),
    "enrol.site-not-open": N_("{hospital}'s trial site is not open"),
    "enrol.site-opens": N_("{hospital}'s trial site is not open (opens {date})"),
    "enrol.site-not-open-yet": N_("{hospital}'s trial site is not open yet"),
    "enrol.not-in-catalogue": N_(
        "cohort {cohort} takes no patients: it is not in the catalogue in force"
    ),
    "enrol.takes-no-patients": N_("cohort {cohort} takes no patients: {why}"),
    "enrol.on-treatment": N_(
        "the patient is on treatment since {date} in cohort {cohort}: stop that treatment or "
        "withdraw that enrolment first"
    ),
    "enrol.enrolled-elsewhere": N_(
        "the patient is enrolled on {date} in cohort {cohort}: stop that treatment or "
        "withdraw that enrolment first"
    ),
    "enrol.no-match": N_("the case does not match the cohort"),
    "enrol.not-eligible": N_("its match is '{status}', not eligible: {reason}"),
    "enrol.may-override": N_("{why} (the chair may override with a written reason)"),
    "enrol.counts": N_(
        "{enrolled} enrolled ({benefit} with benefit, {no_benefit} without, {pending} awaiting "
        "week 16, {withdrawn} withdrawn)"
    ),
    # ---------------------------------------------------------------- approved indications
    "label.title": N_("{regimen} ({authority} {date}) for {indication}"),
    "label.if": N_("{title}, if {open} (to confirm)"),
    "label.catalogue": N_("catalogue"),
    "label.no-date": N_("date not given"),
    "label.indication": N_("{alteration} in {tumour_types}"),
    "label.indication-noted": N_("{alteration} in {tumour_types} ({note})"),
    "label.any-alteration": N_("any alteration"),
    "label.confirmed": N_("the equivocal finding is confirmed"),
    "label.germline": N_("the variant is germline"),
    "label.germline-variant": N_("germline variant"),
    "age.between": N_("age {low} to under {high} years"),
    "age.at-least": N_("age {low} years or more"),
    "age.under": N_("age under {high} years"),
    # ---------------------------------------------------------------- why not (explain)
    "criterion.rule": N_("rule: {rule}"),
    "criterion.tumour": N_("tumour type"),
    "criterion.off-label": N_("off-label use"),
    "criterion.takes-patients": N_("cohort takes patients"),
    "criterion.not-mapped": N_("not mapped"),
    # ---------------------------------------------------------------- records (conflicts)
    "record.annotation": N_("the annotation of finding {finding} ({gene})"),
    "record.draft": N_("the draft recommendation for {study_id}"),
    "record.recommendation-of": N_("the recommendation for {study_id}"),
    "record.recommendation": N_("recommendation {id}"),
    "record.meeting": N_("meeting {id}"),
    "record.agenda-item": N_("agenda item {id}"),
    "record.case": N_("case {study_id}"),
    "record.treatment": N_("treatment {id} of {study_id}"),
    "record.visit": N_("the {visit} visit of {study_id}"),
    "visit.day-one": N_("day 1"),
    "visit.week": N_("week {week}"),
    "conflict.annotated-same-moment": N_("someone else annotated it at the same moment"),
    "conflict.revision-first": N_("someone else saved revision {revision} first"),
    # ---------------------------------------------------------------- what the board did before
    "history.case": N_("{study_id} ({diagnosis})"),
    "history.case-then": N_("{case}: {what}"),
    "history.recommended": N_("decision: {outcome}"),
    "history.recommended-for": N_("decision: {outcome} ({target})"),
    "history.treated-in": N_("treated in {where}"),
    "history.week16": N_("week 16: {outcome}"),
    # ---------------------------------------------------------------- the CLI's import summary
    "import-summary.imported": N_(
        "imported {file} ({importer} {version}) into {study_id}: {counts}"
    ),
    "import-summary.would-import": N_(
        "would import {file} ({importer} {version}) into {study_id}: {counts}"
    ),
    "import-summary.count": N_("{count} {kind}"),
    "import-summary.no-findings": N_("no findings"),
    "import-summary.biomarkers": N_("TMB {tmb}, MSI {msi}"),
    "import-summary.filtered": _plural(NP_("{count} filtered", "{count} filtered"), "count"),
    "import-summary.and": N_("{first}, {then}"),
    "import-summary.file": N_("file: {file}"),
    "import-summary.warning": N_("warning: {warning}"),
    # ---------------------------------------------------------------- FHIR and phenopacket exports
    "export.finding": N_("finding {id} ({kind}, {description})"),
    "export.no-description": N_("no description"),
    "export.no-hgnc-text": N_(
        "gene {gene} has no HGNC id in the reference data: written as text only"
    ),
    "export.no-hgnc-symbol": N_("gene {gene} has no HGNC id in the reference data: symbol only"),
    "export.no-gene-observation": N_(
        "{finding} has no gene: a variant Observation needs one, so it was left out"
    ),
    "export.no-gene-interpretation": N_(
        "{finding} has no gene: a genomic interpretation needs one, so it was left out"
    ),
    "export.no-implication": N_(
        "cohort {cohort}: the findings it rests on are not in the report's exported findings, "
        "so no therapeutic implication was written"
    ),
    "export.decision-unsigned": N_("the decision PDF attached is not signed yet"),
    "export.no-ncit": N_(
        "tumour type {code} has no NCIt code in OncoTree {version} (nor any ancestor): disease "
        "written with its OncoTree code"
    ),
    "export.ncit-from": N_(
        "tumour type {code} has no NCIt code of its own in OncoTree {version}: used {parent}'s "
        "({ncit})"
    ),
    # ---------------------------------------------------------------- where in a file
    "import.where": N_("{path}"),
    "import.where-line": N_("{path}, line {line}"),
    "import.where-field": N_("{path}, field '{field}'"),
    "import.where-line-field": N_("{path}, line {line}, field '{field}'"),
}

PHRASES.update(IMPORT_PHRASES)
