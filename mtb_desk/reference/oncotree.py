"""OncoTree tumour types as a plain tree: subtree tests and retired-code resolution.

An official release is the nested JSON that cBioPortal publishes (root ``TISSUE`` with
``children`` keyed by code). Retired codes come from three node fields: ``history`` (earlier
codes of the same type), ``revocations`` (codes withdrawn in favour of this one) and
``precursors`` (codes that were split or merged into this one). A retired code that maps to
several current codes resolves to their nearest common ancestor, with a note saying so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mtb_desk.errors import ValidationError

ROOT_CODE = "TISSUE"
BUILTIN_FILENAME = "oncotree_builtin.yaml"


@dataclass(frozen=True, slots=True)
class TumourType:
    code: str
    name: str
    main_type: str | None
    parent: str | None  # None only for the root
    tissue: str | None = None
    level: int = 0
    ncit: tuple[str, ...] = ()  # NCI Thesaurus codes the release maps this type to


@dataclass(frozen=True, slots=True)
class ResolvedCode:
    """A code as the tree understands it: `code` is current; `note` says what was mapped."""

    code: str | None  # None when the code is unknown
    original: str
    note: str | None = None

    @property
    def known(self) -> bool:
        return self.code is not None


@dataclass(frozen=True)
class TumourTypeTree:
    """Codes → types, parents and retired-code history. Build with `from_types`."""

    version: str
    types: Mapping[str, TumourType]
    retired: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_types(
        cls,
        version: str,
        types: Iterable[TumourType],
        retired: Mapping[str, Iterable[str]] | None = None,
    ) -> TumourTypeTree:
        by_code = {t.code: t for t in types}
        _check_parents(by_code)
        old = {k: tuple(sorted(set(v))) for k, v in (retired or {}).items() if k not in by_code}
        tree = cls(version=version, types=by_code, retired=old)
        for code in by_code:
            tree._ancestors[code] = frozenset(_chain(by_code, code))
        return tree

    def __contains__(self, code: object) -> bool:
        return code in self.types

    def __len__(self) -> int:
        return len(self.types)

    def get(self, code: str) -> TumourType | None:
        return self.types.get(code)

    def ancestors(self, code: str) -> frozenset[str]:
        """The code itself and every ancestor up to the root (empty when unknown)."""
        return self._ancestors.get(code, frozenset())

    def covers(self, rule_code: str, diagnosis_code: str) -> bool:
        """True when `diagnosis_code` is in the subtree of `rule_code` (retired codes resolved)."""
        rule = self.resolve(rule_code).code
        diagnosis = self.resolve(diagnosis_code).code
        if rule is None or diagnosis is None:
            return False
        return rule in self._ancestors[diagnosis]

    def resolve(self, code: str) -> ResolvedCode:
        text = code.strip()
        if text in self.types:
            return ResolvedCode(text, code)
        upper = text.upper()
        if upper in self.types:
            return ResolvedCode(upper, code)
        targets = self.retired.get(text) or self.retired.get(upper)
        if not targets:
            return ResolvedCode(None, code, f"{code} is not an OncoTree code in {self.version}")
        if len(targets) == 1:
            new = targets[0]
            note = f"{code} was retired; OncoTree {self.version} uses {new}"
            return ResolvedCode(new, code, note)
        common = self._common_ancestor(targets)
        return ResolvedCode(
            common,
            code,
            f"{code} was retired and split into {', '.join(targets)}; "
            f"using their common parent {common}",
        )

    def _common_ancestor(self, codes: Iterable[str]) -> str:
        chains = [_chain(self.types, c) for c in codes]
        shared = set(chains[0]).intersection(*chains[1:])
        return next(c for c in chains[0] if c in shared)

    def describe(self, code: str) -> str:
        """`LUAD (Lung Adenocarcinoma)`, or the bare code when unknown."""
        found = self.types.get(code)
        return f"{code} ({found.name})" if found else code


def _chain(types: Mapping[str, TumourType], code: str) -> list[str]:
    chain: list[str] = []
    current: str | None = code
    while current is not None and current not in chain:
        chain.append(current)
        current = types[current].parent if current in types else None
    return chain


def _check_parents(types: Mapping[str, TumourType]) -> None:
    for item in types.values():
        if item.parent is not None and item.parent not in types:
            raise ValidationError(
                f"tumour type {item.code}: parent {item.parent} is not in the tree"
            )
    for code in types:
        if types[_chain(types, code)[-1]].parent is not None:
            raise ValidationError(f"tumour type {code}: its parents form a cycle")


def parse_oncotree_json(data: Mapping[str, Any], version: str) -> TumourTypeTree:
    """Build a tree from a parsed OncoTree release (the nested JSON format)."""
    root = data.get(ROOT_CODE) if ROOT_CODE in data else data
    if not isinstance(root, Mapping) or "code" not in root:
        raise ValidationError("not an OncoTree release: no root node 'TISSUE' with a 'code'")
    types: list[TumourType] = []
    retired: dict[str, set[str]] = {}
    stack: list[tuple[Mapping[str, Any], str | None]] = [(root, None)]
    while stack:
        node, parent = stack.pop()
        code = _text(node.get("code"), "code")
        types.append(
            TumourType(
                code=code,
                name=_text(node.get("name") or code, f"{code}.name"),
                main_type=node.get("mainType"),
                parent=parent,
                tissue=node.get("tissue"),
                level=int(node.get("level") or 0),
                ncit=_ncit_codes(node),
            )
        )
        for key in ("history", "revocations", "precursors"):
            for old in node.get(key) or ():
                retired.setdefault(str(old), set()).add(code)
        children = node.get("children") or {}
        if not isinstance(children, Mapping):
            raise ValidationError(f"OncoTree node {code}: 'children' is not an object")
        stack.extend((child, code) for child in children.values())
    return TumourTypeTree.from_types(version, types, retired)


def _ncit_codes(node: Mapping[str, Any]) -> tuple[str, ...]:
    """The node's NCI Thesaurus codes (``externalReferences.NCI``), e.g. ``("C3512",)``."""
    references = node.get("externalReferences") or {}
    codes = references.get("NCI") if isinstance(references, Mapping) else None
    return tuple(str(c).strip() for c in codes or () if str(c).strip())


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"OncoTree node field {where} must be non-empty text")
    return value.strip()


