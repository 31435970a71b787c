"""Sentences a clinician would write, in the document's language (English or bokmål).

`match_rationale` turns a chosen match into a short rationale: the alterations, the tumour
type, the cohort and its drugs; no internal ids, no counts of places (the machine's reason
stays beside it in the GUI, and is never signed as the board's words).
"""

from __future__ import annotations

from collections.abc import Sequence

from mtb_desk.i18n import N_, translator

_SENTENCE = N_("{alterations} in {tumour}: recommended for the IMPRESS cohort {cohort}{drugs}.")
_WITH = N_(" with {drugs}")
_FINDING = N_("Finding")


def join_words(words: Sequence[str], lang: str = "en") -> str:
    """``a``, ``a and b``, ``a, b and c`` (``og`` in bokmål; Babel's list patterns)."""
    from babel.lists import format_list

    from mtb_desk.i18n.formats import babel_locale

    words = [w for w in words if w]
    return format_list(words, locale=babel_locale(lang)) if words else ""


def match_rationale(
    alterations: Sequence[str],
    tumour: str,
    cohort: str,
    drugs: Sequence[str],
    lang: str = "en",
) -> str:
    """One sentence: "BRAF V600E in melanoma: recommended for the IMPRESS cohort X with y."""
    words = translator(lang)
    drug_text = words.gettext(_WITH).format(drugs=join_words(list(drugs), lang)) if drugs else ""
    first = join_words(list(alterations), lang) or words.gettext(_FINDING)
    return words.gettext(_SENTENCE).format(
        alterations=first, tumour=tumour.strip() or "?", cohort=cohort, drugs=drug_text
    )
