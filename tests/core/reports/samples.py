"""Fictitious report inputs shared by the report tests and the benchmark.

Every person, hospital and study id here is invented ("Fiktiv", "Eksempel", "Test").
"""

from __future__ import annotations

from datetime import date

from mtb_desk.reports.records import (
    AgendaCaseInput,
    AttendeeInput,
    CohortMatchInput,
    DecisionInput,
    FindingInput,
    MinutesInput,
    MolecularReportInput,
    RecommendationInput,
)

BOARD = "Nasjonalt molekylært tumorboard (fiktivt)"

ATTENDEES = (
    AttendeeInput("Åse Eksempel-Løvås", "chair", organisation="Fiktivt universitetssykehus"),
    AttendeeInput("Bjørn Testmann", "pathologist", organisation="Fiktiv patologi, Tromsø"),
    AttendeeInput("Kjærsti Prøvesen", "bioinformatician", organisation="Fiktivt genomsenter"),
    AttendeeInput("Ærlig Demo", "clinician", organisation="Fiktivt sykehus Ålesund"),
    AttendeeInput("Øyvind Skrivar", "secretary", present=False, organisation="Sekretariatet"),
)


def decision_input(*, findings: int = 4, rationale_paragraphs: int = 1) -> DecisionInput:
    base = (
        FindingInput(
            "BRAF",
            "snv",
            "V600E",
            vaf=0.342,
            oncogenicity="oncogenic",
            escat_tier="I-A",
            comment="Klonal, høy allelfrekvens; på-label i melanom.",
        ),
        FindingInput(
            "EML4",
            "fusion",
            partner_gene="ALK",
            oncogenicity="oncogenic",
            escat_tier="I-A",
            comment="EML4 ekson 13 :: ALK ekson 20, 112 lesninger.",
        ),
        FindingInput(
            "ERBB2",
            "cnv",
            "amplification",
            copy_number=12.4,
            oncogenicity="likely-oncogenic",
            escat_tier="II-B",
        ),
        FindingInput(
            "TP53",
            "snv",
            "R273H",
            vaf=0.51,
            oncogenicity="oncogenic",
            escat_tier="X",
            comment="Ikke behandlingsrettet.",
        ),
    )
    chosen = tuple(base[i % len(base)] for i in range(findings))
    rationale = (
        "BRAF V600E er en klonal driver med høy allelfrekvens. Kohorten med dabrafenib og "
        "trametinib har ledig plass i trinn 1, og pasienten er i god allmenntilstand (ECOG 1). "
        "Tumorboardet anbefaler inklusjon i kohorten; ALK-fusjonen vurderes ved progresjon."
    )
    return DecisionInput(
        document_id="MTB-TEST-2025-0042",
        board_name=BOARD,
        meeting_date=date(2025, 3, 14),
        study_id="IMPRESS-TEST-0042",
        patient_name="Kari Fiktiv Nordmann-Ødegård",
        hospital="Fiktivt universitetssykehus, Tønsberg",
        diagnosis_code="LUAD",
        diagnosis_name="Lung adenocarcinoma",
        case_summary="58 år gammel kvinne med metastatisk lungeadenokarsinom, progresjon etter "
        "to behandlingslinjer. Henvist for vurdering av molekylært rettet behandling.",
        reports=(
            MolecularReportInput(
                "TSO500",
                "Fiktivt molekylærlaboratorium",
                "tissue",
                "S-TEST-0042-T1",
                date(2025, 3, 3),
                40.0,
                12.6,
                "mss",
                2.1,
            ),
        ),
        findings=chosen,
        cohorts=(
            CohortMatchInput(
                "IMP-07",
                "dabrafenib + trametinib",
                "open (stage 1), 3 of 8",
                True,
                "BRAF V600E matches rule 'BRAF V600'; LUAD is inside NSCLC.",
            ),
            CohortMatchInput(
                "IMP-12",
                "alectinib",
                "closed: negative",
                False,
                "ALK fusion in NSCLC is on-label for alectinib (excluded).",
            ),
        ),
        recommendation=RecommendationInput(
            outcome="impress-cohort",
            rationale="\n\n".join([rationale] * rationale_paragraphs),
            cohort="IMP-07",
            drugs=("dabrafenib", "trametinib"),
            escat_tier="I-A",
            use_type="off-label-trial",
            further_tests=("Germline testing of TP53 (genetisk veiledning først)",),
            follow_up="Evaluate at week 16 (CT thorax/abdomen); report to the board.",
            catalogue_version="2025.03",
            reference_version="OncoTree 2021_11",
        ),
        attendees=ATTENDEES,
        revision=2,
        supersedes_revision=1,
    )


def minutes_input(cases: int = 6) -> MinutesInput:
    outcomes = ("impress-cohort", "no-actionable", "further-testing", "other-trial")
    items = []
    for n in range(1, cases + 1):
        deferred = n % 5 == 0
        outcome = None if deferred else outcomes[n % len(outcomes)]
        in_cohort = outcome == "impress-cohort"
        items.append(
            AgendaCaseInput(
                position=n,
                study_id=f"IMPRESS-TEST-{n:04d}",
                hospital="Fiktivt sykehus Bodø" if n % 2 else "Fiktivt universitetssykehus",
                diagnosis_code="COADREAD" if n % 3 else "LUAD",
                diagnosis_name="Colorectal adenocarcinoma" if n % 3 else "Lung adenocarcinoma",
                summary=f"Sak {n}: pasient med avansert kreft, progresjon etter "
                "standardbehandling. TSO500 på vev; tumorcelleandel 30 %.",
                status="deferred" if deferred else "discussed",
                outcome=outcome,
                cohort="IMP-07" if in_cohort else None,
                drugs=("dabrafenib", "trametinib") if in_cohort else (),
                trial_id="NCT00000000" if outcome == "other-trial" else None,
                decision="" if deferred else "Anbefalingen følger funnene; se beslutningsbrev.",
                further_tests=("IHC HER2",) if outcome == "further-testing" else (),
                deferral_reason="Venter på ny biopsi (tumorcelleandel < 10 %)." if deferred else "",
            )
        )
    return MinutesInput(
        document_id="MTB-MIN-TEST-2025-03-14",
        board_name=BOARD,
        meeting_date=date(2025, 3, 14),
        title="Ordinært møte i tumorboardet",
        chair="Åse Eksempel-Løvås",
        attendees=ATTENDEES,
        cases=tuple(items),
        location="Videomøte (fiktivt rom «Ørnereiret»)",
        secretary="Øyvind Skrivar",
    )
