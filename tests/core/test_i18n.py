"""The core's gettext catalogs: complete for bokmål, compiled without fuzzy entries, and the
locale-aware numbers and dates the documents use."""

from __future__ import annotations

import datetime as dt
import gettext
import io
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from mtb_desk.i18n import LANGS, catalog_path, compile_catalog, translator
from mtb_desk.i18n.formats import format_date, format_datetime, format_number, format_percent
from mtb_desk.i18n.terms import TERMS, term, term_list

PROJECT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w*)\}")
Key = tuple[str | None, str]


def source_messages() -> dict[Key, str | tuple[str, ...]]:
    """Every message marked in mtb_desk's source, extracted as `scripts/i18n update` does."""
    with (PROJECT / "babel.cfg").open(encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    found: dict[Key, str | tuple[str, ...]] = {}
    for _file, _line, message, _comments, context in extract_from_dir(
        str(PROJECT / "mtb_desk"), method_map, options_map
    ):
        singular = message if isinstance(message, str) else message[0]
        found[(context, singular)] = message
    return found


def catalog(lang: str) -> dict[Key, object]:
    with catalog_path(lang).open("rb") as source:
        return {
            (m.context, m.id if isinstance(m.id, str) else m.id[0]): m
            for m in read_po(source)
            if m.id
        }


def test_the_source_marks_messages() -> None:
    assert len(source_messages()) > 100


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_message_is_in_the_catalog_and_none_is_fuzzy(lang: str) -> None:
    entries = catalog(lang)
    missing = sorted(str(k) for k in source_messages() if k not in entries)
    assert not missing, f"run scripts/i18n update; missing from {lang}: {missing[:5]}"
    fuzzy = sorted(str(k) for k, m in entries.items() if m.fuzzy)  # type: ignore[attr-defined]
    assert not fuzzy, f"fuzzy in {lang}: {fuzzy[:5]}"


def test_every_bokmal_entry_is_translated_with_the_same_placeholders() -> None:
    for key, message in catalog("nb").items():
        ids = [message.id] if isinstance(message.id, str) else list(message.id)  # type: ignore[attr-defined]
        strings = message.string  # type: ignore[attr-defined]
        strings = [strings] if isinstance(strings, str) else list(strings)
        assert all(s.strip() for s in strings), f"untranslated: {key}"
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == wanted, f"placeholders differ: {key}"


def test_no_obsolete_entries_linger() -> None:
    marked = source_messages()
    for lang in LANGS:
        stale = sorted(str(k) for k in catalog(lang) if k not in marked)
        assert not stale, f"run scripts/i18n update; no longer in the source ({lang}): {stale}"


def test_a_fuzzy_entry_is_left_out_when_compiled(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"\n\n'
        '#, fuzzy\nmsgid "Drug"\nmsgstr "Legemiddel"\n\nmsgid "Gene"\nmsgstr "Gen"\n',
        encoding="utf-8",
    )
    compiled = gettext.GNUTranslations(io.BytesIO(compile_catalog(po)))
    assert compiled.gettext("Gene") == "Gen"
    assert compiled.gettext("Drug") == "Drug"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        translator("de")


def test_one_english_word_takes_two_translations_by_context() -> None:
    assert term("role", "chair", "nb") == "Leder"
    assert translator("nb").gettext("Chair") == "Møteleder"
    assert term("outcome", "impress-cohort", "nb") == "Aktuell for IMPRESS-kohort"
    assert term("outcome", "something-new", "nb") == "something-new"
    assert term("outcome", None, "nb") == ""


def test_every_term_is_translated_into_bokmal() -> None:
    for group, values in TERMS.items():
        for value, english in values.items():
            words = term(group, value, "nb")
            assert words, (group, value)
            same = {"snv", "mnv", "tmb", "msi", "vus", "benign", "indel", "skipping"}
            if english.lower() not in same:  # codes, and words bokmål borrows as they are
                assert words != english or english == "Administrator", (group, value)


def test_alternatives_are_joined_in_the_language() -> None:
    assert term_list("role", ["chair", "clinician"], "en") == "Chair or Clinician"
    assert term_list("role", ["chair", "clinician"], "nb") == "Leder eller Kliniker"
    assert term_list(None, ["a"], "nb") == "a"


def test_plural_forms_follow_the_count() -> None:
    nb = translator("nb")
    assert nb.ngettext("{n} prior line", "{n} prior lines", 1) == "{n} tidligere behandlingslinje"
    assert nb.ngettext("{n} prior line", "{n} prior lines", 3).endswith("linjer")


@pytest.mark.parametrize(
    ("value", "digits", "en", "nb"),
    [
        (2.44, 1, "2.4", "2,4"),
        (11.85, 2, "11.85", "11,85"),
        (1234.5, 1, "1234.5", "1234,5"),
        (-0.25, 1, "-0.2", "-0,2"),
        (7, 0, "7", "7"),
    ],
)
def test_numbers_by_locale(value: float, digits: int, en: str, nb: str) -> None:
    assert format_number(value, "en", digits) == en
    assert format_number(value, "nb", digits) == nb


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.integers(0, 3))
def test_bokmal_numbers_differ_from_english_only_in_the_decimal_sign(
    value: float, digits: int
) -> None:
    assert format_number(value, "nb", digits) == format_number(value, "en", digits).replace(
        ".", ","
    )


def test_dates_and_percentages_by_locale() -> None:
    day = dt.date(2025, 3, 4)
    assert format_date(day, "en") == "4 March 2025"
    assert format_date(day, "nb") == "04.03.2025"
    stamp = dt.datetime(2025, 3, 4, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert format_datetime(stamp, "nb") == "04.03.2025 14:05 UTC+01:00"
    assert format_percent(0.253, "en", 1) == "25.3%"
    assert format_percent(0.253, "nb", 1) == "25,3\xa0%"
