"""`mtb-desk verify FILE.pdf` and `mtb-desk credential create`."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from mtb_desk.cli.arguments import days
from mtb_desk.cli.context import CliContext, read_secret


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    verify = commands.add_parser(
        "verify", parents=[parent], help="check a signed PDF's signatures and integrity"
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument(
        "--trust",
        action="append",
        type=Path,
        default=[],
        metavar="CERT.pem",
        help="a certificate to trust as a root (repeat)",
    )
    verify.add_argument(
        "--expect",
        metavar="FIELDS",
        help="signatures that must be present, e.g. chair,pathologist "
        "(default: the fields the document declares)",
    )
    verify.set_defaults(handler=run_verify)
    credential = commands.add_parser("credential", help="signing credentials").add_subparsers(
        dest="credential_command", metavar="ACTION", required=True
    )
    create = credential.add_parser(
        "create", parents=[parent], help="make a self-signed credential for trying the app out"
    )
    create.add_argument("--name", required=True, help="the signer's name, e.g. 'Dr. Kari Test'")
    create.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.p12")
    create.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the new password from this variable (else asked)",
    )
    create.add_argument("--days", type=days, default=730)
    create.set_defaults(handler=run_credential_create)


def run_verify(context: CliContext) -> int:
    from mtb_desk.errors import ValidationError
    from mtb_desk.reports.verification import verify_pdf

    args = context.args
    try:
        pdf = args.file.read_bytes()
        roots = [path.read_bytes() for path in args.trust]
    except OSError as exc:
        raise ValidationError(f"cannot read {exc.filename}: {exc.strerror}") from exc
    expected = None
    if args.expect is not None:
        expected = [f.strip() for f in args.expect.split(",") if f.strip()]
    result = verify_pdf(pdf, roots, expected)
    untrusted = [s.signer for s in result.signatures if not s.trusted] if args.trust else []
    ok = result.complete and not untrusted
    state = "VALID" if ok else ("INCOMPLETE" if result.valid and not untrusted else "NOT VALID")
    lines = [f"{args.file}: {state}"]
    for sig in result.signatures:
        lines.append(
            f"  signed by {sig.signer} at {sig.signed_at}: "
            f"{'intact' if sig.intact else 'BROKEN'}, "
            f"{'trusted' if sig.trusted else 'not trusted'}"
        )
    if result.modified_after_signing:
        lines.append("  the document was MODIFIED after the last signature")
    lines += [f"  problem: {p}" for p in result.problems]
    lines += [f"  problem: {name} is not among the trusted signers" for name in untrusted]
    report = result.to_json() | {"untrusted": untrusted, "ok": ok}
    context.emit(report, "\n".join(lines))
    return 0 if ok else 1


def run_credential_create(context: CliContext) -> int:
    from mtb_desk.errors import ValidationError
    from mtb_desk.reports.signing import create_self_signed_credential

    args = context.args
    password = read_secret(args.password_env, "password")
    if password is None:
        if not sys.stdin.isatty():
            raise ValidationError("give --password-env VAR (no terminal to ask for a password)")
        password = getpass.getpass("New credential password: ")
        if getpass.getpass("Repeat the password: ") != password:
            raise ValidationError("the passwords differ")
    if len(password) < 8:
        raise ValidationError("a credential password has at least 8 characters")
    info = create_self_signed_credential(args.name, args.output, password, days=args.days)
    pem = args.output.with_suffix(".pem")
    pem.write_bytes(info.certificate_pem)
    context.emit(
        {
            "file": str(args.output),
            "certificate": str(pem),
            "subject": info.subject,
            "sha256": info.sha256_fingerprint,
            "not_after": info.not_after,
        },
        f"credential for {info.subject} written to {args.output}; give {pem} to verifiers "
        "(--trust) to trust it",
    )
    return 0
