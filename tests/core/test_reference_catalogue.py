"""Reference data and the catalogue in the database: versions, validation, reloads, CTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Cohort, Drug, ReferenceRelease, SupplyAgreement
from mtb_desk.db.unit_of_work import reading
from mtb_desk.errors import ValidationError
from mtb_desk.services.catalogue import (
    current_catalogue,
    load_builtin_catalogue,
    load_catalogue_file,
)
from mtb_desk.services.permissions import Actor
from mtb_desk.services.reference import (
    current_tree,
    load_oncotree,
    load_panel,
    panel_for_assays,
    panels_in_force,
    references_in_force,
)
from tests.core.test_cli import cli
from tests.db_snapshot import snapshot
from tests.shared_data import shared_file

CATALOGUE = """
version: "{version}"
drugs:
  - {{inn: drug-a, company: Alpha, targets: [BRAF]}}
cohorts:
  - code: COH-A
    name: BRAF V600 — drug-a
    drugs: [drug-a]
    rule: {rule}
{extra}
"""
COHORT_B = """  - code: COH-B
    name: BRAF any — drug-a
    drugs: [drug-a]
    rule: {gene: BRAF}
"""


def write(
    tmp_path: Path, version: str, rule: str = "{gene: BRAF, position: V600}", extra: str = ""
) -> Path:
    path = tmp_path / f"catalogue-{version}.yaml"
    path.write_text(CATALOGUE.format(version=version, rule=rule, extra=extra), encoding="utf-8")
    return path


def test_real_oncotree_release_loads_once_and_serves(db: Database, actor: Actor) -> None:
    path = shared_file("oncotree", "oncotree_2025_10_03.json")
    assert current_tree(db).version.startswith("builtin")
    view = load_oncotree(db, actor, path)
    assert (view.kind, view.version, view.already_loaded) == (
        "oncotree",
        "oncotree_2025_10_03",
        False,
    )
    assert view.size > 800
    again = load_oncotree(db, actor, path)
    assert again.already_loaded
    tree = current_tree(db)
    assert tree.version == "oncotree_2025_10_03"
    assert tree.covers("NSCLC", "LUAD")
    resolved = tree.resolve("GBM")
    assert resolved.code == "GB"
    assert "GBM was retired" in (resolved.note or "")
    with reading(db) as session:
        assert session.scalar(select(func.count(ReferenceRelease.id))) == 1


def test_panels_are_named_after_assays_and_unioned(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    view = load_panel(db, actor, "TSO500", shared_file("tso500-genelist", "tso500.tsv"))
    assert view.size == 523
    small = tmp_path / "f1.txt"
    small.write_text("gene\nBRAF\nZZZ1\n", encoding="utf-8")
    load_panel(db, actor, "F1CDx", small)
    with reading(db) as session:
        panels = panels_in_force(session)
    union = panel_for_assays(["tso500", "F1CDX"], panels)
    assert union is not None
    assert {"BRAF", "ZZZ1", "ERBB2"} <= union
    assert panel_for_assays(["TSO500", "WGS"], panels) is None  # WGS has no panel
    small.write_text("BRAF\nKRAS\n", encoding="utf-8")
    changed = load_panel(db, actor, "F1CDx", small)
    assert changed.version.startswith("f1-")  # same file name, new content: a new release
    kinds = {(v.kind, v.name) for v in references_in_force(db)}
    assert kinds == {("panel", "TSO500"), ("panel", "F1CDx")}


def test_catalogue_errors_name_file_cohort_and_path_and_write_nothing(
    db: Database, actor: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(
        tmp_path,
        "bad",
        rule="{gene: BRAF, fusion: {partner: 12}}",
        extra=COHORT_B.replace("drug-a]", "drug-x]"),
    )
    before = snapshot(db)
    code, out, err = cli(capsys, db, "catalogue", "load", str(bad))
    assert code == 1
    assert "catalogue-bad.yaml: 2 problems; nothing was loaded" in err
    assert "cohorts[0] (COH-A).rule.fusion.partner" in err
    assert "cohorts[1] (COH-B).drugs[0]: drug-x is not in the catalogue's drugs" in err
    assert snapshot(db) == before


def test_reload_versions_keep_cohort_ids_and_suspend_missing_cohorts(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    first = load_catalogue_file(db, actor, write(tmp_path, "v1", extra=COHORT_B))
    assert first.added == ("COH-A", "COH-B")
    with reading(db) as session:
        ids = dict(session.execute(select(Cohort.code, Cohort.id)).all())
    assert load_catalogue_file(db, actor, write(tmp_path, "v1", extra=COHORT_B)).already_loaded
    with pytest.raises(
        ValidationError, match="version v1 is already loaded with different content"
    ):
        load_catalogue_file(db, actor, write(tmp_path, "v1"))
    second = load_catalogue_file(
        db, actor, write(tmp_path, "v2", rule="{gene: BRAF, protein: V600E}")
    )
    assert (second.added, second.changed, second.suspended) == ((), ("COH-A",), ("COH-B",))
    with reading(db) as session:
        rows = {c.code: c for c in session.scalars(select(Cohort))}
        assert {c: r.id for c, r in rows.items()} == ids
        assert rows["COH-B"].suspended
        assert not rows["COH-A"].suspended
        assert rows["COH-A"].rule == {"gene": "BRAF", "protein": ["V600E"]}
        assert rows["COH-A"].catalogue_version == "v2"
        catalogue = current_catalogue(session)
        assert catalogue is not None
        assert catalogue.version == "v2"
        release = session.scalar(select(ReferenceRelease).where(ReferenceRelease.version == "v2"))
        assert release is not None
        assert release.content["cohorts"][0]["code"] == "COH-A"


def test_builtin_catalogue_stores_drugs_and_agreements(
    db: Database, actor: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    result = load_builtin_catalogue(db, actor)
    assert (result.drugs, result.cohorts, result.agreements) == (20, 14, 2)
    with reading(db) as session:
        alectinib = session.scalar(select(Drug).where(Drug.inn == "alectinib"))
        assert alectinib is not None
        assert alectinib.on_label == []  # on-label uses are reference data of their own
        roche = session.scalar(select(SupplyAgreement).where(SupplyAgreement.company == "Roche"))
        assert roche is not None
        assert roche.max_patients == 100
    code, out, _ = cli(capsys, db, "catalogue", "show", "--json")
    shown = json.loads(out)
    assert shown["version"] == "2026.1-starter"
    assert {a["places_left"] for a in shown["agreements"]} == {100, 24}
    assert len(shown["cohorts"]) == 14
    alectinib_view = next(d for d in shown["drugs"] if d["inn"] == "alectinib")
    assert alectinib_view["on_label"] == [
        "NSCLC, SARCL: ALK-positive advanced non-small cell lung cancer (and adjuvant after "
        "resection) (EMA 2017-02-16)"
    ]


def test_ctml_trials_load_and_report_what_did_not_map(
    db: Database, actor: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [
        shared_file("matchminer-ctml", "trial.example.json"),
        shared_file("matchminer-ctml", "bad-schema.yml"),
    ]
    code, out, err = cli(capsys, db, "trials", "load", *map(str, files))
    assert code == 0, err
    assert "trial.example.json: trial 00-000 (NCT001)" in out
    assert "did not map: " in out
    assert "age_numerical" in out
    with reading(db) as session:
        rows = {c.code: c for c in session.scalars(select(Cohort).where(Cohort.source == "ctml"))}
        assert rows["00-000 / A"].details["protocol"] == "00-000"
        assert rows["00-000 / A"].details["unmapped"]
        assert rows["00-006 / DOSE"].suspended
    code, _, err = cli(
        capsys, db, "trials", "load", str(shared_file("matchminer-ctml", "00-000.yml"))
    )
    assert code == 1
    assert "00-000.yml: not valid YAML" in err
