"""Verification: tampering inside a signed range or after the last signature must fail."""

from __future__ import annotations

import io
import json

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from mtb_desk.reports.decision_pdf import build_decision_pdf
from mtb_desk.reports.errors import TrustRootError
from mtb_desk.reports.verification import verify_pdf
from tests.core.reports.conftest import Signer
from tests.core.reports.samples import decision_input
from tests.core.reports.test_signing import sign_as


@pytest.fixture(scope="module")
def signed(chair: Signer, pathologist: Signer) -> bytes:
    pdf = build_decision_pdf(decision_input(), "en")
    return sign_as(sign_as(pdf, chair, "chair"), pathologist, "pathologist")


def test_a_pdf_without_signatures_is_not_valid() -> None:
    result = verify_pdf(build_decision_pdf(decision_input(), "en"))
    assert not result.valid
    assert result.signatures == ()
    assert "no signature" in result.problems[0]


def test_garbage_is_reported_not_raised() -> None:
    result = verify_pdf(b"this is not a pdf")
    assert not result.valid
    assert "cannot be read" in result.problems[0]


@pytest.mark.parametrize("where", [0.2, 0.5, 0.8])
def test_one_flipped_byte_inside_a_signed_range_fails(signed: bytes, where: float) -> None:
    contents = signed.index(b"/Contents <")  # skip the signature value itself
    position = int(contents * where)
    tampered = bytearray(signed)
    tampered[position] ^= 0x01
    result = verify_pdf(bytes(tampered))
    assert not result.valid
    assert not all(s.intact for s in result.signatures)


def test_bytes_appended_after_the_last_signature_fail(signed: bytes) -> None:
    result = verify_pdf(signed + b"\n% appended after signing\n")
    assert not result.valid
    assert result.modified_after_signing
    assert all(s.intact for s in result.signatures)  # intact over their own revisions...
    assert not result.signatures[-1].covers_whole_file  # ...but not over the whole file


def test_a_page_appended_as_an_incremental_update_fails(signed: bytes) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    box = generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, 595, 842)])
    page = {generic.NameObject("/Type"): generic.NameObject("/Page")}
    writer.insert_page(generic.DictionaryObject({**page, generic.NameObject("/MediaBox"): box}))
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue())
    assert not result.valid
    assert result.modified_after_signing
    assert result.signatures[0].changes_after == "other"


def test_json_has_the_fields_the_cli_prints(signed: bytes, chair: Signer) -> None:
    data = json.loads(json.dumps(verify_pdf(signed, [chair.info.certificate_pem]).to_json()))
    assert set(data) >= {"valid", "modified_after_signing", "signatures"}
    first = data["signatures"][0]
    assert set(first) >= {"signer", "signed_at", "intact", "trusted"}
    assert first["trusted"] is True
    assert data["signatures"][1]["trusted"] is False


def test_der_trust_roots_work_too(signed: bytes, chair: Signer) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    der = x509.load_pem_x509_certificate(chair.info.certificate_pem).public_bytes(Encoding.DER)
    assert verify_pdf(signed, [der]).signatures[0].trusted


def test_an_unreadable_trust_root_is_an_error(signed: bytes) -> None:
    with pytest.raises(TrustRootError, match="trust root 1"):
        verify_pdf(signed, [b"-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n"])
