"""Test-wide setup. Qt must run offscreen before any Qt module loads."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
