"""VCF imports stored chunk by chunk from columns: the stored rows are the importer's findings,
summaries counted on columns equal counts over the records, and a bad record in a late chunk
leaves the database exactly as it was (one transaction)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.errors import ImportFileError
from mtb_desk.importers import vcf_stream
from mtb_desk.importers.registry import read_report
from mtb_desk.services.cases import NewCase, create_case, get_case
from mtb_desk.services.imports import import_file
from mtb_desk.services.permissions import Actor
from tests.db_snapshot import snapshot
from tests.shared_data import shared_file

VCFS = [
    ("vcf2maf", "test_mutect.vcf", "TUMOR"),
    ("vcf2maf", "test.vcf", "TUMOR"),
    ("pcgr", "T001-COAD.grch38.vcf.gz", None),
]
FIELDS = (
    "kind", "gene", "protein", "protein_original", "hgvs_c", "transcript", "chromosome",
    "position", "ref", "alt", "consequence", "exon", "vaf", "depth", "copy_number",
    "fold_change", "cnv_call", "partner_gene", "filter", "is_filtered", "value", "description",
)  # fmt: skip


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many chunks even for small files, so chunk boundaries are exercised."""
    monkeypatch.setattr(vcf_stream, "CHUNK_BYTES", 700)


@pytest.mark.parametrize(("folder", "name", "sample"), VCFS)
def test_stored_rows_and_summary_equal_the_importer(
    db: Database, actor: Actor, folder: str, name: str, sample: str | None
) -> None:
    create_case(db, actor, NewCase("STREAM-1", "LUAD"))
    path = shared_file(folder, name)
    expected = read_report(path, sample=sample)
    dry = import_file(db, actor, "STREAM-1", path, sample=sample, dry_run=True)
    summary = import_file(db, actor, "STREAM-1", path, sample=sample)
    kinds = dict(sorted(Counter(f.kind.value for f in expected.findings).items()))
    for result in (dry, summary):
        assert result.counts == kinds
        assert result.findings == len(expected.findings)
        assert result.filtered == sum(f.is_filtered for f in expected.findings)
        assert result.warnings == expected.warnings
    stored = get_case(db, "STREAM-1").findings
    assert [tuple(getattr(f, n) for n in FIELDS) for f in stored] == [
        tuple(getattr(f, n) for n in FIELDS) for f in expected.findings
    ]


def test_bad_record_in_a_late_chunk_writes_nothing(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    create_case(db, actor, NewCase("STREAM-2", "LUAD"))
    lines = shared_file("vcf2maf", "test_mutect.vcf").read_text().splitlines(keepends=True)
    lines[-3] = lines[-3].replace("\t", " ", 2)
    path = tmp_path / "late.vcf"
    path.write_text("".join(lines))
    before = snapshot(db)
    with pytest.raises(ImportFileError) as caught:
        import_file(db, actor, "STREAM-2", path, sample="TUMOR")
    assert caught.value.line == len(lines) - 2
    assert snapshot(db) == before


def test_streamed_import_is_what_audit_verify_recomputes(db: Database, actor: Actor) -> None:
    """The findings digest added up chunk by chunk equals the one `audit verify` computes
    from the stored rows; a hand edit of one finding is then found."""
    from mtb_desk.db.unit_of_work import reading
    from mtb_desk.services.audit_rows import verify_rows

    create_case(db, actor, NewCase("STREAM-3", "LUAD"))
    import_file(db, actor, "STREAM-3", shared_file("vcf2maf", "test_mutect.vcf"), sample="TUMOR")
    with reading(db) as session:
        _, problems = verify_rows(session)
    assert problems == ()
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE finding SET position = position + 1 WHERE id = (SELECT max(id) FROM finding)"
        )
    with reading(db) as session:
        _, problems = verify_rows(session)
    assert any("edited outside the app" in p.problem for p in problems)


def test_streamed_import_maps_gene_symbols_as_the_importer_does(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    """A VEP symbol that is an alias (HER2) is stored as the approved symbol with the file's
    text kept, exactly as `read_report` gives it, also when it sits in a late chunk."""
    from tests.core.importers.fixtures import CSQ_BRAF, VCF_RECORDS, vcf_text

    alias = VCF_RECORDS[0].replace(CSQ_BRAF, CSQ_BRAF.replace("|BRAF|", "|HER2|"))
    path = tmp_path / "alias.vcf"
    path.write_text(vcf_text([*VCF_RECORDS[1:4] * 5, alias]))
    expected = read_report(path, sample="FAKE_TUMOR").findings
    assert ("ERBB2", "HER2") in [(f.gene, f.symbol_in_file) for f in expected]
    create_case(db, actor, NewCase("STREAM-4", "LUAD"))
    import_file(db, actor, "STREAM-4", path, sample="FAKE_TUMOR")
    stored = get_case(db, "STREAM-4").findings
    assert [(f.gene, f.symbol_in_file, f.position) for f in stored] == [
        (f.gene, f.symbol_in_file, f.position) for f in expected
    ]
