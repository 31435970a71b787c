"""The fictitious demo content: hospitals, patients, findings. Every person here is invented."""

from __future__ import annotations

from dataclasses import dataclass

from mtb_desk.domain.enums import CnvCall, EscatTier, FindingKind, MsiStatus, Oncogenicity
from mtb_desk.domain.records import ImportedFinding

HOSPITALS = (
    ("OUS", "Oslo universitetssykehus", "Oslo", "2021-05-01"),
    ("HUS", "Haukeland universitetssjukehus", "Bergen", "2021-09-15"),
    ("STO", "St. Olavs hospital", "Trondheim", "2021-11-01"),
    ("UNN", "Universitetssykehuset Nord-Norge", "Tromsø", "2022-03-01"),
    ("SUS", "Stavanger universitetssjukehus", "Stavanger", "2022-06-01"),
    ("SIV", "Sykehuset i Vestfold", "Tønsberg", None),  # trial site not yet open
)

Ann = tuple[Oncogenicity, EscatTier | None, bool] | None


@dataclass(frozen=True)
class DemoCase:
    study_id: str
    name: str
    hospital: str
    diagnosis: str
    diagnosis_text: str
    ecog: int
    prior_lines: int
    tmb: float | None
    msi: MsiStatus | None
    findings: tuple[tuple[ImportedFinding, Ann], ...]


def snv(
    gene: str,
    protein: str,
    vaf: float,
    hgvs_c: str,
    kind: FindingKind = FindingKind.SNV,
    exon: str | None = None,
) -> ImportedFinding:
    return ImportedFinding(
        kind=kind,
        gene=gene,
        protein=protein or None,
        protein_original=f"p.{protein}" if protein else None,
        hgvs_c=hgvs_c,
        vaf=vaf,
        depth=850,
        exon=exon,
        filter="PASS",
    )


def cnv(gene: str, call: CnvCall, copy_number: float) -> ImportedFinding:
    return ImportedFinding(kind=FindingKind.CNV, gene=gene, cnv_call=call, copy_number=copy_number)


def fusion(gene: str, partner: str, reads: int) -> ImportedFinding:
    return ImportedFinding(
        kind=FindingKind.FUSION, gene=gene, partner_gene=partner, supporting_reads=reads
    )


def splice(gene: str, description: str, exon: str) -> ImportedFinding:
    return ImportedFinding(
        kind=FindingKind.SPLICE, gene=gene, description=description, exon=exon, supporting_reads=140
    )


def biomarker_findings(tmb: float | None, msi: MsiStatus | None) -> tuple[ImportedFinding, ...]:
    found = []
    if tmb is not None:
        found.append(
            ImportedFinding(kind=FindingKind.TMB, value=tmb, description=f"TMB {tmb:g} mut/Mb")
        )
    if msi is not None:
        found.append(
            ImportedFinding(
                kind=FindingKind.MSI,
                description=f"MSI status: {msi.value}",
                value=32.0 if msi is MsiStatus.MSI_HIGH else 2.0,
            )
        )
    return tuple(found)


ONC = (Oncogenicity.ONCOGENIC, None, True)
LONC = (Oncogenicity.LIKELY_ONCOGENIC, None, True)
VUS = (Oncogenicity.VUS, None, False)

