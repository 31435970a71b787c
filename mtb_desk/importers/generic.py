"""A lab's own CSV / TSV / XLSX sheet, read through a `ColumnMapping` the user made once.

The mapping names the file's column for each finding field; it is saved per lab as JSON
(`to_json` / `from_json`). The finding kind comes from the mapped `kind` column, else
`default_kind`, else is derived from what the row holds: REF/ALT → snv/indel/mnv, a partner
gene → fusion, a copy-number call or value → cnv, a protein change → snv or indel.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError, ValidationError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions, choose_sample
from mtb_desk.importers.text import Table, decode, parse_table, read_bytes

NAME = "generic-table"
VERSION = "1.0"
KIND_WORDS = {
    "snp": FindingKind.SNV, "mutation": FindingKind.SNV, "missense": FindingKind.SNV,
    "deletion": FindingKind.INDEL, "insertion": FindingKind.INDEL, "del": FindingKind.INDEL,
    "ins": FindingKind.INDEL, "amplification": FindingKind.CNV, "copy number": FindingKind.CNV,
    "rearrangement": FindingKind.FUSION, "sv": FindingKind.FUSION,
    "translocation": FindingKind.FUSION,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Column names (as in the file's header) for each field; None = not in the file."""

    gene: str
    kind: str | None = None
    default_kind: str | None = None  # a FindingKind value used when there is no kind column
    protein: str | None = None
    hgvs_c: str | None = None
    transcript: str | None = None
    chromosome: str | None = None
    position: str | None = None
    ref: str | None = None
    alt: str | None = None
    consequence: str | None = None
    exon: str | None = None
    vaf: str | None = None
    depth: str | None = None
    copy_number: str | None = None
    fold_change: str | None = None
    cnv_call: str | None = None
    partner_gene: str | None = None
    supporting_reads: str | None = None
    filter: str | None = None
    description: str | None = None
    sample: str | None = None
    sheet: str | None = None  # XLSX: sheet name (default: the first)
    delimiter: str | None = None  # CSV: None = tab if the header has tabs, else comma
    encoding: str = "utf-8"

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v is not None}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationError(f"column mapping is not valid JSON: {exc}") from exc
        known = {f.name for f in fields(cls)}
        if not isinstance(data, dict) or not isinstance(data.get("gene"), str):
            raise ValidationError(
                "column mapping must be an object naming at least the gene column"
            )
        unknown = set(data) - known
        if unknown or not all(isinstance(v, str) for v in data.values()):
            raise ValidationError(
                f"column mapping has unknown or non-text entries: {sorted(unknown)}"
            )
        if data.get("default_kind") not in (None, *[k.value for k in FindingKind]):
            raise ValidationError(f"unknown default_kind '{data['default_kind']}'")
        return cls(**data)


def sniff(head: FileHead) -> bool:
    if head.raw.startswith(b"PK\x03\x04"):
        return True
    line = head.first_data_line()
    return ("\t" in line or "," in line or ";" in line) and len(head.header_fields()) >= 2


def _xlsx_table(path: Path, sheet: str | None) -> Table:
    import openpyxl  # noqa: PLC0415

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(str(path), phrase("import.bad-xlsx", why=str(exc))) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ImportFileError(
                str(path),
                phrase("import.no-sheet", sheet=sheet, sheets=", ".join(book.sheetnames)),
                field="sheet",
            )
        values = book[sheet] if sheet else book.worksheets[0]
        text = "\n".join(
            "\t".join(_cell(v).replace("\t", " ") for v in row)
            for row in values.iter_rows(values_only=True)
        )
    finally:
        book.close()
    return parse_table(path, text)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\n", " ")


def load_table(path: Path, mapping: ColumnMapping) -> Table:
    data = read_bytes(path)
    if data.startswith(b"PK\x03\x04"):
        return _xlsx_table(path, mapping.sheet)
    text = decode(path, data, mapping.encoding)
    first = next(
        (line for line in text.splitlines() if line.strip() and not line.startswith("#")), ""
    )
    delimiter = mapping.delimiter or (
        "\t" if "\t" in first else ";" if first.count(";") > first.count(",") else ","
    )
    return parse_table(path, text, delimiter=delimiter)


