"""State changes in shared mode go through the app's rules only, enforced by PostgreSQL:
tried as each person's own login with hand-written SQL (what a person with psql could do)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError, OperationalError

from mtb_desk.domain.enums import RecommendationOutcome, RecommendationState, Role
from mtb_desk.reports.signing import create_self_signed_credential
from mtb_desk.services.database import open_database
from mtb_desk.services.documents import SignerCredential, export_decision
from mtb_desk.services.recommendations import (
    RecommendationDraft,
    recommendation_history,
    record_recommendation,
)
from mtb_desk.services.users import add_user, login
from tests.db_fixtures import (
    create_database,
    database_url,
    drop_database,
    drop_logins,
    require_postgres,
)
from tests.shared_board import DECIDED, UNDECIDED, Board, close_board, make_board

FINAL = "state = 'final'"
DRAFT = "state = 'draft'"


@pytest.fixture(scope="module")
def board() -> Iterator[Board]:
    made = make_board("rules")
    yield made
    close_board(made)


# (role, statement, what the refusal says)
FORBIDDEN = [
    (Role.PATHOLOGIST, f"UPDATE recommendation SET state = 'signed' WHERE {FINAL}", "signatures"),
    (Role.PATHOLOGIST, f"UPDATE recommendation SET state = 'final' WHERE {DRAFT}", "own login"),
    (Role.SECRETARY, f"UPDATE recommendation SET state = 'draft' WHERE {FINAL}", "permission"),
    (Role.SECRETARY, f"UPDATE recommendation SET state = 'signed' WHERE {FINAL}", "permission"),
    (Role.CHAIR, f"UPDATE recommendation SET rationale = 'new' WHERE {FINAL}", "new revision"),
    (Role.CHAIR, f"UPDATE recommendation SET state = 'draft' WHERE {FINAL}", "new revision"),
    (Role.CHAIR, f"UPDATE recommendation SET state = 'signed' WHERE {FINAL}", "signatures"),
    (Role.CLINICIAN, f"UPDATE recommendation SET finalised_by = 'x' WHERE {FINAL}", "revision"),
    (
        Role.CHAIR,
        f"UPDATE recommendation SET state = 'final', finalised_by = 'someone', "
        f"finalised_at = now() WHERE {DRAFT}",
        "own login",
    ),
    (Role.CHAIR, f"UPDATE recommendation SET state = 'signed' WHERE {DRAFT}", "finalised"),
    (Role.CHAIR, f"UPDATE recommendation SET created_by = 'x' WHERE {DRAFT}", "created_by"),
    (
        Role.CLINICIAN,
        "INSERT INTO recommendation (case_id, revision, state, outcome, drugs, rationale, "
        "further_tests, follow_up, created_by, created_at, version) SELECT case_id, 9, "
        "'signed', outcome, drugs, rationale, '', '', session_user, now(), 1 "
        f"FROM recommendation WHERE {FINAL}",
        "signed only",
    ),
    (Role.PATHOLOGIST, "UPDATE annotation SET annotated_by = 'someone-else'", "own login"),
    (
        Role.PATHOLOGIST,
        "INSERT INTO annotation (finding_id, reportable, comment, annotated_by, version) "
        "SELECT f.id, false, '', 'someone-else', 1 FROM finding f "
        "WHERE NOT EXISTS (SELECT 1 FROM annotation a WHERE a.finding_id = f.id) LIMIT 1",
        "own login",
    ),
    (
        Role.SECRETARY,
        "INSERT INTO document (uid, kind, recommendation_id, language, sha256, content, "
        "created_by, created_at) SELECT 'FAKE-1', 'decision', id, 'en', repeat('0', 64), "
        f"'x', 'the-chair', now() FROM recommendation WHERE {FINAL}",
        "own login",
    ),
    (
        Role.BIOINFORMATICIAN,
        "INSERT INTO finding (report_id, kind, gene, is_filtered) SELECT m.id, 'snv', 'KRAS', "
        "false FROM molecular_report m JOIN recommendation r ON r.case_id = m.case_id "
        f"WHERE r.{FINAL} LIMIT 1",
        "decided case",
    ),
    (
        Role.CLINICIAN,
        "INSERT INTO audit_event (occurred_at, actor, action, entity, entity_id, summary, "
        "prev_hash, hash) VALUES (now(), 'the-chair', 'x', 'x', '1', '', '', '')",
        "own login",
    ),
]


@pytest.mark.parametrize(("role", "sql", "reason"), FORBIDDEN)
def test_state_changes_outside_the_rules_are_refused(
    board: Board, role: Role, sql: str, reason: str
) -> None:
    with pytest.raises(DBAPIError, match=reason):
        board.run(role, sql)


def test_a_secretary_cannot_plant_a_chair_signature(board: Board) -> None:
    uid = f"PLANT-{uuid.uuid4().hex[:6]}"
    with pytest.raises(DBAPIError, match="only a chair"):
        board.run(
            Role.SECRETARY,
            "WITH d AS (INSERT INTO document (uid, kind, recommendation_id, language, sha256, "
            "content, created_by, created_at) SELECT :uid, 'decision', id, 'en', "
            "repeat('0', 64), 'x', session_user, now() FROM recommendation "
            f"WHERE {FINAL} RETURNING id) "
            "INSERT INTO signature (document_id, sequence, signer_name, signer_role, meaning, "
            "signed_at, certificate_subject, certificate_sha256) SELECT id, 1, 'Dr. Chair', "
            "'chair', 'approved', now(), 'CN=Dr. Chair', repeat('1', 64) FROM d",
            uid=uid,
        )


def test_the_real_signing_path_works_as_logins(board: Board, tmp_path: Path) -> None:
    """Chair records and finalises, then signs; the pathologist co-signs: state is signed."""
    create_self_signed_credential("Dr. Chair", tmp_path / "c.p12", "c-pw")
    create_self_signed_credential("Dr. Path", tmp_path / "p.p12", "p-pw")
    chair_db, path_db = board.database(Role.CHAIR), board.database(Role.PATHOLOGIST)
    chair, pathologist = login(chair_db, None, None), login(path_db, None, None)
    draft = RecommendationDraft(RecommendationOutcome.FURTHER_TESTING, "germline testing")
    view = record_recommendation(chair_db, chair, UNDECIDED, draft, final=True)
    assert view.finalised_by == chair.username
    export_decision(chair_db, chair, UNDECIDED, signers=[
        SignerCredential((tmp_path / "c.p12").read_bytes(), "c-pw", Role.CHAIR)])
    done = export_decision(path_db, pathologist, UNDECIDED, signers=[
        SignerCredential((tmp_path / "p.p12").read_bytes(), "p-pw", Role.PATHOLOGIST)])
    assert done.recommendation_state is RecommendationState.SIGNED
    assert recommendation_history(chair_db, UNDECIDED)[0].state is RecommendationState.SIGNED


def test_a_board_login_cannot_connect_to_another_board(board: Board) -> None:
    """A second database on the same server, its own logins: neither reaches the other."""
    require_postgres()
    other = f"mtbo_{uuid.uuid4().hex[:8]}"
    create_database(other)
    foreign = f"o{uuid.uuid4().hex[:10]}"
    try:
        owner = open_database(database_url(other))
        add_user(owner, login(owner, None, None), foreign, frozenset({Role.ADMIN}),
                 database_login=True)
        owner.dispose()
        tries = [
            database_url(other, user=board.logins[role]) for role in Role
        ] + [database_url(board.name, board.schema, foreign)]
        for url in tries:
            engine = create_engine(url)
            with pytest.raises(OperationalError, match="permission denied for database"):
                engine.connect()
            engine.dispose()
    finally:
        drop_database(other)
        drop_logins([foreign])


def test_new_results_for_a_decided_case_come_as_a_new_audited_report(board: Board) -> None:
    """The refusal above is for adding to an old report; a new import is allowed, and it is
    audited under the importer's own login."""
    from mtb_desk.services.audit_log import case_history
    from mtb_desk.services.imports import import_file
    from tests.shared_data import shared_file

    database = board.database(Role.BIOINFORMATICIAN)
    actor = login(database, None, None)
    path = shared_file("tso500-awgl", "sample_CombinedVariantOutput.tsv")
    summary = import_file(database, actor, DECIDED, path)
    assert summary.findings > 0
    events = case_history(board.owner, actor, DECIDED)
    assert (events[-1].actor, events[-1].action) == (actor.username, "import")
