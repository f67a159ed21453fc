"""Help said from the recipient's end: Assad's side as the subject of a verb of receiving, Russia as the giver.

A verb of receiving (`RECEIVING_VERBS`; Levin 1993 §13.5.2 obtain verbs, FrameNet Receiving and Getting) is the
converse of a verb of giving: 'Syria will get the new radars' says what 'Moscow will give Syria the new radars' says.
It codes `support.service` when
- its subject is Assad's side, named by its head and the words before it (his person, government, army or state; not
  his opponents, nor 'officials in Damascus' or 'the deal that halted a Syrian offensive');
- its object is a thing, not a visitor or office holder received as a guest ('received the Russian envoy': a visit), a
  message ('got a warning from Moscow': pressure) or a quantity of nothing ('got little');
- its giver is Russia: a 'from' phrase (of the verb or of its object) or the object's own phrase names Russia ('got
  Russian control systems'), else,
  with no other actor named as the source or owner of the object, Russia named in the sentence or, as the supporter
  the paragraph has named (`Scene.supporter_before`), before it ('Moscow promised the S-300. Syria would get it
  within two weeks.'; not after 'Tehran sent militias.'), and Russia is not named as the one it is for ('acquired a
  new value for Moscow').
A negated verb states no receipt.
"""

from __future__ import annotations

from typing import Iterator

import numpy as np
from spacy.tokens import Span, Token

from analysis.extract.frames.agents import ASSAD, OTHER, RUSSIA, Link, Scene
from analysis.nlp.arrays import ParseArrays

RECEIVING_VERBS = frozenset({"get", "receive", "obtain", "acquire"})
# What is received that is no help: messages and demands (FrameNet Communication, Request, Warning), and visitors and
# office holders received as guests (FrameNet Hospitality, Leadership).
NOT_GIVEN = frozenset({"warning", "message", "ultimatum", "call", "letter", "rebuke", "demand", "request", "signal",
                       "note", "reprimand", "order", "instruction", "advice", "answer", "reply", "question", "criticism",
                       "complaint", "blame", "visit", "visitor", "guest", "delegation", "delegate", "envoy",
                       "ambassador", "minister", "official", "diplomat", "president", "leader", "counterpart",
                       "officer", "general", "commander"})
# Objects that deny the quantity received (Quirk et al. 1985 §10.60, negative and downtoning quantifiers).
NOTHING = frozenset({"nothing", "none", "little", "less", "fewer"})
SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj"})
SOURCE_PREPOSITIONS = frozenset({"from", "of"})
BENEFICIARY_PREPOSITIONS = frozenset({"for", "to"})


def receiving_verbs(parse: ParseArrays) -> np.ndarray:
    """Return the indices of the Doc's tokens whose lemma is a verb of receiving, in order."""
    return parse.lemma_indices(RECEIVING_VERBS)


def receipt_cues(span: Span, scene: Scene, *, sent_id: int, receiving: np.ndarray) -> Iterator[tuple[Token, Link]]:
    """Yield each verb of receiving in `span` whose recipient is Assad's side and whose giver is Russia, with the
    Russian agent (see the module); `receiving` is `receiving_verbs` of the Doc."""
    # the method, not `np.searchsorted`: numpy runs that through Python at every call, twice per sentence here
    first, last = receiving.searchsorted(span.start), receiving.searchsorted(span.end)
    for i in receiving[first:last].tolist():
        verb = span.doc[i]
        received = _received_by_assads_side(verb, scene)
        link = _giver(verb, received, span, scene, sent_id=sent_id) if received is not None else None
        if link is not None:
            yield verb, link


def _received_by_assads_side(verb: Token, scene: Scene) -> Token | None:
    """Return the object of `verb`, a verb of receiving not negated, when its subject is Assad's side and the object is
    a common noun of a thing given (not a message, a visitor or nothing); else None."""
    if verb.pos_ != "VERB" or any(child.dep_ == "neg" for child in verb.children):
        return None
    subject = next((child for child in verb.children if child.dep_ in SUBJECT_DEPS), None)
    received = next((child for child in verb.children if child.dep_ in OBJECT_DEPS), None)
    if subject is None or received is None or scene.bearer_side_at(subject.i) == OTHER:
        return None
    if not scene.names_assad_side(verb.doc[subject.left_edge.i:subject.i + 1]):
        return None
    if received.lemma_.lower() in NOT_GIVEN | NOTHING or received.pos_ == "PROPN":
        return None
    return received


def _giver(verb: Token, received: Token, span: Span, scene: Scene, *, sent_id: int) -> Link | None:
    """Return the Russian giver of what `verb` says was received, or None when the giver is another actor or unnamed."""
    sources = [pobj for head in (verb, received) for prep in head.children
               if prep.dep_ == "prep" and prep.lower_ in SOURCE_PREPOSITIONS
               for pobj in prep.children if pobj.dep_ == "pobj"]
    beneficiaries = [pobj for head in (verb, received) for prep in head.children
                     if prep.dep_ == "prep" and prep.lower_ in BENEFICIARY_PREPOSITIONS
                     for pobj in prep.children if pobj.dep_ == "pobj"]
    if any(scene.side_of(token) == RUSSIA for token in beneficiaries):
        return None  # Russia gains by it ('acquired a new value for Moscow')
    sides = {scene.side_of(token) for token in (*sources, received)} - {None, ASSAD}
    if sides - {RUSSIA}:
        return None  # another actor gives it or owns it ('got Iranian oil', 'a loan from Tehran')
    if RUSSIA in sides:
        phrases = [received, *(source for source in sources if scene.side_of(source) == RUSSIA)]
        named = next((link for head in phrases
                      if (link := scene.russian_in(span.doc[head.left_edge.i:head.right_edge.i + 1]))), None)
        return Link(named.text, "source") if named is not None else None
    named = scene.russian_in(span)
    return Link(named.text, named.role or "sentence") if named else scene.supporter_before(sent_id)
