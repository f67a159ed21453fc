"""The learned framing layer's view of a Doc: each sentence's binary features and the gates of form G
(`reports/framing_model.md`), computed from what the build already holds, with the names `bench/framing_model.py`
gives them, so that the weights of `resources/framing_layer.json` apply.

A sentence's features: its section, its position in its paragraph (0–3, 3 for any later), whether it ends the paragraph
and is mostly quoted; the rule coder's dimensions, codes, cues (the lemma of the cue's head word), agent links and
modifiers in it; the dimensions and codes of the sentences before and after it in its paragraph and the dimensions of
its paragraph; the sides (Russia, Assad's side, another actor) its entities and those of the sentence before name; its
argument markers; its lower-cased lemmas and their bigrams (letters only; in form G_mp a proper noun as
`MASKED_WORD`, read from the parse's `POS` column as the bench reads `token.pos_`); a negation and its modal verbs.
`gated_codes` applies the layer file's form (G, G_ps, G_m or G_mp) to an article's rule codes. The words and their
bigrams, most of a sentence's features, are named only when a view's `features` is asked for; scoring maps them to the
layer's weights by id (`layer_index`), one pass per article.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Doc

from analysis.corpus.sections import ANALYSED_SECTIONS, raw_text
from analysis.extract.frames.coder import CodeHit
from analysis.extract.frames.layer_index import (MASKED_WORD, PAIR_PREFIX, PROPER_NOUN, WORD_PREFIX, feature_index,
                                                 feature_name, word_form)
from analysis.extract.frames.layer_model import FORM_G_PS, FramingLayer, article_rule_rate, rate_shifted
from analysis.extract.vocabulary import ADDED, DIMENSIONS, KEPT, VETOED
from analysis.nlp.arrays import ParseArrays
from analysis.nlp.chunks import chunk_root
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
POSITION_NAMES = [f"position={position}" for position in range(LAST_POSITION + 1)]
# The codes the layer adds: no codebook entry's, so that they are never mistaken for a rule's.
LEARNED_CODES = {dimension: f"{dimension}.learned" for dimension in DIMENSIONS}
# An added code's agent link: its agent is tied to the cue of the rule code that opened the gate, not to its own.
GATE_LINK = "gate"
# A code with no agent link is named as the bench's tables print a missing value, so that its trained weight applies.
NO_LINK = "<NA>"
# Each lexeme met so far, by its string id, and whether it is of letters (`IS_ALPHA`).
_ALPHA_ORTHS: dict[int, bool] = {}


class MadeWhenAsked(Sequence):
    """A sequence whose item k is `make(k)`, made on the first request for it and kept."""

    def __init__(self, make: Callable[[int], object], length: int):
        self._make, self._items = make, [None] * length

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int | slice):
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        position = range(len(self._items))[index]
        item = self._items[position]
        if item is None:
            item = self._items[position] = self._make(position)
        return item


class ArticleFeatures(NamedTuple):
    """An article's features, shared by its sentences' views: per sentence the names of its layout, code, actor,
    marker, negation and modal features (`names`, as the bench writes them; each sentence's made when first asked for,
    since most sentences are never scored) and the range of its words among the article's (`word_ranges`); the words
    as the lemma ids of its tokens of letters in text order (`lemmas`), named only when asked
    (`SentenceView.features`), else mapped to the layer's features by id (`layer_index`); which of them are proper
    nouns that enter as `MASKED_WORD` (`masked`: none unless the views mask them)."""

    names: Sequence[set[str]]
    word_ranges: list[tuple[int, int]]
    lemmas: np.ndarray
    strings: StringStore
    masked: np.ndarray
    proper_nouns_masked: bool


class SentenceView(NamedTuple):
    """A sentence as the layer reads it: its article's features and its index there (`features` names its own),
    whether a rule code in it has a parse-linked agent (`linked`), the rule codes with a parse-linked agent that open
    form G's gate to it (`gates`: those in it, then those in the sentence before it in its paragraph), and whether
    another actor is a subject in it."""

    article: ArticleFeatures
    index: int
    linked: bool
    gates: tuple
    other_subject: bool

    @property
    def features(self) -> frozenset[str]:
        """The sentence's feature names, as `bench/framing_model.py` gives them."""
        article = self.article
        low, high = article.word_ranges[self.index]
        words = [MASKED_WORD if masked else word_form(article.strings[lemma])
                 for lemma, masked in zip(article.lemmas[low:high].tolist(), article.masked[low:high].tolist())]
        return frozenset([*article.names[self.index], *(f"{WORD_PREFIX}{word}" for word in words),
                          *(f"{PAIR_PREFIX}{one}_{two}" for one, two in zip(words, words[1:]))])

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


