"""The fast VCF body reader: numpy over the raw text, whole columns at a time.

Newline and tab positions give every field's byte span; the fields a finding needs are gathered
into fixed-width byte arrays and converted in bulk (`astype`). Records the columnar rules do not
cover (several ALTs, symbolic alleles, CSQ/ANN/EFF annotation, FORMAT with FREQ or Strelka
tiers, long alleles, list values) go through `vcf_record` one line at a time, as does any line
with a wrong column count (which then fails with its line number). The result is a
`VariantColumns`: plain arrays for the bulk, findings for the rest, merged in file order by
`findings()`; services that store many rows can use `rows()` without building objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from mtb_desk.domain.enums import FindingKind
from mtb_desk.domain.records import ImportedFinding
from mtb_desk.errors import ImportFileError

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Bytes = npt.NDArray[Any]
MAX_WIDTH = 64


@dataclass(slots=True)
class VariantColumns:
    """Findings of one VCF as columns (`line` … `filter`) plus the records read one by one."""

    line: Ints
    chrom: Bytes
    pos: Ints
    ref: Bytes
    alt: Bytes
    vaf: Floats  # NaN when unknown
    depth: Ints  # -1 when unknown
    filter: Bytes
    other: list[ImportedFinding] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.line) + len(self.other)

    def rows(self) -> Iterator[dict[str, Any]]:
        """Plain dicts with ImportedFinding's field names, for bulk inserts (file order)."""
        for finding in self.findings():
            yield {name: getattr(finding, name) for name in ImportedFinding.__slots__}

    def findings(self) -> list[ImportedFinding]:
        kinds = _kinds(self.ref, self.alt)
        made = [
            ImportedFinding(
                kind,
                None,
                None,
                None,
                None,
                None,
                c.decode(),
                p,
                r.decode(),
                a.decode(),
                None,
                None,
                None if v != v else v,
                None if d < 0 else d,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                f.decode(),
                None,
                None,
                line,
            )
            for kind, c, p, r, a, v, d, f, line in zip(
                kinds,
                self.chrom.tolist(),
                self.pos.tolist(),
                self.ref.tolist(),
                self.alt.tolist(),
                self.vaf.tolist(),
                self.depth.tolist(),
                self.filter.tolist(),
                self.line.tolist(),
                strict=True,
            )
        ]
        if not self.other:
            return made
        return sorted(made + self.other, key=lambda f: f.source_line or 0)


def _kinds(ref: Bytes, alt: Bytes) -> list[FindingKind]:
    ref_len = np.char.str_len(ref) if len(ref) else np.zeros(0, dtype=np.int64)
    alt_len = np.char.str_len(alt) if len(alt) else np.zeros(0, dtype=np.int64)
    codes = np.where(ref_len != alt_len, 2, np.where(ref_len == 1, 0, 1))
    table = (FindingKind.SNV, FindingKind.MNV, FindingKind.INDEL)
    return [table[code] for code in codes.tolist()]


class Body:
    """Byte spans of the fields of every line of a VCF body."""

    def __init__(self, body: bytes, ntabs: int) -> None:
        self.buf = np.frombuffer(body, dtype=np.uint8)
        self.newlines = np.flatnonzero(self.buf == 10)
        self.starts = np.concatenate(([0], self.newlines[:-1] + 1)).astype(np.int64)
        self.tabs = np.flatnonzero(self.buf == 9)
        self.first_tab = np.searchsorted(self.tabs, self.starts)
        counts = np.searchsorted(self.tabs, self.newlines) - self.first_tab
        self.ok = (counts == ntabs) & (self.newlines > self.starts)
        self.blank = self.newlines == self.starts
        self.ntabs = ntabs

    def span(self, rows: Ints, k: int) -> tuple[Ints, Ints]:
        start = self.starts[rows] if k == 0 else self.tabs[self.first_tab[rows] + k - 1] + 1
        end = self.tabs[self.first_tab[rows] + k] if k < self.ntabs else self.newlines[rows]
        return start.astype(np.int64), end.astype(np.int64)

    def gather(self, start: Ints, end: Ints, width: int) -> Bytes:
        """Fixed-width byte strings for the spans (all shorter than `width`)."""
        if width == 0 or len(start) == 0:
            return np.zeros(len(start), dtype="S1")
        offsets = np.arange(width, dtype=np.int64)
        index = start[:, None] + offsets
        chars = self.buf[np.minimum(index, len(self.buf) - 1)]
        chars = np.where(offsets < (end - start)[:, None], chars, 0).astype(np.uint8)
        return np.ascontiguousarray(chars).view(f"S{width}").ravel()


def numbers(path: Path, text: Bytes, lines: Ints, name: str) -> Floats:
    values = np.where((text == b".") | (text == b""), b"nan", text)
    try:
        return values.astype(np.float64)
    except ValueError:
        for raw, line in zip(text.tolist(), lines.tolist(), strict=True):
            try:
                float(raw or b"nan") if raw != b"." else None
            except ValueError:
                raise ImportFileError(
                    str(path),
                    f"'{raw.decode(errors='replace')}' is not a number",
                    line=line,
                    field=name,
                ) from None
        raise
