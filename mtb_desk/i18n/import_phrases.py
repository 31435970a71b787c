# ruff: noqa: E501 - messages are data, one per line
"""The English text (gettext msgid) of what the importers say about a file, by phrase code:
errors (``import.*``, with `errors.ImportFileError`) and warnings (``warn.*``); merged into
`phrasebook.PHRASES`. Values from the file (a cell, a gene, a column name) and the operating
system's own messages are parameters shown as written."""

from __future__ import annotations

from mtb_desk.i18n import N_

IMPORT_PHRASES: dict[str, str] = {
    "import.empty-alteration": N_("empty alteration"),
    "import.unknown-biomarker": N_("unknown biomarker '{value}'"),
    "import.unknown-alteration": N_("unknown alteration '{value}'"),
    "import.no-sample": N_("the file holds no sample"),
    "import.unreadable": N_("cannot read the file: {why}"),
    "import.is-folder": N_("this is a folder, not a file: choose a file inside it"),
    "import.fifo": N_("a FIFO (named pipe)"),
    "import.socket": N_("a socket"),
    "import.device": N_("a device"),
    "import.not-regular": N_("not a regular file but {kind}: nothing was read"),
    "import.expands-over-cap": N_(
        "the compressed file expands to more than {mib} MiB (the limit for this input; MTB_DESK_MAX_INPUT_BYTES)"
    ),
    "import.decompression-bomb": N_(
        "expands more than {ratio} times its compressed size ({size} bytes → over {total}): refused as a possible decompression bomb"
    ),
    "import.too-big": N_(
        "the file is {mib} MiB; files of this format are read whole and limited to {cap} MiB"
    ),
    "import.bad-gzip": N_("corrupt or truncated gzip data: {why}"),
    "import.long-line": N_(
        "a line longer than {mib} MiB without a line break (not a text file of records?)"
    ),
    "import.nul-bytes": N_("the file contains NUL bytes (binary data?)"),
    "import.no-analysis-details": N_(
        "no [Analysis Details] section: not a TSO500 CombinedVariantOutput file"
    ),
    "import.section-no-header": N_("[{section}] has no header row (truncated file?)"),
    "import.section-wide-row": N_("[{section}] row has more cells than its header"),
    "import.last-row-incomplete": N_("the last row is incomplete (truncated file?)"),
    "import.section-twice": N_("section [{section}] appears twice"),
    "import.dragen-unannotated": N_(
        "this is an unannotated DRAGEN small-variant VCF (no gene or protein annotation): import the sample's CombinedVariantOutput.tsv or a VEP/snpEff-annotated VCF instead"
    ),
    "import.cnv-no-gene": N_("a copy-number call names no gene"),
    "import.no-header-after-comments": N_("no header row after the # lines"),
    "import.fusion-needs-genes": N_("a fusion needs both genes"),
    "import.not-dup-del-dot": N_("'{value}' is not <DUP>, <DEL> or ."),
    "import.column-missing": N_("column missing"),
    "import.cells-vs-header": N_("{cells} cells, the header has {header}"),
    "import.not-true-false": N_("'{value}' is not True/False"),
    "import.no-chrom-line": N_("the #CHROM header line is missing"),
    "import.record-columns": N_("the record has {columns} columns, the header {header}"),
    "import.no-position": N_("the record has no position"),
    "import.not-folder": N_("not a folder"),
    "import.folder-several-samples": N_(
        "the folder holds several samples' CombinedVariantOutput files: {names}"
    ),
    "import.folder-no-output": N_("no DRAGEN TSO500 output file found in the folder"),
    "import.empty-fusion": N_("empty fusion name"),
    "import.not-two-genes": N_("'{value}' does not name two genes"),
    "import.no-fusion-columns": N_("no fusion or gene columns"),
    "import.no-gene-given": N_("neither gene is given"),
    "import.unknown-row-kind": N_("cannot tell what kind of finding the row holds"),
    "import.needs-mapping": N_("a generic table needs a column mapping"),
    "import.unknown-kind": N_("unknown finding kind '{value}'"),
    "import.bad-xlsx": N_("not a readable XLSX workbook ({why})"),
    "import.no-sheet": N_("no sheet '{sheet}' (sheets: {sheets})"),
    "import.mixed-builds": N_("rows mix genome builds {builds}"),
    "import.alt-exceeds-depth": N_("t_alt_count {alt} exceeds t_depth {depth}"),
    "import.not-gene": N_("'{value}' is not a gene symbol"),
    "import.not-finite": N_("'{value}' is not a finite number"),
    "import.not-count": N_("'{value}' is not a whole non-negative number"),
    "import.vaf-range": N_("allele fraction {value} is outside 0..1"),
    "import.not-allele": N_("'{value}' is not a DNA allele"),
    "import.cna-range": N_("copy-number call {value} is outside -2..2"),
    "import.not-number": N_("'{value}' is not a number"),
    "import.unknown-format": N_("unrecognised file format (tried: {tried})"),
    "import.empty": N_("the file is empty"),
    "import.map-columns": N_(
        "not a known lab format; map its columns to import it as a generic table (tried: {tried})"
    ),
    "import.unreadable-content": N_("unreadable content ({why})"),
    "import.empty-no-header": N_("the file is empty (no header line)"),
    "import.bad-encoding": N_("the file is not valid {encoding} text (byte {byte})"),
    "import.unknown-encoding": N_("unknown text encoding '{encoding}'"),
    "import.missing-column": N_("missing column {names}"),
    "import.row-cells": N_("the row has {cells} cells but the header has {header}"),
    "import.small-needs-position": N_(
        "a small variant needs a position, reference and alternative call"
    ),
    "import.not-cnv-type": N_("'{value}' is not a copy-number type"),
    "import.not-dup-del": N_("'{value}' is not <DUP> or <DEL>"),
    "import.bad-vcf-header": N_("invalid VCF header ({why})"),
    "import.htslib-record": N_("htslib could not read the record"),
    "import.unreadable-record": N_("unreadable record ({why})"),
    "import.carriage-return": N_("a carriage return inside a line"),
    "import.tab-columns": N_("expected {columns} tab-separated columns, found {found}"),
    "import.line-not-utf8": N_("the line is not UTF-8 text"),
    "import.not-ref-allele": N_("'{value}' is not a reference allele"),
    "import.not-alt-allele": N_("'{value}' is not an alternative allele"),
    "import.empty-alt": N_("empty alternative allele"),
    "import.blank-run": N_("more than {count} blank lines in a row (not VCF records)"),
    "import.not-vcf": N_("not a VCF file (no ##fileformat=VCF line)"),
    "import.no-chrom-within": N_("no #CHROM header line in the first {mib} MiB"),
    "import.header-not-utf8": N_("the header is not UTF-8 text"),
    "import.xml-doctype": N_("DOCTYPE/ENTITY declarations are not accepted in report XML"),
    "import.no-variant-report": N_("no variant-report element"),
    "import.not-position": N_("'{value}' is not a genomic position"),
    "import.short-variant-gene": N_("a short variant needs a gene"),
    "import.unknown-cnv-type": N_("unknown copy-number type '{value}'"),
    "import.unreadable-xml": N_("unreadable XML ({why})"),
    "import.malformed-xml": N_("malformed XML ({why}, column {column})"),
    "import.unknown-msi": N_("unknown MSI status '{value}'"),
    "warn.genes-twice": N_("genes called more than once for {sample}: {genes}"),
    "warn.no-gene-row": N_("line {line}: no gene symbol; row skipped"),
    "warn.section-missing": N_("section [{section}] is missing"),
    "warn.section-unknown": N_("unknown section [{section}] ignored"),
    "warn.output-date": N_("Output Date '{value}' is not a valid date; report date left empty"),
    "warn.not-date": N_("{name} '{value}' is not a date"),
    "warn.no-protein-column": N_(
        "no protein column ({columns}): findings carry no protein change and cannot meet protein or position rules"
    ),
    "warn.hgvsp-disagree": N_(
        "line {line}: HGVSp {long} and HGVSp_Short {short} disagree; HGVSp (the complete HGVS) used"
    ),
    "warn.no-final-newline": N_(
        "the file does not end with a line break: the last record may be cut off"
    ),
    "warn.info-undefined": N_("INFO fields without a header line: {fields}"),
    "warn.symbolic-skipped": N_(
        "{count} structural-variant alleles (breakends, <INV>, …) not imported"
    ),
    "warn.ambiguous-skipped": N_("{count} ambiguous alleles written as A/T not imported"),
    "warn.filtered-variants": N_("{count} filtered (non-PASS) variants skipped"),
    "warn.vcf-unannotated": N_(
        "the VCF carries no gene annotation (no VEP CSQ or snpEff ANN/EFF): its findings have no gene or protein and cannot meet gene rules; annotate it with VEP or snpEff"
    ),
    "warn.no-findings": N_("the file holds no findings"),
    "warn.copy-neutral": N_("{count} copy-neutral gene(s) (ALT .) are not findings"),
    "warn.filtered-cnv": N_("{count} filtered (non-PASS) copy-number calls skipped"),
    "warn.filtered-splice": N_("{count} filtered splice-variant candidates skipped"),
    "warn.splice-outside": N_(
        "{count} passing splice call(s) outside AR/EGFR/MET name no gene and were not imported: {calls}; import the CombinedVariantOutput.tsv"
    ),
    "warn.loh-kept": N_(
        "{count} gene(s) in [Loss of Heterozygosity] keep both alleles (minor copy number > 0): not findings"
    ),
    "warn.msi-score-only": N_("MSI given as {key} = {value}: MSI status was not called from it"),
    "warn.in-file": N_("{file}: {warning}"),
    "warn.unannotated-passed-over": N_(
        "{count} unannotated small-variant VCF(s) passed over: the CombinedVariantOutput.tsv holds the small variants"
    ),
    "warn.alias-ambiguous": N_(
        "gene symbol {symbol} is an alias of {genes}; kept as written (not mapped)"
    ),
}
