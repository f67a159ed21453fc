"""Argument markers: hedges, boosters, connectives, counter-argument moves, rhetorical questions and evidence.

Word-list markers come from `resources/markers.csv`; each has a rule that decides its sense
in context (an ambiguous 'while', 'since', 'as' or 'so' counts only in its argumentative
sense). Evidence markers come from the other tables: quotations, numbers and citations.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator, NamedTuple, Sequence

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import read_resource_table
from analysis.nlp.entities import EntityMention
from analysis.errors import InputError
from analysis.nlp.arrays import ParseArrays, string_ids, token_span
from analysis.nlp.matching import LemmaPhraseMatcher
from analysis.extract.quotations import Quotation
from analysis.extract.vocabulary import LEXICON_CATEGORIES
from analysis.corpus.sections import ANALYSED_SECTIONS
from analysis.nlp.sentences import Sentence, raw_text

MARKERS_FILE = RESOURCES_DIR / "markers.csv"
MARKER_COLUMNS = ("marker", "category", "rule", "note")
RULES = ("any", "none", "modal", "epistemic", "before_number", "coordinating", "contrastive_while", "connective",
         "causal_since", "causal_as", "causal_given", "clause_initial")
NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
CITATION_CUES = frozenset({"cite", "according to", "report"})
OTHERS_VIEW_SUBJECTS = frozenset({"critic", "some", "many", "other", "opponent", "sceptic", "skeptic", "commentator",
                                  "analyst", "observer"})
OTHERS_VIEW_VERBS = frozenset({"claim", "argue", "say", "believe", "contend", "insist", "suggest", "maintain", "allege"})
REBUTTAL_VERBS = frozenset({"ignore", "overlook", "miss", "neglect", "misread", "misunderstand", "underestimate",
                            "overstate", "forget", "exaggerate"})
REBUTTAL_OPENERS = frozenset({"but", "however", "yet"})
STATIVE_VERBS = frozenset({"be", "have", "remain", "seem", "appear", "lack", "need", "own", "know"})


class Marker(NamedTuple):
    """An argument marker in a sentence; `raw[start:end] == marker`."""

    sent_id: int
    marker: str
    category: str
    start: int
    end: int


@dataclass(frozen=True)
class MarkerLexicon:
    rules: dict[tuple[str, str], str]
    matcher: LemmaPhraseMatcher


def read_marker_lexicon(*, nlp) -> MarkerLexicon:
    """Return the marker lexicon with its matcher. Raises InputError naming every bad row."""
    rows, problems = read_resource_table(MARKERS_FILE, columns=MARKER_COLUMNS, where=MARKERS_FILE.name)
    rules = {}
    matcher = LemmaPhraseMatcher(nlp.vocab, nlp.make_doc)
    for line_no, row in rows:
        where = f"{MARKERS_FILE.name} line {line_no} ('{row['marker']}')"
        if row["category"] not in LEXICON_CATEGORIES:
            problems.append(f"{where}: category must be one of {', '.join(LEXICON_CATEGORIES)}")
        elif row["rule"] not in RULES:
            problems.append(f"{where}: rule must be one of {', '.join(RULES)}")
        elif (row["marker"], row["category"]) in rules:
            problems.append(f"{where}: duplicate marker")
        else:
            rules[(row["marker"], row["category"])] = row["rule"]
            matcher.add(f"{row['category']}|{row['marker']}", [row["marker"]])
    if problems:
        raise InputError(problems)
    return MarkerLexicon(rules, matcher)


def _subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)


def _passes(rule: str, span: Span) -> bool:
    """Return True when the marker `span` has the sense its rule asks for."""
    token = span[0]
    if rule == "any":
        return True
    if rule == "none":
        return False
    if rule == "modal":
        return token.tag_ == "MD"
    if rule == "epistemic":
        return any(child.dep_ in ("ccomp", "xcomp") for child in token.children) and not any(
            child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ == "to") for child in token.children)
    if rule == "before_number":
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and (following.like_num or following.ent_type_ in NUMBER_LABELS)
    if rule == "connective":
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is None or following.pos_ not in ("ADJ", "ADV")
    if rule == "coordinating":
        return token.pos_ == "CCONJ"
    if rule == "contrastive_while":
        if token.dep_ != "mark":
            return False
        verb = token.head
        main = verb.head
        own, other = _subject(verb), _subject(main) if main is not verb else None
        finite = verb.tag_ not in ("VBG", "VBN", "TO")
        return finite and own is not None and (other is None or own.lower_ != other.lower_)
    if rule == "causal_since":
        if token.dep_ != "mark":
            return False
        main = token.head.head
        return not any(child.lemma_ == "have" and child.dep_ == "aux" for child in main.children)
    if rule == "causal_as":
        if token.dep_ != "mark":
            return False
        verb = token.head
        reporting = any(child.dep_ in ("agent",) for child in verb.children) or verb.lemma_ in ("put", "say", "explain", "mention", "report")
        return verb.lemma_ in STATIVE_VERBS and _subject(verb) is not None and not reporting
    if rule == "causal_given":
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        finite = any(child.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for child in token.children)
        return not finite and following is not None and following.lower_ not in ("to", "by", "up", "in")
    if rule == "clause_initial":
        before = token.doc[token.i - 1] if token.i > span.sent.start else None
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        starts_clause = before is None or before.text in (",", ";", ":", "—", "–", "(")
        return starts_clause and (after is None or after.pos_ not in ("ADJ", "ADV", "PUNCT"))
    return False


def _lexicon_markers(doc: Doc, start: int, end: int, sent_id: int, lexicon: MarkerLexicon) -> Iterator[Marker]:
    """Yield the lexicon's markers in the tokens `start:end` of `doc` (a sentence's, `sent_id`)."""
    for match in filter_spans(lexicon.matcher.between(doc, start, end)):
        category, marker = match.label_.split("|", 1)
        if _passes(lexicon.rules[(marker, category)], match):
            yield Marker(sent_id, match.text, category, match.start_char, match.end_char)


def _counter_arguments(doc: Doc, bounded: Sequence[tuple[Sentence, tuple[int, int]]], *,
                       parse: ParseArrays) -> Iterator[Marker]:
    """Yield the moves 'Critics have long claimed … But this ignores …': the others' view and its rebuttal (`bounded`:
    the sentences with their token bounds; `parse`: the Doc's `ParseArrays`)."""
    openers = string_ids(REBUTTAL_OPENERS)
    for (first, claim_bounds), (second, rebuttal_bounds) in zip(bounded, bounded[1:]):
        if second.block_id != first.block_id or parse.lower[rebuttal_bounds[0]] not in openers:
            continue
        claim, rebuttal = token_span(doc, *claim_bounds), token_span(doc, *rebuttal_bounds)
        claim_verb = next((t for t in claim if t.lemma_ in OTHERS_VIEW_VERBS and _subject(t) is not None
                           and _subject(t).lemma_.lower() in OTHERS_VIEW_SUBJECTS), None)
        opener = rebuttal[0]
        rebut_verb = next((t for t in rebuttal if t.lemma_ in REBUTTAL_VERBS), None)
        if claim_verb is None or rebut_verb is None:
            continue
        subject = _subject(claim_verb)
        view = doc[min(subject.left_edge.i, claim_verb.i):claim_verb.i + 1]
        move = doc[opener.i:rebut_verb.i + 1]
        yield Marker(first.sent_id, view.text, "counter_argument", view.start_char, view.end_char)
        yield Marker(second.sent_id, move.text, "counter_argument", move.start_char, move.end_char)


