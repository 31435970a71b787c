"""FoundationOne XML results reports (F1CDx, F1 Liquid CDx, F1 Heme).

Structure read: `rr:ResultsReport` → (`FinalReport` with `Sample`/`PMI` facts) and
`variant-report` (attributes `test-type`, `percent-tumor-nuclei`, `specimen`, optional
`reference-genome`) with `short-variants/short-variant`, `copy-number-alterations/
copy-number-alteration`, `rearrangements/rearrangement` and `biomarkers`
(`microsatellite-instability/@status`, `tumor-mutation-burden/@score`). Namespaces are
ignored. `protein-effect` has no `p.` (`V600E`) and `cds-effect` no `c.`; both are
normalised. `equivocal="true"` and the `status` (known/likely/unknown) go into the finding's
description. A `loss` copy-number alteration is FMI's homozygous loss (a deletion).

Security: documents with a DOCTYPE or entity declaration are refused before parsing, so no
entity (internal or external) is ever expanded; expat does not fetch external resources.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

from mtb_desk.domain.enums import Assay, CnvCall, FindingKind, MsiStatus, Specimen
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.importers import fusions as fusion_names
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions
from mtb_desk.importers.text import read_bytes

NAME = "foundationone-xml"
VERSION = "1.0"
MSI = {
    "MSI-H": MsiStatus.MSI_HIGH,
    "MSI-HIGH": MsiStatus.MSI_HIGH,
    "MSS": MsiStatus.MSS,
    "MSI-L": MsiStatus.MSS,
    "MSI-INTERMEDIATE": MsiStatus.INDETERMINATE,
    "MSI-E": MsiStatus.INDETERMINATE,
    "CANNOT-BE-DETERMINED": MsiStatus.INDETERMINATE,
    "MSI-AMBIGUOUS": MsiStatus.INDETERMINATE,
}
CNA_TYPES = {
    "amplification": CnvCall.AMPLIFICATION,
    "partial amplification": CnvCall.AMPLIFICATION,
    "loss": CnvCall.DELETION,
    "partial loss": CnvCall.DELETION,
    "gain": CnvCall.GAIN,
    "deletion": CnvCall.DELETION,
}
_POSITION = re.compile(r"^(chr[0-9XYM]+|[0-9XYM]+):(\d+)(?:-\d+)?$", re.IGNORECASE)


def sniff(head: FileHead) -> bool:
    text = head.text.lstrip()
    return text.startswith("<") and ("ResultsReport" in text or "variant-report" in text)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(path: Path) -> ET.Element:
    data = read_bytes(path)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ImportFileError(
            str(path),
            phrase("import.xml-doctype"),
            line=data[: max(data.find(b"<!DOCTYPE"), data.find(b"<!ENTITY"))].count(b"\n") + 1,
        )
    try:
        return ET.fromstring(data)
    except (LookupError, ValueError) as exc:  # e.g. an unknown encoding in the declaration
        raise ImportFileError(
            str(path), phrase("import.unreadable-xml", why=str(exc)), line=1
        ) from exc
    except ET.ParseError as exc:
        line, column = exc.position
        raise ImportFileError(
            str(path),
            phrase("import.malformed-xml", why=str(getattr(exc, "msg", exc)), column=column),
            line=line,
        ) from exc


def _find(root: ET.Element, name: str) -> ET.Element | None:
    return next((e for e in root.iter() if _local(e.tag) == name), None)


def _children(parent: ET.Element | None, name: str) -> list[ET.Element]:
    return [] if parent is None else [e for e in parent if _local(e.tag) == name]


def _text(root: ET.Element, name: str) -> str | None:
    element = _find(root, name)
    return (
        element.text.strip()
        if element is not None and element.text and element.text.strip()
        else None
    )


def read(path: Path, options: ReadOptions) -> ImportedReport:
    root = _parse(path)
    report = _find(root, "variant-report")
    if report is None:
        raise ImportFileError(str(path), phrase("import.no-variant-report"), field="variant-report")
    warnings: list[Value] = []
    findings = _alterations(path, report)
    tmb, msi, biomarker_findings = _biomarkers(path, report)
    findings.extend(biomarker_findings)
    test_type = report.get("test-type") or _text(root, "TestType") or ""
    assay, specimen = _assay(test_type)
    return ImportedReport(
        findings=tuple(findings),
        assay=assay,
        lab="Foundation Medicine",
        specimen=specimen,
        sample_id=report.get("specimen") or _text(root, "SampleId"),
        tumour_cell_content=norm.parse_float(
            report.get("percent-tumor-nuclei"), path, None, "variant-report/@percent-tumor-nuclei"
        ),
        report_date=_date(root, warnings),
        tmb=tmb,
        msi_status=msi,
        genome_build=report.get("reference-genome"),
        importer=NAME,
        importer_version=VERSION,
        notes=tuple(warnings),
        details=_details(test_type, report.get("test-request")),
    )


def _alterations(path: Path, report: ET.Element) -> list[ImportedFinding]:
    groups = (
        ("short-variants", "short-variant", _short_variant),
        ("copy-number-alterations", "copy-number-alteration", _copy_number),
        ("rearrangements", "rearrangement", _rearrangement),
    )
    return [
        build(path, element, f"{item}[{index}]")
        for group, item, build in groups
        for index, element in enumerate(_children(_find(report, group), item), start=1)
    ]


def _details(test_type: str, request: str | None) -> dict[str, str]:
    return {k: v for k, v in (("test_type", test_type), ("test_request", request or "")) if v}


def _assay(test_type: str) -> tuple[Assay, Specimen | None]:
    lowered = test_type.lower()
    if "liquid" in lowered:
        return Assay.F1LCDX, Specimen.BLOOD
    if "cdx" in lowered:
        return Assay.F1CDX, Specimen.TISSUE
    return Assay.OTHER, None


def _date(root: ET.Element, warnings: list[Value]) -> date | None:
    for name in ("ReportDate", "SignOffDate", "ReceivedDate"):
        value = _text(root, name)
        if value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                warnings.append(phrase("warn.not-date", name=name, value=value))
    return None


def _fraction(path: Path, element: ET.Element, where: str) -> float | None:
    return norm.parse_fraction(
        element.get("allele-fraction"), path, None, f"{where}/@allele-fraction"
    )


def _flags(element: ET.Element) -> dict[str, Any]:
    """`equivocal="true"` and a germline/somatic flag, where the report gives them."""
    flags: dict[str, Any] = {"equivocal": (element.get("equivocal") or "").lower() == "true"}
    germline = (element.get("germline") or element.get("origin") or "").strip().lower()
    if germline in ("true", "germline"):
        flags["origin"] = "germline"
    elif germline in ("false", "somatic"):
        flags["origin"] = "somatic"
    return flags


def _note(element: ET.Element) -> str | None:
    parts = []
    if (element.get("equivocal") or "").lower() == "true":
        parts.append("equivocal")
    if element.get("status"):
        parts.append(f"status {element.get('status')}")
    if element.get("subclonal", "").lower() == "true":
        parts.append("subclonal")
    return "; ".join(parts) or None


def _position(
    path: Path, element: ET.Element, where: str, name: str
) -> tuple[str | None, int | None]:
    raw = element.get(name)
    if norm.is_missing(raw):
        return None, None
    assert raw is not None
    match = _POSITION.match(raw.strip())
    if match is None:
        raise ImportFileError(
            str(path), phrase("import.not-position", value=str(raw)), field=f"{where}/@{name}"
        )
    return match.group(1), int(match.group(2))


def _short_variant(path: Path, element: ET.Element, where: str) -> ImportedFinding:
    gene = norm.gene_symbol(element.get("gene"), path, None, f"{where}/@gene")
    if gene is None:
        raise ImportFileError(
            str(path), phrase("import.short-variant-gene"), field=f"{where}/@gene"
        )
    cds = (element.get("cds-effect") or "").strip()
    hgvs_c = None if not cds else cds if cds.startswith("c.") else f"c.{cds}"
    canonical, original = norm.protein(element.get("protein-effect"))
    chrom, position = _position(path, element, where, "position")
    change = cds.split(">")
    if any(t in cds for t in ("del", "ins", "dup")):
        kind = FindingKind.INDEL
    else:
        kind = FindingKind.MNV if len(change) == 2 and len(change[1]) > 1 else FindingKind.SNV
    return ImportedFinding(
        kind=kind,
        gene=gene,
        protein=canonical,
        protein_original=original,
        hgvs_c=hgvs_c,
        transcript=element.get("transcript") or None,
        chromosome=chrom,
        position=position,
        consequence=element.get("functional-effect") or None,
        vaf=_fraction(path, element, where),
        depth=norm.parse_int(element.get("depth"), path, None, f"{where}/@depth"),
        description=_note(element),
        **_flags(element),
    )


def _copy_number(path: Path, element: ET.Element, where: str) -> ImportedFinding:
    kind_text = (element.get("type") or "").strip().lower()
    if kind_text not in CNA_TYPES:
        raise ImportFileError(
            str(path), phrase("import.unknown-cnv-type", value=kind_text), field=f"{where}/@type"
        )
    chrom, position = _position(path, element, where, "position")
    note = ", ".join(
        p
        for p in (
            kind_text,
            element.get("number-of-exons") and f"exons {element.get('number-of-exons')}",
            _note(element),
        )
        if p
    )
    return ImportedFinding(
        kind=FindingKind.CNV,
        gene=norm.gene_symbol(element.get("gene"), path, None, f"{where}/@gene"),
        chromosome=chrom,
        position=position,
        cnv_call=CNA_TYPES[kind_text],
        copy_number=norm.parse_float(
            element.get("copy-number"), path, None, f"{where}/@copy-number"
        ),
        fold_change=norm.parse_float(element.get("ratio"), path, None, f"{where}/@ratio"),
        description=note,
        **_flags(element),
    )


def _rearrangement(path: Path, element: ET.Element, where: str) -> ImportedFinding:
    targeted = norm.gene_symbol(element.get("targeted-gene"), path, None, f"{where}/@targeted-gene")
    other = element.get("other-gene")
    other_gene = (
        None
        if norm.is_missing(other) or other == "N/A"
        else norm.gene_symbol(other, path, None, f"{where}/@other-gene")
    )
    five, three = targeted, other_gene
    description = element.get("description") or ""
    note = "; ".join(p for p in (description, element.get("type"), _note(element)) if p)
    values: dict[str, Any] = {
        "breakpoint_5": element.get("pos1") or None,
        "breakpoint_3": element.get("pos2") or None,
        "supporting_reads": norm.parse_int(
            element.get("supporting-read-pairs"), path, None, f"{where}/@supporting-read-pairs"
        ),
        "vaf": _fraction(path, element, where),
        **_flags(element),
    }
    same_gene = other_gene is not None and other_gene.upper() == (targeted or "").upper()
    if same_gene or (other_gene is None and (element.get("type") or "").lower() != "fusion"):
        # an inversion, truncation or intragenic deletion inside one gene: not a fusion
        return fusion_names.structural_finding(targeted, note or "rearrangement", None, **values)
    if other_gene and description:
        try:  # the description may give the 5'-3' order: "EML4-ALK fusion"
            named = fusion_names.split_pair(description.split()[0], path, None, "description")
        except ImportFileError:
            named = (None, None)
        if set(named) == {targeted, other_gene}:
            five, three = named
    return ImportedFinding(
        kind=FindingKind.FUSION,
        gene=five,
        partner_gene=three,
        description=note or None,
        **values,
    )


def _biomarkers(
    path: Path, report: ET.Element
) -> tuple[float | None, MsiStatus | None, list[ImportedFinding]]:
    biomarkers = _find(report, "biomarkers")
    found: list[ImportedFinding] = []
    tmb = msi = None
    if biomarkers is None:
        return None, None, found
    for element in _children(biomarkers, "tumor-mutation-burden"):
        tmb = norm.parse_float(element.get("score"), path, None, "tumor-mutation-burden/@score")
        found.append(
            ImportedFinding(
                kind=FindingKind.TMB,
                value=tmb,
                description=f"TMB {element.get('status') or ''} ({tmb} mut/Mb)".replace("  ", " "),
            )
        )
    for element in _children(biomarkers, "microsatellite-instability"):
        status = (element.get("status") or "").strip().upper()
        if status not in MSI:
            raise ImportFileError(
                str(path),
                phrase("import.unknown-msi", value=status),
                field="microsatellite-instability/@status",
            )
        msi = MSI[status]
        found.append(ImportedFinding(kind=FindingKind.MSI, description=f"{msi.value} ({status})"))
    return tmb, msi, found


SPEC = ImporterSpec(NAME, VERSION, "FoundationOne XML results report", sniff, read)
