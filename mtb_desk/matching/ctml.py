"""Read MatchMiner CTML trial files and map their match trees onto the rule language.

Both MatchEngine v1 YAML and matchengine-V2 JSON/YAML shapes are read: `match` may sit on the
trial, a step, an arm or a dose level. What maps becomes a rule and tumour types; everything
that does not (age, gender, HER2 status, signatures, "low amplification"…) is listed in the
arm's `unmapped` notes, never dropped silently. A ``!`` prefix on a value negates it.
YAML is read with integers only for plain decimal numbers, so ids like ``00001`` stay text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mtb_desk.errors import ValidationError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.matching.ctml_genomic import genomic_rule
from mtb_desk.matching.engine import Availability, CohortSpec, TumourTypes
from mtb_desk.matching.rules import AllOf, AnyOf, NotRule, Rule, TmbLeaf
from mtb_desk.reference.oncotree import TumourTypeTree

_TMB = re.compile(r"^\s*(>=|<=|==|>|<)\s*(\d+(?:\.\d+)?)\s*$")
SOLID = "_SOLID_"
LIQUID = "_LIQUID_"
_LIQUID_CODES = ("LYMPH", "MYELOID")


@dataclass(frozen=True, slots=True)
class CtmlArm:
    protocol_no: str
    code: str
    description: str
    suspended: bool
    rule: Rule | None
    tumour_types: TumourTypes
    unmapped: tuple[str, ...]
    drugs: tuple[str, ...] = ()

    @property
    def cohort_code(self) -> str:
        return f"{self.protocol_no} / {self.code}"


@dataclass(frozen=True, slots=True)
class CtmlTrial:
    protocol_no: str
    nct_id: str | None
    title: str
    status: str
    arms: tuple[CtmlArm, ...]
    notes: tuple[str, ...] = ()

    @property
    def open(self) -> bool:
        return not self.status or self.status.lower() == "open to accrual"

    def cohort_specs(self) -> tuple[CohortSpec, ...]:
        """Arms with a genomic rule, as cohorts for `Matcher` (source "ctml")."""
        specs = []
        for arm in self.arms:
            if arm.rule is None:
                continue
            closed = arm.suspended or not self.open
            why = phrase("cohort.arm-suspended") if arm.suspended else \
                phrase("cohort.trial-status", status=self.status)  # fmt: skip
            specs.append(
                CohortSpec(
                    code=arm.cohort_code,
                    name=arm.description or arm.code,
                    drugs=arm.drugs,
                    rule=arm.rule,
                    tumour_types=arm.tumour_types,
                    availability=Availability(closed=True, reason=why)
                    if closed
                    else Availability(),
                    source="ctml",
                    notes=arm.unmapped,
                )
            )
        return tuple(specs)


@dataclass
class _Context:
    tree: TumourTypeTree | None
    notes: list[str] = field(default_factory=list)
    include_groups: list[tuple[str, ...]] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)


def _yaml_loader() -> Any:
    import yaml

    class CtmlLoader(yaml.SafeLoader):
        pass

    CtmlLoader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:int"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    decimal = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
    CtmlLoader.add_implicit_resolver("tag:yaml.org,2002:int", decimal, list("-+0123456789"))
    return CtmlLoader


def load_ctml_file(path: Path, tree: TumourTypeTree | None = None) -> CtmlTrial:
    """Read one CTML file (YAML or JSON, chosen by content)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: cannot read the trial file: {exc}") from exc
    try:
        if text.lstrip().startswith("{"):
            data = json.loads(text)
        else:
            import yaml

            data = yaml.load(text, Loader=_yaml_loader())  # noqa: S506 - a SafeLoader subclass
    except ValueError as exc:
        raise ValidationError(f"{path.name}: not valid JSON or YAML: {exc}") from exc
    except Exception as exc:  # yaml.YAMLError without importing yaml at module level
        raise ValidationError(f"{path.name}: not valid YAML: {exc}".replace("\n", " ")) from exc
    try:
        return parse_ctml(data, tree, default_protocol=path.stem)
    except ValidationError as exc:
        raise ValidationError(f"{path.name}: {exc}") from exc