CASES = (
    DemoCase(
        "DEMO-001",
        "Kari Nordmann",
        "OUS",
        "LUAD",
        "Lung Adenocarcinoma",
        1,
        2,
        3.9,
        MsiStatus.MSS,
        (
            (
                snv("EGFR", "A767_V769dup", 0.31, "c.2300_2308dup", FindingKind.INDEL, "20"),
                (Oncogenicity.ONCOGENIC, EscatTier.I_B, True),
            ),
            (snv("TP53", "R273H", 0.44, "c.818G>A"), LONC),
        ),
    ),
    DemoCase(
        "DEMO-002",
        "Ola Nordmann",
        "HUS",
        "COADREAD",
        "Colorectal Adenocarcinoma",
        0,
        3,
        7.1,
        MsiStatus.MSS,
        (
            (
                snv("BRAF", "V600E", 0.27, "c.1799T>A", exon="15"),
                (Oncogenicity.ONCOGENIC, EscatTier.I_A, True),
            ),
            (snv("APC", "R1450*", 0.38, "c.4348C>T"), ONC),
        ),
    ),
    DemoCase(
        "DEMO-003",
        "Per Eksempel",
        "STO",
        "PAAD",
        "Pancreatic Adenocarcinoma",
        1,
        1,
        1.6,
        MsiStatus.MSS,
        (
            (snv("KRAS", "G12D", 0.22, "c.35G>A", exon="2"), ONC),
            (cnv("CDKN2A", CnvCall.DELETION, 0.0), ONC),
            (snv("ARID1A", "P1326L", 0.12, "c.3977C>T"), VUS),
        ),
    ),
    DemoCase(
        "DEMO-004",
        "Anne Testesen",
        "OUS",
        "CHOL",
        "Cholangiocarcinoma",
        1,
        2,
        2.4,
        MsiStatus.MSS,
        (
            (fusion("KIF5B", "RET", 64), None),
            (snv("TP53", "C176Y", 0.35, "c.527G>A"), None),
        ),
    ),
    DemoCase(
        "DEMO-005",
        "Nils Fiktivsen",
        "UNN",
        "BLCA",
        "Bladder Urothelial Carcinoma",
        1,
        2,
        9.8,
        MsiStatus.MSS,
        (
            (fusion("FGFR3", "TACC3", 121), ONC),
            (snv("TERT", "", 0.4, "c.-124C>T"), LONC),
        ),
    ),
    DemoCase(
        "DEMO-006",
        "Liv Prøvesen",
        "SUS",
        "LUAD",
        "Lung Adenocarcinoma",
        2,
        1,
        5.0,
        MsiStatus.MSS,
        ((fusion("EML4", "ALK", 210), (Oncogenicity.ONCOGENIC, EscatTier.I_A, True)),),
    ),
    DemoCase(
        "DEMO-007",
        "Åse Dummesen",
        "HUS",
        "COADREAD",
        "Colorectal Adenocarcinoma",
        1,
        2,
        46.3,
        MsiStatus.MSI_HIGH,
        (
            (snv("MLH1", "R226*", 0.41, "c.676C>T"), ONC),
            (snv("KRAS", "G13D", 0.19, "c.38G>A", exon="2"), ONC),
        ),
    ),
    DemoCase(
        "DEMO-008",
        "Bjørn Oppdiktet",
        "OUS",
        "IDC",
        "Breast Invasive Ductal Carcinoma",
        1,
        4,
        2.0,
        MsiStatus.MSS,
        (
            (cnv("ERBB2", CnvCall.AMPLIFICATION, 14.0), ONC),
            (
                snv("PIK3CA", "H1047R", 0.33, "c.3140A>G", exon="21"),
                (Oncogenicity.ONCOGENIC, EscatTier.I_A, True),
            ),
        ),
    ),
    DemoCase(
        "DEMO-009",
        "Solveig Påfunnsen",
        "STO",
        "HGSOC",
        "High-Grade Serous Ovarian Cancer",
        0,
        3,
        3.2,
        MsiStatus.MSS,
        (
            (snv("BRCA1", "Q1756Pfs*74", 0.52, "c.5266dupC", FindingKind.INDEL), ONC),
            (snv("TP53", "Y220C", 0.61, "c.659A>G"), ONC),
        ),
    ),
    DemoCase(
        "DEMO-010",
        "Eirik Uekte",
        "UNN",
        "GB",
        "Glioblastoma, IDH-Wildtype",
        1,
        1,
        1.1,
        MsiStatus.MSS,
        (
            (splice("EGFR", "EGFRvIII (exons 2-7 deletion)", "2-7/28"), LONC),
            (cnv("EGFR", CnvCall.AMPLIFICATION, 22.5), ONC),
            (cnv("CDKN2A", CnvCall.DELETION, 0.0), ONC),
        ),
    ),
    DemoCase(
        "DEMO-011",
        "Hilde Fantasia",
        "SUS",
        "LUSC",
        "Lung Squamous Cell Carcinoma",
        1,
        2,
        12.4,
        MsiStatus.MSS,
        (
            (splice("MET", "MET exon 14 skipping", "14/21"), None),
            (snv("NF1", "R1362*", 0.18, "c.4084C>T"), None),
        ),
    ),
    DemoCase(
        "DEMO-012",
        "Tor Tenkt",
        "SIV",
        "PRAD",
        "Prostate Adenocarcinoma",
        1,
        3,
        2.7,
        MsiStatus.MSS,
        (
            (cnv("BRCA2", CnvCall.DELETION, 0.0), ONC),
            (fusion("TMPRSS2", "ERG", 88), LONC),
        ),
    ),
    DemoCase(
        "DEMO-013",
        "Randi Skisse",
        "OUS",
        "SKCM",
        "Cutaneous Melanoma",
        1,
        2,
        18.0,
        MsiStatus.MSS,
        ((snv("BRAF", "V600K", 0.36, "c.1798_1799delinsAA", FindingKind.MNV, "15"), ONC),),
    ),
    DemoCase(
        "DEMO-014",
        "Geir Utkast",
        "HUS",
        "SACA",
        "Salivary Carcinoma",
        0,
        1,
        0.8,
        MsiStatus.MSS,
        (
            (fusion("ETV6", "NTRK3", 150), ONC),
            (cnv("MDM2", CnvCall.GAIN, 4.0), VUS),
        ),
    ),
)
