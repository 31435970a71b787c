"""A match builds its reasons on first read (matching many cases words only what is read),
and still compares, hashes, ranks and prints as the match with its reasons: the board's
example cases, each match against a copy given its reasons already built."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from mtb_desk.matching.engine import Match, Matcher
from mtb_desk.matching.evaluation import CaseInput
from mtb_desk.matching.specs import ranked
from mtb_desk.reference.oncotree import load_oncotree_file
from tests.shared_data import shared_file

from .board_cases import CASES, board_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return board_matcher(load_oncotree_file(shared_file("oncotree", "oncotree_2025_10_03.json")))


def board_matches(matcher: Matcher) -> list[tuple[Match, ...]]:
    return [
        matcher.match(CaseInput(findings=item.findings, diagnosis=item.diagnosis, tmb=item.tmb,
                                msi=item.msi, coverage=item.coverage, age=item.age))
        for item in CASES
    ]  # fmt: skip


def test_reasons_are_built_on_first_read_and_kept(matcher: Matcher) -> None:
    matches = [m for found in board_matches(matcher) for m in found]
    assert matches
    for match in matches:
        assert callable(match.reasons_source), match.cohort  # nothing worded yet
        first = match.reasons
        assert first
        assert match.reasons_source is first  # type: ignore[comparison-overlap]
        assert match.reasons is first  # built once


def test_a_lazy_match_equals_hashes_and_reads_as_one_with_reasons_built(
    matcher: Matcher,
) -> None:
    lazy, read = board_matches(matcher), board_matches(matcher)
    count = 0
    for fresh, other in zip(lazy, read, strict=True):
        for a, b in zip(fresh, other, strict=True):
            assert pickle.loads(pickle.dumps(a)) == b  # unread: the builder pickles too
            built = replace(b, reasons_source=b.reasons)
            assert not callable(built.reasons_source)
            assert a == built
            assert built == a
            assert hash(a) == hash(built)
            assert a.reason == built.reason
            assert a.to_dict() == built.to_dict()
            assert repr(a) == repr(built)
            assert "reasons=(Reason(" in repr(a)
            assert pickle.loads(pickle.dumps(a)) == built
            assert a != replace(built, reasons_source=built.reasons[:-1])
            count += 1
    assert count > 10


def test_ranking_keeps_the_reasons(matcher: Matcher) -> None:
    for found in board_matches(matcher):
        order = ranked(found)
        assert all(callable(m.reasons_source) for m in order)  # ranking reads no reason
        for match in order:
            same = next(m for m in found if m.cohort == match.cohort)
            assert match.reasons == same.reasons
            assert match.rank is not None