def parse_ctml(
    data: object, tree: TumourTypeTree | None = None, *, default_protocol: str | None = None
) -> CtmlTrial:
    """Map one parsed trial; `default_protocol` names a trial that has no protocol_no."""
    if not isinstance(data, Mapping) or "treatment_list" not in data:
        raise ValidationError("not a CTML trial: no treatment_list")
    notes = []
    protocol = str(data.get("protocol_no") or "").strip()
    if not protocol:
        if not default_protocol:
            raise ValidationError("not a CTML trial: no protocol_no")
        protocol = default_protocol
        notes.append(f"the trial has no protocol_no; {protocol} (the file name) is used")
    steps = (data.get("treatment_list") or {}).get("step") or []
    if not isinstance(steps, list):
        raise ValidationError("treatment_list.step must be a list")
    trial_match = data.get("match")
    drugs = tuple(
        str(d.get("drug_name")) for d in ((data.get("drug_list") or {}).get("drug") or [])
        if isinstance(d, Mapping) and d.get("drug_name")
    )  # fmt: skip
    arms: list[CtmlArm] = []
    for s, step in enumerate(steps):
        arms.extend(_step_arms(protocol, step, s, trial_match, drugs, tree))
    if not arms:
        notes.append("the trial has no arms")
    return CtmlTrial(
        protocol_no=protocol,
        nct_id=str(data["nct_id"]) if data.get("nct_id") else None,
        title=str(data.get("short_title") or data.get("long_title") or ""),
        status=str(data.get("status") or ""),
        arms=tuple(arms),
        notes=tuple(notes),
    )


def _step_arms(
    protocol: str, step: Mapping[str, Any], index: int, trial_match: object,
    drugs: tuple[str, ...], tree: TumourTypeTree | None,
) -> list[CtmlArm]:  # fmt: skip
    raw_arms = step.get("arm") or []
    if not raw_arms and step.get("match"):
        raw_arms = [{"arm_code": f"step {step.get('step_code', index + 1)}"}]
    arms = []
    for a, arm in enumerate(raw_arms):
        where = f"step[{index}].arm[{a}]"
        found = [("match", trial_match), (f"step[{index}].match", step.get("match")),
                 (f"{where}.match", arm.get("match"))]  # fmt: skip
        matches = [(path, m) for path, m in found if m]
        levels = [lv.get("match") for lv in arm.get("dose_level") or [] if lv.get("match")]
        context = _Context(tree)
        if len(levels) == 1:
            matches.append((f"{where}.dose_level[0].match", levels[0]))
        elif levels:
            alternatives = [{"and": level} for level in levels]
            matches.append((f"{where}.dose_levels", [{"or": alternatives}]))
            context.notes.append("the dose levels' criteria are combined with 'or'")
        parts = [_translate(m, path, context, True) for path, m in matches]
        rule = _all([p for p in parts if p is not None])
        if rule is None:
            context.notes.append("no genomic criterion: the arm is listed but never matched")
        arms.append(
            CtmlArm(
                protocol_no=protocol,
                code=str(arm.get("arm_code") or "?"),
                description=str(arm.get("arm_description") or ""),
                suspended=str(arm.get("arm_suspended", "N")).upper().startswith("Y"),
                rule=rule,
                tumour_types=_tumour_types(context),
                unmapped=tuple(dict.fromkeys(context.notes)),
                drugs=drugs,
            )
        )
    return arms


def _all(parts: Sequence[Rule]) -> Rule | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def _translate(node: object, path: str, context: _Context, in_and: bool) -> Rule | None:
    if isinstance(node, list):
        items = [_translate(v, f"{path}[{i}]", context, in_and) for i, v in enumerate(node)]
        return _all([p for p in items if p is not None])
    if not isinstance(node, Mapping):
        context.notes.append(f"{path}: {node!r} is not a match node")
        return None
    parts: list[Rule] = []
    for key, value in node.items():
        where = f"{path}.{key}"
        if key == "and":
            items = [_translate(v, f"{where}[{i}]", context, in_and) for i, v in enumerate(value)]
            parts.extend(p for p in items if p is not None)
        elif key == "or":
            rule = _translate_or(value, where, context, in_and)
            if rule is not None:
                parts.append(rule)
        elif key == "genomic":
            rule = genomic_rule(value, where, context.notes)
            if rule is not None:
                parts.append(rule)
        elif key == "clinical":
            rule = _clinical(value, where, context, in_and)
            if rule is not None:
                parts.append(rule)
        else:
            context.notes.append(f"{where}: '{key}' is not a CTML match node; not applied")
    return _all(parts)


