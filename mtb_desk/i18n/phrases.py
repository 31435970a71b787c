"""Sentences as data: a `Phrase` is a message code with parameters, rendered in the reader's
language in one place (`render`), from the texts in `phrasebook.PHRASES`.

The matching engine builds its reasons ("BRAF V600E meets 'BRAF V600E'", "cohort open, 3
places left") as phrases, so the decision PDF renders them in the document's language, the
GUI in its own, the CLI in ``MTB_DESK_LANGUAGE``, and ``--json`` keeps the structure
(`to_data`). Parameters are plain values shown as they are (gene names, OncoTree codes,
protein changes), numbers (shown with the locale's decimal sign), `Term`s (a domain value
in words, `i18n.terms`), nested phrases, or a `Listing` of any of those.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Union

from mtb_desk.i18n import translator

Value = Union[str, int, float, "Phrase", "Term", "Listing"]  # noqa: UP007 - forward refs
ListStyle = Literal["and", "or", "comma", "semicolon", "slash"]


@dataclass(frozen=True, slots=True)
class Term:
    """A domain value shown in words: `group` is a group of `i18n.terms.TERMS`."""

    group: str
    value: str

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True, slots=True)
class Listing:
    """Items joined as the language joins them ("A, B and C"; "A; B")."""

    items: tuple[Value, ...]
    style: ListStyle = "comma"

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One sentence or part of one: `code` is a key of `PHRASES`; `params` its values."""

    code: str
    params: tuple[tuple[str, Value], ...] = ()

    def get(self, name: str) -> Value | None:
        return next((v for k, v in self.params if k == name), None)

    def render(self, lang: str = "en") -> str:
        return render(self, lang)

    def __str__(self) -> str:
        """The English text (logs, tests); readers get `render(phrase, lang)`."""
        return render(self)


def phrase(code: str, /, **params: Value | None) -> Phrase:
    """`Phrase(code, params)`; parameters given as None are left out."""
    return Phrase(code, tuple((k, v) for k, v in params.items() if v is not None))


def render(value: Value, lang: str = "en") -> str:
    """`value` in `lang`: the one place a phrase becomes text."""
    if isinstance(value, Phrase):
        return _render_phrase(value, lang)
    if isinstance(value, Term):
        from mtb_desk.i18n.terms import term

        return term(value.group, value.value, lang)
    if isinstance(value, Listing):
        return _join([render(item, lang) for item in value.items], value.style, lang)
    if isinstance(value, float):
        return number(value, lang)
    return str(value)


def _render_phrase(value: Phrase, lang: str) -> str:
    from mtb_desk.i18n.phrasebook import PHRASES, Plural

    entry = PHRASES[value.code]
    params = {name: render(item, lang) for name, item in value.params}
    catalog = translator(lang)
    if isinstance(entry, Plural):
        count = value.get(entry.by)
        template = catalog.ngettext(entry.singular, entry.plural, int(count or 0))  # type: ignore[arg-type]
    else:
        template = catalog.gettext(entry)
    return template.format(**params)


def number(value: float, lang: str) -> str:
    """As Python's ``:g`` (no needless zeros), with the locale's decimal sign: 3.5 / 3,5."""
    from mtb_desk.i18n.formats import format_number

    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    digits = len(f"{value:g}".partition(".")[2])
    return format_number(value, lang, digits=max(digits, 1))


def _join(items: list[str], style: ListStyle, lang: str) -> str:
    if style in ("and", "or") and items:
        from babel.lists import format_list

        from mtb_desk.i18n.formats import babel_locale

        return format_list(items, style="standard" if style == "and" else "or",
                           locale=babel_locale(lang))  # fmt: skip
    separator = {"comma": ", ", "semicolon": "; ", "slash": "/"}.get(style, ", ")
    return separator.join(items)


def to_data(value: Value) -> Any:
    """The structure for JSON: a phrase as ``{"code", "parameters"}``, numbers as numbers."""
    if isinstance(value, Phrase):
        return {"code": value.code, "parameters": {k: to_data(v) for k, v in value.params}}
    if isinstance(value, Term):
        return {"term": value.group, "value": value.value}
    if isinstance(value, Listing):
        return [to_data(item) for item in value.items]
    return value


def params_of(value: Phrase) -> Mapping[str, Value]:
    return dict(value.params)
