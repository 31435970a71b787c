"""Assay profiles (``assets/assay_coverage.yaml``) and the coverage of one report.

A report's coverage = its assay's profile, minus the kinds the report itself says it did not
assay (`ImportedReport.not_assayed`, e.g. ``{"fusions": "RNA Sample ID NA"}``), with gene
sets from the panels in force. Shapes: `not_assayed` maps an `Assayed` value to a reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from mtb_desk.domain.biomarkers import report_name
from mtb_desk.errors import ValidationError
from mtb_desk.i18n.phrases import Term, Value, phrase
from mtb_desk.matching.coverage import Assayed, Coverage

PROFILES_FILENAME = "assay_coverage.yaml"
PANEL = "panel"


@dataclass(frozen=True, slots=True)
class AssayProfile:
    """What an assay can see: kind → "panel", "all" or a gene list; why other kinds not."""

    code: str
    name: str
    kinds: Mapping[Assayed, str | frozenset[str]]
    missing: Mapping[Assayed, str]


def parse_profiles(data: object, source: str = PROFILES_FILENAME) -> dict[str, AssayProfile]:
    """Profiles by upper-cased assay code; raises `ValidationError` naming the path."""
    assays = data.get("assays") if isinstance(data, Mapping) else None
    if not isinstance(assays, Mapping):
        raise ValidationError(f"{source}: assays: must be a mapping of assay code to profile")
    return {str(code).upper(): _profile(str(code), item, source) for code, item in assays.items()}


def _kind(name: object, where: str) -> Assayed:
    try:
        return Assayed(str(name))
    except ValueError:
        allowed = ", ".join(k.value for k in Assayed)
        raise ValidationError(f"{where}: {name!r} is not a kind; use {allowed}") from None


def _profile(code: str, item: object, source: str) -> AssayProfile:
    where = f"{source}: assays.{code}"
    if not isinstance(item, Mapping):
        raise ValidationError(f"{where}: must be a mapping")
    kinds: dict[Assayed, str | frozenset[str]] = {}
    for name, genes in (item.get("kinds") or {}).items():
        kind = _kind(name, f"{where}.kinds")
        if isinstance(genes, list):
            kinds[kind] = frozenset(str(g).upper() for g in genes)
        elif genes in (PANEL, "all"):
            kinds[kind] = str(genes)
        else:
            raise ValidationError(f"{where}.kinds.{name}: use panel, all or a list of genes")
    missing = {
        _kind(name, f"{where}.missing"): str(text)
        for name, text in (item.get("missing") or {}).items()
    }
    return AssayProfile(code, str(item.get("name") or code), kinds, missing)


_PROFILES: list[dict[str, AssayProfile]] = []


def builtin_profiles() -> dict[str, AssayProfile]:
    """The shipped assay profiles (parsed once, kept between runs: `parse_cache`)."""
    if not _PROFILES:
        from mtb_desk.parse_cache import cached_asset

        _PROFILES.append(cached_asset("assay-profiles", PROFILES_FILENAME, parse_profiles))
    return _PROFILES[0]


def report_coverage(
    assay: str,
    not_assayed: Mapping[str, str],
    panels: Mapping[str, frozenset[str]],
    *,
    report_date: date | None = None,
    profiles: Mapping[str, AssayProfile] | None = None,
) -> Coverage | None:
    """The coverage of one report; None when its assay has no profile (all assumed seen)."""
    profile = (profiles if profiles is not None else builtin_profiles()).get(assay.upper())
    if profile is None:
        return None
    label = (
        report_name(profile.code, report_date) if report_date
        else phrase("report.assay", assay=profile.code)
    )  # fmt: skip
    kinds: dict[Assayed, frozenset[str] | None] = {}
    missing: dict[Assayed, Value] = {
        k: phrase("coverage.report", report=label, why=why) for k, why in profile.missing.items()
    }
    for kind, genes in profile.kinds.items():
        if kind.value in not_assayed:
            missing[kind] = phrase("coverage.report", report=label, why=not_assayed[kind.value])
        elif isinstance(genes, frozenset):
            kinds[kind] = genes
        else:
            kinds[kind] = panels.get(assay.upper()) if genes == PANEL else None
    for kind in Assayed:
        if kind not in kinds and kind not in missing:
            why = phrase("coverage.does-not-report", assay=profile.name,
                         kind=Term("assayed", kind.value))  # fmt: skip
            missing[kind] = phrase("coverage.report", report=label, why=why)
    return Coverage(kinds, missing)


def coverage_data(not_assayed: Mapping[str, str], profile: str) -> dict[str, Any]:
    """What the report row stores: the profile used and the kinds the report did not assay."""
    return {"profile": profile, "not_assayed": dict(not_assayed)}
