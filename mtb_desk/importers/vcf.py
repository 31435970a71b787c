"""VCF and VCF.gz (bgzip or plain gzip).

The header is read with cyvcf2 (htslib), which also validates it. The body is read by the fast
columnar reader in `vcf_columns` (numpy over the raw text, with a per-line fallback for the
records that need it); `read_with_cyvcf2` is the plain per-record cyvcf2 loop, kept as the
reference the fast reader is tested against. Both apply the rules in `vcf_record`.

Tumour sample choice: the `sample` option; else `##tumor_sample=` from the header; else the only
sample; else, in a pair, the column named like a tumour (TUMOR, TUMOUR, *_T, *-T) when the other
is named like a normal; otherwise `SampleChoiceRequired` lists the samples. A file without
sample columns is read from INFO alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions, choose_sample
from mtb_desk.importers.vcf_annotation import AnnotationParser
from mtb_desk.importers.vcf_columns import VariantColumns
from mtb_desk.importers.vcf_record import Skipped, record_findings
from mtb_desk.progress import check_cancelled

NAME = "vcf"
VERSION = "1.0"
TUMOUR = re.compile(r"(?i)(tumou?r|^t$|[_-]t$|[_-]t\d*[_-]|primary|-0[1-9][a-z]?(-|$))")
NORMAL = re.compile(r"(?i)(normal|germline|blood|^n$|[_-]n$|-1[0-9][a-z]?(-|$))")
BUILDS = (
    ("GRCh38", re.compile(r"(?i)grch38|hg38|b38|\bgrc38")),
    ("GRCh37", re.compile(r"(?i)grch37|hg19|b37|human_g1k_v37|hs37d5")),
)
UNDEFINED_SCAN = 10000


@dataclass(frozen=True, slots=True)
class Header:
    text: str
    lines: int
    samples: tuple[str, ...]
    info_ids: frozenset[str]
    csq: AnnotationParser
    genome_build: str | None


def sniff(head: FileHead) -> bool:
    return head.raw.lstrip(b"\xef\xbb\xbf").startswith(b"##fileformat=VCF")


def split_file(path: Path) -> tuple[str, bytes, int]:
    """(header text, body bytes, number of header lines) of the whole file (bounded: for the
    reference reader and tests; imports read the body as a stream of chunks)."""
    from mtb_desk.importers.bounded import read_all  # noqa: PLC0415
    from mtb_desk.importers.vcf_stream import decode_header, split_header  # noqa: PLC0415

    raw, body = split_header(path, iter([read_all(path)]))
    header = decode_header(path, raw)
    nul = body.find(b"\x00")
    if nul >= 0:
        raise ImportFileError(
            str(path),
            phrase("import.nul-bytes"),
            line=header.count("\n") + body[:nul].count(b"\n") + 1,
        )
    return header, body, header.count("\n")


def read_header(path: Path, text: str, lines: int) -> Header:
    import cyvcf2  # noqa: PLC0415 - heavy import kept out of module import

    try:
        reader = cyvcf2.VCF(str(path), lazy=True, threads=1)
    except Exception as exc:  # cyvcf2 raises bare Exception/OSError for bad headers
        raise ImportFileError(
            str(path),
            phrase("import.bad-vcf-header", why=str(exc).splitlines()[0]),
            line=lines,
            field="header",
        ) from exc
    try:
        info_ids = set()
        csq_description = None
        for item in reader.header_iter():
            fields = item.info()
            if fields.get("HeaderType") == "INFO":
                info_ids.add(fields["ID"])
                if fields["ID"] == "CSQ":
                    csq_description = fields.get("Description")
        samples = tuple(reader.samples)
    finally:
        reader.close()
    return Header(
        text,
        lines,
        samples,
        frozenset(info_ids),
        AnnotationParser.from_description(csq_description),
        _build(text),
    )


def _build(text: str) -> str | None:
    """The genome build named in ##reference/##contig/##assembly lines, else told by the
    length of chromosome 1 (249250621 in GRCh37, 248956422 in GRCh38)."""
    for line in text.splitlines():
        if line.startswith(("##reference", "##contig", "##assembly", "##genome")):
            for name, pattern in BUILDS:
                if pattern.search(line):
                    return name
    for name, length in (("GRCh37", "249250621"), ("GRCh38", "248956422")):
        if re.search(rf"^##contig=<ID=(chr)?1,length={length}\b", text, re.MULTILINE):
            return name
    return None


def tumour_sample(path: Path, header: Header, requested: str | None) -> int | None:
    """Index of the sample column to read, or None for a sites-only VCF."""
    samples = header.samples
    if not samples:
        return None
    if requested is None:
        declared = re.search(r"^##tumou?r_sample=(.+)$", header.text, re.MULTILINE | re.IGNORECASE)
        if declared and declared.group(1).strip() in samples:
            requested = declared.group(1).strip()
        elif len(samples) == 2:
            tumour = [s for s in samples if TUMOUR.search(s) and not NORMAL.search(s)]
            normal = [s for s in samples if NORMAL.search(s) and not TUMOUR.search(s)]
            if len(tumour) == 1 and len(normal) == 1:
                requested = tumour[0]
    return samples.index(choose_sample(path, samples, requested))


def list_samples(path: Path) -> tuple[str, ...]:
    from mtb_desk.importers.vcf_stream import header_of  # noqa: PLC0415

    return header_of(path).samples


def undefined_info_keys(
    body: bytes, defined: frozenset[str], limit: int = UNDEFINED_SCAN
) -> list[str]:
    """INFO keys used in the first `limit` records without a header line (a warning, not an
    error). The INFO columns are cut out and their values dropped by regular expressions, so
    only the few distinct key lists are split in Python."""
    head = b"\n".join(body.split(b"\n", limit)[:limit])
    infos = [info for info in _INFO_COLUMN.findall(head) if info != b"."]
    shapes = set(_INFO_VALUES.sub(b"", b"\n".join(infos)).split(b"\n"))
    keys = {key for shape in shapes for key in shape.split(b";")}
    names = {key.decode("utf-8", "replace") for key in keys}
    return sorted(names - defined - {""})


_INFO_COLUMN = re.compile(rb"^(?:[^\t\n]*\t){7}([^\t\n]*)", re.MULTILINE)
_INFO_VALUES = re.compile(rb"=[^;\n]*")


def read(path: Path, options: ReadOptions) -> ImportedReport:
    report, columns = read_columns(path, options)
    return replace(report, findings=tuple(columns.findings()))


def read_columns(path: Path, options: ReadOptions) -> tuple[ImportedReport, VariantColumns]:
    """The report without findings, and the findings as columns (the chunks joined).

    For very large VCFs use `vcf_stream.VcfStream`, whose chunks keep memory bounded.
    """
    from mtb_desk.importers.vcf_stream import VcfStream  # noqa: PLC0415

    source = VcfStream.open(path, options)
    columns = VariantColumns.concat(list(source.chunks()))
    return source.report(), columns


def build_report(
    path: Path,
    header: Header,
    sample: int | None,
    findings: list[ImportedFinding],
    body: bytes,
    skipped: Skipped,
) -> ImportedReport:
    return report_for(
        path,
        header,
        sample,
        findings,
        skipped,
        cut_off=bool(body) and not body.endswith(b"\n"),
        undefined=undefined_info_keys(body, header.info_ids),
    )


def report_for(
    path: Path,
    header: Header,
    sample: int | None,
    findings: list[ImportedFinding],
    skipped: Skipped,
    *,
    cut_off: bool,
    undefined: list[str],
) -> ImportedReport:
    warnings: list[Value] = []
    if cut_off:
        warnings.append(phrase("warn.no-final-newline"))
    if undefined:
        warnings.append(phrase("warn.info-undefined", fields=", ".join(undefined)))
    if skipped.symbolic:
        warnings.append(phrase("warn.symbolic-skipped", count=skipped.symbolic))
    if skipped.ambiguous:
        warnings.append(phrase("warn.ambiguous-skipped", count=skipped.ambiguous))
    if skipped.filtered:
        warnings.append(phrase("warn.filtered-variants", count=skipped.filtered))
    if not {"CSQ", "ANN", "EFF"} & (header.info_ids | set(undefined)):
        warnings.append(phrase("warn.vcf-unannotated"))
    return ImportedReport(
        findings=tuple(findings),
        sample_id=None if sample is None else header.samples[sample],
        genome_build=header.genome_build,
        importer=NAME,
        importer_version=VERSION,
        notes=tuple(warnings),
    )


class _CyvcfRecord:
    """A `RecordView` over a cyvcf2 Variant (the reference reader)."""

    def __init__(self, path: Path, variant: Any, line: int, sample: int | None) -> None:
        self.variant, self.line, self.sample = variant, line, sample
        # The site fields as htslib formats them: reading variant.REF of a record htslib
        # could not parse (no alleles) crashes cyvcf2, the formatted text shows "." instead.
        fields = str(variant).split("\t", 8)
        if len(fields) < 8 or fields[3] in ("", "."):
            raise ImportFileError(str(path), phrase("import.htslib-record"), line=line, field="REF")
        self.chrom, self.pos, self.ref = fields[0], fields[1], fields[3]
        self.alts = fields[4].split(",")
        self.filter = fields[6]

    def info(self, key: str) -> str | None:
        value = self.variant.INFO.get(key)
        if value is None:
            return None
        if isinstance(value, bool):  # a flag, or a key written without its value
            return ""
        if isinstance(value, tuple):
            return ",".join(_text(v) for v in value)
        return _text(value)

    def fmt(self, key: str) -> list[str] | None:
        if self.sample is None:
            return None
        if key == "GT":
            if "GT" not in self.variant.FORMAT:
                return None
            *alleles, _ = self.variant.genotypes[self.sample]
            return ["/".join("." if a < 0 else str(a) for a in alleles)]
        if key not in self.variant.FORMAT:
            return None
        values = self.variant.format(key)
        if values is None:
            return None
        row = values[self.sample]
        if isinstance(row, str):
            return row.split(",")
        return [_text(v) for v in np.atleast_1d(row) if not _vector_end(v)]


def _vector_end(value: Any) -> bool:
    return isinstance(value, np.integer) and int(value) == -2147483647


def _text(value: Any) -> str:
    if value is None:  # a missing value inside a list (`.,0.5`)
        return "."
    if isinstance(value, np.integer | int) and not isinstance(value, bool):
        return "." if int(value) == -2147483648 else str(int(value))
    if isinstance(value, np.floating | float):
        return "." if np.isnan(value) else repr(float(value))
    return str(value)


def read_with_cyvcf2(path: Path, options: ReadOptions) -> ImportedReport:
    """The reference reader: one cyvcf2 Variant at a time (slow, simple, trusted)."""
    import cyvcf2  # noqa: PLC0415

    text, body, lines = split_file(path)
    header = read_header(path, text, lines)
    sample = tumour_sample(path, header, options.sample)
    skipped, findings = Skipped(), []
    reader = cyvcf2.VCF(str(path), threads=1)
    try:
        for number, variant in enumerate(reader, start=lines + 1):
            if number % 10000 == 0:
                check_cancelled(options.progress)
            record = _CyvcfRecord(path, variant, number, sample)
            for finding in record_findings(record, path, header.csq, skipped):
                if options.skip_filtered and finding.is_filtered:
                    skipped.filtered += 1
                else:
                    findings.append(finding)
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(
            str(path), phrase("import.unreadable-record", why=str(exc)), field="record"
        ) from exc
    finally:
        reader.close()
    return build_report(path, header, sample, findings, body, skipped)


SPEC = ImporterSpec(
    NAME, VERSION, "VCF / VCF.gz (VEP, snpEff annotations)", sniff, read, list_samples
)
