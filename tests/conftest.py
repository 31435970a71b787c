"""Test-wide fixtures: a fresh database per test on SQLite and on PostgreSQL.

Qt must run offscreen before any Qt module loads. The PostgreSQL half runs against the
server named by MTB_DESK_TEST_POSTGRES_URL (default: the local `test` database); without a
reachable server it is skipped, except under CI=true, where it fails.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "MTB_DESK_CACHE_DIR" not in os.environ:  # parsed reference data: never the user's cache
    import atexit
    import shutil
    import tempfile

    os.environ["MTB_DESK_CACHE_DIR"] = tempfile.mkdtemp(prefix="mtb-desk-test-cache-")
    atexit.register(shutil.rmtree, os.environ["MTB_DESK_CACHE_DIR"], True)

from tests.db_fixtures import *  # noqa: E402, F403
