"""Read and validate the approved-indications file (``assets/approved_indications.yaml``).

Every problem is collected with its path (``labels[4] (olaparib-ovarian).tumour_types[1]:
XYZ is not an OncoTree code``); nothing is used until the whole file is valid. Tumour-type
codes are checked against a tree only when one is given (the built-in tree is a small subset
of OncoTree, so the shipped file is checked against a full release by the tests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mtb_desk.catalogue.loader import AUTHORITIES, CatalogueError, _Checker
from mtb_desk.errors import ValidationError
from mtb_desk.matching.labels import Label, LabelConditions
from mtb_desk.reference.oncotree import TumourTypeTree
from mtb_desk.resources import parse_yaml

LABELS_FILENAME = "approved_indications.yaml"
_TOP = frozenset({"version", "title", "labels"})
_LABEL = frozenset({
    "id", "drugs", "indication", "alteration", "tumour_types", "exclude", "words_cover",
    "conditions", "authority", "date", "source", "unconfirmed",
})  # fmt: skip
_CONDITIONS = frozenset({"germline", "confirm", "min_age", "max_age", "line"})
_COVER = frozenset({"main_type", "except"})


@dataclass(frozen=True, slots=True)
class WordsCover:
    """A main type the label's words name; `except_codes` are branches deliberately left out."""

    main_type: str
    except_codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LabelSet:
    version: str
    labels: tuple[Label, ...]
    title: str = ""
    covers: Mapping[str, tuple[WordsCover, ...]] | None = None  # by label id

    def for_authority(self, authority: str) -> tuple[Label, ...]:
        return tuple(label for label in self.labels if label.authority == authority)


def parse_labels(
    data: object, *, source: str = LABELS_FILENAME, tree: TumourTypeTree | None = None
) -> LabelSet:
    """Validate a parsed file; raises `CatalogueError` listing every problem."""
    check = _Checker(tree)
    top = check.mapping(data, "approved indications", _TOP)
    version = check.text(top, "version", "approved indications")
    labels, covers = [], {}
    for index, item in enumerate(check.items(top, "labels")):
        label, cover = _label(check, item, index)
        labels.append(label)
        covers[label.id] = cover
    seen: set[str] = set()
    for index, label in enumerate(labels):
        if label.id in seen:
            check.fail(f"labels[{index}].id", f"{label.id} appears twice")
        seen.add(label.id)
    if check.problems:
        raise CatalogueError(source, check.problems)
    return LabelSet(version, tuple(labels), str(top.get("title") or ""), covers)


def _label(check: _Checker, data: object, index: int) -> tuple[Label, tuple[WordsCover, ...]]:
    path = f"labels[{index}]"
    item = check.mapping(data, path, _LABEL)
    ident = check.text(item, "id", path)
    path = f"{path} ({ident})" if ident else path
    drugs = tuple(d.lower() for d in check.texts(item, "drugs", path))
    if not drugs:
        check.fail(f"{path}.drugs", "must name at least one drug")
    alteration = (
        check.rule(item["alteration"], f"{path}.alteration") if "alteration" in item else None
    )
    types = check.codes(item, "tumour_types", path)
    if not types:
        check.fail(f"{path}.tumour_types", "must name at least one tumour type")
    authority = check.text(item, "authority", path)
    if authority and authority not in AUTHORITIES:
        check.fail(f"{path}.authority", f"must be one of {', '.join(sorted(AUTHORITIES))}")
    date = check.text(item, "date", path)
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        check.fail(f"{path}.date", f"{date!r} is not a date like 2020-06-02 (quote it)")
    label = Label(
        id=ident, drugs=drugs, tumour_types=types, alteration=alteration, authority=authority,
        date=date, indication=check.text(item, "indication", path),
        conditions=_conditions(check, item.get("conditions", {}), f"{path}.conditions"),
        source=check.text(item, "source", path, required=False),
        unconfirmed=check.text(item, "unconfirmed", path, required=False),
        exclude=check.codes(item, "exclude", path),
    )  # fmt: skip
    return label, _covers(check, item.get("words_cover", []), f"{path}.words_cover")


def _conditions(check: _Checker, data: object, path: str) -> LabelConditions:
    item = check.mapping(data, path, _CONDITIONS)
    ages: dict[str, float | None] = {}
    for key in ("min_age", "max_age"):
        value = item.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            check.fail(f"{path}.{key}", "must be a number of years")
            value = None
        ages[key] = value
    germline = item.get("germline", False)
    if not isinstance(germline, bool):
        check.fail(f"{path}.germline", "must be true or false")
    return LabelConditions(
        germline=bool(germline), confirm=check.text(item, "confirm", path, required=False),
        min_age=ages["min_age"], max_age=ages["max_age"],
        line=check.text(item, "line", path, required=False),
    )  # fmt: skip


def _covers(check: _Checker, data: object, path: str) -> tuple[WordsCover, ...]:
    if not isinstance(data, list):
        check.fail(path, "must be a list of {main_type: …, except: […]}")
        return ()
    found = []
    for index, entry in enumerate(data):
        item = check.mapping(entry, f"{path}[{index}]", _COVER)
        found.append(
            WordsCover(
                check.text(item, "main_type", f"{path}[{index}]"),
                check.codes(item, "except", f"{path}[{index}]"),
            )
        )
    return tuple(found)


def load_labels(path: Path, tree: TumourTypeTree | None = None) -> LabelSet:
    """Read and validate an approved-indications file."""
    import yaml

    try:
        data: Any = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: cannot read the file: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ValidationError(f"{path.name}: not valid YAML: {exc}".replace("\n", " ")) from exc
    return parse_labels(data, source=path.name, tree=tree)


_BUILTIN: list[LabelSet] = []


def builtin_labels() -> LabelSet:
    """The approved indications shipped in ``assets/`` (parsed once, kept between runs)."""
    if not _BUILTIN:
        from mtb_desk.parse_cache import cached_asset

        _BUILTIN.append(cached_asset("builtin-labels", LABELS_FILENAME, parse_labels))
    return _BUILTIN[0]
