"""Read and validate a catalogue YAML completely before anything uses it.

Every problem is collected (not only the first) and reported with the file, the cohort or drug,
and the rule path: ``catalogue.yaml: cohorts[3] (ALK-FUSION).rule.any[1].fusion.partner: must
be a gene symbol such as BRAF``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mtb_desk.catalogue.model import Catalogue, Cohort, Drug, Indication, SupplyAgreement
from mtb_desk.errors import ValidationError
from mtb_desk.matching.engine import TumourTypes
from mtb_desk.matching.rule_syntax import parse_rule
from mtb_desk.matching.rules import RuleError
from mtb_desk.matching.two_stage import StageDesign
from mtb_desk.reference.oncotree import TumourTypeTree
from mtb_desk.resources import parse_yaml

CATALOGUE_FILENAME = "catalogue.yaml"
AUTHORITIES = frozenset({"EMA", "FDA"})
_STAGE_KEYS = ("stage1_size", "stage1_min_benefit", "total_size", "total_min_benefit")


class CatalogueError(ValidationError):
    """All problems found in one catalogue; `problems` lists them one per line."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = "; ".join(problems[:5]) + (
            f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        )
        super().__init__(
            f"{source}: {len(problems)} problem{'s' if len(problems) > 1 else ''}: {shown}"
        )


