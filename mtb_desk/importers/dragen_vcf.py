"""Reading the small VCFs DRAGEN TSO500 writes per caller: header lines and records as text.

These files are a few hundred records, so a plain line reader is enough; every record is
checked for its column count, and every number names its line and field when it is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.base import choose_sample
from mtb_desk.importers.text import read_text

BUILDS = (("GRCh38", re.compile(r"(?i)grch38|hg38")), ("GRCh37", re.compile(r"(?i)grch37|hg19")))


@dataclass(frozen=True, slots=True)
class Record:
    line: int
    chrom: str
    pos: int
    ref: str
    alt: str
    filter: str
    info: dict[str, str]
    sample: dict[str, str]

    def info_float(self, path: Path, key: str) -> float | None:
        return norm.parse_float(self.info.get(key), path, self.line, f"INFO/{key}")

    def format_float(self, path: Path, key: str) -> float | None:
        return norm.parse_float(self.sample.get(key), path, self.line, f"FORMAT/{key}")


@dataclass(frozen=True, slots=True)
class SmallVcf:
    header: list[str]
    samples: tuple[str, ...]
    sample: str | None
    records: list[Record]
    genome_build: str | None


def read_vcf(path: Path, requested: str | None) -> SmallVcf:
    lines = read_text(path).splitlines()
    header = [line for line in lines if line.startswith("##")]
    columns_at = next((i for i, line in enumerate(lines) if line.startswith("#CHROM")), None)
    if columns_at is None:
        raise ImportFileError(str(path), phrase("import.no-chrom-line"), field="#CHROM")
    columns = lines[columns_at].split("\t")
    samples = tuple(columns[9:])
    sample = choose_sample(path, samples, requested) if samples else None
    index = None if sample is None else 9 + samples.index(sample)
    records = [
        _record(path, number, line, len(columns), index)
        for number, line in enumerate(lines[columns_at + 1 :], start=columns_at + 2)
        if line.strip()
    ]
    return SmallVcf(header, samples, sample, records, _build(header))


def _record(path: Path, number: int, line: str, width: int, index: int | None) -> Record:
    cells = line.split("\t")
    if len(cells) != width:
        raise ImportFileError(
            str(path),
            phrase("import.record-columns", columns=len(cells), header=width),
            line=number,
        )
    pos = norm.parse_int(cells[1], path, number, "POS")
    if pos is None:
        raise ImportFileError(str(path), phrase("import.no-position"), line=number, field="POS")
    info = {}
    for item in cells[7].split(";"):
        key, _, value = item.partition("=")
        if key and key != ".":
            info[key] = value
    sample = {}
    if index is not None:
        sample = dict(zip(cells[8].split(":"), cells[index].split(":"), strict=False))
    return Record(number, cells[0], pos, cells[3], cells[4], cells[6], info, sample)


def _build(header: list[str]) -> str | None:
    for line in header:
        if line.startswith(("##reference", "##contig=<ID=chr1,", "##contig=<ID=1,")):
            for name, pattern in BUILDS:
                if pattern.search(line):
                    return name
            if "length=249250621" in line:
                return "GRCh37"
            if "length=248956422" in line:
                return "GRCh38"
    return None
