"""Passwords typed at the prompt live only in the connection URL, never in settings."""

from __future__ import annotations

from ui import settings


def test_password_is_added_for_the_connection_and_stripped_for_storage() -> None:
    url = "postgresql+psycopg://kari@db.example:5433/mtb"
    with_password = settings.with_password(url, "p@ss:word/æ")
    assert with_password.startswith("postgresql+psycopg://kari:p%40ss%3Aword%2F%C3%A6@")
    assert with_password.endswith("db.example:5433/mtb")
    assert settings.without_password(with_password) == url
