"""The patron telling its client: pressure on Damascus read on the parse (`limits.leverage`).

A verb of telling or instructing (FrameNet Telling and Request: 'tell', 'instruct', 'order') whose teller is Russia,
whose addressee, its object, is Assad's side, and whose message is a directive or a restriction directs the client:
'the Kremlin told the Syrian leader that his troops must leave the border towns', 'we have told Damascus: no
offensive', 'a memo telling the Syrian cabinet which ports it should hand over'.
- The teller is the verb's subject, Russia's side; a telling with no subject of its own (a participle: 'a memo
  telling ...') takes the subject of the clause that governs it. A teller of no side, another power ('the Turkish
  envoy told Damascus') or Assad's side ('Assad told his generals') is no patron.
- The message, what follows the addressee, holds a modal of obligation ('must', 'should', 'have to'), a negation
  ('not', 'no', 'never') or a quoted imperative (Quirk et al. 1985 §11.26, indirect directives; §11.24, the
  imperative): a promise of help ('told Damascus more jets were coming') or intelligence ('told the army where the
  rebels were') is help, not pressure.
- Not a negated telling ('did not tell Damascus', 'without telling Damascus': the client left out, which the
  codebook's friction patterns read), nor telling apart ('tell the army from the militias', a 'from' phrase on the
  verb: to distinguish), nor the request 'told Damascus to ...', which the codebook's patterns and `restraint` read
  with its exceptions.
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, RUSSIA, Scene
from analysis.extract.frames.restraint import NEGATORS as CLAUSE_NEGATORS
from analysis.nlp.arrays import ParseArrays, string_ids

# Verbs of Telling and Request whose object is the one told (FrameNet Telling, Request).
TELLING_VERBS = string_ids(frozenset({"tell", "instruct", "order"}))
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
TELLER_DEPS = frozenset({"nsubj"})
# A telling left undone: `restraint`'s negators and the preposition of an omission ('without telling Damascus').
NEGATORS = CLAUSE_NEGATORS | {get_string_id("without")}
# The infinitive of a request ('told Damascus to wait'), read by the codebook's patterns and `restraint`, which know
# its exceptions ('told the army to stop worrying' is reassurance).
REQUEST = "xcomp"
# 'tell X from Y': to distinguish (a 'from' phrase on the verb).
APART = get_string_id("from")
# What makes a message a directive or a restriction: modals of obligation, 'have'/'need' + 'to', negations.
OBLIGATION = string_ids(frozenset({"must", "should", "ought", "mustn't", "shouldn't", "cannot", "can't"}))
NEEDING, INFINITIVE = string_ids(frozenset({"have", "need"})), get_string_id("to")
DENIALS = CLAUSE_NEGATORS | string_ids(frozenset({"no", "nothing", "none"}))
QUOTES = frozenset({'"', "\u201c", ":"})
# How a subjectless telling hangs on the clause that governs it.
GOVERNED_DEPS = frozenset({"acl", "advcl", "pcomp", "xcomp", "relcl"})


def telling_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each verb of telling in `span` (`TELLING_VERBS`) whose teller is Russia, whose object is Assad's side and
    whose message is a directive or a restriction, not negated nor telling apart (see the module), as a cue of one
    token."""
    parse, doc = scene.parse, span.doc
    for verb in parse.lemma_ids_between(TELLING_VERBS, span.start, span.end):
        if parse.pos[verb] != "VERB":
            continue
        children = parse.children(verb)
        addressee = next((child for child in children if parse.dep[child] in ADDRESSEE_DEPS), None)
        governor = parse.head[verb]
        negated = any(parse.lower[child] in NEGATORS for child in children) or (
            parse.dep[verb] == "pcomp" and parse.lower[governor] in NEGATORS)
        if (addressee is None or negated
                or any(parse.dep[child] == REQUEST or (parse.dep[child] == "prep" and parse.lower[child] == APART)
                       for child in children)
                or scene.side_of(doc[addressee]) != ASSAD
                or scene.side_of(_teller(verb, parse, doc)) != RUSSIA
                or not _directive(addressee, verb, span, parse)):
            continue
        yield doc[verb:verb + 1]


def _teller(verb: int, parse: ParseArrays, doc):
    """Return the token of the teller of `verb`: its subject or, with none, the subject of the clause governing it."""
    for _ in range(4):
        subject = next((child for child in parse.children(verb) if parse.dep[child] in TELLER_DEPS), None)
        if subject is not None:
            return doc[subject]
        if parse.dep[verb] not in GOVERNED_DEPS or parse.head[verb] == verb:
            return None
        verb = parse.head[verb]
        while parse.pos[verb] not in ("VERB", "AUX") and parse.head[verb] != verb:  # 'a memo telling': to its verb
            verb = parse.head[verb]
    return None


def _directive(addressee: int, verb: int, span: Span, parse: ParseArrays) -> bool:
    """Return True when the message told after `addressee` (to the end of `verb`'s clause, or of the sentence after a
    colon or quotation mark) holds a modal of obligation, a negation or a quoted imperative."""
    doc = span.doc
    after = max(token.i for token in doc[addressee].subtree) + 1
    end = max(max(token.i for token in doc[verb].subtree) + 1, after)
    if after < span.end and doc[after].text in QUOTES:
        end = span.end
    for i in range(after, end):
        lower = parse.lower[i]
        if lower in OBLIGATION or lower in DENIALS:
            return True
        if parse.lemma[i] in NEEDING and i + 1 < end and parse.lower[i + 1] == INFINITIVE:
            return True
        if doc[i].text in QUOTES and i + 1 < end and doc[i + 1].tag_ == "VB":
            return True
    return False