def version_from_filename(path: Path) -> str:
    """`oncotree_2025_10_03.json` → `oncotree_2025_10_03`."""
    return path.stem


def load_oncotree_file(path: Path, version: str | None = None) -> TumourTypeTree:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"{path.name}: cannot read an OncoTree JSON release: {exc}") from exc
    if not isinstance(data, Mapping):
        raise ValidationError(f"{path.name}: an OncoTree release is a JSON object")
    try:
        return parse_oncotree_json(data, version or version_from_filename(path))
    except ValidationError as exc:
        raise ValidationError(f"{path.name}: {exc}") from exc


def parse_builtin(data: Mapping[str, Any]) -> TumourTypeTree:
    """Our own compact YAML: ``version`` and ``types: [{code, name, main_type, parent}]``."""
    items = data.get("types")
    if not isinstance(items, list):
        raise ValidationError("built-in tumour types: 'types' must be a list")
    types = [
        TumourType(
            code=_text(item.get("code"), f"types[{i}].code"),
            name=_text(item.get("name"), f"types[{i}].name"),
            main_type=item.get("main_type"),
            parent=item.get("parent"),
        )
        for i, item in enumerate(items)
    ]
    retired = {str(k): [str(v)] for k, v in (data.get("retired") or {}).items()}
    return TumourTypeTree.from_types(str(data.get("version", "builtin")), types, retired)


def builtin_tree() -> TumourTypeTree:
    """The small built-in set of common tumour types shipped in ``assets/``."""

    from mtb_desk.parse_cache import cached_asset

    return cached_asset("builtin-tree", BUILTIN_FILENAME, parse_builtin)


def tree_to_rows(tree: TumourTypeTree) -> list[dict[str, Any]]:
    """Plain rows for storage: one per type, plus the retired codes for the history table."""
    return [
        {
            "code": t.code,
            "name": t.name,
            "main_type": t.main_type,
            "parent": t.parent,
            "tissue": t.tissue,
            "level": t.level,
            "ncit": list(t.ncit),
        }
        for t in tree.types.values()
    ]
