"""The columnar rules of the fast VCF reader (see `vcf_columns` and `vcf_record`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from mtb_desk.domain.records import ImportedFinding
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.importers.base import ReadOptions
from mtb_desk.importers.vcf_columns import (
    MAX_WIDTH,
    Body,
    Bytes,
    Floats,
    Ints,
    VariantColumns,
)
from mtb_desk.importers.vcf_record import Skipped, record_findings
from mtb_desk.progress import check_cancelled

if TYPE_CHECKING:
    from mtb_desk.importers.vcf import Header

Mask = npt.NDArray[np.bool_]
SLOW_INFO_KEYS = (b"CSQ", b"ANN", b"EFF", b"END", b"SVTYPE", b"CN", b"GermlineStatus")
SLOW_FORMAT_KEYS = {"FREQ", "TU", "AU", "CU", "GU"}
_ACGTN = np.zeros(256, dtype=bool)
_ACGTN[np.frombuffer(b"ACGTN", dtype=np.uint8)] = True
_PRINTABLE = np.zeros(256, dtype=bool)
_PRINTABLE[33:127] = True
_DIGIT_OR_COMMA = np.zeros(256, dtype=bool)
_DIGIT_OR_COMMA[np.frombuffer(b"0123456789,", dtype=np.uint8)] = True
_FILTER_OK = [b"PASS", b".", b""]


class FastReader:
    """Applies the `vcf_record` rules to whole columns; rows it cannot do go to `slow`."""

    def __init__(self, path: Path, body: Body, raw: bytes, lines: Ints, sample: int | None) -> None:
        self.path, self.body, self.raw, self.lines, self.sample = path, body, raw, lines, sample
        self.every = np.arange(len(lines))
        self.slow: list[Ints] = []
        self.error: ImportFileError | None = None  # the first record the columns refuse
        self._equals: Ints | None = None
        self._before_equals = np.zeros(0, dtype=np.uint8)
        self._colons: Ints | None = None
        self._commas: Ints | None = None
        self._texts: dict[int, Bytes] = {}

    def _to_slow(self, rows: Ints, keep: Mask) -> Ints:
        self.slow.append(rows[~keep])
        return rows[keep]

    def read(self, rows: Ints) -> tuple[VariantColumns, Ints]:
        rows = self._alleles_ok(rows)
        rows = self._to_slow(rows, ~self._has_info_key(rows, SLOW_INFO_KEYS))
        position, odd = self.body.decimals(*self.body.span(rows, 1))
        odd |= np.isnan(position) | (position != np.floor(position))
        rows, position = self._to_slow(rows, ~odd), position[~odd]
        vaf, depth, keep = self._sample_values(rows)
        keep &= self._info_values(rows, vaf, depth)
        rows, position = self._to_slow(rows, keep), position[keep]
        vaf, depth = vaf[keep], depth[keep]
        bad = (vaf < -1e-9) | (vaf > 1 + 1e-9)
        if bad.any():  # raised by read_body once the earlier records are read
            first = int(np.flatnonzero(bad)[0])
            self.error = ImportFileError(
                str(self.path),
                phrase("import.vaf-range", value=str(vaf[first])),
                line=int(self.lines[rows[first]]),
                field="AF",
            )
        columns = VariantColumns(
            line=self.lines[rows],
            chrom=self._text(rows, 0),
            pos=position.astype(np.int64),
            ref=self._text(rows, 3),
            alt=self._text(rows, 4),
            vaf=np.round(vaf, 6),
            depth=np.where(np.isnan(depth), -1, depth).astype(np.int64),
            filter=self._text(rows, 6),
        )
        slow = np.concatenate(self.slow) if self.slow else np.zeros(0, dtype=np.int64)
        return columns, slow

    def _text(self, rows: Ints, k: int) -> Bytes:
        """Field k of `rows` as fixed-width bytes (gathered once for every line, at most
        MAX_WIDTH wide: wider fields never stay columnar)."""
        if k not in self._texts:
            start, end = self.body.span(self.every, k)
            self._texts[k] = self.body.gather(start, np.minimum(end, start + MAX_WIDTH))
        text = self._texts[k]
        return text if len(rows) == len(text) else text[rows]

    def _alleles_ok(self, rows: Ints) -> Ints:
        """Rows whose REF/ALT are plain bases and CHROM/FILTER printable ASCII stay columnar."""
        for k, allowed in ((3, _ACGTN), (4, _ACGTN), (0, _PRINTABLE), (6, _PRINTABLE)):
            start, end = self.body.span(rows, k)
            width = end - start
            rows = self._to_slow(rows, (width >= 1) & (width <= MAX_WIDTH))
            if not len(rows):
                return rows
            matrix = self._text(rows, k).view(np.uint8).reshape(len(rows), -1)
            rows = self._to_slow(rows, _only(allowed, matrix.T, len(rows)))
        return rows

    # -- INFO ------------------------------------------------------------------------------
    def _key_hits(self, rows: Ints, key: bytes) -> tuple[Ints, Ints]:
        """(index into `rows`, offset of '=') where the INFO column holds `key=`."""
        empty = np.zeros(0, dtype=np.int64)
        if not len(rows):
            return empty, empty
        buf, n = self.body.buf, len(key)
        if self._equals is None:
            self._equals = np.flatnonzero(buf == 61)
            self._equals = self._equals[self._equals > 0]
            self._before_equals = buf[self._equals - 1]
        # the key's last character (read once for every '='): most candidates drop at once
        candidates = self._equals[self._before_equals == key[-1]]
        candidates = candidates[candidates >= n + 1]
        for j in range(n - 2, -1, -1):
            candidates = candidates[buf[candidates - n + j] == key[j]]
        before = buf[candidates - n - 1]
        candidates = candidates[(before == 9) | (before == 59)]
        line = np.searchsorted(self.body.newlines, candidates)
        if len(rows) == len(self.every):  # every line: a line's index is its place in rows
            where = line
        else:
            where = np.minimum(np.searchsorted(rows, line), len(rows) - 1)
        start, end = self.body.span(rows[where], 7)
        inside = (rows[where] == line) & (candidates >= start) & (candidates < end)
        return where[inside], candidates[inside]

    def _has_info_key(self, rows: Ints, keys: tuple[bytes, ...]) -> Mask:
        found = np.zeros(len(rows), dtype=bool)
        for key in keys:
            found[self._key_hits(rows, key)[0]] = True
        return found

    def _info_number(self, rows: Ints, key: bytes) -> tuple[Floats, Mask]:
        """The value of `key` per row (NaN if absent) and rows the columns cannot read."""
        where, equals = self._key_hits(rows, key)
        values = np.full(len(rows), np.nan)
        odd = np.zeros(len(rows), dtype=bool)
        if len(where):
            _, info_end = self.body.span(rows[where], 7)
            ends = self.body.value_end(equals + 1, info_end)
            values[where], odd[where] = self.body.decimals(equals + 1, ends)
        return values, odd

    def _info_values(self, rows: Ints, vaf: Floats, depth: Floats) -> Mask:
        """Fill `vaf` from INFO TVAF (as 32-bit float) and `depth` from TDP, else DP, where the
        sample left them unknown (in place); the rows whose INFO values the columns can read.
        As in `vcf_record`, INFO is read only where it is needed."""
        ok = np.ones(len(rows), dtype=bool)
        need = np.flatnonzero(np.isnan(vaf))
        if len(need):
            tvaf, odd = self._info_number(rows[need], b"TVAF")
            vaf[need], ok[need] = tvaf.astype(np.float32).astype(np.float64), ~odd
        need = np.flatnonzero(np.isnan(depth))
        if len(need):
            tdp, odd_tdp = self._info_number(rows[need], b"TDP")
            dp, odd_dp = self._info_number(rows[need], b"DP")
            depth[need] = np.where(np.isnan(tdp), dp, tdp)
            ok[need] &= ~(odd_tdp | odd_dp)
        return ok

    # -- FORMAT ----------------------------------------------------------------------------
    def _sample_values(self, rows: Ints) -> tuple[Floats, Floats, Mask]:
        vaf, depth = np.full(len(rows), np.nan), np.full(len(rows), np.nan)
        keep = np.ones(len(rows), dtype=bool)
        if self.sample is None or not len(rows):
            return vaf, depth, keep
        start, end = self.body.span(rows, 8)
        keep &= (end - start) <= MAX_WIDTH
        formats = self.body.gather(np.where(keep, start, end), end)
        remaining = keep.copy()
        while remaining.any():
            value = formats[int(np.flatnonzero(remaining)[0])]
            group = remaining & (formats == value)
            remaining &= ~group
            keys = value.decode(errors="replace").split(":")
            if SLOW_FORMAT_KEYS & set(keys):
                keep &= ~group
                continue
            index = np.flatnonzero(group)
            vaf[index], depth[index], ok = self._group(rows[index], keys)
            keep[index[~ok]] = False
        return vaf, depth, keep

    def _group(self, rows: Ints, keys: list[str]) -> tuple[Floats, Floats, Mask]:
        ok = np.ones(len(rows), dtype=bool)
        spans = _Subfields(self, rows)
        values = {}
        for key in ("AF", "FA", "DP"):
            if key in keys:
                values[key], odd = self.body.decimals(*spans.span(keys.index(key)))
                ok &= ~odd
                if key != "DP":  # VCF Float is 32-bit, as htslib reads it
                    values[key] = values[key].astype(np.float32).astype(np.float64)
        nothing = np.full(len(rows), np.nan)
        vaf = values.get("AF", nothing)
        vaf = np.where(np.isnan(vaf), values.get("FA", nothing), vaf)
        depth = values["DP"] if "DP" in values else nothing.copy()
        if "AD" in keys:  # needed where AF or DP is unknown; elsewhere only checked
            start, end = spans.span(keys.index("AD"))
            need = np.flatnonzero(np.isnan(vaf) | np.isnan(depth) | ~self._plain(start, end))
            if len(need):
                ad_vaf, ad_depth, odd = self._allele_depths(start[need], end[need])
                ok[need] &= ~odd
                vaf[need] = np.where(np.isnan(vaf[need]), ad_vaf, vaf[need])
                depth[need] = np.where(np.isnan(depth[need]), ad_depth, depth[need])
        return vaf, depth, ok

    def _plain(self, start: Ints, end: Ints) -> Mask:
        """Spans of digits and commas only (a list of whole numbers, the reader's `_float`
        takes each), at most MAX_WIDTH long."""
        width = end - start
        plain = width <= MAX_WIDTH
        longest = int(width[plain].max()) if plain.any() else 0
        last = np.maximum(end - 1, start)  # past its end a span repeats its last character
        chars = (self.body.buf[np.minimum(start + k, last)] for k in range(longest))
        plain &= _only(_DIGIT_OR_COMMA, chars, len(start))
        plain |= width == 0
        return plain

    def colons(self) -> Ints:
        if self._colons is None:
            self._colons = np.append(np.flatnonzero(self.body.buf == 58), len(self.body.buf))
        return self._colons

    def _commas_in(self, start: Ints, end: Ints) -> tuple[Ints, Ints]:
        if self._commas is None:
            self._commas = np.append(np.flatnonzero(self.body.buf == 44), len(self.body.buf))
        first = np.searchsorted(self._commas, start)
        return np.searchsorted(self._commas, end) - first, self._commas[first]

    def _allele_depths(self, start: Ints, end: Ints) -> tuple[Floats, Floats, Mask]:
        count, comma = self._commas_in(start, end)
        pair = count == 1
        ref, odd_ref = self.body.decimals(start, np.where(pair, comma, start))
        alt, odd_alt = self.body.decimals(np.where(pair, comma + 1, end), end)
        odd = (count > 1) | odd_ref | odd_alt | ((count == 0) & (end - start > 0))
        known = np.nan_to_num(ref) + np.nan_to_num(alt)
        any_known = ~np.isnan(ref) | ~np.isnan(alt)
        usable = pair & ~np.isnan(alt) & (known > 0)
        vaf = np.where(usable, alt / np.where(known > 0, known, 1), np.nan)
        depth = np.where(pair & any_known, known, np.nan)
        return vaf, depth, odd


def _only(allowed: Mask, columns: Iterable[npt.NDArray[np.uint8]], count: int) -> Mask:
    """Which of `count` rows have only `allowed` characters (given column by column; 0 is
    padding)."""
    table = allowed.copy()
    table[0] = True
    ok = np.ones(count, dtype=bool)
    for column in columns:
        ok &= table[column]
    return ok


class _Subfields:
    """Spans of the `:`-separated values of the chosen sample, for one FORMAT group."""

    def __init__(self, reader: FastReader, rows: Ints) -> None:
        assert reader.sample is not None
        self.colons = reader.colons()
        self.start, self.end = reader.body.span(rows, 9 + reader.sample)
        self.first = np.searchsorted(self.colons, self.start)
        self.count = np.searchsorted(self.colons, self.end) - self.first

    def span(self, k: int) -> tuple[Ints, Ints]:
        """The k-th value; a value missing at the end of the field is an empty span (NaN)."""
        last = len(self.colons) - 1
        present = self.count >= k
        start = self.start if k == 0 else self.colons[np.minimum(self.first + k - 1, last)] + 1
        end = np.where(self.count > k, self.colons[np.minimum(self.first + k, last)], self.end)
        return np.where(present, start, self.end), np.where(present, end, self.end)


def read_body(
    path: Path,
    body: bytes,
    header: Header,
    sample: int | None,
    skipped: Skipped,
    options: ReadOptions,
    first_line: int | None = None,
) -> VariantColumns:
    """The findings of `body` (whole lines; the first is line `first_line`, by default the one
    after the header) as columns, with the records the columns cannot read in `other`."""
    first = header.lines + 1 if first_line is None else first_line
    body = _lines(path, body, first)
    ntabs = 7 if not header.samples else 8 + len(header.samples)
    parsed = Body(body, ntabs)
    lines = np.arange(len(parsed.starts), dtype=np.int64) + first
    reader = FastReader(path, parsed, body, lines, sample)
    fast, slow_rows = reader.read(np.flatnonzero(parsed.ok))
    slow = np.union1d(slow_rows, np.flatnonzero(~parsed.ok & ~parsed.blank))
    if reader.error is not None:  # errors in file order: an earlier record's error first
        before = slow[lines[slow] < (reader.error.line or 0)]
        _slow_findings(path, body, parsed, lines, before, header, sample, Skipped(), options)
        raise reader.error
    check_cancelled(options.progress)
    other = _slow_findings(path, body, parsed, lines, slow, header, sample, skipped, options)
    if options.skip_filtered:
        keep = np.isin(fast.filter, _FILTER_OK)
        skipped.filtered += int((~keep).sum())
        fast = _select(fast, keep)
    fast.other = other
    return fast


def _lines(path: Path, body: bytes, first: int) -> bytes:
    """The body with LF line ends, ending in one; a stray carriage return is an error."""
    if b"\r" in body:
        body = body.replace(b"\r\n", b"\n")
        stray = body.find(b"\r")
        if stray >= 0:
            raise ImportFileError(
                str(path),
                phrase("import.carriage-return"),
                line=first + body[:stray].count(b"\n"),
            )
    if body and not body.endswith(b"\n"):
        body += b"\n"
    return body


def _select(columns: VariantColumns, keep: Mask) -> VariantColumns:
    return VariantColumns(
        columns.line[keep],
        columns.chrom[keep],
        columns.pos[keep],
        columns.ref[keep],
        columns.alt[keep],
        columns.vaf[keep],
        columns.depth[keep],
        columns.filter[keep],
    )


def _slow_findings(
    path: Path,
    body: bytes,
    parsed: Body,
    lines: Ints,
    rows: Ints,
    header: Header,
    sample: int | None,
    skipped: Skipped,
    options: ReadOptions,
) -> list[ImportedFinding]:
    from mtb_desk.importers.vcf_lines import LineRecord  # noqa: PLC0415

    found: list[ImportedFinding] = []
    for count, row in enumerate(rows.tolist()):
        if count % 10000 == 0:
            check_cancelled(options.progress)
        raw = body[parsed.starts[row] : parsed.newlines[row]]
        record = LineRecord.parse(path, raw, int(lines[row]), parsed.ntabs + 1, sample)
        for finding in record_findings(record, path, header.csq, skipped):
            if options.skip_filtered and finding.is_filtered:
                skipped.filtered += 1
            else:
                found.append(finding)
    return found
