"""Matching cases against the cohorts in the database, with reasons (and "why not").

IMPRESS cohorts come from the catalogue in force, with availability from enrolments and
supply agreements; other trials' arms (CTML) from their cohort rows. Tumour types use the
OncoTree release in force; "not tested" uses the gene panels of the case's assays. Findings
the caller's filters rejected are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import (
    Case,
    Cohort,
    MolecularReport,
    Patient,
    ReportCoverage,
)
from mtb_desk.db.unit_of_work import reading
from mtb_desk.i18n.phrases import phrase
from mtb_desk.matching.engine import (
    Availability,
    CohortExplanation,
    CohortSpec,
    Match,
    Matcher,
    NotTested,
    TumourTypes,
)
from mtb_desk.matching.evaluation import CaseInput
from mtb_desk.matching.labels import Label
from mtb_desk.matching.specs import ranked
from mtb_desk.progress import NullProgress, Progress, check_cancelled
from mtb_desk.reference.oncotree import TumourTypeTree
from mtb_desk.services.case_facts import biomarkers, case_coverage
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.catalogue import catalogue_at, current_catalogue
from mtb_desk.services.cohorts import availability_by_code
from mtb_desk.services.matching_inputs import Reads, matchable_findings
from mtb_desk.services.reference import current_tree, panel_for_assays, panels_in_force
from mtb_desk.services.views import finding_view

if TYPE_CHECKING:
    from mtb_desk.matching.changes import MatchChange

_MATCHERS: dict[Any, Matcher] = {}


@dataclass(frozen=True, slots=True)
class CaseMatches:
    study_id: str
    case_id: int
    diagnosis: str
    catalogue_version: str | None
    reference_version: str  # the OncoTree release (or built-in set) used
    panel_genes: int | None  # genes on the assays' panels; None: no panel, all assumed tested
    matches: tuple[Match, ...]  # ranked: `rank` 1 first
    explanations: tuple[CohortExplanation, ...] = ()
    not_tested: tuple[NotTested, ...] = ()  # cohorts the assays could not test, with why
    labels_version: str | None = None  # the approved-indications set used

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "study_id": self.study_id,
            "diagnosis": self.diagnosis,
            "catalogue_version": self.catalogue_version,
            "reference_version": self.reference_version,
            "labels_version": self.labels_version,
            "panel_genes": self.panel_genes,
            "matches": [m.to_dict() for m in self.matches],
            "not_tested": [n.to_dict() for n in self.not_tested],
        }
        if explain:
            data["cohorts"] = [e.to_dict() for e in self.explanations]
        return data


@dataclass(frozen=True, slots=True)
class CaseChangeView:
    study_id: str
    case_id: int
    changes: tuple[MatchChange, ...]


@dataclass(frozen=True, slots=True)
class MatchContext:
    matcher: Matcher
    catalogue_version: str | None
    tree: TumourTypeTree
    panels: dict[str, frozenset[str]]
    labels_version: str | None = None


def ctml_specs(session: Session) -> tuple[CohortSpec, ...]:
    """Other trials' arms stored as cohort rows (source "ctml")."""
    from mtb_desk.matching.rule_syntax import parse_rule

    rows = session.scalars(select(Cohort).where(Cohort.source == "ctml").order_by(Cohort.id))
    specs = []
    for row in rows:
        details = row.details or {}
        closed = row.suspended
        why = details.get("closed_reason") or phrase("cohort.arm-suspended")
        reason = phrase("cohort.closed-because", why=why) if closed else ""
        specs.append(
            CohortSpec(
                code=row.code,
                name=row.name,
                drugs=tuple(details.get("drugs") or ()),
                rule=parse_rule(row.rule, f"cohort {row.code}.rule"),
                tumour_types=TumourTypes(tuple(row.tumour_include), tuple(row.tumour_exclude)),
                availability=Availability(closed=True, reason=reason) if closed else Availability(),
                source="ctml",
                notes=tuple(details.get("unmapped") or ()),
            )
        )
    return tuple(specs)


