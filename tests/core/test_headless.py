"""The core is headless: every mtb_desk module imports with Qt made unavailable."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_imports_without_qt() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"PySide6", "shiboken6", "ui"}:
                    raise ImportError(f"{name} is blocked: the core must not import it")
                return None

        sys.meta_path.insert(0, BlockQt())
        import mtb_desk
        for module in pkgutil.walk_packages(mtb_desk.__path__, "mtb_desk."):
            if not module.name.endswith("__main__"):
                importlib.import_module(module.name)
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_importing_the_core_stays_light() -> None:
    script = (
        "import sys, mtb_desk, mtb_desk.domain.records, mtb_desk.errors;"
        "heavy = {'pandas', 'reportlab', 'pyhanko', 'PySide6', 'sqlalchemy', 'cyvcf2', 'babel'};"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
