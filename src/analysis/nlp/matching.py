"""Phrase matching on lemmas, for the lexicon-driven extractors.

The pipeline's last component (`analysis_lemma_norms`) stores each token's lower-cased
lemma in `token.norm_`, after the statistical components have used the original norms.
A `PhraseMatcher` on `NORM` then matches a cue written in lemma form ('pull out') against
any inflection ('pulled out'), whatever its case; a second one on `LOWER` matches the
surface form ('won'), so a cue may also be written as it appears.
"""

from __future__ import annotations

import bisect
from typing import Callable, Iterable

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

LEMMA_NORMS = "analysis_lemma_norms"


@Language.component(LEMMA_NORMS)
def lemma_norms(doc: Doc) -> Doc:
    """Return `doc` with each token's norm set to its lower-cased lemma."""
    for token in doc:
        if token.lemma_:
            token.norm_ = token.lemma_.lower()
    return doc


class LemmaPhraseMatcher:
    """Matches phrases written in lemma form, and optional spaCy Matcher patterns, under string keys."""

    def __init__(self, vocab: Vocab, make_doc: Callable[[str], Doc]):
        self.make_doc = make_doc
        self.by_lemma = PhraseMatcher(vocab, attr="NORM")
        self.by_word = PhraseMatcher(vocab, attr="LOWER")
        self.by_pattern = Matcher(vocab)
        self._doc: Doc | None = None  # the last Doc matched, and its matches with their starts
        self._matches: list[Span] = []
        self._starts: list[int] = []

    def add(self, key: str, phrases: Iterable[str], patterns: Iterable[list[dict]] = ()) -> None:
        """Add `phrases` (lemma form, lower case) and Matcher `patterns` under `key`."""
        docs = []
        for phrase in phrases:
            doc = self.make_doc(phrase.lower())
            for token in doc:
                token.norm_ = token.lower_
            docs.append(doc)
        self.by_lemma.add(key, docs)
        self.by_word.add(key, docs)
        patterns = list(patterns)
        if patterns:
            self.by_pattern.add(key, patterns)
        self._doc = None

    def __call__(self, doclike: Doc | Span) -> list[Span]:
        """Return the distinct matches in `doclike` as labelled spans, in text order.

        The whole Doc is matched once and kept for the next call: a Span's matches are those of
        its Doc that lie inside it, which is what matching the Span alone finds.
        """
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        if doc is not self._doc:
            self._doc, self._matches = doc, self._match(doc)
            self._starts = [span.start for span in self._matches]
        if doclike is doc:
            return list(self._matches)
        inside = self._matches[bisect.bisect_left(self._starts, doclike.start):
                               bisect.bisect_left(self._starts, doclike.end)]
        return [span for span in inside if span.end <= doclike.end]

    def _match(self, doc: Doc) -> list[Span]:
        found = {}
        matchers = (self.by_lemma, self.by_word) + ((self.by_pattern,) if len(self.by_pattern) else ())
        for matcher in matchers:
            for span in matcher(doc, as_spans=True):
                found[(span.start, span.end, span.label_)] = span
        return [found[key] for key in sorted(found)]