def read(path: Path, options: ReadOptions) -> ImportedReport:
    mapping = options.mapping
    if mapping is None:
        raise ImportFileError(str(path), phrase("import.needs-mapping"), field="mapping")
    table = load_table(path, mapping)
    columns = {
        f.name: table.require(getattr(mapping, f.name))
        for f in fields(mapping)
        if f.name not in ("sheet", "delimiter", "encoding", "default_kind")
        and getattr(mapping, f.name) is not None
    }
    rows = table.rows
    sample = None
    if "sample" in columns:
        index = columns["sample"]
        sample = choose_sample(path, [c[index] for _, c in rows if c[index]], options.sample)
        rows = tuple(r for r in rows if r[1][index] == sample)
    findings = [_finding(path, mapping, columns, line, cells) for line, cells in rows]
    if options.skip_filtered:
        findings = [f for f in findings if not f.is_filtered]
    return ImportedReport(
        findings=tuple(findings), sample_id=sample, importer=NAME, importer_version=VERSION
    )


def _finding(
    path: Path, mapping: ColumnMapping, columns: dict[str, int], line: int, cells: tuple[str, ...]
) -> ImportedFinding:
    values = _values(path, mapping, columns, line, cells)
    word = (
        cells[columns["kind"]]
        if "kind" in columns and not norm.is_missing(cells[columns["kind"]])
        else None
    )
    kind = _kind(path, mapping, line, word, values)
    if kind is FindingKind.CNV and values["cnv_call"] is None and values["copy_number"] is not None:
        values["cnv_call"] = CnvCall.AMPLIFICATION if values["copy_number"] > 2 else CnvCall.LOSS
    return ImportedFinding(kind=kind, source_line=line, **values)


def _values(
    path: Path, mapping: ColumnMapping, columns: dict[str, int], line: int, cells: tuple[str, ...]
) -> dict[str, Any]:
    def get(name: str) -> str | None:
        index = columns.get(name)
        return None if index is None or norm.is_missing(cells[index]) else cells[index]

    def field(name: str) -> str:
        return str(getattr(mapping, name) or name)

    canonical, original = norm.protein(get("protein"))
    call_text = get("cnv_call")
    return {
        "gene": norm.gene_symbol(get("gene"), path, line, mapping.gene),
        "partner_gene": norm.gene_symbol(get("partner_gene"), path, line, field("partner_gene")),
        "protein": canonical, "protein_original": original,
        "ref": norm.check_allele(get("ref"), path, line, field("ref")),
        "alt": norm.check_allele(get("alt"), path, line, field("alt")),
        "cnv_call": call_text and norm.cnv_call(call_text, path, line, field("cnv_call")),
        "hgvs_c": get("hgvs_c"), "transcript": get("transcript"), "chromosome": get("chromosome"),
        "consequence": get("consequence"), "exon": norm.exon_number(get("exon")),
        "filter": get("filter"), "description": get("description"),
        "position": norm.parse_int(get("position"), path, line, field("position")),
        "vaf": norm.parse_vaf(get("vaf"), path, line, field("vaf")),
        "depth": norm.parse_int(get("depth"), path, line, field("depth")),
        "copy_number": norm.parse_float(get("copy_number"), path, line, field("copy_number")),
        "fold_change": norm.parse_float(get("fold_change"), path, line, field("fold_change")),
        "supporting_reads": norm.parse_int(
            get("supporting_reads"), path, line, field("supporting_reads")),
    }  # fmt: skip


def _kind(
    path: Path, mapping: ColumnMapping, line: int, word: str | None, values: dict[str, Any]
) -> FindingKind:
    if word is not None:
        text = word.strip().lower()
        if text in {k.value for k in FindingKind}:
            return FindingKind(text)
        if text in KIND_WORDS:
            return KIND_WORDS[text]
        raise ImportFileError(
            str(path), phrase("import.unknown-kind", value=word), line=line, field=mapping.kind
        )
    if mapping.default_kind:
        return FindingKind(mapping.default_kind)
    if values["ref"] and values["alt"]:
        return norm.small_variant_kind(values["ref"], values["alt"])
    if values["partner_gene"]:
        return FindingKind.FUSION
    if values["cnv_call"] or values["copy_number"] is not None or values["fold_change"] is not None:
        return FindingKind.CNV
    protein = values["protein"] or ""
    if protein:
        return (
            FindingKind.INDEL
            if any(t in protein for t in ("del", "ins", "dup", "fs"))
            else FindingKind.SNV
        )
    raise ImportFileError(
        str(path),
        phrase("import.unknown-row-kind"),
        line=line,
        field=mapping.kind or "kind",
    )


SPEC = ImporterSpec(NAME, VERSION, "generic CSV/TSV/XLSX with a column mapping", sniff, read)
