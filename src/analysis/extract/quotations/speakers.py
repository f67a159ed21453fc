"""Speakers: the mention a cue points at (`speaker_span`), its subject, and where no speaker can be
(datelines, bylines, page chrome). Names are resolved in `names`."""

from __future__ import annotations

import bisect
import math
import re
from typing import Collection, Sequence

from spacy.tokens import Doc, Span, Token

from analysis.corpus.sections import Block
from analysis.extract.quotations.lexicon import QuoteLexicon
from analysis.extract.quotations.index import QuoteIndex
from analysis.extract.quotations.marks import ALL_MARKS
from analysis.nlp.arrays import ParseArrays, string_ids, token_span
from analysis.nlp.gazetteer import default_gazetteer

FIRST_PERSON = frozenset({"i", "we", "my", "our"})
SECOND_PERSON = frozenset({"you", "your"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
THIRD_PERSON = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DEMONSTRATIVES = frozenset({"this", "that"})
# Words that stand for one person of a group named before ('“…,” said one', '… and another added').
ONE_OF_A_GROUP = frozenset({"one", "another"})
SUBJECT_SEARCH_DEPTH = 3
# What a reporting verb takes when it is no tag set into another clause ('he recalled that …', 'recalled the date').
TAG_COMPLEMENT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "dative"})
# Verbs whose subject utters the reporting noun they take as object ('made the promise', 'issued a statement',
# 'voiced criticism', 'the agencies carried a report'): light verbs and verbs of publishing and broadcasting (Quirk et
# al. 1985 §10.45 on eventive objects; Levin 1993 §37 verbs of communication). The subject of any other verb only
# meets the words ('attended a lecture', 'heard a speech').
UTTERING_VERBS = frozenset({"make", "give", "deliver", "issue", "release", "publish", "send", "offer", "voice",
                            "express", "repeat", "restate", "renew", "reiterate", "read", "post", "lodge", "file",
                            "write", "sign", "utter", "add", "carry", "run", "print", "broadcast", "air"})
# Prepositions of place: 'a pilot in Riga, who …' is about the pilot.
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "inside", "across", "around"})
TRAILING_CLAUSES = frozenset({"relcl", "appos", "acl"})
# The arguments of a verb that a place phrase hung on the verb may describe ('met a pilot in Riga', 'was Ivo in Riga').
PLACE_OWNER_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
POST_PREPOSITIONS = frozenset({"to", "of", "for", "at"})
# Entity labels of places and times: a name so labelled is no speaker.
TIME_LABELS = frozenset({"DATE", "TIME"})
# Tags of the finite verb forms a conjunct shares with the clause it goes on (see `_reported_persons`).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Verbs by which words reach the writer from their source ('a message came in from …', 'the line comes from …').
COMING_VERBS = frozenset({"come", "arrive"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"}) | TIME_LABELS
# Entity labels of a people or a group ('Syrians', 'Kurds'), and the tag of a plural name: no one person's view.
GROUP_LABELS = frozenset({"NORP"})
PLURAL_NAME_TAG = "NNPS"
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# The head nouns of organisations' names that the entity recogniser may not tag ORG (OntoNotes 5.0's ORG:
# companies, agencies, institutions), beside the lexicon's bodies (`collective_noun`: council, committee, …).
ORGANISATION_HEADS = frozenset({"agency", "association", "authority", "board", "bureau", "commission", "company",
                                "corporation", "department", "foundation", "institute", "ministry", "office",
                                "society", "trust", "union", "university"})
# Entity labels of organisations and of peoples or groups: a noun so labelled is a body, not one person.
BODY_LABELS = frozenset({"ORG", "NORP"})
# Entity labels of places: a word the recogniser or the gazetteer gives one is no part of a double-barrelled name.
NAMED_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SILENT_SECTIONS = frozenset({"byline", "boilerplate"})
DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z](?:, [A-Z][a-z]{2,}\.? \d{1,2})?"
                      r"(?:(?: \([^()\n]{1,60}\))? ?[–—-] |\. /[^/\n]{1,40}/\.? )")
# A speaker label opening a paragraph, perhaps after a timecode: "Dorn: …", "[00:02:10] JANE ROE: …"; a name in
# capitals may carry a role or a note, as broadcast transcripts caption a speaker: "JANE ROE, Port Authority: …",
# "CORRESPONDENT (voice-over): …", "PIET VOS (translated): …" (with no digit, unlike a dateline's date); a name in
# plain case, a note only: "Jane Roe (via video link): …".
LABEL_NOTE = r" \([^()\n\d]{1,40}\)"
LABEL_ROLE = r"(?:, [^:\n\d]{1,80}?|" + LABEL_NOTE + ")"
LABEL_NAME = (r"(?:(?P<caps>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,3})"
              r"|(?P<plain>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]+){0,2}))"
              r"(?(caps)" + LABEL_ROLE + "*|(?:" + LABEL_NOTE + ")?)")
PARAGRAPH_LABEL = re.compile(r"(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]? +)?" + LABEL_NAME + ": ")
# The same label alone on its line, over the words it introduces ("JANE ROE, Port Authority:").
LINE_LABEL = re.compile(LABEL_NAME + ":")

