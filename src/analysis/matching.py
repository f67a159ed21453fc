"""Matcher patterns shared by the lexicon-driven extractors."""

from __future__ import annotations

from typing import Callable


def phrase_patterns(phrase: str, make_doc: Callable) -> list[list[dict]]:
    """Return two spaCy Matcher patterns for a phrase written in lemma form: on lemmas, and on lower-cased words.

    'pull out' then matches 'pulled out'; a proper noun matches whatever its case.
    """
    words = [token.text.lower() for token in make_doc(phrase)]
    by_lemma = [{"LEMMA": {"IN": sorted({word, word.capitalize(), word.upper()})}} for word in words]
    return [by_lemma, [{"LOWER": word} for word in words]]
