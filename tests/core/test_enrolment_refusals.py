"""Why an enrolment is refused, said in the reader's language by the service, the CLI and the
enrolment dialog's preview alike (one list of rules, `services.enrolment_checks`); the
preview's two-stage facts; and a cohort that moved while the person decided (a conflict)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Enrolment
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import Role
from mtb_desk.errors import CohortMovedError, MtbDeskError, PermissionDenied, describe
from mtb_desk.services.enrolment_preview import enrolment_preview
from mtb_desk.services.enrolments import enrol
from mtb_desk.services.permissions import Actor
from tests.core.followup_helpers import matched_case
from tests.core.test_cohort_service import START, cases, enrol_with
from tests.core.test_cohort_service import trial as trial  # noqa: F401 - fixture
from tests.core.test_shared_mode import shared as shared  # noqa: F401 - fixture

# Words only an English sentence has ("full" is bokmål too): none may be left in a bokmål refusal.
ENGLISH = re.compile(
    r"\b(cannot|enrol|enrolled|already|the|is|not|takes|patients|trial site|match|stop|"
    r"withdraw|first|places|supply|opens|hospital|cohort)\b"
)


def _already(db: Database, actor: Actor) -> tuple[str, str, dt.date]:
    (study_id,) = cases(db, actor, 1, "A")
    enrol(db, actor, "COH-A", study_id, on=START)
    return "COH-A", study_id, START


def _site_closed(db: Database, actor: Actor) -> tuple[str, str, dt.date]:
    return "COH-A", cases(db, actor, 1, "S", "SHUT")[0], START


def _site_opens(db: Database, actor: Actor) -> tuple[str, str, dt.date]:
    return "COH-A", cases(db, actor, 1, "N", "SOON")[0], dt.date(2029, 12, 31)


def _supply_used_up(db: Database, actor: Actor) -> tuple[str, str, dt.date]:
    ids = cases(db, actor, 3, "B")
    enrol_with(db, actor, ids[:2], [None, None], code="COH-B")
    return "COH-B", ids[2], START


def _stage_closed(db: Database, actor: Actor) -> tuple[str, str, dt.date]:
    ids = cases(db, actor, 9, "C")
    enrol_with(db, actor, ids[:8], [False] * 8)
    return "COH-A", ids[8], START + dt.timedelta(weeks=20)


def _enrolled_elsewhere(db: Database, actor: Actor) -> tuple[str, str, dt.date]:
    _, study_id, on = _already(db, actor)
    return "COH-C", study_id, on


def _no_match(db: Database, actor: Actor) -> tuple[str, str, dt.date]:
    study_id = matched_case(db, actor, "M-01", alterations=(("BRAF", "V600E"),))
    return "COH-C", study_id, START


REFUSALS: dict[str, Callable[[Database, Actor], tuple[str, str, dt.date]]] = {
    "already enrolled": _already,
    "site not open": _site_closed,
    "site opens later": _site_opens,
    "drug supply used up": _supply_used_up,
    "closed: negative": _stage_closed,
    "enrolled in another cohort": _enrolled_elsewhere,
    "no match": _no_match,
}


@pytest.mark.parametrize("case", REFUSALS)
def test_each_refusal_is_a_sentence_in_both_languages_and_the_preview_says_it_first(
    trial: Database,  # noqa: F811
    actor: Actor,
    case: str,
) -> None:
    code, study_id, on = REFUSALS[case](trial, actor)
    with reading(trial) as session:
        before = session.scalar(select(func.count()).select_from(Enrolment))
    preview = enrolment_preview(trial, actor, cohort=code, study_id=study_id, on=on)
    with pytest.raises(MtbDeskError) as raised:
        enrol(trial, actor, code, study_id, on=on)
    error = raised.value
    assert error.code, f"{case}: the refusal is English text, not a coded error: {error}"
    assert preview.refusal is not None
    for lang in ("en", "nb"):
        for face in ("cli", "gui"):
            said = describe(error, lang, face)  # type: ignore[arg-type]
            assert describe(preview.refusal, lang, face) == said  # type: ignore[arg-type]
            assert study_id in said
    english, bokmal = describe(error, "en", "gui"), describe(error, "nb", "gui")
    assert english != bokmal
    leftover = ENGLISH.findall(bokmal.replace(study_id, "").replace(code, ""))
    assert not leftover, f"{case}: English left in the bokmål refusal: {bokmal!r}"
    with reading(trial) as session:
        assert session.scalar(select(func.count()).select_from(Enrolment)) == before


def test_the_cli_refuses_in_the_readers_language(
    trial: Database,  # noqa: F811
    actor: Actor,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.core.test_cli import cli

    (shut,) = cases(trial, actor, 1, "S", "SHUT")
    monkeypatch.setenv("MTB_DESK_LANGUAGE", "nb")
    code, _, err = cli(capsys, trial, "cohort", "enrol", "COH-A", shut)
    assert code == 1
    assert "kan ikke" in err, err
    assert "Closed Hospital" in err
    assert not ENGLISH.findall(err.replace(shut, "").replace("COH-A", "")), err


def test_the_preview_shows_the_stage_places_and_the_candidates(
    trial: Database,  # noqa: F811
    actor: Actor,
) -> None:
    ids = cases(trial, actor, 4)
    enrol_with(trial, actor, ids[:3], [None, None, None])
    preview = enrolment_preview(trial, actor, cohort="COH-A", study_id=ids[3], on=START)
    stage = preview.stage
    assert stage is not None
    assert (stage.stage, stage.stage_size, stage.enrolled, stage.free_slots) == (1, 8, 3, 5)
    assert (stage.accepting, preview.refusal, preview.study_id) == (True, None, ids[3])
    assert [c for c, _ in preview.cohorts] == ["COH-A", "COH-B", "COH-C"]
    assert preview.recommendation is None  # no board decision names the cohort yet
    small = enrolment_preview(trial, actor, cohort="COH-C")
    assert small.stage is not None
    assert (small.stage.stage_size, small.study_id) == (4, None)
    ids = cases(trial, actor, 8, "E")
    enrol_with(trial, actor, ids, [True] + [False] * 7, code="COH-A")
    expanded = enrolment_preview(trial, actor, cohort="COH-A").stage
    assert expanded is not None
    assert (expanded.phase, expanded.stage, expanded.stage_size) == ("expanded (stage 2)", 2, 24)


def test_a_cohort_that_moved_meanwhile_is_a_conflict_and_nothing_is_stored(
    trial: Database,  # noqa: F811
    actor: Actor,
) -> None:
    ids = cases(trial, actor, 2)
    seen = enrolment_preview(trial, actor, cohort="COH-A", study_id=ids[0], on=START)
    enrol(trial, actor, "COH-A", ids[1], on=START)  # someone else, meanwhile
    with pytest.raises(CohortMovedError) as raised:
        enrol(trial, actor, "COH-A", ids[0], on=START, expected_state=seen.state_token)
    assert "0 enrolled" in describe(raised.value, "en", "gui")
    assert "1 enrolled" in describe(raised.value, "en", "gui")
    assert "inkludert" in describe(raised.value, "nb", "gui")
    now = enrolment_preview(trial, actor, cohort="COH-A", study_id=ids[0], on=START)
    view = enrol(trial, actor, "COH-A", ids[0], on=START, expected_state=now.state_token)
    assert view.study_id == ids[0]


def test_who_may_not_enrol_is_told_in_the_preview(
    trial: Database,  # noqa: F811
    actor: Actor,
    make_actor: Callable[..., Actor],
) -> None:
    (study_id,) = cases(trial, actor, 1)
    nurse = make_actor("nurse", Role.STUDY_NURSE)
    preview = enrolment_preview(trial, nurse, cohort="COH-A", study_id=study_id, on=START)
    assert isinstance(preview.refusal, PermissionDenied)
    with pytest.raises(PermissionDenied):
        enrol(trial, nurse, "COH-A", study_id, on=START)


def test_in_shared_mode_an_enrollers_login_enrols_and_a_nurses_login_is_refused_by_the_database(
    shared: tuple[Database, Callable[..., Database]],  # noqa: F811
) -> None:
    """Enrolment serialises without row locks (FOR UPDATE needs UPDATE on cohort, which an
    enroller's login does not hold): a clinician's own login enrols; a study nurse's login is
    refused by PostgreSQL even when the app is fooled about its roles."""
    from mtb_desk.services.users import login

    owner, connect = shared
    clinician_db = connect(Role.CLINICIAN)
    view = enrol(clinician_db, login(clinician_db, None, None), "BRAF-V600-VEM-COBI", "DEMO-002")
    assert view.cohort_state.startswith("open (stage 1): 1 enrolled")
    nurse_db = connect(Role.STUDY_NURSE)
    lying = Actor(login(nurse_db, None, None).username, frozenset({Role.CLINICIAN}))
    with reading(owner) as session:
        before = session.scalar(select(func.count()).select_from(Enrolment))
    with pytest.raises(PermissionDenied, match="database refused .* permission denied"):
        enrol(nurse_db, lying, "PIK3CA-ALPELISIB", "DEMO-008")
    with reading(owner) as session:
        assert session.scalar(select(func.count()).select_from(Enrolment)) == before
