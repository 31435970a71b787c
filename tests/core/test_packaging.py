"""`pip install .` gives a working install: migrations and assets travel inside the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def test_wheel_carries_migrations_and_assets_and_opens_a_database(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(PROJECT),
        ],
        check=True,
        timeout=300,
    )
    wheel = next((tmp_path / "dist").glob("mtb_desk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "mtb_desk/_migrations/env.py" in names
    assert any(n.startswith("mtb_desk/_migrations/versions/") for n in names)
    assert any(n.startswith("mtb_desk/_assets/") for n in names)
    assert "ui/launcher.py" in names
    assert "mtb_desk/i18n/locale/nb/LC_MESSAGES/mtb_desk.mo" in names  # compiled at build
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    # Run the installed copy from elsewhere, so the source checkout cannot help it.
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONSAFEPATH": "1"}
    database = tmp_path / "installed.sqlite"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import mtb_desk, sys; from mtb_desk.cli.main import run;"
            "print(mtb_desk.__file__);"
            "from mtb_desk.reports.i18n import text; print(text('minutes.title', 'nb'));"
            f"sys.exit(run(['db', 'upgrade', '--json', '--database', '{database}']))",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(str(target))
    assert result.stdout.splitlines()[1] == "Møtereferat"
    assert '"revision"' in result.stdout
