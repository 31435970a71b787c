"""Normalise protein changes to one canonical short form for matching.

Accepted inputs: ``p.V600E``, ``V600E``, ``p.Val600Glu``, ``p.(Val600Glu)``,
``NP_004324.2:p.(Val600Glu)``, ``p.Glu746_Ala750del``, ``p.Gly12fs``/``p.G12Afs*5``,
``p.Trp288*``/``p.W288Ter``, ``p.(Asn999=)`` and TSO500's
``NM_…:c.2997C>T(p.(Asn999=))``; HGVS text with percent-escapes (``p.Val600%3D``) is
decoded first. A synonymous change in every spelling (``p.Val600=``, ``p.(Val600=)``,
snpEff's ``p.Val600Val``, ``V600V``) becomes ``V600=``; ``p.=`` and ``p.(=)`` name no residue
and give None. The canonical form uses one-letter amino acids,
no ``p.``, no parentheses and no reference sequence: ``V600E``, ``E746_A750del``,
``G12Afs*5``, ``W288*``, ``N999=``. The original text is always kept beside it.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

THREE_TO_ONE = {
    "Ala": "A", "Arg": "R", "Asn": "N", "Asp": "D", "Cys": "C", "Gln": "Q", "Glu": "E",
    "Gly": "G", "His": "H", "Ile": "I", "Leu": "L", "Lys": "K", "Met": "M", "Phe": "F",
    "Pro": "P", "Ser": "S", "Thr": "T", "Trp": "W", "Tyr": "Y", "Val": "V", "Sec": "U",
    "Pyl": "O", "Ter": "*", "Xaa": "X",
}  # fmt: skip
_THREE = re.compile("|".join(sorted(THREE_TO_ONE, key=len, reverse=True)))
_PREFIX = re.compile(r"^(?:[A-Za-z]{2}_\d+(?:\.\d+)?:)?(?:p\.)?")
_POSITION = re.compile(r"^([A-Z*])(\d+)")
_SIMPLE_SUBSTITUTION = re.compile(r"^([A-Z*])(\d+)([A-Z*=])$")
_EMBEDDED = re.compile(r"p\.\(?([^()\s]+)\)?")


def normalise_protein(text: str | None) -> str | None:
    """Return the canonical short form, or None when the text is not a protein change."""
    if text is None:
        return None
    value = decode_hgvs(text).strip()
    if not value or value in {".", "-", "NA", "p.?", "p.(?)", "?"}:
        return None
    value = _PREFIX.sub("", value, count=1)
    if not value.startswith(("(", "[")) and not _POSITION.match(_THREE.sub("X", value)):
        embedded = _EMBEDDED.search(value)  # "c.2997C>T(p.(Asn999=))" as TSO500 writes it
        if embedded is not None:
            value = embedded.group(1)
    if value.startswith("(") and value.endswith(")"):
        value = value[1:-1]
    value = _THREE.sub(lambda m: THREE_TO_ONE[m.group(0)], value)
    if not _POSITION.match(value):
        return None
    same = _SIMPLE_SUBSTITUTION.match(value)
    if same is not None and same.group(1) == same.group(3):
        return f"{same.group(1)}{same.group(2)}="  # snpEff writes p.Val600Val
    return value


def decode_hgvs(text: str) -> str:
    """Undo URL-style percent-escapes annotators leave in HGVS (``p.Val600%3D`` → ``p.Val600=``)."""
    return unquote(text) if "%" in text else text


def is_synonymous(canonical: str | None) -> bool:
    """True for a canonical synonymous change (``V600=``)."""
    return canonical is not None and canonical.endswith("=")


def protein_position(canonical: str) -> tuple[str, int] | None:
    """The reference residue and position of a canonical change: ``V600E`` → ``("V", 600)``."""
    match = _POSITION.match(canonical)
    if match is None:
        return None
    return match.group(1), int(match.group(2))


def is_substitution(canonical: str) -> bool:
    return _SIMPLE_SUBSTITUTION.match(canonical) is not None
