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

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from mtb_desk.domain.enums import FindingKind
from mtb_desk.domain.records import ImportedFinding

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Bytes = npt.NDArray[Any]
Mask = npt.NDArray[np.bool_]
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

    @classmethod
    def concat(cls, parts: list[VariantColumns]) -> VariantColumns:
        """Chunks joined in order (an empty list gives empty columns)."""
        if not parts:
            empty_int = np.zeros(0, dtype=np.int64)
            empty_bytes = np.zeros(0, dtype="S1")
            return cls(
                empty_int, empty_bytes, empty_int, empty_bytes, empty_bytes,
                np.zeros(0), empty_int, empty_bytes,
            )  # fmt: skip
        if len(parts) == 1:
            return parts[0]

        def join(name: str) -> Any:
            return np.concatenate([getattr(p, name) for p in parts])

        return cls(
            join("line"), join("chrom"), join("pos"), join("ref"), join("alt"),
            join("vaf"), join("depth"), join("filter"),
            [finding for part in parts for finding in part.other],
        )  # fmt: skip

    def kind_codes(self) -> Ints:
        """0 snv, 1 mnv, 2 indel per columnar row (see `KIND_BY_CODE`)."""
        return _kind_codes(self.ref, self.alt)

    def kind_counts(self) -> dict[str, int]:
        """Findings per kind value (columns counted in numpy, the others one by one)."""
        counts: dict[str, int] = {}
        for code, count in enumerate(np.bincount(self.kind_codes(), minlength=3).tolist()):
            if count:
                counts[KIND_BY_CODE[code].value] = count
        for finding in self.other:
            counts[finding.kind.value] = counts.get(finding.kind.value, 0) + 1
        return counts

    def filtered_mask(self) -> Mask:
        """Columnar rows whose FILTER is not PASS, `.` or empty."""
        return ~np.isin(self.filter, PASSING)

    def filtered_count(self) -> int:
        return int(self.filtered_mask().sum()) + sum(1 for f in self.other if f.is_filtered)

    def column_lists(self) -> dict[str, list[Any]]:
        """The columnar rows as driver-ready lists keyed by finding column name (no objects
        per record beyond the values themselves)."""
        kinds = np.array([k.value for k in KIND_BY_CODE], dtype=object)[self.kind_codes()]
        vaf = self.vaf.astype(object)
        vaf[np.isnan(self.vaf)] = None
        depth = self.depth.astype(object)
        depth[self.depth < 0] = None
        return {
            "kind": kinds.tolist(),
            "is_filtered": self.filtered_mask().tolist(),
            "chromosome": self.chrom.astype("U").tolist(),
            "position": self.pos.tolist(),
            "ref": self.ref.astype("U").tolist(),
            "alt": self.alt.astype("U").tolist(),
            "vaf": vaf.tolist(),
            "depth": depth.tolist(),
            "filter": self.filter.astype("U").tolist(),
            "source_line": self.line.tolist(),
        }

    def rows(self) -> Iterator[dict[str, Any]]:
        """Plain dicts keyed by ImportedFinding's field names, in file order, built straight from
        the columns (no ImportedFinding objects): for bulk inserts of very large files."""
        empty = dict.fromkeys(ImportedFinding.__slots__) | {"equivocal": False}
        kinds = _kinds(self.ref, self.alt)
        columns = zip(
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
        fast = (
            empty
            | {
                "kind": kind,
                "chromosome": c.decode(),
                "position": p,
                "ref": r.decode(),
                "alt": a.decode(),
                "vaf": None if v != v else v,
                "depth": None if d < 0 else d,
                "filter": f.decode(),
                "source_line": line,
            }
            for kind, c, p, r, a, v, d, f, line in columns
        )
        other = ({name: getattr(f, name) for name in ImportedFinding.__slots__} for f in self.other)
        yield from heapq.merge(fast, other, key=lambda row: row["source_line"])

    def findings(self) -> list[ImportedFinding]:
        """ImportedFinding objects in file order (a few µs each: costly for millions)."""
        columns = zip(
            _kinds(self.ref, self.alt),
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
        made = [_finding(*values) for values in columns]
        if not self.other:
            return made
        return sorted(made + self.other, key=lambda f: f.source_line or 0)


def _finding(
    kind: FindingKind,
    chrom: bytes,
    pos: int,
    ref: bytes,
    alt: bytes,
    vaf: float,
    depth: int,
    filter_: bytes,
    line: int,
) -> ImportedFinding:
    return ImportedFinding(
        kind, None, None, None, None, None, chrom.decode(), pos, ref.decode(), alt.decode(),
        None, None, None if vaf != vaf else vaf, None if depth < 0 else depth, None, None, None,
        None, None, None, None, filter_.decode(), None, None, line,
    )  # fmt: skip


KIND_BY_CODE = (FindingKind.SNV, FindingKind.MNV, FindingKind.INDEL)
PASSING = np.array([b"PASS", b".", b""])


def _kind_codes(ref: Bytes, alt: Bytes) -> Ints:
    ref_len = np.char.str_len(ref) if len(ref) else np.zeros(0, dtype=np.int64)
    alt_len = np.char.str_len(alt) if len(alt) else np.zeros(0, dtype=np.int64)
    codes: Ints = np.where(ref_len != alt_len, 2, np.where(ref_len == 1, 0, 1)).astype(np.int64)
    return codes


def _kinds(ref: Bytes, alt: Bytes) -> list[FindingKind]:
    return [KIND_BY_CODE[code] for code in _kind_codes(ref, alt).tolist()]


class Body:
    """Byte spans of the fields of every line of a VCF body.

    When every line has exactly `ntabs` tabs (the usual case) the separators form an
    (lines, ntabs + 1) table and a field's spans are two of its columns; otherwise each line's
    first tab is found through the newline positions and bad lines are marked not `ok`."""

    def __init__(self, body: bytes, ntabs: int) -> None:
        self.buf = np.frombuffer(body, dtype=np.uint8)
        self.ntabs = ntabs
        self._spans: dict[int, tuple[Ints, Ints]] = {}
        separators = np.flatnonzero(self.buf <= 10)  # tabs and newlines in one pass
        kinds = self.buf[separators]
        self.table: Ints | None = _separator_table(separators, kinds, ntabs)
        if self.table is not None:
            self.newlines = self.table[:, ntabs]
            self.starts = np.concatenate(([0], self.newlines[:-1] + 1)).astype(np.int64)
            self.ok = np.ones(len(self.newlines), dtype=bool)
            self.blank = ~self.ok
            return
        is_newline = kinds == 10
        at = np.flatnonzero(is_newline)  # each newline's place among the separators
        self.newlines = separators[at]
        self.tabs = separators[~is_newline]
        self.starts = np.concatenate(([0], self.newlines[:-1] + 1)).astype(np.int64)
        tabs_before_newline = at - np.arange(len(at))
        self.first_tab = np.concatenate(([0], tabs_before_newline[:-1])).astype(np.int64)
        counts = tabs_before_newline - self.first_tab
        self.ok = (counts == ntabs) & (self.newlines > self.starts)
        self.blank = self.newlines == self.starts

    def span(self, rows: Ints, k: int) -> tuple[Ints, Ints]:
        """Start and end offsets of field k (0-based) of the given lines (which must be `ok`);
        for all lines (`rows` is every line) the cached arrays themselves (read-only)."""
        if k not in self._spans:
            self._spans[k] = self._field(k)
        start, end = self._spans[k]
        if len(rows) == len(start):  # rows are sorted and distinct: every line
            return start, end
        return start[rows], end[rows]

    def _field(self, k: int) -> tuple[Ints, Ints]:
        if self.table is not None:
            start = self.starts if k == 0 else self.table[:, k - 1] + 1
            end = self.table[:, k]
        else:
            good = np.flatnonzero(self.ok)
            start = np.zeros(len(self.starts), dtype=np.int64)
            end = np.zeros(len(self.starts), dtype=np.int64)
            first = self.first_tab[good]
            start[good] = self.starts[good] if k == 0 else self.tabs[first + k - 1] + 1
            end[good] = self.tabs[first + k] if k < self.ntabs else self.newlines[good]
        start, end = np.ascontiguousarray(start), np.ascontiguousarray(end)
        start.flags.writeable = end.flags.writeable = False
        return start, end

    def gather(self, start: Ints, end: Ints, width: int | None = None) -> Bytes:
        """Fixed-width byte strings for the spans, built one character column at a time."""
        lengths = end - start
        if width is None:
            width = int(lengths.max()) if len(lengths) else 1
        width = max(width, 1)
        out = np.zeros((len(start), width), dtype=np.uint8)
        for k in range(width):
            if len(lengths) and int(lengths.min()) > k:
                out[:, k] = self.buf[start + k]
            else:
                active = np.flatnonzero(lengths > k)
                out[active, k] = self.buf[start[active] + k]
        return out.view(f"S{width}").ravel()

    def value_end(self, start: Ints, limit: Ints) -> Ints:
        """Offset of the first `;`, tab or newline at or after `start` (at most `limit`)."""
        end = start.copy()
        open_rows = np.arange(len(start))
        while open_rows.size:
            stop = _DELIMITER[self.buf[end[open_rows]]] | (end[open_rows] >= limit[open_rows])
            open_rows = open_rows[~stop]
            end[open_rows] += 1
        return end

    def decimals(self, start: Ints, end: Ints) -> tuple[Floats, Mask]:
        """Plain decimals (`123`, `0.25`) in the spans, digit by digit; `.` and empty spans are
        NaN. Anything else (signs, exponents, lists, text, > 15 digits) is flagged `odd` (and
        NaN), for the per-line reader to parse or reject."""
        n = len(start)
        lengths = end - start
        value, scale = np.zeros(n), np.ones(n)
        point, odd = np.zeros(n, dtype=bool), lengths > MAX_DIGITS
        shortest = int(lengths.min()) if n else 0
        for k in range(int(lengths.max()) if n else 0):
            if k < shortest:  # every span still has a character here: whole-array operations
                self._column_step(self.buf[start + k], value, scale, point, odd)
                continue
            active = np.flatnonzero(lengths > k)
            char = self.buf[start[active] + k].astype(np.int64) - 48
            digit = (char >= 0) & (char <= 9)
            first_point = (char == -2) & ~point[active]
            odd[active[~digit & ~first_point]] = True
            point[active[first_point]] = True
            hit = active[digit]
            value[hit] = value[hit] * 10 + char[digit]
            scale[hit[point[hit]]] *= 10
        safe_start = np.minimum(start, len(self.buf) - 1)
        missing = (lengths == 0) | ((lengths == 1) & (self.buf[safe_start] == 46))
        value = value / scale
        value[missing] = np.nan
        odd &= ~missing
        value[odd] = np.nan
        return value, odd

    @staticmethod
    def _column_step(
        chars: npt.NDArray[np.uint8], value: Floats, scale: Floats, point: Mask, odd: Mask
    ) -> None:
        """One character of every span (in place); the common all-digits case is cheapest."""
        digit_value = chars.astype(np.int64) - 48
        digit = (digit_value >= 0) & (digit_value <= 9)
        if digit.all():
            value *= 10
            value += digit_value
            if point.any():
                scale[point] *= 10
            return
        first_point = (chars == 46) & ~point
        odd |= ~digit & ~first_point
        point |= first_point
        np.copyto(value, value * 10 + digit_value, where=digit)
        np.copyto(scale, scale * 10, where=digit & point)


def _separator_table(separators: Ints, kinds: npt.NDArray[np.uint8], ntabs: int) -> Ints | None:
    """The separators as (lines, ntabs + 1) when each line is ntabs tabs and a newline."""
    width = ntabs + 1
    if not len(separators) or len(separators) % width:
        return None
    table = separators.reshape(-1, width)
    kinds = kinds.reshape(-1, width)
    if not ((kinds[:, :ntabs] == 9).all() and (kinds[:, ntabs] == 10).all()):
        return None
    return table


_DELIMITER = np.zeros(256, dtype=bool)
_DELIMITER[[9, 10, 59]] = True
MAX_DIGITS = 15
