"""Importing files into cases: one transaction, duplicates refused, bad input changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import Role
from mtb_desk.errors import ImportFileError, PermissionDenied
from mtb_desk.services.cases import NewCase, create_case, get_case
from mtb_desk.services.imports import DuplicateImportError, import_file
from mtb_desk.services.permissions import Actor
from mtb_desk.services.users import list_users, resolve_actor
from mtb_desk.services.worklist import list_cases
from tests.db_snapshot import snapshot
from tests.shared_data import shared_file

# A small, synthetic TSO500 CombinedVariantOutput written by the test itself.
TSO500 = "\n".join(
    "\t".join(row + [""] * (11 - len(row)))
    for row in [
        ["[Analysis Details]"],
        ["Pair ID", "SYN-PAIR-1"],
        ["Output Date", "2026-01-15"],
        ["[TMB]"],
        ["Total TMB", "12.5"],
        ["[MSI]"],
        ["Usable MSI Sites", "100"],
        ["Total Microsatellite Sites Unstable", "3"],
        ["Percent Unstable MSI Sites", "3.0"],
        ["[Gene Amplifications]"],
        ["Gene", "Fold Change"],
        ["ERBB2", "6.2"],
        ["[Splice Variants]"],
        ["NA"],
        ["[Fusions]"],
        ["NA"],
        ["[Small Variants]"],
        ["Gene", "Chromosome", "Genomic Position", "Reference Call", "Alternative Call",
         "Allele Frequency", "Depth", "P-Dot Notation", "C-Dot Notation", "Consequence(s)",
         "Affected Exon(s)"],
        ["BRAF", "chr7", "140453136", "A", "T", "0.31", "812", "NP_004324.2:p.(Val600Glu)",
         "NM_004333.4:c.1799T>A", "missense_variant", "15/18"],
        ["KRAS", "chr12", "25398284", "C", "T", "0.22", "640", "NP_004976.2:p.(Gly12Asp)",
         "NM_004985.4:c.35G>A", "missense_variant", "2/5"],
    ]
) + "\n"


@pytest.fixture
def case(db: Database, actor: Actor) -> str:
    return create_case(db, actor, NewCase("IMP-SYN", "COADREAD")).study_id


def test_import_writes_report_and_findings(
    db: Database, actor: Actor, case: str, tmp_path: Path
) -> None:
    path = tmp_path / "CombinedVariantOutput.tsv"
    path.write_text(TSO500)
    summary = import_file(db, actor, case, path)
    assert summary.counts == {"cnv": 1, "msi": 1, "snv": 2, "tmb": 1}
    assert (summary.tmb, summary.msi_score) == (12.5, 3.0)
    detail = get_case(db, case)
    assert detail.tmb == 12.5
    assert {(f.gene, f.protein) for f in detail.findings if f.kind.value == "snv"} == {
        ("BRAF", "V600E"), ("KRAS", "G12D")}
    report = detail.reports[0]
    assert (report.source_filename, report.importer, report.imported_by) == (
        path.name, "tso500-cvo", actor.username)
    assert report.source_sha256 == summary.sha256


def test_same_file_twice_is_refused_and_dry_run_writes_nothing(
    db: Database, actor: Actor, case: str, tmp_path: Path
) -> None:
    path = tmp_path / "cvo.tsv"
    path.write_text(TSO500)
    before = snapshot(db)
    dry = import_file(db, actor, case, path, dry_run=True)
    assert dry.dry_run
    assert dry.report_id is None
    assert snapshot(db) == before
    import_file(db, actor, case, path)
    after_first = snapshot(db)
    with pytest.raises(DuplicateImportError, match="already imported"):
        import_file(db, actor, case, path)
    assert snapshot(db) == after_first


def test_role_without_import_right_is_refused(
    db: Database, case: str, make_actor: object, tmp_path: Path
) -> None:
    secretary = make_actor("sek", Role.SECRETARY)  # type: ignore[operator]
    path = tmp_path / "cvo.tsv"
    path.write_text(TSO500)
    with pytest.raises(PermissionDenied, match="bioinformatician"):
        import_file(db, secretary, case, path)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (TSO500.replace("0.31", "0.3x1").encode(), "line 19"),
        (TSO500.replace("140453136", "14045x136").encode(), "Genomic Position"),
        (TSO500.encode("utf-16"), "cvo.tsv"),
        (TSO500[: len(TSO500) // 2].encode() + b"\xff\xfe garbage", "cvo.tsv"),
    ],
)
def test_bad_files_leave_the_database_exactly_as_it_was(
    db: Database, actor: Actor, case: str, tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "cvo.tsv"
    path.write_bytes(content)
    before = snapshot(db)
    with pytest.raises(ImportFileError) as raised:
        import_file(db, actor, case, path)
    assert fragment in str(raised.value)
    assert snapshot(db) == before


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(0, len(TSO500) - 1), junk=st.text(min_size=1, max_size=4))
def test_mutated_file_imports_whole_or_not_at_all(
    sqlite_db: Database, tmp_path: Path, position: int, junk: str
) -> None:
    """The service's all-or-nothing write does not depend on the back end: SQLite suffices."""
    db = sqlite_db
    actor = resolve_actor(db, list_users(db)[0].username)
    if not any(c.study_id == "IMP-SYN" for c in list_cases(db).items):
        create_case(db, actor, NewCase("IMP-SYN", "COADREAD"))
    case = "IMP-SYN"
    path = tmp_path / "mutated.tsv"
    path.write_text(TSO500[:position] + junk + TSO500[position + 1:])
    before = snapshot(db)
    try:
        summary = import_file(db, actor, case, path)
    except (ImportFileError, DuplicateImportError):  # duplicate: the mutation changed nothing
        assert snapshot(db) == before
        return
    after = snapshot(db)
    added = len(after["finding"]) - len(before["finding"])
    assert added == summary.findings


