"""The synthetic board cases: each says what the issue-11 review expects, in plain words."""

from __future__ import annotations

import re

import pytest

from mtb_desk.matching.engine import Matcher
from mtb_desk.reference.oncotree import TumourTypeTree, load_oncotree_file
from tests.shared_data import shared_file

from .board_cases import CASES, BoardCase, board_matcher, outcome


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    release: TumourTypeTree = load_oncotree_file(
        shared_file("oncotree", "oncotree_2025_10_03.json")
    )
    return board_matcher(release)


def test_there_are_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30
    assert len({(c.diagnosis, c.what, c.cohort) for c in CASES}) == len(CASES)


@pytest.mark.parametrize("item", CASES, ids=lambda c: f"{c.diagnosis}-{c.what}-{c.cohort}")
def test_board_case(matcher: Matcher, item: BoardCase) -> None:
    status, text = outcome(matcher, item)
    assert status == item.status, text
    assert item.says in text
    assert not re.search(r"finding \d", text)  # no database ids
