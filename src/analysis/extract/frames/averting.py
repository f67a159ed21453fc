"""A fall of Assad's side averted (`support.effect_survival`): support stated through its outcome, with no verb of help.

Two constructions of FrameNet Preventing_or_letting (the Event prevented) name the survival of Assad's side:
- a verb of preventing or stopping (`PREVENTING_VERBS`) whose object (or passive subject) is a noun of a fall
  (`FALL_NOUNS`, WordNet collapse.n.01, fall.n.03, downfall.n.01, defeat.n.01): 'came to stop the collapse', 'prevented
  the fall of the government'; the fall is Assad's side's when its 'of' phrase or possessor names his side (or a side's
  rulers that no actor owns: 'the government', 'the state'), or when it has neither ('stop a collapse', in an article on Assad: the code's `assad` condition); not the fall of a place or of
  another party ('stopped the fall of Aleppo's eastern districts' names no side, 'the collapse of the truce', 'the
  rebels' defeat');
- a verb of keeping or stopping with a 'from' phrase whose verb is one of falling or losing (`FALLING_VERBS`): 'kept
  the government from falling', 'keep him from losing' (Quirk et al. 1985 §16.44, object and prepositional
  complement), its object Assad's side or a personal pronoun.
The verb is yielded as the cue; its Russian party is found by the coder as for any cue of the code (named in the
sentence or its paragraph).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from analysis.extract.frames.agents import ASSAD, SIDE_HEADS

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene

SURVIVAL = "support.effect_survival"
# FrameNet Preventing_or_letting and Thwarting: the verbs that take the event prevented as their object.
PREVENTING_VERBS = frozenset({"prevent", "stop", "halt", "avert", "forestall", "arrest", "avoid"})
# The nouns of a government's or army's fall (WordNet collapse.n.01, fall.n.03, downfall.n.01, defeat.n.01).
FALL_NOUNS = frozenset({"collapse", "fall", "downfall", "disintegration", "implosion", "overthrow", "defeat"})
# Verbs that keep someone from an event, and the verbs of falling or losing in the 'from' phrase (FrameNet
# Preventing_or_letting; Change_of_leadership and Finish_competition for the event).
KEEPING_VERBS = frozenset({"keep", "stop", "prevent", "save"})
FALLING_VERBS = frozenset({"fall", "collapse", "lose", "crumble", "disintegrate", "implode"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
PERSONAL_PRONOUNS = frozenset({"him", "it", "them", "her"})
# A side's rulers or forces named by a bare head ('the government', 'the state'), owned by no one named: in an article on
# Assad's war, his (the code's `assad` condition).
RULERS = SIDE_HEADS | {"state", "administration"}
VERB_LEMMA_IDS = frozenset(get_string_id(lemma) for lemma in PREVENTING_VERBS | KEEPING_VERBS)


def averted_fall_cues(span: Span, scene: "Scene") -> Iterator[Span]:
    """Yield, in text order, each verb of `span` that states a fall of Assad's side prevented (see the module), as a
    one-token span."""
    doc = span.doc
    for i in scene.parse.lemma_ids_between(VERB_LEMMA_IDS, span.start, span.end):
        verb = doc[i]
        if verb.pos_ == "VERB" and (_prevents_a_fall(verb, scene) or _keeps_from_falling(verb, scene)):
            yield doc[i:i + 1]


def _prevents_a_fall(verb: Token, scene: "Scene") -> bool:
    if verb.lemma_ not in PREVENTING_VERBS:
        return False
    return any(child.dep_ in OBJECT_DEPS and child.lemma_ in FALL_NOUNS and _falls_on_assads_side(child, scene)
               for child in verb.children)


def _falls_on_assads_side(fall: Token, scene: "Scene") -> bool:
    """Return True when the fall's possessor or 'of' phrase names Assad's side, or it has neither."""
    owners = [child for child in fall.children if child.dep_ == "poss"]
    owners += [pobj for prep in fall.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for pobj in prep.children if pobj.dep_ == "pobj"]
    return all(_of_assads_side_or_bare_state(owner, scene)
               or (owner.pos_ == "PRON" and owner.lower_ in ("his", "its")) for owner in owners)


def _of_assads_side_or_bare_state(token: Token, scene: "Scene") -> bool:
    """Return True for a phrase named as Assad's side, or headed by a bare word of a side's rulers or forces that
    names no actor ('the government', 'the state')."""
    side = scene.side_of(token)
    return side == ASSAD or (side is None and token.lemma_.lower() in RULERS)


def _keeps_from_falling(verb: Token, scene: "Scene") -> bool:
    if verb.lemma_ not in KEEPING_VERBS:
        return False
    falls = [grand for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
             for grand in prep.children if grand.dep_ in ("pcomp", "pobj") and grand.lemma_ in FALLING_VERBS]
    kept = [child for child in verb.children if child.dep_ in OBJECT_DEPS]
    return bool(falls) and any(_of_assads_side_or_bare_state(child, scene) or child.lower_ in PERSONAL_PRONOUNS
                               for child in kept)
