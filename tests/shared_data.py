"""Access to the real example files in ../shared/data (outside the project).

Tests that read them skip when the folder is absent (a user's clone), but fail under CI=true.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def shared_file(*parts: str) -> Path:
    """Path of a shared example file; skips the test when absent (fails under CI=true)."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared example data missing under CI: {path}")
        pytest.skip(f"shared example data not available: {path}")
    return path
