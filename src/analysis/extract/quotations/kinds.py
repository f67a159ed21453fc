"""What a quote in marks is, apart from who said it: the speaker's own sentence or a fragment, the
title of a work, or a name in use."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from analysis.extract.quotations.lexicon import QuoteLexicon
from analysis.extract.quotations.marks import QuoteMarks
from analysis.nlp.sentences import raw_text

TITLE_LOOKBACK_CHARS = 40
TITLE_LOOKBACK_WORDS = 3
TITLE_MIN_WORDS = 3
TITLE_MAX_CHARS = 200
# Words a title leaves in lower case (articles, conjunctions, short prepositions), after the usual style guides.
TITLE_FUNCTION_WORDS = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
                                  "in", "of", "off", "on", "per", "to", "up", "via", "with", "from", "into", "vs"})
SENTENCE_CLOSE = ".!?…"
# A year, or a span of years, in brackets right after a quote: a work's date ('“Salt Roads” (2023–24)').
DATED_WORK = re.compile(r"[ \t]*\(\d{4}(?:[–-]\d{2,4})?\)")
DATED_TITLE_MIN_WORDS = 2
# An indefinite article right before the mark: the words are a description in use ('calls it a “Slow Ruin”'), no title.
INDEFINITE_BEFORE = re.compile(r"\ban?[ \t]*$", re.IGNORECASE)
# A headline, or its kin, that 'reads' the words after it, in the same sentence and right before the mark ('the
# headline on page 2 read: “…”', 'its front page now reads “…”').
HEADLINE_READS = re.compile(r"\b(?:headlines?|strapline|front page)\b[^.!?…\n\"“”‘’«»]{0,80}"
                            r"\b(?P<read>read[s]?)[ \t]*[:,]?[ \t]*$", re.IGNORECASE)
# Who may be the subject of that 'read': the display line itself, or a relative pronoun standing for it.
HEADLINE_SUBJECTS = frozenset({"headline", "headlines", "strapline", "page", "which", "that"})
HEADLINE_LOOKBACK_CHARS = 120
FRAGMENT_MIN_WORDS = 5
# What closes off a title set in apposition after a comma ('her report, “Ports and power”, argued').
APPOSITION_CLOSE = frozenset({",", ")", ";", "–", "—"})
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
SENTENCE_MIN_WORDS = 3
# A numbered or bulleted list entry that opens with the quote ('2. “Moscow could make him go.”').
LIST_ENTRY = re.compile(r"(?:^|\n)[ \t]*(?:[-•*·–—]|\d{1,3}[.)])[ \t]*$")
# What lies between a speech tag's reporting verb and the quoted words that resume the sentence: the rest of the tag
# (no sentence end), then a comma and perhaps a coordinating conjunction ('…, he said, but “…”').
RESUMING_GAP = re.compile(r"[^.!?…\n\"“”‘’«»]{0,120},\s*(?:(?:and|but|or|yet|so)\s+)?")
# A list entry that opens with a quoted title: a bullet or number before it, a dash, a 'by' or the outlet in
# brackets after it ("“Ports and power” – an essay on shipping", "2. ‘The long road,’ by Jane Moss").
ENTRY_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-•*·–—]|\d{1,3}[.)])?[ \t]*$")
ENTRY_CREDIT = re.compile(r"[,.:]?\s+(?:by\s+[A-Z]|\([A-Z])")
# A dash that opens a sentence pointing back at the quote ('“…” – that was the message from …') describes no work; the
# name after 'by' keeps its capital. A bracket may name an outlet ('(The Coast Weekly)') or describe the work ('(oil
# on canvas, 2015)', '(photograph)'), unless it credits a person (`_credits_a_person`).
ENTRY_DESCRIPTION = re.compile(r"[,.:]?\s+(?:[–—-]\s(?!(?:that|this|those|these|so|thus|such)\b)"
                               r"|(?-i:[Bb]y\s+[A-Z])|\([a-z])", re.IGNORECASE)
# A bracket in lower case after a quote, which may name whom the words come from ('“…” (shipping client, north coast)').
CREDIT_BRACKET = re.compile(r"[,.:]?\s+\((?=[a-z])(?P<credit>[^()\n]+)\)")


# An author–date citation with a page after a quote ('“…” (Roe, 2019, p. 12)'): the source of quoted words, not the
# description of a work that a list entry gives after a title, unless a dash describes the entry after it ('“…” (Roe,
# 2019: 3–9) – a survey of …'), as reading lists give an article with its pages.
PAGE_CITATION = re.compile(r"[ \t]*\([^()\n]*\b\d{4}[a-z]?[,:]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?\)")
CITATION_DESCRIBED = re.compile(r"[ \t]*[–—-]\s")

# A bracketed source between a quote and the end of its sentence ('“…” (p. 94).', '“…” (Roe 2019, 12).'), where
# author–date and page citations stand (Chicago Manual of Style 15.25).
CITED_SENTENCE_END = re.compile(r"[ \t]*\([^()\n]{1,60}\)[ \t]*[.!?…]")

# The patterns of the tests below, compiled once.
THAT_AT_END = re.compile(r"\bthat$", re.IGNORECASE)
THAT_BEFORE_SPACES = re.compile(r"\bthat\s*$", re.IGNORECASE)
SENTENCE_OR_LINE_BREAK = re.compile(r"[.!?…]\s|\n")
WORD_RUN = re.compile(r"[\w-]+")
TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def stands_alone(doc: Doc, quote: QuoteMarks) -> bool:
    """Return True when the quoted words read as the speaker's own sentence, not a fragment of the author's."""
    raw = raw_text(doc)
    first = quote.start
    while first < quote.end and raw[first] == "[":
        first += 1
    if first == quote.end:
        return False
    return raw[first].isupper() or raw[first].isdigit() or raw[quote.start] == "["


def is_main_clause(content: Span | None) -> bool:
    """Return True for words that make a main clause of their own: a finite verb (or a finite auxiliary of it) that
    heads them, with its subject and no subordinator inside the marks ('Oslo will stay', not 'Oslo for good' or 'if
    Oslo stays'); a 'that' before the marks is the author's."""
    if content is None or len(content) == 0:
        return False
    root = content.root
    children = [child for child in root.children if content.start <= child.i < content.end]
    finite = root.tag_ in FINITE_TAGS or any(child.dep_ in ("aux", "auxpass") and child.tag_ in FINITE_TAGS
                                             for child in children)
    return finite and any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in children) \
        and not any(child.dep_ == "mark" for child in children)


def reads_as_sentence(doc: Doc, quote: QuoteMarks) -> bool:
    """Return True when the quoted words stand alone (see `stands_alone`) and are not a phrase with no finite verb set
    into the author's sentence after a word ('called the truce “Oslo’s Munich”', 'a peace that would be
    “Baltic-made and Baltic-kept”'); an imperative ('told them “Go home”') or a phrase that ends a sentence inside
    its marks ('replied “Never.”') reads as one. After 'that', only a main clause of the speaker's own, its capital
    kept, reads as one ('said that “Oslo will stay.”', not 'said that “Oslo for good.”'; see `is_main_clause`), as
    the project's gold codes it: full clauses are `direct`, a fragment after 'that' `partial`."""
    if not stands_alone(doc, quote):
        return False
    raw = raw_text(doc)
    end = quote.open_at  # where the text before the mark ends, without the spaces before the mark
    while end > 0 and raw[end - 1] == " ":
        end -= 1
    set_in = raw[end - 1:end].isalnum()
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    # a match of 'that' ends the text before the mark: its last five characters hold it and the character before
    if set_in and THAT_AT_END.search(raw[max(0, end - len(" that")):end]):
        return is_main_clause(content)
    if not set_in or raw[quote.end - 1:quote.end] in SENTENCE_CLOSE:
        return True
    return content is not None and (any(token.tag_ in FINITE_TAGS for token in content) or content[0].tag_ == "VB")


def resumes_after_tag(doc: Doc, quote: QuoteMarks, cue_start: int) -> bool:
    """Return True for quoted words in lower case that take up the speaker's sentence after its speech tag, set off by
    a comma, perhaps with a conjunction ('…, she said, “the port stays shut.”', '…, said a pilot, but “we fly on.”'),
    when they are a main clause of their own, opening with its subject (no 'while …' or 'not if …'), that ends the
    sentence: the speaker's sentence resumed after a reporting clause in medial position (Quirk et al. 1985, §14.29),
    not a fragment set into the author's. `cue_start` is where the tag's reporting verb opens; a tag with no finite
    verb ('according to X', 'in the words of X') is no reporting clause."""
    raw = raw_text(doc)
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if cue is None or cue[0].tag_ not in FINITE_TAGS or not raw[quote.start:quote.start + 1].islower():
        return False
    cue_end = cue[0].idx + len(cue[0])
    if not (cue_end <= quote.open_at and RESUMING_GAP.fullmatch(raw, cue_end, quote.open_at)):
        return False
    after = raw[quote.close_at + 1:quote.close_at + 2] if quote.close_at is not None else ""
    content = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    if content is None or len(content) == 0 or not (raw[quote.end - 1] in SENTENCE_CLOSE or after in SENTENCE_CLOSE):
        return False
    root = content.root
    finite = root.tag_ in FINITE_TAGS or any(child.dep_ == "aux" and child.tag_ in FINITE_TAGS
                                             for child in root.children)
    subject = next((child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    return finite and subject is not None and subject.left_edge.i == content.start \
        and not any(child.dep_ == "mark" for child in root.children)


def is_unnamed_fragment(doc: Doc, quote: QuoteMarks) -> bool:
    """Return True for someone's words quoted without naming them: a fragment in lower case that is a clause
    (a finite verb and more) or runs to several words ('officials were “keenly aware that …”'); a term of one to
    a few words ('“regime change”', 'whether the board “abandoned” the ferry') is a scare quote."""
    raw = raw_text(doc)
    if not raw[quote.start:quote.start + 1].islower():
        return False
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if content is None:
        return False
    words = [token for token in content if token.is_alpha]
    clause = len(words) > 1 and any(token.tag_ in FINITE_TAGS for token in content)
    return len(words) >= FRAGMENT_MIN_WORDS or clause


def is_unnamed_sentence(doc: Doc, quote: QuoteMarks) -> bool:
    """Return True for someone's whole sentence quoted without naming them ('he smiled. “We have enough.”', 'Asked
    “Should the fleet stay?”, most said no'): words that stand alone (see `stands_alone`), hold a finite verb and
    run to `SENTENCE_MIN_WORDS` words or more, and end a sentence inside the marks or just after them (past a
    bracketed citation, `CITED_SENTENCE_END`, or at the end of a line the quote fills, as a headline); after
    'that', only a main clause (see `is_main_clause`) that a verb reports ('the memo records that “…”', not a noun's
    content, as an adage: 'the old rule that “…”'; see `_complements_a_verb`). A quote that is a numbered or
    bulleted list entry is a claim held up for discussion, not anyone's words."""
    raw = raw_text(doc)
    window = max(0, quote.open_at - TITLE_LOOKBACK_CHARS)
    if quote.close_at is None or not stands_alone(doc, quote) or LIST_ENTRY.search(raw, window, quote.open_at):
        return False
    ends = raw[quote.start:quote.end].rstrip()[-1:] in SENTENCE_CLOSE or \
        raw[quote.close_at + 1:quote.close_at + 2] in SENTENCE_CLOSE or \
        CITED_SENTENCE_END.match(raw, quote.close_at + 1) is not None or _fills_its_line(raw, quote)
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    that = THAT_BEFORE_SPACES.search(raw, window, quote.open_at)
    if that is not None and not (is_main_clause(content) and _complements_a_verb(doc, that.start())):
        return False
    return ends and content is not None and sum(token.is_alpha for token in content) >= SENTENCE_MIN_WORDS \
        and any(token.tag_ in FINITE_TAGS for token in content)


def _complements_a_verb(doc: Doc, that_at: int) -> bool:
    """Return True when the 'that' at character `that_at` opens a clause a verb takes ('records that …', 'is that …',
    'records at paragraph 6 that …'), not a noun's content ('the rule that …', 'the statement that …'): the word
    before it is no noun. Read on the tags, as the parser often takes such a clause for a relative one."""
    that = doc.char_span(that_at, that_at + len("that"), alignment_mode="expand")
    return that is not None and that.start > 0 and not doc[that.start - 1].tag_.startswith("NN")


def _fills_its_line(raw: str, quote: QuoteMarks) -> bool:
    """Return True for a quote that fills its line, marks and all: a headline or display line, which leaves out the
    full stop of a sentence (as headline styles do)."""
    line_start = raw.rfind("\n", 0, quote.open_at) + 1
    line_end = raw.find("\n", quote.close_at)
    return not raw[line_start:quote.open_at].strip() and not raw[quote.close_at + 1:line_end if line_end >= 0 else
                                                                   len(raw)].strip()


def _words_before(doc: Doc, quote: QuoteMarks) -> list[str]:
    """Return the last few words before a quote's opening mark in its sentence and paragraph."""
    before = raw_text(doc)[max(0, quote.open_at - TITLE_LOOKBACK_CHARS):quote.open_at]
    return WORD_RUN.findall(SENTENCE_OR_LINE_BREAK.split(before)[-1])[-TITLE_LOOKBACK_WORDS:]


def _after_a_work_noun(doc: Doc, quote: QuoteMarks, lexicon: QuoteLexicon) -> bool:
    """Return True when one of the last few words before a quote is a work noun with no finite verb after it ('his
    essay “…”', 'a report titled “…”'), not one that only ends a clause's subject ('said the report was “…”'); past a
    comma, only for a quote that a comma or bracket closes off as an apposition ('her report, “Ports and power”,
    argued'), not for the start of a new phrase ('the core of her pamphlet, the “…”', 'on paper, ‘but …’'); past a
    colon, not for a whole sentence (see `is_unnamed_sentence`)."""
    if not any(word in lexicon.work_nouns for word in _words_before(doc, quote)):
        return False
    window = doc.char_span(max(0, quote.open_at - TITLE_LOOKBACK_CHARS), quote.open_at, alignment_mode="contract")
    tokens = list(window or ())
    last = max((i for i, token in enumerate(tokens) if token.text in lexicon.work_nouns), default=len(tokens))
    if any(token.text == "," for token in tokens[last + 1:]) and (
            quote.close_at is None or raw_text(doc)[quote.close_at + 1:quote.close_at + 2] not in APPOSITION_CLOSE):
        return False
    # a colon closes the clause the work noun ends, and a whole sentence after it is what that clause introduces ('an
    # officer told the programme: “They never fired.”'), as a colon introduces a quotation (Chicago Manual of Style
    # 6.65), not the work's name
    if any(token.text == ":" for token in tokens[last + 1:]) and is_unnamed_sentence(doc, quote):
        return False
    # a subordinator ('mark' on the parse: 'that', 'whether', 'if', 'because', ...) after the work noun opens a clause,
    # such as the one reported to it ('told the paper that “…”', 'asked the programme whether “…”'; Quirk et al. 1985
    # §15.3), not the work's name
    return not any(token.tag_ in FINITE_TAGS or token.dep_ == "mark" for token in tokens[last + 1:])


def _after_a_periodical_noun(doc: Doc, quote: QuoteMarks, lexicon: QuoteLexicon) -> bool:
    """Return True for a short quote that opens with a capital letter right after a periodical noun, with only a space
    between ('the weekly “Harbour Lines”'): the periodical's name, not words quoted from it or said to it ('told the
    newspaper “absolutely not”', 'accused the newspaper of “lies”', nor a whole sentence: see `is_unnamed_sentence`)."""
    raw = raw_text(doc)
    before = raw[max(0, quote.open_at - TITLE_LOOKBACK_CHARS):quote.open_at]
    words = WORD_RUN.findall(before)
    return (bool(words) and words[-1].lower() in lexicon.periodical_nouns and before[:-1].endswith(words[-1])
            and before[-1:].isspace() and raw[quote.start:quote.start + 1].isupper()
            and quote.end - quote.start <= TITLE_MAX_CHARS and not is_unnamed_sentence(doc, quote))


def _title_cased(words: str, min_words: int = TITLE_MIN_WORDS) -> bool:
    """Return True for words in title case: at least `min_words`, every word but a short function word capitalised,
    and each part of a hyphenated word ('Baltic-Made', not 'Baltic-made'), as style guides cap compounds in titles."""
    found = TITLE_WORD.findall(words)
    content_words = [word for word in found if word.lower() not in TITLE_FUNCTION_WORDS]
    parts = [part for word in content_words for part in word.split("-")]
    return len(found) >= min_words and bool(content_words) and all(
        part[:1].isupper() or part.lower() in TITLE_FUNCTION_WORDS for part in parts)


def _dated_work(raw: str, quote: QuoteMarks) -> bool:
    """Return True for a name of two or more words in title case with only a year in brackets after it ('her memoir,
    “Quay Nights” (2019), is', 'shown in “Salt Roads” (2023–24)'): a work given with its date, as reference styles set
    it; an author–date citation names the author in the brackets ('“…” (Roe 2019, 12)') and stays a quotation, as do
    words after an indefinite article, a description with the year of its author's work ('Roe calls the port a
    “Floating Ruin” (2019)')."""
    return (quote.close_at is not None and quote.end - quote.start <= TITLE_MAX_CHARS
            and INDEFINITE_BEFORE.search(raw, max(0, quote.open_at - TITLE_LOOKBACK_CHARS), quote.open_at) is None
            and DATED_WORK.match(raw, quote.close_at + 1) is not None
            and _title_cased(raw[quote.start:quote.end].rstrip(" ,"), DATED_TITLE_MIN_WORDS))


def _read_by_a_headline(doc: Doc, quote: QuoteMarks) -> bool:
    """Return True for the words a headline or front page reads ('the headline read: “…”', 'its front page simply read
    “…”'): the display line's own title; what a note, sign or document reads is its words (a quotation). Found on the
    text, as the parser often takes 'read' after a noun for a noun; but a 'read' with someone else as its subject, or
    in the base form, is a person reading ('asked about the headlines, the mayor read: “…”', 'cares to read “…”')."""
    raw = raw_text(doc)
    found = HEADLINE_READS.search(raw, max(0, quote.open_at - HEADLINE_LOOKBACK_CHARS), quote.open_at)
    if found is None:
        return False
    read = doc.char_span(found.start("read"), found.end("read"), alignment_mode="expand")
    if read is None:
        return True
    subjects = [child for child in read.root.children if child.dep_ in ("nsubj", "nsubjpass")]
    return read.root.tag_ != "VB" and all(child.lower_ in HEADLINE_SUBJECTS for child in subjects)


def _cited_quotation(raw: str, at: int) -> bool:
    """Return True when a citation with a page (`PAGE_CITATION`) starts at `at` and no dash describes a work after it."""
    cited = PAGE_CITATION.match(raw, at)
    return cited is not None and not CITATION_DESCRIBED.match(raw, cited.end())


def _credits_a_person(doc: Doc, quote: QuoteMarks) -> bool:
    """Return True for a bracket in lower case, with no number in it, after quoted words that are a clause (a finite
    verb): it credits whoever said them ('“Can we sail before the storms?” (shipping client, north coast)'). After a
    phrase, or with a year, a bracket describes a work: its medium, year or format ('“Evening over the bay” (oil on
    canvas, 2015)', '“The last ferry” (photograph)')."""
    bracket = CREDIT_BRACKET.match(raw_text(doc), quote.close_at + 1)
    if bracket is None or any(char.isdigit() for char in bracket.group("credit")):
        return False
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return content is not None and any(token.tag_ in FINITE_TAGS for token in content)


def is_title(doc: Doc, quote: QuoteMarks, section: str, lexicon: QuoteLexicon) -> bool:
    """Return True for the title of a work: a top-level quote in references, one right after a work noun (see
    `_after_a_work_noun`) or a periodical noun (see `_after_a_periodical_noun`), one in title case, a shorter one in
    title case given with its year (`_dated_work`), a headline's words (`_read_by_a_headline`), or one opening a
    list entry that a dash or 'by' describes, or a bracket other than a citation with a page (`PAGE_CITATION`) or a
    person's credit (`_credits_a_person`)."""
    if section == "references" and quote.depth == 0:
        return True
    raw = raw_text(doc)
    if quote.end - quote.start <= TITLE_MAX_CHARS and _title_cased(raw[quote.start:quote.end]):
        return True
    if _dated_work(raw, quote) or _read_by_a_headline(doc, quote):
        return True
    if (quote.depth == 0 and quote.close_at is not None and quote.end - quote.start <= TITLE_MAX_CHARS
            and raw[quote.end - 1] not in ".;"
            and ENTRY_OPENING.search(raw, max(0, quote.open_at - TITLE_LOOKBACK_CHARS), quote.open_at)
            and (ENTRY_CREDIT if raw[quote.end - 1] == "," else ENTRY_DESCRIPTION).match(raw, quote.close_at + 1)
            and not _cited_quotation(raw, quote.close_at + 1) and not _credits_a_person(doc, quote)):
        return True
    return _after_a_work_noun(doc, quote, lexicon) or _after_a_periodical_noun(doc, quote, lexicon)


def names_a_thing(doc: Doc, quote: QuoteMarks, lexicon: QuoteLexicon) -> bool:
    """Return True for a quote right after a naming word with no agent ('the route known as the “…”',
    'so-called “…”'): the words are a name in use, not anyone's speech."""
    if not any(word.lower() in lexicon.naming_words for word in _words_before(doc, quote)):
        return False
    before = doc.char_span(max(0, quote.open_at - TITLE_LOOKBACK_CHARS), quote.open_at, alignment_mode="expand")
    return before is None or not any(token.lower_ in lexicon.naming_words and
                                     any(child.dep_ in ("nsubj", "agent") for child in token.children)
                                     for token in before)


# A name in marks set off by commas: one to three capitalised words, the comma inside or right after the closing
# mark ('“Rima,” said', '“Yusra,” who', '"Omar", a trader …').
PSEUDONYM_WORDS = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}")
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})
POSTMODIFIER_DEPS = frozenset({"prep", "pobj"})


