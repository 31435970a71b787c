"""Signing credentials and PAdES signatures on the board's PDFs.

A credential is a PKCS#12 file (.p12) with a private key and its certificate; unlocking it
with the password at each signing is the signer's re-authentication. `sign_pdf` appends a
signature as an incremental update, so a second signer keeps the first signature valid.
pyHanko and cryptography load on first use only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mtb_desk.files import write_atomically  # re-exported: signing writes through it
from mtb_desk.reports.errors import CredentialError, SigningError

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

__all__ = [
    "CredentialError",
    "CredentialInfo",
    "SigningError",
    "create_self_signed_credential",
    "open_credential",
    "sign_pdf",
    "write_atomically",
]


@dataclass(frozen=True, slots=True)
class CredentialInfo:
    subject: str
    sha256_fingerprint: str  # hex of the certificate's DER
    not_before: datetime
    not_after: datetime
    certificate_pem: bytes  # give this to verifiers as a trust root


def _password_bytes(password: str | bytes) -> bytes:
    return password.encode("utf-8") if isinstance(password, str) else password


def _describe(cert: x509.Certificate) -> CredentialInfo:
    from cryptography.hazmat.primitives import hashes, serialization

    return CredentialInfo(
        subject=cert.subject.rfc4514_string(),
        sha256_fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        certificate_pem=cert.public_bytes(serialization.Encoding.PEM),
    )


def create_self_signed_credential(
    name: str,
    path: Path | str,
    password: str | bytes,
    *,
    days: int = 730,
    valid_from: datetime | None = None,
    organisation: str = "MTB Desk (self-signed, for trying out)",
    key_type: Literal["ec", "rsa"] = "ec",
) -> CredentialInfo:
    """Write a PKCS#12 file with a new key and a self-signed certificate for `name`.

    The key is ECDSA P-256 by default (fast to unlock and sign; PAdES readers accept it) or
    RSA 3072 with `key_type="rsa"`. The certificate is valid for `days` from `valid_from`
    (default: now); it is its own trust anchor, so verifiers need its PEM as a trust root.
    """
    if not name.strip():
        raise CredentialError("a credential needs the signer's name")
    if not password:
        raise CredentialError("a credential needs a password")
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    if key_type == "rsa":
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    else:
        key = ec.generate_private_key(ec.SECP256R1())
    start = valid_from or datetime.now(UTC) - timedelta(minutes=5)
    cert = _self_signed_certificate(key, name.strip(), organisation, start, start + timedelta(days))
    data = pkcs12.serialize_key_and_certificates(
        name.strip().encode("utf-8"),
        key,
        cert,
        None,
        BestAvailableEncryption(_password_bytes(password)),
    )
    write_atomically(path, data)
    return _describe(cert)


_KEY_USAGES = (
    "digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
    "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only",
)  # fmt: skip


def _self_signed_certificate(
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
    name: str,
    organisation: str,
    start: datetime,
    end: datetime,
) -> x509.Certificate:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    flags = dict.fromkeys(_KEY_USAGES, False) | {
        "digital_signature": True,
        "content_commitment": True,  # non-repudiation: what PDF signature validators ask for
        "key_cert_sign": True,  # it is its own issuer
    }
    usage = x509.KeyUsage(**flags)
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


@dataclass(frozen=True, slots=True)
class _Credential:
    key: PrivateKeyTypes
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...]


def _load(p12_bytes: bytes, password: str | bytes) -> _Credential:
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, chain = pkcs12.load_key_and_certificates(p12_bytes, _password_bytes(password))
    except (ValueError, TypeError) as exc:
        raise CredentialError(
            "the credential could not be opened: wrong password, or not a PKCS#12 (.p12) file"
        ) from exc
    if key is None or cert is None:
        raise CredentialError("the credential holds no private key with its certificate")
    return _Credential(key, cert, tuple(chain))


def _check_validity(cert: x509.Certificate, moment: datetime) -> CredentialInfo:
    info = _describe(cert)
    if moment < info.not_before:
        raise CredentialError(
            f"the credential of {info.subject} is not valid yet: it starts on "
            f"{info.not_before:%Y-%m-%d %H:%M} UTC"
        )
    if moment > info.not_after:
        raise CredentialError(
            f"the credential of {info.subject} expired on {info.not_after:%Y-%m-%d %H:%M} UTC"
        )
    return info


def open_credential(
    p12_bytes: bytes, password: str | bytes, *, at: datetime | None = None
) -> CredentialInfo:
    """Unlock a credential and check that its certificate is valid at `at` (default: now)."""
    return _check_validity(_load(p12_bytes, password).cert, at or datetime.now(UTC))


def sign_pdf(
    pdf_bytes: bytes,
    p12_bytes: bytes,
    password: str | bytes,
    *,
    signer_name: str,
    role: str,
    meaning: str,
    field_name: str,
    box_position: tuple[int, int, int, int],
    on_page: int = -1,
    lang: str = "en",
) -> bytes:
    """Return `pdf_bytes` with one more PAdES signature appended as an incremental update.

    The visible box at `box_position` (x1, y1, x2, y2 in points, on page `on_page`, by
    default the last) shows the signer's name, role, the signing time and `meaning`.
    Raises `CredentialError` for a wrong password or a credential that is not valid now,
    and `SigningError` when the PDF cannot be signed; nothing is written either way.
    """
    from mtb_desk.reports import _pades

    signed_at = datetime.now(UTC).replace(microsecond=0)
    credential = _load(p12_bytes, password)
    _check_validity(credential.cert, signed_at)
    request = _pades.SignRequest(
        signer_name=signer_name,
        role=role,
        meaning=meaning,
        field_name=field_name,
        box=box_position,
        on_page=on_page,
        lang=lang,
        signed_at=signed_at,
    )
    return _pades.sign(pdf_bytes, credential.key, credential.cert, credential.chain, request)
