"""Quotations and their speakers.

Two steps. `find_quote_marks` pairs quotation marks in the raw text, block by block, and
is forgiving: a wrong-way or missing closing mark affects only its own quote, and an
apostrophe is never taken for a closing single quote unless a single quote is open.
`iter_quotations` then reads the parsed `Doc` to find each quote's cue (a reporting verb
from `resources/quote_cues.csv`, 'according to', or a citation such as '(Coughlin 2023
135)') and speaker, decides its kind, and adds reported speech without marks (`indirect`).
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, NamedTuple, Sequence

from spacy.tokens import Doc, Span, Token

from analysis.config import RESOURCES_DIR
from analysis.nlp.entities import EntityMention
from analysis.errors import InputError
from analysis.corpus.sections import Block, doc_blocks
from analysis.nlp.sentences import Sentence, raw_text

KINDS = ("direct", "partial", "scare", "title", "indirect")
DOUBLE_OPEN, DOUBLE_CLOSE = "“„«", "”»"
SINGLE_OPEN, SINGLE_CLOSE = "‘‹", "’›"
STRAIGHT_DOUBLE, STRAIGHT_SINGLE = '"', "'"
OPENING_CONTEXT = "([{—–-/\"'" + DOUBLE_OPEN + SINGLE_OPEN
CLOSING_CONTEXT = ".,;:!?)]}—–-…\"'" + DOUBLE_CLOSE + SINGLE_CLOSE
CITATION = re.compile(r"\s*\(((?:[A-Z][\w’'.-]+)(?:(?: and | & )[A-Z][\w’'.-]+)?(?: et al\.?)?),? "
                      r"(\d{4}[a-z]?)(?:[,:]?\s*(?:p\.\s*)?\d+(?:[-–]\d+)?)?\)")
CITATION_AT_END = re.compile(CITATION.pattern + r"\W*$")
NO_QUOTE_SECTIONS = frozenset({"boilerplate"})
INDIRECT_SECTIONS = frozenset({"headline", "standfirst", "body", "comment"})
FIRST_PERSON = frozenset({"i", "we", "my", "our"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
STANCE_PREPOSITIONS = frozenset({"against", "for", "about"})
CUES_FILE = RESOURCES_DIR / "quote_cues.csv"
LEXICON_FILE = RESOURCES_DIR / "quote_lexicon.csv"


class QuoteMarks(NamedTuple):
    """A pair of quotation marks: `start`/`end` bound the quoted words, `open_at` and `close_at` the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    depth: int


class Quotation(NamedTuple):
    """A quotation or piece of reported speech; `text == raw[start:end]`."""

    quote_id: int
    sent_id: int
    section: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_name: str | None
    speaker_actor: str | None
    cue: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue_start: int | None
    cue_end: int | None


@dataclass(frozen=True)
class QuoteLexicon:
    """The editable word lists behind quotation extraction."""

    direct_cues: frozenset[str]
    indirect_cues: frozenset[str]
    noun_cues: frozenset[str]
    work_nouns: frozenset[str]
    speaker_titles: frozenset[str]
    expert_words: frozenset[str]


def read_quote_lexicon() -> QuoteLexicon:
    """Return the cue verbs and word lists. Raises InputError naming every bad row."""
    problems, direct, indirect, nouns, roles = [], set(), set(), set(), {"work_noun": set(), "speaker_title": set(),
                                                          "expert_word": set()}
    with CUES_FILE.open(encoding="utf-8", newline="") as handle:
        for line_no, row in enumerate(csv.DictReader(handle), start=2):
            if row["use"] not in ("both", "direct", "noun"):
                problems.append(f"{CUES_FILE.name} line {line_no} ('{row['cue']}'): use must be both, direct or noun")
                continue
            if row["use"] == "noun":
                nouns.add(row["cue"])
                continue
            direct.add(row["cue"])
            if row["use"] == "both":
                indirect.add(row["cue"])
    with LEXICON_FILE.open(encoding="utf-8", newline="") as handle:
        for line_no, row in enumerate(csv.DictReader(handle), start=2):
            if row["role"] not in roles:
                problems.append(f"{LEXICON_FILE.name} line {line_no} ('{row['term']}'): unknown role '{row['role']}'")
                continue
            roles[row["role"]].add(row["term"])
    if problems:
        raise InputError(problems)
    return QuoteLexicon(frozenset(direct), frozenset(indirect), frozenset(nouns), frozenset(roles["work_noun"]),
                        frozenset(roles["speaker_title"]), frozenset(roles["expert_word"]))


