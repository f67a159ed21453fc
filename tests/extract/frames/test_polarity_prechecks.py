"""The distancing tests of `Polarity` read the parse arrays before any Token: a pseudo-cleft's copula and a scare
quote's marks are looked for first, and the sentence or the cue's root only then. Their answers are those of the
formulas that read the Tokens first (written out below), for every cue of one to three tokens of invented texts."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from analysis.extract.frames.agents import _ParseSentences
from analysis.extract.frames.polarity import (CLEFT_CODE, CLEFT_COPULAS, CLEFT_MODALS, CLEFT_NEGATIONS,
                                              COMPLEMENT_DEPS, DISTANCING, DISTANCING_CODE, NAMED_PRONOUNS,
                                              NAMING_VERBS, NEGATION, NOUNS, REPORTED_WORD_VERBS, BOUNDS, TURNS,
                                              Modifier, Polarity, default_modifiers)
from analysis.nlp.arrays import ParseArrays


def _cleft_denied_by_tokens(cue: Span, sentence_start: int) -> Modifier | None:
    """The formula `Polarity._cleft_denied` replaced: the Tokens before the cue read from the sentence's start."""
    doc = cue.doc
    i = cue.start - 1
    if i >= sentence_start and doc[i].lower_ == "to":
        i -= 1
    if i < sentence_start or doc[i].lower_ not in CLEFT_COPULAS:
        return None
    i -= 1
    if i >= sentence_start and doc[i].text == ",":
        tag_start = next((j for j in range(i - 1, max(sentence_start, i - 7) - 1, -1) if doc[j].text == ","), None)
        if tag_start is None:
            return None
        i = tag_start - 1
    if i - 2 < sentence_start or doc[i].lower_ != "do" or doc[i - 1].lower_ not in CLEFT_NEGATIONS:
        return None
    if doc[i - 2].lower_ not in CLEFT_MODALS:
        return None
    if not any(doc[j].lower_ == "what" for j in range(max(sentence_start, i - 6), i - 2)):
        return None
    return Modifier(doc[i - 1].text, NEGATION, TURNS, CLEFT_CODE)


def _scare_quoted_by_tokens(cue: Span) -> Modifier | None:
    """The formula `Polarity._scare_quoted` replaced: the cue's root read first."""
    doc = cue.doc
    if cue.root.pos_ not in NOUNS or cue.start == 0 or cue.end >= len(doc):
        return None
    opening, closing = doc[cue.start - 1], doc[cue.end]
    if not (opening.is_quote and closing.is_quote and opening.is_left_punct and closing.is_right_punct):
        return None
    head = cue.root.head
    if head.i != cue.root.i and cue.root.dep_ in COMPLEMENT_DEPS and (
            head.lemma_.lower() in REPORTED_WORD_VERBS or (head.lemma_.lower() in NAMING_VERBS and any(
                child.lower_ in NAMED_PRONOUNS and child.dep_ == "dobj" for child in head.children))):
        return None
    return Modifier(opening.text + closing.text, DISTANCING, BOUNDS, DISTANCING_CODE)


TEXTS = [
    # pseudo-clefts, with and without a comment tag, and one whose copula ends the sentence before
    "What the Kremlin will not do is abandon him. What it would not do, he said, was leave.",
    "What Moscow would never do, the envoy insisted, was to send troops. What it did was wait.",
    "Nobody asked what the answer is. Abandon him, the aide wrote. It was to end soon.",
    # scare quotes around a noun, a reported word, and marks around more than one word
    'Moscow calls its bombing campaign "assistance" to Damascus. He promised "support" again.',
    "The regime boasts of Russian \u201cprotection\u201d in its speeches, \u201cfull protection\u201d.",
    # a Doc of one word, and quotation marks at the Doc's edges
    '"help"',
]


def _cues(doc: Doc) -> list[Span]:
    return [doc[i:i + length] for length in (1, 2, 3) for i in range(len(doc) - length + 1)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_distancing_tests_answer_as_the_token_formulas(nlp, text):
    doc = nlp(text)
    parse = ParseArrays(doc)
    sentences = _ParseSentences(doc, parse)
    polarity = Polarity(doc, default_modifiers(nlp.vocab, nlp.make_doc), parse=parse, sentence_of=sentences.of)
    for cue in _cues(doc):
        assert polarity._cleft_denied(cue) == _cleft_denied_by_tokens(cue, sentences.of(cue).start), cue
        assert polarity._scare_quoted(cue) == _scare_quoted_by_tokens(cue), cue


def test_the_texts_hold_what_the_tests_find(nlp):
    """The comparison above is not empty: the texts hold clefts and scare quotes both formulas find."""
    found = {"cleft": 0, "scare": 0}
    for text in TEXTS:
        doc = nlp(text)
        parse = ParseArrays(doc)
        sentences = _ParseSentences(doc, parse)
        for cue in _cues(doc):
            found["cleft"] += _cleft_denied_by_tokens(cue, sentences.of(cue).start) is not None
            found["scare"] += _scare_quoted_by_tokens(cue) is not None
    assert found["cleft"] >= 2 and found["scare"] >= 2


# A copula that ends one sentence right before a cue opening the next ('... what the plan is. Abandon him'): the
# precheck on the arrays finds the copula, and the sentence's start then turns the cue away.
WORDS = ["what", "it", "will", "not", "do", "is", "abandon", "him"]
HEADS = [4, 4, 4, 4, 5, 5, 6, 6]
DEPS = ["dobj", "nsubj", "aux", "neg", "csubj", "ROOT", "ROOT", "dobj"]
SENT_STARTS = [True, False, False, False, False, False, True, False]


def test_a_copula_ending_the_sentence_before_is_no_cleft(nlp):
    doc = Doc(nlp.vocab, words=WORDS, heads=HEADS, deps=DEPS, sent_starts=SENT_STARTS)
    parse = ParseArrays(doc)
    sentences = _ParseSentences(doc, parse)
    polarity = Polarity(doc, default_modifiers(nlp.vocab, nlp.make_doc), parse=parse, sentence_of=sentences.of)
    cue = doc[6:7]
    assert sentences.of(cue).start == 6
    assert polarity._cleft_denied(cue) is None
    # the same words as one sentence: the negation turns the cue
    joined = Doc(nlp.vocab, words=WORDS, heads=[4, 4, 4, 4, 5, 5, 5, 6],
                 deps=["dobj", "nsubj", "aux", "neg", "csubj", "ROOT", "attr", "dobj"])
    joined_parse = ParseArrays(joined)
    joined_polarity = Polarity(joined, default_modifiers(nlp.vocab, nlp.make_doc), parse=joined_parse,
                               sentence_of=_ParseSentences(joined, joined_parse).of)
    assert joined_polarity._cleft_denied(joined[6:7]) == Modifier("not", NEGATION, TURNS, CLEFT_CODE)
