"""A bokmål decision PDF, minutes and decisions sheet for demo cases hold no English word a
clinician would read: every word of the rendered text is checked against the English
catalog's words (those that are not also Norwegian), after taking out what people typed.

Match reasons are checked too: the engine returns them as phrases and the PDF renders them
in its language. What the reasons quote from reference data stays as written and is taken
out like typed text: OncoTree names (OncoTree has English names only; the code and its name
are the standard term) and a regulator's own indication wording.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from openpyxl import load_workbook
from pypdf import PdfReader

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, Recommendation
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import EscatTier, RecommendationOutcome, UseType
from mtb_desk.i18n import catalog_path
from mtb_desk.i18n.phrases import Listing, Phrase
from mtb_desk.reports.decision_pdf import build_decision_pdf
from mtb_desk.reports.records import DecisionInput
from mtb_desk.services.demo import load_demo
from mtb_desk.services.document_inputs import decision_input
from mtb_desk.services.documents import export_decisions_table, export_minutes
from mtb_desk.services.matching import match_case
from mtb_desk.services.matching_inputs import cohort_matches_for_pdf
from mtb_desk.services.meetings import list_meetings
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation

WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
PLACEHOLDER = re.compile(r"\{\w*\}")
CLI_OPTION = re.compile(r"--[\w-]+")
# Document ids, hashes and anchors (DEC-35EE2A3BE48E, 3be4f0…) mix letters and digits: not words.
MACHINE_TOKEN = re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{6,}\b")


def words(texts: Iterable[str]) -> set[str]:
    return {
        w.lower()
        for t in texts
        for w in WORD.findall(MACHINE_TOKEN.sub(" ", PLACEHOLDER.sub(" ", t)))
    }


def catalog_texts(lang: str, *, translations: bool) -> list[str]:
    with catalog_path(lang).open("rb") as source:
        messages = [m for m in read_po(source) if m.id]
    chosen = [m.string if translations else m.id for m in messages]
    return [t for item in chosen for t in ([item] if isinstance(item, str) else item)]


def english_only_words() -> set[str]:
    """Words of the English catalog that no Norwegian translation uses (TMB, Status… stay)."""
    english = words(catalog_texts("en", translations=False))
    norwegian = [CLI_OPTION.sub(" ", t) for t in catalog_texts("nb", translations=True)]
    return english - words(norwegian)


def typed_words(data: DecisionInput) -> set[str]:
    """What people and reference data wrote (names, diagnosis, rationale), not the app."""
    rec = data.recommendation
    return words(
        [
            data.board_name,
            data.hospital,
            data.diagnosis_name,
            data.patient_name or "",
            rec.rationale,
            rec.follow_up,
            *rec.further_tests,
            *rec.drugs,
            *(f"{r.lab} {r.sample_id} {r.assay}" for r in data.reports),
            *(
                f"{f.gene} {f.protein or ''} {f.partner_gene or ''} {f.comment}"
                for f in data.findings
            ),
            *(f"{c.cohort} {c.drug}" for c in data.cohorts),
            *QUOTED.get(data.study_id, ()),
            *(f"{a.name} {a.organisation}" for a in data.attendees),
        ]
    )


QUOTED: dict[str, tuple[str, ...]] = {}  # study id -> reference text its reasons quote
_QUOTING = ("diagnosis", "included", "excluded", "indication", "regimen", "authority", "agreement")


def quoted(value: object) -> list[str]:
    """What a reason quotes from reference data: OncoTree names, a label's indication."""
    if isinstance(value, Listing):
        return [t for item in value.items for t in quoted(item)]
    if not isinstance(value, Phrase):
        return []
    found = []
    for name, item in value.params:
        if isinstance(item, str) and name in _QUOTING:
            found.append(item)
        found += quoted(item)
    return found


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def decide(db: Database, actor: Actor, study_id: str, meeting_id: int) -> None:
    cohort = match_case(db, study_id).matches[0].cohort
    draft = RecommendationDraft(
        RecommendationOutcome.IMPRESS_COHORT,
        "BRAF V600E; kohorten har ledig plass.",
        meeting_id=meeting_id,
        cohort_code=cohort,
        drugs=("encorafenib",),
        further_tests="MSI-testing\nKimbanetesting",
        follow_up="Ny vurdering etter 16 uker.",
        escat_tier=EscatTier.I_A,
        use_type=UseType.OFF_LABEL_TRIAL,
    )
    record_recommendation(db, actor, study_id, draft, final=True)


def demo_decision(db: Database, study_id: str) -> DecisionInput:
    QUOTED[study_id] = tuple(
        text
        for match in match_case(db, study_id).matches
        for reason in match.reasons
        for text in quoted(reason.phrase)
    )
    with reading(db) as session:
        case = session.query(Case).join(Case.patient).filter_by(study_id=study_id).one()
        row = session.query(Recommendation).filter_by(case_id=case.id).one()
        cohorts = cohort_matches_for_pdf(session, case, "nb")
        return decision_input(session, case, row, "nb", cohorts)


@pytest.fixture
def decided_demo(db: Database, actor: Actor) -> tuple[int, DecisionInput]:
    load_demo(db, actor)
    meeting_id = list_meetings(db)[0].id
    decide(db, actor, "DEMO-002", meeting_id)
    return meeting_id, demo_decision(db, "DEMO-002")


def test_the_check_sees_english_catalog_words() -> None:
    english = english_only_words()
    assert {"page", "cohort", "rationale", "eligible", "lines"} <= english
    assert not {"tmb", "msi", "status", "escat"} & english
    assert "page" in words([pdf_text(build_decision_pdf(sample(), "en"))]) & english


def sample() -> DecisionInput:
    from tests.core.reports.samples import decision_input as sample_input

    return sample_input()


def test_a_bokmal_decision_pdf_has_no_english_words(
    decided_demo: tuple[int, DecisionInput],
) -> None:
    _, data = decided_demo
    assert data.cohorts
    assert data.findings
    text = pdf_text(build_decision_pdf(data, "nb"))
    assert "Aktuell for IMPRESS-kohort" in text
    assert "7,1 mut/Mb" in text
    assert all(c.reason for c in data.cohorts)
    assert "oppfyller" in text  # the match reasons are there, in bokmål
    leftover = (words([text]) & english_only_words()) - typed_words(data)
    assert not leftover, f"English in the bokmål decision PDF: {sorted(leftover)}"


def test_bokmal_minutes_and_decisions_sheet_have_no_english_words(
    db: Database, actor: Actor, decided_demo: tuple[int, DecisionInput], tmp_path: Path
) -> None:
    meeting_id, data = decided_demo
    minutes = pdf_text(export_minutes(db, actor, meeting_id, lang="nb").content)
    assert "tidligere behandlingslinjer" in minutes
    sheet = tmp_path / "decisions.xlsx"
    export_decisions_table(db, actor, meeting_id, sheet, lang="nb")
    cells = [
        str(value)
        for row in load_workbook(sheet).active.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    english = english_only_words()
    typed = typed_words(data) | _demo_case_words(db)
    for name, text in (("minutes", minutes), ("decisions sheet", " ".join(cells))):
        leftover = (words([text]) & english) - typed
        assert not leftover, f"English in the bokmål {name}: {sorted(leftover)}"


def _demo_case_words(db: Database) -> set[str]:
    """Diagnosis names, hospitals and meeting titles of every demo case (reference data)."""
    with reading(db) as session:
        cases = session.query(Case).all()
        return words(
            f"{c.diagnosis_text or ''} {c.hospital.name if c.hospital else ''}" for c in cases
        ) | words(m.title for m in list_meetings(db))
