"""OncoTree: the built-in set, real releases, subtree tests and retired codes."""

from __future__ import annotations

import json

import pytest

from mtb_desk.errors import ValidationError
from mtb_desk.reference.oncotree import (
    TumourType,
    TumourTypeTree,
    builtin_tree,
    load_oncotree_file,
    parse_oncotree_json,
)
from mtb_desk.reference.panels import load_gene_list, parse_gene_list
from tests.shared_data import shared_file


def test_builtin_tree_covers_subtrees_and_maps_gbm() -> None:
    tree = builtin_tree()
    assert len(tree) > 60
    assert tree.covers("NSCLC", "LUAD")
    assert tree.covers("NSCLC", "LUSC")
    assert not tree.covers("NSCLC", "SCLC")
    assert tree.covers("COADREAD", "READ")
    assert tree.covers("TISSUE", "PAAD")
    resolved = tree.resolve("GBM")
    assert resolved.code == "GB"
    assert resolved.note == "GBM was retired; OncoTree builtin-2025_10_03 uses GB"
    assert tree.covers("GBM", "GB")
    assert tree.resolve("CRC").code is None


def test_builtin_tree_agrees_with_the_real_release() -> None:
    real = load_oncotree_file(shared_file("oncotree", "oncotree_2025_10_03.json"))
    ours = builtin_tree()
    for code, item in ours.types.items():
        assert code in real, code
        assert real.types[code].parent == item.parent, code
        assert real.types[code].name == item.name, code


def test_real_release_2025() -> None:
    tree = load_oncotree_file(shared_file("oncotree", "oncotree_2025_10_03.json"))
    assert len(tree) == 898
    assert tree.version == "oncotree_2025_10_03"
    assert tree.covers("NSCLC", "LUAD")
    assert tree.covers("NSCLC", "LUSC")
    assert tree.resolve("GBM").code == "GB"
    assert tree.covers("GBM", "SCGBM")  # a rule written with the old code covers its subtree
    split = tree.resolve("ALL")
    assert split.code == "LNM"
    assert split.note == "ALL was retired and split into BLL, TLL; using their common parent LNM"
    assert tree.resolve("PTCL").note is None  # a current code that is also listed as revoked
    assert tree.get("BRCA").main_type == "Breast Cancer"  # type: ignore[union-attr]


def test_older_release_still_has_gbm() -> None:
    tree = load_oncotree_file(shared_file("oncotree", "oncotree_2021_11_02.json"))
    assert len(tree) == 885
    assert tree.resolve("GBM").code == "GBM"
    assert tree.covers("GB", "GBM")


def test_parse_rejects_bad_trees() -> None:
    with pytest.raises(ValidationError, match="no root node 'TISSUE'"):
        parse_oncotree_json({"foo": 1}, "x")
    with pytest.raises(ValidationError, match="parent LUNG is not in the tree"):
        TumourTypeTree.from_types("x", [TumourType("LUAD", "Lung", None, "LUNG")])
    node = {"code": "TISSUE", "name": "Tissue", "children": {"A": {"code": "A", "children": ["B"]}}}
    with pytest.raises(ValidationError, match="'children' is not an object"):
        parse_oncotree_json(json.loads(json.dumps(node)), "x")


def test_gene_list_parsing() -> None:
    assert parse_gene_list("gene\nBRAF\nkras\n\nALK") == frozenset({"BRAF", "KRAS", "ALK"})
    assert parse_gene_list("EGFR\tHGNC:3236\nC10orf54") == frozenset({"EGFR", "C10orf54"})
    with pytest.raises(ValidationError, match=r"panel.txt, line 2: 'BR AF' is not a gene symbol"):
        parse_gene_list("BRAF\nBR AF", source="panel.txt")
    with pytest.raises(ValidationError, match="no gene symbols found"):
        parse_gene_list("\n\n")


def test_tso500_gene_list() -> None:
    genes = load_gene_list(shared_file("tso500-genelist", "tso500.tsv"))
    assert len(genes) == 523
    assert {"ABL1", "ZRSR2", "BRAF", "NTRK1", "ERBB2"} <= genes
    prepared = load_gene_list(shared_file("tso500-genelist", "prepared.tsv"))
    assert prepared == genes
