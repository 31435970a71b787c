"""A process killed with SIGKILL mid-import or mid-signing leaves the database and the output
folder as they were (or holds the whole result, if it got that far): never anything partial."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Finding, MolecularReport
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import RecommendationOutcome
from mtb_desk.reports.verification import verify_pdf
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation

RECORDS = 60_000
PROJECT = Path(__file__).resolve().parents[2]


def _write_vcf(path: Path) -> None:
    header = (
        "##fileformat=VCFv4.2\n"
        '##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">\n'
        '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">\n'
        '##FORMAT=<ID=AF,Number=A,Type=Float,Description="Allele fraction">\n'
        "##contig=<ID=1>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
    )
    body = "".join(
        f"1\t{1000 + i * 10}\t.\tA\tT\t50\tPASS\tDP=100\tGT:AF\t0/1:0.3\n" for i in range(RECORDS)
    )
    path.write_text(header + body)


def _cli(database: Database, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    return subprocess.Popen(
        [sys.executable, "-m", "mtb_desk", *args, "--database", database.url],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def _kill_after(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """SIGKILL after `seconds`; False if the process had already finished."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


def _report_sizes(database: Database) -> list[int]:
    with reading(database) as session:
        return list(session.scalars(
            select(func.count(Finding.id)).select_from(MolecularReport)
            .outerjoin(Finding, Finding.report_id == MolecularReport.id)
            .group_by(MolecularReport.id)
        ))


def test_kill_during_import_leaves_nothing_partial(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    vcf = tmp_path / "large.vcf"
    _write_vcf(vcf)
    create_case(db, actor, NewCase("KILL-1", "LUAD"))
    killed = 0
    for delay in (0.6, 1.2, 1.8, 2.4, 3.0):
        process = _cli(db, "import", "KILL-1", str(vcf))
        killed += _kill_after(process, delay)
        sizes = _report_sizes(db)
        assert sizes in ([], [RECORDS]), f"partial import after SIGKILL at {delay} s: {sizes}"
        if sizes:
            break  # the import completed before the kill; the whole report is there
    assert killed, "every import finished before it could be killed; make the file larger"


def test_kill_during_signing_leaves_no_partial_file(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    from mtb_desk.reports.signing import create_self_signed_credential

    create_case(db, actor, NewCase("KILL-2", "PAAD"))
    record_recommendation(db, actor, "KILL-2", RecommendationDraft(
        RecommendationOutcome.NO_ACTIONABLE, "No actionable finding (synthetic)."), final=True)
    create_self_signed_credential("Dr. Synthetic Chair", tmp_path / "chair.p12", "secret-pw")
    out = tmp_path / "out"
    out.mkdir()
    os.environ["KILL_TEST_PW"] = "secret-pw"
    killed = 0
    for delay in (0.3, 0.6, 0.9, 1.2, 1.6, 2.0):
        process = _cli(db, "export", "decision", "KILL-2", "-o", str(out / "decision.pdf"),
                       "--sign-with", str(tmp_path / "chair.p12"),
                       "--password-env", "KILL_TEST_PW")
        was_killed = _kill_after(process, delay)
        killed += was_killed
        files = sorted(p.name for p in out.iterdir())
        assert files in ([], ["decision.pdf"]), f"after SIGKILL at {delay} s: {files}"
        if files:
            assert verify_pdf((out / "decision.pdf").read_bytes()).valid
        if not was_killed:
            break
    assert killed, "every export finished before it could be killed"
