"""One alteration label for every document: the shapes the issue names, in both languages."""

from __future__ import annotations

import pytest

from mtb_desk.domain.labels import alteration_label


@pytest.mark.parametrize(
    ("kind", "gene", "kwargs", "en", "nb"),
    [
        ("snv", "BRAF", {"change": "V600E"}, "BRAF V600E", "BRAF V600E"),
        ("fusion", "EML4", {"partner": "ALK"}, "EML4::ALK", "EML4::ALK"),
        ("fusion", "KIF5B", {"partner": "RET", "change": "KIF5B FUSION"}, "KIF5B::RET",
         "KIF5B::RET"),
        ("fusion", "NTRK1", {}, "NTRK1 fusion, partner not reported",
         "NTRK1 fusjon, partner ikke oppgitt"),
        ("cnv", "CDKN2A", {"call": "deletion", "copy_number": 0.0}, "CDKN2A deletion (CN 0)",
         "CDKN2A delesjon (CN 0)"),
        ("cnv", "ERBB2", {"call": "amplification", "copy_number": 12.5},
         "ERBB2 amplification (CN 12.5)", "ERBB2 amplifikasjon (CN 12,5)"),
        ("cnv", "MET", {}, "MET copy number change", "MET kopitallsendring"),
        ("splice", "MET", {"change": "exon 14 skipping"}, "MET exon 14 skipping",
         "MET exon 14 skipping"),
        ("tmb", None, {"value": 12.3}, "TMB 12.3 mut/Mb", "TMB 12,3 mut/Mb"),
        ("msi", None, {"change": "msi-high"}, "MSI-high", "MSI-høy"),
        ("msi", None, {"change": "MSI status: mss"}, "MSS", "MSS"),
    ],
)  # fmt: skip
def test_each_kind_has_one_label(
    kind: str, gene: str | None, kwargs: dict[str, object], en: str, nb: str
) -> None:
    assert alteration_label(kind, gene, **kwargs) == en  # type: ignore[arg-type]
    assert alteration_label(kind, gene, lang="nb", **kwargs) == nb  # type: ignore[arg-type]


def test_match_rationale_reads_like_a_clinician_and_has_no_ids() -> None:
    from mtb_desk.domain.wording import match_rationale

    en = match_rationale(["BRAF V600E"], "melanoma", "BRAF-V600-VEM-COBI",
                         ["vemurafenib", "cobimetinib"])  # fmt: skip
    assert en == (
        "BRAF V600E in melanoma: recommended for the IMPRESS cohort BRAF-V600-VEM-COBI "
        "with vemurafenib and cobimetinib."
    )
    nb = match_rationale(["EML4::ALK", "TP53 R273H"], "lungeadenokarsinom", "ALK-X", ["a"], "nb")
    assert nb == (
        "EML4::ALK og TP53 R273H ved lungeadenokarsinom: anbefales IMPRESS-kohorten ALK-X med a."
    )
