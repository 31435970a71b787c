"""Bounded input: capped decompression, non-files refused at once, chunked VCF reading that
gives exactly what a whole-file read gives (findings, warnings, line numbers)."""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mtb_desk.errors import ImportFileError
from mtb_desk.importers import vcf
from mtb_desk.importers.base import ReadOptions
from mtb_desk.importers.bounded import InputLimits, lines_in_blocks, stream
from mtb_desk.importers.registry import file_sha256, read_report
from mtb_desk.importers.vcf_columns import VariantColumns
from mtb_desk.importers.vcf_stream import VcfStream
from tests.core.importers.fixtures import VCF_RECORDS, vcf_text
from tests.shared_data import shared_file

SHARED_VCFS = [
    ("vcf2maf", "test_mutect.vcf", "TUMOR"),
    ("vcf2maf", "test.vcf", "TUMOR"),
    ("pcgr", "T001-COAD.grch38.vcf.gz", None),
]


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail (instead of hanging) if a refusal does not come at once."""

    def fail(*_: object) -> None:
        raise TimeoutError("the input was not refused at once")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def chunked(path: Path, options: ReadOptions, size: int) -> tuple[object, VariantColumns]:
    source = VcfStream.open(path, options, chunk_bytes=size)
    parts = list(source.chunks())
    return source.report(), VariantColumns.concat(parts)


@pytest.mark.parametrize(("folder", "name", "sample"), SHARED_VCFS)
@pytest.mark.parametrize("size", [1, 333, 4096])
def test_any_chunk_size_reads_what_the_whole_file_gives(
    folder: str, name: str, sample: str | None, size: int
) -> None:
    path = shared_file(folder, name)
    for skip in (False, True):
        options = ReadOptions(sample=sample, skip_filtered=skip)
        whole = vcf.read_with_cyvcf2(path, options)
        report, columns = chunked(path, options, size)
        assert tuple(columns.findings()) == whole.findings
        assert report.warnings == whole.warnings  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [1, 50, 200])
def test_errors_in_later_chunks_name_their_line(tmp_path: Path, size: int) -> None:
    records = VCF_RECORDS * 5
    lines = vcf_text(records).splitlines(keepends=True)
    bad = len(lines) - 2
    lines[bad] = lines[bad].replace("\t", " ", 1)  # wrong column count
    path = tmp_path / "bad.vcf"
    path.write_text("".join(lines))
    with pytest.raises(ImportFileError) as caught:
        chunked(path, ReadOptions(), size)
    assert caught.value.line == bad + 1


def test_columns_summaries_match_the_records() -> None:
    path = shared_file("vcf2maf", "test_mutect.vcf")
    report = read_report(path, sample="TUMOR")
    _, columns = chunked(path, ReadOptions(sample="TUMOR"), 999)
    counts: dict[str, int] = {}
    for finding in report.findings:
        counts[finding.kind.value] = counts.get(finding.kind.value, 0) + 1
    assert columns.kind_counts() == counts
    assert columns.filtered_count() == sum(f.is_filtered for f in report.findings)


def test_lines_in_blocks_cuts_at_line_ends_only() -> None:
    blocks = iter([b"ab\ncd", b"e\nfgh\n", b"ij"])
    pieces = list(lines_in_blocks(Path("x"), blocks, 3))
    assert b"".join(pieces) == b"ab\ncde\nfgh\nij"
    assert all(p.endswith(b"\n") for p in pieces[:-1])


def test_a_line_without_end_is_refused_not_buffered() -> None:
    blocks = iter([b"x" * 1000] * 100)
    with pytest.raises(ImportFileError, match="longer than"):
        list(lines_in_blocks(Path("x"), blocks, 100, max_line=5000))


@pytest.mark.usefixtures("deadline")
@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_non_files_are_refused_at_once(tmp_path: Path, kind: str) -> None:
    if kind == "folder":
        path, words = tmp_path, "folder"
    elif kind == "fifo":
        path, words = tmp_path / "pipe.vcf", "FIFO"
        os.mkfifo(path)
    else:
        path, words = Path("/dev/zero"), "device"
    for action in (read_report, file_sha256):
        with pytest.raises(ImportFileError, match=words):
            action(path)


def test_gzip_expansion_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "big.vcf.gz"
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(vcf_text(VCF_RECORDS).encode())
    limits = InputLimits(max_bytes=200)
    with pytest.raises(ImportFileError, match="expands to more than"):
        list(stream(path, 64, limits))
    ratio = InputLimits(max_ratio=1.5, ratio_floor=0)
    with pytest.raises(ImportFileError, match="decompression bomb"):
        list(stream(path, 64, ratio))


def test_truncated_gzip_is_one_line(tmp_path: Path) -> None:
    whole = gzip.compress(vcf_text(VCF_RECORDS * 50).encode())
    path = tmp_path / "cut.vcf.gz"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ImportFileError, match="corrupt or truncated"):
        read_report(path)


BOMB = """
import gzip, resource, sys
from pathlib import Path
from mtb_desk.errors import ImportFileError
from mtb_desk.importers.registry import read_report
path = Path(sys.argv[1])
head = sys.argv[2].encode()
with gzip.open(path, "wb", compresslevel=9) as out:
    out.write(head)
    block = (b"\\n" if sys.argv[3] == "newlines" else b"\\0") * (1 << 20)
    for _ in range(int(sys.argv[4])):
        out.write(block)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    read_report(path)
except ImportFileError as exc:
    message = str(exc)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((after - before) // 1024, message.replace("\\n", " "))
"""


@pytest.mark.parametrize(("fill", "fragment"), [("newlines", "blank lines"), ("zeros", "NUL")])
def test_bombs_are_refused_in_bounded_memory(tmp_path: Path, fill: str, fragment: str) -> None:
    """A 1 GiB gzip bomb (about 1 MB on disk) after a VCF header: one line, little memory."""
    path = tmp_path / "bomb.vcf.gz"
    done = subprocess.run(
        [sys.executable, "-c", BOMB, str(path), vcf_text([]), fill, "1024"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    grown_mb, message = done.stdout.strip().split(" ", 1)
    assert fragment in message
    assert "\n" not in message
    assert int(grown_mb) < 150


@pytest.mark.parametrize("size", [1, 50, 4096])
def test_crlf_and_gzip_across_chunk_boundaries(tmp_path: Path, size: int) -> None:
    text = vcf_text(VCF_RECORDS * 4).replace("\n", "\r\n")
    plain = tmp_path / "crlf.vcf"
    plain.write_text(text, newline="")
    zipped = tmp_path / "crlf.vcf.gz"
    zipped.write_bytes(gzip.compress(text.encode()))
    whole = vcf.read_with_cyvcf2(plain, ReadOptions())
    for path in (plain, zipped):
        report, columns = chunked(path, ReadOptions(), size)
        assert tuple(columns.findings()) == whole.findings
        assert report.warnings == whole.warnings  # type: ignore[attr-defined]