@lru_cache(maxsize=1)
def default_lexicon() -> QuoteLexicon:
    return read_quote_lexicon()


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in OPENING_CONTEXT


def _closes(text: str, i: int) -> bool:
    return i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in CLOSING_CONTEXT


def _mark_role(text: str, i: int, stack: list[tuple[str, int]]) -> str | None:
    """Return 'open', 'close' or None (an apostrophe or a stray mark) for the mark at `text[i]`."""
    char = text[i]
    family = "double" if char in DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE else "single"
    is_open = any(kind == family for kind, _ in stack)
    left, right = _opens(text, i), _closes(text, i)
    if char in DOUBLE_OPEN + SINGLE_OPEN:
        if is_open and right and (left or not text[i + 1:i + 2].isalnum()):
            return "close"
        return "open" if (left or not right) else None
    if char in DOUBLE_CLOSE:
        if is_open:
            return "close"
        return "open" if left and not right else None
    if char in SINGLE_CLOSE + STRAIGHT_SINGLE:
        if is_open and right and not left and not _plural_possessive(text, i):
            return "close"
        if char == STRAIGHT_SINGLE and left and not right:
            return "open"
        return None
    if is_open and (right or not left):
        return "close"
    return "open" if (left or not right) else None


def _plural_possessive(text: str, i: int) -> bool:
    """Return True for an apostrophe after a plural inside single quotes: ‘the rebels’ claims’ is one quote."""
    if text[i - 1:i] != "s" or not re.match(r"\s+[a-z]", text[i + 1:]):
        return False
    rest = text[i + 1:]
    later = re.search(r"\S[’'](?![\w])", rest)
    return later is not None and "‘" not in rest[:later.start()]


def find_quote_marks(text: str, blocks: Sequence[tuple[int, int]]) -> list[QuoteMarks]:
    """Return the quotes of `text`, given block spans `(start, end)`, in order of their opening mark.

    A double quote left open at the end of a block continues into the next block when
    that block opens with a double mark (the multi-paragraph convention); otherwise it
    ends with its block (only the outermost of several open quotes is kept). A single quote
    left open is dropped: its mark was an apostrophe.
    """
    quotes: list[QuoteMarks] = []
    stack: list[tuple[str, int]] = []
    marks = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_DOUBLE + STRAIGHT_SINGLE
    for index, (block_start, block_end) in enumerate(blocks):
        block = text[block_start:block_end]
        skip = -1
        if stack and block[:1] in DOUBLE_OPEN + STRAIGHT_DOUBLE:
            skip = 0
        for i, char in enumerate(block):
            if char not in marks or i == skip:
                continue
            role = _mark_role(block, i, stack)
            family = "double" if char in DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE else "single"
            if role == "open":
                stack.append((family, block_start + i))
            elif role == "close":
                while stack:
                    kind, opened_at = stack.pop()
                    if kind == family:
                        quotes.append(_quote(text, opened_at, block_start + i, len(stack)))
                        break
        next_block = blocks[index + 1] if index + 1 < len(blocks) else None
        continues = next_block is not None and text[next_block[0]:next_block[0] + 1] in DOUBLE_OPEN + STRAIGHT_DOUBLE
        if not (continues and any(kind == "double" for kind, _ in stack)):
            outermost = next(((opened_at, depth) for depth, (kind, opened_at) in enumerate(stack) if kind == "double"), None)
            if outermost is not None:
                quotes.append(_quote(text, outermost[0], None, outermost[1], end=block_end))
            stack.clear()
    words = [q for q in quotes if any(char.isalnum() for char in text[q.start:q.end])]
    return sorted(words, key=lambda q: (q.open_at, q.depth))