def _person_noun_follows(doc: Doc, start: int, persons: frozenset[str]) -> bool:
    """Return True when the words after token `start`, past marks and a comma, open a phrase headed by a noun for a
    person ('…,” a miller from the valley'): the description in apposition the parser may hang elsewhere."""
    words = [token for token in doc[start:start + 6] if not (token.is_quote or token.text == ",")]
    for token in words:
        if token.pos_ == "NOUN":
            return token.lemma_.lower() in persons
        if token.pos_ not in ("DET", "ADJ"):
            return False
    return False


def _phrase_head(token: Token) -> Token:
    """Return the head of the noun phrase that `token` ends, climbing out of its prepositional postmodifiers ('a nurse
    at one of the clinics' from 'clinics': 'nurse')."""
    while token.dep_ in POSTMODIFIER_DEPS and token.head.i < token.i:
        token = token.head
    return token


def is_pseudonym(doc: Doc, quote: QuoteMarks, lexicon: QuoteLexicon) -> bool:
    """Return True for a person's name in marks, the way reports, human rights reports above all, mark a name that
    is not the person's own (a pseudonym, 'a nurse, “Rima,” said …'): one to three capitalised proper nouns set off
    by commas that stand where a person's name stands: in apposition to a noun for a person or to 'one' ('one of
    them, “Omar,” who …'), before a 'who' clause or a noun for a person in apposition, or as the subject of the verb
    of saying before it ('…,” said “Karim,” a miller …'); never a slogan or title as its object ('chanted “Free
    Harbour,” as …'). Such a name is no quotation: its words are the writer's, and the person it names can be a
    speaker."""
    if quote.depth or quote.close_at is None:
        return False
    raw = raw_text(doc)
    words = raw[quote.start:quote.end].rstrip(" ,")
    comma = raw[quote.start:quote.end].rstrip().endswith(",") or raw[quote.close_at + 1:quote.close_at + 2] == ","
    if not comma or not PSEUDONYM_WORDS.fullmatch(words) or words.split()[0] in ("The", "A", "An"):
        return False
    span = doc.char_span(quote.start, quote.start + len(words), alignment_mode="expand")
    if span is None or not all(token.pos_ == "PROPN" for token in span):
        return False
    name = span.root
    persons = lexicon.personal_nouns
    children = list(name.children)
    if any(child.dep_ == "relcl" and doc[child.left_edge.i].lower_ in RELATIVE_PRONOUNS for child in children):
        return True
    if any(child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in persons for child in children):
        return True
    before = [token for token in doc[max(0, span.start - 3):span.start] if not token.is_quote]
    if before and before[-1].lemma_.lower() in lexicon.direct_cues and before[-1].pos_ == "VERB":
        verb = before[-1]
        return (name.dep_ == "nsubj" and name.head.i == verb.i) or _person_noun_follows(doc, span.end, persons)
    if len(before) >= 2 and before[-1].text == ",":
        head = _phrase_head(before[-2])
        return head.lemma_.lower() in persons or head.lower_ in ("one", "another")
    return False
