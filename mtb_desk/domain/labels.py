"""One alteration label for every face: the case view, presentation mode, decision PDF,
minutes and the XLSX decisions table all call `alteration_label`.

Shapes: gene and protein change (``BRAF V600E``); a fusion as 5′::3′ (``EML4::ALK``); a copy
number change with its call and value (``CDKN2A deletion (CN 0)``, ``ERBB2 amplification
(CN 12.5)``); a splice event as its exon event (``MET exon 14 skipping``); biomarkers with
their value (``TMB 12.3 mut/Mb``, ``MSI-high``). Words are in English or bokmål (`lang`).
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from mtb_desk.i18n import N_, translator
from mtb_desk.i18n.terms import term

if TYPE_CHECKING:
    from mtb_desk.domain.records import FindingView

_WORDS = {
    "fusion": N_("fusion, partner not reported"),
    "splice": N_("splice variant"),
    "cnv": N_("copy number change"),
}
_MSI = {"msi-high": N_("MSI-high"), "mss": N_("MSS"), "indeterminate": N_("MSI indeterminate")}


def _word(key: str, lang: str) -> str:
    return translator(lang).gettext(key)


def _value(item: str | Enum | None) -> str:
    if item is None:
        return ""
    return str(item.value) if isinstance(item, Enum) else str(item)


def _number(value: float, lang: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return text.replace(".", ",") if lang == "nb" else text


def alteration_label(
    kind: str | Enum,
    gene: str | None,
    *,
    change: str | None = None,
    partner: str | None = None,
    copy_number: float | None = None,
    call: str | Enum | None = None,
    value: float | None = None,
    lang: str = "en",
) -> str:
    """The one label of a finding (see the module text); `change` is the protein change,
    the splice event or a biomarker's description; `value` a biomarker's measurement."""
    kind_value, gene = _value(kind), (gene or "").strip()
    if kind_value == "fusion":
        return (
            f"{gene}::{partner}" if partner else f"{gene} {_word(_WORDS['fusion'], lang)}".strip()
        )
    if kind_value == "cnv":
        call_word = term("cnv_call", _value(call) or None, lang)
        parts = [gene, call_word or _word(_WORDS["cnv"], lang)]
        if copy_number is not None:
            parts.append(f"(CN {_number(copy_number, lang)})")
        return " ".join(p for p in parts if p)
    if kind_value == "splice":
        return " ".join(p for p in (gene, change or _word(_WORDS["splice"], lang)) if p)
    if kind_value == "tmb":
        return "TMB" + (f" {_number(value, lang)} mut/Mb" if value is not None else "")
    if kind_value == "msi":
        status = (change or "").split(":")[-1].strip().lower()  # "MSI status: mss" too
        return _word(_MSI[status], lang) if status in _MSI else (change or "MSI")
    return " ".join(p for p in (gene, change or "") if p) or kind_value.upper()


def finding_label(finding: FindingView, lang: str = "en") -> str:
    """`alteration_label` of a stored finding."""
    kind = _value(finding.kind)
    if kind in ("splice", "msi", "tmb"):
        change = finding.description or finding.protein_original or finding.protein
    else:
        change = finding.protein or finding.protein_original or finding.hgvs_c
    return alteration_label(
        finding.kind,
        finding.gene,
        change=change,
        partner=finding.partner_gene,
        copy_number=finding.copy_number,
        call=finding.cnv_call,
        value=finding.value,
        lang=lang,
    )