def _quote(text: str, open_at: int, close_at: int | None, depth: int, *, end: int | None = None) -> QuoteMarks:
    start, stop = open_at + 1, close_at if close_at is not None else end
    content = text[start:stop]
    start += len(content) - len(content.lstrip())
    stop -= len(content) - len(content.rstrip())
    return QuoteMarks(start, max(start, stop), open_at, close_at, depth)


def _surname(name: str) -> str:
    """Return the last word of a name without a hyphenated particle ('al-Assad' → 'Assad')."""
    return name.split()[-1].split("-")[-1] if name.split() else name


class _Attribution(NamedTuple):
    speaker: Span | None
    cue: str
    cue_start: int
    cue_end: int
    speaker_text: str | None = None


class _Resolver:
    """Names for speakers: pronouns resolve to the last matching subject; short names to the longest form."""

    def __init__(self, doc: Doc, entities: Sequence[EntityMention], author: str):
        self.author = author or None
        self.entities = entities
        self.entity_starts = [mention.start for mention in entities]
        persons = [m.text.strip("[]") for m in entities if m.label == "PERSON"] + ([author] if author else [])
        self.longest: dict[str, str] = {}
        self.by_first_name: dict[str, str] = {}
        for name in persons:
            last = _surname(name)
            if len(name) > len(self.longest.get(last, "")):
                self.longest[last] = name
            if len(name.split()) > 1 and len(name) > len(self.by_first_name.get(name.split()[0], "")):
                self.by_first_name[name.split()[0]] = name
        self.subjects: dict[str, list[tuple[int, str]]] = {"person": [], "thing": [], "plural": []}
        for token in doc:
            if token.dep_ not in SUBJECT_DEPS or token.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
                continue
            mention = self.mention_at(token.idx)
            if mention is not None and mention.label == "PERSON":
                self.subjects["person"].append((token.idx, self.full_name(mention.text)))
            elif mention is not None and mention.label in ("GPE", "ORG", "NORP") and token.tag_ in ("NNP", "NN"):
                self.subjects["thing"].append((token.idx, mention.text))
            elif token.tag_ in ("NNS", "NNPS") or any(child.dep_ == "conj" for child in token.children):
                phrase = doc[token.left_edge.i:token.right_edge.i + 1]
                self.subjects["plural"].append((token.idx, phrase.text))

    def mention_at(self, char: int) -> EntityMention | None:
        i = bisect.bisect_right(self.entity_starts, char) - 1
        if i >= 0 and self.entities[i].start <= char < self.entities[i].end:
            return self.entities[i]
        return None

    def full_name(self, name: str) -> str:
        name = name.strip("[]")
        if not name:
            return name
        candidates = [name, self.longest.get(_surname(name), name)]
        if len(name.split()) == 1:
            candidates.append(self.by_first_name.get(name, name))
        return max(candidates, key=len)

    def pronoun(self, token: Token) -> str | None:
        word = token.lower_
        if word in FIRST_PERSON:
            return self.author
        group = "person" if word in PERSON_PRONOUNS else "thing" if word in THING_PRONOUNS else "plural"
        subjects = self.subjects[group]
        index = bisect.bisect_left(subjects, (token.idx, ""))
        return subjects[index - 1][1] if index else None

    def name_and_actor(self, speaker: Span) -> tuple[str | None, str | None]:
        """Return the resolved name and gazetteer actor of a speaker mention."""
        if len(speaker) == 1 and speaker[0].pos_ == "PRON":
            if speaker[0].lower_ not in FIRST_PERSON | PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
                return None, None
            name = self.pronoun(speaker[0])
            actor = next((m.actor for m in self.entities if m.actor and name and m.text == name.split()[-1]), None)
            return name, actor
        first = bisect.bisect_left(self.entity_starts, speaker.start_char)
        last = bisect.bisect_left(self.entity_starts, speaker.end_char)
        mentions = list(self.entities[first:last])
        persons = [m for m in mentions if m.label == "PERSON"]
        actor = next((m.actor for m in mentions if m.actor), None)
        head = speaker.root
        if len(persons) == 1 and persons[0].start <= head.idx < persons[0].end:
            return self.full_name(persons[0].text), actor
        named_head = head.pos_ == "PROPN" or any(m.start <= head.idx < m.end for m in mentions)
        named_modifier = any(child.dep_ == "compound" and child.ent_type_ for child in head.children)
        if named_head or named_modifier:
            return self.full_name(speaker.text.replace("[", "").replace("]", "")) if len(speaker) == 1 else \
                speaker.text.replace("[", "").replace("]", ""), actor
        return None, actor