class _Checker:
    def __init__(self, tree: TumourTypeTree | None) -> None:
        self.tree = tree
        self.problems: list[str] = []
        self.warnings: list[str] = []

    def fail(self, path: str, problem: str) -> None:
        self.problems.append(f"{path}: {problem}")

    def text(self, data: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{path}.{key}", "must be text" + (" (quote numbers)" if value else ""))
            return ""
        return value.strip()

    def texts(self, data: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.fail(f"{path}.{key}", "must be a list of text")
            return ()
        return tuple(v.strip() for v in value)

    def rule(self, data: object, path: str) -> Any:
        try:
            return parse_rule(data, path)
        except RuleError as exc:
            self.problems.append(str(exc))
            return None

    def codes(self, data: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        codes = self.texts(data, key, path)
        for i, code in enumerate(codes):
            if self.tree is None:
                continue
            resolved = self.tree.resolve(code)
            if resolved.code is None:
                self.fail(
                    f"{path}.{key}[{i}]", f"{code} is not an OncoTree code ({self.tree.version})"
                )
            elif resolved.note:
                self.warnings.append(f"{path}.{key}[{i}]: {resolved.note}")
        return codes

    def mapping(self, data: object, path: str, allowed: frozenset[str]) -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            self.fail(path, "must be a mapping")
            return {}
        for key in sorted(set(data) - allowed):
            self.fail(f"{path}.{key}", f"unknown key; use {', '.join(sorted(allowed))}")
        return data

    def items(self, data: Mapping[str, Any], key: str, *, required: bool = True) -> list[Any]:
        value = data.get(key, None if required else [])
        if not isinstance(value, list) or (required and not value):
            self.fail(key, "must be a non-empty list" if required else "must be a list")
            return []
        return value


_TOP = frozenset({"version", "title", "label_authority", "drugs", "cohorts", "supply_agreements"})
_DRUG = frozenset({"inn", "brand", "company", "targets", "on_label", "note"})
_INDICATION = frozenset({"alteration", "tumour_types", "authorities", "note"})
_COHORT = frozenset(
    {"code", "name", "drugs", "rule", "tumour_types", "stages", "suspended", "note"}
)
_AGREEMENT = frozenset({"name", "company", "drugs", "max_patients", "note"})


def parse_catalogue(
    data: object, *, source: str = CATALOGUE_FILENAME, tree: TumourTypeTree | None = None
) -> Catalogue:
    """Validate a parsed catalogue; raises `CatalogueError` listing every problem."""
    check = _Checker(tree)
    top = check.mapping(data, "catalogue", _TOP)
    version = check.text(top, "version", "catalogue")
    authority = check.text(top, "label_authority", "catalogue", required=False) or "EMA"
    if authority not in AUTHORITIES:
        check.fail("catalogue.label_authority", f"must be one of {', '.join(sorted(AUTHORITIES))}")
    drugs = tuple(_drug(check, item, i) for i, item in enumerate(check.items(top, "drugs")))
    inns = [d.inn for d in drugs]
    _unique(check, inns, "drugs", "inn")
    cohorts = tuple(
        _cohort(check, item, i, set(inns)) for i, item in enumerate(check.items(top, "cohorts"))
    )
    _unique(check, [c.code for c in cohorts], "cohorts", "code")
    agreements = tuple(
        _agreement(check, item, i, drugs)
        for i, item in enumerate(check.items(top, "supply_agreements", required=False))
    )
    if check.problems:
        raise CatalogueError(source, check.problems)
    return Catalogue(
        version=version,
        drugs=drugs,
        cohorts=cohorts,
        supply_agreements=agreements,
        label_authority=authority,
        title=str(top.get("title") or ""),
        warnings=tuple(check.warnings),
    )


def _unique(check: _Checker, values: list[str], section: str, key: str) -> None:
    seen: set[str] = set()
    for i, value in enumerate(values):
        if value and value in seen:
            check.fail(f"{section}[{i}].{key}", f"{value} appears twice")
        seen.add(value)


def _drug(check: _Checker, data: object, index: int) -> Drug:
    path = f"drugs[{index}]"
    item = check.mapping(data, path, _DRUG)
    inn = check.text(item, "inn", path).lower()
    path = f"{path} ({inn})" if inn else path
    indications = []
    on_label = item.get("on_label", [])
    if not isinstance(on_label, list):
        check.fail(f"{path}.on_label", "must be a list")
        on_label = []
    for j, entry in enumerate(on_label):
        where = f"{path}.on_label[{j}]"
        use = check.mapping(entry, where, _INDICATION)
        alteration = (
            check.rule(use["alteration"], f"{where}.alteration") if "alteration" in use else None
        )
        types = check.codes(use, "tumour_types", where)
        if not types:
            check.fail(f"{where}.tumour_types", "must name at least one tumour type")
        authorities = check.texts(use, "authorities", where)
        for k, name in enumerate(authorities):
            if name not in AUTHORITIES:
                check.fail(
                    f"{where}.authorities[{k}]", f"must be one of {', '.join(sorted(AUTHORITIES))}"
                )
        indications.append(Indication(types, alteration, authorities, str(use.get("note") or "")))
    return Drug(
        inn=inn,
        brand=check.text(item, "brand", path, required=False) or None,
        company=check.text(item, "company", path, required=False) or None,
        targets=check.texts(item, "targets", path),
        on_label=tuple(indications),
    )


def _cohort(check: _Checker, data: object, index: int, inns: set[str]) -> Cohort:
    path = f"cohorts[{index}]"
    item = check.mapping(data, path, _COHORT)
    code = check.text(item, "code", path)
    path = f"{path} ({code})" if code else path
    drugs = tuple(d.lower() for d in check.texts(item, "drugs", path))
    if not drugs:
        check.fail(f"{path}.drugs", "must name at least one drug")
    for i, inn in enumerate(drugs):
        if inn not in inns:
            check.fail(f"{path}.drugs[{i}]", f"{inn} is not in the catalogue's drugs")
    types = check.mapping(item.get("tumour_types", {}), f"{path}.tumour_types",
                          frozenset({"include", "exclude"}))  # fmt: skip
    rule = check.rule(item.get("rule"), f"{path}.rule")
    suspended = item.get("suspended", False)
    if not isinstance(suspended, bool):
        check.fail(f"{path}.suspended", "must be true or false")
    return Cohort(
        code=code,
        name=check.text(item, "name", path),
        drugs=drugs,
        rule=rule,
        tumour_types=TumourTypes(
            check.codes(types, "include", f"{path}.tumour_types"),
            check.codes(types, "exclude", f"{path}.tumour_types"),
        ),
        design=_design(check, item.get("stages", {}), f"{path}.stages"),
        suspended=bool(suspended),
    )


def _design(check: _Checker, data: object, path: str) -> StageDesign:
    item = check.mapping(data, path, frozenset(_STAGE_KEYS))
    values = {}
    for key in _STAGE_KEYS:
        if key in item:
            value = item[key]
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                check.fail(f"{path}.{key}", "must be a whole number ≥ 0")
                continue
            values[key] = value
    design = StageDesign(**values)
    if design.stage1_size < 1 or design.total_size < design.stage1_size:
        check.fail(path, "needs stage1_size ≥ 1 and total_size ≥ stage1_size")
    return design


def _agreement(
    check: _Checker, data: object, index: int, drugs: tuple[Drug, ...]
) -> SupplyAgreement:
    path = f"supply_agreements[{index}]"
    item = check.mapping(data, path, _AGREEMENT)
    company = check.text(item, "company", path)
    inns = tuple(d.lower() for d in check.texts(item, "drugs", path))
    by_inn = {d.inn: d for d in drugs}
    for i, inn in enumerate(inns):
        if inn not in by_inn:
            check.fail(f"{path}.drugs[{i}]", f"{inn} is not in the catalogue's drugs")
        elif by_inn[inn].company and by_inn[inn].company != company:
            check.warnings.append(f"{path}.drugs[{i}]: {inn} is supplied by {by_inn[inn].company}")
    limit = item.get("max_patients")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        check.fail(f"{path}.max_patients", "must be a whole number ≥ 1")
        limit = 0
    return SupplyAgreement(company, inns, limit, str(item.get("name") or ""))


def load_catalogue(path: Path, tree: TumourTypeTree | None = None) -> Catalogue:
    """Read and validate a catalogue file (the tree checks tumour-type codes when given)."""
    import yaml

    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: cannot read the catalogue: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ValidationError(f"{path.name}: not valid YAML: {exc}".replace("\n", " ")) from exc
    return parse_catalogue(data, source=path.name, tree=tree)


def builtin_catalogue(tree: TumourTypeTree | None = None) -> Catalogue:
    """The starter catalogue shipped in ``assets/``."""
    from mtb_desk.resources import assets_dir

    return load_catalogue(assets_dir() / CATALOGUE_FILENAME, tree)
