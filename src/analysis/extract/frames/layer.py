"""The learned framing layer's view of a Doc: each sentence's binary features and the gates of form G
(`reports/framing_model.md`), computed from what the build already holds, with the names `bench/framing_model.py`
gives them, so that the weights of `resources/framing_layer.json` apply.

A sentence's features: its section, its position in its paragraph (0–3, 3 for any later), whether it ends the paragraph
and is mostly quoted; the rule coder's dimensions, codes, cues, agent links and modifiers in it; the dimensions and
codes of the sentences before and after it in its paragraph and the dimensions of its paragraph; the sides (Russia,
Assad's side, another actor) its entities and those of the sentence before name; its argument markers; its lower-cased
lemmas and their bigrams (letters only); a negation and its modal verbs. `gated_codes` applies form G to an article's
rule codes.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from typing import NamedTuple, Sequence

import numpy as np
from spacy.attrs import DEP, IDX, IS_ALPHA, LEMMA, LENGTH, LOWER, TAG
from spacy.tokens import Doc

from analysis.corpus.sections import ANALYSED_SECTIONS, raw_text
from analysis.extract.frames.coder import CodeHit
from analysis.extract.frames.layer_model import FramingLayer
from analysis.extract.vocabulary import ADDED, DIMENSIONS, KEPT, VETOED
from analysis.nlp.entities import EntityMention
from analysis.nlp.sentences import Sentence

RUSSIA, ASSAD_SIDE, OTHER_SIDE = "russia", "assad", "other"
ASSAD_ACTORS = frozenset({"Bashar al-Assad", "Syrian government"})
# Words that negate their clause (with the parser's `neg` dependency).
NEGATIONS = frozenset({"not", "no", "never", "nothing", "nor", "neither", "none", "without"})
# The agent links the parse ties (as against the context, sentence, paragraph and article links of the coder).
PARSE_LINKS = frozenset({"subject", "agent", "possessor", "modifier", "source", "beneficiary", "example", "pronoun",
                         "speaker"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODAL_TAG = "MD"
QUOTED_FROM = 0.5
LAST_POSITION = 3
# The codes the layer adds: no codebook entry's, so that they are never mistaken for a rule's.
LEARNED_CODES = {dimension: f"{dimension}.learned" for dimension in DIMENSIONS}
# An added code's agent link: its agent is tied to the cue of the rule code that opened the gate, not to its own.
GATE_LINK = "gate"
# A code with no agent link is named as the bench's tables print a missing value, so that its trained weight applies.
NO_LINK = "<NA>"


class SentenceView(NamedTuple):
    """A sentence as the layer reads it: its features, whether a rule code in it has a parse-linked agent (`linked`),
    the rule codes with a parse-linked agent that open form G's gate to it (`gates`: those in it, then those in the
    sentence before it in its paragraph), and whether another actor is a subject in it."""

    features: frozenset[str]
    linked: bool
    gates: tuple
    other_subject: bool

    @property
    def anchored(self) -> bool:
        """Whether a parse-linked rule code stands in the sentence or the one before it in its paragraph."""
        return bool(self.gates)

    def gate(self, dimension: str):
        """Return the code that opens the gate for `dimension`: one of that dimension first, the sentence's own
        before the one before's (None for none)."""
        return next((code for code in self.gates if code.dimension == dimension), self.gates[0] if self.gates else None)


def side(actor: str | None, affiliation: str | None) -> str | None:
    """Return the side an entity names: Russia (or a Russian), Assad's side, another actor, or None for no actor."""
    if actor == "Russia" or affiliation == "Russia":
        return RUSSIA
    if actor in ASSAD_ACTORS:
        return ASSAD_SIDE
    return None if actor is None else OTHER_SIDE


def _code_names(code) -> list[str]:
    names = [f"rule={code.dimension}", f"code={code.code}", f"cue={code.dimension}:{code.cue.lower()}",
             f"link={code.dimension}:{NO_LINK if code.agent_link is None else code.agent_link}"]
    if isinstance(code.modifier, str):
        names.append(f"mod={code.modifier.lower()}")
    return names


