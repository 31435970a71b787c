"""Turning one VCF record into findings: the rules both VCF readers share.

A record is seen through a `RecordView`: strings for CHROM/POS/REF/ALT/FILTER, `info(key)` giving
the raw INFO text (None if absent, "" for a flag) and `fmt(key)` giving the chosen sample's
values for a FORMAT key as a list of strings. The cyvcf2 reader and the fast columnar reader's
fallback both build findings through `record_findings`, so they agree by construction; the
columnar reader applies the same rules to whole columns and is tested against this module.

Rules:
- every ALT allele is its own finding (multi-allelic records split); with several ALTs and a
  called genotype, only alleles in the sample's genotype are kept; `*`, `<*…>` and `.` are skipped;
- VAF: FORMAT AF (per allele) → FA → AD (alt / sum of AD) → FREQ (percent) → Strelka tier-1
  counts → INFO TVAF; depth: FORMAT DP → sum of AD → INFO TDP → INFO DP; VAF rounded to 6 places;
- `<DEL>`/`<DUP>` become copy-number findings: loss/gain as the caller says, refined by CN
  (DEL with CN 0 → deletion, DUP with CN ≥ 6 → amplification); `<CNV>` follows CN alone;
  other symbolic alleles and breakends are skipped and counted in a warning;
- gene, HGVS, consequence and exon come from VEP `CSQ`, snpEff `ANN` or old `EFF`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.domain.records import ImportedFinding
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.vcf_annotation import Annotation, AnnotationParser

AMPLIFICATION_CN = 6.0
STRELKA_TIERS = ("AU", "CU", "GU", "TU")


class RecordView(Protocol):
    @property
    def line(self) -> int: ...
    @property
    def chrom(self) -> str: ...
    @property
    def pos(self) -> str: ...
    @property
    def ref(self) -> str: ...
    @property
    def alts(self) -> Sequence[str]: ...
    @property
    def filter(self) -> str: ...

    def info(self, key: str) -> str | None: ...

    def fmt(self, key: str) -> list[str] | None: ...


@dataclass(slots=True)
class Skipped:
    symbolic: int = 0
    filtered: int = 0
    ambiguous: int = 0  # VarScan writes `A/T` for calls of unknown somatic status


def _float(raw: str | None, path: Path, line: int, field: str) -> float | None:
    if raw is None or raw in ("", "."):
        return None
    try:
        if raw != raw.strip():
            raise ValueError(raw)
        value = float(raw.rstrip("%"))
    except ValueError:
        raise ImportFileError(
            str(path), phrase("import.not-number", value=str(raw)), line=line, field=field
        ) from None
    if math.isinf(value):
        raise ImportFileError(
            str(path), phrase("import.not-finite", value=str(raw)), line=line, field=field
        )
    return None if math.isnan(value) else value


def _f32(value: float | None) -> float | None:
    """VCF Float values are 32-bit (as htslib stores them): both readers round through it."""
    return None if value is None else float(np.float32(value))


def _pick(values: list[str] | None, index: int) -> str | None:
    if values is None or index >= len(values):
        return None
    return values[index]


def vaf_depth(rec: RecordView, allele: int, path: Path) -> tuple[float | None, int | None]:
    """(VAF 0..1, depth) for ALT allele number `allele` (1-based) of the chosen sample."""
    line = rec.line
    ad = [(_float(v, path, line, "FORMAT/AD")) for v in (rec.fmt("AD") or [])]
    ad_known = [v for v in ad if v is not None]
    vaf = _f32(_float(_pick(rec.fmt("AF"), allele - 1), path, line, "FORMAT/AF"))
    if vaf is None:
        vaf = _f32(_float(_pick(rec.fmt("FA"), allele - 1), path, line, "FORMAT/FA"))
    if vaf is None and len(ad) > allele and ad[allele] is not None and sum(ad_known) > 0:
        vaf = ad[allele] / sum(ad_known)  # type: ignore[operator]
    if vaf is None:
        freq = _float(_pick(rec.fmt("FREQ"), 0), path, line, "FORMAT/FREQ")
        vaf = None if freq is None else freq / 100.0
    if vaf is None:
        vaf = _strelka_vaf(rec, allele, path)
    if vaf is None:
        vaf = _f32(
            _float(
                _pick((rec.info("TVAF") or "").split(","), allele - 1) or None,
                path,
                line,
                "INFO/TVAF",
            )
        )
    depth = _float(_pick(rec.fmt("DP"), 0), path, line, "FORMAT/DP")
    if depth is None and ad_known and len(ad) > 1:
        depth = sum(ad_known)
    for key in ("TDP", "DP"):
        if depth is None:
            depth = _float((rec.info(key) or "").split(",")[0] or None, path, line, f"INFO/{key}")
    if vaf is not None and not -1e-9 <= vaf <= 1.0 + 1e-9:
        raise ImportFileError(
            str(path), phrase("import.vaf-range", value=str(vaf)), line=line, field="AF"
        )
    return (None if vaf is None else round(vaf, 6)), (None if depth is None else int(depth))


def _strelka_vaf(rec: RecordView, allele: int, path: Path) -> float | None:
    if rec.fmt("TU") is None:
        return None
    counts: dict[str, float] = {}
    for key in STRELKA_TIERS:
        tier1 = _float(_pick(rec.fmt(key), 0), path, rec.line, f"FORMAT/{key}")
        counts[key[0]] = tier1 or 0.0
    total = sum(counts.values())
    alt = rec.alts[allele - 1]
    if total <= 0 or alt not in counts:
        return None
    return counts[alt] / total


def genotype_alleles(rec: RecordView) -> set[int] | None:
    gt = _pick(rec.fmt("GT"), 0)
    if not gt:
        return None
    called = {int(a) for a in gt.replace("|", "/").split("/") if a.isdigit()}
    return called or None


def record_findings(
    rec: RecordView, path: Path, annotations: AnnotationParser, skipped: Skipped
) -> list[ImportedFinding]:
    position = norm.parse_int(rec.pos, path, rec.line, "POS")
    ref = rec.ref.upper()
    if not ref or not all(c in "ACGTN" for c in ref):
        raise ImportFileError(
            str(path),
            phrase("import.not-ref-allele", value=str(rec.ref)),
            line=rec.line,
            field="REF",
        )
    called = genotype_alleles(rec) if len(rec.alts) > 1 else None
    found = []
    for number, alt in enumerate(rec.alts, start=1):
        if (
            alt in (".", "*")
            or alt.startswith("<*")
            or (called is not None and number not in called)
        ):
            continue
        if "/" in alt:
            skipped.ambiguous += 1
            continue
        if not alt:
            raise ImportFileError(str(path), phrase("import.empty-alt"), line=rec.line, field="ALT")
        maker = _symbolic if alt.startswith("<") or "[" in alt or "]" in alt else _small
        finding = maker(rec, path, annotations, number, position, ref)
        if finding is None:
            skipped.symbolic += 1
        else:
            found.append(finding)
    return found


def _small(
    rec: RecordView,
    path: Path,
    annotations: AnnotationParser,
    number: int,
    position: int | None,
    ref: str,
) -> ImportedFinding | None:
    alt = rec.alts[number - 1].upper()
    if not all(c in "ACGTN" for c in alt):
        raise ImportFileError(
            str(path), phrase("import.not-alt-allele", value=str(alt)), line=rec.line, field="ALT"
        )
    annotation = annotations.annotate(rec.info, ref, alt, number, rec.alts)
    vaf, depth = vaf_depth(rec, number, path)
    return _finding(
        norm.small_variant_kind(ref, alt), rec, path, annotation, position, ref, alt, vaf, depth
    )


def _symbolic(
    rec: RecordView,
    path: Path,
    annotations: AnnotationParser,
    number: int,
    position: int | None,
    ref: str,
) -> ImportedFinding | None:
    alt = rec.alts[number - 1]
    if alt not in ("<DEL>", "<DUP>", "<CNV>") and not alt.startswith(("<DEL:", "<DUP:")):
        return None
    cn = _float(_pick(rec.fmt("CN"), 0), path, rec.line, "FORMAT/CN")
    if cn is None:
        cn = _float((rec.info("CN") or "").split(",")[0] or None, path, rec.line, "INFO/CN")
    call = _cnv_call(alt, cn)
    if call is None:
        return None
    annotation = annotations.annotate(rec.info, ref, alt, number, rec.alts)
    end = _float(rec.info("END"), path, rec.line, "INFO/END")
    base = _finding(FindingKind.CNV, rec, path, annotation, position, ref, alt, None, None)
    return _replace_cnv(
        base, call, cn, f"{alt} {rec.chrom}:{rec.pos}-{'?' if end is None else int(end)}"
    )


def _cnv_call(alt: str, cn: float | None) -> CnvCall | None:
    """The caller's direction (DEL = loss, DUP = gain); a copy number only refines it."""
    if alt.startswith("<DEL"):
        return CnvCall.DELETION if cn == 0 else CnvCall.LOSS
    if alt.startswith("<DUP"):
        return CnvCall.AMPLIFICATION if cn is not None and cn >= AMPLIFICATION_CN else CnvCall.GAIN
    if cn is None or cn == 2:
        return None
    if cn == 0:
        return CnvCall.DELETION
    if cn >= AMPLIFICATION_CN:
        return CnvCall.AMPLIFICATION
    return CnvCall.GAIN if cn > 2 else CnvCall.LOSS


