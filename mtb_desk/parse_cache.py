"""Parsed reference data kept between runs: start-up time counts (`mtb-desk match` would
otherwise parse the shipped gene symbols, approved indications and the catalogue's rules
again on every run).

`cached(kind, source, build)` is `build()`'s value, read from a pickle in the user cache
folder when one was written for exactly these `source` bytes (what the value is parsed
from) by exactly this code: the file's key is a SHA-256 of the kind, the source, the app and
Python versions and the size and modification time of every file of the package and its
assets. So an edited catalogue, asset or module is never served from an old pickle. Any
problem with the cache (no folder, a corrupt or foreign file, a read-only disk) falls back on
`build()`; an error raised by `build()` is not cached.

The folder is `$MTB_DESK_CACHE_DIR`, else `parsed/` in the user cache folder (created
readable by the user only: a pickle is trusted like the user's own files); an empty
`MTB_DESK_CACHE_DIR` switches the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from mtb_desk import __version__
from mtb_desk.resources import assets_dir, parse_yaml

CACHE_DIR_ENV = "MTB_DESK_CACHE_DIR"
KEEP_PER_KIND = 4  # e.g. the catalogues of a few databases used in turn
_PACKAGE = Path(__file__).resolve().parent

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where the pickles live; None when the cache is switched off."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    from platformdirs import user_cache_path

    return user_cache_path("mtb-desk", appauthor=False) / "parsed"


def _stat_files(folder: Path, digest: hashlib._Hash) -> None:
    """Every file below `folder` (not compiled bytecode): path, size, modification time."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir():
            if entry.name != "__pycache__":
                _stat_files(Path(entry.path), digest)
        elif not entry.name.endswith(".pyc"):
            stat = entry.stat()
            digest.update(f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """What the parsers and the pickled classes are made of, as one hash (once a process)."""
    digest = hashlib.sha256(f"{__version__}\0{sys.version}\n".encode())
    _stat_files(_PACKAGE, digest)
    try:
        assets = assets_dir()
    except FileNotFoundError:
        return digest.hexdigest()
    if not assets.is_relative_to(_PACKAGE):
        _stat_files(assets, digest)
    return digest.hexdigest()


def cache_key(kind: str, source: bytes) -> str:
    digest = hashlib.sha256(f"{kind}\0{code_fingerprint()}\0".encode())
    digest.update(source)
    return digest.hexdigest()


def cached(kind: str, source: bytes, build: Callable[[], T]) -> T:
    """`build()`, or the value it gave before for the same `source` and code (see above)."""
    folder = cache_dir()
    if folder is None:
        return build()
    key = cache_key(kind, source)
    path = folder / f"{kind}-{key}.pickle"
    try:
        with path.open("rb") as handle:
            stored_key, value = pickle.load(handle)  # noqa: S301 - the user's own cache
        if stored_key == key:
            return value  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001, S110 - missing, truncated, foreign: parse again
        pass
    value = build()
    _store(folder, kind, path, (key, value))
    return value


def cached_file(kind: str, path: Path, parse: Callable[[bytes], T]) -> T:
    """`parse(the file's bytes)`, kept between runs by the file's content."""
    raw = path.read_bytes()
    return cached(kind, raw, lambda: parse(raw))


def cached_asset(kind: str, filename: str, parse: Callable[[Any], T]) -> T:
    """`parse(the data of a YAML file shipped in assets/)`, kept between runs."""
    return cached_file(
        kind, assets_dir() / filename, lambda raw: parse(parse_yaml(raw.decode("utf-8")))
    )


def _store(folder: Path, kind: str, path: Path, entry: tuple[str, object]) -> None:
    """Write atomically (a reader sees the old file or the whole new one); keep the newest
    few of a kind; give up quietly when the folder cannot be written."""
    temporary: str | None = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, suffix=".tmp", delete=False) as out:
            temporary = out.name
            pickle.dump(entry, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        same_kind = sorted(
            folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True
        )
        for old in same_kind[KEEP_PER_KIND:]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001, S110 - a cache that cannot be written only costs time
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink(missing_ok=True)
