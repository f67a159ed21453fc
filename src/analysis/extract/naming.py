"""How actors are named: premodifiers, appositions and descriptive noun phrases that refer to an actor.

Names come from the entities table (every mention with an actor). A name's label takes in
the title and description in front of it ('Syrian dictator Bashar al-Assad'); an apposition
is a label of its own ('Syria’s former president, Bashar Assad'); and a descriptive noun
phrase that stands in for an actor ('the Syrian leader', 'anti-government forces') is
resolved through `resources/naming.csv`. Labels holding a term of `resources/evaluative.csv`
are evaluative.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterator, NamedTuple, Sequence

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import read_resource_table, resource_loader
from analysis.nlp.arrays import ParseArrays
from analysis.nlp.chunks import chunk_root, noun_chunks
from analysis.nlp.entities import EntityMention
from analysis.errors import InputError
from analysis.corpus.sections import ANALYSED_SECTIONS, raw_text
from analysis.nlp.sentences import Sentence

NAMING_FILE = RESOURCES_DIR / "naming.csv"
EVALUATIVE_FILE = RESOURCES_DIR / "evaluative.csv"
NAMING_COLUMNS = ("head", "actor", "requires", "note")
EVALUATIVE_COLUMNS = ("term", "polarity", "note")
POLARITIES = ("negative", "positive")
RECENT_ARMED_GROUP = "@recent_armed_group"
NAMED_ACTOR_TYPES = frozenset({"person", "armed group", "state", "organisation"})
PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "det", "punct", "npadvmod", "advmod"})
LABEL_NOUN_POS = frozenset({"NOUN", "PROPN"})
PLACE_ENTITY_TYPES = frozenset(get_string_id(label) for label in ("GPE", "NORP"))  # no description of a person
INSTITUTION_HEADS = frozenset({"regime", "government", "force", "army", "troop", "military", "administration", "family"})


class Label(NamedTuple):
    """A naming of an actor; `raw[start:end] == label`."""

    sent_id: int
    actor: str
    label: str
    head: str
    evaluative: bool
    start: int
    end: int


@dataclass(frozen=True)
class NamingRule:
    head: str
    actor: str
    requires: frozenset[str]

    @cached_property
    def required_words(self) -> tuple[re.Pattern, ...]:
        """Return a pattern per word of `requires`, matching it as a whole word (no letter, digit or hyphen either
        side)."""
        return tuple(re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])") for word in self.requires)


@dataclass(frozen=True)
class NamingLexicon:
    rules: tuple[NamingRule, ...]
    evaluative: frozenset[str]


def read_naming_lexicon() -> NamingLexicon:
    """Return the naming rules and evaluative terms. Raises InputError naming every bad row."""
    naming_rows, problems = read_resource_table(NAMING_FILE, columns=NAMING_COLUMNS, where=NAMING_FILE.name)
    evaluative_rows, evaluative_problems = read_resource_table(EVALUATIVE_FILE, columns=EVALUATIVE_COLUMNS,
                                                               where=EVALUATIVE_FILE.name)
    problems += evaluative_problems
    rules, first_line = [], {}
    for line_no, row in naming_rows:
        if not row["head"] or not row["actor"]:
            problems.append(f"{NAMING_FILE.name} line {line_no}: head and actor must not be empty")
            continue
        requires = frozenset(word for word in row["requires"].lower().split("|") if word)
        key = (row["head"].lower(), requires)
        if key in first_line:
            problems.append(f"{NAMING_FILE.name} line {line_no} ('{row['head']}'): duplicate head and requires "
                            f"(first on line {first_line[key]})")
            continue
        first_line[key] = line_no
        rules.append(NamingRule(row["head"].lower(), row["actor"], requires))
    evaluative: dict[str, int] = {}
    for line_no, row in evaluative_rows:
        where = f"{EVALUATIVE_FILE.name} line {line_no} ('{row['term']}')"
        if row["polarity"] not in POLARITIES:
            problems.append(f"{where}: polarity must be negative or positive")
        elif row["term"].lower() in evaluative:
            problems.append(f"{where}: duplicate term (first on line {evaluative[row['term'].lower()]})")
        else:
            evaluative[row["term"].lower()] = line_no
    if problems:
        raise InputError(problems)
    return NamingLexicon(tuple(rules), frozenset(evaluative))


@resource_loader()
def default_naming_lexicon() -> NamingLexicon:
    return read_naming_lexicon()


@lru_cache(maxsize=1 << 16)  # the forms met last: a corpus's vocabulary grows with it
def _form_words(form: str) -> tuple[str, ...]:
    """Return a lower-case `form` and its parts between hyphens (with no '’s')."""
    return (form, *(part for part in form.replace("’s", "").split("-") if part))


def _words(doc: Doc, start: int, end: int, *, parse: ParseArrays) -> set[str]:
    """Return the lower-case forms and lemmas of the words `start:end` of `doc`, and the parts of each form between
    its hyphens (with no '’s'), read on `parse`, the Doc's `ParseArrays`."""
    words, strings = set(), doc.vocab.strings
    for i in range(start, end):
        words.update(_form_words(strings[parse.lower[i]]))
        words.add(parse.lowered_lemma(i))
    return words


