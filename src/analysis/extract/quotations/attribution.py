"""Attribution of quotes in marks: a cue in the quote's clause, 'according to X' or 'in the words of X', a
citation after it, a colon-ended paragraph before it (or the note its reference points to), a colon after a clause
about a person or a name label, a source or credit line by it, the sentence beside a quoted sentence of its own, or
the attributed quote it continues."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Collection, NamedTuple, Sequence

import numpy as np
from spacy.tokens import Doc, Span, Token

from analysis.corpus.sections import Block
from analysis.extract.quotations.lexicon import QuoteLexicon, default_lexicon
from analysis.extract.quotations.index import NO_QUOTE, QuoteIndex
from analysis.extract.quotations.kinds import FINITE_TAGS, reads_as_sentence, stands_alone
from analysis.extract.quotations.marks import ALL_MARKS, QuoteMarks, in_quote
from analysis.extract.quotations.names import NOT_BODY_LABELS
from analysis.extract.quotations.speakers import (FIRST_PERSON, ONE_OF_A_GROUP, ORGANISATION_HEADS, PARAGRAPH_LABEL,
                                                  PERSON_PRONOUNS,
                                                  PLACE_LABELS, PLACE_PREPOSITIONS, PLURAL_PRONOUNS, SECOND_PERSON,
                                                  SIGNATURE, SUBJECT_DEPS, can_speak, cited_source, in_spans,
                                                  is_named_place, is_person, is_possessor, is_speech_noun, label_name,
                                                  label_name_span, nearest_subject, noun_cue_speaker, opening_as,
                                                  paragraph_label_match, relays,
                                                  reporting_tag, source_of_statement, speaker_span, subject_of,
                                                  viewpoint_holder)
from analysis.nlp.arrays import ParseArrays
from analysis.nlp.sentences import Sentence, raw_text

CITATION = re.compile(r"\s*\(((?:[A-Z][\w’'.-]+)(?:(?: and | & )[A-Z][\w’'.-]+)?(?: et al\.?)?),? "
                      r"(\d{4}[a-z]?)(?:[,:]?\s*(?:p\.\s*)?\d+(?:[-–]\d+)?)?\)")
CITATION_AT_END = re.compile(CITATION.pattern + r"\W*$")
# The first-person subjects that can open a contact clause ("an official I spoke to", "a pilot we met").
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
NARRATIVE_WINDOW_CHARS = 200
SENTENCE_END = re.compile(r"[.!?…]\s+(?=[A-Z“‘\"'«])")
# Where a clause of its own starts inside a long tag: a sentence end, a semicolon, a colon with words after it.
CLAUSE_BREAK = re.compile(SENTENCE_END.pattern + r"|;|:\s+\w")
# An author cited in the running text: 'Lind and Sokol (2021, p. 14)', 'Marr (2019)'.
NARRATIVE_CITATION = re.compile(r"\b([A-Z][\w’'-]+(?:(?: and | & )[A-Z][\w’'-]+)?(?: et al\.?)?) "
                                r"\((\d{4}[a-z]?)(?:[,:]?\s*(?:p\.\s*)?\d+(?:[-–]\d+)?)?\)")
CONTINUATION_MAX_GAP_CHARS = 120
ACCORDING_TO_LENGTH = 2
CUE_WINDOW_TOKENS = 80
SENTENCE_CLOSE = ".!?…"
INNER_CLOSING_MARKS = "’'\"”»›"
# A headline's speaker before a colon: a few words with no quote mark or colon ('Port official: …').
HEADLINE_LABEL = re.compile(r"(?P<label>[^\s:“”\"‘’«»][^:“”\"‘’«»\n]{1,60}?): ")
HEADLINE_LABEL_MAX_WORDS = 5
HEADLINE_MAX_WORDS = 20
# Where the speaker a headline names after its quote ends (or at a finite verb): '“…”: a retired pilot on the
# strike', '…, who …'.
HEADLINE_PHRASE_ENDS = frozenset({"ADP", "PUNCT", "SCONJ", "CCONJ", "PRON"})
# Entity labels of names that can speak: a person's or a body's.
SPEAKING_LABELS = frozenset({"PERSON", "ORG"})
SPEAKING_PRONOUNS = FIRST_PERSON | PERSON_PRONOUNS
# The pronouns that may be the subject of a reporting clause set after its quote ("«…», she analyses").
TAG_PRONOUNS = SPEAKING_PRONOUNS | PLURAL_PRONOUNS
ADDRESSEE_PREPOSITIONS = frozenset({"to", "with"})
# Verbs whose 'to' marks what they name, not whom they address ('refer to the plan as', 'refer to “…”').
NAMING_BY_TO = frozenset({"refer"})
# Verbs by which someone glosses words of their own ('what she means by “…”'); with a subject that is no person they
# say what a thing entails ('which means the “…”', 'what the policy meant'), and quote no one.
GLOSSING_CUES = frozenset({"mean"})
GLOSSING_PRONOUNS = FIRST_PERSON | SECOND_PERSON | frozenset({"they"})
# Reporting verbs of the cue list that state a belief, not words ('X believes that …'): with the verbs of thought, no
# report inside a report they make keeps the quote over the cue that reports it (see `_says_it_in_a_that_clause`).
BELIEF_CUES = frozenset({"believe"})
# Prepositions by which a verb of communication names its topic ('write about', 'agree on', 'mean by').
TOPIC_PREPOSITIONS = frozenset({"about", "on", "by"})
# Statement nouns whose 'of' names what the statement tells of, not its words ('her account of the siege').
TOPIC_OF_NOUNS = frozenset({"account", "evidence", "testimony"})
TOPIC_OF_NOUN_PREPOSITIONS = TOPIC_PREPOSITIONS | {"of"}
# The person a cue such as 'tell' or 'assure' is said to, as its object ('told me', 'assured the crew').
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
MODIFIER_MAX_WORDS = 2
# How a modifier term's verb hangs in the clause a reporting verb reports: its complement, a verb coordinated with it,
# or the infinitive that completes it ('said Moscow would try hard to stop a “…” win').
CLAUSE_CLIMB_DEPS = frozenset({"ccomp", "conj", "xcomp"})
INVERTED_SUBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "npadvmod", "dative"})
# Words with which a sentence opens that points back at the quotation before it ('So said …', 'Those were …').
POINTING_BACK = frozenset({"so", "thus", "that", "this", "those", "these", "such"})
POINTING_BACK_REACH = 2
LABEL_MIN_CHARS = 2
# Words that may stand between the 'as' of a characterizing verb and its quoted term ('as one of the “…”').
AS_MAX_WORDS = 3
# The 'as' right before a quote's opening mark, with at most `AS_MAX_WORDS` words between.
AS_BEFORE_QUOTE = re.compile(rf"\bas(?:\s+[^\s.!?…]+){{0,{AS_MAX_WORDS}}}\s*$")
# Prepositions by which a participle names who characterizes ('described by critics as', 'in the press', 'to fans').
AS_SOURCE_PREPOSITIONS = frozenset({"by", "in", "to"})
# The words after a quote that a reporting clause set after it is read in (see `tag_attribution`).
TAG_MAX_TOKENS = 6
# What closes a quoted sentence inside its marks when a reporting clause follows it ('“…,” she said', '“…?” he asked').
CLOSING_TAG_MARKS = frozenset({",", "?", "!"})
# Verbs that link a subject to a state and report no words: 'be', 'have' and the copulas ('“…,” remains the line').
NON_REPORTING_LEMMAS = frozenset({"be", "have", "remain", "seem", "become", "stay", "appear"})
# What lies between the halves of a quote its cue splits: ', she added, ' (no sentence ends there).
SPLITTING_CLAUSE = re.compile(r"\s*[,;:–—-]?[^.!?\n\"“”‘’«»]{1,80}?[,:–—-]\s*")
# A line naming a quote's source under it: a dash, or a 'Source:' label, then the source up to a comma or a bracket.
SOURCE_LINE_MAX_CHARS = 120
# A line of a timed transcript that times a cue ('2:51', '00:04:52,500 --> 00:04:55,250'), and the number of a
# subtitle cue, which counts only on the line over its timecode (the .srt shape), else it may be a year or a heading.
TIMECODE = r"\d{1,2}(?::\d{2}){1,2}(?:[,.]\d{1,3})?"
TIMING_LINE = re.compile(rf"\[?{TIMECODE}\]?(?: --> {TIMECODE})?")
CUE_NUMBER = re.compile(r"\d{1,4}")
# A post's header line over it: the writer's name (perhaps with a gloss in brackets), then fields set off by a middle
# dot, a bar or a bullet ('Jane Roe (The Harbour) · 12,000 followers · 3 May, 09:14', 'jroe | 2 h').
HEADER_LINE = re.compile(r"(?P<name>[^\W\d_][^·|•\n()]{0,60}?)(?:\s*\([^()\n]{1,60}\))?\s+[·|•]\s+\S[^\n]*")
# A credit line by a quote that fills its paragraph, naming who said it: a name, each word capitalised, perhaps after
# a title, then perhaps a comma and a role, a place or an outlet ('Jane Roe, The Harbour Review', 'Ivo Marr, retired
# teacher, Velm'), and no sentence (it ends on no stop or colon). Blurbs on a book's page and pull quotes set it right
# under the words they credit, with no blank line between; exhibition labels, audio guides and testimony collections
# caption a witness over the words, as a name with its role (`credit_attribution`). A name starts on any capital
# letter, not only ASCII ones (`_credit` checks the case).
CREDIT_LINE = re.compile(r"(?P<name>(?:(?P<title>Dr|Prof|Mr|Mrs|Ms)\.? )?[^\W\d_][\w’'.-]*(?: [^\W\d_][\w’'.-]*){0,3})"
                         r"(?P<role>, [^\n]{1,80})?")
CREDIT_LINE_ENDS = ".:!?…;"
# A note reference in brackets and the colon that closes a paragraph introducing a block quotation ('… he argued
# [1]:'), and the author a note names at its start, in normal order, before a comma ('[1] Jane Roe, “…”').
NOTE_REFERENCE = re.compile(r"\[(?P<number>\d{1,3})\]:\s*$")
NOTE_AUTHOR = re.compile(r"(?P<name>[^\W\d_][\w’'.-]*(?: [^\W\d_][\w’'.-]*){0,3}),")
# A quotation's source line as dictionaries of quotations, anthologies and epigraphs set it under the words: the
# author's name, the life dates in brackets, then a description and the work ('Jane Roe (born 1950), Irish poet, The
# Harbour (1999)', 'Ivo Marr (1901–1977), …'; the Oxford Dictionary of Quotations' form of a source). Life dates
# follow only a person's name, so the line credits the quote over it also past a blank line, however long it runs.
LIFE_DATES_CREDIT = re.compile(r"(?P<name>[^\W\d_][\w’'.-]*(?: [^\W\d_][\w’'.-]*){0,3}) "
                               r"\((?:born |b\. ?|c\. ?)?1?\d{3}(?: ?[–-] ?(?:1?\d{3}|\d{2}))?\),")
# Parts of speech that a name on a credit line holds none of, as a heading's words do ('A Long Goodbye').
FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART"})
SOURCE_LINE = re.compile(r"(?:[—–-]+ ?|(?:Source|Claim source|Claimed by|Made by|Said by|Posted by|Attributed to)"
                         r": )(?P<source>[^\s,—–(][^,\n(]{0,80}?)(?:[,(][^\n]*)?")

# The words an amendment puts in, as standing orders, minutes and marshalled lists word one: after 'insert' or
# 'substitute' ('leave out “a” and insert “b”', 'delete the words ‘a’ and insert ‘b’', 'at end insert “c”'), or after
# 'with' once 'replace' has named the words that come out, in quotation marks closed before 'with' ('replace “a”
# with “b”'); an apostrophe inside a word opens no quote ('replace Roe's ships with “…”' names no words).
INSERTED_WORDING = re.compile(r"(?:\b(?P<put>insert|substitute)|\b(?P<replace>replace)\b[^\n]*?(?<!\w)"
                              r"(?:“[^“”\n]+”|‘[^‘\n]+?’(?!\w)|\"[^\"\n]+\"|'[^'\n]+?'(?!\w))[^\n]*?\bwith)\s*$",
                              re.IGNORECASE)
# The word an `INSERTED_WORDING` match ends on, before the spaces up to the quote: tried first, on the line's last
# characters only (see `amendment_attribution`, whose window is the longest of these words). A word added to
# `INSERTED_WORDING`'s endings must be added here too.
INSERTED_WORDING_END = re.compile(r"(?:insert|substitute|with)$", re.IGNORECASE)

# A quote's source set after it on its line, in brackets or after a dash, up to a comma, a semicolon or a bracket, as
# handouts, slides and survey reports credit a quotation: '“…” (Jane Roe, The Harbour Years, 2020)', '“…” (retired
# pilot, 61, Leeds)', '“…” – Jane Roe (2018)'. A source holds no digit: '(Roe 2019: 12)' is a citation; after a dash
# it is a name, each word capitalised: '“…” – that was the message from …' goes on with the writer's sentence.
TRAILING_SOURCE = re.compile(r"[.,]?\s*(?:(?P<bracket>\()(?P<bracketed>[^\W\d_][^(),;:\n\d]{0,60})"
                             r"(?:[,;][^()\n]*)?\)"
                             r"|(?P<dash>[—–]) ?(?P<dashed>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})"
                             r"(?:,[^\n]*|\s*\([^()\n]*\))?)\.?")


class Attribution(NamedTuple):
    """Who a quote is attributed to (`speaker`, a mention, or None) and the cue that says so."""

    speaker: Span | None
    cue: str
    cue_start: int
    cue_end: int
    speaker_text: str | None = None


class _Candidate(NamedTuple):
    distance: int
    cue: Token
    subject: Token | None
    lemma: str
    length: int


def according_to_object(doc: Doc, token: Token) -> Token | None:
    """Return the object of 'according to' when `token` is its 'according', else None."""
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    return next((t for t in doc[token.i + 1].children if t.dep_ == "pobj"), None)


def in_the_words_of(doc: Doc, token: Token, *, wording: Collection[str] = ("words",)) -> Token | None:
    """Return X of 'in the words of X' or 'in X's words' when `token` is its 'words', or another noun of `wording`
    ('in X's phrase', 'in the formula of X'), else None."""
    if not (token.lower_ in wording or token.lemma_ in wording) or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    of = next((child for child in token.children if child.dep_ == "prep" and child.lower_ == "of"), None)
    possessor = next((child for child in token.children if child.dep_ == "poss"), None)
    return next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else possessor


def is_according_to(doc: Doc, token: Token) -> bool:
    """Return True when `token` is the 'according' of 'according to'."""
    return token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"


class QuoteContext(NamedTuple):
    """What attribution reads besides the quote itself, each built once per document."""

    doc: Doc
    quotes: QuoteIndex
    lexicon: QuoteLexicon
    silent: Sequence[tuple[int, int]]
    sentence_starts: Sequence[int]
    cue_tokens: Sequence[int]
    colons: Sequence[int]
    citations: dict[int, re.Match | None]
    parse: ParseArrays
    contents: dict[tuple[int, int], Span | None]  # see `content`

    def content(self, quote: QuoteMarks) -> Span | None:
        """Return the tokens of a quote's words, as `char_span` expands them (None outside the text), made once per
        quote."""
        key = (quote.start, quote.end)
        if key not in self.contents:
            self.contents[key] = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        return self.contents[key]

    def sentence(self, i: int) -> tuple[int, int]:
        """Return the token range `(start, end)` of the parser's sentence holding token `i`."""
        k = bisect.bisect_right(self.sentence_starts, i) - 1
        end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.doc)
        return self.sentence_starts[k], end