def _code_names(code, cue: str) -> list[str]:
    names = [f"rule={code.dimension}", f"code={code.code}", f"cue={code.dimension}:{cue}",
             f"link={code.dimension}:{NO_LINK if code.agent_link is None else code.agent_link}"]
    if isinstance(code.modifier, str):
        names.append(f"mod={code.modifier.lower()}")
    return names


def _cue_lemmas(doc: Doc, codes: Sequence, parse: ParseArrays) -> list[str]:
    """Return the lower-cased lemma of the syntactic root of each code's cue span, as a cue feature names it."""
    ranges = parse.expanded_ranges([code.start for code in codes], [code.end for code in codes])
    lemmas, strings = parse.column("LEMMA"), doc.vocab.strings
    return [strings[lemmas[chunk_root(doc, first, stop, heads=parse.head)]].lower() for first, stop in ranges]


def _alpha_tokens(doc: Doc, orths: np.ndarray) -> np.ndarray:
    """Return which tokens (by their `ORTH` ids) are of letters, as their lexemes' `IS_ALPHA` flag, read once per
    lexeme."""
    distinct, inverse = np.unique(orths, return_inverse=True)
    known, vocab = _ALPHA_ORTHS, doc.vocab
    flags = [known[orth] if orth in known else known.setdefault(orth, vocab[orth].is_alpha)
             for orth in distinct.tolist()]
    return np.array(flags, dtype=bool)[inverse] if flags else np.zeros(0, dtype=bool)


