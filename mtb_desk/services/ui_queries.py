"""Small read-only queries the GUI needs before their proper services land.

`case_matches` matches one case against the starter catalogue shipped in ``assets/``, with
every cohort taken as open (enrolment counts are not read). It is a stopgap until the
matching service (``mtb_desk.services.matching``) provides matches against the database's
catalogue; the GUI prefers that service as soon as it exists.
"""

from __future__ import annotations

from functools import lru_cache

from mtb_desk.db.engine import Database
from mtb_desk.matching.engine import Match, Matcher
from mtb_desk.matching.evaluation import CaseInput
from mtb_desk.services.cases import get_case_by_id


@lru_cache(maxsize=1)
def _starter_matcher() -> Matcher:
    from mtb_desk.catalogue.loader import builtin_catalogue
    from mtb_desk.reference.oncotree import builtin_tree

    tree = builtin_tree()
    return Matcher(builtin_catalogue(tree).cohort_specs(), tree)


def case_matches(database: Database, case_id: int) -> tuple[Match, ...]:
    case = get_case_by_id(database, case_id)
    return _starter_matcher().match(
        CaseInput(
            findings=case.findings,
            diagnosis=case.diagnosis_code,
            tmb=case.tmb,
            msi=case.msi,
            case_id=case.id,
        )
    )
