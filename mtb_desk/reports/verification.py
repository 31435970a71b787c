"""Verification of the signatures on a PDF (pyHanko loads on first use).

A signature library judges each signature over its own revision of the file: bytes appended
after the last signature leave that signature "intact" but covering its revision only. So a
document counts as valid only when every signature is intact, the last one covers the whole
file (its byte range reaches the end of the file), and whatever came after an earlier
signature is no more than further signatures or form filling. Trust is reported separately:
a self-signed signer is "not trusted" unless its certificate is passed as a trust root.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mtb_desk.reports.errors import TrustRootError

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko_certvalidator import ValidationContext

__all__ = ["SignatureReport", "VerificationResult", "verify_pdf"]

# modification levels (pyHanko's ModificationLevel names) that keep an earlier signature valid
_ALLOWED_LATER_CHANGES = frozenset({"NONE", "LTA_UPDATES", "FORM_FILLING"})


@dataclass(frozen=True, slots=True)
class SignatureReport:
    field_name: str
    signer: str  # the certificate's common name (or its whole subject)
    signed_at: datetime | None  # the signing time the signer's software declared
    intact: bool  # the signed bytes are unchanged
    valid: bool  # intact, and the signature value checks out against the certificate
    trusted: bool  # the certificate chains to one of the trust roots given
    covers_whole_file: bool  # the byte range reaches the end of the file
    changes_after: str  # "none", "lta-updates", "form-filling", "annotations", "other", "unknown"
    meaning: str  # the signature's /Reason
    certificate_sha256: str
    problem: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field_name,
            "signer": self.signer,
            "signed_at": None if self.signed_at is None else self.signed_at.isoformat(),
            "intact": self.intact,
            "valid": self.valid,
            "trusted": self.trusted,
            "covers_whole_file": self.covers_whole_file,
            "changes_after": self.changes_after,
            "meaning": self.meaning,
            "certificate_sha256": self.certificate_sha256,
            "problem": self.problem,
        }


@dataclass(frozen=True, slots=True)
class VerificationResult:
    valid: bool  # signed, every signature intact, nothing but signatures added afterwards
    modified_after_signing: bool
    signatures: tuple[SignatureReport, ...]
    problems: tuple[str, ...] = ()
    expected: tuple[str, ...] = ()  # signature fields required (given, or declared by the PDF)
    missing: tuple[str, ...] = ()  # expected fields without a valid signature

    @property
    def complete(self) -> bool:
        """Valid, and every expected signature is there."""
        return self.valid and not self.missing

    @property
    def trusted(self) -> bool:
        """Every signer is trusted (and there is at least one signature)."""
        return bool(self.signatures) and all(s.trusted for s in self.signatures)

    def to_json(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "modified_after_signing": self.modified_after_signing,
            "signatures": [s.to_json() for s in self.signatures],
            "problems": list(self.problems),
            "expected": list(self.expected),
            "missing": list(self.missing),
            "complete": self.complete,
        }


def _certificates(trust_roots: Sequence[bytes]) -> list[asn1_x509.Certificate]:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    certs = []
    for n, data in enumerate(trust_roots, start=1):
        try:
            blocks = (
                [d for _, _, d in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]
            )
            certs += [asn1_x509.Certificate.load(block) for block in blocks]
            for cert in certs:
                _ = cert.subject  # parse now, so a broken file fails here
        except (ValueError, TypeError) as exc:
            raise TrustRootError(f"trust root {n} is not a PEM or DER certificate") from exc
    return certs


def _context(roots: list[asn1_x509.Certificate]) -> ValidationContext:
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs expected outcomes (an untrusted signer, a suspicious change) as warnings
    with tracebacks; the result carries them, so they are kept out of the user's terminal."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def verify_pdf(
    pdf_bytes: bytes, trust_roots: Sequence[bytes] = (), expected: Sequence[str] | None = None
) -> VerificationResult:
    """Check every signature on the PDF in `pdf_bytes`; trust the certificates in `trust_roots`.

    `trust_roots` holds PEM (one or more certificates) or DER data. An unreadable file or one
    without signatures is reported as not valid, never raised; only a trust root that cannot
    be read raises `TrustRootError`. `expected` names the signature fields the document must
    carry (default: those it declares, see `reports/anchor.py`); a missing one is reported,
    e.g. for a copy cut back to the revision before the pathologist signed.
    """
    result = _verify_signatures(pdf_bytes, trust_roots)
    from mtb_desk.reports.anchor import declared_signatures

    wanted = tuple(expected) if expected is not None else declared_signatures(pdf_bytes)
    return _with_expected(result, wanted, _empty_fields(pdf_bytes))


def _verify_signatures(pdf_bytes: bytes, trust_roots: Sequence[bytes]) -> VerificationResult:
    roots = _certificates(trust_roots)
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        embedded = list(PdfFileReader(io.BytesIO(pdf_bytes)).embedded_regular_signatures)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        return VerificationResult(False, False, (), (f"the file cannot be read as a PDF: {exc}",))
    if not embedded:
        return VerificationResult(False, False, (), ("the PDF has no signature",))
    with _quiet_pyhanko():
        reports = tuple(_check(sig, roots) for sig in embedded)
    return _judge(reports)


def _judge(reports: tuple[SignatureReport, ...]) -> VerificationResult:
    problems = [f"{r.field_name}: {r.problem}" for r in reports if r.problem]
    problems += [f"{r.field_name}: the signed content was changed" for r in reports if not r.intact]
    problems += [
        f"{r.field_name}: the signature value does not match its certificate"
        for r in reports
        if r.intact and not r.valid
    ]
    earlier_changed = any(
        r.changes_after.upper().replace("-", "_") not in _ALLOWED_LATER_CHANGES
        for r in reports[:-1]
    )
    modified = not reports[-1].covers_whole_file or earlier_changed
    if modified:
        problems.append("the document was changed after the last signature")
    valid = all(r.intact and r.valid for r in reports) and not modified
    return VerificationResult(valid, modified, reports, tuple(problems))


def _name(cert: asn1_x509.Certificate) -> str:
    native = cert.subject.native
    return str(native.get("common_name") or cert.subject.human_friendly)


def _check(sig: EmbeddedPdfSignature, roots: list[asn1_x509.Certificate]) -> SignatureReport:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    cert = sig.signer_cert
    base: dict[str, Any] = {
        "field_name": sig.field_name,
        "signer": _name(cert),
        "meaning": str(sig.sig_object.get("/Reason", "")),
        "certificate_sha256": cert.sha256.hex(),
    }
    try:
        status = validate_pdf_signature(sig, signer_validation_context=_context(roots))
    except Exception as exc:  # noqa: BLE001 - a malformed signature is a finding, not a crash
        return SignatureReport(
            **base,
            signed_at=None,
            intact=False,
            valid=False,
            trusted=False,
            covers_whole_file=False,
            changes_after="unknown",
            problem=f"cannot be checked: {exc}",
        )
    level = status.modification_level
    return SignatureReport(
        **base,
        signed_at=status.signer_reported_dt,
        intact=bool(status.intact),
        valid=bool(status.intact and status.valid),
        trusted=bool(status.trusted),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        changes_after="unknown" if level is None else level.name.lower().replace("_", "-"),
    )


def _empty_fields(pdf_bytes: bytes) -> tuple[str, ...]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes))
        return tuple(
            str(name)
            for name, value, _ in fields.enumerate_sig_fields(reader, filled_status=False)
            if value is None
        )
    except Exception:  # noqa: BLE001 - an unreadable file is reported by the signature check
        return ()


def _with_expected(
    result: VerificationResult, expected: tuple[str, ...], empty: tuple[str, ...]
) -> VerificationResult:
    good = [s.field_name for s in result.signatures if s.intact and s.valid]
    missing = tuple(f for f in expected if f not in good)
    problems = list(result.problems)
    problems += [f"the {name} signature field is empty" for name in empty if name not in missing]
    for name in missing:
        problems.append(f"the {name} signature is missing")
    if missing and result.signatures:
        problems.append(
            f"the document ends after the {result.signatures[-1].field_name}'s signature"
        )
    return replace(result, problems=tuple(problems), expected=expected, missing=missing)