# A letter's signature: a name alone on its line, each word capitalised, perhaps with a town after a comma. It holds
# at most `SIGNATURE_MAX_SPACES` spaces (title, four name words, three town words), so a line with more is not tried:
# a change to the pattern's counts must change that number.
SIGNATURE = re.compile(r"(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev)\.? )?[A-Z](?:[\w’'-]+|\.)(?: [A-Z][\w.’'-]*){1,3})"
                       r"(?:, [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})?")
SIGNATURE_MAX_SPACES = 7
PROSE_MIN_WORDS = 8
# Labels of names that cannot be a person's name set beside a noun for a person ('a pilot I met in Riga, …').
APPENDED_NAME_EXCLUDED = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                    "QUANTITY"})


def surname(name: str) -> str:
    """Return the last word of a name without a hyphenated particle ('al-Assad' → 'Assad')."""
    return name.split()[-1].split("-")[-1] if name.split() else name


def unbracketed(text: str) -> str:
    return text.replace("[", "").replace("]", "")


def silent_spans(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Return the sorted character spans no speaker can come from: bylines, page chrome, datelines and speaker
    labels (their words are said under the label, not about it)."""
    spans = []
    for block in blocks:
        if block.section in SILENT_SECTIONS:
            spans.append((block.start, block.end))
        elif (dateline := DATELINE.match(block.text)) is not None:
            spans.append((block.start, block.start + dateline.end()))
        elif (label := paragraph_label_match(block.text) or _line_label_match(block.text)) is not None:
            spans.append((block.start, block.start + label.end()))
    return spans


def letters(blocks: Sequence[Block]) -> list[tuple[int, int, str]]:
    """Return `(start, end, writer)` for each letter a signature closes: the prose paragraphs right above a line
    that is only a name, perhaps with a town after a comma or on the next line, as letters pages sign them."""
    found = []
    for i in range(1, len(blocks)):
        # a signature holds at most seven spaces (a title's, three between its names, three in its town's)
        signature = SIGNATURE.fullmatch(blocks[i].text) if blocks[i].text.count(" ") <= SIGNATURE_MAX_SPACES else None
        if signature is None or not _is_prose(blocks[i - 1]):
            continue
        first = i - 1
        while first > 0 and _is_prose(blocks[first - 1]):
            first -= 1
        found.append((blocks[first].start, blocks[i - 1].end, signature.group("name")))
    return found


def _is_prose(block: Block) -> bool:
    return len(block.text.split()) >= PROSE_MIN_WORDS and block.text.rstrip("”’\"')")[-1:] in ".!?…"


def in_spans(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True when offset `char` lies in one of the sorted, disjoint `spans`."""
    if not spans:
        return False
    i = bisect.bisect_right(spans, (char, math.inf)) - 1
    return i >= 0 and spans[i][0] <= char < spans[i][1]


def label_name(match: re.Match) -> str:
    """Return the name of a `PARAGRAPH_LABEL` or `LINE_LABEL` match, without its role or note."""
    return match.group("caps") or match.group("plain")


def label_name_span(match: re.Match) -> tuple[int, int]:
    """Return the offsets of the name of a `PARAGRAPH_LABEL` or `LINE_LABEL` match."""
    return match.span("caps") if match.group("caps") else match.span("plain")


def paragraph_label(block: Block) -> str | None:
    """Return the name of the speaker label a paragraph opens with ('Dorn: …', 'Q: …', 'JANE ROE, Port Authority:
    …'), or None."""
    match = paragraph_label_match(block.text)
    return label_name(match) if match else None


def line_label(block: Block) -> str | None:
    """Return the name of a speaker label alone on its line, in capitals ('JANE ROE:', 'JANE ROE (translated):'),
    or None."""
    match = _line_label_match(block.text)
    return match.group("caps") if match else None


def paragraph_label_match(text: str) -> re.Match | None:
    """Return `PARAGRAPH_LABEL.match(text)`, asked only of a text holding the ': ' that every such label ends on."""
    return PARAGRAPH_LABEL.match(text) if ": " in text else None


def _line_label_match(text: str) -> re.Match | None:
    """Return `LINE_LABEL.fullmatch(text)`, asked only of a text ending on the ':' that every such label ends on."""
    return LINE_LABEL.fullmatch(text) if text.endswith(":") else None


def speaker_span(token: Token, lexicon: QuoteLexicon, quotes: QuoteIndex | None = None) -> Span:
    """Return the mention of the speaker headed by `token`: a named person in it, else its phrase (the name in
    apposition to a noun, 'the mayor, Jane Roe', also past a relative clause, see `appended_name`, or the noun in
    apposition to 'one', 'one, a retired teacher'),
    without a trailing relative clause, apposition or a described state after a comma ('Jane Roe, who …', 'the
    crews, tired after a month') and without any quote of `quotes` it holds, and ending at the first word outside its
    subtree; a title keeps the post it names ('the Ambassador to the UK')."""
    doc = token.doc
    token = source_of_statement(token, lexicon) or token
    token = noted.root if (noted := name_past_note(token, lexicon)) is not None else token
    token = next((child for child in token.children if child.dep_ == "appos" and (
        child.ent_type_ == "PERSON" or child.pos_ == "PROPN" and token.pos_ != "PROPN"
        or child.pos_ == "NOUN" and token.pos_ in ("NUM", "PRON") or _named_title(token, child, lexicon))
        and not any(word.pos_ in ("VERB", "AUX") for word in doc[token.i + 1:child.i]) and not _denied(child)), token)
    # a title in apposition may carry a note before its name ('our analyst, Commander (retd) Jane Roe,')
    token = noted.root if (noted := name_past_note(token, lexicon)) is not None else token
    if token.pos_ == "NOUN" and (named := appended_name(token) or _name_set_off_after(token, lexicon)) is not None:
        return named
    if token.ent_type_ == "PERSON" and not any(t.dep_ in ("conj", "cc") for t in token.subtree if t is not token):
        start = token.i
        while start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start - 1].ent_type_ == "PERSON":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        while start > 0 and doc[start - 1].text in lexicon.speaker_titles:
            start -= 1
        return token_span(doc, start, end)
    start = token.left_edge.i
    words_after = token_span(doc, token.i + 1, token.right_edge.i + 1)
    end = min([child.left_edge.i for child in token.children if child.i > token.i and child.dep_ in TRAILING_CLAUSES
               and not _describes_the_person(token, child)]
              + [word.left_edge.i for word in words_after if word.dep_ == "relcl" and token.is_ancestor(word)]
              + [t.i for t in words_after[:-1] if t.text == "," and _describes(doc[t.i + 1], token)]
              + [word.i for word in words_after if not token.is_ancestor(word)][:1],
              default=token.right_edge.i + 1)
    held = quotes.opening_between(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) if quotes else []
    for quote in held:
        if doc[start].idx <= quote.open_at < doc[end - 1].idx + len(doc[end - 1]):
            if quote.open_at > token.idx:
                end = min(end, bisect.bisect_left(doc, quote.open_at, start, end, key=_char))
            else:
                after = bisect.bisect_right(doc, quote.closed_or_end, start, end, key=_char)
                start = max(start, after if after < end else start)
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ in ("case", "neg")):
        end -= 1
    end = _post_of_title(token, end, lexicon)
    while start < end - 1 and (doc[start].is_punct and doc[start].text not in "[" or doc[start].is_space
                               or doc[start].dep_ in ("advmod", "cc", "preconj") or doc[start].head.dep_ == "advmod"):
        start += 1
    return token_span(doc, start, end)