def _is_evaluative(doc: Doc, start: int, end: int, text: str, lexicon: NamingLexicon, *, parse: ParseArrays) -> bool:
    """Return True when the words `start:end` of `doc`, whose text is `text`, hold an evaluative term or 'so-called'
    (`parse`: the Doc's `ParseArrays`)."""
    return bool(_words(doc, start, end, parse=parse) & lexicon.evaluative) or "so-called" in text.lower()


def _possesses_institution(i: int, *, parse: ParseArrays) -> bool:
    """Return True when token `i` possesses an institution ('Assad’s regime'), which names the institution, not the
    person (`parse`: the Doc's `ParseArrays`)."""
    dep = parse.dep[i]
    possessive = dep == "poss" or (dep == "nmod" and any(parse.dep[child] == "case" for child in parse.children(i)))
    return possessive and parse.lowered_lemma(parse.head[i]) in INSTITUTION_HEADS


def _premodified_name(first: int, stop: int, *, parse: ParseArrays) -> tuple[int, int | None]:
    """Return where the name on the tokens `first:stop` (a mention's) begins with the titles and descriptions in front
    of it within its sentence, and the index of the descriptive head noun if any (`parse`: the Doc's
    `ParseArrays`)."""
    start = first
    sentence_start = parse.sentence_start(first)
    deps, heads = parse.dep, parse.head
    while start > sentence_start:
        before = start - 1
        if deps[before] not in PREMODIFIER_DEPS or not (first <= heads[before] < stop or start <= heads[before] < first):
            break
        start -= 1
    while start < first and deps[start] in ("det", "punct", "case"):
        start += 1
    entity_types = parse.column("ENT_TYPE")
    description = [i for i in range(start, first)
                   if parse.pos[i] in LABEL_NOUN_POS and entity_types[i] not in PLACE_ENTITY_TYPES]
    return start, (description[-1] if description else None)


def _phrase(token: Token, exclude: tuple[int, int] | None = None) -> Span:
    """Return the noun phrase of `token` without relative clauses, prepositional tails or an excluded token range."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "amod", "nmod") and child.i == right + 1:
            right = child.i
    if exclude is not None and exclude[0] <= left < exclude[1]:
        left = exclude[1]
    while left < right and (doc[left].is_punct and doc[left].text not in "“‘\"" or doc[left].is_space):
        left += 1
    return doc[left:right + 1]


def _appositions(doc: Doc, start: int, end: int, *, parse: ParseArrays) -> Iterator[Span]:
    """Yield the noun phrases in apposition to the name on the tokens `start:end`, read on `parse`, the Doc's
    `ParseArrays`."""
    root = chunk_root(doc, start, end, heads=parse.head)
    head = parse.head[root]
    if parse.dep[root] == "appos" and parse.pos[head] == "NOUN":
        yield _phrase(doc[head], exclude=(start, end))
    for child in parse.children(root):
        if parse.dep[child] == "appos" and parse.pos[child] == "NOUN" and not (start <= child < end):
            yield _phrase(doc[child])


def _descriptive(doc: Doc, chunks: Sequence[Span], rules: dict[str, list[NamingRule]],
                 armed_groups: Sequence[tuple[int, str]], *, parse: ParseArrays, raw: str,
                 offsets: tuple[list[int], list[int]]) -> Iterator[tuple[tuple[int, int], str]]:
    """Yield the token ranges of the noun chunks that name an actor by a rule of `rules` (the lexicon's, by head, in
    order), with the actor (`parse`: the Doc's `ParseArrays`; `raw`: its text; `offsets`: each token's first and end
    character)."""
    starts, ends = offsets
    for chunk in chunks:
        head = chunk_root(doc, chunk.start, chunk.end, heads=parse.head)
        candidates = rules.get(parse.lowered_lemma(head))
        if not candidates:
            continue
        modifiers = (raw[starts[chunk.start]:ends[head - 1]] if head > chunk.start else "").lower().replace("’s", " ")
        for rule in candidates:
            if rule.requires and not any(word.search(modifiers) for word in rule.required_words):
                continue
            actor = rule.actor
            if actor == RECENT_ARMED_GROUP:
                earlier = [group for start, group in armed_groups if start < chunk.start_char]
                actor = earlier[-1] if earlier else None
            if actor:
                yield _trim(doc, chunk.start, chunk.end), actor
            break


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Return the token range `start:end` (not empty) without the punctuation (but opening quotes) and whitespace at
    its start, keeping at least its last word."""
    while start < end - 1 and (doc[start].is_punct and doc[start].text not in "“‘\"" or doc[start].is_space):
        start += 1
    return start, end


