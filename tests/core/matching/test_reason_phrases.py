"""Reasons are data: every phrase code renders in English and bokmål with all its parameters,
bokmål differs from English wherever there are words to translate, and what the engine
returns for the board's example cases is made only of known codes and keeps its structure
in JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from mtb_desk.i18n.phrasebook import PHRASES, Plural
from mtb_desk.i18n.phrases import Listing, Phrase, Term, Value, phrase, render, to_data
from mtb_desk.matching.engine import Matcher
from mtb_desk.matching.evaluation import CaseInput, Truth
from mtb_desk.reference.oncotree import load_oncotree_file
from tests.shared_data import shared_file

from .board_cases import CASES, board_matcher

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# What a template may hold besides placeholders and still read the same in both languages.
CODES = {"TMB", "MSI", "mut", "Mb", "OncoTree"}


def sample(name: str) -> Value:
    """A value for a parameter, of the kind the engine passes under that name."""
    if name in ("count", "left", "size", "benefit", "pending", "needed", "total", "stage"):
        return 2
    if name in ("value", "threshold", "low", "high", "other"):
        return 2.5
    if name == "origin":
        return Term("origin", "germline")
    if name == "outcome":
        return Term("truth", "not met")
    return f"<{name}>"


def template(code: str) -> str:
    entry = PHRASES[code]
    return entry.plural if isinstance(entry, Plural) else entry


def built(code: str) -> Phrase:
    return phrase(code, **{name: sample(name) for name in PLACEHOLDER.findall(template(code))})


def has_words(text: str) -> bool:
    rest = PLACEHOLDER.sub(" ", text)
    return any(w not in CODES for w in re.findall(r"[A-Za-z]{2,}", rest))


@pytest.mark.parametrize("code", sorted(PHRASES))
def test_every_reason_kind_renders_in_both_languages(code: str) -> None:
    value = built(code)
    english, bokmal = render(value, "en"), render(value, "nb")
    for text in (english, bokmal):
        assert "{" not in text, f"{code}: a parameter was not filled: {text}"
        for name in PLACEHOLDER.findall(template(code)):
            shown = render(sample(name), "nb" if text is bokmal else "en")
            assert shown in text, f"{code}: {name} is not shown in {text!r}"
    if has_words(template(code)):
        assert bokmal != english, f"{code} is not translated: {english!r}"


def test_numbers_take_the_locale_decimal_sign_and_plurals_the_count() -> None:
    assert render(phrase("note.tmb", value=7.1), "en") == "TMB 7.1 mut/Mb"
    assert render(phrase("note.tmb", value=7.1), "nb") == "TMB 7,1 mut/Mb"
    assert render(phrase("note.tmb", value=12.0), "nb") == "TMB 12 mut/Mb"
    assert render(phrase("cohort.places", count=1), "en") == "cohort open, 1 place left"
    assert render(phrase("cohort.places", count=3), "nb") == "kohorten er åpen, 3 ledige plasser"
    either = Listing((Term("rule_kind", "mutation"), Term("rule_kind", "fusion")), "or")
    assert (
        render(phrase("rule.kind", gene="KRAS", kinds=either), "nb") == "KRAS-mutasjon eller fusjon"
    )


def phrases_in(value: object) -> Iterator[Phrase]:
    if isinstance(value, Phrase):
        yield value
        for _name, item in value.params:
            yield from phrases_in(item)
    elif isinstance(value, Listing):
        for item in value.items:
            yield from phrases_in(item)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return board_matcher(load_oncotree_file(shared_file("oncotree", "oncotree_2025_10_03.json")))


def test_the_engine_returns_reasons_as_known_codes_with_json_structure(matcher: Matcher) -> None:
    seen: set[str] = set()
    for item in CASES:
        case = CaseInput(findings=item.findings, diagnosis=item.diagnosis, tmb=item.tmb,
                         msi=item.msi, coverage=item.coverage, age=item.age)  # fmt: skip
        for match in matcher.match(case):
            assert match.reasons, match.cohort
            parts = [r.phrase for r in match.reasons] + list(match.approved_alternatives)
            for reason in match.reasons:
                data = json.loads(json.dumps(reason.to_dict()))
                assert data["code"] == reason.phrase.code
                assert data["text"] == render(reason.phrase, "en")
                assert data["outcome"] in (None, *(t.value for t in Truth))
            for part in parts:
                for found in phrases_in(part):
                    assert found.code in PHRASES
                    seen.add(found.code)
            assert match.reason_in("nb") != match.reason  # the words differ, not the facts
        for explained in matcher.explain(case):
            for criterion in explained.criteria:
                seen.update(p.code for p in phrases_in(criterion.clause))
                seen.update(p.code for p in phrases_in(criterion.detail))
                assert render(criterion.detail, "nb")
        for untested in matcher.not_tested(case):
            seen.update(p.code for b in untested.because for p in phrases_in(b))
    assert {"reason.meets", "status.on-label", "near.present", "label.title"} <= seen
    assert {"tumour.within", "tumour.any", "tumour.any-except"} & seen
    assert to_data(phrase("note.tmb", value=2.5)) == {
        "code": "note.tmb",
        "parameters": {"value": 2.5},
    }
