"""Export order: the output path is checked before anything is signed, the file is written
before the database commits, and a signed decision exported again is its stored bytes."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database
from mtb_desk.db.models import Document
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import Oncogenicity, RecommendationOutcome, RecommendationState, Role
from mtb_desk.errors import ValidationError
from mtb_desk.reports.signing import create_self_signed_credential
from mtb_desk.services.demo import load_demo
from mtb_desk.services.documents import SignerCredential, export_decision
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import (
    RecommendationDraft,
    recommendation_history,
    record_recommendation,
)

STUDY = "DEMO-002"


@pytest.fixture
def final(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    draft = RecommendationDraft(RecommendationOutcome.FURTHER_TESTING, "germline testing")
    record_recommendation(db, actor, STUDY, draft, final=True)
    return db


def _documents(db: Database) -> int:
    with reading(db) as session:
        return int(session.scalar(select(func.count(Document.id))) or 0)


def _credential(tmp_path: Path, role: Role) -> SignerCredential:
    create_self_signed_credential(f"Dr. {role}", tmp_path / f"{role}.p12", "pw")
    return SignerCredential((tmp_path / f"{role}.p12").read_bytes(), "pw", role)


@pytest.mark.parametrize("where", ["no/such/dir/x.pdf", "."])
def test_a_bad_output_path_is_refused_before_signing(
    final: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    _credential(tmp_path, Role.CHAIR)
    monkeypatch.setenv("PW", "pw")
    output = tmp_path / where
    code = run(["export", "decision", STUDY, "-o", str(output), "--sign-with",
                str(tmp_path / "chair.p12"), "--password-env", "PW", "--database", final.url])
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.strip().splitlines()) == 1
    assert _documents(final) == 0
    assert recommendation_history(final, STUDY)[0].signatures == ()


def test_a_file_that_cannot_be_written_stores_nothing(
    final: Database, actor: Actor, tmp_path: Path
) -> None:
    def failing(_document: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        export_decision(final, actor, STUDY, signers=[_credential(tmp_path, Role.CHAIR)],
                        deliver=failing)
    assert _documents(final) == 0
    assert recommendation_history(final, STUDY)[0].signatures == ()


def test_a_signed_decision_exported_again_is_the_stored_bytes(
    final: Database, actor: Actor, tmp_path: Path
) -> None:
    export_decision(final, actor, STUDY, signers=[_credential(tmp_path, Role.CHAIR)])
    both = export_decision(final, actor, STUDY, signers=[_credential(tmp_path, Role.PATHOLOGIST)])
    assert both.recommendation_state is RecommendationState.SIGNED
    stored = _documents(final)
    written: list[bytes] = []
    again = export_decision(final, actor, STUDY, deliver=lambda d: written.append(d.content))
    assert again.content == both.content == written[0]
    assert hashlib.sha256(again.content).hexdigest() == both.sha256
    assert _documents(final) == stored  # nothing new stored
    assert recommendation_history(final, STUDY)[0].state is RecommendationState.SIGNED


def test_signing_refuses_a_stored_pdf_that_lost_its_recorded_signature(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """Someone swapped the chair-signed bytes in the file for an unsigned PDF: adding the
    pathologist's signature would store rows claiming a chair signature the PDF lacks."""
    from sqlalchemy import text

    from mtb_desk.services.documents import export_minutes
    from mtb_desk.services.meetings import list_meetings
    from mtb_desk.services.users import login

    actor = login(sqlite_db, None, None)
    load_demo(sqlite_db, actor)
    draft = RecommendationDraft(RecommendationOutcome.FURTHER_TESTING, "germline testing")
    record_recommendation(sqlite_db, actor, STUDY, draft, final=True)
    export_decision(sqlite_db, actor, STUDY, signers=[_credential(tmp_path, Role.CHAIR)])
    unsigned = export_minutes(sqlite_db, actor, list_meetings(sqlite_db)[0].id).content
    with sqlite_db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER document_immutable_update")
        connection.execute(text("UPDATE document SET content = :c WHERE kind = 'decision'"),
                           {"c": unsigned})
    stored = _documents(sqlite_db)
    with pytest.raises(ValidationError, match="do not match the signers recorded"):
        export_decision(sqlite_db, actor, STUDY,
                        signers=[_credential(tmp_path, Role.PATHOLOGIST)])
    assert _documents(sqlite_db) == stored


def test_a_signed_decision_keeps_the_reasons_it_was_signed_with(
    final: Database, actor: Actor, tmp_path: Path
) -> None:
    """Reasons are rendered when the PDF is built, in its language; the signed bytes are
    stored, so neither a later annotation nor asking in another language changes them."""
    from mtb_desk.services.annotations import AnnotationInput, annotate_finding
    from mtb_desk.services.cases import get_case
    from mtb_desk.services.matching import match_case

    assert match_case(final, STUDY).matches  # the PDF lists the cohorts with their reasons
    signers = [_credential(tmp_path, Role.CHAIR), _credential(tmp_path, Role.PATHOLOGIST)]
    signed = export_decision(final, actor, STUDY, lang="nb", signers=signers)
    braf = next(f for f in get_case(final, STUDY).findings if f.gene == "BRAF")
    annotate_finding(final, actor, braf.id, AnnotationInput(Oncogenicity.VUS))
    assert not match_case(final, STUDY).matches  # today the case matches nothing
    again = export_decision(final, actor, STUDY, lang="en")
    assert again.content == signed.content
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(again.content)).pages)
    assert "BRAF V600E oppfyller" in text