def iter_labels(doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention], *,
                lexicon: NamingLexicon | None = None, parse: ParseArrays | None = None) -> Iterator[Label]:
    """Yield the labels of the headline, standfirst and body sentences, in text order (`parse`: the Doc's
    `ParseArrays`, if read already)."""
    lexicon = lexicon or default_naming_lexicon()
    parse = parse if parse is not None else ParseArrays(doc)
    raw = raw_text(doc)
    # each mention with the tokens of its span, as `record_span` widens it to whole tokens (None outside the text)
    by_sentence: dict[int, list[tuple[EntityMention, tuple[int, int] | None]]] = {}
    tokens = parse.expanded_ranges([mention.start for mention in entities], [mention.end for mention in entities])
    for mention, bounds in zip(entities, tokens):
        by_sentence.setdefault(mention.sent_id, []).append((mention, bounds))
    armed_groups = [(mention.start, mention.actor) for mention in entities if mention.actor_type == "armed group"]
    rules: dict[str, list[NamingRule]] = {}
    for rule in lexicon.rules:
        rules.setdefault(rule.head, []).append(rule)
    chunks = noun_chunks(doc, parse=parse, head_lemmas=rules)  # in text order, none crossing a sentence
    chunk_starts = [chunk.start_char for chunk in chunks]
    offsets = token_starts, token_ends = parse.char_offsets(np.arange(len(doc)), np.arange(1, len(doc) + 1))
    for sentence in sentences:
        mentions = by_sentence.get(sentence.sent_id, [])
        if sentence.section not in ANALYSED_SECTIONS:
            continue
        # each label's token range and characters, its actor and its head's lemma
        found: list[tuple[int, int, int, int, str, str]] = []
        for mention, bounds in mentions:
            if mention.actor is None or mention.actor_type not in NAMED_ACTOR_TYPES or mention.mention_kind == "adjective":
                continue
            first, stop = bounds  # after the filter: a mention passed over may lie outside the text (bounds None)
            if _possesses_institution(chunk_root(doc, first, stop, heads=parse.head), parse=parse):
                continue
            start, description = _premodified_name(first, stop, parse=parse)
            head = parse.lowered_lemma(description if description is not None else stop - 1)
            found.append((start, stop, token_starts[start], token_ends[stop - 1], mention.actor, head))
            for apposition in _appositions(doc, start, stop, parse=parse):
                found.append((apposition.start, apposition.end, apposition.start_char, apposition.end_char,
                              mention.actor, apposition.root.lemma_.lower()))
        taken = [(start, end) for start, end, *_ in found]
        inside = chunks[bisect.bisect_left(chunk_starts, sentence.start):bisect.bisect_left(chunk_starts, sentence.end)]
        for (start, end), actor in _descriptive(doc, inside, rules, armed_groups, parse=parse, raw=raw,
                                                offsets=offsets):
            if not any(first < end and start < stop for first, stop in taken):
                found.append((start, end, token_starts[start], token_ends[end - 1], actor,
                              parse.lowered_lemma(chunk_root(doc, start, end, heads=parse.head))))
        for start, end, start_char, end_char, actor, head in sorted(found, key=lambda item: (item[2], item[3])):
            text = raw[start_char:end_char]
            yield Label(sentence.sent_id, actor, text, head, _is_evaluative(doc, start, end, text, lexicon, parse=parse),
                        start_char, end_char)