def sentence_views(doc: Doc, sentences: Sequence[Sentence], *, codes: Sequence, entities: Sequence[EntityMention],
                   markers: Sequence, quoted_shares: Sequence[float], parse: ParseArrays | None = None,
                   mask_proper_nouns: bool = False) -> list[SentenceView]:
    """Return the layer's view of each of `sentences` (in order), from the Doc (its columns read in `parse`, if
    given) and its code hits, entity mentions, argument markers and the sentences' quoted shares; with
    `mask_proper_nouns` (form G_mp), its proper nouns' words are `MASKED_WORD`."""
    strings = doc.vocab.strings
    parse = parse if parse is not None else ParseArrays(doc)
    token_starts, token_ends = parse.char_offsets(np.arange(len(doc)), np.arange(1, len(doc) + 1))
    lowers = parse.column("LOWER")
    negating = parse.column("DEP") == strings["neg"]
    negating[parse.indices("LOWER", NEGATIONS)] = True
    negations_before = [0, *np.cumsum(negating).tolist()]
    modals = np.flatnonzero(parse.column("TAG") == strings[MODAL_TAG]).tolist()
    word_tokens = np.flatnonzero(_alpha_tokens(doc, parse.column("ORTH"))).tolist()
    starts = [sentence.start for sentence in sentences]
    # each name made once, in the bench's form: per sentence its codes', per sentence id what its codes, sides and
    # markers give it and its neighbours
    code_names, codes_of = defaultdict(list), defaultdict(list)
    for code, cue in zip(codes, _cue_lemmas(doc, codes, parse)):
        code_names[bisect.bisect_right(starts, code.start) - 1] += map(feature_name, _code_names(code, cue))
        codes_of[code.sent_id].append(code)
    neighbour_names = {sent_id: [[feature_name(name) for code in its_codes
                                  for name in (f"{prefix}_rule={code.dimension}", f"{prefix}_code={code.code}")]
                                 for prefix in ("prev", "next")]
                       for sent_id, its_codes in codes_of.items()}
    sides, other_subjects, marker_names = defaultdict(set), defaultdict(bool), defaultdict(set)
    others = []
    for entity in entities:
        entity_side = side(entity.actor, entity.affiliation)
        if entity_side is not None:
            sides[entity.sent_id].add(entity_side)
        if entity_side == OTHER_SIDE:
            others.append(entity)
    token_ranges = parse.expanded_ranges([entity.start for entity in others], [entity.end for entity in others])
    for entity, (first, stop) in zip(others, token_ranges):
        if not other_subjects[entity.sent_id]:
            other_subjects[entity.sent_id] = parse.dep[chunk_root(doc, first, stop, heads=parse.head)] in SUBJECT_DEPS
    side_names = {sent_id: ([f"actor={name}" for name in its_sides], [f"prev_actor={name}" for name in its_sides])
                  for sent_id, its_sides in sides.items()}
    for marker in markers:
        marker_names[marker.sent_id].add(feature_name(f"marker={marker.category}"))
    paragraphs, positions = defaultdict(list), []
    for index, sentence in enumerate(sentences):
        positions.append(len(paragraphs[sentence.block_id]))
        paragraphs[sentence.block_id].append(index)
    linking = [[code for code in codes_of[sentence.sent_id] if code.agent_link in PARSE_LINKS] for sentence in sentences]
    section_names = {section: feature_name(f"section={section}")
                     for section in {sentence.section for sentence in sentences}}
    no_names = ([], [])
    neighbours, bounds, word_ranges, views = [], [], [], []
    for index, sentence in enumerate(sentences):
        paragraph = paragraphs[sentence.block_id]
        position = positions[index]
        previous = sentences[paragraph[position - 1]] if position > 0 else None
        neighbours.append((previous, sentences[paragraph[position + 1]] if position + 1 < len(paragraph) else None))
        first = bisect.bisect_right(token_ends, sentence.start)
        last = bisect.bisect_left(token_starts, sentence.end)
        bounds.append((first, last))
        word_ranges.append((bisect.bisect_left(word_tokens, first), bisect.bisect_left(word_tokens, last)))
        gates = (*linking[index], *(linking[paragraph[position - 1]] if previous is not None else ()))
        views.append((index, bool(linking[index]), gates, other_subjects[sentence.sent_id]))
    paragraph_names = {}

    def names_of(index: int) -> set[str]:
        sentence, (previous, following), (first, last) = sentences[index], neighbours[index], bounds[index]
        names = {section_names[sentence.section], POSITION_NAMES[min(positions[index], LAST_POSITION)],
                 *code_names.get(index, ()), *side_names.get(sentence.sent_id, no_names)[0],
                 *marker_names.get(sentence.sent_id, ())}
        if following is None:
            names.add("last_in_paragraph")
        else:
            names.update(neighbour_names.get(following.sent_id, no_names)[1])
        if quoted_shares[index] >= QUOTED_FROM:
            names.add("quoted")
        if previous is not None:
            names.update(neighbour_names.get(previous.sent_id, no_names)[0])
            names.update(side_names.get(previous.sent_id, no_names)[1])
        if sentence.block_id not in paragraph_names:
            paragraph_names[sentence.block_id] = [feature_name(f"para_rule={code.dimension}")
                                                  for member in paragraphs[sentence.block_id]
                                                  for code in codes_of[sentences[member].sent_id]]
        names.update(paragraph_names[sentence.block_id])
        if negations_before[max(last, first)] > negations_before[first]:
            names.add("negation")
        names.update(feature_name(f"modal={strings[lowers[token]]}")
                     for token in modals[bisect.bisect_left(modals, first):bisect.bisect_left(modals, last)])
        return names

    masked = (parse.column("POS")[word_tokens] == strings[PROPER_NOUN] if mask_proper_nouns
              else np.zeros(len(word_tokens), dtype=bool))
    article = ArticleFeatures(MadeWhenAsked(names_of, len(sentences)), word_ranges,
                              parse.column("LEMMA")[word_tokens], strings, masked, mask_proper_nouns)
    return [SentenceView(article, *view) for view in views]


