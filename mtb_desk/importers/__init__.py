"""Lab files → plain records (`ImportedReport` / `ImportedFinding`). No database, no Qt.

Entry points (in `registry`):
- `read_report(path, *, sample=None, skip_filtered=False, mapping=None, progress=None)`
  → one `ImportedReport` for one sample; raises `ImportFileError` (subclass
  `SampleChoiceRequired` with `.samples` when the file holds several samples and none was named)
  or `OperationCancelled`.
- `sniff(path, mapping=None)` → the `ImporterSpec` chosen by content; `list_samples(path)`;
  `file_sha256(path)`.
- `generic.ColumnMapping` (JSON round trip) for a lab's own CSV/XLSX.
- `open_vcf(path, ...)` → a `vcf_stream.VcfStream`: the header now, then `vcf_chunks()` yields
  one `VariantColumns` per few MB of body (memory grows with the chunk, not the file);
  `vcf.read_columns(path, ReadOptions(...))` joins the chunks.

Every file is read through `bounded` (regular files only; gzip decompressed as a capped stream).
One module per format family: `tso500`, `vcf` (+ `vcf_stream`, `vcf_fast`, `vcf_columns`,
`vcf_lines`, `vcf_record`, `vcf_annotation`), `maf`, `cna`, `fusions`, `atypical`, `xml_f1`,
`generic`; shared helpers in `base`, `bounded`, `text`, `normalise`.
"""