def test_real_tso500_sample_imports_with_its_counts(db: Database, actor: Actor, case: str) -> None:
    path = shared_file("tso500-awgl", "sample_CombinedVariantOutput.tsv")
    summary = import_file(db, actor, case, path)
    small = summary.counts.get("snv", 0) + summary.counts.get("indel", 0) + summary.counts.get(
        "mnv", 0)
    assert small == 35
    assert summary.counts["cnv"] == 3
    assert summary.tmb == 275.6
    assert summary.msi_score == 64.8
    assert len(get_case(db, case).findings) == summary.findings


@pytest.mark.parametrize("name", ["vcf2maf/test.vcf", "vcf2maf/test_mutect.vcf",
                                  "cyvcf2/test.snpeff.vcf"])
def test_vcf_rows_path_stores_what_the_importer_reads(
    sqlite_db: Database, tmp_path: Path, name: str
) -> None:
    """Large VCFs are stored from columns, without ImportedFinding objects: same findings."""
    from mtb_desk.importers.registry import read_report

    db = sqlite_db
    actor = resolve_actor(db, list_users(db)[0].username)
    create_case(db, actor, NewCase("VCF-ROWS", "LUAD"))
    path = shared_file(*name.split("/"))
    sample = "TUMOR" if "vcf2maf" in name else None
    try:
        expected = read_report(path, sample=sample).findings
    except ImportFileError as exc:  # several samples and no tumour/normal naming: choose one
        sample = exc.samples[0]  # type: ignore[attr-defined]
        expected = read_report(path, sample=sample).findings
    import_file(db, actor, "VCF-ROWS", path, sample=sample)
    stored = get_case(db, "VCF-ROWS").findings
    fields = ("kind", "gene", "protein", "chromosome", "position", "ref", "alt", "vaf", "depth",
              "filter", "consequence", "exon", "hgvs_c")
    assert [tuple(getattr(f, n) for n in fields) for f in stored] == [
        tuple(getattr(f, n) for n in fields) for f in expected]