def _scores(views: Sequence[SentenceView], layer: FramingLayer) -> dict[str, list[float]]:
    """Return, per dimension, the layer's score of each of `views` (the views of one article, in order)."""
    index = feature_index(layer)
    if not views:
        return {dimension: [] for dimension in DIMENSIONS}
    article = views[0].article
    if article.proper_nouns_masked is not layer.proper_nouns_masked:
        raise ValueError(f"the views mask proper nouns: {article.proper_nouns_masked}; the layer ({layer.form}): "
                         f"{layer.proper_nouns_masked}")
    unigrams, pairs = index.word_features(index.word_ids(article.lemmas, article.strings, masked=article.masked))
    chosen = [view.index for view in views]
    sentence_ids, feature_ids = index.feature_pairs([article.names[k] for k in chosen],
                                                    [article.word_ranges[k] for k in chosen], unigrams, pairs)
    return {dimension: index.scores(dimension, sentence_ids, feature_ids, len(views)) for dimension in DIMENSIONS}


def gated_codes(doc: Doc, sentences: Sequence[Sentence], codes: Sequence, views: Sequence[SentenceView], *,
                layer: FramingLayer) -> list:
    """Return the codes of one article in the layer's form (G, G_ps, G_m or G_mp): every rule code of `codes`, labelled
    `kept` or `vetoed` by its sentence's score, and per dimension at most ⌊add_share × the sentences the rules code⌋
    codes added to the highest-scoring headline, standfirst and body sentences with no rule code of the dimension,
    scored at least `add_from` (0.50 in G and G_ps, 0.60 in G_m and G_mp, as the file gives it), whose gate a
    parse-linked rule code opens and where no other actor is a subject (ties: the earlier sentence first). In form
    G_ps the additions are ranked and thresholded by the score shifted to the article's rule rate (`rate_shifted`) and
    capped by a share of the rule-coded headline, standfirst and body sentences. An added code's cue is its
    sentence's head word; its agent is the gate's, its link `gate`; its `layer_score` the model's score. A code of any
    other dimension is returned as it came."""
    starts = [sentence.start for sentence in sentences]
    analysed = [sentence.section in ANALYSED_SECTIONS for sentence in sentences]
    coded_in = {dimension: [False] * len(sentences) for dimension in DIMENSIONS}
    for code in codes:
        if code.dimension in coded_in:
            coded_in[code.dimension][bisect.bisect_right(starts, code.start) - 1] = True
    # a sentence's score is read only where a rule code stands or a code may be added: only those are scored
    open_to_adding = [is_analysed and view.anchored and not view.other_subject
                      for is_analysed, view in zip(analysed, views)]
    scored = [index for index, is_open in enumerate(open_to_adding)
              if is_open or any(coded[index] for coded in coded_in.values())]
    scores_of = _scores([views[index] for index in scored], layer)
    labelled, added = [], []
    for dimension in DIMENSIONS:
        scores, coded = dict(zip(scored, scores_of[dimension])), coded_in[dimension]
        for code in codes:
            if code.dimension == dimension:
                index = bisect.bisect_right(starts, code.start) - 1
                label = KEPT if scores[index] >= layer.veto_below else VETOED
                labelled.append(code._replace(layer=label, layer_score=scores[index]))
        ranking, cap = scores, math.floor(layer.add_share * sum(coded))
        if layer.form == FORM_G_PS:
            coded_analysed = sum(is_coded and is_analysed for is_coded, is_analysed in zip(coded, analysed))
            article_rate = article_rule_rate(coded_analysed, sum(analysed))
            training_rate = layer.models[dimension].r_train
            ranking = {index: rate_shifted(score, article_rate=article_rate, training_rate=training_rate)
                       for index, score in scores.items()}
            cap = math.floor(layer.add_share * coded_analysed)
        candidates = [index for index in scored
                      if open_to_adding[index] and not coded[index] and ranking[index] >= layer.add_from]
        for index in sorted(candidates, key=lambda index: (-ranking[index], index))[:cap]:
            added.append(_added_code(doc, sentences[index], dimension, views[index].gate(dimension), scores[index]))
    unscored = [code for code in codes if code.dimension not in DIMENSIONS]  # left for the schema check to name
    return labelled + unscored + added


def _added_code(doc: Doc, sentence: Sentence, dimension: str, gate, score: float):
    head = doc.char_span(sentence.start, sentence.end, alignment_mode="expand").root
    start, end = head.idx, head.idx + len(head.text)
    return CodeHit(sentence.sent_id, LEARNED_CODES[dimension], dimension, raw_text(doc)[start:end], start, end,
                   gate.agent, GATE_LINK, None, ADDED, score, gate.code, gate.cue, gate.start, gate.end)
