"""A deflection cue (`support.deflection`) whose blame does not fall on Assad's armed opponents.

The codebook's patterns find a verb of blame a few words before an opponent noun, or an attack or its record called
staged or a provocation. The parse then decides, reading a light verb whose object is the noun 'blame' as the verb
of blame ('put the blame on militants'): a passive verb of blame puts the blame on its subject ('Russia has
been accused of bombing rebel-held towns'); an opponent noun that is neither the verb's object nor the complement of
its 'on' ('blamed the rebels', 'blamed the shelling on militants', 'put the blame for the shelling on the rebels') is
not the one blamed ('accused Turkey of supporting terrorists'); and a provocation 'against' Russia is one aimed at
Moscow, not an attack of Assad's denied ('called the report a provocation against Russia').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from analysis.extract.frames.agents import RUSSIA

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene

DEFLECTION = "support.deflection"
BLAME_LEMMAS = frozenset({"blame", "accuse"})
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})
# The preposition of the party blamed: 'blamed the shelling on militants', 'put the blame onto the rebels'.
BLAMED_PREPOSITIONS = frozenset({"on", "onto", "upon"})
# How an opponent noun hangs inside the phrase of the party blamed ('rebel fighters', 'the rebels and jihadists').
PHRASE_DEPS = frozenset({"compound", "amod", "conj", "appos"})


def misdirected_blame(code_id: str, cue: Span, scene: "Scene") -> bool:
    """Return True for a deflection cue whose verb of blame is passive, whose opponent noun is not the party blamed,
    or whose provocation is one against Russia."""
    if code_id != DEFLECTION:
        return False
    verb = next((token for token in cue if token.lemma_ in BLAME_LEMMAS), None)
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # a light verb's object: 'put the blame on militants'
    if verb is not None:
        if any(child.dep_ in PASSIVE_DEPS for child in verb.children):
            return True
        last = cue[-1]
        return last.pos_ in ("NOUN", "PROPN") and not _blamed(last, verb)
    provocation = cue[-1]
    return any(scene.side_of(complement) == RUSSIA for prep in provocation.children
               if prep.dep_ == "prep" and prep.lower_ == "against"
               for complement in prep.children if complement.dep_ == "pobj")


def _blamed(noun: Token, verb: Token) -> bool:
    """Return True when the phrase `noun` belongs to is the verb's direct object or the complement of its 'on'."""
    while noun.dep_ in PHRASE_DEPS and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    return (noun.dep_ == "pobj" and noun.head.lower_ in BLAMED_PREPOSITIONS
            and _on_the_verb(noun.head.head, verb))


def _on_the_verb(host: Token, verb: Token) -> bool:
    """Return True when the 'on' phrase hangs on the verb, or, as the parse often attaches it, on the act blamed: the
    verb's object ('blamed the shelling on militants') or the 'for' phrase of a light verb's blame ('put the blame for
    the shelling on the rebels'; not 'blamed Washington for the strikes on militants')."""
    if host.i == verb.i or (host.dep_ == "dobj" and host.head.i == verb.i):
        return True
    if host.dep_ != "pobj" or host.head.lower_ != "for":
        return False
    blame = host.head.head
    if blame.i == verb.i:
        blame = next((child for child in verb.children if child.dep_ == "dobj"), verb)
    return blame.pos_ == "NOUN" and blame.lemma_ in BLAME_LEMMAS and blame.head.i == verb.i