def _replace_cnv(
    base: ImportedFinding, call: CnvCall, cn: float | None, text: str
) -> ImportedFinding:
    from dataclasses import replace

    return replace(base, cnv_call=call, copy_number=cn, description=text)


def _finding(
    kind: FindingKind,
    rec: RecordView,
    path: Path,
    annotation: Annotation | None,
    position: int | None,
    ref: str,
    alt: str,
    vaf: float | None,
    depth: int | None,
) -> ImportedFinding:
    a = annotation or Annotation()
    canonical, original = norm.protein(a.protein)
    return ImportedFinding(
        kind=kind,
        gene=norm.gene_symbol(a.gene, path, rec.line, "INFO/annotation gene"),
        protein=canonical,
        protein_original=original,
        hgvs_c=a.hgvs_c,
        transcript=a.transcript,
        chromosome=rec.chrom,
        position=position,
        ref=ref,
        alt=alt,
        consequence=a.consequence,
        exon=norm.exon_number(a.exon),
        vaf=vaf,
        depth=depth,
        filter=rec.filter,
        source_line=rec.line,
        origin=_origin(rec.info("GermlineStatus")),
    )


def _origin(status: str | None) -> str | None:
    """DRAGEN's INFO/GermlineStatus: `Germline_DB`/`Germline_Proxi` → germline, `Somatic`."""
    text = (status or "").lower()
    if text.startswith("germline"):
        return "germline"
    return "somatic" if text.startswith("somatic") else None


FindingsOf = Callable[[RecordView], list[ImportedFinding]]