class _QuoteCover:
    """The spans of the quotes in marks (not reported speech), asked in O(log n) whether an offset
    lies inside one: for the quotes starting at or before it, the furthest end is past it."""

    def __init__(self, quotations: Sequence[Quotation]):
        spans = sorted((q.start, q.end) for q in quotations if q.kind != "indirect")
        self.starts = [start for start, _ in spans]
        self.furthest_end: list[int] = []
        for _, end in spans:
            self.furthest_end.append(max(end, self.furthest_end[-1]) if self.furthest_end else end)

    def covers(self, offset: int) -> bool:
        """Return True when `offset` lies inside a quote in marks."""
        k = bisect.bisect_right(self.starts, offset)
        return k > 0 and self.furthest_end[k - 1] > offset


def iter_markers(doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention],
                 quotations: Sequence[Quotation], *, lexicon: MarkerLexicon,
                 parse: ParseArrays | None = None) -> Iterator[Marker]:
    """Yield the argument markers of the headline, standfirst and body sentences, in text order (`parse`: the Doc's
    `ParseArrays`, if read already)."""
    analysed = [s for s in sentences if s.section in ANALYSED_SECTIONS]
    parse = parse if parse is not None else ParseArrays(doc)
    # each sentence's tokens, as `record_span` widens its offsets to whole tokens
    bounded = list(zip(analysed, parse.expanded_ranges([s.start for s in analysed], [s.end for s in analysed])))
    in_scope = {s.sent_id for s in analysed}
    found: list[Marker] = []
    cover = _QuoteCover(quotations)
    for sentence, (start, end) in bounded:
        found.extend(_lexicon_markers(doc, start, end, sentence.sent_id, lexicon))
        if sentence.text.rstrip("”’\"' )").endswith("?") and not cover.covers(sentence.start):
            found.append(Marker(sentence.sent_id, sentence.text, "rhetorical_question", sentence.start, sentence.end))
    found.extend(_counter_arguments(doc, bounded, parse=parse))
    for mention in entities:
        if mention.sent_id in in_scope and mention.label in NUMBER_LABELS:
            found.append(Marker(mention.sent_id, mention.text, "evidence_number", mention.start, mention.end))
    for quote in quotations:
        if quote.sent_id not in in_scope or quote.speaker is None:
            continue
        if quote.cue in CITATION_CUES:
            start = min(quote.cue_start, quote.speaker_start)
            end = max(quote.cue_end, quote.speaker_end)
            found.append(Marker(quote.sent_id, raw_text(doc)[start:end], "evidence_citation", start, end))
        else:
            found.append(Marker(quote.sent_id, quote.text, "evidence_quotation", quote.start, quote.end))
    yield from sorted(set(found), key=lambda m: (m.sent_id, m.start, m.end, m.category))
