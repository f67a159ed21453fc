"""Names in quotation marks: the title of a work or the name of a thing, whose words are not the writer's claims.

A stretch in quotation marks whose words are capitalised as a title is (Chicago Manual of Style, 17th ed., §8.159
headline-style capitalisation: every word capitalised but articles, coordinators and short prepositions) is the name
of a book, report, chapter, episode or event ('her chapter "The Patron Who Counts"', 'my essay “Air Power and the
Price of Loyalty”'): a support cue inside it names the work, not a Russian act. A sentence that is nothing but the
quoted title (a headline set in quotation marks) is left alone: there the title is the claim.
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Span

# An opening mark, the words, and a closing mark; an apostrophe before a letter is a possessive or an elision
# ('Tenant’s'), not the closing single mark.
QUOTED = re.compile(r"[“\"‘«]((?:[^“”\"‘’«»\n]|’(?=\w)){3,160}?)(?:[”\"»]|’(?!\w))")
MIN_TITLE_WORDS = 2
# The words headline style leaves in lower case (Chicago Manual of Style, 17th ed., §8.159): articles, coordinators and
# prepositions.
MINOR_WORDS = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to",
                         "by", "up", "as", "from", "with", "into", "onto", "over", "under", "after", "before",
                         "between", "without", "against", "about", "through", "versus", "vs"})


def quoted_titles(span: Span) -> Iterator[tuple[int, int]]:
    """Yield the character offsets (start, end) in the Doc of each title-case stretch in quotation marks in `span`."""
    text = span.text
    if not any(mark in text for mark in "“\"‘«"):
        return
    for match in QUOTED.finditer(text):
        start, end = span.start_char + match.start(1), span.start_char + match.end(1)
        inner = span.doc.char_span(start, end, alignment_mode="expand")
        if inner is None or not _headline_style(inner) or not _has_words_outside(span, match):
            continue
        yield start, end


def _headline_style(inner: Span) -> bool:
    words = [token for token in inner if token.is_alpha]
    capitalised = [token for token in words if token.is_title or token.is_upper]
    return (len(capitalised) >= MIN_TITLE_WORDS and words[0].is_title
            and all(token.is_title or token.is_upper or token.lower_ in MINOR_WORDS for token in words))


def _has_words_outside(span: Span, match: re.Match) -> bool:
    rest = span.text[:match.start()] + span.text[match.end():]
    return any(character.isalpha() for character in rest)