def sentence_views(doc: Doc, sentences: Sequence[Sentence], *, codes: Sequence, entities: Sequence[EntityMention],
                   markers: Sequence, quoted_shares: Sequence[float]) -> list[SentenceView]:
    """Return the layer's view of each of `sentences` (in order), from the Doc and its code hits, entity mentions,
    argument markers and the sentences' quoted shares."""
    strings = doc.vocab.strings
    parse = doc.to_array([IDX, IS_ALPHA, LEMMA, DEP, LOWER, TAG, LENGTH])
    token_starts = parse[:, 0].astype(np.int64)
    token_ends = token_starts + parse[:, 6].astype(np.int64)
    alpha = parse[:, 1] == 1
    negating = (parse[:, 3] == strings["neg"]) | np.isin(parse[:, 4], [strings[word] for word in NEGATIONS])
    modal = parse[:, 5] == strings[MODAL_TAG]
    # the words (lower-cased lemmas of the tokens of letters) in text order, named once per Doc with their bigrams
    word_tokens = np.flatnonzero(alpha)
    words = [strings[lemma].lower() for lemma in parse[word_tokens, 2]]
    word_names = [f"w={word}" for word in words]
    bigram_names = [f"b={one}_{two}" for one, two in zip(words, words[1:])]
    starts = [sentence.start for sentence in sentences]
    codes_in, codes_of = defaultdict(list), defaultdict(list)
    for code in codes:
        codes_in[bisect.bisect_right(starts, code.start) - 1].append(code)
        codes_of[code.sent_id].append(code)
    sides, other_subjects, marker_names = defaultdict(set), defaultdict(bool), defaultdict(set)
    for entity in entities:
        entity_side = side(entity.actor, entity.affiliation)
        if entity_side is not None:
            sides[entity.sent_id].add(entity_side)
        if entity_side == OTHER_SIDE and not other_subjects[entity.sent_id]:
            span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
            other_subjects[entity.sent_id] = span.root.dep_ in SUBJECT_DEPS
    for marker in markers:
        marker_names[marker.sent_id].add(f"marker={marker.category}")
    paragraphs, positions = defaultdict(list), []
    for index, sentence in enumerate(sentences):
        positions.append(len(paragraphs[sentence.block_id]))
        paragraphs[sentence.block_id].append(index)
    linking = [[code for code in codes_of[sentence.sent_id] if code.agent_link in PARSE_LINKS] for sentence in sentences]
    views = []
    for index, sentence in enumerate(sentences):
        paragraph = paragraphs[sentence.block_id]
        position = positions[index]
        previous = sentences[paragraph[position - 1]] if position > 0 else None
        following = sentences[paragraph[position + 1]] if position + 1 < len(paragraph) else None
        names = [f"section={sentence.section}", f"position={min(position, LAST_POSITION)}",
                 *(["last_in_paragraph"] if following is None else []),
                 *(["quoted"] if quoted_shares[index] >= QUOTED_FROM else [])]
        for code in codes_in[index]:
            names += _code_names(code)
        for prefix, neighbour in (("prev", previous), ("next", following)):
            if neighbour is not None:
                names += [f"{prefix}_rule={code.dimension}" for code in codes_of[neighbour.sent_id]]
                names += [f"{prefix}_code={code.code}" for code in codes_of[neighbour.sent_id]]
        names += [f"para_rule={code.dimension}" for member in paragraph for code in codes_of[sentences[member].sent_id]]
        names += [f"actor={name}" for name in sides[sentence.sent_id]]
        if previous is not None:
            names += [f"prev_actor={name}" for name in sides[previous.sent_id]]
        names += marker_names[sentence.sent_id]
        first = int(np.searchsorted(token_ends, sentence.start, side="right"))
        last = int(np.searchsorted(token_starts, sentence.end, side="left"))
        low, high = np.searchsorted(word_tokens, [first, last])
        names += word_names[low:high]
        names += bigram_names[low:max(low, high - 1)]
        if negating[first:last].any():
            names.append("negation")
        names += [f"modal={strings[lower]}" for lower in parse[first:last][modal[first:last], 4]]
        gates = (*linking[index], *(linking[paragraph[position - 1]] if previous is not None else ()))
        views.append(SentenceView(frozenset(name.replace(" ", "_") for name in names), bool(linking[index]), gates,
                                  other_subjects[sentence.sent_id]))
    return views


def gated_codes(doc: Doc, sentences: Sequence[Sentence], codes: Sequence, views: Sequence[SentenceView], *,
                layer: FramingLayer) -> list:
    """Return form G's codes of one article: every rule code of `codes`, labelled `kept` or `vetoed` by its
    sentence's score, and per dimension at most ⌊add_share × the sentences the rules code⌋ codes added to the
    highest-scoring headline, standfirst and body sentences with no rule code of the dimension, scored at least
    `add_from`, whose gate a parse-linked rule code opens and where no other actor is a subject (ties: the earlier
    sentence first). An added code's cue is its sentence's head word; its agent is the gate's, its link `gate`."""
    starts = [sentence.start for sentence in sentences]
    analysed = [sentence.section in ANALYSED_SECTIONS for sentence in sentences]
    labelled, added = [], []
    for dimension in DIMENSIONS:
        scores = [layer.score(dimension, view.features) for view in views]
        coded = [False] * len(sentences)
        for code in codes:
            if code.dimension == dimension:
                index = bisect.bisect_right(starts, code.start) - 1
                coded[index] = True
                label = KEPT if scores[index] >= layer.veto_below else VETOED
                labelled.append(code._replace(layer=label, layer_score=scores[index]))
        candidates = [index for index, view in enumerate(views)
                      if analysed[index] and not coded[index] and scores[index] >= layer.add_from and view.anchored
                      and not view.other_subject]
        cap = math.floor(layer.add_share * sum(coded))
        for index in sorted(candidates, key=lambda index: (-scores[index], index))[:cap]:
            added.append(_added_code(doc, sentences[index], dimension, views[index].gate(dimension), scores[index]))
    return labelled + added


def _added_code(doc: Doc, sentence: Sentence, dimension: str, gate, score: float):
    head = doc.char_span(sentence.start, sentence.end, alignment_mode="expand").root
    start, end = head.idx, head.idx + len(head.text)
    return CodeHit(sentence.sent_id, LEARNED_CODES[dimension], dimension, raw_text(doc)[start:end], start, end,
                   gate.agent, GATE_LINK, None, ADDED, score, gate.code, gate.cue, gate.start, gate.end)
