"""The anchored matcher finds the same matches whether the columns' low bits come from a `ParseArrays` (kept between
calls) or are worked out for the Doc, and as spaCy's Matcher finds them, with anchors and word tests of many values
(which `among` searches by the low bits)."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from analysis.nlp.arrays import FEW_VALUES, ParseArrays
from analysis.nlp.matching import AnchoredMatcher

HARBOURS = ["quay", "pier", "dock", "wharf", "jetty", "mole", "slip"]  # more than `FEW_VALUES` values
assert len(HARBOURS) > FEW_VALUES

PATTERNS = {
    # an anchor of many values, a bounded gap of words of many values
    "harbour closed": [[{"LOWER": {"IN": HARBOURS}}, {"LOWER": {"IN": ["old", "north", "east", "small", "new"]},
                                                     "OP": "{0,2}"}, {"LOWER": "closed"}]],
    # an open run: the windows are cut at the words no token accepts
    "ferries to harbour": [[{"LOWER": "ferries"}, {"LOWER": {"IN": ["sailed", "went", "ran", "to", "the", "a"]},
                                                   "OP": "*"}, {"LOWER": {"IN": HARBOURS}}]],
    "one harbour word": [[{"LOWER": {"IN": HARBOURS + ["harbour"]}}]],
}

TEXTS = [
    "the north quay closed and the ferries sailed to the pier , then the old small dock closed",
    "ferries went to a new jetty ; the wharf closed . ferries ran and ran to the slip",
    "no harbour word closed here , ferries stayed",
    "",
]


def _matched(matcher: AnchoredMatcher, doc: Doc, **kwargs) -> set[tuple[int, int, str]]:
    return {(start, end, doc.vocab.strings[label]) for start, end, label in matcher.matches(doc, **kwargs)}


@pytest.mark.parametrize("text", TEXTS)
def test_anchored_matches_with_kept_low_bits_are_the_matcher_s(text):
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=text.split())
    plain, anchored = Matcher(vocab), AnchoredMatcher(vocab)
    for key, patterns in PATTERNS.items():
        plain.add(key, patterns)
        anchored.add(key, patterns)
    expected = {(start, end, vocab.strings[label]) for label, start, end in plain(doc)}
    parse = ParseArrays(doc)
    assert _matched(anchored, doc) == expected
    assert _matched(anchored, doc, parse=parse) == expected
    assert _matched(anchored, doc, parse=parse) == expected  # the parse's bits kept from the call before
    assert _matched(anchored, doc, parse=ParseArrays(doc)) == expected
