"""What this board did before: for each key finding of a case, the earlier cases with the
same alteration (same gene and protein change, the same fusion pair in either order, or the
same gene with the same copy-number call), same tumour type first, with what was recommended
and what happened ("3 earlier cases with BRAF V600E: 2 treated in BRAF-V600-DAB-TRAM, 1 with
disease control at week 16"). Study ids only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, literal, or_, select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import (
    Annotation,
    Case,
    Cohort,
    Enrolment,
    Finding,
    MolecularReport,
    Patient,
    Recommendation,
    Treatment,
)
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import (
    ACTIONABLE_ONCOGENICITY,
    FindingKind,
    RecommendationState,
    Week16Outcome,
)
from mtb_desk.i18n import translator
from mtb_desk.i18n.phrases import Listing, Phrase, Term, Value, phrase, render
from mtb_desk.services.cases import case_for_study_id

SMALL = (FindingKind.SNV, FindingKind.INDEL, FindingKind.MNV, FindingKind.SPLICE)
MAX_CASES = 20


@dataclass(frozen=True, slots=True)
class EarlierCase:
    study_id: str
    diagnosis: str
    same_tumour: bool
    recommended: str | None  # the decision (RecommendationOutcome value), None: no decision
    treated_in: str | None  # the cohort, trial or drugs a treatment started with
    week16: str | None  # confirmed week-16 outcome (Week16Outcome value)
    target: str | None = None  # the cohort or trial the decision names

    def words(self) -> Phrase:
        """What happened, as data: "H-1 (COAD): decision: …; treated in …; week 16: …"."""
        parts: list[Value] = []
        if self.recommended:
            outcome = Term("outcome", self.recommended)
            parts.append(
                phrase("history.recommended-for", outcome=outcome, target=self.target)
                if self.target
                else phrase("history.recommended", outcome=outcome)
            )
        if self.treated_in:
            parts.append(phrase("history.treated-in", where=self.treated_in))
        if self.week16:
            parts.append(phrase("history.week16", outcome=Term("week16", self.week16)))
        case = phrase("history.case", study_id=self.study_id, diagnosis=self.diagnosis)
        if not parts:
            return case
        return phrase("history.case-then", case=case, what=Listing(tuple(parts), "semicolon"))


@dataclass(frozen=True, slots=True)
class FindingHistory:
    finding_id: int
    alteration: str  # in English: "BRAF V600E", "EML4::ALK fusion", "ERBB2 amplification"
    cases: tuple[EarlierCase, ...]  # same tumour type first
    summary: str  # in English; `summarise(..., lang)` says it in the reader's language
    diagnosis: str = ""  # the case's own tumour type (OncoTree code)
    alteration_phrase: Phrase | None = None  # `alteration` as data, for other languages

    def alteration_in(self, lang: str) -> str:
        """The alteration in the reader's language ("CDKN2A-delesjon" in bokmål)."""
        return render(self.alteration_phrase, lang) if self.alteration_phrase else self.alteration

    def case_lines(self, lang: str) -> list[str]:
        """One line per earlier case, in the reader's language (the GUI's tooltip)."""
        alteration = self.alteration_in(lang)
        return [f"{alteration}: {render(c.words(), lang)}" for c in self.cases]


def _label(f: Finding) -> Phrase:
    if f.kind is FindingKind.FUSION:
        if f.partner_gene:
            return phrase("finding.fusion", gene=f.partner_gene, partner=f.gene)
        return phrase("finding.fusion-gene", gene=f.gene)
    if f.kind is FindingKind.CNV:
        call = Term("cnv_call", f.cnv_call.value) if f.cnv_call else phrase("finding.cnv-change")
        return phrase("finding.cnv", gene=f.gene, call=call)
    return phrase("finding.small", gene=f.gene, change=f.protein or f.hgvs_c or f.kind.value)


def _same(f: Finding) -> object | None:
    """The SQL condition for another finding with the same alteration (None: not comparable)."""
    if f.gene is None:
        return None
    if f.kind is FindingKind.FUSION:
        partner = f.partner_gene
        if partner is None:
            return and_(Finding.kind == f.kind, Finding.gene == f.gene)
        return and_(Finding.kind == f.kind, or_(
            and_(Finding.gene == f.gene, Finding.partner_gene == partner),
            and_(Finding.gene == partner, Finding.partner_gene == f.gene)))  # fmt: skip
    if f.kind is FindingKind.CNV:
        return and_(Finding.kind == f.kind, Finding.gene == f.gene, Finding.cnv_call == f.cnv_call)
    if f.kind in SMALL and f.protein:
        return and_(Finding.kind.in_(SMALL), Finding.gene == f.gene, Finding.protein == f.protein)
    return None


