"""Tamper tests for `mtb-desk verify`: a copy cut back to an earlier revision, an untrusted
signer under --trust, and --expect all give a non-zero exit and say what is missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationOutcome, Role
from mtb_desk.reports.signing import create_self_signed_credential
from mtb_desk.services.demo import load_demo
from mtb_desk.services.documents import SignerCredential, export_decision
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation


@pytest.fixture
def signed(sqlite_db: Database, tmp_path: Path) -> dict[str, Path]:
    """The chair-signed and the fully signed decision, and both certificates, as files."""
    from mtb_desk.services.users import list_users, resolve_actor

    actor: Actor = resolve_actor(sqlite_db, list_users(sqlite_db)[0].username)
    load_demo(sqlite_db, actor)
    draft = RecommendationDraft(RecommendationOutcome.FURTHER_TESTING, "germline testing")
    record_recommendation(sqlite_db, actor, "DEMO-002", draft, final=True)
    files: dict[str, Path] = {}
    for role, name in ((Role.CHAIR, "Dr. Chair"), (Role.PATHOLOGIST, "Dr. Path")):
        info = create_self_signed_credential(name, tmp_path / f"{role}.p12", "pw")
        files[f"{role}.pem"] = tmp_path / f"{role}.pem"
        files[f"{role}.pem"].write_bytes(info.certificate_pem)
        credential = SignerCredential((tmp_path / f"{role}.p12").read_bytes(), "pw", role)
        exported = export_decision(sqlite_db, actor, "DEMO-002", signers=[credential])
        files[str(role)] = tmp_path / f"after-{role}.pdf"
        files[str(role)].write_bytes(exported.content)
    return files


def _verify(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code = run(["verify", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _trust(files: dict[str, Path], *roles: str) -> list[str]:
    return [arg for role in roles for arg in ("--trust", str(files[f"{role}.pem"]))]


def test_fully_signed_and_trusted_passes(
    signed: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    trust = _trust(signed, "chair", "pathologist")
    code, report = _verify(capsys, str(signed["pathologist"]), *trust)
    assert code == 0, report
    assert report["expected"] == ["chair", "pathologist"]


def test_a_copy_cut_back_to_the_chairs_revision_is_reported(
    signed: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    full = signed["pathologist"].read_bytes()
    chair_only = signed["chair"].read_bytes()
    assert full.startswith(chair_only)  # incremental updates: the earlier revision is a prefix
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(full[: len(chair_only)])
    code, report = _verify(capsys, str(cut), *_trust(signed, "chair", "pathologist"))
    assert code == 1
    assert report["missing"] == ["pathologist"]
    problems = " ".join(report["problems"])  # type: ignore[arg-type]
    assert "pathologist signature is missing" in problems
    assert "ends after the chair's signature" in problems


def test_an_untrusted_signer_fails_under_trust(
    signed: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _verify(capsys, str(signed["pathologist"]), *_trust(signed, "chair"))
    assert code == 1
    assert report["untrusted"] == ["Dr. Path"]


@pytest.mark.parametrize(
    ("expect", "code", "missing"),
    [("chair", 0, []), ("chair,pathologist", 0, []), ("chair,secretary", 1, ["secretary"])],
)
def test_expect_names_the_signatures_required(
    signed: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    expect: str,
    code: int,
    missing: list[str],
) -> None:
    result, report = _verify(capsys, str(signed["pathologist"]), "--expect", expect)
    assert (result, report["missing"]) == (code, missing)
