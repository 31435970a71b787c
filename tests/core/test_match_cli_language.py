"""`mtb-desk match`: the reasons in MTB_DESK_LANGUAGE for people, and as data beside the
English text in --json (the existing keys stay)."""

from __future__ import annotations

import json

import pytest

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor

STUDY = "DEMO-002"


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    return db


def test_json_keeps_the_english_text_and_adds_the_structure(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["match", STUDY, "--all", "--json", "--database", demo.url]) == 0
    shown = json.loads(capsys.readouterr().out)
    match = shown["matches"][0]
    assert {"cohort", "drugs", "status", "reason", "finding", "approved_alternatives",
            "not_tested_because", "escat_tier", "rank", "source"} <= set(match)  # fmt: skip
    assert match["reason"].startswith("BRAF V600E meets 'BRAF V600")
    first = match["reasons"][0]
    assert (first["code"], first["outcome"], first["part"]) == ("reason.meets", "met", "criterion")
    assert first["parameters"]["finding"]["parameters"] == {"gene": "BRAF", "change": "V600E"}
    assert "; ".join(r["text"] for r in match["reasons"]) == match["reason"]
    criterion = shown["cohorts"][0]["criteria"][0]
    assert {"clause", "result", "detail", "reason"} <= set(criterion)


def test_text_output_speaks_the_cli_language(
    demo: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MTB_DESK_LANGUAGE", "nb")
    assert run(["match", STUDY, "--database", demo.url]) == 0
    text = capsys.readouterr().out
    assert "BRAF V600E oppfyller «BRAF V600" in text
    assert "meets" not in text
    monkeypatch.setenv("MTB_DESK_LANGUAGE", "en")
    assert run(["match", STUDY, "--database", demo.url]) == 0
    assert "BRAF V600E meets 'BRAF V600" in capsys.readouterr().out