def _key_findings(session: Session, case: Case) -> list[Finding]:
    return list(
        session.scalars(
            select(Finding)  # driven by the (few) annotations, not the case's findings:
            .select_from(Annotation)  # the `+ 0`s keep SQLite from walking a WGS report
            .join(Finding, Finding.id == Annotation.finding_id + literal(0))
            .join(MolecularReport, MolecularReport.id == Finding.report_id + literal(0))
            .where(MolecularReport.case_id == case.id, Finding.is_filtered.is_(False))
            .where(
                or_(
                    Annotation.oncogenicity.in_(tuple(ACTIONABLE_ONCOGENICITY)),
                    Annotation.reportable.is_(True),
                )
            )
            .order_by(Finding.id)
        )
    )


def _earlier(session: Session, case: Case, finding: Finding) -> list[EarlierCase]:
    same = _same(finding)
    if same is None:
        return []
    rows = session.execute(
        select(Case.id, Patient.study_id, Case.diagnosis_code)
        .join(Patient, Patient.id == Case.patient_id)
        .join(MolecularReport, MolecularReport.case_id == Case.id)
        .join(Finding, Finding.report_id == MolecularReport.id)
        .where(same, Case.id != case.id, Case.patient_id != case.patient_id)  # type: ignore[arg-type]
        .distinct()
        .order_by(Case.id.desc())
        .limit(200)
    ).all()
    found = [
        _what_happened(session, case_id, study_id, diagnosis, diagnosis == case.diagnosis_code)
        for case_id, study_id, diagnosis in rows
    ]
    found.sort(key=lambda e: not e.same_tumour)
    return found[:MAX_CASES]


def _what_happened(
    session: Session, case_id: int, study_id: str, diagnosis: str, same: bool
) -> EarlierCase:
    rec = session.execute(
        select(Recommendation.outcome, Cohort.code, Recommendation.trial_id)
        .outerjoin(Cohort, Cohort.id == Recommendation.cohort_id)
        .where(Recommendation.case_id == case_id)
        .where(Recommendation.state.in_((RecommendationState.FINAL, RecommendationState.SIGNED)))
        .order_by(Recommendation.id.desc())
        .limit(1)
    ).first()
    recommended, target = (rec[0].value, rec[1] or rec[2]) if rec else (None, None)
    treated = session.execute(
        select(Treatment.drugs, Cohort.code, Treatment.trial_id, Treatment.outcome)
        .outerjoin(Enrolment, Enrolment.id == Treatment.enrolment_id)
        .outerjoin(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(Treatment.case_id == case_id, Treatment.started_on.is_not(None))
        .order_by(Treatment.started_on.desc())
        .limit(1)
    ).first()
    if treated is None:
        return EarlierCase(study_id, diagnosis, same, recommended, None, None, target)
    drugs, cohort, trial, outcome = treated
    where = cohort or trial or " + ".join(drugs or ())
    week16 = outcome.value if outcome else None
    return EarlierCase(study_id, diagnosis, same, recommended, where, week16, target)


def summarise(
    alteration: str | Phrase, diagnosis: str, cases: Sequence[EarlierCase], lang: str = "en"
) -> str:
    """One sentence in the reader's language, e.g. "3 earlier cases with BRAF V600E (2 in
    COAD): 2 treated in BRAF-V600-DAB-TRAM, 1 with disease control at week 16"."""
    t = translator(lang)
    if isinstance(alteration, Phrase):
        alteration = render(alteration, lang)
    if not cases:
        return t.gettext("no earlier case with {alteration}").format(alteration=alteration)
    n, same = len(cases), sum(1 for c in cases if c.same_tumour)
    head = t.ngettext(
        "{n} earlier case with {alteration}", "{n} earlier cases with {alteration}", n
    ).format(n=n, alteration=alteration)
    if same and same != n:
        head += " " + t.gettext("({same} in {diagnosis})").format(same=same, diagnosis=diagnosis)
    elif same:
        head += " " + t.gettext("in {diagnosis}").format(diagnosis=diagnosis)
    places = Counter(c.treated_in for c in cases if c.treated_in)
    parts = [
        t.ngettext("{n} treated in {where}", "{n} treated in {where}", k).format(n=k, where=where)
        for where, k in places.most_common(3)
    ]
    control = sum(1 for c in cases if c.week16 == Week16Outcome.BENEFIT.value)
    if control:
        parts.append(t.ngettext(
            "{n} with disease control at week 16", "{n} with disease control at week 16", control
        ).format(n=control))  # fmt: skip
    untreated = n - sum(places.values())
    if untreated:
        parts.append(
            t.ngettext("{n} not treated", "{n} not treated", untreated).format(n=untreated)
        )
    return f"{head}: {', '.join(parts)}"


def board_history(database: Database, study_id: str) -> tuple[FindingHistory, ...]:
    """For each key finding of the case, the board's earlier cases with the same alteration."""
    with reading(database) as session:
        case = case_for_study_id(session, study_id)
        histories = []
        for finding in _key_findings(session, case):
            cases = _earlier(session, case, finding)
            label = _label(finding)
            histories.append(FindingHistory(
                finding.id, str(label), tuple(cases),
                summarise(label, case.diagnosis_code, cases), case.diagnosis_code, label,
            ))  # fmt: skip
        return tuple(histories)
