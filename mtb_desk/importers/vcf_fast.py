"""The columnar rules of the fast VCF reader (see `vcf_columns` and `vcf_record`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from mtb_desk.domain.records import ImportedFinding
from mtb_desk.errors import ImportFileError
from mtb_desk.importers.base import ReadOptions
from mtb_desk.importers.vcf_columns import (
    MAX_WIDTH,
    Body,
    Bytes,
    Floats,
    Ints,
    VariantColumns,
    numbers,
)
from mtb_desk.importers.vcf_record import Skipped, record_findings
from mtb_desk.progress import check_cancelled

if TYPE_CHECKING:
    from mtb_desk.importers.vcf import Header

Mask = npt.NDArray[np.bool_]
SLOW_INFO_KEYS = (b"CSQ", b"ANN", b"EFF", b"END", b"SVTYPE", b"CN")
SLOW_FORMAT_KEYS = {"FREQ", "TU", "AU", "CU", "GU"}
INFO_VALUE_WIDTH = 24
_ACGTN = np.zeros(256, dtype=bool)
_ACGTN[np.frombuffer(b"ACGTN", dtype=np.uint8)] = True
_INFO_DELIMITERS = np.zeros(256, dtype=bool)
_INFO_DELIMITERS[[9, 10, 59]] = True
_FILTER_OK = [b"PASS", b".", b""]


class FastReader:
    def __init__(self, path: Path, body: Body, lines: Ints, sample: int | None) -> None:
        self.path, self.body, self.lines, self.sample = path, body, lines, sample
        self.slow: list[Ints] = []
        self._equals: Ints | None = None
        self._colons: Ints | None = None
        self._commas: Ints | None = None

    def _to_slow(self, rows: Ints, keep: Mask) -> Ints:
        self.slow.append(rows[~keep])
        return rows[keep]

    def read(self, rows: Ints) -> tuple[VariantColumns, Ints]:
        body = self.body
        rows = self._alleles_ok(rows)
        rows = self._to_slow(rows, ~self._has_info_key(rows, SLOW_INFO_KEYS))
        vaf, depth, rows = self._sample_values(rows)
        tvaf, rows, vaf, depth = self._info_fill(rows, vaf, depth)
        vaf = np.where(np.isnan(vaf), tvaf, vaf)
        bad = (vaf < -1e-9) | (vaf > 1 + 1e-9)
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            raise ImportFileError(
                str(self.path),
                f"allele fraction {vaf[first]} is outside 0..1",
                line=int(self.lines[rows[first]]),
                field="AF",
            )
        columns = VariantColumns(
            line=self.lines[rows],
            chrom=self._text(rows, 0),
            pos=self._positions(rows),
            ref=self._text(rows, 3),
            alt=self._text(rows, 4),
            vaf=np.round(vaf, 6),
            depth=np.where(np.isnan(depth), -1, depth).astype(np.int64),
            filter=self._text(rows, 6),
        )
        del body
        slow = np.concatenate(self.slow) if self.slow else np.zeros(0, dtype=np.int64)
        return columns, slow

    def _text(self, rows: Ints, k: int) -> Bytes:
        start, end = self.body.span(rows, k)
        width = int((end - start).max()) if len(rows) else 0
        return self.body.gather(start, end, max(width, 1))

    def _positions(self, rows: Ints) -> Ints:
        text = self._text(rows, 1)
        try:
            values = text.astype(np.int64)
        except ValueError:
            values = np.full(len(text), -1, dtype=np.int64)
        if (values < 0).any():
            first = int(np.flatnonzero(values < 0)[0])
            raise ImportFileError(
                str(self.path),
                f"'{text[first].decode(errors='replace')}' is not a position",
                line=int(self.lines[rows[first]]),
                field="POS",
            )
        return values

    def _alleles_ok(self, rows: Ints) -> Ints:
        for k in (3, 4):
            start, end = self.body.span(rows, k)
            width = end - start
            rows = self._to_slow(rows, (width >= 1) & (width <= MAX_WIDTH))
            start, end = self.body.span(rows, k)
            if not len(rows):
                return rows
            chars = self.body.gather(start, end, int((end - start).max()))
            matrix = chars.view(np.uint8).reshape(len(rows), -1)
            rows = self._to_slow(rows, (_ACGTN[matrix] | (matrix == 0)).all(axis=1))
        return rows

    # -- INFO ------------------------------------------------------------------------------
    def _info_equals(self) -> Ints:
        if self._equals is None:
            self._equals = np.flatnonzero(self.body.buf == 61)
        return self._equals

    def _key_hits(self, rows: Ints, key: bytes) -> tuple[Ints, Ints]:
        """(row positions in `rows`, '=' offsets) where INFO holds `key=`."""
        buf, equals = self.body.buf, self._info_equals()
        n = len(key)
        candidates = equals[equals >= n + 1]
        hit = np.isin(buf[candidates - n - 1], (9, 59))
        for j, char in enumerate(key):
            hit &= buf[candidates - n + j] == char
        candidates = candidates[hit]
        line = np.searchsorted(self.body.newlines, candidates)
        where = np.searchsorted(rows, line)
        where = np.minimum(where, max(len(rows) - 1, 0))
        inside = (rows[where] == line) if len(rows) else np.zeros(len(line), dtype=bool)
        start, end = self.body.span(rows, 7)
        inside &= (candidates >= start[where]) & (candidates < end[where]) if len(rows) else inside
        return where[inside], candidates[inside]

    def _has_info_key(self, rows: Ints, keys: tuple[bytes, ...]) -> Mask:
        found = np.zeros(len(rows), dtype=bool)
        for key in keys:
            found[self._key_hits(rows, key)[0]] = True
        return found

    def _info_number(self, rows: Ints, key: bytes) -> tuple[Floats, Mask]:
        """The value of `key` per row (NaN if absent) and rows whose value is a list or too long."""
        where, equals = self._key_hits(rows, key)
        values = np.full(len(rows), np.nan)
        awkward = np.zeros(len(rows), dtype=bool)
        if not len(where):
            return values, awkward
        offsets = np.arange(1, INFO_VALUE_WIDTH + 1)
        matrix = self.body.buf[np.minimum(equals[:, None] + offsets, len(self.body.buf) - 1)]
        delimiter = _INFO_DELIMITERS[matrix]
        ends = equals + 1 + np.argmax(delimiter, axis=1)
        listed = ((matrix == 44) & (np.cumsum(delimiter, axis=1) == 0)).any(axis=1)
        awkward[where[~delimiter.any(axis=1) | listed]] = True
        text = self.body.gather(equals + 1, ends, INFO_VALUE_WIDTH)
        values[where] = numbers(self.path, text, self.lines[rows[where]], f"INFO/{key.decode()}")
        return values, awkward

    def _info_fill(
        self, rows: Ints, vaf: Floats, depth: Floats
    ) -> tuple[Floats, Ints, Floats, Floats]:
        tvaf, odd1 = self._info_number(rows, b"TVAF")
        tvaf = tvaf.astype(np.float32).astype(np.float64)
        tdp, odd2 = self._info_number(rows, b"TDP")
        dp, odd3 = self._info_number(rows, b"DP")
        depth = np.where(np.isnan(depth), np.where(np.isnan(tdp), dp, tdp), depth)
        keep = ~(odd1 | odd2 | odd3)
        self.slow.append(rows[~keep])
        return tvaf[keep], rows[keep], vaf[keep], depth[keep]

    # -- FORMAT ----------------------------------------------------------------------------
    def _sample_values(self, rows: Ints) -> tuple[Floats, Floats, Ints]:
        vaf, depth = np.full(len(rows), np.nan), np.full(len(rows), np.nan)
        if self.sample is None or not len(rows):
            return vaf, depth, rows
        start, end = self.body.span(rows, 8)
        rows = self._to_slow(rows, (end - start) <= MAX_WIDTH)
        vaf, depth = vaf[: len(rows)], depth[: len(rows)]
        formats = self._text(rows, 8)
        keep = np.ones(len(rows), dtype=bool)
        remaining = np.ones(len(rows), dtype=bool)
        while remaining.any():
            value = formats[int(np.flatnonzero(remaining)[0])]
            group = remaining & (formats == value)
            remaining &= ~group
            keys = value.decode(errors="replace").split(":")
            if SLOW_FORMAT_KEYS & set(keys):
                keep &= ~group
                continue
            index = np.flatnonzero(group)
            g_vaf, g_depth, ok = self._group(rows[index], keys)
            vaf[index], depth[index] = g_vaf, g_depth
            keep[index[~ok]] = False
        self.slow.append(rows[~keep])
        return vaf[keep], depth[keep], rows[keep]

    def _group(self, rows: Ints, keys: list[str]) -> tuple[Floats, Floats, Mask]:
        ok = np.ones(len(rows), dtype=bool)
        values = {}
        for key in ("AF", "FA", "DP"):
            if key in keys:
                text, lists = self._subfield(rows, keys.index(key))
                ok &= ~lists
                values[key] = numbers(self.path, text, self.lines[rows], f"FORMAT/{key}")
                if key != "DP":  # VCF Float is 32-bit, as htslib reads it
                    values[key] = values[key].astype(np.float32).astype(np.float64)
        vaf = values.get("AF", np.full(len(rows), np.nan))
        vaf = np.where(np.isnan(vaf), values.get("FA", np.nan), vaf)
        depth = values.get("DP", np.full(len(rows), np.nan))
        if "AD" in keys:
            ad_vaf, ad_depth, odd = self._allele_depths(rows, keys.index("AD"))
            ok &= ~odd
            vaf = np.where(np.isnan(vaf), ad_vaf, vaf)
            depth = np.where(np.isnan(depth), ad_depth, depth)
        return vaf, depth, ok

    def _subfield_span(self, rows: Ints, k: int) -> tuple[Ints, Ints, Mask]:
        assert self.sample is not None
        if self._colons is None:
            self._colons = np.flatnonzero(self.body.buf == 58)
        colons = np.concatenate((self._colons, [len(self.body.buf)]))
        start, end = self.body.span(rows, 9 + self.sample)
        first = np.searchsorted(colons, start)
        count = np.searchsorted(colons, end) - first
        present = count >= k
        sub_start = start if k == 0 else colons[np.minimum(first + k - 1, len(colons) - 1)] + 1
        sub_end = np.where(count > k, colons[np.minimum(first + k, len(colons) - 1)], end)
        sub_start = np.where(present, sub_start, end)
        return sub_start, np.where(present, sub_end, end), present

    def _commas_in(self, start: Ints, end: Ints) -> tuple[Ints, Ints]:
        if self._commas is None:
            self._commas = np.concatenate(
                (np.flatnonzero(self.body.buf == 44), [len(self.body.buf)])
            )
        first = np.searchsorted(self._commas, start)
        return np.searchsorted(self._commas, end) - first, self._commas[first]

    def _subfield(self, rows: Ints, k: int) -> tuple[Bytes, Mask]:
        start, end, _ = self._subfield_span(rows, k)
        count, _ = self._commas_in(start, end)
        too_long = (end - start) > INFO_VALUE_WIDTH
        text = self.body.gather(start, np.minimum(end, start + INFO_VALUE_WIDTH), INFO_VALUE_WIDTH)
        return np.where(too_long | (count > 0), b".", text), too_long | (count > 0)

    def _allele_depths(self, rows: Ints, k: int) -> tuple[Floats, Floats, Mask]:
        start, end, _ = self._subfield_span(rows, k)
        count, comma = self._commas_in(start, end)
        odd = (count > 1) | ((end - start) > 2 * INFO_VALUE_WIDTH)
        pair = (count == 1) & ~odd
        ref_end = np.where(pair, comma, start)
        alt_start = np.where(pair, comma + 1, end)
        lines = self.lines[rows]
        width = INFO_VALUE_WIDTH
        ref = numbers(
            self.path,
            self.body.gather(start, np.minimum(ref_end, start + width), width),
            lines,
            "FORMAT/AD",
        )
        alt = numbers(
            self.path,
            self.body.gather(alt_start, np.minimum(end, alt_start + width), width),
            lines,
            "FORMAT/AD",
        )
        known = np.nan_to_num(ref) + np.nan_to_num(alt)
        any_known = ~np.isnan(ref) | ~np.isnan(alt)
        vaf = np.where(
            pair & ~np.isnan(alt) & (known > 0), alt / np.where(known > 0, known, 1), np.nan
        )
        depth = np.where(pair & any_known, known, np.nan)
        return vaf, depth, odd


def read_body(
    path: Path,
    body: bytes,
    header: Header,
    sample: int | None,
    skipped: Skipped,
    options: ReadOptions,
) -> VariantColumns:
    if b"\r" in body:
        body = body.replace(b"\r\n", b"\n")
    if body and not body.endswith(b"\n"):
        body += b"\n"
    ntabs = 7 if not header.samples else 8 + len(header.samples)
    parsed = Body(body, ntabs)
    lines = np.arange(len(parsed.starts), dtype=np.int64) + header.lines + 1
    fast, slow_rows = FastReader(path, parsed, lines, sample).read(np.flatnonzero(parsed.ok))
    slow = np.union1d(slow_rows, np.flatnonzero(~parsed.ok & ~parsed.blank))
    check_cancelled(options.progress)
    other = _slow_findings(path, body, parsed, lines, slow, header, sample, skipped, options)
    if options.skip_filtered:
        keep = np.isin(fast.filter, _FILTER_OK)
        skipped.filtered += int((~keep).sum())
        fast = _select(fast, keep)
    fast.other = other
    options.progress.update(len(parsed.starts), len(parsed.starts), "VCF")
    return fast


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
