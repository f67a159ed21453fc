"""Speakers: the mention a cue points at, and the name it resolves to.

Pronouns resolve to the last matching subject before them; a short name resolves to the
longest form of it in the document; first-person pronouns resolve to the author, or in a Q&A
answer ('Dorn: …') to the person its label names. Datelines, bylines and page chrome never speak.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Sequence

from spacy.tokens import Doc, Span, Token

from analysis.corpus.sections import Block
from analysis.extract.quotations.lexicon import QuoteLexicon
from analysis.extract.quotations.marks import QuoteIndex
from analysis.nlp.entities import EntityMention

FIRST_PERSON = frozenset({"i", "we", "my", "our"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
THIRD_PERSON = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
GROUP_LABELS = frozenset({"GPE", "ORG", "NORP"})
SUBJECT_SEARCH_DEPTH = 3
MAX_NAME_WORDS = 4
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
SILENT_SECTIONS = frozenset({"byline", "boilerplate"})
DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z](?:, [A-Z][a-z]{2,}\.? \d{1,2})?"
                      r"(?:(?: \([^()\n]{1,60}\))? ?[–—-] |\. /[^/\n]{1,40}/\.? )")
PARAGRAPH_LABEL = re.compile(r"([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]+){0,2}): ")


class SpeakerName(NamedTuple):
    """A speaker's resolved name and gazetteer actor (either may be None)."""

    name: str | None
    actor: str | None


class _Subject(NamedTuple):
    char: int
    name: str


def surname(name: str) -> str:
    """Return the last word of a name without a hyphenated particle ('al-Assad' → 'Assad')."""
    return name.split()[-1].split("-")[-1] if name.split() else name


def _unbracketed(text: str) -> str:
    return text.replace("[", "").replace("]", "")


