"""Cohesion across a paragraph break: a paragraph that opens by naming the one before as a whole, or by joining on to it.

A demonstrative that is the main subject of a paragraph's first sentence, alone or as the determiner of its noun ('That
is the difficulty.', 'This reluctance has a history.', 'Those terms were new.'), refers back to what the paragraph
before said: extended reference (Halliday & Hasan 1976, §2.4.2) and the retrospective label that encapsulates a
stretch of text (Francis 1994, 'Labelling discourse'). A coordinator that opens the sentence ('But ...', 'Nor ...',
'Yet ...', 'And ...') joins it to the text before: conjunction, a cohesive relation that a paragraph break does not cut
(Halliday & Hasan 1976, ch. 5). Such a sentence continues the topic across the break, as the next sentence of the same
paragraph would.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.nlp.arrays import ParseArrays

DEMONSTRATIVE_IDS = frozenset(get_string_id(word) for word in ("this", "that", "these", "those"))
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
COORDINATOR = "CCONJ"
# The first of a correlative pair ('Both Moscow and Tehran ...', 'Either ... or') joins nothing to the text before.
CORRELATIVE = "preconj"


def opens_with_encapsulation(span: Span, parse: ParseArrays) -> bool:
    """Return True when the sentence's first word (an opening quotation mark passed over) is a demonstrative that is
    the subject of its main clause, or the determiner of that subject ('That tension ...')."""
    first = _first_word(span)
    if parse.lower[first] not in DEMONSTRATIVE_IDS:
        return False
    subject = parse.head[first] if parse.dep[first] == "det" else first
    return parse.dep[subject] in SUBJECT_DEPS and parse.dep[parse.head[subject]] == "ROOT"


def opens_with_conjunction(span: Span, parse: ParseArrays) -> bool:
    """Return True when the sentence's first word (an opening quotation mark passed over) is a coordinator that joins
    it to the text before ('But ...', 'Nor did ...'), not the first word of a correlative pair ('Both ... and')."""
    first = _first_word(span)
    return parse.pos[first] == COORDINATOR and parse.dep[first] != CORRELATIVE


def _first_word(span: Span) -> int:
    """Return the index of the sentence's first token, an opening quotation mark passed over."""
    return span.start + 1 if span[0].is_quote and len(span) > 1 else span.start
