"""Credentials, PAdES signatures by two signers, and the errors that must stop a signing."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from mtb_desk.errors import MtbDeskError
from mtb_desk.reports.decision_pdf import build_decision_pdf
from mtb_desk.reports.geometry import SIGNATURE_BOXES
from mtb_desk.reports.signing import (
    CredentialError,
    SigningError,
    create_self_signed_credential,
    open_credential,
    sign_pdf,
    write_atomically,
)
from mtb_desk.reports.verification import verify_pdf
from tests.core.reports.conftest import Signer
from tests.core.reports.samples import decision_input


def sign_as(pdf: bytes, signer: Signer, slot: str, *, password: str | None = None) -> bytes:
    return sign_pdf(
        pdf,
        signer.p12,
        signer.password if password is None else password,
        signer_name=signer.name,
        role="Leder av tumorboardet" if slot == "chair" else "Ansvarlig patolog",
        meaning="godkjent som leder" if slot == "chair" else "molekylære funn gjennomgått",
        field_name=slot,
        box_position=SIGNATURE_BOXES[slot],
        lang="nb",
    )


@pytest.fixture(scope="module")
def decision_pdf() -> bytes:
    return build_decision_pdf(decision_input(), "nb")


@pytest.fixture(scope="module")
def twice_signed(decision_pdf: bytes, chair: Signer, pathologist: Signer) -> bytes:
    return sign_as(sign_as(decision_pdf, chair, "chair"), pathologist, "pathologist")


def test_credential_holds_a_certificate_for_the_name(chair: Signer) -> None:
    info = open_credential(chair.p12, chair.password)
    assert "Åse Eksempel-Løvås (fiktiv)" in info.subject
    assert info.certificate_pem.startswith(b"-----BEGIN CERTIFICATE-----")
    assert info.not_after - info.not_before == timedelta(days=30)
    assert info == chair.info


def test_two_signers_keep_both_signatures_intact(twice_signed: bytes) -> None:
    result = verify_pdf(twice_signed)
    assert result.valid, result.problems
    assert not result.modified_after_signing
    names = [s.signer for s in result.signatures]
    assert names == ["Åse Eksempel-Løvås (fiktiv)", "Bjørn Testmann (fiktiv)"]
    assert all(s.intact and s.valid for s in result.signatures)
    assert [s.covers_whole_file for s in result.signatures] == [False, True]
    assert result.signatures[0].changes_after == "form-filling"
    assert result.signatures[1].meaning == "molekylære funn gjennomgått"


def test_signatures_are_untrusted_without_trust_roots(twice_signed: bytes) -> None:
    result = verify_pdf(twice_signed)
    assert result.valid
    assert not result.trusted
    assert [s.trusted for s in result.signatures] == [False, False]


def test_signatures_are_trusted_with_their_certificates_as_roots(
    twice_signed: bytes, chair: Signer, pathologist: Signer
) -> None:
    result = verify_pdf(
        twice_signed, [chair.info.certificate_pem, pathologist.info.certificate_pem]
    )
    assert result.trusted
    only_chair = verify_pdf(twice_signed, [chair.info.certificate_pem])
    assert [s.trusted for s in only_chair.signatures] == [True, False]


def test_signing_time_is_the_time_in_the_signature(twice_signed: bytes) -> None:
    for sig in verify_pdf(twice_signed).signatures:
        assert sig.signed_at is not None
        assert abs(datetime.now(UTC) - sig.signed_at) < timedelta(minutes=5)


def test_visible_boxes_sit_on_the_last_page_and_show_name_role_and_meaning(
    twice_signed: bytes,
) -> None:
    reader = PdfReader(io.BytesIO(twice_signed))
    last = reader.pages[-1]
    widgets = [a.get_object() for a in last.get("/Annots", [])]
    rects = {w["/T"]: [round(float(v)) for v in w["/Rect"]] for w in widgets}
    assert rects == {slot: list(box) for slot, box in SIGNATURE_BOXES.items()}
    appearance = widgets[0]["/AP"]["/N"].get_object()
    assert appearance["/BBox"]  # a real appearance stream, not an empty field


def test_wrong_password_is_a_clear_error_and_writes_nothing(
    decision_pdf: bytes, chair: Signer, tmp_path: Path
) -> None:
    target = tmp_path / "decision.pdf"
    with pytest.raises(CredentialError, match="wrong password"):
        write_atomically(target, sign_as(decision_pdf, chair, "chair", password="feil"))
    assert list(tmp_path.iterdir()) == []
    assert issubclass(CredentialError, SigningError)
    assert issubclass(SigningError, MtbDeskError)


def test_unreadable_credential_is_a_clear_error(decision_pdf: bytes) -> None:
    with pytest.raises(CredentialError, match="PKCS#12"):
        sign_pdf(
            decision_pdf,
            b"not a credential",
            "x",
            signer_name="Test",
            role="r",
            meaning="m",
            field_name="chair",
            box_position=SIGNATURE_BOXES["chair"],
        )


def test_expired_credential_is_refused(decision_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "old.p12"
    long_ago = datetime.now(UTC) - timedelta(days=400)
    create_self_signed_credential("Utløpt Testperson", path, "pw", days=30, valid_from=long_ago)
    with pytest.raises(CredentialError, match="expired"):
        sign_pdf(
            decision_pdf,
            path.read_bytes(),
            "pw",
            signer_name="Utløpt Testperson",
            role="r",
            meaning="m",
            field_name="chair",
            box_position=SIGNATURE_BOXES["chair"],
        )


def test_not_yet_valid_credential_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.p12"
    later = datetime.now(UTC) + timedelta(days=3)
    create_self_signed_credential("Framtidig Testperson", path, "pw", valid_from=later)
    with pytest.raises(CredentialError, match="not valid yet"):
        open_credential(path.read_bytes(), "pw")


def test_the_same_field_cannot_be_signed_twice(twice_signed: bytes, chair: Signer) -> None:
    with pytest.raises(SigningError, match="already signed"):
        sign_as(twice_signed, chair, "chair")


def test_garbage_is_not_signed(chair: Signer) -> None:
    with pytest.raises(SigningError, match="could not be signed"):
        sign_as(b"%PDF-1.4 nothing here", chair, "chair")


def test_write_atomically_replaces_whole_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert os.listdir(tmp_path) == ["out.pdf"]


def test_write_atomically_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.pdf"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_signed_pdf_renders_without_errors(twice_signed: bytes, tmp_path: Path) -> None:
    source = tmp_path / "signed.pdf"
    source.write_bytes(twice_signed)
    done = subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(source), str(tmp_path / "page")],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr
    assert len(list(tmp_path.glob("page-*.png"))) == len(PdfReader(io.BytesIO(twice_signed)).pages)
