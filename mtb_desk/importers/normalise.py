"""Normalising values the same way in every importer: genes, numbers, kinds, exons."""

from __future__ import annotations

import math
import re
from pathlib import Path

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.domain.protein import decode_hgvs, normalise_protein
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase

MISSING = frozenset({"", ".", "NA", "N/A", "NAN", "NONE", "NULL", "-", "[NOT AVAILABLE]"})
_GENE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-_@]{0,29}$")
_CLONE = re.compile(r"^(?:A[CLP]\d{6}\.\d+|LINC\d+|LOC\d+|RP\d+-.*)$")
_EXON = re.compile(r"^\s*(\d+(?:\s*-\s*\d+)?)(?:\s*/\s*\d+)?\s*$")
_DNA = re.compile(r"^[ACGTN]+$")


def is_missing(value: str | None) -> bool:
    return value is None or value.strip().upper() in MISSING


def gene_symbol(raw: str | None, path: Path, line: int | None, field: str) -> str | None:
    """An HGNC-shaped symbol as written (never upper-cased: `C11orf30` is a symbol,
    `C11ORF30` is not), None when empty; anything else is an error. Previous symbols and
    aliases are mapped later, through `importers.gene_names`."""
    if is_missing(raw):
        return None
    assert raw is not None
    symbol = raw.strip()
    if not _GENE.match(symbol):
        raise ImportFileError(
            str(path), phrase("import.not-gene", value=raw.strip()), line=line, field=field
        )
    return symbol


def is_clone_name(symbol: str) -> bool:
    """Clone-based or locus names (AC016683.6, LINC00473) rather than gene symbols."""
    return _CLONE.match(symbol) is not None


def parse_float(raw: str | None, path: Path, line: int | None, field: str) -> float | None:
    if is_missing(raw):
        return None
    assert raw is not None
    text = (
        raw.strip().rstrip("%").replace(",", ".")
        if raw.count(",") == 1 and "." not in raw
        else raw.strip().rstrip("%")
    )
    try:
        value = float(text)
    except ValueError:
        raise ImportFileError(
            str(path), phrase("import.not-number", value=raw.strip()), line=line, field=field
        ) from None
    if not math.isfinite(value):
        raise ImportFileError(
            str(path), phrase("import.not-finite", value=raw.strip()), line=line, field=field
        )
    return value


def parse_int(raw: str | None, path: Path, line: int | None, field: str) -> int | None:
    value = parse_float(raw, path, line, field)
    if value is None:
        return None
    if value != int(value) or value < 0:
        raise ImportFileError(
            str(path), phrase("import.not-count", value=str(raw)), line=line, field=field
        )
    return int(value)


def parse_vaf(raw: str | None, path: Path, line: int | None, field: str) -> float | None:
    """Allele fraction 0..1; a value written as a percentage (with % or > 1) is divided by 100."""
    value = parse_float(raw, path, line, field)
    if value is None:
        return None
    assert raw is not None
    if raw.strip().endswith("%") or 1.0 < value <= 100.0:
        value /= 100.0
    if not 0.0 <= value <= 1.0:
        raise ImportFileError(
            str(path), phrase("import.vaf-range", value=str(raw)), line=line, field=field
        )
    return value


def parse_fraction(raw: str | None, path: Path, line: int | None, field: str) -> float | None:
    """A fraction that must already be within 0..1 (FoundationOne, VCF): never rescaled."""
    value = parse_float(raw, path, line, field)
    if value is not None and not 0.0 <= value <= 1.0:
        raise ImportFileError(
            str(path), phrase("import.vaf-range", value=str(raw)), line=line, field=field
        )
    return value


def small_variant_kind(ref: str | None, alt: str | None) -> FindingKind:
    """snv (1:1), mnv (n:n, n > 1), otherwise indel; unknown alleles count as snv."""
    if not ref or not alt or ref == "-" and alt == "-":
        return FindingKind.SNV
    ref_len = 0 if ref == "-" else len(ref)
    alt_len = 0 if alt == "-" else len(alt)
    if ref_len == alt_len:
        return FindingKind.SNV if ref_len == 1 else FindingKind.MNV
    return FindingKind.INDEL


def check_allele(raw: str | None, path: Path, line: int | None, field: str) -> str | None:
    if is_missing(raw) and raw != "-":
        return None
    assert raw is not None
    allele = raw.strip().upper()
    if allele != "-" and not _DNA.match(allele):
        raise ImportFileError(
            str(path), phrase("import.not-allele", value=str(raw)), line=line, field=field
        )
    return allele


def exon_number(raw: str | None) -> str | None:
    """`19/28` → `19`, `2-7/28` → `2-7`, `exon 14` → `14`; other text is kept as it is."""
    if is_missing(raw):
        return None
    assert raw is not None
    text = re.sub(r"(?i)^\s*exons?\s*", "", raw.strip())
    match = _EXON.match(text)
    return match.group(1).replace(" ", "") if match else raw.strip()


def protein(raw: str | None) -> tuple[str | None, str | None]:
    """(canonical, original) for a protein change; (None, None) when empty."""
    if is_missing(raw):
        return None, None
    assert raw is not None
    return normalise_protein(raw), raw.strip()


def split_hgvs(raw: str | None) -> tuple[str | None, str | None]:
    """`NM_004958.3:c.2997C>T` → (`NM_004958.3`, `c.2997C>T`)."""
    if is_missing(raw):
        return None, None
    assert raw is not None
    text = decode_hgvs(raw.strip())
    if ":" in text:
        transcript, _, change = text.partition(":")
        return transcript or None, change or None
    return None, text


def chromosome(raw: str | None) -> str | None:
    return None if is_missing(raw) else raw.strip()  # type: ignore[union-attr]


CNV_WORDS: dict[str, CnvCall | None] = {
    "2": CnvCall.AMPLIFICATION, "1": CnvCall.GAIN, "0": None, "-1": CnvCall.LOSS,
    "-2": CnvCall.DELETION, "AMPLIFICATION": CnvCall.AMPLIFICATION, "AMP": CnvCall.AMPLIFICATION,
    "GAIN": CnvCall.GAIN, "LOSS": CnvCall.LOSS, "DELETION": CnvCall.DELETION,
    "HOMDEL": CnvCall.DELETION, "HOMOZYGOUS DELETION": CnvCall.DELETION,
    "HETLOSS": CnvCall.LOSS, "HLAMP": CnvCall.AMPLIFICATION, "NEUTRAL": None, "DIPLOID": None,
}  # fmt: skip


def cnv_call(raw: str, path: Path, line: int | None, field: str) -> CnvCall | None:
    """GISTIC-style -2..2 or a word. cBioPortal reads -1.5 as a homozygous deletion (as -2);
    other decimals are rounded toward zero (0.5 → neutral, 1.5 → gain)."""
    text = raw.strip().upper()
    if text in CNV_WORDS:
        return CNV_WORDS[text]
    value = parse_float(raw, path, line, field)
    if value is None:
        return None
    if not -2.0 <= value <= 2.0:
        raise ImportFileError(
            str(path), phrase("import.cna-range", value=str(raw)), line=line, field=field
        )
    if value <= -1.5:
        return CnvCall.DELETION
    return CNV_WORDS[str(int(value))]