def _speaker_span(token: Token, lexicon: QuoteLexicon, quotes: Sequence[QuoteMarks]) -> Span:
    """Return the mention of the speaker headed by `token`: a named person in it, else its phrase."""
    doc = token.doc
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            token = child
            break
    coordinated = any(t.dep_ in ("conj", "cc") for t in token.subtree if t is not token)
    if token.ent_type_ == "PERSON" and not coordinated:
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
    for quote in quotes:
        if doc[start].idx <= quote.open_at < doc[end - 1].idx + len(doc[end - 1]):
            if quote.open_at > token.idx:
                end = min(end, next(t.i for t in doc[start:end] if t.idx >= quote.open_at))
            else:
                start = max(start, next(t.i for t in doc[start:end] if t.idx > (quote.close_at or quote.end)))
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "case"):
        end -= 1
    while start < end - 1 and (doc[start].is_punct and doc[start].text not in "[" or doc[start].is_space
                               or doc[start].dep_ in ("advmod", "cc", "preconj") or doc[start].head.dep_ == "advmod"):
        start += 1
    return doc[start:end]


def _noun_cue_speaker(noun: Token) -> Token | None:
    """Return the speaker of a reporting noun: its possessor ('Russia’s criticisms of …'), or the
    subject of a light verb it is the object of ('Lavrov makes criticisms of …')."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if noun.dep_ == "dobj":
        return _subject_of(noun.head)
    return None


def _subject_of(cue: Token) -> Token | None:
    """Return the subject (or passive agent) of a cue verb, looking up through `xcomp` and `conj`."""
    token = cue
    for _ in range(3):
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


def _in_quote(char: int, quotes: Sequence[QuoteMarks]) -> bool:
    return any(q.open_at <= char <= (q.close_at if q.close_at is not None else q.end) for q in quotes)


def _attribute(doc: Doc, quote: QuoteMarks, quotes: Sequence[QuoteMarks], lexicon: QuoteLexicon) -> _Attribution | None:
    """Return the cue and speaker of a marked quote, or None if nothing attributes it."""
    close_at = quote.close_at if quote.close_at is not None else quote.end
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    inside = list(content) if content is not None else []
    if not inside:
        return None
    return (_attribute_by_cue(doc, quote, quotes, lexicon, inside, close_at)
            or _attribute_by_citation(doc, quote, inside, close_at))


def _citation_attribution(doc: Doc, match: re.Match) -> _Attribution:
    """Return the attribution of a citation `match` made on the whole raw text."""
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
    end = match.start() + match.group(0).rfind(")") + 1
    return _Attribution(span, "cite", start, end, match.group(1))


def _attribute_by_citation(doc: Doc, quote: QuoteMarks, inside: list[Token], close_at: int) -> _Attribution | None:
    """Attribute a quote to a citation right after it, or at the end of its sentence: '(Coughlin 2023 135)'."""
    if quote.close_at is not None:
        match = CITATION.match(raw_text(doc), close_at + 1)
        if match:
            return _citation_attribution(doc, match)
    match = CITATION_AT_END.search(raw_text(doc), close_at + 1, inside[-1].sent.end_char)
    return _citation_attribution(doc, match) if match else None


def _attribute_by_cue(doc: Doc, quote: QuoteMarks, quotes: Sequence[QuoteMarks], lexicon: QuoteLexicon,
                      inside: list[Token], close_at: int) -> _Attribution | None:
    """Attribute a quote to the subject of a reporting verb (or noun) whose clause holds it, or to
    'according to X'; a quote after a colon takes any cue before the colon."""
    sent = inside[0].sent
    last_sent = inside[-1].sent
    parent = next((q for q in quotes if q.depth == quote.depth - 1 and q.start <= quote.start and quote.end <= q.end), None)
    others = [q for q in quotes if q is not quote and q.depth == quote.depth]

    def usable(token: Token) -> bool:
        if not (sent.start <= token.i < last_sent.end) or quote.open_at <= token.idx <= close_at:
            return False
        if parent is not None and not (parent.start <= token.idx < parent.end):
            return False
        return not _in_quote(token.idx, others)

    inside_ids = {t.i for t in inside}
    governors = set(inside_ids)
    for token in inside:
        head = token.head
        while head.i not in governors:
            governors.add(head.i)
            if head.head is head:
                break
            head = head.head
    after_colon = raw_text(doc)[max(0, quote.open_at - 20):quote.open_at].rstrip().endswith(":")
    candidates = []
    for token in doc[sent.start:last_sent.end]:
        if not usable(token):
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            scope = token.head
            objects = [t for t in doc[token.i + 1].children if t.dep_ == "pobj"]
            if objects and scope.i in governors:
                candidates.append((abs(token.idx - quote.open_at), token, objects[0], "according to", 2))
            continue
        if token.pos_ == "NOUN" and token.lemma_ in lexicon.noun_cues:
            subject = _noun_cue_speaker(token)
            if subject is not None and token.i in governors:
                candidates.append((abs(token.idx - quote.open_at), token, subject, token.lemma_, 1))
            continue
        if token.lemma_ not in lexicon.direct_cues or token.pos_ not in ("VERB", "AUX"):
            continue
        as_clause = any(child.dep_ == "mark" and child.lower_ == "as" for child in token.children)
        scope = token.head if as_clause else token
        linked = scope.i in governors or (after_colon and token.idx < quote.open_at)
        if linked:
            subject = _subject_of(token)
            if subject is not None and not usable(subject):
                subject = None
            candidates.append((abs(token.idx - quote.open_at), token, subject, token.lemma_, 1))
    if not candidates:
        return None
    _, cue, subject, lemma, length = min(candidates, key=lambda c: c[0])
    cue_end = doc[cue.i + length - 1]
    speaker = _speaker_span(subject, lexicon, quotes) if subject is not None else None
    return _Attribution(speaker, lemma, cue.idx, cue_end.idx + len(cue_end))


def _stands_alone(doc: Doc, quote: QuoteMarks) -> bool:
    """Return True when the quoted words read as the speaker's own sentence, not a fragment of the author's."""
    content = raw_text(doc)[quote.start:quote.end].lstrip("[")
    return bool(content[:1]) and (content[0].isupper() or content[0].isdigit() or raw_text(doc)[quote.start] == "[")


def _is_title(doc: Doc, quote: QuoteMarks, section: str, lexicon: QuoteLexicon) -> bool:
    if section == "references" and quote.depth == 0:
        return True
    before = raw_text(doc)[max(0, quote.open_at - 40):quote.open_at]
    words = re.findall(r"[\w-]+", before)[-3:]
    return any(word in lexicon.work_nouns for word in words)


def _inferred(cue: Token) -> bool:
    """Return True for the author's inference rather than reported speech: 'appears to acknowledge',
    'it is telling that'."""
    if cue.dep_ == "xcomp" and cue.head.lemma_ in ("appear", "seem"):
        return True
    return cue.tag_ == "VBG" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cue.children)


def _reported_range(doc: Doc, token: Token, lexicon: QuoteLexicon) -> tuple[int, int, Token | None, int]:
    """Return the token range `[start, end)` of the reported words, the speaker's head token and the
    cue's length for a cue candidate; an empty range when `token` reports nothing."""
    nothing = (0, 0, None, 1)
    if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        objects = [t for t in doc[token.i + 1].children if t.dep_ == "pobj"]
        if objects and token.i < token.head.i:
            return objects[0].right_edge.i + 1, token.sent.end, objects[0], 2
        return nothing
    if token.lemma_ not in lexicon.indirect_cues or token.pos_ not in ("VERB", "AUX") or _inferred(token):
        return nothing
    subject = _subject_of(token)
    complements = [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
    if complements:
        return max(complements[0].left_edge.i, token.i + 1), token.right_edge.i + 1, subject, 1
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children) and token.head is not token:
        return token.right_edge.i + 1, token.head.right_edge.i + 1, subject, 1
    stances = [c for c in token.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPOSITIONS and c.i > token.i]
    if stances:
        return stances[0].left_edge.i, stances[0].right_edge.i + 1, subject, 1
    return nothing


