"""The shipped approved indications, walked against the OncoTree release.

Every tumour-type code must exist in the release (and in the older one through its history);
every main type a label's words name ("melanoma", "non-small cell lung cancer") must be
covered in full by the label's codes, apart from branches it lists as deliberate exceptions.
"""

from __future__ import annotations

import pytest

from mtb_desk.catalogue.labels import LabelSet, builtin_labels, load_labels
from mtb_desk.reference.oncotree import TumourTypeTree, load_oncotree_file
from mtb_desk.resources import assets_dir
from tests.shared_data import shared_file


@pytest.fixture(scope="module")
def release() -> TumourTypeTree:
    return load_oncotree_file(shared_file("oncotree", "oncotree_2025_10_03.json"))


@pytest.fixture(scope="module")
def labels(release: TumourTypeTree) -> LabelSet:
    return load_labels(assets_dir() / "approved_indications.yaml", release)


def _missed(labels: LabelSet, tree: TumourTypeTree) -> list[str]:
    problems = []
    for label in labels.labels:
        for cover in (labels.covers or {}).get(label.id, ()):
            named = [t.code for t in tree.types.values() if t.main_type == cover.main_type]
            if not named:
                problems.append(f"{label.id}: no OncoTree type has main type {cover.main_type}")
            for code in named:
                inside = any(tree.covers(c, code) for c in label.tumour_types)
                left_out = any(tree.covers(c, code) for c in cover.except_codes + label.exclude)
                if not inside and not left_out:
                    problems.append(f"{label.id}: {code} ({cover.main_type}) is not covered")
    return problems


def test_every_label_code_exists_in_the_release(labels: LabelSet, release: TumourTypeTree) -> None:
    for label in labels.labels:
        for code in label.tumour_types + label.exclude:
            assert release.resolve(code).code == code, f"{label.id}: {code}"


def test_every_branch_the_words_name_is_covered(labels: LabelSet, release: TumourTypeTree) -> None:
    assert _missed(labels, release) == []


def test_a_label_naming_melanoma_but_listing_only_skin_is_caught(
    labels: LabelSet, release: TumourTypeTree
) -> None:
    from dataclasses import replace

    label = next(x for x in labels.labels if x.id == "dabrafenib-trametinib-melanoma")
    narrow = LabelSet("t", (replace(label, tumour_types=("MEL",)),), covers=labels.covers)
    missed = _missed(narrow, release)
    assert "dabrafenib-trametinib-melanoma: ARMM (Melanoma) is not covered" in missed
    assert any(": OM (Melanoma)" in m for m in missed)


def test_the_builtin_set_loads_and_every_label_states_authority_and_date() -> None:
    shipped = builtin_labels()
    assert shipped.version
    assert {label.authority for label in shipped.labels} == {"EMA", "FDA"}
    assert all(label.date[:4].isdigit() and label.source for label in shipped.labels)


def test_older_release_accepts_the_codes_through_history(labels: LabelSet) -> None:
    old = load_oncotree_file(shared_file("oncotree", "oncotree_2021_11_02.json"))
    unknown = sorted(
        {c for x in labels.labels for c in x.tumour_types if old.resolve(c).code is None}
    )
    # codes new since 2021 (named in the note); none of them may be a typo
    assert set(unknown) <= {"ARMM", "URMM", "VMM", "ESMM", "PCNSM", "HNMUCM", "SBC", "UCU",
                            "IMTL", "IMTB", "CMC", "SIC"}, unknown  # fmt: skip