def cohort_specs(session: Session) -> tuple[tuple[CohortSpec, ...], str | None]:
    """Every cohort to match against, and the catalogue version they come from."""
    catalogue = current_catalogue(session)
    impress: tuple[CohortSpec, ...] = ()
    if catalogue is not None:
        impress = catalogue.cohort_specs(availability_by_code(session, catalogue))
    return impress + ctml_specs(session), catalogue.version if catalogue else None


def labels_for_matching(session: Session) -> tuple[tuple[Label, ...], str]:
    """The approved indications that count as on-label (the catalogue's label authority)."""
    from mtb_desk.services.labels import labels_in_force

    catalogue = current_catalogue(session)
    authority = catalogue.label_authority if catalogue is not None else "EMA"
    labels = labels_in_force(session)
    return labels.for_authority(authority), labels.version


def _matcher(
    specs: tuple[CohortSpec, ...], tree: TumourTypeTree, labels: tuple[Label, ...] = ()
) -> Matcher:
    key = (id(tree), tree.version, specs, labels)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        _MATCHERS.clear()
        matcher = _MATCHERS[key] = Matcher(specs, tree, labels=labels)
    return matcher


def match_context(session: Session) -> MatchContext:
    specs, version = cohort_specs(session)
    tree = current_tree(session)
    labels, labels_version = labels_for_matching(session)
    return MatchContext(
        _matcher(specs, tree, labels), version, tree, panels_in_force(session), labels_version
    )


def case_inputs(
    session: Session,
    cases: Sequence[Case],
    panels: dict[str, frozenset[str]],
    reads: Reads | None = None,
) -> list[CaseInput]:
    """Matching inputs for these cases: unfiltered findings with annotations (with `reads`,
    only those the rules and labels can look at: `Matcher.reads`), TMB/MSI from the most
    recent report (conflicts named), what the reports assayed, the patient's age."""
    ids = [c.id for c in cases]
    reports: dict[int, list[MolecularReport]] = {i: [] for i in ids}
    for report in session.scalars(
        select(MolecularReport)
        .where(MolecularReport.case_id.in_(ids))
        .order_by(MolecularReport.id.desc())
    ):
        reports[report.case_id].append(report)
    coverage_rows = {
        row.report_id: row
        for row in session.scalars(
            select(ReportCoverage)
            .join(MolecularReport, MolecularReport.id == ReportCoverage.report_id)
            .where(MolecularReport.case_id.in_(ids))
        )
    }
    findings: dict[int, list[Any]] = {i: [] for i in ids}
    rows = matchable_findings(session, ids, reads)
    for case_id, finding, annotation in rows:
        findings[case_id].append(finding_view(finding, annotation))
    inputs = []
    for case in cases:
        own = reports[case.id]
        markers = biomarkers(own)
        inputs.append(
            CaseInput(
                findings=tuple(findings[case.id]),
                diagnosis=case.diagnosis_code,
                tmb=markers.tmb,
                msi=markers.msi,
                panel=panel_for_assays((r.assay.value for r in own), panels),
                case_id=case.id,
                coverage=case_coverage(own, coverage_rows, panels),
                age=_age(case),
                tmb_conflict=markers.tmb_conflict,
                msi_conflict=markers.msi_conflict,
            )
        )
    return inputs


def _age(case: Case) -> int | None:
    """Whole years from the birth year (approximate: the app stores no birth date)."""
    year = case.patient.birth_year if case.patient is not None else None
    return None if year is None else dt.date.today().year - year