def _indirect(doc: Doc, sentences: Sequence[Sentence], quotes: Sequence[QuoteMarks],
              lexicon: QuoteLexicon) -> Iterator[tuple[int, int, _Attribution]]:
    """Yield `(start, end, attribution)` for reported speech without marks: a reporting verb with a
    clause ('X said that …', 'As X has reported, …') or a stance ('X argues against …'),
    'according to X, …', or a paraphrase closed by a citation ('… (Due-Gundersen 2022 123).')."""
    for sentence in sentences:
        if sentence.section not in INDIRECT_SECTIONS:
            continue
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        for token in span:
            first, last, subject, cue_length = _reported_range(doc, token, lexicon)
            last = min(last, span.end)
            while first < last and (doc[first].is_punct or doc[first].dep_ == "mark" and doc[first].lower_ == "that"):
                first += 1
            while first < last and doc[last - 1].is_punct and doc[last - 1].text not in "”’\"'":
                last -= 1
            if last - first < 3 or subject is None:
                continue
            start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
            outside = [q for q in quotes if not q.start <= token.idx < q.end]
            level = len(quotes) - len(outside)
            quoted = sum(max(0, min(end, q.end) - max(start, q.start)) for q in outside if q.depth == level)
            if quoted > (end - start) / 2 or _in_quote(subject.idx, outside):
                continue
            cue_last = doc[token.i + cue_length - 1]
            yield start, end, _Attribution(_speaker_span(subject, lexicon, quotes),
                                           "according to" if cue_length == 2 else token.lemma_,
                                           token.idx, cue_last.idx + len(cue_last))
        yield from _cited_paraphrase(doc, sentence, quotes)