def silent_spans(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Return the sorted character spans no speaker can come from: bylines, page chrome and datelines."""
    spans = []
    for block in blocks:
        if block.section in SILENT_SECTIONS:
            spans.append((block.start, block.end))
        elif (dateline := DATELINE.match(block.text)) is not None:
            spans.append((block.start, block.start + dateline.end()))
    return spans


def in_spans(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True when offset `char` lies in one of the sorted, disjoint `spans`."""
    i = bisect.bisect_right(spans, (char, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= char < spans[i][1]


def paragraph_label(block: Block) -> str | None:
    """Return the speaker label a paragraph opens with ('Dorn: …', 'Q: …'), or None."""
    match = PARAGRAPH_LABEL.match(block.text)
    return match.group(1) if match else None


class Resolver:
    """Names for speakers: pronouns resolve to the last matching subject; short names to the longest form."""

    def __init__(self, doc: Doc, entities: Sequence[EntityMention], author: str, *, lexicon: QuoteLexicon,
                 blocks: Sequence[Block] = ()):
        self.author = author or None
        self.silent = silent_spans(blocks)
        self.block_starts = [block.start for block in blocks]
        self.entities = entities
        self.entity_starts = [mention.start for mention in entities]
        persons = [m.text.strip("[]") for m in entities if m.label == "PERSON"] + ([author] if author else [])
        persons += [name for token in doc if (name := self._untagged_name(token)) is not None]
        self.longest: dict[str, str] = {}
        self.by_first_name: dict[str, str] = {}
        for name in persons:
            last = surname(name)
            if len(name) > len(self.longest.get(last, "")):
                self.longest[last] = name
            if len(name.split()) > 1 and len(name) > len(self.by_first_name.get(name.split()[0], "")):
                self.by_first_name[name.split()[0]] = name
        self.subjects: dict[str, list[_Subject]] = {"person": [], "thing": [], "plural": []}
        for token in doc:
            if token.dep_ not in SUBJECT_DEPS or token.lower_ in THIRD_PERSON or in_spans(token.idx, self.silent):
                continue
            group, name = self._subject(token, lexicon)
            if group == "person" and self._refers_back(token, lexicon):
                name = self.subjects["person"][-1].name
            if group is not None:
                self.subjects[group].append(_Subject(token.idx, name))
        by_upper = {name.upper(): name for name in self.longest}
        self.labels = [(block.start, block.end, self.full_name(by_upper[surname(label).upper()])) for block in blocks
                       if (label := paragraph_label(block)) is not None and surname(label).upper() in by_upper]
        self.label_starts = [start for start, _, _ in self.labels]

    def _untagged_name(self, token: Token) -> str | None:
        """Return the name of a subject written as two or more capitalised proper nouns that no entity
        covers ('Gennady Orlik spent …'), else None: such a subject is taken for a person."""
        if token.dep_ not in SUBJECT_DEPS or token.pos_ != "PROPN" or self.mention_at(token.idx) is not None:
            return None
        start = token.i
        while start > max(0, token.i + 1 - MAX_NAME_WORDS) and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].text.istitle() \
                and token.doc[start - 1].whitespace_ == " ":
            start -= 1
        return token.doc[start:token.i + 1].text if start < token.i and token.text.istitle() else None

    def _subject(self, token: Token, lexicon: QuoteLexicon) -> tuple[str | None, str]:
        """Return the group ('person', 'thing', 'plural' or None) a subject token belongs to, and its name."""
        mention = self.mention_at(token.idx)
        coordinated = any(child.dep_ == "conj" for child in token.children)
        if mention is not None and mention.label == "PERSON":
            return "person", self.full_name(mention.text)
        if token.pos_ == "PROPN" and token.text in self.longest and not coordinated:
            return "person", self.full_name(token.text)
        if token.tag_ == "NN" and token.lemma_.lower() in lexicon.person_nouns and not coordinated:
            return "person", token.doc[token.left_edge.i:token.i + 1].text
        if mention is not None and mention.label in GROUP_LABELS and token.tag_ in ("NNP", "NN"):
            return "thing", mention.text
        if token.tag_ in ("NNS", "NNPS") or coordinated:
            return "plural", token.doc[token.left_edge.i:token.right_edge.i + 1].text
        if token.tag_ == "NN" and token.head.lemma_ in lexicon.direct_cues:
            return "thing", token.doc[token.left_edge.i:token.i + 1].text
        return None, ""

    def _refers_back(self, token: Token, lexicon: QuoteLexicon) -> bool:
        """Return True for a definite description ('the retired colonel') of the last person who was a
        subject in the same or the previous paragraph."""
        definite = any(child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS for child in token.children)
        if not (definite and token.lemma_.lower() in lexicon.person_nouns and self.subjects["person"]):
            return False
        here = bisect.bisect_right(self.block_starts, token.idx)
        return here - bisect.bisect_right(self.block_starts, self.subjects["person"][-1].char) <= 1

    def silenced(self, char: int) -> bool:
        """Return True when offset `char` lies in a byline, page chrome or a dateline."""
        return in_spans(char, self.silent)

    def mention_at(self, char: int) -> EntityMention | None:
        """Return the entity mention covering offset `char`, or None."""
        i = bisect.bisect_right(self.entity_starts, char) - 1
        if i >= 0 and self.entities[i].start <= char < self.entities[i].end:
            return self.entities[i]
        return None

    def full_name(self, name: str) -> str:
        """Return the longest form of `name` in the document (by surname, or by first name for one word)."""
        name = name.strip("[]")
        if not name:
            return name
        candidates = [name, self.longest.get(surname(name), name)]
        if len(name.split()) == 1:
            candidates.append(self.by_first_name.get(name, name))
        return max(candidates, key=len)

    def pronoun(self, token: Token) -> str | None:
        """Return the name a pronoun refers to: the author for the first person, else the last subject of its kind."""
        word = token.lower_
        if word in FIRST_PERSON:
            i = bisect.bisect_right(self.label_starts, token.idx) - 1
            in_answer = i >= 0 and self.labels[i][0] <= token.idx < self.labels[i][1]
            return self.labels[i][2] if in_answer else self.author
        group = "person" if word in PERSON_PRONOUNS else "thing" if word in THING_PRONOUNS else "plural"
        subjects = self.subjects[group]
        index = bisect.bisect_left(subjects, (token.idx, ""))
        return subjects[index - 1].name if index else None

    def name_and_actor(self, speaker: Span) -> SpeakerName:
        """Return the resolved name and gazetteer actor of a speaker mention."""
        if len(speaker) == 1 and speaker[0].pos_ == "PRON":
            if speaker[0].lower_ not in FIRST_PERSON | THIRD_PERSON:
                return SpeakerName(None, None)
            name = self.pronoun(speaker[0])
            actor = next((m.actor for m in self.entities if m.actor and name and m.text == name.split()[-1]), None)
            return SpeakerName(name, actor)
        first = bisect.bisect_left(self.entity_starts, speaker.start_char)
        last = bisect.bisect_left(self.entity_starts, speaker.end_char)
        mentions = list(self.entities[first:last])
        persons = [m for m in mentions if m.label == "PERSON"]
        actor = next((m.actor for m in mentions if m.actor), None)
        head = speaker.root
        if len(persons) == 1 and persons[0].start <= head.idx < persons[0].end:
            return SpeakerName(self.full_name(persons[0].text), actor)
        named_head = head.pos_ == "PROPN" or any(m.start <= head.idx < m.end for m in mentions)
        named_modifier = any(child.dep_ == "compound" and child.ent_type_ for child in head.children)
        if named_head or named_modifier:
            text = _unbracketed(speaker.text)
            return SpeakerName(self.full_name(text) if len(speaker) == 1 else text, actor)
        return SpeakerName(None, actor)


def speaker_span(token: Token, lexicon: QuoteLexicon, quotes: QuoteIndex | None = None) -> Span:
    """Return the mention of the speaker headed by `token`: a named person in it, else its phrase
    without any quote of `quotes` it holds."""
    doc = token.doc
    token = next((child for child in token.children if child.dep_ == "appos" and child.ent_type_ == "PERSON"), token)
    if token.ent_type_ == "PERSON" and not any(t.dep_ in ("conj", "cc") for t in token.subtree if t is not token):
        start = token.i
        while start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start - 1].ent_type_ == "PERSON":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        while start > 0 and doc[start - 1].text in lexicon.speaker_titles:
            start -= 1
        return doc[start:end]
    start, end = token.left_edge.i, token.right_edge.i + 1
    held = quotes.opening_between(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) if quotes else []
    for quote in held:
        if doc[start].idx <= quote.open_at < doc[end - 1].idx + len(doc[end - 1]):
            if quote.open_at > token.idx:
                end = min(end, bisect.bisect_left(doc, quote.open_at, start, end, key=_char))
            else:
                after = bisect.bisect_right(doc, quote.closed_or_end, start, end, key=_char)
                start = max(start, after if after < end else start)
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "case"):
        end -= 1
    while start < end - 1 and (doc[start].is_punct and doc[start].text not in "[" or doc[start].is_space
                               or doc[start].dep_ in ("advmod", "cc", "preconj") or doc[start].head.dep_ == "advmod"):
        start += 1
    return doc[start:end]


