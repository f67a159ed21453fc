"""Reported speech without quotation marks: 'X said that …', 'As X has reported, …',
'X argues against …', 'according to X, …', and a paraphrase closed by a citation."""

from __future__ import annotations

import bisect
from typing import Iterator, NamedTuple, Sequence

import numpy as np
from spacy.tokens import Doc, Token

from analysis.extract.quotations.attribution import (ACCORDING_TO_LENGTH, CITATION_AT_END, Attribution,
                                                     according_to_object, citation_attribution, is_according_to,
                                                     search_citation)
from analysis.extract.quotations.lexicon import QuoteLexicon
from analysis.extract.quotations.index import QuoteIndex
from analysis.extract.quotations.speakers import cited_source, in_spans, speaker_span, subject_of
from analysis.nlp.arrays import ParseArrays
from analysis.nlp.sentences import Sentence, raw_text

INDIRECT_SECTIONS = frozenset({"headline", "standfirst", "body", "comment"})
STANCE_PREPOSITIONS = frozenset({"against", "for", "about"})
MIN_REPORTED_TOKENS = 3
MIN_PARAPHRASE_CHARS = 10
QUOTE_CHARACTERS = "”’\"'"


class ReportedSpan(NamedTuple):
    """Reported words at `raw[start:end]` and their attribution."""

    start: int
    end: int
    attribution: Attribution


class _ReportedRange(NamedTuple):
    first: int
    last: int
    subject: Token | None
    cue_length: int


NOTHING_REPORTED = _ReportedRange(first=0, last=0, subject=None, cue_length=1)


def _inferred(cue: Token) -> bool:
    """Return True for the author's inference rather than reported speech: 'appears to acknowledge',
    'it is telling that'."""
    if cue.dep_ == "xcomp" and cue.head.lemma_ in ("appear", "seem"):
        return True
    return cue.tag_ == "VBG" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cue.children)


def _reported_range(doc: Doc, token: Token, lexicon: QuoteLexicon) -> _ReportedRange:
    """Return the token range of the reported words, the speaker's head token and the cue's length
    for a cue candidate; an empty range when `token` reports nothing."""
    if is_according_to(doc, token):
        speaker = according_to_object(doc, token)
        if speaker is not None and token.i < token.head.i:
            return _ReportedRange(speaker.right_edge.i + 1, token.sent.end, speaker, ACCORDING_TO_LENGTH)
        return NOTHING_REPORTED
    if token.lemma_ not in lexicon.indirect_cues or token.pos_ not in ("VERB", "AUX") or _inferred(token):
        return NOTHING_REPORTED
    subject = cited_source(token, lexicon) or subject_of(token, lexicon=lexicon)
    complements = [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
    if complements:
        return _ReportedRange(max(complements[0].left_edge.i, token.i + 1), token.right_edge.i + 1, subject, 1)
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children) and token.head is not token:
        return _ReportedRange(token.right_edge.i + 1, token.head.right_edge.i + 1, subject, 1)
    stances = [c for c in token.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPOSITIONS and c.i > token.i]
    if stances:
        return _ReportedRange(stances[0].left_edge.i, stances[0].right_edge.i + 1, subject, 1)
    return NOTHING_REPORTED


def iter_reported(doc: Doc, sentences: Sequence[Sentence], quotes: QuoteIndex, lexicon: QuoteLexicon, *,
                  silent: Sequence[tuple[int, int]] = (), parse: ParseArrays | None = None) -> Iterator[ReportedSpan]:
    """Yield reported speech without marks, sentence by sentence, skipping words mostly inside `quotes`
    and speakers in the `silent` spans (datelines, bylines); `parse` is the Doc's `ParseArrays`, read if not given."""
    # Only a reporting verb's lemma or 'according' can report (see `_reported_range`): picked once per Doc.
    parse = parse if parse is not None else ParseArrays(doc)
    found = np.union1d(parse.indices("LEMMA", lexicon.indirect_cues), parse.indices("LOWER", ["according"]))
    cues, cue_chars = found.tolist(), parse.char_offsets(found, found + 1)[0]
    for sentence in sentences:
        if sentence.section not in INDIRECT_SECTIONS:
            continue
        in_sentence = cues[bisect.bisect_left(cue_chars, sentence.start):bisect.bisect_left(cue_chars, sentence.end)]
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if in_sentence else None
        for i in in_sentence:
            token = doc[i]
            first, last, subject, cue_length = _reported_range(doc, token, lexicon)
            last = min(last, span.end)
            while first < last and (doc[first].is_punct or doc[first].dep_ == "mark" and doc[first].lower_ == "that"):
                first += 1
            while first < last and doc[last - 1].is_punct and doc[last - 1].text not in QUOTE_CHARACTERS:
                last -= 1
            if last - first < MIN_REPORTED_TOKENS or subject is None or in_spans(subject.idx, silent):
                continue
            start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
            holding = [q for q in quotes.around(token.idx) if q.start <= token.idx < q.end]
            level = len(holding)
            quoted = quotes.covered(start, end, level) - sum(max(0, min(end, q.end) - max(start, q.start))
                                                             for q in holding if q.depth == level)
            if quoted > (end - start) / 2 or any(q not in holding for q in quotes.around(subject.idx)):
                continue
            cue_last = doc[token.i + cue_length - 1]
            cue = "according to" if cue_length == ACCORDING_TO_LENGTH else token.lemma_
            yield ReportedSpan(start, end, Attribution(speaker=speaker_span(subject, lexicon, quotes), cue=cue,
                                                       cue_start=token.idx, cue_end=cue_last.idx + len(cue_last)))
        yield from _cited_paraphrase(doc, sentence, quotes)


def _cited_paraphrase(doc: Doc, sentence: Sentence, quotes: QuoteIndex) -> Iterator[ReportedSpan]:
    """Yield the paraphrase a sentence-final citation closes ('… (Due-Gundersen 2022 123).'), if any."""
    match = search_citation(CITATION_AT_END, raw_text(doc), sentence.start, sentence.end)
    if not match or quotes.opening_between(sentence.start, match.start()):
        return
    body = raw_text(doc)[sentence.start:match.start()]
    offset = body.rfind(": ") + 2 if ": " in body else 0
    content = body[offset:]
    start = sentence.start + offset + len(content) - len(content.lstrip())
    end = sentence.start + len(body.rstrip())
    if end - start > MIN_PARAPHRASE_CHARS:
        yield ReportedSpan(start, end, citation_attribution(doc, match))
