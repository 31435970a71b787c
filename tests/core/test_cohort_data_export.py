"""De-identified cohort data: no direct identifier leaves (grepped in every format), stable
per-recipient pseudonyms, k-anonymity with counted suppression, the manifest in the audit
trail, and a refusal when an identifier would leave."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database
from mtb_desk.db.models import AuditEvent, Case, Hospital, Patient
from mtb_desk.db.unit_of_work import writing
from mtb_desk.errors import NotFoundError, ValidationError
from mtb_desk.services.cohort_data import CohortDataRequest, export_cohort_data
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from mtb_desk.standards.deidentify import (
    QUASI_IDENTIFIERS,
    SUPPRESSED,
    age_band,
    find_identifiers,
    health_region,
    k_anonymise,
)
from mtb_desk.standards.tables import COLUMNS
from tests.db_snapshot import snapshot

# Valid-looking 11-digit numbers given to the demo patients for this test only (fictitious).
NATIONAL_IDS = ("15076500565", "01018012345", "29029612345", "31127098765")


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    with writing(db) as session:
        patients = session.scalars(select(Patient).order_by(Patient.id)).all()
        for patient, number in zip(patients, NATIONAL_IDS, strict=False):
            patient.national_id = number
    return db


def _identifiers(database: Database) -> list[str]:
    """Every direct identifier of the demo patients, and the dates hidden in national ids."""
    with database.engine.connect() as connection:
        patients = connection.execute(select(Patient.study_id, Patient.name, Patient.national_id))
        cases = connection.execute(select(Case.referring_clinician, Case.referral_date))
        hospitals = connection.execute(select(Hospital.name))
        found: list[str] = []
        for study_id, name, national_id in patients:
            found += [study_id, name]
            if national_id:
                day, month, year = national_id[:2], national_id[2:4], national_id[4:6]
                found += [national_id, f"{day}{month}{year}", f"{day}.{month}.{year}"]
        found += [clinician for clinician, _ in cases if clinician]
        found += [referred.isoformat() for _, referred in cases if referred]
        found += [name for (name,) in hospitals]
        return found


def _text_of(path: Path) -> str:
    if path.suffix == ".xlsx":
        sheet = load_workbook(path, read_only=True).active
        assert sheet is not None
        return "\n".join(",".join(str(v) for v in row) for row in sheet.iter_rows(values_only=True))
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json"])
def test_no_direct_identifier_leaves(
    demo: Database, actor: Actor, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"share{suffix}"
    result = export_cohort_data(demo, actor, CohortDataRequest("DRUP NL", k=1), path)
    assert result.rows == 4
    text = _text_of(path) + (tmp_path / f"share{suffix}.manifest.json").read_text()
    for identifier in _identifiers(demo):
        assert identifier not in text, f"{identifier!r} left in the {suffix} file"
    assert "P-" in text


def test_pseudonyms_stable_per_recipient_and_different_between(
    demo: Database, actor: Actor, tmp_path: Path
) -> None:
    def pseudonyms(recipient: str, name: str) -> list[str]:
        export_cohort_data(demo, actor, CohortDataRequest(recipient, k=1), tmp_path / name)
        with (tmp_path / name).open(encoding="utf-8") as handle:
            return [row["pseudonym"] for row in csv.DictReader(handle)]

    first, again = pseudonyms("DRUP NL", "a.csv"), pseudonyms(" drup  nl ", "b.csv")
    other = pseudonyms("ProTarget DK", "c.csv")
    assert first == again
    assert not set(first) & set(other)


def test_k_anonymity_withholds_and_counts_with_the_manifest_in_the_audit_trail(
    demo: Database, actor: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "k5.json"
    result = export_cohort_data(demo, actor, CohortDataRequest("DRUP NL"), path)
    assert (result.k, result.rows, result.suppressed_rows) == (5, 0, 4)
    assert result.suppressed_cells == 4 * len(QUASI_IDENTIFIERS)
    with demo.engine.connect() as connection:
        event = connection.execute(
            select(AuditEvent).where(AuditEvent.entity == "cohort-data")
        ).one()
    assert event.after["sha256"] == result.sha256
    assert (event.after["recipient"], event.after["exported_by"]) == ("DRUP NL", actor.username)
    assert json.loads(path.read_text())["columns"] == list(COLUMNS)


def test_refuses_when_an_identifier_would_leave(
    demo: Database, actor: Actor, tmp_path: Path
) -> None:
    with writing(demo) as session:  # a name typed into the diagnosis field by mistake
        case = session.scalars(select(Case).join(Patient).where(Patient.study_id == "DEMO-007"))
        case.one().diagnosis_code = "Åse Dummesen"
    path = tmp_path / "leak.csv"
    with pytest.raises(ValidationError, match="refusing to export: row .*'tumour_type'"):
        export_cohort_data(demo, actor, CohortDataRequest("DRUP NL", k=1), path)
    assert not path.exists()
    with pytest.raises(NotFoundError, match="no cohort with code 'NOPE'"):
        export_cohort_data(demo, actor, CohortDataRequest("DRUP NL", cohort="NOPE"), path)
    with pytest.raises(ValidationError, match="use one of .xlsx, .csv, .json"):
        export_cohort_data(demo, actor, CohortDataRequest("DRUP NL"), tmp_path / "x.txt")


def test_cli_filters_by_cohort_and_date(demo: Database, tmp_path: Path, capsys: object) -> None:
    url = demo.engine.url.render_as_string(hide_password=False)
    path = tmp_path / "cdk.csv"
    args = [
        "export",
        "cohort-data",
        "--database",
        url,
        "--recipient",
        "DRUP NL",
        "--k",
        "1",
        "--cohort",
        "CDK-PALBOCICLIB",
        "--from",
        (dt.date.today() - dt.timedelta(days=60)).isoformat(),
        "-o",
        str(path),
        "--json",
    ]
    assert run(args) == 0
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [(r["cohort"], r["tumour_type"], r["stage"]) for r in rows] == [
        ("CDK-PALBOCICLIB", "GB", "stage 1")
    ]


@pytest.mark.parametrize(
    ("birth_year", "on", "band"),
    [
        (1960, dt.date(2025, 1, 1), "65-69"),
        (1961, dt.date(2025, 12, 31), "60-64"),
        (None, dt.date(2025, 1, 1), "unknown"),
        (2025, dt.date(2025, 6, 1), "0-4"),
    ],
)
def test_age_bands(birth_year: int | None, on: dt.date, band: str) -> None:
    assert age_band(birth_year, on) == band


def test_health_regions() -> None:
    assert health_region("HUS", None) == "Helse Vest"
    assert health_region("XYZ", "Bodø") == "Helse Nord"
    assert health_region(None, None) == "unknown region"


def test_identifier_shapes_are_found() -> None:
    rows = [
        {"pseudonym": "P-12345678901abcde", "alteration": "BRAF V600E", "x": "1970-01-01"},
        {"tumour_type": "01017012345"},
        {"tumour_type": "kari nordmann"},
    ]
    found = find_identifiers(rows, ["Kari Nordmann"])
    assert [(r, c) for r, c, _ in found] == [(1, "x"), (2, "tumour_type"), (3, "tumour_type")]


_VALUES = {
    "tumour_type": ["LUAD", "COADREAD", "PAAD"],
    "region": ["Helse Vest", "Helse Nord"],
    "age_band": ["50-54", "55-59", "60-64"],
    "sex": ["F", "M"],
}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(*(st.sampled_from(v) for v in _VALUES.values())), max_size=60),
    st.integers(1, 6),
)
def test_k_anonymise_leaves_no_group_below_k(rows: list[tuple[str, ...]], k: int) -> None:
    data = [dict(zip(_VALUES, row, strict=True)) for row in rows]
    original = [dict(r) for r in data]
    result = k_anonymise([dict(r) for r in data], k)
    groups: dict[tuple[object, ...], int] = {}
    for row in result.rows:
        key = tuple(row[q] for q in QUASI_IDENTIFIERS)
        groups[key] = groups.get(key, 0) + 1
    assert all(count >= k for count in groups.values())
    assert len(result.rows) + result.withheld_rows == len(original)
    stars = sum(v == SUPPRESSED for row in result.rows for v in row.values())
    assert stars <= result.suppressed_cells


def test_cohort_export_changes_only_the_audit_trail_and_the_recipient_key(
    demo: Database, actor: Actor, tmp_path: Path
) -> None:
    export_cohort_data(demo, actor, CohortDataRequest("DRUP NL", k=1), tmp_path / "a.csv")
    before = snapshot(demo)
    again = export_cohort_data(demo, actor, CohortDataRequest("drup nl"), tmp_path / "b.csv")
    after = snapshot(demo)
    assert not again.new_recipient
    assert again.recipient == "DRUP NL"
    assert {t for t in before if before[t] != after[t]} == {"audit_event"}


def test_xlsx_csv_and_json_hold_the_same_rows(demo: Database, actor: Actor, tmp_path: Path) -> None:
    for suffix in (".xlsx", ".csv", ".json"):
        export_cohort_data(demo, actor, CohortDataRequest("DRUP NL", k=1), tmp_path / f"s{suffix}")
    sheet = load_workbook(tmp_path / "s.xlsx", read_only=True).active
    assert sheet is not None
    header, *cells = list(sheet.iter_rows(values_only=True))
    from_xlsx = [["" if v is None else str(v) for v in row] for row in cells]
    with (tmp_path / "s.csv").open(encoding="utf-8") as handle:
        from_csv = list(csv.reader(handle))[1:]
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    from_json = [["" if r[c] is None else str(r[c]) for c in COLUMNS] for r in data["rows"]]
    assert list(header) == list(COLUMNS)
    assert from_xlsx == from_csv == from_json
    assert any(isinstance(v, int) for row in cells for v in row)  # days stay numbers


def test_text_a_spreadsheet_would_run_is_neutralised(
    demo: Database, actor: Actor, tmp_path: Path
) -> None:
    with writing(demo) as session:  # a diagnosis code typed as a formula
        case = session.scalars(select(Case).join(Patient).where(Patient.study_id == "DEMO-007"))
        case.one().diagnosis_code = "=HYPERLINK(1)"
    export_cohort_data(demo, actor, CohortDataRequest("DRUP NL", k=1), tmp_path / "s.csv")
    export_cohort_data(demo, actor, CohortDataRequest("DRUP NL", k=1), tmp_path / "s.xlsx")
    assert "'=HYPERLINK(1)" in (tmp_path / "s.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(1)" in _text_of(tmp_path / "s.xlsx")