def _denied(appositive: Token) -> bool:
    """Return True for an appositive after 'not', which says who the person is not ('an officer, not Roe, said')."""
    before = appositive.left_edge.i - 1
    return before >= 0 and appositive.doc[before].dep_ == "neg"


def _named_title(title: Token, name: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a capitalised title the tagger reads as a proper noun and the name set off by commas in
    apposition to it ('the Foreign Minister, Jane Roe-Marr, told …'), whatever label the recogniser gave the name, unless
    the gazetteer lists it as a place: a person noun names its holder in apposition (Quirk et al. 1985 §17.65), so the
    speaker is the name, not the title."""
    doc = title.doc
    first = name.left_edge.i
    if title.pos_ != "PROPN" or name.pos_ != "PROPN" or name.i < title.i or title.i + 1 >= first \
            or doc[title.i + 1].text != "," or not (title.lemma_.lower() in lexicon.person_nouns
                                                  or title.text in lexicon.speaker_titles):
        return False
    words = doc[first:name.i + 1]
    alias = default_gazetteer().lookup(words.text)
    return all(word.text[:1].isupper() or word.tag_ == "HYPH" and not word.whitespace_ for word in words) \
        and (alias is None or alias.label not in NAMED_PLACE_LABELS) \
        and name.i + 1 < len(doc) and doc[name.i + 1].text == ","


def name_past_note(title: Token, lexicon: QuoteLexicon) -> Span | None:
    """Return the name written after a title (a `speaker_title`, or a capitalised person noun) and a one-word note in
    brackets ('Colonel (Retd) Jane Roe', 'Lt. Col. (ret.) Jane Roe', 'General (2S) Ivo Marr', as papers mark a retired
    or reserve officer): the person, however the parser hung the name and the note; else None."""
    doc = title.doc
    if not title.text[:1].isupper() or not (title.text in lexicon.speaker_titles
                                            or title.lemma_.lower() in lexicon.person_nouns):
        return None
    opening = title.i + 1 + (title.i + 1 < len(doc) and doc[title.i + 1].text == "." and not title.whitespace_)
    note = doc[opening + 1:opening + 4]
    closing = next((word.i for word in note if word.text == ")"), None)
    if opening >= len(doc) or doc[opening].text != "(" or closing is None or closing + 1 == len(doc) \
            or not note[0].text.isalnum() or note[0].like_num or closing > opening + 2 + (note[1:2].text == "."):
        return None
    end = closing + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" and name_cased(doc[end]) or doc[end].text == "-"):
        end += 1
    return doc[closing + 1:end] if end > closing + 1 and doc[closing + 1].pos_ == "PROPN" else None


def name_cased(token: Token) -> bool:
    """Return True for a word written as part of a name: capitalised, or in capitals ('PIETER VAN DAM')."""
    return token.text.istitle() or (token.text.isupper() and token.is_alpha)


def joins_a_name(token: Token) -> bool:
    """Return True for a hyphen written with no space on either side between two capitalised words, neither a place:
    the joint of a double-barrelled name ('Jane Azar-Roe'), which the tokenizer splits into three tokens, not of a
    pair of places ('the Riga-Tallinn line')."""
    doc = token.doc
    return token.tag_ == "HYPH" and not token.whitespace_ and 0 < token.i < len(doc) - 1 \
        and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text[:1].isupper() \
        and doc[token.i + 1].text[:1].isupper() and not is_named_place(doc[token.i - 1]) \
        and not is_named_place(doc[token.i + 1])


def is_named_place(token: Token) -> bool:
    """Return True for a word the entity recogniser labels a place, or that the gazetteer lists as one ('Riga')."""
    alias = default_gazetteer().lookup(token.text)
    return token.ent_type_ in NAMED_PLACE_LABELS or alias is not None and alias.label in NAMED_PLACE_LABELS


def _describes_the_person(head: Token, appositive: Token) -> bool:
    """Return True for a common noun set off by a comma in apposition to a common noun ('a friend of mine, a trader',
    'the head of the delegation, its envoy Ivo Marr'): a second description of the same speaker, kept in the mention
    (one in brackets is an aside: 'the minister (a former captain)')."""
    first = appositive.left_edge.i
    return appositive.dep_ == "appos" and appositive.pos_ == "NOUN" and head.pos_ == "NOUN" \
        and first > 0 and head.doc[first - 1].text == ","


def appended_name(noun: Token) -> Span | None:
    """Return the proper name a noun for a person is given in apposition, whatever label the entity recogniser gave
    it ('an analyst, Ivo Marr, …', or with no comma, right after the noun: 'our analyst Ivo Marr', Quirk et al. 1985
    §17.75 on close apposition, unless it opens a reduced relative clause: see `opens_a_reduced_clause`), also after
    a relative clause on the noun, where the parser hangs the name, set off by commas, inside the clause ('a pilot I
    met in Riga, Ivo Marr, …'; Quirk et al. 1985 §17.65 on appositions after postmodifiers); else None. Places and dates are no such name."""
    clauses = [child for child in noun.children if child.dep_ == "relcl"]
    candidates = [child for child in noun.children if child.dep_ == "appos"]
    # past a clause, a name labelled a person's or unlabelled: one labelled a body is more often the clause's own
    candidates += [last for clause in clauses if (last := _last_word(clause)).i > clause.i
                   and last.ent_type_ in ("PERSON", "")]
    doc = noun.doc
    for word in candidates:
        if word.pos_ != "PROPN" or word.ent_type_ in APPENDED_NAME_EXCLUDED:
            continue
        first = min(child.i for child in word.subtree if child.dep_ == "compound" or child is word)
        closed = word.dep_ == "appos" or word.i + 1 == len(doc) or doc[word.i + 1].text == ","
        capitalised = all(token.text[:1].isupper() or joins_a_name(token) for token in doc[first:word.i + 1])
        close = word.dep_ == "appos" and first == noun.i + 1 and not opens_a_reduced_clause(word)
        if capitalised and (close or first > 0 and doc[first - 1].text == "," and closed):
            return doc[first:word.i + 1]
    return quoted_name_after(noun)


def quoted_name_after(noun: Token) -> Span | None:
    """Return a name in marks set off by commas right after the phrase of `noun` ('a nurse at one of the clinics,
    “Rima,” said …', 'one of them, “Omar,” who …': a pseudonym, see `kinds.is_pseudonym`): one to three capitalised
    proper nouns, the comma inside or after the closing mark; else None."""
    doc = noun.doc
    at = noun.right_edge.i
    at += doc[at].text != ","  # the parser may hang the comma on the noun
    if at + 2 >= len(doc) or doc[at].text != "," or not doc[at + 1].is_quote:
        return None
    end = at + 2
    while end < len(doc) and end - at - 2 < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == at + 2 or end >= len(doc):
        return None
    closing = end + 1 if doc[end].text == "," else end
    if closing >= len(doc) or not doc[closing].is_quote:
        return None
    if doc[end].text != "," and (closing + 1 >= len(doc) or doc[closing + 1].text != ","):
        return None
    return doc[at + 2:end]


# Words that may open what follows a name set off by commas when the name is a relative's or a list's, not the end of
# an apposition: 'Ivo Marr, who …', 'Ivo Marr, and …'.
AFTER_APPOSITION_EXCLUDED = frozenset({"who", "whom", "whose", "which", "that", "and", "or", "but"})


def _name_set_off_after(noun: Token, lexicon: QuoteLexicon) -> Span | None:
    """Return the person's name set off by commas right after the phrase of a noun for a person, with at most a few
    words of description before it ('according to one participant, the historian Ivo Marr, the board …', 'for our
    correspondent, Ivo Marr, it is …'), when the parser hung it elsewhere (as the next clause's subject, or on the
    comma): an apposition names the person the noun describes (Quirk et al. 1985 §17.65). The name must be labelled a
    person's and closed by a comma that no relative pronoun, conjunction or verb follows; else None."""
    doc = noun.doc
    if noun.lemma_.lower() not in lexicon.person_nouns:
        return None
    i = noun.right_edge.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    described = 0
    while i < len(doc) and doc[i].pos_ in ("DET", "ADJ", "NOUN") and doc[i].text.islower() and described < 4:
        i += 1
        described += 1
    first = i
    while i < len(doc) and doc[i].ent_type_ == "PERSON" and (doc[i].text[:1].isupper() or doc[i].tag_ == "HYPH"):
        i += 1
    if i == first or i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ in AFTER_APPOSITION_EXCLUDED \
            or doc[i + 1].pos_ in ("VERB", "AUX"):
        return None
    return doc[first:i]


def opens_a_reduced_clause(name: Token) -> bool:
    """Return True for a name (its last word) followed directly by a verb and that by a finite verb, no comma between:
    the subject of a reduced relative clause on the noun before it, its object gone ('the minister Ivo Marr met said
    …'), not that noun's name ('the minister Ivo Marr said …', 'the minister Ivo Marr has said …')."""
    doc = name.doc
    return name.i + 2 < len(doc) and doc[name.i + 1].pos_ == "VERB" \
        and doc[name.i + 2].pos_ in ("VERB", "AUX") and doc[name.i + 2].tag_ in FINITE_VERB_TAGS


def _last_word(clause: Token) -> Token:
    """Return the last word of a clause's subtree, before any comma that closes it."""
    last = clause.right_edge
    return last.nbor(-1) if last.text == "," and last.i > clause.i else last


def _describes(word: Token, head: Token) -> bool:
    """Return True for an adjective or participle set off after a speaker's head ('the crews, tired of waiting')."""
    return word.head.i == head.i and (word.pos_ == "ADJ" or word.tag_ == "VBN")


def _post_of_title(head: Token, end: int, lexicon: QuoteLexicon) -> int:
    """Return the end of a speaker mention widened over the post its title noun names when the parser hung that
    phrase on the verb ('the Ambassador to the UK', 'the Minister of Defence', 'envoy for Syria'), else `end`."""
    doc = head.doc
    if end >= len(doc) or head.lemma_.lower() not in lexicon.person_nouns or end != head.i + 1:
        return end
    preposition = doc[end]
    if preposition.lower_ not in POST_PREPOSITIONS or preposition.head.i == head.i:
        return end
    named = next((child for child in preposition.children if child.dep_ == "pobj"), None)
    if named is None or named.pos_ != "PROPN":
        return end
    return named.i + 1


def is_possessor(token: Token) -> bool:
    """Return True for a noun's possessor: 'poss', or a noun modifier with its own 's, as the parser may label one
    ('the old skipper’s verdict')."""
    return token.dep_ == "poss" or token.dep_ == "nmod" and any(child.dep_ == "case" for child in token.children)


def is_speech_noun(token: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a reporting noun ('statement', 'warning', 'words') or the noun of a reporting verb
    ('answer', 'reply', 'promise')."""
    return (token.lemma_ in lexicon.noun_cues or token.lower_ in lexicon.noun_cues
            or (token.pos_ == "NOUN" and token.lemma_ in lexicon.direct_cues))


def source_of_statement(token: Token, lexicon: QuoteLexicon) -> Token | None:
    """Return who a reporting noun comes from when it is the subject ('the council's statement', 'a statement
    from the council' said …, 'the ministry's reply came: …', 'her postscript calls …', whose 'her' is resolved
    as any pronoun speaker is), else None; a date or a time is no source ('Monday's statement')."""
    if not is_speech_noun(token, lexicon):
        return None
    if (sender := _came_from(token, lexicon)) is not None:
        return sender
    for child in token.children:
        # a date or a time in the possessive dates the statement and is not its source ('Monday's statement')
        if is_possessor(child) and child.lower_ not in FIRST_PERSON and child.ent_type_ not in TIME_LABELS:
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((grandchild for grandchild in child.children if grandchild.dep_ == "pobj"), None)
    return None


def _came_from(noun: Token, lexicon: QuoteLexicon) -> Token | None:
    """Return who a reporting noun comes from when it is the subject of a verb of coming with a 'from' phrase that
    names someone who can speak ('a letter has arrived from a reader', 'the best summary came from a ferry
    pilot'): the words are theirs, whoever chose or received them; else None."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ not in COMING_VERBS:
        return None
    source = next((word for child in noun.head.children if child.dep_ == "prep" and child.lower_ == "from"
                   for word in child.children if word.dep_ == "pobj"), None)
    return source if source is not None and can_speak(source, lexicon) else None


def is_person(token: Token, lexicon: QuoteLexicon) -> bool:
    """Return True when a subject token names or stands for a person: a PERSON name, 'he' or 'she', a noun such as
    'the officer', or a singular noun a 'who' clause describes that names no body ('our pilot, who …')."""
    return (token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS
            or (token.tag_ == "NN" and (token.lemma_.lower() in lexicon.person_nouns
                                        or _described_by_who(token, lexicon))))


def _described_by_who(noun: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a noun with a relative clause that 'who' or 'whom' opens: English keeps these relative pronouns
    for persons (Quirk et al. 1985 §6.33), as `names` reads them too. A clause the parser hung on a place after the
    noun is the noun's (see `antecedent`). A body takes 'who' too, as a plural of its members, so not a noun that
    names one (`_names_a_body`)."""
    return not _names_a_body(noun, lexicon) and any(
        word.lower_ in ("who", "whom") and antecedent(word) == noun for word in noun.subtree if word.i > noun.i)


def _names_a_body(noun: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a singular noun that names an organisation or a group: an ORG or NORP mention, a gazetteer actor
    that is no person, a collective noun or an organisation's head noun, or a noun whose verbs agree in the plural
    ('the club, who have lost …, were defiant': notional concord, Quirk et al. 1985 §10.35)."""
    alias = default_gazetteer().lookup(noun.text)
    if noun.ent_type_ in BODY_LABELS or alias is not None and alias.label != "PERSON" \
            or noun.lemma_.lower() in lexicon.collective_nouns | ORGANISATION_HEADS:
        return True
    verbs = [noun.head] if noun.dep_ in SUBJECT_DEPS else []
    verbs += [child for child in noun.children if child.dep_ == "relcl"]
    return any(word.tag_ == "VBP" or word.lower_ == "were" for verb in verbs
               for word in (verb, *(child for child in verb.children if child.dep_ in ("aux", "auxpass"))))


def viewpoint_holder(word: Token, lexicon: QuoteLexicon) -> Token | None:
    """Return the person of a 'for' that opens its sentence with a phrase a comma closes, whose view the sentence
    gives ('For Jane Roe, the deal is …', 'For the analyst Jane Roe, it is “…”'): a person, or a name that is not a
    place's nor a people's; else None ('For years, …', 'For Moscow, …', 'For Syrians, …': a group gives no one view)."""
    if word.lower_ != "for" or not word.is_sent_start or word.right_edge.i + 1 >= len(word.doc) \
            or word.doc[word.right_edge.i + 1].text != ",":
        return None
    person = next((child for child in word.children if child.dep_ == "pobj"), None)
    named = (person is not None and person.pos_ == "PROPN" and person.ent_type_ not in PLACE_LABELS | GROUP_LABELS
             and person.tag_ != PLURAL_NAME_TAG)
    return person if person is not None and (is_person(person, lexicon) or named) else None


def can_speak(word: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for the head of a noun phrase that can speak: a person (`is_person`) or people of a speaking role
    ('officials'), one of a group ('one'), or a name that is not a place's ('General Roe', 'the Kremlin'); not a
    thing or a time ('a year of delays', 'the island')."""
    return (is_person(word, lexicon) or word.lemma_.lower() in lexicon.person_nouns or word.lower_ in ONE_OF_A_GROUP
            or (word.pos_ == "PROPN" and word.ent_type_ not in PLACE_LABELS))


def _char(token: Token) -> int:
    return token.idx


def noun_cue_speaker(noun: Token, *, lexicon: QuoteLexicon) -> Token | None:
    """Return the speaker of a reporting noun: who it comes from ('my summary comes from a pilot', see `_came_from`),
    its possessor ('Russia’s criticisms of …'), or the subject of an uttering verb it is the object of ('Lavrov makes
    criticisms of …', `UTTERING_VERBS`)."""
    if (sender := _came_from(noun, lexicon)) is not None:
        return sender
    possessor = next((child for child in noun.children if is_possessor(child)), None)
    if possessor is not None:
        return possessor
    return subject_of(noun.head, lexicon=lexicon) if noun.dep_ == "dobj" and noun.head.lemma_ in UTTERING_VERBS else None


def cited_source(cue: Token, lexicon: QuoteLexicon) -> Token | None:
    """Return the source a reporting verb's subject cites ('the agencies, citing a port official, said …', 'Citing
    sources in the ministry, the paper reported …'): the object of a 'citing' adjunct with no subject of its own, when
    it names a person, a body or a source (a person noun such as 'source' or 'official', a person's or an
    organisation's name), and the subject is a body that relays the news (`relays`), else None. Such a body only
    relays the words, as with 'quoted X as saying'; anyone else who speaks citing a source says the words
    themselves ('Lavrov, citing Interfax, said: “…”', 'the envoy, citing Putin, said the talks …')."""
    subject = subject_of(cue, lexicon=lexicon)
    if subject is None or not relays(subject, lexicon):
        return None
    for adjunct in cue.children:
        if adjunct.dep_ != "advcl" or adjunct.lemma_ != "cite" or adjunct.tag_ != "VBG" \
                or any(child.dep_ in SUBJECT_DEPS for child in adjunct.children):
            continue
        source = next((child for child in adjunct.children if child.dep_ == "dobj"), None)
        if source is not None and (source.ent_type_ in ("PERSON", "ORG")
                                   or source.lemma_.lower() in lexicon.person_nouns):
            return source
    return None


def relays(subject: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a subject that names a body relaying the news: a news agency, a paper, a broadcaster, the media
    or a report ('the agencies', 'state media', 'the Harbour Gazette', 'Interfax', 'two wire services'), by a
    `relaying_word` of the lexicon as its head, as a word compounded with a head that is no person ('wire services',
    not 'the press secretary'), or in an apposition or conjunct ('RT, the state broadcaster'). Lower-case words match
    any word in any case ('Sky News'), capitalised ones a word as written ('the Times')."""
    heads = [subject] + [child for child in subject.children if child.dep_ in ("appos", "conj")]
    for head in heads:
        words = [head] if is_person(head, lexicon) or head.lemma_.lower() in lexicon.genders \
            else [head] + [child for child in head.children if child.dep_ == "compound"]
        if any(_relaying_word(word, lexicon) for word in words):
            return True
    return False


def _relaying_word(word: Token, lexicon: QuoteLexicon) -> bool:
    """Return True for a word of the lexicon's `relaying_word` role, as written, in lower case or as its lemma."""
    return word.text in lexicon.relaying_words or word.lower_ in lexicon.relaying_words \
        or word.lemma_.lower() in lexicon.relaying_words


def nearest_subject(verb: Token, *, deps: Collection[str] = SUBJECT_DEPS) -> Token | None:
    """Return the subject of a verb (the one nearest before it where the parser gave it two, as it may with a
    bracketed number or a speaker label: 'In note [3] he added:'), or the noun a relative pronoun subject stands for,
    else None. `deps` are the dependency labels that count as subjects."""
    # a quotation mark the parser read as a subject ('«…,» said one') is none
    subjects = [child for child in verb.children if child.dep_ in deps and child.text not in ALL_MARKS]
    before = [subject for subject in subjects if subject.i < verb.i]
    # a subject owned by 'whose' heads a relative clause the parser flattened ('Roe, whose book …, wrote:')
    before = [subject for subject in before if not _owned_by_whose(subject)] or before
    # a noun after a subject's relative clause is that clause's object the parser hung on the verb ('a farmer whose
    # land borders the fence told …')
    before = [subject for subject in before if not _ends_a_relative_clause(subject, before)] or before
    return antecedent(before[-1] if before else subjects[0]) if subjects else None


def _ends_a_relative_clause(noun: Token, subjects: Sequence[Token]) -> bool:
    """Return True for a noun that follows the verb of a relative clause on another of `subjects` before it, with no
    comma between: the clause's object, which the parser hung on the main verb as a second subject."""
    doc = noun.doc
    return any(other.i < noun.i and any(child.dep_ == "relcl" and other.i < child.i < noun.i
                                        and not any(token.text == "," for token in doc[child.i:noun.i])
                                        for child in other.children)
               for other in subjects)


def _owned_by_whose(noun: Token) -> bool:
    """Return True for a noun whose possessor is the relative 'whose' ('a writer whose book …')."""
    return any(child.tag_ == "WP$" for child in noun.children)


def _time_or_numbered(noun: Token) -> bool:
    """Return True for a noun that names a time ('the early weeks') or a numbered place in a text ('p. 58',
    'paragraph 4'): no one who says anything."""
    return noun.ent_type_ in TIME_LABELS or any(child.dep_ == "nummod" and child.i > noun.i for child in noun.children)


def antecedent(subject: Token) -> Token:
    """Return the noun a relative pronoun subject stands for ('a pilot, who was blunt about it'), else `subject`.
    'Who' stands for a person, so a place the parser hung the clause on gives way to the noun before it ('a
    pilot in Riga, who …'); so does, for any relative pronoun, a time or a numbered place in a text
    ('a bulletin in the early weeks, which described it …', 'a skipper cited on p. 58, who thinks …')."""
    if subject.tag_ not in ("WP", "WDT") or subject.head.dep_ != "relcl":
        return subject
    noun = subject.head.head
    if noun.dep_ != "pobj" or not (_time_or_numbered(noun)
                                   or subject.lower_ == "who" and noun.head.lower_ in PLACE_PREPOSITIONS):
        return noun
    owner = noun.head.head
    if owner.pos_ in ("VERB", "AUX") and owner.dep_ == "acl":
        # 'a pilot now living in Riga, who …': the participle's noun
        owner = owner.head
    elif owner.pos_ in ("VERB", "AUX"):
        # 'met a pilot in Riga, who …', 'first was Ivo in Riga, who …': the verb's noun before the place
        owner = next((child for child in sorted(owner.children, key=lambda child: -child.i)
                      if child.dep_ in PLACE_OWNER_DEPS and child.i < noun.i), noun)
    return owner if owner.pos_ in ("NOUN", "PROPN") else noun


def subject_of(cue: Token, *, lexicon: QuoteLexicon) -> Token | None:
    """Return the subject (or passive agent) of a cue verb, looking up through `xcomp`, `conj` and `advcl` (and an
    adjective's complement: 'officials were careful to speak of …'; a gerund a preposition on a verb governs: 'began
    by calling …', whose implied subject is the verb's, Quirk et al. 1985 §15.58), or the person quoted 'as saying' or 'saying'
    ('the paper quoted an official as saying …', 'an official was quoted describing …', where the agent of 'quoted'
    only reports the words), or the noun, other than a reporting noun, that an '-ing' participle modifies ('a caption
    saying …'). A cue the parser coordinates with the verb of a reported clause ('X said the ferries should run and
    called for …') shares the subject of the verb that reports it. Of two subjects the parser gives one verb (a speaker
    label read as one: 'REPORTER: The mayors restated …'), the one nearest before it. A demonstrative ('Does that mean
    …') is no one who speaks, nor is the 'it' of an adjective ('it is worth mentioning …')."""
    token, adjective = cue, False
    for _ in range(SUBJECT_SEARCH_DEPTH):
        subject = nearest_subject(token, deps=("nsubj",))
        if subject is not None:
            demonstrative = subject.lower_ in DEMONSTRATIVES and subject.tag_ == "DT"
            return None if demonstrative or adjective and subject.lower_ == "it" else subject
        for child in token.children:
            if child.dep_ == "agent":
                objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if (compared := _subject_after_as(token)) is not None:
            return compared
        quoted_as = token.dep_ == "pcomp" and token.head.lower_ == "as"
        if quoted_as or token.dep_ in ("xcomp", "advcl") and token.head.lemma_ == "quote":
            quoting = token.head.head if quoted_as else token.head
            return next((child for child in quoting.children if child.dep_ == "dobj"),
                        next((child for child in quoting.children if child.dep_ == "nsubjpass"), None))
        if token.dep_ == "conj" and token.head.dep_ == "ccomp" and token.head.head.pos_ in ("VERB", "AUX") \
                and (shared := _reported_persons(token, lexicon)) is not None:
            return shared
        if token.dep_ == "conj" and token.head.dep_ == "ccomp" and token.head.head.pos_ in ("VERB", "AUX"):
            token = token.head.head
        elif token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
            # a gerund after a preposition ('opened by calling the plan “…”') is read with the verb's subject
            token = token.head.head
        elif token.dep_ == "acl" and token.tag_ in ("VBG", "VBD") and token.head.pos_ in ("NOUN", "PROPN") \
                and not is_speech_noun(token.head, lexicon):
            # an '-ing' participle after a noun is a reduced relative clause: the noun is its subject ('a caption
            # saying …', 'a sailor telling the crowd …'; Quirk et al. 1985 §17.97); a reporting noun's source is
            # the one who speaks ('issued a statement saying …'). A finite past verb set on a noun is no reduced
            # clause but the noun's own predicate, misattached after a long subject ('A ferryman who rowed me
            # across, Ivo, used to say …'); a past participle ('a plan called …') modifies its object, not its subject
            return token.head
        elif token.dep_ in ("xcomp", "conj", "advcl", "acomp") and token.head is not token:
            adjective = adjective or token.dep_ == "acomp"
            token = token.head
        else:
            return None
    return None


def _reported_persons(conjunct: Token, lexicon: QuoteLexicon) -> Token | None:
    """Return the subject of a reported clause that a subjectless conjunct goes on, in the same finite form, when that
    subject is someone who can speak ('X says her managers were tired of it and used to say that …': the managers
    used to say it), else None: a conjunct in another form than the reported verb ('X said the ferries should run and
    called for …'), in the reporter's own form too, which may go on the reporter's clause as well ('She said the
    crews were tired and added: …'), or after a subject that says nothing ('the ferries ran late and …') is the
    reporter's."""
    reported = conjunct.head
    subject = nearest_subject(reported, deps=("nsubj",))
    if subject is None or conjunct.tag_ not in FINITE_TAGS or conjunct.tag_ != reported.tag_ \
            or conjunct.tag_ == reported.head.tag_ or any(child.dep_ == "aux" for child in reported.children):
        return None
    persons = is_person(subject, lexicon) or subject.tag_ == "NNS" and subject.lemma_.lower() in lexicon.person_nouns
    return subject if persons else None


def opening_as(verb: Token) -> Token | None:
    """Return the 'as' that opens the comparative clause of `verb` ('as one pilot put it'), or None."""
    return next((child for child in verb.children if child.lower_ == "as" and child.dep_ in ("mark", "prep")
                 and child.i < verb.i), None)


def _subject_after_as(verb: Token) -> Token | None:
    """Return the subject of a comparative clause that 'as' opens ('As the pilot put it, …', 'as one analyst noted'),
    which the parser may read as the object of 'as' before a verb it gives no subject; else None."""
    opening = opening_as(verb)
    if opening is None:
        return None
    return next((child for child in opening.children if child.dep_ == "pobj" and child.i < verb.i
                 and child.pos_ in ("NOUN", "PROPN")), None)


def reporting_tag(doc: Doc, root: int, lexicon: QuoteLexicon, *, parse: ParseArrays) -> int | None:
    """Return the index of the reporting verb of a tag set into the sentence whose root is token `root` ('The next
    phase, Marr said, would need …'): a sentence of reported speech whose speaker a quotation after it may continue;
    else None. Before the root, the parser may read the tag as its complement ('In 2016, he recalled, Putin announced
    …'): a reporting verb closed by a comma that has no complement or object of its own. Read on `parse`, the Doc's
    `ParseArrays`."""
    cues = string_ids(lexicon.direct_cues)
    for child in parse.children(root):
        if parse.pos[child] != "VERB" or parse.lemma[child] not in cues:
            continue
        if parse.dep[child] == "parataxis" or parse.dep[child] == "ccomp" and child < root \
                and doc[doc[child].right_edge.i + 1].text == "," \
                and not any(parse.dep[grandchild] in TAG_COMPLEMENT_DEPS for grandchild in parse.children(child)):
            return child
    return None
