"""Recommendations through their life: draft, final, signed, superseded; decision PDFs signed by
two people and verified; minutes and the decisions table."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import (
    AgendaStatus,
    RecommendationOutcome,
    RecommendationState,
    Role,
)
from mtb_desk.errors import ConflictError, PermissionDenied, ValidationError
from mtb_desk.reports.errors import CredentialError
from mtb_desk.reports.signing import create_self_signed_credential
from mtb_desk.reports.verification import verify_pdf
from mtb_desk.services.cases import get_case
from mtb_desk.services.demo import load_demo
from mtb_desk.services.documents import (
    SignerCredential,
    export_decision,
    export_decisions_table,
    export_minutes,
)
from mtb_desk.services.meetings import get_meeting, list_meetings
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import (
    RecommendationDraft,
    finalise_recommendation,
    recommendation_history,
    record_recommendation,
)
from tests.db_snapshot import snapshot

FURTHER = RecommendationDraft(RecommendationOutcome.FURTHER_TESTING,
                              "BRAF V600E in colorectal cancer: test MMR by IHC first.",
                              further_tests="IHC MMR proteins")


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    return db


def _credentials(tmp_path: Path) -> tuple[SignerCredential, SignerCredential, list[bytes]]:
    chair = create_self_signed_credential("Dr. Fictional Chair", tmp_path / "c.p12", "chair-pw")
    path = create_self_signed_credential("Dr. Fictional Pathologist", tmp_path / "p.p12", "path-pw")
    return (
        SignerCredential((tmp_path / "c.p12").read_bytes(), "chair-pw", Role.CHAIR),
        SignerCredential((tmp_path / "p.p12").read_bytes(), "path-pw", Role.PATHOLOGIST),
        [chair.certificate_pem, path.certificate_pem],
    )


def test_draft_final_amendment_and_agenda(demo: Database, actor: Actor) -> None:
    braf = next(f for f in get_case(demo, "DEMO-002").findings if f.protein == "V600E")
    draft = record_recommendation(demo, actor, "DEMO-002", RecommendationDraft(
        FURTHER.outcome, FURTHER.rationale, finding_ids=(braf.id,)))
    assert (draft.revision, draft.state, draft.finding_ids) == (1, RecommendationState.DRAFT,
                                                                (braf.id,))
    meeting = get_meeting(demo, draft.meeting_id or 0)
    assert next(i for i in meeting.agenda if i.study_id == "DEMO-002").status is (
        AgendaStatus.DISCUSSED)
    edited = record_recommendation(demo, actor, "DEMO-002", FURTHER,
                                   expected_version=draft.version)
    with pytest.raises(ConflictError):
        record_recommendation(demo, actor, "DEMO-002", FURTHER, expected_version=draft.version)
    final = finalise_recommendation(demo, actor, edited.id, edited.version)
    assert final.state is RecommendationState.FINAL
    assert final.reference_version
    amended = record_recommendation(demo, actor, "DEMO-002", RecommendationDraft(
        RecommendationOutcome.NO_ACTIONABLE, "Amended after the IHC result (synthetic)."))
    assert (amended.revision, amended.supersedes_revision) == (2, 1)
    history = recommendation_history(demo, "DEMO-002")
    assert [(r.revision, r.state) for r in history] == [
        (2, RecommendationState.DRAFT), (1, RecommendationState.FINAL)]


def test_validation_and_roles(demo: Database, actor: Actor, make_actor: object) -> None:
    with pytest.raises(ValidationError, match="needs --cohort"):
        record_recommendation(demo, actor, "DEMO-002", RecommendationDraft(
            RecommendationOutcome.IMPRESS_COHORT, "no cohort given"))
    other = get_case(demo, "DEMO-001").findings[0].id
    with pytest.raises(ValidationError, match="do not belong"):
        record_recommendation(demo, actor, "DEMO-002", RecommendationDraft(
            FURTHER.outcome, FURTHER.rationale, finding_ids=(other,)))
    pathologist = make_actor("patolog", Role.PATHOLOGIST)  # type: ignore[operator]
    with pytest.raises(PermissionDenied, match="chair or clinician"):
        record_recommendation(demo, pathologist, "DEMO-002", FURTHER)


def test_decision_signed_by_chair_then_pathologist_and_verified(
    demo: Database, actor: Actor, tmp_path: Path
) -> None:
    record_recommendation(demo, actor, "DEMO-002", FURTHER)
    with pytest.raises(ValidationError, match="still a draft"):
        export_decision(demo, actor, "DEMO-002")
    record_recommendation(demo, actor, "DEMO-002", FURTHER, final=True)
    chair, pathologist, roots = _credentials(tmp_path)
    first = export_decision(demo, actor, "DEMO-002", lang="nb", signers=[chair])
    assert first.recommendation_state is RecommendationState.FINAL
    both = export_decision(demo, actor, "DEMO-002", signers=[pathologist])
    assert both.recommendation_state is RecommendationState.SIGNED
    result = verify_pdf(both.content, roots)
    assert result.valid
    assert not result.modified_after_signing
    assert [s.signer for s in result.signatures] == ["Dr. Fictional Chair",
                                                     "Dr. Fictional Pathologist"]
    assert all(s.trusted for s in result.signatures)
    assert not verify_pdf(both.content).trusted
    tampered = bytearray(both.content)
    tampered[len(tampered) // 3] ^= 0x01
    assert not verify_pdf(bytes(tampered), roots).valid
    appended = verify_pdf(both.content + b"\n%% appended after signing\n", roots)
    assert not appended.valid
    history = recommendation_history(demo, "DEMO-002")[0]
    assert [s.signer_role for s in history.signatures] == ["chair", "pathologist"]
    assert history.document_sha256 == both.sha256


def test_wrong_password_stores_nothing(demo: Database, actor: Actor, tmp_path: Path) -> None:
    record_recommendation(demo, actor, "DEMO-002", FURTHER, final=True)
    chair, _, _ = _credentials(tmp_path)
    before = snapshot(demo)
    with pytest.raises(CredentialError):
        export_decision(demo, actor, "DEMO-002",
                        signers=[SignerCredential(chair.p12, "wrong", Role.CHAIR)])
    assert snapshot(demo) == before


def test_minutes_and_decisions_table(demo: Database, actor: Actor, tmp_path: Path) -> None:
    from pypdf import PdfReader

    meeting = list_meetings(demo)[0]
    record_recommendation(demo, actor, "DEMO-002", FURTHER, final=True)
    minutes = export_minutes(demo, actor, meeting.id, lang="nb")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(minutes.content)).pages)
    for item in get_meeting(demo, meeting.id).agenda:
        assert item.study_id in text
    assert "IHC MMR proteins" in text
    assert "Nordmann" not in text  # minutes carry study ids, never patient names
    table = export_decisions_table(demo, actor, meeting.id, tmp_path / "decisions.xlsx")
    assert table.rows == meeting.case_count
    assert table.decided == 1  # only DEMO-002 was decided; the others are not counted
    import pandas as pd

    table = pd.read_excel(tmp_path / "decisions.xlsx")
    assert len(table) == meeting.case_count
