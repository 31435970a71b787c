"""Parsed reference data kept between runs (`mtb_desk.parse_cache`): a value is reused only
for the same source bytes and code; an edited file, a corrupt or foreign cache file and an
unwritable folder all fall back on parsing, and an error is never cached."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from mtb_desk import parse_cache
from mtb_desk.catalogue.labels import LABELS_FILENAME, parse_labels
from mtb_desk.catalogue.loader import CATALOGUE_FILENAME, parse_catalogue
from mtb_desk.errors import ValidationError
from mtb_desk.resources import assets_dir


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv(parse_cache.CACHE_DIR_ENV, str(cache))
    return cache


class Counting:
    """A parser that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, raw: bytes) -> tuple[str, int]:
        self.calls += 1
        return raw.decode(), self.calls


def test_the_same_source_is_parsed_once(folder: Path) -> None:
    parse = Counting()
    first = parse_cache.cached("thing", b"abc", lambda: parse(b"abc"))
    again = parse_cache.cached("thing", b"abc", lambda: parse(b"abc"))
    assert first == again == ("abc", 1)
    assert parse.calls == 1
    assert [p.name.startswith("thing-") for p in folder.iterdir()] == [True]


@pytest.mark.parametrize(
    ("kind", "source"), [("thing", b"abd"), ("thing", b"abc "), ("other", b"abc")]
)
def test_another_source_or_kind_is_parsed_again(folder: Path, kind: str, source: bytes) -> None:
    parse_cache.cached("thing", b"abc", lambda: "old")
    assert parse_cache.cached(kind, source, lambda: "new") == "new"


def test_an_edited_file_is_parsed_again(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_text("one")
    parse = Counting()
    assert parse_cache.cached_file("data", path, parse) == ("one", 1)
    path.write_text("two")
    assert parse_cache.cached_file("data", path, parse) == ("two", 2)
    path.write_text("one")
    assert parse_cache.cached_file("data", path, parse) == ("one", 1)  # kept: same bytes
    assert parse.calls == 2


def test_an_edited_catalogue_and_labels_file_are_seen(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped files through the real parsers: an edit shows on the next read."""
    assets = tmp_path / "assets"
    shutil.copytree(assets_dir(), assets)
    monkeypatch.setattr(parse_cache, "assets_dir", lambda: assets)
    before = parse_cache.cached_asset("catalogue", CATALOGUE_FILENAME, parse_catalogue)
    labels = parse_cache.cached_asset("labels", LABELS_FILENAME, parse_labels)
    name = before.cohorts[0].name
    catalogue_file = assets / CATALOGUE_FILENAME
    catalogue_file.write_text(
        catalogue_file.read_text(encoding="utf-8").replace(name, f"{name} (edited)", 1),
        encoding="utf-8",
    )
    labels_file = assets / LABELS_FILENAME
    labels_file.write_text(
        labels_file.read_text(encoding="utf-8").replace(
            f'version: "{labels.version}"', 'version: "edited-1"', 1
        ),
        encoding="utf-8",
    )
    after = parse_cache.cached_asset("catalogue", CATALOGUE_FILENAME, parse_catalogue)
    assert after.cohorts[0].name == f"{name} (edited)"
    assert parse_cache.cached_asset("labels", LABELS_FILENAME, parse_labels).version == "edited-1"


def test_a_changed_module_changes_every_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new version of the code (same app version, e.g. a checkout) never reads the pickles
    the old code wrote: the key covers every module's size and modification time."""
    package = tmp_path / "package"
    package.mkdir()
    module = package / "model.py"
    module.write_text("A = 1\n")
    monkeypatch.setattr(parse_cache, "_PACKAGE", package)
    parse_cache.code_fingerprint.cache_clear()
    try:
        before = parse_cache.cache_key("thing", b"abc")
        parse_cache.code_fingerprint.cache_clear()
        assert parse_cache.cache_key("thing", b"abc") == before
        stat = module.stat()
        os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        parse_cache.code_fingerprint.cache_clear()
        assert parse_cache.cache_key("thing", b"abc") != before
    finally:
        parse_cache.code_fingerprint.cache_clear()


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # empty
        b"not a pickle at all",
        b"\x80\x05\x95",  # a truncated pickle
        None,  # a well-formed pickle stored under another key (a renamed or copied file)
    ],
)
def test_a_corrupt_or_foreign_cache_file_is_ignored(folder: Path, damage: bytes | None) -> None:
    parse_cache.cached("thing", b"abc", lambda: "right")
    (path,) = folder.iterdir()
    if damage is None:
        parse_cache.cached("thing", b"xyz", lambda: "wrong")
        other = next(p for p in folder.iterdir() if p != path)
        other.replace(path)
    else:
        path.write_bytes(damage)
    assert parse_cache.cached("thing", b"abc", lambda: "parsed again") == "parsed again"
    assert parse_cache.cached("thing", b"abc", lambda: "not called") == "parsed again"


def test_an_unwritable_folder_or_a_switched_off_cache_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv(parse_cache.CACHE_DIR_ENV, str(blocked / "cache"))
    assert parse_cache.cached("thing", b"abc", lambda: 1) == 1
    assert parse_cache.cached("thing", b"abc", lambda: 2) == 2
    monkeypatch.setenv(parse_cache.CACHE_DIR_ENV, "")
    assert parse_cache.cache_dir() is None
    assert parse_cache.cached("thing", b"abc", lambda: 3) == 3


def test_a_parse_error_is_not_cached(folder: Path) -> None:
    def refuse() -> str:
        raise ValidationError("bad file")

    with pytest.raises(ValidationError):
        parse_cache.cached("thing", b"bad", refuse)
    assert not folder.exists() or not list(folder.iterdir())
    assert parse_cache.cached("thing", b"bad", lambda: "fixed parser") == "fixed parser"


def test_only_the_newest_few_of_a_kind_are_kept(folder: Path) -> None:
    for number in range(parse_cache.KEEP_PER_KIND + 3):
        parse_cache.cached("thing", str(number).encode(), lambda n=number: n)  # type: ignore[misc]
    parse_cache.cached("other", b"x", lambda: 0)
    names = [p.name for p in folder.iterdir()]
    assert sum(n.startswith("thing-") for n in names) == parse_cache.KEEP_PER_KIND
    assert sum(n.startswith("other-") for n in names) == 1
    assert not [n for n in names if n.endswith(".tmp")]
