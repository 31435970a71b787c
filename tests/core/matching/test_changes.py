"""Re-review: cases whose matches change when a catalogue version opens or edits a cohort."""

from __future__ import annotations

from mtb_desk.matching.changes import changed_cases, cohort_differences
from mtb_desk.matching.engine import CohortSpec, MatchStatus
from mtb_desk.matching.rule_syntax import parse_rule
from mtb_desk.reference.oncotree import builtin_tree

from .factories import case, finding

TREE = builtin_tree()


def spec(code: str, rule: dict[str, object]) -> CohortSpec:
    return CohortSpec(code, code, ("drug",), parse_rule(rule))


def test_new_cohort_and_changed_rule_list_the_affected_cases() -> None:
    old = [spec("BRAF", {"gene": "BRAF", "protein": "V600E"})]
    new = [spec("BRAF", {"gene": "BRAF", "position": "V600"}),
           spec("RET", {"gene": "RET", "fusion": "any"})]  # fmt: skip
    v600k = case(finding("snv", "BRAF", protein="V600K", id=1))
    v600e = case(finding("snv", "BRAF", protein="V600E", id=2))
    ret = case(finding("fusion", "KIF5B", partner_gene="RET", id=3))
    cases = [
        type(v600k)(v600k.findings, "LUAD", case_id="S-1"),
        type(v600e)(v600e.findings, "LUAD", case_id="S-2"),
        type(ret)(ret.findings, "COAD", case_id="S-3"),
    ]
    changed = changed_cases(old, new, cases, TREE)
    assert [c.case_id for c in changed] == ["S-1", "S-3"]
    assert changed[0].changes[0].describe() == "BRAF: no match → eligible"
    assert changed[0].changes[0].after is MatchStatus.ELIGIBLE
    assert changed[1].changes[0].reason.startswith(
        "KIF5B::RET fusion meets 'RET fusion (any partner)'"
    )
    assert cohort_differences(old, new) == [
        "new cohort RET: RET fusion (any partner)",
        "cohort BRAF: rule now BRAF V600 (any change at that residue)",
    ]
