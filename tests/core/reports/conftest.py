"""Fixtures for the report tests: fictitious signers with throw-away credentials."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from mtb_desk.reports.signing import CredentialInfo, create_self_signed_credential


@dataclass(frozen=True)
class Signer:
    name: str
    password: str
    p12: bytes
    info: CredentialInfo


def _make(tmp: Path, name: str, password: str) -> Signer:
    path = tmp / f"{password}.p12"
    info = create_self_signed_credential(name, path, password, days=30)
    return Signer(name, password, path.read_bytes(), info)


@pytest.fixture(scope="session")
def chair(tmp_path_factory: pytest.TempPathFactory) -> Signer:
    return _make(tmp_path_factory.mktemp("chair"), "Åse Eksempel-Løvås (fiktiv)", "leder-passord")


@pytest.fixture(scope="session")
def pathologist(tmp_path_factory: pytest.TempPathFactory) -> Signer:
    return _make(tmp_path_factory.mktemp("path"), "Bjørn Testmann (fiktiv)", "patolog-passord")
