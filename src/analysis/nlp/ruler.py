"""The gazetteer's entity ruler: a pipeline component that tags aliases as entities before the statistical NER.

It annotates exactly as spaCy's `EntityRuler` with phrase patterns and `overwrite_ents=True` does
(the same matches, the same choice among overlapping ones, the same IOB, label and entity id), at
less cost: its patterns are tokenized only (they match on the words as written), and the entities are
written at once as columns (`Doc.from_array`), with no test that overwriting makes moot and no warnings
filter per Doc. One addition, for patterns marked `first_name` only: a first name alone is not tagged where
another name follows it (a proper noun or the article of an Arabic surname), as it then begins another
person's full name ('Bashar al-Jaafari', 'Bashar Jaafari'), not the alias's.
"""

from __future__ import annotations

import hashlib
import json
from typing import Iterable

import numpy as np
from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

GAZETTEER_RULER_FACTORY = "analysis_gazetteer_ruler"
ENT_ID_SEP = "||"  # spaCy's EntityRuler joins a label and an id into one match key with it
ENTITY_ATTRS = [ENT_IOB, ENT_TYPE, ENT_ID]
IOB_INSIDE, IOB_OUTSIDE, IOB_BEGIN = 1, 2, 3  # the values of ENT_IOB
# The articles and particles that begin an Arabic surname as the tokenizer splits it ('al-Jaafari': al, -, Jaafari).
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn"})


def patterns_digest(patterns: list[dict], *, after: str = "") -> str:
    """Return the digest naming the phrase `patterns` added to a ruler whose patterns had the digest `after`."""
    return hashlib.sha256(json.dumps([after, patterns], sort_keys=True).encode("utf-8")).hexdigest()


def choose_matches(matches: Iterable[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Return the `(key, start, end)` matches to tag, in the order chosen: the longest first, then the earliest;
    a match is left out when it is empty, or when its first or last token lies in a match chosen before."""
    ordered = sorted({match for match in matches if match[1] != match[2]},
                     key=lambda match: (match[2] - match[1], -match[1]), reverse=True)
    chosen, taken = [], set()
    for key, start, end in ordered:
        if start in taken or end - 1 in taken:
            continue
        chosen.append((key, start, end))
        taken.update(range(start, end))
    return chosen


def entity_columns(length: int, entities: list[tuple[int, int, int, int]]) -> np.ndarray:
    """Return the `ENTITY_ATTRS` columns (IOB, type, id) of a Doc of `length` tokens whose entities are
    `entities`, `(start, end, label id, entity id)` none overlapping, every other token outside."""
    columns = np.zeros((length, len(ENTITY_ATTRS)), dtype=np.uint64)
    columns[:, 0] = IOB_OUTSIDE
    if entities:
        starts, ends = np.array([entity[:2] for entity in entities], dtype=np.int64).T
        labels, ids = np.array([entity[2:] for entity in entities], dtype=np.uint64).T
        lengths = ends - starts
        entity_of = np.repeat(np.arange(len(entities)), lengths)
        tokens = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths) + starts[entity_of]
        columns[tokens, 0] = IOB_INSIDE
        columns[starts, 0] = IOB_BEGIN
        columns[tokens, 1] = labels[entity_of]
        columns[tokens, 2] = ids[entity_of]
    return columns


class GazetteerRuler:
    """Tags phrases matched word for word (case-sensitive) as entities with a label and an entity id.

    An entity set before that overlaps a tagged phrase is removed; every other token outside the
    entities is marked outside ('O').
    """

    def __init__(self, nlp: Language, name: str = GAZETTEER_RULER_FACTORY):
        self.name = name
        self.tokenizer = nlp.tokenizer
        self.matcher = PhraseMatcher(nlp.vocab)
        self._entities: dict[int, tuple[int, int]] = {}  # match key: the string ids of its label and entity id
        self._first_names: set[str] = set()  # the patterns marked `first_name`, as written
        # the words of each match key's one-word patterns, and the keys one of whose words is a first name: only a
        # match of such a key can be a first name (the matcher compares the words as written)
        self._one_word_patterns: dict[int, set[str]] = {}
        self._first_name_keys: frozenset[int] = frozenset()
        self.patterns_digest = ""  # names every pattern added (see `patterns_digest`), for the build cache's keys

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        """Add phrase patterns: dicts with a `label`, a `pattern` (the phrase as written) and an `id`."""
        patterns, strings = list(patterns), self.matcher.vocab.strings
        self.patterns_digest = patterns_digest(patterns, after=self.patterns_digest)
        for pattern, phrase in zip(patterns, self.tokenizer.pipe(pattern["pattern"] for pattern in patterns)):
            key = f"{pattern['label']}{ENT_ID_SEP}{pattern['id']}"
            key_id = strings.add(key)
            self._entities[key_id] = (strings.add(pattern["label"]), strings.add(pattern["id"]))
            self.matcher.add(key, [phrase])
            if len(phrase) == 1:
                self._one_word_patterns.setdefault(key_id, set()).add(phrase[0].text)
            if pattern.get("first_name"):
                self._first_names.add(phrase.text)
        self._first_name_keys = frozenset(key for key, words in self._one_word_patterns.items()
                                          if not words.isdisjoint(self._first_names))

    def __call__(self, doc: Doc) -> Doc:
        """Return `doc` with the chosen matches (see `choose_matches`) as its entities."""
        first_name_keys = self._first_name_keys
        chosen = choose_matches(match for match in self.matcher(doc) if match[0] not in first_name_keys
                                or not self._begins_another_name(doc, *match[1:]))
        if not doc.has_annotation("ENT_IOB"):
            doc.from_array(ENTITY_ATTRS, entity_columns(len(doc), [(start, end, *self._entities[key])
                                                                   for key, start, end in chosen]))
            return doc
        # keep the entities set before that no tagged phrase overlaps
        spans = [Span(doc, start, end, label=self._entities[key][0], span_id=self._entities[key][1])
                 for key, start, end in chosen]
        taken = {i for span in spans for i in range(span.start, span.end)}
        doc.set_ents(spans + [entity for entity in doc.ents if taken.isdisjoint(range(entity.start, entity.end))],
                     default="outside")
        return doc


    def _begins_another_name(self, doc: Doc, start: int, end: int) -> bool:
        """Return True when tokens `start` to `end` are a first name alone that another name follows."""
        if end >= len(doc) or end - start != 1 or doc[start].text not in self._first_names:
            return False
        following = doc[end]
        return following.pos_ == "PROPN" or following.lower_ in NAME_PARTICLES


@Language.factory(GAZETTEER_RULER_FACTORY)
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """Return an empty `GazetteerRuler` (spaCy's factory for `nlp.add_pipe`); its patterns are added afterwards."""
    return GazetteerRuler(nlp, name)