def _cited_paraphrase(doc: Doc, sentence: Sentence, quotes: Sequence[QuoteMarks]) -> Iterator[tuple[int, int, _Attribution]]:
    match = CITATION_AT_END.search(raw_text(doc), sentence.start, sentence.end)
    if not match or any(sentence.start <= q.open_at < match.start() for q in quotes):
        return
    body = raw_text(doc)[sentence.start:match.start()]
    offset = body.rfind(": ") + 2 if ": " in body else 0
    content = body[offset:]
    start = sentence.start + offset + len(content) - len(content.lstrip())
    end = sentence.start + len(body.rstrip())
    if end - start > 10:
        yield start, end, _citation_attribution(doc, match)


def _block_quote_attribution(doc: Doc, quote: QuoteMarks, blocks: Sequence[Block],
                             lexicon: QuoteLexicon) -> _Attribution | None:
    """Attribute a quote that opens its block to the subject of the last verb of the previous block
    when that block introduces it with a colon ('The office sent this statement:')."""
    index = _index_at(blocks, quote.open_at)
    if index == 0 or quote.open_at != blocks[index].start or not blocks[index - 1].text.endswith(":"):
        return None
    last = doc.char_span(blocks[index - 1].start, blocks[index - 1].end, alignment_mode="expand")[-1]
    verb = next((token for token in reversed(last.sent) if token.pos_ == "VERB"), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None
    if subject is None:
        return None
    return _Attribution(_speaker_span(subject, lexicon, []), verb.lemma_, verb.idx, verb.idx + len(verb))


def iter_quotations(doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention], *,
                    author: str = "", lexicon: QuoteLexicon | None = None) -> Iterator[Quotation]:
    """Yield the quotations of `doc` in text order, marked quotes and reported speech alike.

    Quote marks are paired within the blocks stored on `doc` (see `set_blocks`); `author`
    resolves first-person speakers ('As I mention …') to the document's author.
    """
    blocks = doc_blocks(doc)
    lexicon = lexicon or default_lexicon()
    resolver = _Resolver(doc, entities, author)
    quotes = [q for q in find_quote_marks(raw_text(doc), [(b.start, b.end) for b in blocks])
              if blocks[_index_at(blocks, q.open_at)].section not in NO_QUOTE_SECTIONS]
    sentence_starts = [s.start for s in sentences]
    found: list[tuple[int, int, str, _Attribution | None]] = []
    previous: tuple[QuoteMarks, _Attribution] | None = None
    for quote in quotes:
        section = blocks[_index_at(blocks, quote.open_at)].section
        if _is_title(doc, quote, section, lexicon):
            found.append((quote.start, quote.end, "title", None))
            continue
        attribution = _attribute(doc, quote, quotes, lexicon) or _block_quote_attribution(doc, quote, blocks, lexicon)
        if attribution is None and previous is not None:
            attribution = _continuation(doc, quote, previous, blocks, sentences, sentence_starts)
        if attribution is not None and attribution.speaker is not None:
            kind = "direct" if _stands_alone(doc, quote) else "partial"
            if kind == "direct" and quote.depth == 0:
                previous = (quote, attribution)
        else:
            kind, attribution = "scare", None
        found.append((quote.start, quote.end, kind, attribution))
    spans = {(start, end) for start, end, _, _ in found}
    for start, end, attribution in _indirect(doc, sentences, quotes, lexicon):
        if (start, end) not in spans:
            spans.add((start, end))
            found.append((start, end, "indirect", attribution))
    found.sort(key=lambda item: (item[0], -item[1]))
    for quote_id, (start, end, kind, attribution) in enumerate(found):
        sentence = sentences[max(0, bisect.bisect_right(sentence_starts, start - 1) - 1)]
        speaker = attribution.speaker if attribution else None
        name, actor = resolver.name_and_actor(speaker) if speaker is not None else (None, None)
        speaker_text = (attribution.speaker_text or speaker.text) if speaker is not None else None
        if attribution is not None and attribution.cue == "cite":
            name = resolver.full_name(speaker_text)
        yield Quotation(quote_id, sentence.sent_id, sentence.section, start, end, raw_text(doc)[start:end], kind,
                        speaker_text, name, actor, attribution.cue if attribution else None,
                        speaker.start_char if speaker is not None else None,
                        speaker.end_char if speaker is not None else None,
                        attribution.cue_start if attribution else None,
                        attribution.cue_end if attribution else None)


def _index_at(blocks: Sequence[Block], char: int) -> int:
    return max(0, bisect.bisect_right([b.start for b in blocks], char) - 1)


def _continuation(doc: Doc, quote: QuoteMarks, previous: tuple[QuoteMarks, _Attribution], blocks: Sequence[Block],
                  sentences: Sequence[Sentence], sentence_starts: list[int]) -> _Attribution | None:
    """Return the previous quote's attribution when `quote` continues it: a new sentence of quoted
    words in the same paragraph, right after the attributed quote's sentence."""
    earlier, attribution = previous
    if _index_at(blocks, earlier.open_at) != _index_at(blocks, quote.open_at) or not _stands_alone(doc, quote):
        return None
    sentence = sentences[max(0, bisect.bisect_right(sentence_starts, quote.open_at) - 1)]
    between = raw_text(doc)[max(attribution.cue_end, earlier.close_at or earlier.end) + 1:quote.open_at]
    if sentence.start == quote.open_at and len(between) < 120 and not _in_quote(sentence.start - 1, [earlier]):
        return attribution
    return None
