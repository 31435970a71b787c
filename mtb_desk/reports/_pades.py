"""pyHanko glue for `signing.sign_pdf` (imported lazily: pyHanko takes ~0.4 s to load).

The visible signature box is drawn with ReportLab as a one-page PDF in the box's size, with
the embedded Vera fonts (pyHanko's built-in text stamp uses non-embedded Courier), and
imported into the signature's appearance. The signer's clock is fixed before signing, so the
time printed in the box is exactly the signing time in the signature.
"""

from __future__ import annotations

import binascii
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.pdf_utils import content, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as PyhankoSigningError
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from mtb_desk.reports import _layout as lay
from mtb_desk.reports.errors import SigningError
from mtb_desk.reports.i18n import format_datetime, text


@dataclass(frozen=True, slots=True)
class SignRequest:
    signer_name: str
    role: str
    meaning: str
    field_name: str
    box: tuple[int, int, int, int]
    on_page: int
    lang: str
    signed_at: datetime


def _fit(canvas: Canvas, value: str, font: str, size: float, width: float) -> float:
    """The largest font size up to `size` at which `value` fits in `width` (min 6 pt)."""
    used = canvas.stringWidth(value, font, size)
    return size if used <= width else max(6.0, size * width / used)


def stamp_pdf(request: SignRequest) -> bytes:
    """A one-page PDF of the box's size showing who signed, as what, when and meaning what."""
    lay.register_fonts()
    x1, y1, x2, y2 = request.box
    width, height = x2 - x1, y2 - y1
    out = io.BytesIO()
    c = Canvas(out, pagesize=(width, height), invariant=False, initialFontName=lay.FONT)
    c.setFillColorRGB(1, 1, 1)
    c.setStrokeColor(lay.ACCENT)
    c.setLineWidth(0.8)
    c.rect(0.4, 0.4, width - 0.8, height - 0.8, stroke=1, fill=1)
    c.setFillColor(lay.ACCENT)
    c.rect(0.4, 0.4, 3, height - 0.8, stroke=0, fill=1)
    inner, left, lang = width - 16, 10.0, request.lang
    y = height - 12.0
    c.setFillColor(lay.MUTED)
    c.setFont(lay.FONT, 6.5)
    c.drawString(left, y, text("stamp.signed_by", lang))
    size = _fit(c, request.signer_name, lay.FONT_BOLD, 10, inner)
    c.setFillColor(lay.INK)
    c.setFont(lay.FONT_BOLD, size)
    c.drawString(left, y - 12, request.signer_name)
    c.setFont(lay.FONT, 7.5)
    c.drawString(left, y - 23, request.role)
    when = f"{text('stamp.time', lang)}: {format_datetime(request.signed_at, lang)}"
    c.drawString(left, y - 33, when)
    quotes = ("«", "»") if lang == "nb" else ("“", "”")
    meaning = f"{text('stamp.meaning', lang)}: {quotes[0]}{request.meaning}{quotes[1]}"
    c.setFont(f"{lay.FONT}-Italic", 7)
    for n, line in enumerate(simpleSplit(meaning, f"{lay.FONT}-Italic", 7, inner)[:2]):
        c.drawString(left, y - 43 - 8.5 * n, line)
    c.showPage()
    c.save()
    return out.getvalue()


class _PdfPageContent(content.PdfContent):
    """The first page of an in-memory PDF as content (pyHanko's own class reads a file)."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data

    def render(self) -> bytes:
        writer: BasePdfFileWriter = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self._data)), page_ix=0)
        name = b"/Stamp" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[name.decode("ascii")] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name + b" Do"


class _FixedTimeSigner(signers.PdfSigner):
    """A PdfSigner whose signing time is set by the caller (no time-stamp authority)."""

    def __init__(self, *args: object, signed_at: datetime, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._signed_at = signed_at

    def init_signing_session(
        self, pdf_out: BasePdfFileWriter, existing_fields_only: bool = False
    ) -> signers.pdf_signer.PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._signed_at
        return session


def _stamp_style(request: SignRequest) -> StaticStampStyle:
    full = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN,
        y_align=layout.AxisAlignment.ALIGN_MIN,
        margins=layout.Margins(),
        inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT,
    )
    return StaticStampStyle(
        background=_PdfPageContent(stamp_pdf(request)),
        background_layout=full,
        background_opacity=1.0,
        border_width=0,
    )


class _LoadedKeySigner(signers.SimpleSigner):
    """SimpleSigner that signs with an already loaded key.

    pyHanko's SimpleSigner parses the key from DER at every raw signature, and cryptography
    checks an RSA key on each load (~0.1 s for RSA 3072); the credential was unlocked once.
    """

    def __init__(
        self, key: PrivateKeyTypes, cert: x509.Certificate, chain: Sequence[x509.Certificate]
    ):
        registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
        registry.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in chain])
        super().__init__(
            signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
            signing_key=translate_pyca_cryptography_key_to_asn1(key),
            cert_registry=registry,
        )
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_algo = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "ecdsa" and isinstance(self._key, ec.EllipticCurvePrivateKey):
            return self._key.sign(data, ec.ECDSA(hash_algo))
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, padding.PKCS1v15(), hash_algo)
        return bytes(super().sign_raw(data, digest_algorithm))


def sign(
    pdf_bytes: bytes,
    key: PrivateKeyTypes,
    cert: x509.Certificate,
    chain: Sequence[x509.Certificate],
    request: SignRequest,
) -> bytes:
    meta = signers.PdfSignatureMetadata(
        field_name=request.field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=request.meaning,
        name=request.signer_name,
    )
    spec = fields.SigFieldSpec(
        sig_field_name=request.field_name, box=request.box, on_page=request.on_page
    )
    try:
        signer = _LoadedKeySigner(key, cert, chain)
        pdf_signer = _FixedTimeSigner(
            meta,
            signer,
            stamp_style=_stamp_style(request),
            new_field_spec=spec,
            signed_at=request.signed_at,
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
        _refuse_existing_signature(writer, request.field_name)
        output = pdf_signer.sign_pdf(writer)
    except (PdfError, PyhankoSigningError, ValueError, KeyError, IndexError) as exc:
        raise SigningError(f"the PDF could not be signed: {exc}") from exc
    return bytes(output.getvalue())


def _refuse_existing_signature(writer: IncrementalPdfFileWriter, field_name: str) -> None:
    for name, value, _ in fields.enumerate_sig_fields(writer.prev, filled_status=True):
        if name == field_name and value is not None:
            raise SigningError(f"the PDF is already signed in the field '{field_name}'")
