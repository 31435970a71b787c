"""What matching reads from the database: only the findings a rule can look at, and the
matched cohorts a decision PDF lists (inside the matching service's session)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import CompoundSelect, Select, Subquery, select, union
from sqlalchemy.orm import Session

from mtb_desk.db.models import Annotation, Case, Finding, MolecularReport
from mtb_desk.domain.enums import FindingKind
from mtb_desk.matching.engine import Match, MatchStatus
from mtb_desk.reports.records import CohortMatchInput

Reads = tuple[frozenset[str], frozenset[FindingKind]]


def matchable_findings(
    session: Session, case_ids: Sequence[int], reads: Reads | None = None
) -> list[tuple[int, Finding, Annotation | None]]:
    """(case id, unfiltered finding, its annotation) in report-newest-first, id order; with
    `reads` (genes, gene-less kinds) only findings naming such a gene at either end or of such
    a kind, selected by the database through the (report_id, kind, gene) index, so a
    whole-genome case with a million findings gives the matcher only the few it can use."""
    statement = _matchable(case_ids)
    if reads is not None:
        wanted = _read_ids(case_ids, *reads).subquery()
        statement = _matchable(case_ids, wanted)
    return [(case_id, finding, note) for case_id, finding, note in session.execute(statement)]


def _read_ids(
    case_ids: Sequence[int], genes: frozenset[str], kinds: frozenset[FindingKind]
) -> CompoundSelect[int]:
    """Ids of the findings with a read gene or kind: a union of index lookups (one OR would
    make the database scan every finding of the report)."""
    reports = select(MolecularReport.id).where(MolecularReport.case_id.in_(case_ids))
    own = Finding.report_id.in_(reports.scalar_subquery())
    every_kind = [k.value for k in FindingKind]
    return union(
        select(Finding.id).where(own, Finding.kind.in_(sorted(k.value for k in kinds))),
        select(Finding.id).where(own, Finding.kind.in_(every_kind), Finding.gene.in_(genes)),
        select(Finding.id).where(
            own, Finding.kind == FindingKind.FUSION.value, Finding.partner_gene.in_(genes)
        ),
    )


def _matchable(
    case_ids: Sequence[int], wanted: Subquery | None = None
) -> Select[int, Finding, Annotation]:
    """The matching rows; with `wanted` (finding ids) the query is driven by those ids."""
    columns = select(MolecularReport.case_id, Finding, Annotation)
    if wanted is not None:
        columns = columns.select_from(wanted).join(Finding, Finding.id == wanted.c.id)
    return (
        columns.join(MolecularReport, Finding.report_id == MolecularReport.id)
        .outerjoin(Annotation, Annotation.finding_id == Finding.id)
        .where(MolecularReport.case_id.in_(case_ids), Finding.is_filtered.is_(False))
        .order_by(Finding.report_id.desc(), Finding.id)
    )


def cohort_matches_for_pdf(
    session: Session, case: Case, lang: str = "en"
) -> tuple[CohortMatchInput, ...]:
    """Each matched cohort with why it is not eligible (if so) and the match's reason in the
    document's language `lang`. The reason is rendered here, when the PDF is built: a signed
    PDF is stored byte for byte, so what it says never changes afterwards."""
    from mtb_desk.services.matching import matches_in_session

    result = matches_in_session(session, case)

    def status(match: Match) -> str:
        # The PDF says eligible / not eligible and adds why not; the catalogue version the
        # matches were made with is printed with the recommendation's versions.
        return "" if match.status is MatchStatus.ELIGIBLE else match.status.value

    return tuple(
        CohortMatchInput(
            cohort=match.cohort,
            drug=" + ".join(match.drugs),
            status=status(match),
            eligible=match.status is MatchStatus.ELIGIBLE,
            reason=match.reason_in(lang),
        )
        for match in result.matches
    )