def is_person(token: Token, lexicon: QuoteLexicon) -> bool:
    """Return True when a subject token names or stands for one person: a PERSON name, 'he' or 'she',
    or a noun such as 'the officer'."""
    return (token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS
            or (token.tag_ == "NN" and token.lemma_.lower() in lexicon.person_nouns))


def _char(token: Token) -> int:
    return token.idx


def noun_cue_speaker(noun: Token) -> Token | None:
    """Return the speaker of a reporting noun: its possessor ('Russia’s criticisms of …'), or the
    subject of a light verb it is the object of ('Lavrov makes criticisms of …')."""
    possessor = next((child for child in noun.children if child.dep_ == "poss"), None)
    if possessor is not None:
        return possessor
    return subject_of(noun.head) if noun.dep_ == "dobj" else None


def subject_of(cue: Token) -> Token | None:
    """Return the subject (or passive agent) of a cue verb, looking up through `xcomp`, `conj` and `advcl`."""
    token = cue
    for _ in range(SUBJECT_SEARCH_DEPTH):
        for child in token.children:
            if child.dep_ == "nsubj":
                if child.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                    return token.head
                return child
            if child.dep_ == "agent":
                objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if token.dep_ in ("xcomp", "conj", "advcl") and token.head is not token:
            token = token.head
        else:
            return None
    return None
