"""Case-insensitive search that works for æ, ø, å and every other letter, on both back ends.

SQLite's ``lower()`` folds ASCII only, so ``åse`` never found ``Åse``. Rows keep a
``search_text`` column folded in Python (`search_key`); a query folds its text the same way
and matches with ``LIKE`` (`like_pattern`), so SQLite and PostgreSQL agree.
"""

from __future__ import annotations

import unicodedata

LIKE_ESCAPE = "\\"


def search_key(*parts: str | None) -> str:
    """The folded, space-joined text a row is found by (NFKC, then ``casefold``)."""
    text = " ".join(p.strip() for p in parts if p and p.strip())
    return unicodedata.normalize("NFKC", text).casefold()


def like_pattern(text: str) -> str:
    """``%folded text%`` with LIKE's own characters escaped (use with `LIKE_ESCAPE`)."""
    folded = search_key(text)
    for special in (LIKE_ESCAPE, "%", "_"):
        folded = folded.replace(special, LIKE_ESCAPE + special)
    return f"%{folded}%"
