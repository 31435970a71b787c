"""The core's words in the reader's language: gettext catalogs managed with Babel.

`translator(lang)` returns a `gettext.NullTranslations` whose `gettext`, `ngettext` and
`pgettext` give the text in English ("en") or Norwegian bokmål ("nb"). The catalogs are
``locale/<lang>/LC_MESSAGES/mtb_desk.po`` beside this module. A wheel carries them compiled
(``.mo``, built by ``hatch_build.py``); in a checkout the first use compiles a ``.po`` that is
newer than its ``.mo`` and saves the ``.mo`` beside it (in memory only where the folder is
read-only), so an edited catalog is seen without a build step.

Mark text for extraction with `N_(message)` (or `NC_(context, message)` where one English
word needs two translations); translate it later with the reader's translator. Extraction,
update and compilation: ``scripts/i18n`` (``pybabel`` with ``babel.cfg``).
"""

from __future__ import annotations

import io
import os
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # gettext and pathlib load on first use: `import mtb_desk.errors` stays light
    import gettext
    from pathlib import Path

Lang = Literal["en", "nb"]
LANGS: tuple[Lang, ...] = ("en", "nb")
DOMAIN = "mtb_desk"


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "mark only"
    """Mark `message` for extraction; it is translated where it is shown."""
    return message


def NC_(context: str, message: str) -> str:  # noqa: N802
    """Mark `message` (in `context`, e.g. "role") for extraction; returns `message`."""
    del context
    return message


def check_language(lang: str) -> Lang:
    """`lang` if the core speaks it, else a ValueError naming the choices."""
    for known in LANGS:
        if lang == known:
            return known
    raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")


def catalog_path(lang: str, suffix: str = ".po") -> Path:
    """Where the catalog of `lang` lives (``.po`` source, or ``.mo`` compiled)."""
    from pathlib import Path

    return Path(__file__).resolve().with_name("locale") / lang / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


@lru_cache(maxsize=len(LANGS))
def translator(lang: str) -> gettext.NullTranslations:
    """The translations for `lang` ("en" or "nb"); fuzzy entries are not used."""
    import gettext

    check_language(lang)
    po, mo = catalog_path(lang), catalog_path(lang, ".mo")
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as stored:
            return gettext.GNUTranslations(stored)
    if not po.is_file():
        raise FileNotFoundError(f"MTB Desk is installed without its {lang} catalog ({po})")
    compiled = compile_catalog(po)
    _save_quietly(mo, compiled)
    return gettext.GNUTranslations(io.BytesIO(compiled))


def _save_quietly(path: Path, data: bytes) -> None:
    """Keep the compiled catalog for the next start; a read-only install just skips it."""
    scratch = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        scratch.write_bytes(data)
        os.replace(scratch, path)
    except OSError:
        scratch.unlink(missing_ok=True)


def compile_catalog(po: Path) -> bytes:
    """The `.mo` bytes of the catalog `po` (fuzzy entries left out, as `pybabel compile`)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalog = read_po(source)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()
