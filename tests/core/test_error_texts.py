"""Errors as data: a code and parameters, rendered per face (CLI words, GUI field names) and
per language; the recommendation service and the CLI use them."""

from __future__ import annotations

import re
import string

import pytest

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationOutcome, Role
from mtb_desk.errors import ERROR_TEXTS, MtbDeskError, PermissionDenied, ValidationError, describe
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation

FACES = ("cli", "gui")


def sample_params(code: str) -> dict[str, object]:
    text = ERROR_TEXTS[code]
    names = {
        name
        for template in (text.cli, text.gui)
        for _, name, _, _ in string.Formatter().parse(template)
        if name
    }
    values: dict[str, object] = {name: f"<{name}>" for name in names}
    values.update(
        {
            "outcome": "impress-cohort",
            "action": "record recommendations",
            "roles": ("chair", "clinician"),
            "state": "final",
        }
    )
    return {k: v for k, v in values.items() if k in names}


@pytest.mark.parametrize("code", sorted(ERROR_TEXTS))
def test_every_code_renders_in_both_languages_and_faces(code: str) -> None:
    params = sample_params(code)
    error = MtbDeskError(code=code, params=params)
    assert str(error) == describe(error, "en", "cli")
    for face in FACES:
        english, bokmal = describe(error, "en", face), describe(error, "nb", face)
        assert "{" not in english
        assert "{" not in bokmal
        template = (
            ERROR_TEXTS[code].gui
            if face == "gui" and ERROR_TEXTS[code].gui
            else ERROR_TEXTS[code].cli
        )
        if re.search(r"[A-Za-z]{2,}", re.sub(r"\{\w*\}", " ", template)):  # words to translate
            assert english != bokmal, (code, face)
        for value in params.values():
            if isinstance(value, str) and value.startswith("<"):
                assert value in english
                assert value in bokmal


def test_the_cli_names_its_option_and_the_gui_the_field() -> None:
    error = ValidationError(
        code="recommendation.cohort-missing", params={"outcome": "impress-cohort"}
    )
    assert describe(error, "en", "cli") == "an 'impress-cohort' recommendation needs --cohort"
    assert describe(error, "nb", "cli") == "en 'impress-cohort'-anbefaling trenger --cohort"
    gui = describe(error, "nb", "gui")
    assert gui == "Velg en kohort: konklusjonen «Aktuell for IMPRESS-kohort» krever det."
    assert "--" not in describe(error, "en", "gui")


def test_a_plain_message_is_shown_as_written() -> None:
    error = ValidationError("the study id is already in use")
    assert error.code == ""
    assert describe(error, "nb", "gui") == "the study id is already in use"
    assert describe(KeyError("x"), "nb", "gui") == "'x'"


def test_a_refused_action_names_the_roles_in_words() -> None:
    reader = Actor("lesar", frozenset({Role.READER}))
    with pytest.raises(PermissionDenied) as raised:
        require(reader, Action.RECORD_RECOMMENDATION)
    assert raised.value.code == "permission.denied"
    assert str(raised.value) == (
        "user 'lesar' may not record recommendations: it needs the role chair or clinician"
    )
    assert describe(raised.value, "nb", "gui") == (
        "lesar kan ikke registrere anbefalinger: det krever rollen Leder eller Kliniker."
    )
    assert reader.why_not(Action.RECORD_RECOMMENDATION) == str(raised.value)


@pytest.mark.parametrize(
    ("draft", "code", "bokmal_gui"),
    [
        (
            RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "  "),
            "recommendation.rationale-missing",
            "Skriv tumorboardets begrunnelse for anbefalingen.",
        ),
        (
            RecommendationDraft(RecommendationOutcome.IMPRESS_COHORT, "BRAF V600E"),
            "recommendation.cohort-missing",
            "Velg en kohort: konklusjonen «Aktuell for IMPRESS-kohort» krever det.",
        ),
        (
            RecommendationDraft(RecommendationOutcome.OTHER_TRIAL, "basket trial"),
            "recommendation.trial-missing",
            "Skriv inn studiens id (f.eks. et NCT-nummer): konklusjonen «Annen klinisk studie» "
            "krever det.",
        ),
        (
            RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "x", cohort_code="NOPE"),
            "cohort.not-found",
            "Det finnes ingen kohort «NOPE» i katalogen.",
        ),
    ],
)
def test_the_recommendation_service_refuses_with_codes(
    db: Database, actor: Actor, draft: RecommendationDraft, code: str, bokmal_gui: str
) -> None:
    create_case(db, actor, NewCase(study_id="ERR-1", diagnosis_code="LUAD"))
    with pytest.raises(MtbDeskError) as raised:
        record_recommendation(db, actor, "ERR-1", draft)
    assert raised.value.code == code
    assert describe(raised.value, "nb", "gui") == bokmal_gui


def test_the_cli_prints_the_error_in_the_chosen_language(
    db: Database, actor: Actor, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    create_case(db, actor, NewCase(study_id="ERR-2", diagnosis_code="LUAD"))
    args = ["recommend", "ERR-2", "--outcome", "impress-cohort", "--rationale", "x"]
    assert run([*args, "--database", db.url]) == 1
    assert capsys.readouterr().err == (
        "mtb-desk: error: an 'impress-cohort' recommendation needs --cohort\n"
    )
    monkeypatch.setenv("MTB_DESK_LANGUAGE", "nb")
    assert run([*args, "--database", db.url]) == 1
    assert (
        capsys.readouterr().err
        == "mtb-desk: error: en 'impress-cohort'-anbefaling trenger --cohort\n"
    )
