"""Real lab files in, right findings and candidate cohorts out (issue 10), through the services
and the CLI: synonymous changes, intragenic events, -1.5, DRAGEN v2 outputs, sample folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.errors import ImportFileError
from mtb_desk.matching.engine import MatchStatus
from mtb_desk.resources import assets_dir
from mtb_desk.services.cases import NewCase, create_case, get_case
from mtb_desk.services.catalogue import load_catalogue_file
from mtb_desk.services.imports import import_file, import_folder
from mtb_desk.services.matching import match_case
from mtb_desk.services.permissions import Actor
from tests.core.importers.dragen_fixtures import (
    ALL_FUSIONS_CSV,
    CNV_VCF,
    HARD_FILTERED_VCF,
    SPLICE_VCF,
    cvo_v2,
    write,
)
from tests.core.importers.fixtures import vcf_text
from tests.core.test_cli import cli, cli_json
from tests.db_snapshot import snapshot

SNPEFF = (
    "ANN=G|{effect}|LOW|BRAF|ENSG00000157764|transcript|ENST00000288602|protein_coding|15/18|"
    "{cdot}|{pdot}"
)


@pytest.fixture
def catalogue(db: Database, actor: Actor) -> Database:
    load_catalogue_file(db, actor, assets_dir() / "catalogue.yaml")
    return db


def cohorts(db: Database, study_id: str) -> set[str]:
    return {
        m.cohort for m in match_case(db, study_id).matches if m.status is not MatchStatus.EXCLUDED
    }  # noqa: E501


def new_case(db: Database, actor: Actor, study_id: str, diagnosis: str = "COADREAD") -> str:
    return create_case(db, actor, NewCase(study_id, diagnosis)).study_id


def braf_vcf(tmp_path: Path, effect: str, cdot: str, pdot: str) -> Path:
    ann = SNPEFF.format(effect=effect, cdot=cdot, pdot=pdot)
    record = f"chr7\t140453136\t.\tA\tG\t50\tPASS\t{ann}\tGT:AD:DP\t0/0:400,0:400\t0/1:300,100:400"
    return write(tmp_path, f"{effect}.vcf", vcf_text([record]))


def test_snpeff_synonymous_braf_meets_no_v600_cohort(
    catalogue: Database, actor: Actor, tmp_path: Path
) -> None:
    syn = new_case(catalogue, actor, "SYN-SILENT")
    import_file(
        catalogue, actor, syn, braf_vcf(tmp_path, "synonymous_variant", "c.1800T>C", "p.Val600Val")
    )  # noqa: E501
    assert not {"BRAF-V600-VEM-COBI", "BRAF-V600-DAB-TRAM"} & cohorts(catalogue, syn)
    control = new_case(catalogue, actor, "SYN-V600E")
    import_file(
        catalogue,
        actor,
        control,
        braf_vcf(tmp_path, "missense_variant", "c.1799T>A", "p.Val600Glu"),
    )  # noqa: E501
    assert {"BRAF-V600-VEM-COBI", "BRAF-V600-DAB-TRAM"} <= cohorts(catalogue, control)


def test_alk_intragenic_is_not_proposed_for_the_alk_fusion_cohort(
    catalogue: Database, actor: Actor, tmp_path: Path
) -> None:
    study = new_case(catalogue, actor, "SYN-ALK")
    path = write(tmp_path, "fusions.txt", "Tumor_Sample_Barcode\tFusion\nS1\tALK-intragenic\n")
    import_file(catalogue, actor, study, path)
    assert "ALK-FUS-ALECTINIB" not in cohorts(catalogue, study)
    (finding,) = get_case(catalogue, study).findings
    assert (finding.kind.value, finding.gene, finding.partner_gene) == ("sv", "ALK", None)
    control = new_case(catalogue, actor, "SYN-ALK-2")
    fusion = write(tmp_path, "f2.txt", "Tumor_Sample_Barcode\tFusion\nS1\tEML4-ALK\n")
    import_file(catalogue, actor, control, fusion)
    assert "ALK-FUS-ALECTINIB" in cohorts(catalogue, control)


def test_cbioportal_minus_one_and_a_half_finds_the_cdkn2a_cohort(
    catalogue: Database, actor: Actor, tmp_path: Path
) -> None:
    study = new_case(catalogue, actor, "SYN-CDKN2A")
    path = write(tmp_path, "cna.txt", "Hugo_Symbol\tEntrez_Gene_Id\tS1\nCDKN2A\t1029\t-1.5\n")
    import_file(catalogue, actor, study, path)
    assert "CDK-PALBOCICLIB" in cohorts(catalogue, study)


def test_dragen_cvo_v2_erbb2_amplification_meets_the_her2_cohort(
    catalogue: Database, actor: Actor, tmp_path: Path
) -> None:
    study = new_case(catalogue, actor, "SYN-DRAGEN")
    import_file(catalogue, actor, study, write(tmp_path, "cvo.tsv", cvo_v2()))
    found = cohorts(catalogue, study)
    assert {"HER2-AMP-PER-TRA", "CDK-PALBOCICLIB", "BRAF-V600-VEM-COBI", "MET-CAPMATINIB"} <= found


def test_folder_import_through_the_cli_stores_one_report_with_provenance(
    catalogue: Database, actor: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "SYN-PAIR-2"
    write(folder, "SYN-PAIR-2_CombinedVariantOutput.tsv", cvo_v2())
    write(folder, "dna/SYN_DNA_2.cnv.vcf", CNV_VCF)
    write(folder, "dna/SYN_DNA_2.hard-filtered.vcf", HARD_FILTERED_VCF)
    write(folder, "rna/SYN_RNA_2_AllFusions.csv", ALL_FUSIONS_CSV)
    write(folder, "rna/SYN_RNA_2_SpliceVariants.vcf", SPLICE_VCF)
    study = new_case(catalogue, actor, "SYN-FOLDER")
    summary = cli_json(capsys, catalogue, "import", study, str(folder))
    assert summary["importer"] == "dragen-tso500-folder"  # type: ignore[index]
    assert summary["findings"] == 17  # type: ignore[index]
    assert len(summary["source_files"]) == 4  # type: ignore[index]
    shown = cli_json(capsys, catalogue, "case", "show", study)
    (report,) = shown["reports"]  # type: ignore[index]
    files = json.loads(report["details"]["source_files"])
    assert [f["name"] for f in files] == [
        "SYN-PAIR-2_CombinedVariantOutput.tsv",
        "dna/SYN_DNA_2.cnv.vcf",
        "rna/SYN_RNA_2_AllFusions.csv",
        "rna/SYN_RNA_2_SpliceVariants.vcf",
    ]
    finding = shown["findings"][0]  # type: ignore[index]
    assert {"origin", "equivocal", "symbol_in_file"} <= set(finding)
    again, _, err = cli(capsys, catalogue, "import", study, str(folder))
    assert again != 0
    assert "already imported" in err


def test_refused_files_write_nothing(db: Database, actor: Actor, tmp_path: Path) -> None:
    study = new_case(db, actor, "SYN-REFUSE")
    before = snapshot(db)
    bad = [
        write(tmp_path, "a.hard-filtered.vcf", HARD_FILTERED_VCF),
        write(tmp_path, "b.cnv.vcf", CNV_VCF.replace("SM:BC\t./1:5.2", "SM:BC\t./1:high")),
        write(tmp_path, "c.csv", ALL_FUSIONS_CSV.replace("True,75,0", "True,lots,0")),
        write(tmp_path, "d.tsv", cvo_v2().replace("<DUP>", "<INV>")),
    ]
    for path in bad:
        with pytest.raises(ImportFileError):
            import_file(db, actor, study, path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportFileError):
        import_folder(db, actor, study, empty)
    assert snapshot(db) == before


def test_load_hgnc_release_maps_symbols_at_import(
    db: Database, actor: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hgnc = write(
        tmp_path,
        "hgnc_complete_set.txt",
        "hgnc_id\tsymbol\tstatus\tprev_symbol\talias_symbol\n"
        "HGNC:1\tKMT2D\tApproved\tMLL2\tALR|MLL4\n"
        "HGNC:2\tKMT2B\tApproved\tMLL4\tMLL2\n"
        "HGNC:3\tOLDY\tSymbol Withdrawn\t\t\n",
    )
    loaded = cli_json(capsys, db, "reference", "load-hgnc", str(hgnc))
    assert loaded["size"] == 2  # type: ignore[index]
    study = new_case(db, actor, "SYN-HGNC")
    path = write(tmp_path, "f.txt", "Tumor_Sample_Barcode\tFusion\nS1\tMLL4-intragenic\n")
    import_file(db, actor, study, path)
    (finding,) = get_case(db, study).findings
    assert (finding.gene, finding.symbol_in_file) == ("KMT2B", "MLL4")  # HGNC: previous of KMT2B
    bad = write(tmp_path, "bad.txt", "symbol\tstatus\nX\tApproved\n")
    code, _, err = cli(capsys, db, "reference", "load-hgnc", str(bad))
    assert code != 0
    assert "missing column prev_symbol, alias_symbol" in err
