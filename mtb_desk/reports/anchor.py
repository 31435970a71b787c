"""The audit chain head a document carries, so truncating or rewriting the trail shows.

When a decision or minutes PDF is built, its Keywords hold `mtb-audit-head:<event id>:<hash>`
(the newest audit event then, and its SHA-256 chain hash). The PDF is signed after that, so
the signatures cover the anchor; any kept copy of the document can later be checked against
the database's trail (`mtb-desk audit verify --against FILE.pdf`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = "mtb-audit-head"
_PATTERN = re.compile(rb"mtb-audit-head:(\d{1,18}):([0-9a-f]{64})")
EXPECTED_PREFIX = "mtb-expected-signatures"
_EXPECTED = re.compile(rb"mtb-expected-signatures:([a-z_,]{1,200})")


@dataclass(frozen=True, slots=True)
class Anchor:
    event_id: int
    hash: str


def anchor_text(anchor: Anchor | None) -> str:
    """The Keywords text for `anchor` (empty for a trail with no events yet)."""
    return "" if anchor is None else f"{PREFIX}:{anchor.event_id}:{anchor.hash}"


def read_anchors(pdf: bytes) -> tuple[Anchor, ...]:
    """Every anchor written into the PDF's bytes, in file order, without repeats."""
    seen: dict[Anchor, None] = {}
    for match in _PATTERN.finditer(pdf):
        seen[Anchor(int(match.group(1)), match.group(2).decode("ascii"))] = None
    return tuple(seen)


def expected_signatures_text(fields: tuple[str, ...]) -> str:
    """Keywords text declaring the signature fields the document is complete with."""
    return f"{EXPECTED_PREFIX}:{','.join(fields)}"


def declared_signatures(pdf: bytes) -> tuple[str, ...]:
    """The signature fields the document declares it needs (empty if it declares none)."""
    match = _EXPECTED.search(pdf)
    if match is None:
        return ()
    return tuple(f for f in match.group(1).decode("ascii").split(",") if f)
