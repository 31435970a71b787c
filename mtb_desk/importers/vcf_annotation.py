"""VEP `CSQ`, snpEff `ANN` and old snpEff `EFF` annotations → gene, HGVS, consequence, exon.

For each ALT allele the entry for that allele is chosen (VEP writes indel alleles without the
shared first base, `-` when empty); among several transcripts the VEP `PICK`/`CANONICAL` one wins,
otherwise the first (both tools sort by severity). EFF entries are ranked by impact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mtb_desk.domain.protein import decode_hgvs

_FORMAT = re.compile(r"Format:\s*([^\"]+)")
_EFF = re.compile(r"^([^(]+)\((.*)\)$")
IMPACT_RANK = {"HIGH": 0, "MODERATE": 1, "LOW": 2, "MODIFIER": 3}


@dataclass(frozen=True, slots=True)
class Annotation:
    gene: str | None = None
    consequence: str | None = None
    hgvs_c: str | None = None
    protein: str | None = None
    transcript: str | None = None
    exon: str | None = None


def vep_allele(ref: str, alt: str, alts: Sequence[str]) -> str:
    """The allele string VEP writes: the common first base of all alleles removed for indels."""
    alleles = [ref, *alts]
    if len({len(a) for a in alleles}) > 1 and len({a[:1] for a in alleles}) == 1:
        return alt[1:] or "-"
    return alt


class AnnotationParser:
    """Built once from the header's CSQ field list; `annotate` is called per allele."""

    def __init__(self, csq_fields: Sequence[str] | None) -> None:
        self.csq_fields = [f.strip() for f in csq_fields] if csq_fields else None

    @classmethod
    def from_description(cls, description: str | None) -> AnnotationParser:
        match = _FORMAT.search(description or "")
        return cls(match.group(1).strip().split("|") if match else None)

    def annotate(
        self,
        info: Callable[[str], str | None],
        ref: str,
        alt: str,
        number: int,
        alts: Sequence[str],
    ) -> Annotation | None:
        csq = info("CSQ")
        if csq and self.csq_fields:
            return self._vep(csq, vep_allele(ref, alt, alts), number)
        ann = info("ANN")
        if ann:
            return _snpeff(ann, alt)
        eff = info("EFF")
        return _eff(eff, number) if eff else None

    def _vep(self, text: str, allele: str, number: int) -> Annotation | None:
        assert self.csq_fields is not None
        entries = [dict(zip(self.csq_fields, e.split("|"), strict=False)) for e in text.split(",")]
        if "Allele" in self.csq_fields:
            entries = [e for e in entries if e.get("Allele") == allele] or entries
        elif "ALLELE_NUM" in self.csq_fields:
            entries = [e for e in entries if e.get("ALLELE_NUM") == str(number)] or entries
        if not entries:
            return None
        best = next((e for e in entries if e.get("PICK") == "1"), None) or next(
            (e for e in entries if e.get("CANONICAL") == "YES"), entries[0]
        )
        transcript, hgvs_c = _split(best.get("HGVSc"))
        protein = best.get("HGVSp") or _amino_acids(best)
        return Annotation(
            gene=best.get("SYMBOL") or None,
            consequence=best.get("Consequence") or None,
            hgvs_c=hgvs_c,
            protein=protein or None,
            transcript=best.get("Feature") or transcript,
            exon=best.get("EXON") or None,
        )


def _amino_acids(entry: dict[str, str]) -> str | None:
    """`Amino_acids` `V/E` with `Protein_position` 600 → `V600E` (when HGVSp is absent)."""
    acids, position = entry.get("Amino_acids", ""), entry.get("Protein_position", "")
    if "/" in acids and position.isdigit():
        before, after = acids.split("/", 1)
        if len(before) == 1 and len(after) == 1:
            return f"{before}{position}{after}"
    return None


def _split(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    text = decode_hgvs(text)  # VEP writes `=` as %3D
    if ":" in text:
        transcript, _, change = text.partition(":")
        return transcript or None, change or None
    return None, text


def _snpeff(text: str, alt: str) -> Annotation | None:
    entries = [e.split("|") for e in text.split(",")]
    entries = [e for e in entries if e[0] == alt] or entries
    best = entries[0]
    if len(best) < 11:
        return None
    return Annotation(
        gene=best[3] or None,
        consequence=best[1] or None,
        hgvs_c=decode_hgvs(best[9]) or None,
        protein=best[10] or None,
        transcript=best[6] or None,
        exon=best[8] or None,
    )


def _eff(text: str, number: int) -> Annotation | None:
    """`EFFECT(IMPACT|CLASS|CODON|AA|AA_LEN|GENE|BIOTYPE|CODING|TRANSCRIPT|EXON|GT_NUM)`."""
    parsed = []
    for entry in text.split(","):
        match = _EFF.match(entry.strip())
        if match is None:
            continue
        fields = match.group(2).split("|")
        if len(fields) < 10:
            continue
        if len(fields) > 10 and fields[10] not in ("", str(number)):
            continue
        parsed.append((IMPACT_RANK.get(fields[0], 4), match.group(1), fields))
    if not parsed:
        return None
    _, effect, fields = min(parsed, key=lambda item: item[0])
    aa, _, cdot = fields[3].partition("/")
    return Annotation(
        gene=fields[5] or None,
        consequence=effect.lower(),
        hgvs_c=cdot or None,
        protein=aa or None,
        transcript=fields[8] or None,
        exon=fields[9] or None,
    )
