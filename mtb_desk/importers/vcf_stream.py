"""A VCF read as a stream of column chunks, in memory that grows with the chunk, not the file.

`VcfStream.open(path, options)` reads and checks the header (up to `MAX_HEADER_BYTES`); then
`chunks()` yields one `VariantColumns` per piece of about `chunk_bytes` of body text, cut at line
ends and read by the fast columnar reader (`vcf_fast.read_body`), with line numbers counted
across pieces; `report()` gives the report (sample, build, warnings) once the chunks are read.
Compressed input is decompressed as a capped stream (`bounded`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from mtb_desk.domain.records import ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.importers import vcf
from mtb_desk.importers.base import ReadOptions
from mtb_desk.importers.bounded import MIB, count_newlines, lines_in_blocks, stream
from mtb_desk.importers.vcf_columns import VariantColumns
from mtb_desk.importers.vcf_record import Skipped
from mtb_desk.progress import check_cancelled

CHUNK_BYTES = 4 * MIB
MAX_HEADER_BYTES = 64 * MIB
UNDEFINED_SCAN = 10000
BLANK_RUN = b"\n" * 1001


def _nul(path: Path, data: bytes, first_line: int) -> None:
    at = data.find(b"\x00")
    if at >= 0:
        raise ImportFileError(
            str(path),
            phrase("import.nul-bytes"),
            line=first_line + data[:at].count(b"\n"),
        )


def _blank_flood(path: Path, data: bytes, first_line: int) -> None:
    """A VCF has no blank lines; a long run of them is a newline flood, not records."""
    at = data.find(BLANK_RUN)
    if at >= 0:
        raise ImportFileError(
            str(path),
            phrase("import.blank-run", count=len(BLANK_RUN) - 1),
            line=first_line + data[: at + 1].count(b"\n"),
        )


def split_header(path: Path, blocks: Iterator[bytes]) -> tuple[bytes, bytes]:
    """(header bytes up to and including the #CHROM line, the body bytes read so far)."""
    data = b""
    for block in blocks:
        data += block
        if len(data) >= 16 and not data.startswith(b"##fileformat=VCF"):
            break
        index = data.find(b"\n#CHROM")
        end = data.find(b"\n", index + 1) if index >= 0 else -1
        if end >= 0:
            _nul(path, data[: end + 1], 1)
            return data[: end + 1], data[end + 1 :]
        if len(data) > MAX_HEADER_BYTES:
            _nul(path, data, 1)
            raise ImportFileError(
                str(path),
                phrase("import.no-chrom-within", mib=MAX_HEADER_BYTES // MIB),
                field="#CHROM",
            )
    if not data.startswith(b"##fileformat=VCF"):
        raise ImportFileError(str(path), phrase("import.not-vcf"), line=1, field="fileformat")
    _nul(path, data, 1)
    index = data.find(b"\n#CHROM")
    if index < 0:
        raise ImportFileError(str(path), phrase("import.no-chrom-line"), field="#CHROM")
    return data, b""  # the #CHROM line ends the file


def decode_header(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            str(path), phrase("import.header-not-utf8"), line=raw[: exc.start].count(b"\n") + 1
        ) from exc


def _header(path: Path, blocks: Iterator[bytes]) -> tuple[vcf.Header, bytes]:
    raw, rest = split_header(path, blocks)
    text = decode_header(path, raw)
    return vcf.read_header(path, text, text.count("\n")), rest


def header_of(path: Path) -> vcf.Header:
    """The header alone (for a sample chooser)."""
    return _header(path, stream(path, CHUNK_BYTES))[0]


@dataclass
class VcfStream:
    """One VCF being read: its header now, its body chunk by chunk."""

    path: Path
    options: ReadOptions
    header: vcf.Header
    sample: int | None
    _pieces: Iterator[bytes]
    skipped: Skipped = field(default_factory=Skipped)
    undefined: set[str] = field(default_factory=set)
    cut_off: bool = False
    finished: bool = False
    genes: Any = None  # the GeneMap for symbols (registry.open_vcf), None: shipped default
    gene_warnings: dict[Value, None] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path, options: ReadOptions, chunk_bytes: int = CHUNK_BYTES) -> VcfStream:
        blocks = stream(path, max(chunk_bytes, 1 << 16))
        header, rest = _header(path, blocks)
        sample = vcf.tumour_sample(path, header, options.sample)
        first_line = header.lines + 1
        pieces = lines_in_blocks(path, chain([rest], blocks), chunk_bytes, first_line=first_line)
        return cls(path, options, header, sample, pieces)

    def chunks(self) -> Iterator[VariantColumns]:
        """The findings of each piece of the body, in file order (once)."""
        from mtb_desk.importers.vcf_fast import read_body  # noqa: PLC0415

        line, scanned, done = self.header.lines + 1, 0, 0
        for piece in self._pieces:
            check_cancelled(self.options.progress)
            _nul(self.path, piece, line)
            _blank_flood(self.path, piece, line)
            newlines = count_newlines(piece)
            if scanned < UNDEFINED_SCAN:  # as the whole-file reader: the first 10,000 lines
                remaining = UNDEFINED_SCAN - scanned
                self.undefined.update(vcf.undefined_info_keys(piece, frozenset(), remaining))
                scanned += min(remaining, newlines)
            self.cut_off = not piece.endswith(b"\n")
            yield read_body(
                self.path, piece, self.header, self.sample, self.skipped, self.options, line
            )
            line += newlines + (1 if self.cut_off else 0)
            done += len(piece)
            self.options.progress.update(done, None, "VCF")
        self.finished = True

    def header_report(self) -> ImportedReport:
        """What the header tells (sample, genome build), before the body is read."""
        return vcf.report_for(
            self.path, self.header, self.sample, [], Skipped(), cut_off=False, undefined=[]
        )

    def report(self) -> ImportedReport:
        """The report without findings (warnings need the whole body read first)."""
        if not self.finished:
            raise RuntimeError("report() before the chunks were read")
        return vcf.report_for(
            self.path,
            self.header,
            self.sample,
            [],
            self.skipped,
            cut_off=self.cut_off,
            undefined=sorted(self.undefined - self.header.info_ids - {""}),
        )
