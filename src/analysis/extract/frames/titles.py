"""Names in quotation marks: the title of a work or the name of a thing, whose words are not the writer's claims.

A stretch in quotation marks whose words are capitalised as a title is (Chicago Manual of Style, 17th ed., §8.159
headline-style capitalisation: every word capitalised but articles, coordinators and short prepositions; or every
word in capitals) and that names a work is the name of a book, report, chapter, episode or film ('her chapter "The
Patron Who Counts"', 'my essay “Air Power and the Price of Loyalty”', 'a report titled “...”'): a support cue inside
it names the work, not a Russian act. The stretch names a work when the parse attaches it to a work noun or a naming
verb, or it stands in apposition right after one. A claim in headline style is no title: after a colon ('the lesson
was plain: “...”') or as the complement of a verb of saying or reading ('patches that read “...”'). A sentence that is
nothing but the quoted title (a headline set in quotation marks) is left alone: there the title is the claim.
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Span, Token

from analysis.corpus.sections import raw_text

# Each opening mark paired with its own closing mark, however short the quotation (so that a short one is not
# mispaired with the next opening mark); an apostrophe before a letter is a possessive or an elision
# ('Tenant’s'), not the closing single mark.
QUOTED = re.compile(r"“([^“”\n]{1,160})”|\"([^\"\n]{1,160})\"|«([^«»\n]{1,160})»|‘((?:[^‘’\n]|’(?=\w)){1,160})’(?!\w)")
MIN_TITLE_WORDS = 2
# The words headline style leaves in lower case (Chicago Manual of Style, 17th ed., §8.159): articles, coordinators and
# prepositions.
MINOR_WORDS = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to",
                         "by", "up", "as", "from", "with", "into", "onto", "over", "under", "after", "before",
                         "between", "without", "against", "about", "through", "versus", "vs"})
# Nouns of a work with a title (FrameNet Text, Performing_arts) and verbs that give one its name (FrameNet
# Being_named, Name_conferral).
WORK_NOUNS = frozenset({"book", "essay", "report", "chapter", "episode", "film", "article", "paper", "study", "memoir",
                        "novel", "documentary", "series", "podcast", "column", "op-ed", "editorial", "piece", "story",
                        "lecture", "talk", "speech", "poem", "song", "play", "section", "volume", "monograph",
                        "biography", "history", "headline", "title", "exhibition", "programme", "program", "show",
                        "blog", "post", "newsletter", "thesis", "dissertation", "review"})
NAMING_VERBS = frozenset({"title", "call", "entitle", "name", "dub"})
# Verbs whose complement is what is said: a claim, whatever its capitals.
SAYING_VERBS = frozenset({"say", "tell", "declare", "proclaim", "chant", "shout", "state", "announce",
                          "insist", "warn", "promise", "vow", "claim", "add", "reply", "answer", "ask"})
# Verbs whose object is a work ('he read “...”', 'she wrote “...”'), but for a surface that reads a claim ('patches
# that read “...”': a relative pronoun as the verb's subject).
READING_VERBS = frozenset({"read", "write"})
SURFACE_SUBJECTS = frozenset({"that", "which"})
COLON = ":"


def quoted_titles(span: Span) -> Iterator[tuple[int, int]]:
    """Yield the character offsets (start, end) in the Doc of each quoted stretch in `span` in headline style that
    names a work (see the module)."""
    text = raw_text(span.doc)[span.start_char:span.end_char]  # `span.text`, without a Token per word
    if not any(mark in text for mark in "“\"‘«"):
        return
    for match in QUOTED.finditer(text):
        group = next(number for number in range(1, 5) if match.group(number) is not None)
        start, end = span.start_char + match.start(group), span.start_char + match.end(group)
        inner = span.doc.char_span(start, end, alignment_mode="expand")
        if (inner is None or not is_headline_style(inner) or not _has_words_outside(text, match)
                or not _names_a_work(inner)):
            continue
        yield start, end


def is_headline_style(inner: Span) -> bool:
    """Return True when at least two words of `inner` are capitalised and all are, but the minor words after the first
    ('The Patron Who Stayed', 'Guns for the Palace'), or when all its words are in capitals ('THE PATRON WHO
    STAYED')."""
    words = [token for token in inner if token.is_alpha]
    if len([token for token in words if token.is_title or token.is_upper]) < MIN_TITLE_WORDS:
        return False
    return all(token.is_upper for token in words) or (words[0].is_title and all(
        token.is_title or token.is_upper or token.lower_ in MINOR_WORDS for token in words))


def _has_words_outside(text: str, match: re.Match) -> bool:
    """Return True when `text` (a sentence's) holds a letter outside the quotation `match`: the quotation is not the
    whole sentence."""
    rest = text[:match.start()] + text[match.end():]
    return any(character.isalpha() for character in rest)


def _names_a_work(inner: Span) -> bool:
    """Return True when the quoted stretch `inner` names a work: a word of it hangs on a work noun or a naming verb
    outside it ('her book, “The Long Shield ...”', 'a report titled “...”'), or the word right before its opening mark
    (past a comma) is one ('my essay “The Patron Who Stayed” in 2019', which the parse may hang elsewhere). Never after
    a colon, nor as what a verb of saying has said or a surface reads ('patches that read “...”'). What is read or
    written ('he read “...”'), a preposition's complement ('in “...”') and a copula's ('the book is “...”') name one."""
    before = _word_before(inner)
    if before is not None and before.text == COLON:
        return False
    outside = [token for token in inner if not token.is_punct and token.head.i not in range(inner.start, inner.end)]
    heads = [token.head for token in outside]
    verbs = [head for head in heads if head.pos_ in ("VERB", "AUX")]
    if any(head.lemma_.lower() in SAYING_VERBS or _is_a_surface_reading(head) for head in verbs):
        return False
    if any(head.lemma_.lower() in READING_VERBS for head in verbs) or any(
            token.dep_ == "pobj" or (token.dep_ == "attr" and token.head.lemma_.lower() == "be") for token in outside):
        return True
    return any(_is_work_or_naming(token) for token in heads + ([before] if before is not None else []))


def _is_a_surface_reading(verb: Token) -> bool:
    """Return True for 'read' or 'write' with 'that' or 'which' as its subject: a surface's text ('patches that read')."""
    return verb.lemma_.lower() in READING_VERBS and any(
        child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in SURFACE_SUBJECTS for child in verb.children)


def _word_before(inner: Span) -> Token | None:
    """Return the token before the opening mark of `inner`, past a comma; None at the start of the Doc."""
    i = inner.start - 1
    while i >= 0 and (inner.doc[i].is_quote or inner.doc[i].text == ","):
        i -= 1
    return inner.doc[i] if i >= 0 else None


def _is_work_or_naming(token: Token) -> bool:
    """Return True for a work noun ('essay') or a naming verb ('titled', 'called')."""
    lemma = token.lemma_.lower()
    return (token.pos_ in ("NOUN", "PROPN") and lemma in WORK_NOUNS) or (token.pos_ == "VERB" and lemma in NAMING_VERBS)