def quote_context(doc: Doc, quotes: Sequence[QuoteMarks], lexicon: QuoteLexicon, *,
                  silent: Sequence[tuple[int, int]] = (), parse: ParseArrays | None = None) -> QuoteContext:
    """Return the context for attributing `quotes` in `doc`; no speaker comes from the `silent` spans (`parse`: the
    Doc's `ParseArrays`, read if not given)."""
    parse = parse if parse is not None else ParseArrays(doc)
    return QuoteContext(doc=doc, quotes=QuoteIndex(quotes), lexicon=lexicon, silent=silent,
                        sentence_starts=_running_sentence_starts(doc, quotes, parse),
                        cue_tokens=[i for i in _cue_candidates(parse, lexicon) if _may_cue(doc, doc[i], lexicon)],
                        colons=parse.indices("ORTH", [":"]).tolist(), citations={}, parse=parse, contents={})


def _running_sentence_starts(doc: Doc, quotes: Sequence[QuoteMarks], parse: ParseArrays) -> list[int]:
    """Return the first tokens of the parser's sentences, less those it set at the opening mark of a quote that
    goes on a sentence of the writer's, its line unbroken and no end of sentence, colon or semicolon before the mark
    ('On page 9 the writers name the pull-out “a retreat.”'): the quote's cue is in the words before it."""
    starts = parse.sentence_starts()
    raw, at = raw_text(doc), set(starts)
    split = set()
    for quote in quotes:
        before = raw[:quote.open_at].rstrip(" ")
        if not before or not (before[-1].isalnum() or before[-1] == ","):
            continue
        first = doc.char_span(quote.open_at, quote.open_at + 1, alignment_mode="expand")
        if first is not None and first.start_char == quote.open_at and first.start in at:
            split.add(first.start)
    return [start for start in starts if start not in split]


def attribute(context: QuoteContext, quote: QuoteMarks) -> Attribution | None:
    """Return the cue and speaker of a marked quote, or None if nothing attributes it. A citation right after
    a quoted phrase names its source before any cue does ('Scholars call it “the veto premium” (Marr 2019)'); a
    quoted sentence keeps the speaker its cue names, the citation being where the author found it."""
    content = context.content(quote)
    if content is None or len(content) == 0:
        return None
    cited = quote.close_at is not None and not stands_alone(context.doc, quote)
    if cited and (match := CITATION.match(raw_text(context.doc), quote.close_at + 1)):
        return citation_attribution(context.doc, match)
    found = _attribute_by_cue(context, quote, content) or _attribute_by_citation(context, quote, content)
    if found is None or found.speaker is None or found.speaker.root.like_num:
        return _attribute_by_narrative_citation(context, quote) or found
    return found


def citation_attribution(doc: Doc, match: re.Match) -> Attribution:
    """Return the attribution of a citation `match` made on the whole raw text."""
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
    end = match.start() + match.group(0).rfind(")") + 1
    return Attribution(speaker=span, cue="cite", cue_start=start, cue_end=end, speaker_text=match.group(1))


def search_citation(pattern: re.Pattern, raw: str, start: int, end: int) -> re.Match | None:
    """Return `pattern.search(raw, start, end)` for `CITATION` or `CITATION_AT_END`; a range without '(', which every
    citation opens with, is not searched."""
    return pattern.search(raw, start, end) if raw.find("(", start, end) >= 0 else None


def _attribute_by_citation(context: QuoteContext, quote: QuoteMarks, content: Span) -> Attribution | None:
    """Attribute a quote to a citation right after it, or at the end of its sentence: '(Coughlin 2023 135)'; a
    quoted term, to the first citation after it in its sentence with no other quote between ('the writing on “…”
    among small states (Lund 2018), and …')."""
    doc, raw = context.doc, raw_text(context.doc)
    if quote.close_at is not None and (match := CITATION.match(raw, quote.close_at + 1)):
        return citation_attribution(doc, match)
    sent_start, sent_end = context.sentence(content[-1].i)
    end_char = doc[sent_end - 1].idx + len(doc[sent_end - 1])
    if end_char not in context.citations:
        context.citations[end_char] = search_citation(CITATION_AT_END, raw, doc[sent_start].idx, end_char)
    match = context.citations[end_char]
    if match is not None and match.start() < quote.closed_or_end + 1:
        match = search_citation(CITATION_AT_END, raw, quote.closed_or_end + 1, end_char)
    if match is None and not stands_alone(doc, quote):
        match = search_citation(CITATION, raw, quote.closed_or_end + 1, end_char)
        if match is not None and context.quotes.opening_between(quote.closed_or_end + 1, match.start()):
            match = None
    return citation_attribution(doc, match) if match else None


def _attribute_by_narrative_citation(context: QuoteContext, quote: QuoteMarks) -> Attribution | None:
    """Attribute a quote to the author a citation names before a cue in its sentence ('as Lind and Sokol (2021,
    p. 14) put it, “…”'), where the bracketed year leaves the parser without a subject, takes the year for it or
    splits the sentence."""
    doc, raw = context.doc, raw_text(context.doc)
    window = max(0, quote.open_at - NARRATIVE_WINDOW_CHARS, raw.rfind("\n", 0, quote.open_at) + 1)
    if raw.find("(", window, quote.open_at) < 0:  # every citation holds one
        return None
    window = max([window] + [end.end() for end in SENTENCE_END.finditer(raw, window, quote.open_at)])
    match = None
    for match in NARRATIVE_CITATION.finditer(raw, window, quote.open_at):
        pass
    if match is None:
        return None
    cue = next((token for token in doc.char_span(match.end(), quote.open_at, alignment_mode="contract") or ()
                if token.lemma_ in context.lexicon.direct_cues and token.pos_ in ("VERB", "AUX")), None)
    if cue is None:
        return None
    return Attribution(speaker=doc.char_span(match.start(1), match.end(1), alignment_mode="expand"), cue=cue.lemma_,
                       cue_start=cue.idx, cue_end=cue.idx + len(cue))


def _governs(token: Token, content: Span) -> bool:
    """Return True when `token` is in the quote or above one of its words in the parse (also across a crossing
    arc, which the subtree's edges do not cover)."""
    return content.start <= token.i < content.end or (token.left_edge.i < content.end
                                                      and token.right_edge.i >= content.start) \
        or any(token.is_ancestor(word) for word in content if not content.start <= word.head.i < content.end)


def _enclosing(context: QuoteContext, quote: QuoteMarks) -> QuoteMarks | None:
    """Return the quote one level up whose words hold `quote`'s words, if any."""
    parent = context.quotes.enclosing(quote)
    return parent if parent is not None and parent.start <= quote.start and quote.end <= parent.end else None


def _cue_candidates(parse: ParseArrays, lexicon: QuoteLexicon) -> list[int]:
    """Return the indices of the tokens whose lemma is a cue, or that are 'according' or 'words', in order."""
    by_lemma = parse.indices("LEMMA", lexicon.cue_lemmas)
    return np.union1d(by_lemma, parse.indices("LOWER", ("according", "words"))).tolist()


