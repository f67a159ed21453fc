"""Means denied operation or fire: whose means they are, told by the subject of the verb on the parse.

A negated verb of operating or firing a weapon (FrameNet Being_in_operation, Use_firearm: 'switch on', 'turn on',
'lock on', 'fire at') bounds Russia's commitment when its means stay unused ('the S-300 was never switched on against
Israeli jets', 'its air defences did not fire a single shot'). The subject of the verb is the one who operates, or,
in the passive, what is operated; when that subject is another party or Assad's side ('Turkey never switched on the
S-400 it bought from Russia', 'the rebels did not fire at the Russian jets', 'Syrian air defences were never switched
on'), the means left unused are not Russia's, whoever else the clause names.

So too for means that cannot be everywhere: the verb of presence ('could not be everywhere') with another party or
Assad's side as its subject ('the Syrian troops could not be everywhere') is that party's want of means, not Russia's.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from analysis.extract.frames.agents import ASSAD, OTHER, Scene, shared_subject

OPERATION_VERBS = frozenset(get_string_id(word) for word in ("switch", "turn", "lock", "fire"))
# Subjects of an active or a passive clause ('arrived in 2018 and was never turned on').
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The verb of presence (FrameNet Being_located), whose subject is the means that are or are not in a place.
PRESENCE = get_string_id("be")


def operated_by_another(cue: Span, scene: Scene) -> bool:
    """Return True when the cue holds a verb of operation or fire (`OPERATION_VERBS`) whose subject is another party,
    Assad's opponents or Assad's side (see `_acted_by_another`)."""
    parse = scene.parse
    verb = next((token.i for token in cue if parse.pos[token.i] == "VERB"
                 and parse.lemma[token.i] in OPERATION_VERBS), None)
    return verb is not None and _acted_by_another(cue.doc[verb], scene)


def present_by_another(cue: Span, scene: Scene) -> bool:
    """Return True when the cue's root is the verb of presence ('could not be everywhere') and its subject is another
    party, Assad's opponents or Assad's side."""
    root = cue.root
    return len(cue) > 1 and root.lemma == PRESENCE and _acted_by_another(root, scene)


def _acted_by_another(verb: Token, scene: Scene) -> bool:
    """Return True when the subject of `verb`, its own or the one it shares with the verb it is coordinated with, is
    another party, Assad's opponents or Assad's side (see `Scene.side_of`, `Scene.bearer_side_at`)."""
    subject = shared_subject(verb, subjects=SUBJECTS)
    return subject is not None and (scene.side_of(subject) in (ASSAD, OTHER)
                                    or scene.bearer_side_at(subject.i) == OTHER)
