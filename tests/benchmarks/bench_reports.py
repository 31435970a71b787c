"""Speed of the report code: decision PDF, signature, verification, 40-case minutes.

Run on its own: `.venv/bin/python tests/benchmarks/bench_reports.py`. Each figure is the
median of several runs after one warm-up (fonts registered, pyHanko imported), printed next
to a baseline measured in the same run on the same machine:
  - a bare two-page platypus document with the standard Helvetica font,
  - a bare pyHanko signature (default SimpleSigner, no visible box) of that document,
  - a bare pyHanko validation of that signature.
Exits non-zero when a target from issue 5 is missed.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mtb_desk.reports.decision_pdf import build_decision_pdf  # noqa: E402
from mtb_desk.reports.geometry import SIGNATURE_BOXES  # noqa: E402
from mtb_desk.reports.minutes_pdf import build_minutes_pdf  # noqa: E402
from mtb_desk.reports.signing import create_self_signed_credential, sign_pdf  # noqa: E402
from mtb_desk.reports.verification import verify_pdf  # noqa: E402
from tests.core.reports.samples import decision_input, minutes_input  # noqa: E402

TARGETS_MS = {
    "decision PDF": 50,
    "signature": 100,
    "verification (2 sigs)": 50,
    "minutes, 40 cases": 1000,
}


def median_ms(fn: Callable[[], object], runs: int = 9) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bare_platypus() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    body = getSampleStyleSheet()["BodyText"]
    story = [Paragraph("Page one " * 40, body), PageBreak(), Paragraph("Page two " * 40, body)]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def bare_sign(pdf: bytes, p12: bytes, password: bytes) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12_data(p12, (), passphrase=password)
    meta = signers.PdfSignatureMetadata(field_name="Bare")
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer)
    return bytes(out.getvalue())


def bare_validate(pdf: bytes) -> bool:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[], allow_fetching=False))
    return bool(status.intact)


def main() -> int:
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator"):  # the bare baseline logs untrusted roots
        logging.getLogger(name).setLevel(logging.CRITICAL)
    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    p12_path = folder / "chair.p12"
    create_self_signed_credential("Benk Testperson", p12_path, "pw")
    p12 = p12_path.read_bytes()
    data, minutes = decision_input(), minutes_input(40)
    decision = build_decision_pdf(data, "nb")

    def sign() -> bytes:
        return sign_pdf(
            decision, p12, "pw", signer_name="Benk Testperson", role="Leder",
            meaning="godkjent", field_name="chair", box_position=SIGNATURE_BOXES["chair"],
        )  # fmt: skip

    signed = sign()
    bare = bare_platypus()
    bare_signed = bare_sign(bare, p12, b"pw")
    rows = [
        ("decision PDF", median_ms(lambda: build_decision_pdf(data, "nb")),
         "bare 2-page platypus", median_ms(bare_platypus)),
        ("signature", median_ms(sign), "bare pyHanko signature", median_ms(
            lambda: bare_sign(bare, p12, b"pw"))),
        ("verification (2 sigs)", median_ms(lambda: verify_pdf(signed)), "bare validation (1 sig)",
         median_ms(lambda: bare_validate(bare_signed))),
        ("minutes, 40 cases", median_ms(lambda: build_minutes_pdf(minutes, "nb"), runs=5),
         "bare 2-page platypus", median_ms(bare_platypus)),
    ]  # fmt: skip
    failed = 0
    print(f"{'what':<22}{'ms':>8}{'target':>8}  {'baseline':<26}{'ms':>8}{'ratio':>8}")
    for name, ms, base_name, base_ms in rows:
        ok = ms < TARGETS_MS[name]
        failed += not ok
        print(
            f"{name:<22}{ms:>8.1f}{TARGETS_MS[name]:>8}  {base_name:<26}{base_ms:>8.1f}"
            f"{ms / base_ms:>8.1f}  {'ok' if ok else 'MISSED'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