def _may_cue(doc: Doc, token: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a token that can be a cue: 'according', 'words' of 'in the words of', a reporting noun or
    a reporting verb."""
    if token.pos_ == "NOUN":
        return (token.lemma_ in lexicon.noun_cues or is_according_to(doc, token)
                or in_the_words_of(doc, token) is not None)
    return token.lemma_ in lexicon.verb_cues or is_according_to(doc, token)


def _inverted_subject(cue: Token, quote: QuoteMarks) -> Token | None:
    """Return the speaker after a cue that follows its quote with nothing but punctuation between ('“…,” admitted
    one official', '“…,” said one'), which the parser may take for an object; or the noun phrase alone between the
    quote and its cue ('“…,” a pilot in Riga said'), which the parser may hang on the quoted words; else None, also
    for a cue before the quote, whose object is no speaker ('describing the port as “…”'). A line break before a cue
    in lower case is a wrap of the column ('“…,”\nsaid Roe')."""
    if quote.close_at is None or cue.idx < quote.close_at:
        return None
    between = raw_text(cue.doc)[quote.close_at + 1:cue.idx]
    if not between.strip(" ,") or not between.strip(" ,\n") and cue.text[:1].islower():
        return next((child for child in cue.rights if child.dep_ in INVERTED_SUBJECT_DEPS
                     and (child.pos_ in ("NOUN", "PROPN") or child.lower_ in ONE_OF_A_GROUP)), None) \
            or _phrase_after(cue)
    phrase = cue.doc.char_span(quote.close_at + 1, cue.idx, alignment_mode="contract")
    if phrase is None or "\n" in between:
        return None
    words = [token for token in phrase if not token.is_punct]
    heads = [token for token in words if not (phrase.start <= token.head.i < phrase.end)]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return heads[0]


def _tagging_phrase_head(cue: Token, quote: QuoteMarks) -> Token | None:
    """Return the head of the subject of a reporting clause set after its quote ('“…,” a trader in the old market told
    us in 2022'; Quirk et al. 1985 §14.29), which the parser may hang on the quoted words, or split, when the subject
    carries a modifier: a quoted sentence (see `kinds.stands_alone`) closed by a comma, question mark or exclamation
    mark, and nothing but a noun phrase (no finite verb, no conjunction, no line break) between it and the cue; its
    head is its first noun that is no modifier of another nor a possessor ('a trader in Aleppo’s old market').
    Else None."""
    if quote.close_at is None or cue.idx < quote.close_at:
        return None
    raw = raw_text(cue.doc)
    closed = raw[quote.close_at - 1:quote.close_at] in CLOSING_TAG_MARKS \
        or raw[quote.close_at + 1:quote.close_at + 2] == ","
    phrase = cue.doc.char_span(quote.close_at + 1, cue.idx, alignment_mode="contract")
    if not closed or phrase is None or "\n" in raw[quote.close_at:cue.idx] or not stands_alone(cue.doc, quote) or \
            any(token.tag_ in FINITE_TAGS or token.pos_ in ("AUX", "CCONJ", "SCONJ") for token in phrase):
        return None
    return next((token for token in phrase if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound"
                 and not (token.i + 1 < len(cue.doc) and cue.doc[token.i + 1].tag_ == "POS"
                          or token.i + 1 < len(cue.doc) and cue.doc[token.i + 1].dep_ == "case")), None)


def _phrase_after(cue: Token) -> Token | None:
    """Return the head noun of the noun phrase right after an inverted cue ('“…,” said a grain trader who …'), which
    the parser may hang on a verb further on when a long relative clause follows it, else None."""
    doc = cue.doc
    for token in doc[cue.i + 1:cue.sent.end]:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
            return token
        if token.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
            return None
    return None


def _verbs_of_modifier(content: Span) -> set[int] | None:
    """Return the indices of the verbs that can make a quoted term of one or two words that modifies a noun ('a
    “deniable” way', '“cross-line” convoys') someone's words: the nearest verb above it and the verbs that report the
    clause it heads ('critics said the board built a “world-class” pier', also through an infinitive: 'said the board
    would try to build a “world-class” pier'); None for any other quote. A cue further up ('asked about the island,
    where the board tested a “…” toll') gives the term no speaker, nor does a request whose object is to act
    (`_object_controls`)."""
    # the root first: the text of a long quote costs a Token per word
    if content.root.dep_ not in ("amod", "compound", "nmod") or len(content.text.split()) > MODIFIER_MAX_WORDS:
        return None
    verb = next((token for token in content.root.ancestors if token.pos_ in ("VERB", "AUX")), None)
    verbs = set()
    while verb is not None and verb.i not in verbs:
        verbs.add(verb.i)
        verb = verb.head if verb.dep_ in CLAUSE_CLIMB_DEPS and verb.head.pos_ in ("VERB", "AUX") \
            and not _object_controls(verb) else None
    return verbs or None


def _object_controls(verb: Token) -> bool:
    """Return True for an infinitive whose doer is the object of the verb above it ('asked officials to press for
    “…” convoys', 'told him to build'; object control, Quirk et al. 1985 §16.52): the words are the writer's account
    of a request, not the requester's; a wh-word object ('do what it could to stop') controls nothing."""
    return verb.dep_ == "xcomp" and any(child.dep_ in ADDRESSEE_DEPS and child.i < verb.i and child.tag_ not in
                                        ("WP", "WDT") for child in verb.head.children)


def _addressed(cue: Token, content: Span) -> bool:
    """Return True when the quote is whom the cue is said to or with ('talked to “everyone who …”'), not its words,
    or the head of a topic phrase the writer opens before it ('wrote about the port’s ‘decline’', 'agreed on two
    “safe lanes”'): a verb of communication names its topic (Levin 1993 §37.5, 'talk about'), and a word in marks
    inside the writer's own phrase is the writer's term; a topic quoted whole ('spoke about “hard times”') may be
    the speaker's."""
    for child in cue.children:
        if child.dep_ != "prep" or child.lower_ not in ADDRESSEE_PREPOSITIONS | TOPIC_PREPOSITIONS \
                or child.lower_ == "to" and cue.lemma_ in NAMING_BY_TO:
            continue
        for word in child.children:
            if word.dep_ == "pobj" and content.start <= word.i < content.end and (
                    child.lower_ in ADDRESSEE_PREPOSITIONS
                    or any(token.i < content.start and not token.is_punct for token in word.subtree)):
                return True
    return False


def _in_topic(noun: Token, content: Span) -> bool:
    """Return True when the quote lies inside the phrase that says what an account tells of, after a word of the
    writer's own ('an account of the “…”', 'evidence about the “…”'): the writer's term, as with a verb's topic (see
    `_addressed`)."""
    return any(child.dep_ == "prep" and child.lower_ in TOPIC_OF_NOUN_PREPOSITIONS
               and child.left_edge.i <= content.start and content.end - 1 <= child.right_edge.i
               and any(not token.is_punct for token in child.doc[child.i + 1:content.start])
               for child in noun.children)


def _follows_phrase(cue: Token, quote: QuoteMarks) -> bool:
    """Return True for a quote that opens right after the cue's phrase, with only punctuation between ('liked to
    say at every dinner, “…”')."""
    last = cue.right_edge
    return last.idx < quote.open_at and not raw_text(cue.doc)[last.idx + len(last):quote.open_at].strip(" ,:;–—")


def _takes_as(cue: Token, quote: QuoteMarks) -> bool:
    """Return True for a quote after a cue that an 'as' opens (`AS_BEFORE_QUOTE`): the term a characterize verb gives
    its object ('regarded the plan as “…”'), which the parser may hang on the object instead of the verb."""
    end = cue.idx + len(cue)
    return end <= quote.open_at and AS_BEFORE_QUOTE.search(raw_text(cue.doc), end, quote.open_at) is not None


def _right_before(cue: Token, quote: QuoteMarks) -> bool:
    """Return True for a cue the quote follows with nothing but commas, adverbs, the cue's own addressee and an 'it'
    it takes as object between ('what his students called, not kindly, “…”', 'an aide who told me, “…”', 'as one
    pilot put it, “…”'), where the parser may hang the quoted words elsewhere."""
    if cue.idx > quote.open_at:
        return False
    addressee = {word.i for child in cue.children if child.dep_ in ADDRESSEE_DEPS and child.i > cue.i
                 for word in child.subtree}
    addressee |= {child.i for child in cue.children if child.dep_ == "dobj" and child.lower_ == "it"}
    between = cue.doc[cue.i + 1:cue.doc.char_span(quote.open_at, quote.open_at + 1, alignment_mode="expand").start]
    return all(token.text == "," or token.pos_ in ("ADV", "PART") and token.is_alpha or token.is_space
               or token.i in addressee for token in between)


def _issuer(cue: Token, lexicon: QuoteLexicon) -> Token | None:
    """Return who issued the statement a reporting participle describes ('the board issued a statement saying …',
    'the council's statement saying …'), else None."""
    if cue.dep_ != "acl" or cue.head.lemma_ not in lexicon.noun_cues:
        return None
    return source_of_statement(cue.head, lexicon) or noun_cue_speaker(cue.head, lexicon=lexicon)


def _attribute_by_cue(context: QuoteContext, quote: QuoteMarks, content: Span) -> Attribution | None:
    """Attribute a quote to the subject of a reporting verb (or noun) whose clause holds it, or to
    'according to X'; a parenthetical cue ('Trade, she said, “…”', 'as dockers like to say, …') speaks for the
    clause it interrupts; a quote after a colon takes any cue before the colon; a quoted noun a reporting participle
    modifies ('she would not honour an openly announced “deadline”') is the words of its clause's subject, and a
    quote inside a noun that one modifies, of its possessor ('the governor's announced goal of “…”'). Cues
    are looked for within `CUE_WINDOW_TOKENS` of the quote, in its sentences; of two, a cue in a clause the other
    reports gives way to it (see `_reported_by_another`). A subject with no letter or digit (a list's bullet the
    parser took for one) names no speaker."""
    doc, lexicon = context.doc, context.lexicon
    sent_start, sent_end = context.sentence(content[0].i)[0], context.sentence(content[-1].i)[1]
    parent = _enclosing(context, quote)

    def usable(token: Token) -> bool:
        if not (sent_start <= token.i < sent_end) or quote.open_at <= token.idx <= quote.closed_or_end:
            return False
        if parent is not None and not (parent.start <= token.idx < parent.end):
            return False
        return context.quotes.held_at_depth(token.idx, quote.depth) is None

    first, last = max(sent_start, content.start - CUE_WINDOW_TOKENS), min(sent_end, content.end + CUE_WINDOW_TOKENS)
    before = bisect.bisect_left(context.colons, content.start) - 1
    colon = doc[context.colons[before]] if before >= 0 and context.colons[before] >= first else None
    # a cue before a semicolon that comes before the quote's colon reports a statement of its own ('X says …; Y: “…”')
    opening = max((token.i + 1 for token in doc[first:colon.i] if token.text == ";"), default=first) \
        if colon is not None else first
    candidates = []
    cue_tokens = context.cue_tokens
    own_verbs = _verbs_of_modifier(content)
    for i in cue_tokens[bisect.bisect_left(cue_tokens, first):bisect.bisect_left(cue_tokens, last)]:
        token = doc[i]
        if own_verbs is not None and token.pos_ in ("VERB", "AUX") and token.i not in own_verbs:
            continue
        if not usable(token) or token.i < opening:
            continue
        distance = abs(token.idx - quote.open_at)
        if is_according_to(doc, token):
            speaker = according_to_object(doc, token)
            if speaker is not None and _governs(token.head, content):
                candidates.append(_Candidate(distance, token, speaker, "according to", ACCORDING_TO_LENGTH))
            continue
        source = in_the_words_of(doc, token, wording=lexicon.noun_cues)
        if source is not None:
            right_after = token.idx > quote.closed_or_end and not raw_text(doc)[
                quote.closed_or_end + 1:token.head.idx].strip(" ,;–—")
            if token.i < content.start or right_after:
                of = token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"
                candidates.append(_Candidate(distance, token.head, source, "in the words of",
                                             token.i - token.head.i + 1 + of))
            continue
        if token.pos_ == "NOUN" and token.lemma_ in lexicon.noun_cues:
            # 'restated the pledge of “…”': a noun with no possessor, object of a reporting verb, leaves it the cue
            if token.dep_ == "dobj" and token.head.lemma_ in lexicon.direct_cues \
                    and not any(is_possessor(child) for child in token.children):
                continue
            if token.lemma_ in TOPIC_OF_NOUNS and _in_topic(token, content):
                continue
            subject = noun_cue_speaker(token, lexicon=lexicon)
            # 'her argument is that …': the noun is the subject of a 'be' whose complement holds the quote
            specified = token.dep_ == "nsubj" and token.head.lemma_ == "be" and _governs(token.head, content)
            if subject is not None and (_governs(token, content) or specified
                                        or (colon is not None and token.i < colon.i)):
                candidates.append(_Candidate(distance, token, subject, token.lemma_, 1))
            continue
        thought = token.lemma_ in lexicon.thought_cues
        characterizing = token.lemma_ in lexicon.as_cues
        if not (token.lemma_ in lexicon.direct_cues or thought or characterizing) or token.pos_ not in ("VERB", "AUX") \
                or characterizing and not _takes_as(token, quote):
            continue
        if token.dep_ == "amod" and token.tag_ == "VBN" and content.start <= token.head.i < content.end:
            clause = token.head.head
            subject = subject_of(clause, lexicon=lexicon) if clause.pos_ in ("VERB", "AUX") else None
            candidates.append(_Candidate(distance, token, subject if subject is not None and usable(subject) else None,
                                         token.lemma_, 1))
            continue
        possessor = next((child for child in token.head.children if child.dep_ == "poss"), None)
        if token.dep_ == "amod" and token.tag_ == "VBN" and possessor is not None and _governs(token.head, content):
            candidates.append(_Candidate(distance, token, possessor, token.lemma_, 1))
            continue
        clause = token.head if token.dep_ == "xcomp" else token
        # 'as X put it, …' and '“…” was how X described it' speak for the clause they complete
        as_clause = any(child.dep_ == "mark" and child.lower_ == "as"
                        or child.dep_ == "advmod" and child.lower_ == "how" for child in clause.children)
        # '“…,” she used to say', 'he liked to tell guests, “…”': a quote right beside a cue in an infinitive hangs on
        # the verb the cue completes
        beside = token.dep_ == "xcomp" and (quote.closed_or_end < token.idx or _follows_phrase(token, quote)
                                            or _hung_complement(token, content) is not None)
        scope = clause.head if as_clause or token.dep_ == "parataxis" else clause if beside else token
        if _addressed(token, content):
            continue
        governed = _governs(scope, content) or (colon is not None and token.i < colon.i) or _right_before(token, quote)
        tagged = None if governed else _tagging_phrase_head(token, quote)
        if governed or tagged is not None:
            # a subject inside the quoted words is the parser's misreading of a tag set after them ('“…,” said Roe')
            own = subject_of(token, lexicon=lexicon)
            subject = tagged or cited_source(token, lexicon) or (own if own is None or usable(own) else None) \
                or _inverted_subject(token, quote) or _issuer(token, lexicon)
            if subject is not None and in_spans(subject.idx, context.silent):
                # a speaker label the parser read as a second subject ('A: “…,” said the captain')
                subject = next((child for child in token.children if child.dep_ in SUBJECT_DEPS
                                and not in_spans(child.idx, context.silent)), subject)
            if subject is not None:
                subject = _described_by_contact_clause(subject, lexicon) or subject
            if subject is not None and not usable(subject):
                subject = None
            if thought and not _thinker(subject):
                continue
            if token.lemma_ in GLOSSING_CUES and not _glosser(subject, lexicon):
                continue
            candidates.append(_Candidate(distance, token, subject, token.lemma_, 1))
    if not candidates:
        return None
    best = min(candidates, key=lambda candidate: (candidate.subject is None, _negated(candidate.cue),
                                                   _reported_by_another(candidate, candidates, content,
                                                                        lexicon=lexicon),
                                                   _takes_down(candidate, candidates, lexicon=lexicon),
                                                   candidate.distance))
    cue_end = doc[best.cue.i + best.length - 1]
    heard = best.subject is not None and not in_spans(best.subject.idx, context.silent) \
        and any(char.isalnum() for char in best.subject.text)
    speaker = speaker_span(best.subject, lexicon, context.quotes) if heard else None
    return Attribution(speaker=speaker, cue=best.lemma, cue_start=best.cue.idx, cue_end=cue_end.idx + len(cue_end))


# Objects by which a writer's own verb takes up the words another said ('I wrote it down', 'I read them out').
TAKEN_UP_WORDS = frozenset({"it", "them", "this", "that"})
# Prepositions by which a writer's verb names the one they listened to ('as I talked with him', 'we spoke to them').
LISTENED_TO = frozenset({"to", "with"})


def _records(verb: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a verb of recording or listening (`QuoteLexicon.recording_verbs`: 'jot', 'hear', 'talk'), or a
    listed phrasal verb with its particle ('took it down')."""
    lemma = verb.lemma_.lower()
    particles = [child.lower_ for child in verb.children if child.dep_ == "prt"]
    return lemma in lexicon.recording_verbs or any(f"{lemma} {particle}" in lexicon.recording_verbs
                                                  for particle in particles)


def recorded_words_host(verb: Token, *, lexicon: QuoteLexicon) -> Token | None:
    """Return the verb whose third-person subject said the words that a first-person `verb` of recording or
    listening (`_records`) only takes down or listens to, else None: `verb` is a relative clause on that verb's object
    ('he told me a thing I jotted down: “…”'), or a conjunct or adverbial clause of it whose object is the words taken
    up ('she repeated a point, and I noted it: “…”') or whose 'to' or 'with' names someone ('X summed it up as we
    talked with her: “…”'). The writer records the other's speech (a contact or relative clause, Quirk et al. 1985
    §17.15; coordination with a pronoun object that points back at what was said, §12.8), so the other speaks; a
    writer who answers, tells or says keeps the words ('he asked me a question I answered: “…”')."""
    subject = nearest_subject(verb)
    if subject is None or subject.lower_ not in FIRST_PERSON or not _records(verb, lexicon):
        return None
    if verb.dep_ == "relcl" and verb.head.dep_ == "dobj":
        host = verb.head.head
    elif verb.dep_ in ("conj", "advcl") and (
            any(child.dep_ == "dobj" and child.lower_ in TAKEN_UP_WORDS for child in verb.children)
            or any(child.dep_ == "prep" and child.lower_ in LISTENED_TO
                   and any(grand.dep_ == "pobj" for grand in child.children) for child in verb.children)):
        host = verb.head
    else:
        return None
    speaker = nearest_subject(host) if host.pos_ in ("VERB", "AUX") else None
    if speaker is None or speaker.lower_ in FIRST_PERSON | SECOND_PERSON \
            or not (speaker.pos_ in ("NOUN", "PROPN") or speaker.lower_ in PERSON_PRONOUNS):
        return None
    return host


def _described_by_contact_clause(subject: Token, lexicon: QuoteLexicon) -> Token | None:
    """Return the person a first-person subject's clause describes when 'I' or 'we' opens a contact clause right after
    the noun for them, the relative pronoun left out ('a Turkish official I spoke to: “…”', 'Syrians I talk to say …';
    Quirk et al. 1985 §17.15), which the parser may read as the cue's own clause: the writer only met the speaker. Not
    a noun after its preposition, a phrase fronted in the writer's own clause (the contact clause strands its
    preposition after the noun: 'an official I spoke to'). Else None."""
    if subject.lower_ not in FIRST_PERSON_SUBJECTS or subject.i == 0:
        return None
    noun = subject.doc[subject.i - 1]
    if noun.dep_ == "pobj" and noun.head.i < noun.i:
        return None  # a fronted phrase of the writer's own clause: 'To every official I put …', 'As a reporter I asked'
    people = _may_speak(noun, lexicon) or noun.ent_type_ == "NORP" or noun.lemma_.lower() in lexicon.person_nouns
    return noun if noun.pos_ in ("NOUN", "PROPN") and people else None


def _thinker(subject: Token | None) -> bool:
    """Return True for a subject whose thought a verb of thinking can attribute quoted words to: a third person, not
    the writer's or reader's own guess ('I suspect the “reset” …'), nor generic 'one', nor a clause with no subject."""
    return subject is not None and subject.lower_ not in FIRST_PERSON | SECOND_PERSON and subject.pos_ != "NUM"


def _glosser(subject: Token | None, lexicon: QuoteLexicon) -> bool:
    """Return True for a subject who can gloss their own words with a verb of `GLOSSING_CUES`: a person (a name, 'he',
    'the envoy') or a personal pronoun, not a thing, a body or a relative pronoun standing for a clause."""
    return subject is not None and (is_person(subject, lexicon) or subject.lower_ in GLOSSING_PRONOUNS)


def _reported_by_another(candidate: _Candidate, candidates: Sequence[_Candidate], content: Span, *,
                         lexicon: QuoteLexicon) -> bool:
    """Return True for a cue in a clause that another cue with a speaker reports: its complement, or an adverbial
    clause that does not hold the quote ('a neighbour wrote that the council had asked …', 'X said, as we waited,
    “…”'), or its 'according to' ('Y told Z that …, according to X'). The higher cue's speaker is the one the text
    quotes; an adverbial clause holding the quote says it itself ('X called it “…”, while Y dismissed it as “…”'). A
    clause before the other cue with a semicolon or a colon between is a statement of its own, whatever the parser
    hung on it ('X calls it “…”; critics say …', 'X calls it “…”: the council thinks …'). A verb with no subject of its own that holds the quote (a participle, see
    `_subjectless_participle`, or a complement: 'went home believing “…”'), inside a clause the other cue reports,
    gives way too ('X said the army would hold, calling the line “…”'). A verb cue whose own 'that' clause holds the
    quote never gives way (see `_says_it_in_a_that_clause`), nor does the cue of an 'as' clause set right before the
    quote ('X said the envoys should talk rather than, as one skipper put it, “…”': see `_names_the_wording`)."""
    doc = candidate.cue.doc
    if _says_it_in_a_that_clause(candidate, content, lexicon=lexicon) or _sets_it_after_a_colon(candidate, content) \
            or _names_the_wording(candidate.cue, content):
        return False
    for other in candidates:
        if other.subject is None or other.cue.i == candidate.cue.i or not other.cue.is_ancestor(candidate.cue):
            continue
        first, last = sorted((candidate.cue.i, other.cue.i))
        if any(token.text == ";" for token in doc[first:last]) \
                or candidate.cue.i < other.cue.i and any(token.text == ":" for token in doc[first:last]):
            continue
        token, through_participle, through_report = candidate.cue, False, False
        while token.i != other.cue.i and (token.dep_ == "ccomp" or _coordinated_that_clause(token)
                                          or token.dep_ == "advcl" and (not _governs(token, content)
                                                                        or _subjectless_participle(token))
                                          or token.dep_ == "xcomp"
                                          or token.dep_ == "prep" and candidate.lemma == "according to"):
            through_participle = through_participle or token.dep_ == "xcomp" \
                or token.dep_ == "advcl" and _governs(token, content)
            through_report = through_report or token.dep_ == "ccomp" or _coordinated_that_clause(token)
            token = token.head
        if token.i == other.cue.i and (through_report or not through_participle):
            return True
    return False


def _negated(cue: Token) -> bool:
    """Return True for a verb cue its clause negates ('a clerk who may not repeat it', 'did not tell us'): it
    reports words its subject did not say, so another cue with a speaker gives the quote's ('X told me, with the
    anger of one who could not say it aloud: “…”')."""
    return cue.pos_ in ("VERB", "AUX") and any(child.dep_ == "neg" for child in cue.children)


def _takes_down(candidate: _Candidate, candidates: Sequence[_Candidate], *, lexicon: QuoteLexicon) -> bool:
    """Return True for a first-person cue that only takes down or listens to the words of another cue's speaker (see
    `recorded_words_host`), when that cue is a candidate with a speaker too."""
    host = recorded_words_host(candidate.cue, lexicon=lexicon)
    return host is not None and any(other.cue.i == host.i and other.subject is not None for other in candidates)


def _names_the_wording(cue: Token, content: Span) -> bool:
    """Return True for a cue of a comparative clause that 'as' opens and that only punctuation parts from the quote
    after it ('as one pilot put it, “…”', 'as the minister said: “…”'): the clause names who chose the quoted words,
    whatever clause the parser hung it on."""
    return opening_as(cue) is not None and cue.right_edge.i < content.start \
        and all(token.is_punct for token in cue.doc[cue.right_edge.i + 1:content.start])


def _sets_it_after_a_colon(candidate: _Candidate, content: Span) -> bool:
    """Return True for a verb cue with a subject, in a clause another cue reports, whose own phrase runs up to a colon
    right before the quote ('X said a cousin had written to him from the port: “…”'): words set after a colon as the
    object of a reporting verb are that verb's direct speech (Quirk et al. 1985 §14.29), its own speaker's. A cue in
    an adverbial clause ('X put it, as the ferry left: “…”') is no report of X's and keeps to the rules above."""
    cue, doc = candidate.cue, candidate.cue.doc
    if candidate.subject is None or cue.pos_ not in ("VERB", "AUX") or cue.dep_ != "ccomp" or cue.i >= content.start:
        return False
    colon = content.start - 1
    while colon > cue.i and doc[colon].is_quote:
        colon -= 1
    return doc[colon].text == ":" and all(cue.is_ancestor(token) for token in doc[cue.i + 1:colon])


def _says_it_in_a_that_clause(candidate: _Candidate, content: Span, *, lexicon: QuoteLexicon) -> bool:
    """Return True for a verb cue with a speaker whose own finite complement clause (with a subject outside the quote,
    or anywhere when the cue has a subject of its own) holds the quote ('X wrote that the guides say that the canal is
    “…”'): indirect speech reported inside another's report gives its words to its own speaker, the innermost one
    (Quirk et al. 1985 §14.31); not a
    request's infinitive ('asked the mayor to “…”'), whose wording is the teller's, nor a verb of thought or belief
    ('X says Moscow believes that …“…”'): what one is said to think is worded by the one who says it."""
    cue = candidate.cue
    if candidate.subject is None or cue.pos_ not in ("VERB", "AUX") or candidate.lemma == "according to" \
            or candidate.lemma in lexicon.thought_cues | BELIEF_CUES:
        return False
    clauses = [child for child in cue.children if child.dep_ == "ccomp" and _governs(child, content)]
    clauses += [hung] if (hung := _hung_complement(cue, content)) is not None else []
    # a cue with a subject of its own may quote the whole clause ('his colleagues joked that “the … went home”')
    own_subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in cue.children)
    return any(any(grand.dep_ in ("nsubj", "nsubjpass") and (own_subject or not content.start <= grand.i < content.end)
                   for grand in clause.children)
               for clause in clauses)


def _coordinated_that_clause(verb: Token) -> bool:
    """Return True for the verb of a clause that 'that' opens, coordinated with a reported clause ('X said that the
    port would close, but that the ferries “…”'): a 'that' clause is a complement (Quirk et al. 1985 §15.3), and
    complements joined by 'and' or 'but' complete the same reporting verb (§13.27), whatever conjunct the parser hung
    the second on; a conjunct with no 'that' may be a clause of the reporter's own ('X said A, and Y warned …')."""
    return verb.dep_ == "conj" and verb.head.dep_ in ("ccomp", "conj") \
        and any(child.dep_ == "mark" and child.lower_ == "that" for child in verb.children)


def _hung_complement(cue: Token, content: Span) -> Token | None:
    """Return the 'that' clause after a cue in an infinitive that the parser hung on the verb the cue completes and
    that holds the quote ('the guides liked to tell, with a grin, that the canal was “…”'), else None."""
    if cue.dep_ != "xcomp":
        return None
    return next((child for child in cue.head.children if child.dep_ == "ccomp" and child.i > cue.i
                 and any(grand.dep_ == "mark" and grand.lower_ == "that" for grand in child.children)
                 and _governs(child, content)), None)


def _subjectless_participle(verb: Token) -> bool:
    """Return True for a participle with no subject of its own ('…, calling the plan “…”', 'while promising “…”'): a
    free adjunct, whose implied subject is that of a superordinate clause (Quirk et al. 1985 §15.58), the reported
    one or the reporting one, whichever the parser hung it on; set inside a reported clause, it is read with the
    reporter."""
    return verb.tag_ in ("VBG", "VBN") and not any(child.dep_ in ("nsubj", "nsubjpass", "expl")
                                                    for child in verb.children)


def block_index(block_starts: Sequence[int], char: int) -> int:
    """Return the index of the block holding offset `char`, given the blocks' sorted start offsets."""
    return max(0, bisect.bisect_right(block_starts, char) - 1)


def tag_attribution(context: QuoteContext, quote: QuoteMarks) -> Attribution | None:
    """Attribute a quoted sentence that a comma closes, inside its marks or after them, to the subject of the clause
    right after it whatever its verb, as a reporting clause set after its quote reads (Quirk et al. 1985 §14.29):
    the verb first, before its subject ('“…,” sums up a retired general'), or after a pronoun or a name that ends the
    sentence with it ('«…», she analyses.') or is a verb of saying ('“…,” she said of him'). None for a verb that is
    not finite ('“…,” published in 2019'), and for a verb first whose noun after it is no one who can speak
    (`speakers.can_speak`): that clause tells what the words do or cost ('“…,” follows a year of delays', '“…,” costs
    the island dearly'). The clause may start on the next line of a hard-wrapped column when it starts in lower case
    ('“…,”\nshe said')."""
    doc, raw = context.doc, raw_text(context.doc)
    if quote.depth != 0 or quote.close_at is None or not reads_as_sentence(doc, quote):
        return None
    after = raw[quote.close_at + 1:quote.close_at + 3]
    if not (raw[quote.close_at - 1] == "," or after.startswith(",")):
        return None
    mark = doc.char_span(quote.close_at, quote.close_at + 1, alignment_mode="expand")
    words = [token for token in doc[mark.end:mark.end + TAG_MAX_TOKENS] if token.text != "," and not token.is_space] \
        if mark else []
    # a line break is a wrap of the column when the tag goes on in lower case ('“…,”\nshe said'): a new line in
    # lower case continues the sentence of the line before; a capital after it may open a line of its own
    if not words or "\n" in raw[quote.close_at:words[0].idx] and not words[0].text[:1].islower():
        return None
    if _reporting_verb(words[0]):
        verb, subject = words[0], _inverted_subject(words[0], quote)
        subject = subject if subject is not None and can_speak(subject, context.lexicon) else None
    else:
        name = list(itertools.takewhile(lambda token: token.pos_ == "PROPN", words)) \
            or [word for word in words[:1] if word.lower_ in TAG_PRONOUNS]
        verb = words[len(name)] if name and len(name) < len(words) else None
        # a verb of saying reports whatever follows it ('she said of the leader'); any other verb only when the
        # sentence ends on it ('she analyses.')
        ends = verb is not None and (verb.i + 1 == len(doc) or doc[verb.i + 1].is_punct
                                     or verb.lemma_ in context.lexicon.direct_cues)
        subject = name[-1] if ends and _reporting_verb(verb) else None
    if subject is None or in_spans(subject.idx, context.silent) or context.quotes.innermost(subject.idx) != NO_QUOTE:
        return None
    return Attribution(speaker=speaker_span(subject, context.lexicon, context.quotes), cue=verb.lemma_,
                       cue_start=verb.idx, cue_end=verb.idx + len(verb))


def viewpoint_attribution(context: QuoteContext, quote: QuoteMarks) -> Attribution | None:
    """Attribute a quote with no cue to the person whose view its sentence gives, named by a 'for' that opens it
    ('For the analyst Jane Roe, it is “…”'; see `viewpoint_holder`), else None."""
    content = context.content(quote)
    if content is None or len(content) == 0:
        return None
    opening = context.doc[context.sentence(content.start)[0]]
    person = viewpoint_holder(opening, context.lexicon)
    if person is None or opening.right_edge.i >= content.start or in_spans(person.idx, context.silent):
        return None
    return Attribution(speaker=speaker_span(person, context.lexicon, context.quotes), cue=opening.lower_,
                       cue_start=opening.idx, cue_end=opening.idx + len(opening))


def _reporting_verb(word: Token) -> bool:
    """Return True for a finite verb that can report words: not 'be', 'have' or a copula (`NON_REPORTING_LEMMAS`)."""
    return word.pos_ == "VERB" and word.tag_ in FINITE_TAGS and word.lemma_ not in NON_REPORTING_LEMMAS


def _fills_its_paragraph(quote: QuoteMarks, block: Block) -> bool:
    return quote.open_at == block.start and (quote.close_at is None or quote.close_at == block.end - 1)


def introduced_attribution(doc: Doc, quote: QuoteMarks, blocks: Sequence[Block], block_starts: Sequence[int],
                           lexicon: QuoteLexicon) -> Attribution | None:
    """Attribute a quote that opens its block to the subject of the last verb of the previous block (a timed
    transcript's cue numbers and timecodes between them aside) when that block introduces it with a colon ('The
    office sent this statement:', 'Jane Roe, an analyst, comments:', with a reporting verb the tagger took for a
    noun; of a passive verb, its agent: 'The motion was moved by Jane Roe and seconded by Ivo Marr:') or breaks off
    after a reporting verb (`_reporting_left_open`), or, for a quote
    that fills its paragraph, when that subject is a person, or a name that is not a place and does something
    ('… she paused before replying.', 'Roe shrugged.'), or the person a reporter's 'I' met ('I met Jane Roe.')."""
    index = block_index(block_starts, quote.open_at)
    if index == 0 or quote.open_at != blocks[index].start:
        return None
    before = index - 1
    while before > 0 and (TIMING_LINE.fullmatch(blocks[before].text) or (
            CUE_NUMBER.fullmatch(blocks[before].text) and TIMING_LINE.fullmatch(blocks[before + 1].text))):
        before -= 1
    last = doc.char_span(blocks[before].start, blocks[before].end, alignment_mode="expand")[-1]
    colon = blocks[before].text.endswith(":") or _reporting_left_open(last, lexicon)
    if not (colon or _fills_its_paragraph(quote, blocks[index])):
        return None
    if colon:
        verb = next((token for token in reversed(last.sent)
                     if (token.pos_ == "VERB" or token.lemma_ in lexicon.direct_cues)
                     and any(child.dep_ in SUBJECT_DEPS for child in token.children)), None)
        if verb is not None and (host := recorded_words_host(verb, lexicon=lexicon)) is not None:
            verb = host  # the writer only took the words down ('… as we talked with her:')
        subject = nearest_subject(verb) if verb is not None else None
        agent = _agent_of(verb) if verb is not None else None
        person = next((child for child in agent.children if child.dep_ == "pobj"), None) if agent is not None else None
        if person is not None and _may_speak(person, lexicon) and not relays(person, lexicon):
            subject = person
    else:
        verb = last.sent.root
        subject = subject_of(verb, lexicon=lexicon) if verb.pos_ in ("VERB", "AUX") else None
        if subject is not None and subject.lower_ in FIRST_PERSON:
            subject = next((child for child in verb.children if child.dep_ == "dobj"), None)
        named = subject is not None and _may_speak(subject, lexicon) and verb.lemma_ != "be"
        subject = subject if subject is not None and (is_person(subject, lexicon) or named) else None
    if subject is None:
        return None
    return Attribution(speaker=speaker_span(subject, lexicon), cue=verb.lemma_, cue_start=verb.idx,
                       cue_end=verb.idx + len(verb))


def _reporting_left_open(last: Token, lexicon: QuoteLexicon) -> bool:
    """Return True when a block breaks off after a reporting verb, or the 'it' or 'as' it takes, so the quote that
    opens the next block completes it, as subtitles split a sentence over two cues ('Her colleague calls it' / '‘a
    lease’.', 'The officer said' / '“home by spring”.')."""
    verb = last.head if last.lower_ in ("it", "as") else last
    return verb.pos_ == "VERB" and verb.lemma_ in lexicon.direct_cues \
        and not any(child.dep_ in ("ccomp", "xcomp") for child in verb.children)


def signed_attribution(doc: Doc, quote: QuoteMarks, blocks: Sequence[Block],
                       block_starts: Sequence[int], lexicon: QuoteLexicon | None = None) -> Attribution | None:
    """Attribute a quote that fills its paragraph (perhaps after a label: 'Claim: “…”') to the line under it that
    names its source, as pull quotes, epigraphs and fact checks' claim boxes do ('— Jane Roe', '– a post on
    Facebook, 3 May', 'Source: …'), or to the source set after it on its own line (`TRAILING_SOURCE`). A source in
    brackets is a name or a person (`_bracket_names_a_source`), not an editor's note ('(emphasis added)', '(sic)',
    '(translated from Russian)', '(laughter)')."""
    index = block_index(block_starts, quote.open_at)
    opens, trailing = _trailing_source(doc, quote, blocks[index])
    if not opens:
        return None
    if quote.close_at is not None and quote.close_at != blocks[index].end - 1:
        bracketed = trailing is not None and trailing.group("bracket") is not None
        group, mark = ("bracketed", "bracket") if bracketed else ("dashed", "dash")
        speaker = doc.char_span(*trailing.span(group), alignment_mode="contract") if trailing is not None else None
        if bracketed and speaker is not None and not _bracket_names_a_source(speaker, lexicon):
            speaker = None
        return Attribution(speaker=speaker, cue="signed", cue_start=trailing.start(mark),
                           cue_end=trailing.end(mark)) if speaker is not None else None
    if index + 1 >= len(blocks):
        return None
    line = blocks[index + 1]
    source = SOURCE_LINE.fullmatch(line.text) if len(line.text) <= SOURCE_LINE_MAX_CHARS else None
    if source is None:
        return None
    speaker = doc.char_span(line.start + source.start("source"), line.start + source.end("source"),
                            alignment_mode="expand")
    if speaker is None:
        return None
    cue_end = line.start + source.start("source")
    return Attribution(speaker=speaker, cue="signed", cue_start=line.start, cue_end=cue_end)


def editorial_note_end(doc: Doc, quote: QuoteMarks, blocks: Sequence[Block], block_starts: Sequence[int],
                       lexicon: QuoteLexicon | None = None) -> int | None:
    """Return the end of the editor's note in brackets that closes the line of a quote filling its paragraph
    ('“…” (emphasis added)', '(translated from Russian)', '(sic)'), else None: the words of the note attribute
    nothing (`signed_attribution` gives them no speaker, and a verb in them is no cue)."""
    _, trailing = _trailing_source(doc, quote, blocks[block_index(block_starts, quote.open_at)])
    if trailing is None or trailing.group("bracket") is None:
        return None
    words = doc.char_span(*trailing.span("bracketed"), alignment_mode="contract")
    return trailing.end() if words is not None and not _bracket_names_a_source(words, lexicon) else None


def _trailing_source(doc: Doc, quote: QuoteMarks, block: Block) -> tuple[bool, re.Match | None]:
    """Return whether the quote opens its paragraph (perhaps after a label: 'Claim: “…”'), and the source or note set
    after its closing mark to the end of the line (`TRAILING_SOURCE`), None where the quote ends the line or none
    follows."""
    label = paragraph_label_match(block.text)
    if quote.open_at != block.start + (label.end() if label is not None else 0):
        return False, None
    if quote.close_at is None or quote.close_at == block.end - 1:
        return True, None
    return True, TRAILING_SOURCE.fullmatch(raw_text(doc), quote.close_at + 1, block.end)


def _bracket_names_a_source(words: Span, lexicon: QuoteLexicon | None) -> bool:
    """True for the words in brackets after a quote that can be its source: their head is a name that is no place
    (opening on a capital, an entity or more than one capitalised word) or a noun for a person ('Jane Roe', 'woman',
    'retired pilot'), not a verb or another noun, as an editor's notes are ('emphasis added', 'translated from
    Russian', 'sic', 'laughter', 'Applause')."""
    head = words.root
    if head.pos_ in ("VERB", "AUX") or any(word.tag_ in ("VBN", "VBD") and word.dep_ in ("ROOT", "acl", "amod")
                                           and word.head == head and word.i > head.i for word in words):
        return False
    if head.ent_type_ == "PERSON" or (lexicon is not None and head.lemma_.lower() in lexicon.person_nouns):
        return True
    # a lone capitalised word no entity holds is a note set in capitals ('(Laughter)', '(Sic)'), not a name
    return words[0].text[:1].isupper() and head.pos_ == "PROPN" and head.ent_type_ not in PLACE_LABELS \
        and (bool(head.ent_type_) or sum(word.text[:1].isupper() for word in words) > 1)


def headed_attribution(doc: Doc, quote: QuoteMarks, blocks: Sequence[Block],
                       block_starts: Sequence[int]) -> Attribution | None:
    """Attribute a quote that fills its paragraph to the writer its header line names, the line over it as digests
    of posts, forums and comment threads print it ('Jane Roe (The Harbour) · 12,000 followers · 3 May, 09:14');
    the line's fields after the name are no speaker."""
    index = block_index(block_starts, quote.open_at)
    if index == 0 or not _fills_its_paragraph(quote, blocks[index]):
        return None
    line = blocks[index - 1]
    header = HEADER_LINE.fullmatch(line.text) if len(line.text) <= SOURCE_LINE_MAX_CHARS else None
    if header is None or not header.group("name")[0].isupper():
        return None
    speaker = doc.char_span(line.start + header.start("name"), line.start + header.end("name"),
                            alignment_mode="contract")
    if speaker is None:
        return None
    return Attribution(speaker=speaker, cue="signed", cue_start=line.start, cue_end=line.end)


def credit_attribution(doc: Doc, quote: QuoteMarks, blocks: Sequence[Block], block_starts: Sequence[int],
                       lexicon: QuoteLexicon | None = None) -> Attribution | None:
    """Attribute a quote that fills its paragraph to the credit line (`CREDIT_LINE`) set right under it, with no blank
    line between ('“…”' / 'Jane Roe, The Harbour Review'), or to a source line with life dates under it, blank line or
    not (`LIFE_DATES_CREDIT`), else to a credit line with a role over it ('Ivo Marr, retired teacher, Velm' / '“…”')
    that is not so set under a quote of its own; None otherwise (see `_credit`)."""
    index = block_index(block_starts, quote.open_at)
    if not _fills_its_paragraph(quote, blocks[index]):
        return None
    raw = raw_text(doc)
    line = blocks[index + 1] if index + 1 < len(blocks) else None
    name = _credit(doc, line, role=False) if line is not None and _attached(raw, blocks[index], line) else None
    if name is None and line is not None:
        name = _dated_credit(doc, line)
    if name is None and index > 0:
        line = blocks[index - 1]
        earlier = blocks[index - 2] if index > 1 else None
        credits_earlier = earlier is not None and _quoted_whole(earlier) \
            and (_attached(raw, earlier, line) or LIFE_DATES_CREDIT.match(line.text) is not None)
        name = None if credits_earlier else _credit(doc, line, role=True, lexicon=lexicon)
    if name is None:
        return None
    return Attribution(speaker=name, cue="signed", cue_start=line.start, cue_end=line.end)


def noted_attribution(doc: Doc, quote: QuoteMarks, blocks: Sequence[Block],
                      block_starts: Sequence[int]) -> Attribution | None:
    """Attribute a block quotation (a quote that fills its paragraph) introduced by a paragraph that ends on a note
    reference and a colon ('… he argued [1]:') to the author the note names first ('[1] Jane Roe, “…”, 2016, p. 9'):
    a note of the notes-bibliography style gives the author's name in normal order before the title (Chicago Manual
    of Style 14.20), so it is the source of the extract the reference marks."""
    index = block_index(block_starts, quote.open_at)
    if index == 0 or not _fills_its_paragraph(quote, blocks[index]):
        return None
    reference = NOTE_REFERENCE.search(blocks[index - 1].text)
    if reference is None:
        return None
    mark = f"[{reference.group('number')}] "
    note = next((block for block in blocks[index + 1:] if block.text.startswith(mark)), None)
    author = NOTE_AUTHOR.match(note.text, len(mark)) if note is not None else None
    if author is None:
        return None
    name = _person_named(doc, note.start + author.start("name"), note.start + author.end("name"))
    if name is None:
        return None
    return Attribution(speaker=name, cue="cite", cue_start=blocks[index - 1].start + reference.start(),
                       cue_end=blocks[index - 1].start + reference.end())


def _person_named(doc: Doc, start: int, end: int) -> Span | None:
    """Return the words from `start` to `end` as a person's name: each word capitalised, no function word ('The
    Velm Bridge' names a thing), no place, no organisation (an ORG mention, or a body's head noun: 'Velm Harbour
    Council'), and a PERSON mention if it is one word; else None."""
    name = doc.char_span(start, end, alignment_mode="contract")
    if name is None or len(name) == 0 or not all(word[:1].isupper() for word in name.text.split()) \
            or any(word.pos_ in FUNCTION_POS or is_named_place(word) or word.ent_type_ in NOT_BODY_LABELS
                   or word.ent_type_ == "ORG" for word in name) \
            or name[-1].lemma_.lower() in ORGANISATION_HEADS | default_lexicon().collective_nouns:
        return None
    return name if len(name) > 1 or name[0].ent_type_ == "PERSON" else None


def _dated_credit(doc: Doc, line: Block) -> Span | None:
    """Return the name a source line with life dates gives (`LIFE_DATES_CREDIT`) if it is a person's (`_person_named`),
    else None."""
    dated = LIFE_DATES_CREDIT.match(line.text)
    return _person_named(doc, line.start + dated.start("name"), line.start + dated.end("name")) if dated else None


def _attached(raw: str, upper: Block, lower: Block) -> bool:
    """Return True when block `lower` starts on the line right under block `upper`, no blank line between."""
    return raw.count("\n", upper.end, lower.start) == 1


def _quoted_whole(block: Block) -> bool:
    """Return True for a block that opens and closes with a quotation mark."""
    return block.text[:1] in ALL_MARKS and block.text.rstrip()[-1:] in ALL_MARKS


def _describes_a_role(role: str | None) -> bool:
    """Return True for the role part of a credit line (', retired teacher', ', UN observer'): its first word is in
    lower case or an acronym, as a caption describes a person, not a name, as a heading lists ('Velm, Orsk and the
    valley')."""
    first = role[2:].split()[0] if role is not None and role[2:].split() else ""
    return first[:1].islower() or len(first) > 1 and first.isupper()


def _credit(doc: Doc, line: Block, *, role: bool, lexicon: QuoteLexicon | None = None) -> Span | None:
    """Return the name a credit line (`CREDIT_LINE`) gives, each of its words capitalised; None for a line that is no
    credit, or whose name is a place, a people, a date or a number (`NOT_BODY_LABELS`, `is_named_place`).

    Under a quote (`role` False) the name must be a PERSON mention, follow a title ('Dr Jane Roe') or have a role or an
    outlet after a comma ('Jane Roe, The Harbour Review'), so that a heading or a picture credit ('A Long Goodbye',
    'Northwind Photos') credits nothing. Over a quote (`role` True) it needs a role after a comma (see
    `_describes_a_role`) and must be a PERSON mention or two or more name words with no function word, so that a
    heading ('Exile, and what came after') captions nobody; a name of one word must be a PERSON mention with a noun
    for a person (`lexicon`) as its role, since the recogniser takes unknown places for persons ('Velm, ferry town').
    Over or under a quote, a line that starts with 'By' or that a section rule (a `rule:` reason) makes a byline is
    the writer's ('By Jane Roe, staff writer'), not a credit; a line the layout only guesses to be a byline (a
    `layout:` reason, as 'Name, role' may get) can still be a caption."""
    text = line.text
    if len(text) > SOURCE_LINE_MAX_CHARS or text.rstrip()[-1:] in CREDIT_LINE_ENDS:
        return None
    credit = CREDIT_LINE.fullmatch(text)
    if credit is None or not all(word[:1].isupper() for word in credit.group("name").split()):
        return None
    if role and not _describes_a_role(credit.group("role")):
        return None
    name = doc.char_span(line.start + credit.start("name"), line.start + credit.end("name"),
                         alignment_mode="contract")
    if name is None or len(name) == 0 or any(is_named_place(word) or word.ent_type_ in NOT_BODY_LABELS
                                             for word in name):
        return None
    if name[0].lower_ == "by" or (line.section == "byline" and line.reason.startswith("rule:")):
        return None  # the writer's byline, not a caption; a layout guess of a byline ('Name, role') may be one
    person = any(word.ent_type_ == "PERSON" for word in name)
    if not role:
        return name if person or credit.group("title") or credit.group("role") else None
    if len(name) == 1:
        # one word the recogniser may take for a person's name: only with a noun for a person as its role ('Ivo,
        # retired teacher'), not a place's gloss ('Velm, ferry town')
        described = credit.group("role")[2:].split(",")[0].split()
        return name if person and lexicon is not None and described[-1:] \
            and described[-1].lower() in lexicon.person_nouns else None
    return name if person or not any(word.pos_ in FUNCTION_POS for word in name) else None


def amendment_attribution(context: QuoteContext, quote: QuoteMarks) -> Attribution | None:
    """Attribute the words an amendment puts in (`INSERTED_WORDING`) to whoever moves it: the first subject of
    the line that words it ('Roe moved and Vos seconded an amendment to delete … and insert “…”', 'Roe proposed to
    replace …'), else the first of the names on lines of their own right over that line's paragraph, as a
    marshalled list sets an amendment's sponsors under its number ('Amendment 4' / 'Ms Jane Roe' / 'Mr Ivo Marr').
    The mover is a person or a name, not a place in the text, which its number follows ('Page 4, line 2, leave out
    …'). The words that come out stay unattributed here: they are the amended text's (see `collect._taken_up`)."""
    doc, raw = context.doc, raw_text(context.doc)
    line_start = raw.rfind("\n", 0, quote.open_at) + 1
    end = quote.open_at
    while end > line_start and raw[end - 1].isspace():
        end -= 1
    if INSERTED_WORDING_END.search(raw, max(line_start, end - len("substitute")), end) is None:
        return None
    wording = INSERTED_WORDING.search(raw, line_start, quote.open_at)
    if wording is None:
        return None
    words = doc.char_span(line_start, wording.start(), alignment_mode="contract")

    def moves(token: Token) -> bool:
        return (token.dep_ in SUBJECT_DEPS and _may_speak(token, context.lexicon)
                and not (token.i + 1 < len(doc) and doc[token.i + 1].like_num)
                and context.quotes.innermost(token.idx) == NO_QUOTE and not in_spans(token.idx, context.silent))

    subject = _verb_subject(doc, wording.start("put") if wording.group("put") else wording.start("replace"))
    if subject is not None:
        mover = subject if moves(subject) else None
        if mover is None:
            return None  # the verb's own doer ('the council would replace …') moves it, not the line's first subject
    else:
        mover = next((token for token in words if moves(token)), None) if words is not None else None
    if mover is not None:
        speaker = speaker_span(mover, context.lexicon, context.quotes)
    else:
        speaker = _sponsor_over(doc, line_start)
    if speaker is None:
        return None
    return Attribution(speaker=speaker, cue=wording.group().split()[-1].lower(), cue_start=wording.start(),
                       cue_end=wording.end())


def _verb_subject(doc: Doc, at: int) -> Token | None:
    """Return the active subject of the verb at character `at` ('the council would replace …'), or of the verb it
    completes or is joined to ('Roe proposed to replace …'), else None."""
    verb = doc.char_span(at, at + 1, alignment_mode="expand")
    verb = verb[0] if verb is not None else None
    while verb is not None and verb.pos_ in ("VERB", "AUX"):
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head is not verb else None
    return None


def _sponsor_over(doc: Doc, line_start: int) -> Span | None:
    """Return the first of the names (`SIGNATURE`) that stand on lines of their own right over the line opening at
    `line_start`, blank lines between aside, else None."""
    raw = raw_text(doc)
    at, first = len(raw[:line_start].rstrip()), None
    while at > 0:
        start = raw.rfind("\n", 0, at) + 1
        name = SIGNATURE.fullmatch(raw, start, at)
        if name is None:
            break
        first, at = name.span("name"), start - 1
    return doc.char_span(*first, alignment_mode="contract") if first is not None else None


def _colon_before(doc: Doc, quote: QuoteMarks) -> Token | None:
    """Return the colon right before a quote's opening mark, in the quote's paragraph, else None."""
    raw = raw_text(doc)
    at = quote.open_at - 1
    while at > 0 and raw[at] == " ":
        at -= 1
    if at < 1 or raw[at] != ":" or raw[at - 1] == "\n":
        return None
    colon = doc.char_span(at, at + 1, alignment_mode="expand")
    return colon[0] if colon is not None and colon[0].text == ":" else None


def _clause_before(context: QuoteContext, colon: Token) -> list[Token]:
    """Return the words of the clause a colon closes: from its sentence's start, its line's start or a semicolon, a
    statement of its own ('Council says …; Roe: “…”'), whichever is last."""
    line_start = raw_text(context.doc).rfind("\n", 0, colon.idx) + 1
    clause = [token for token in context.doc[context.sentence(colon.i)[0]:colon.i] if line_start <= token.idx]
    semicolon = max((k for k, token in enumerate(clause) if token.text == ";"), default=-1)
    return clause[semicolon + 1:]


def agent_attribution(context: QuoteContext, quote: QuoteMarks) -> Attribution | None:
    """Attribute a quote after a colon that closes a passive clause with its agent ('…, and was cut off by the host:
    “…”', 'The motion was proposed by Roe and seconded by Marr: “…”') to that agent, whatever cue the clause holds;
    of passives in a row, to the first one's agent, who put the words forward (the seconder only backs them). A body
    that relays the words ('was quoted by the agencies') is no such agent."""
    colon = _colon_before(context.doc, quote)
    if colon is None or _tagged_after(context, quote):
        return None
    clause = _clause_before(context, colon)
    passive = next((token for token in reversed(clause) if _agent_of(token) is not None), None)
    agent = _agent_of(passive) if passive is not None else None
    # the agent's phrase ends the clause (the parser may hang the colon itself on it)
    if agent is None or not colon.i - 1 <= agent.right_edge.i <= colon.i:
        return None
    while passive.dep_ == "conj" and _agent_of(passive.head) is not None:
        passive = passive.head
        agent = _agent_of(passive)
    person = next((child for child in agent.children if child.dep_ == "pobj"), None)
    if person is None or not _may_speak(person, context.lexicon) or relays(person, context.lexicon) \
            or in_spans(person.idx, context.silent):
        return None
    return Attribution(speaker=speaker_span(person, context.lexicon, context.quotes), cue=passive.lemma_,
                       cue_start=passive.idx, cue_end=passive.idx + len(passive))


def _tagged_after(context: QuoteContext, quote: QuoteMarks) -> bool:
    """Return True when a reporting verb follows the quote in its sentence ('“…,” the envoy said'), or a clause that
    reports it whatever its verb (`tag_attribution`: '“…,” resumes the captain'): the tag names the speaker, not the
    clause before the colon."""
    if quote.close_at is None:
        return False
    after = context.doc.char_span(quote.close_at, quote.close_at + 1, alignment_mode="expand")
    if after is None:
        return False
    end = context.sentence(after.end - 1)[1]
    cues = context.cue_tokens
    if any(context.doc[i].pos_ == "VERB" for i in cues[bisect.bisect_left(cues, after.end):bisect.bisect_left(cues, end)]):
        return True
    tag = tag_attribution(context, quote)
    return tag is not None and tag.speaker is not None


def _agent_of(verb: Token) -> Token | None:
    """Return the 'by' of a passive verb's agent, else None."""
    return next((child for child in verb.children if child.dep_ == "agent"), None)


def colon_attribution(context: QuoteContext, quote: QuoteMarks) -> Attribution | None:
    """Attribute a quote that follows a colon in its paragraph to the person the clause before the colon is
    about, with no reporting verb needed ('She was blunt: “…”'), or to whoever issued the statement that clause is
    about ('A statement from the council read: “…”', 'Her answer was short: “…”'; a verb coordinated with the one
    before it shares its subject: 'She put down the cup and smiled: “…”'), else to that statement ('The
    statement ended: “…”'), or to the name that alone opens the paragraph, as headlines put it ('Roe: “…”'); when no
    verb before the colon has a subject (the parser read the clause as a noun phrase: 'A ferry engineer we met
    wrote back:'), to the person noun that heads it."""
    doc = context.doc
    colon = _colon_before(doc, quote)
    if colon is None:
        return None
    raw = raw_text(doc)
    line_start = raw.rfind("\n", 0, colon.idx) + 1
    label = PARAGRAPH_LABEL.fullmatch(raw, line_start, quote.open_at)
    if label is not None and len(label_name(label)) >= LABEL_MIN_CHARS:
        speaker = doc.char_span(*label_name_span(label))
        if speaker is not None and all(token.pos_ == "PROPN" for token in speaker):
            return Attribution(speaker=speaker, cue=":", cue_start=colon.idx, cue_end=colon.idx + 1)
    clause = _clause_before(context, colon)
    if not clause:
        return None
    for verb in reversed(clause):
        subject = nearest_subject(verb)
        if subject is None and verb.dep_ == "conj" and verb.pos_ == "VERB":
            subject = subject_of(verb, lexicon=context.lexicon)
        if subject is None or verb.dep_ == "relcl" and subject.head.i == verb.i:
            continue
        said = source_of_statement(subject, context.lexicon) is not None or is_speech_noun(subject, context.lexicon)
        if not (_may_speak(subject, context.lexicon) or said) or in_spans(subject.idx, context.silent) \
                or context.quotes.innermost(subject.idx) != NO_QUOTE:
            return None
        return Attribution(speaker=speaker_span(subject, context.lexicon, context.quotes), cue=verb.lemma_,
                           cue_start=verb.idx, cue_end=verb.idx + len(verb))
    head = next((token for token in clause if token.pos_ in ("NOUN", "PROPN")
                 and (token.head.i == token.i or not clause[0].i <= token.head.i < colon.i)), None)
    # a name with a timecode is a transcript's turn ('Roe [00:05:31]: “…”'), whose quotes mostly take up others' words
    timecoded = head is not None and head.pos_ == "PROPN" and any(token.like_num or ":" in token.text
                                                                  for token in clause)
    if head is None or timecoded or in_spans(head.idx, context.silent):
        return None
    if is_person(head, context.lexicon):
        speaker = speaker_span(head, context.lexicon, context.quotes)
    elif _named_elsewhere(head):
        speaker = doc[min([head.i] + [child.i for child in head.lefts if child.dep_ == "compound"]):head.i + 1]
    else:
        return None
    return Attribution(speaker=speaker, cue=":", cue_start=colon.idx, cue_end=colon.idx + 1)


def sender_attribution(context: QuoteContext, quote: QuoteMarks, blocks: Sequence[Block],
                       block_starts: Sequence[int]) -> Attribution | None:
    """Attribute a quote to the person a 'from' phrase ending the words before it names, as transcripts, logs and
    letters pages introduce what listeners and readers sent in: the clause its colon closes ('The next question is
    from Jane Roe, a teacher in Leeds: “…”') or the line over a quote that fills its paragraph ('14:05 — Text from
    Jane in Leeds'); only a place phrase may follow the name. A place, a date or a common noun sends nothing ('The
    convoy came from Riga: “…”')."""
    colon = _colon_before(context.doc, quote)
    if colon is not None:
        if _tagged_after(context, quote):
            return None
        words = _clause_before(context, colon)
    else:
        index = block_index(block_starts, quote.open_at)
        line = blocks[index - 1] if index > 0 else None
        if line is None or not _fills_its_paragraph(quote, blocks[index]) or len(line.text) > SOURCE_LINE_MAX_CHARS \
                or line.text[-1:] in SENTENCE_CLOSE + ":":
            return None
        span = context.doc.char_span(line.start, line.end, alignment_mode="expand")
        words = list(span) if span is not None else []
    origin = next((word for word in reversed(words) if word.lower_ == "from" and word.dep_ == "prep"), None)
    sender = next((child for child in origin.children if child.dep_ == "pobj"), None) if origin is not None else None
    if sender is None or sender.pos_ != "PROPN" or sender.ent_type_ in PLACE_LABELS \
            or in_spans(sender.idx, context.silent):
        return None
    tail = [word for word in words if word.i > origin.i and not word.is_punct and not sender.is_ancestor(word)
            and word.i != sender.i]
    if any(not _in_place_phrase(word, after=sender) for word in tail):
        return None
    return Attribution(speaker=speaker_span(sender, context.lexicon, context.quotes), cue=origin.lower_,
                       cue_start=origin.idx, cue_end=origin.idx + len(origin))


def _in_place_phrase(word: Token, *, after: Token) -> bool:
    """Return True when `word` lies in a place phrase ('in Leeds', 'at the university') that opens after `after`."""
    return any(ancestor.lower_ in PLACE_PREPOSITIONS and ancestor.dep_ == "prep" and ancestor.i > after.i
               for ancestor in itertools.chain([word], word.ancestors))


def _named_elsewhere(word: Token) -> bool:
    """Return True for a capitalised word that the entity recogniser reads, somewhere in the document, as part of a
    person's or an organisation's name: a name heading a verbless label in running text ('Roe again: “…”', '…; the
    Navy: “…”'), which the parser may tag as a common noun."""
    return word.text[:1].isupper() and word.ent_type_ not in PLACE_LABELS and any(
        entity.label_ in SPEAKING_LABELS and word.text in (token.text for token in entity) for entity in word.doc.ents)


def characterized_attribution(context: QuoteContext, quote: QuoteMarks) -> Attribution | None:
    """Attribute a quoted term that completes the 'as' of a participle that characterizes (Levin 1993 §29.2) to
    whoever a 'by', 'in' or 'to' phrase on it names ('described in the press as “…”', 'known to sailors as the “…”').
    None when no one is named ('known as “…”'), or the writer or reader is, or more than `AS_MAX_WORDS` words stand
    between 'as' and the quote."""
    doc = context.doc
    content = context.content(quote)
    if content is None or len(content) == 0:
        return None
    as_ = next((token for token in content.root.ancestors if token.lower_ == "as" and token.dep_ == "prep"), None)
    if as_ is None or as_.i >= content.start or len(doc[as_.i + 1:content.start].text.split()) > AS_MAX_WORDS:
        return None
    verb, speaker = as_.head, None
    # the parser may hang 'as' on the source ('known to sailors as'), or on the participle ('described in the press as')
    if verb.dep_ == "pobj" and verb.head.lower_ in AS_SOURCE_PREPOSITIONS and verb.head.head.tag_ == "VBN":
        verb, speaker = verb.head.head, verb
    elif verb.tag_ == "VBN":
        speaker = next((grandchild for child in verb.children if child.dep_ in ("prep", "agent")
                        and child.lower_ in AS_SOURCE_PREPOSITIONS and child.i < as_.i
                        for grandchild in child.children if grandchild.dep_ == "pobj"), None)
    if speaker is None or speaker.lower_ in FIRST_PERSON | SECOND_PERSON or in_spans(speaker.idx, context.silent) \
            or context.quotes.innermost(speaker.idx) != NO_QUOTE:
        return None
    mention = speaker_span(speaker, context.lexicon, context.quotes)
    if mention.start < as_.i < mention.end:
        mention = doc[mention.start:as_.i]
    return Attribution(speaker=mention, cue=verb.lemma_, cue_start=verb.idx, cue_end=verb.idx + len(verb))


def headline_attribution(context: QuoteContext, quote: QuoteMarks, block: Block) -> Attribution | None:
    """Attribute a quote in a headline-like line (short, with no full stop at its end) to the speaker headlines
    name with a colon: before it ('Pilot: the port “has run dry”', 'Port official: “We are ready”') or, after
    a quote that opens the line, after it, up to a preposition or a finite verb after its first word ('“We are
    ready”: a port official on the strike'). The speaker is a person's name or a noun for a person; a label in
    capitals is a transcript's turn, whose quotes are mostly someone else's words."""
    doc, text = context.doc, block.text
    if len(text.split()) > HEADLINE_MAX_WORDS or text.rstrip("”’\"'»")[-1:] in SENTENCE_CLOSE \
            or in_spans(block.start, context.silent) and in_spans(block.end - 1, context.silent):
        return None
    label = HEADLINE_LABEL.match(text)
    opening = quote.open_at == block.start and quote.close_at is not None
    if label is not None and block.start + label.end() <= quote.open_at and not label.group("label").isupper() \
            and len(label.group("label").split()) <= HEADLINE_LABEL_MAX_WORDS:
        colon = block.start + label.end("label")
        speaker = doc.char_span(block.start, colon, alignment_mode="contract")
    elif opening and text.startswith(": ", quote.close_at + 1 - block.start):
        colon = quote.close_at + 1
        after = doc.char_span(colon + 2, block.end, alignment_mode="contract")
        words = list(after[:1]) + list(itertools.takewhile(
            lambda token: token.pos_ not in HEADLINE_PHRASE_ENDS and token.tag_ not in FINITE_TAGS,
            after[1:])) if after is not None else []
        speaker = doc[words[0].i:words[-1].i + 1] if words else None
    else:
        return None
    if speaker is None or not any(_names_a_person(token, context.lexicon) for token in speaker) \
            or any(token.tag_ in FINITE_TAGS for token in speaker):
        return None
    return Attribution(speaker=speaker, cue=":", cue_start=colon, cue_end=colon + 1)


def _names_a_person(word: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a word of a person's name or a noun for a person ('Pilot', 'a retired pilot'), not of a
    headline's label of genre ('Analysis: …', 'Timeline: …')."""
    return word.ent_type_ == "PERSON" or word.lemma_.lower() in lexicon.person_nouns


def free_standing_attribution(context: QuoteContext, quote: QuoteMarks, block: Block, *,
                              next_block: Block | None = None) -> Attribution | None:
    """Attribute a quotation that is a sentence of its own, with no cue, to the person the sentence before it
    in its paragraph is about ('Sokol was gloomy. “Nobody believes it.”') or reports in a tag set into it ('The next
    phase, Sokol said, would cost more. “…”'), or to the speaker a cue in the
    sentence after it names ('“…” That was how Sokol put it.', '“…” That is what I told them.', '“…” Those were
    the words of Sokol.'); a quotation that fills its paragraph, to the speaker so named by the first sentence of
    `next_block` when that sentence opens by pointing back ('So said Sokol …', 'Those were …')."""
    doc, raw = context.doc, raw_text(context.doc)
    # a quotation may end on a quote of its own ('… told us: ‘We cannot.’”'), whose mark follows the full stop
    if quote.depth != 0 or quote.close_at is None or not stands_alone(doc, quote) \
            or raw[quote.start:quote.end].rstrip(INNER_CLOSING_MARKS)[-1:] not in SENTENCE_CLOSE:
        return None
    before = raw[block.start:quote.open_at].rstrip()
    after = raw[quote.close_at + 1:block.end]
    if before and before[-1] not in SENTENCE_CLOSE + "”’\"'":
        return None
    if before:
        previous = doc.char_span(block.start, block.start + len(before), alignment_mode="expand")
        root = previous[-1].sent.root if previous is not None else None
        subject = subject_of(root, lexicon=context.lexicon) if root is not None and root.pos_ in ("VERB", "AUX") else None
        if subject is None and root is not None:
            root, subject = _main_clause_after_participle(root, context.lexicon) or (root, None)
        tag_verb = reporting_tag(doc, root.i, context.lexicon, parse=context.parse) if root is not None else None
        tag = doc[tag_verb] if tag_verb is not None else None
        teller = subject_of(tag, lexicon=context.lexicon) if tag is not None else None
        if _reports_words(root, context.lexicon) and subject is not None and _may_speak(subject, context.lexicon):
            teller = None  # the host's subject spoke ('Peskov, the agency said, insisted …'): the tag only relays it
        if teller is not None and (teller.pos_ in ("PROPN", "NOUN") or is_person(teller, context.lexicon)):
            # the teller of a tag reports the whole sentence, its subject included ('Putin, he said, would …'); a
            # reporting verb's subject speaks, whatever label the recogniser gave its name
            root, subject, speaks = tag, teller, True
        else:
            speaks = subject is not None and _may_speak(subject, context.lexicon)
        if speaks \
                and context.quotes.innermost(subject.idx) == NO_QUOTE and not in_spans(subject.idx, context.silent):
            return Attribution(speaker=speaker_span(subject, context.lexicon, context.quotes), cue=root.lemma_,
                               cue_start=root.idx, cue_end=root.idx + len(root))
    next_start = quote.close_at + 1 + len(after) - len(after.lstrip())
    following = doc.char_span(next_start, block.end, alignment_mode="contract") if after.strip() else None
    if following is None and not before and next_block is not None:
        following = doc.char_span(next_block.start, next_block.end, alignment_mode="contract")
        if following is not None and not _points_back(following[0].sent):
            following = None
    if following is None or len(following) == 0:
        return None
    sentence = following[0].sent
    if context.quotes.opening_between(sentence.start_char, sentence.end_char):
        return None
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_ in context.lexicon.direct_cues:
            subject = subject_of(token, lexicon=context.lexicon)
        elif token.pos_ == "NOUN" and is_speech_noun(token, context.lexicon):
            subject = noun_cue_speaker(token, lexicon=context.lexicon) or _of_object(token)
        else:
            continue
        speaks = subject is not None and (subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in SPEAKING_PRONOUNS)
        if speaks and not in_spans(subject.idx, context.silent):
            return Attribution(speaker=speaker_span(subject, context.lexicon, context.quotes), cue=token.lemma_,
                               cue_start=token.idx, cue_end=token.idx + len(token))
    return None


def _main_clause_after_participle(root: Token, lexicon: QuoteLexicon) -> tuple[Token, Token] | None:
    """Return the verb and the person subject of the main clause of a sentence that opens with a participle clause
    ('Asked whether …, she smiled.'), when the parser made the participle the root and the main clause a clause
    it governs: the participle's implied subject is the main clause's (Quirk et al. 1985 §15.58); else None. A clause
    opened by its own subordinator ('when she came', 'because he left') is subordinate, not the main clause."""
    if root.i != root.sent.start or root.tag_ not in ("VBN", "VBD") or root.dep_ != "ROOT":
        return None
    clauses = [word for word in root.subtree if word.dep_ == "advcl" and word.i > root.i and word.pos_ == "VERB"
               and not any(child.dep_ == "mark" or child.tag_ == "WRB" for child in word.children)
               and (subject := nearest_subject(word)) is not None and subject.i > root.i]
    if not clauses or not is_person(subject := nearest_subject(clauses[0]), lexicon):
        return None
    return clauses[0], subject


def _points_back(sentence: Span) -> bool:
    """Return True for a sentence that opens by pointing back at what came before ('So said …', 'Those were the
    words of …', 'That, at least, is how …')."""
    return any(token.lower_ in POINTING_BACK and token.dep_ != "mark" for token in sentence[:POINTING_BACK_REACH])


def _of_object(noun: Token) -> Token | None:
    """Return X of 'the words of X', else None."""
    of = next((child for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"), None)
    return next((child for child in of.children if child.dep_ == "pobj"), None) if of is not None else None


def _reports_words(verb: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a reporting verb that takes what its subject said as a clause ('insisted the drawdown would
    not …', 'warned the council that …', 'accused the West of arming …'): the sentence reports its subject's speech,
    which a quotation after it goes on to give, whoever relays it in a tag; not a verb whose object is a thing
    ('announced a withdrawal', 'would promise new cranes'), where the tag's teller tells of an act."""
    return verb.lemma_ in lexicon.direct_cues and any(
        child.i > verb.i and (child.dep_ == "ccomp" or child.dep_ == "prep"
                              and any(grand.dep_ == "pcomp" for grand in child.children))
        for child in verb.children)  # after the verb: a tag before it may be read as its complement


def _may_speak(subject: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a subject that can be a quotation's speaker: a person, or a name that is not a place."""
    return is_person(subject, lexicon) or (subject.pos_ == "PROPN" and subject.ent_type_ not in PLACE_LABELS)


def continuation(doc: Doc, quote: QuoteMarks, earlier: QuoteMarks, attribution: Attribution,
                 block_starts: Sequence[int], sentence: Sentence) -> Attribution | None:
    """Return the earlier quote's attribution when `quote` continues it: the second half of a quote its cue splits
    ('“…,” she added, “…”'), or a new sentence (`sentence`, where `quote` opens) of quoted words in the same
    paragraph, right after the attributed quote's sentence: within `CONTINUATION_MAX_GAP_CHARS` of its cue, or
    further when no sentence ends between (a long tag: '“…,” said X, a trader who … and who …. “…”'), nor a clause
    set off by a semicolon or a colon ('“…,” said X, who …; the others … . “…”')."""
    if block_index(block_starts, earlier.open_at) != block_index(block_starts, quote.open_at):
        return None
    raw = raw_text(doc)
    if earlier.closed_or_end < attribution.cue_start < quote.open_at \
            and SPLITTING_CLAUSE.fullmatch(raw, earlier.closed_or_end + 1, quote.open_at):
        return attribution
    if not stands_alone(doc, quote):
        return None
    between = raw[max(attribution.cue_end, earlier.closed_or_end) + 1:quote.open_at]
    # the tag may run long ('said X, a … who …, and …'); past the gap, no other sentence or clause may stand between
    if sentence.start == quote.open_at and (len(between) < CONTINUATION_MAX_GAP_CHARS
                                            or not CLAUSE_BREAK.search(between)) \
            and not in_quote(sentence.start - 1, [earlier]):
        return attribution
    return None