def _translate_or(value: list[Any], path: str, context: _Context, in_and: bool) -> Rule | None:
    diagnoses_only = all(
        isinstance(v, Mapping) and set(v) == {"clinical"} and "oncotree_primary_diagnosis"
        in v["clinical"] for v in value
    )  # fmt: skip
    if diagnoses_only and in_and:
        names = [v["clinical"]["oncotree_primary_diagnosis"] for v in value]
        for i, v in enumerate(value):
            _clinical_notes(v["clinical"], f"{path}[{i}].clinical", context)
        _diagnoses(names, path, context)
        return None
    items = [_translate(v, f"{path}[{i}]", context, False) for i, v in enumerate(value)]
    kept = [p for p in items if p is not None]
    if len(kept) < len(items):
        context.notes.append(f"{path}: only the mapped alternatives of this 'or' are used")
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else AnyOf(tuple(kept))


def _clinical(value: Mapping[str, Any], path: str, context: _Context, in_and: bool) -> Rule | None:
    diagnosis = value.get("oncotree_primary_diagnosis")
    if diagnosis is not None:
        if in_and:
            _diagnoses([diagnosis], path, context)
        else:
            context.notes.append(
                f"{path}: diagnosis {diagnosis!r} inside an 'or' with other criteria; not applied"
            )
    _clinical_notes(value, path, context)
    tmb = value.get("tmb_numerical")
    return None if tmb is None else _tmb(str(tmb), f"{path}.tmb_numerical", context)


def _clinical_notes(value: Mapping[str, Any], path: str, context: _Context) -> None:
    for key, item in value.items():
        if key not in ("oncotree_primary_diagnosis", "tmb_numerical"):
            context.notes.append(f"{path}: clinical {key} {item!r} not mapped; check by hand")


def _tmb(text: str, path: str, context: _Context) -> Rule | None:
    found = _TMB.match(text)
    if found is None or found.group(1) == "==":
        context.notes.append(f"{path}: TMB {text!r} not mapped")
        return None
    op, number = found.group(1), float(found.group(2))
    if op in (">=", ">"):
        return TmbLeaf(number, inclusive=op == ">=")
    return NotRule(TmbLeaf(number, inclusive=op == "<"))


def _diagnoses(names: Sequence[object], path: str, context: _Context) -> None:
    include: list[str] = []
    exclude: list[str] = []
    for name in names:
        text = str(name).strip()
        negated = text.startswith("!")
        text = text.lstrip("!").strip()
        codes = _codes_for(text, context.tree)
        if codes is None:
            context.notes.append(f"{path}: diagnosis {text!r} is not an OncoTree name; not applied")
        elif negated:
            context.exclude.extend(codes[0])
        else:
            include.extend(codes[0])
            exclude.extend(codes[1])
    # `_SOLID_` excludes blood cancers, unless the same alternatives also name one
    context.exclude.extend(e for e in exclude if not _covers_any(context.tree, e, include))
    if include:
        context.include_groups.append(tuple(dict.fromkeys(include)))


def _covers_any(tree: TumourTypeTree | None, code: str, others: Sequence[str]) -> bool:
    if tree is None:
        return code in others
    return any(tree.covers(code, other) for other in others)


def _codes_for(name: str, tree: TumourTypeTree | None) -> tuple[list[str], list[str]] | None:
    """(codes to include, codes to exclude) for a CTML diagnosis name."""
    if name == SOLID:
        return ["TISSUE"], list(_LIQUID_CODES)
    if name == LIQUID:
        return list(_LIQUID_CODES), []
    if tree is None:
        return None
    if tree.resolve(name).code is not None and name.upper() == name:
        return [tree.resolve(name).code or name], []
    wanted = name.lower()
    for code, item in tree.types.items():
        if item.name.lower() == wanted:
            return [code], []
    return None


def _tumour_types(context: _Context) -> TumourTypes:
    groups = context.include_groups
    if not groups:
        return TumourTypes((), tuple(dict.fromkeys(context.exclude)))
    include = list(groups[0])
    tree = context.tree
    for group in groups[1:]:
        if tree is None:
            include = [c for c in include if c in group]
            continue
        previous = include
        include = [
            c
            for c in previous + list(group)
            if any(tree.covers(o, c) for o in group) and any(tree.covers(o, c) for o in previous)
        ]
    if not include:
        context.notes.append("the arm's diagnosis criteria exclude each other")
        include = ["__none__"]
    return TumourTypes(tuple(dict.fromkeys(include)), tuple(dict.fromkeys(context.exclude)))
