"""`case show` streams findings: same JSON as the whole case record, plus --limit/--filter."""

from __future__ import annotations

import pytest

from mtb_desk.cli.commands.cases import case_json
from mtb_desk.cli.output import jsonable
from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import Oncogenicity
from mtb_desk.services.annotations import AnnotationInput, annotate_finding
from mtb_desk.services.cases import get_case
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from tests.core.test_cli import cli, cli_json


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    return db


def test_streamed_json_equals_the_case_record(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    for study in ("DEMO-001", "DEMO-002", "DEMO-004"):
        expected = jsonable(case_json(get_case(demo, study)))
        assert expected["findings"]
        assert cli_json(capsys, demo, "case", "show", study) == expected


def test_limit_filter_and_reportable(
    demo: Database, actor: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    detail = get_case(demo, "DEMO-001")
    every = jsonable(detail.findings)
    shown = cli_json(capsys, demo, "case", "show", "DEMO-001", "--limit", "2")
    assert isinstance(shown, dict)
    assert shown["findings"] == every[:2]
    gene = next(f["gene"] for f in every if f["gene"])
    prefix = gene[:2].lower()
    shown = cli_json(capsys, demo, "case", "show", "DEMO-001", "--filter", prefix)
    assert isinstance(shown, dict)
    assert shown["findings"] == [
        f
        for f in every
        if any((g or "").upper().startswith(prefix.upper()) for g in (f["gene"], f["partner_gene"]))
    ]
    first = detail.findings[0]
    version = first.annotation.version if first.annotation else None
    values = AnnotationInput(Oncogenicity.ONCOGENIC, reportable=True)
    annotate_finding(demo, actor, first.id, values, expected_version=version)
    shown = cli_json(capsys, demo, "case", "show", "DEMO-001", "--reportable")
    assert isinstance(shown, dict)
    assert [f["id"] for f in shown["findings"]] == [
        f.id
        for f in get_case(demo, "DEMO-001").findings
        if f.annotation and f.annotation.reportable
    ]
    with pytest.raises(SystemExit) as refused:  # argparse's one-line error
        cli(capsys, demo, "case", "show", "DEMO-001", "--limit", "-1")
    assert refused.value.code != 0
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "--limit" in err