def matches_in_session(
    session: Session, case: Case, *, explain: bool = False, context: MatchContext | None = None
) -> CaseMatches:
    context = context or match_context(session)
    case_input = case_inputs(session, [case], context.panels, context.matcher.reads)[0]
    return CaseMatches(
        study_id=case.patient.study_id,
        case_id=case.id,
        diagnosis=case.diagnosis_code,
        catalogue_version=context.catalogue_version,
        reference_version=context.tree.version,
        panel_genes=len(case_input.panel) if case_input.panel is not None else None,
        matches=ranked(context.matcher.match(case_input)),
        explanations=context.matcher.explain(case_input) if explain else (),
        not_tested=context.matcher.not_tested(case_input),
        labels_version=context.labels_version,
    )


def match_case(database: Database, study_id: str, *, explain: bool = False) -> CaseMatches:
    """One case's matches; with `explain`, every cohort with each criterion marked."""
    with reading(database) as session:
        return matches_in_session(session, case_for_study_id(session, study_id), explain=explain)


def matches_for_case(database: Database, case_id: int) -> tuple[Match, ...]:
    """The matches the GUI shows beside a case's findings."""
    with reading(database) as session:
        case = session.get(Case, case_id)
        if case is None:
            from mtb_desk.errors import NotFoundError

            raise NotFoundError(code="case.not-found", params={"id": case_id})
        return matches_in_session(session, case).matches


def _all_cases(session: Session, study_ids: Iterable[str] | None) -> list[Case]:
    query = select(Case).join(Case.patient).order_by(Case.id)
    if study_ids is not None:
        query = query.where(Patient.study_id.in_(list(study_ids)))
    return list(session.scalars(query))


def match_all(
    database: Database,
    *,
    study_ids: Iterable[str] | None = None,
    progress: Progress | None = None,
    chunk: int = 500,
) -> list[CaseMatches]:
    """Match many cases (all by default), loading them in chunks; checks for cancellation."""
    progress = progress or NullProgress()
    results: list[CaseMatches] = []
    with reading(database) as session:
        context = match_context(session)
        cases = _all_cases(session, study_ids)
        for start in range(0, len(cases), chunk):
            check_cancelled(progress)
            part = cases[start : start + chunk]
            for case, case_input in zip(
                part, case_inputs(session, part, context.panels, context.matcher.reads), strict=True
            ):
                results.append(
                    CaseMatches(
                        study_id=case.patient.study_id,
                        case_id=case.id,
                        diagnosis=case.diagnosis_code,
                        catalogue_version=context.catalogue_version,
                        reference_version=context.tree.version,
                        panel_genes=len(case_input.panel) if case_input.panel else None,
                        matches=ranked(context.matcher.match(case_input)),
                        labels_version=context.labels_version,
                    )
                )
            progress.update(len(results), len(cases), "matching cases")
    return results


def changed_since(
    database: Database, version: str, *, progress: Progress | None = None, chunk: int = 500
) -> list[CaseChangeView]:
    """Cases whose matches differ between catalogue VERSION and the one in force.

    Both versions are matched with today's cohort availability, so only what the catalogue
    changed (new cohorts, rules, tumour types, drugs) shows up.
    """
    from mtb_desk.matching.changes import compare_matches

    progress = progress or NullProgress()
    found: list[CaseChangeView] = []
    with reading(database) as session:
        current = current_catalogue(session)
        if current is None:
            from mtb_desk.errors import NotFoundError

            raise NotFoundError(code="catalogue.none")
        availability = availability_by_code(session, current)
        labels, _ = labels_for_matching(session)
        old = Matcher(
            catalogue_at(session, version).cohort_specs(availability),
            tree := current_tree(session),
            labels=labels,
        )
        new = _matcher(current.cohort_specs(availability), tree, labels)
        panels = panels_in_force(session)
        cases = _all_cases(session, None)
        for start in range(0, len(cases), chunk):
            check_cancelled(progress)
            part = cases[start : start + chunk]
            for case, case_input in zip(part, case_inputs(session, part, panels), strict=True):
                changes = compare_matches(old.match(case_input), new.match(case_input))
                if changes:
                    found.append(CaseChangeView(case.patient.study_id, case.id, changes))
            progress.update(start + len(part), len(cases), "comparing catalogue versions")
    return found
