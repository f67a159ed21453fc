"""Means denied operation or fire: whose means they are, told by the subject of the verb on the parse.

A negated verb of operating or firing a weapon (FrameNet Being_in_operation, Use_firearm: 'switch on', 'turn on',
'lock on', 'fire at') bounds Russia's commitment when its means stay unused ('the S-300 was never switched on against
Israeli jets', 'its air defences did not fire a single shot'). The subject of the verb is the one who operates, or,
in the passive, what is operated; when that subject is another party or Assad's side ('Turkey never switched on the
S-400 it bought from Russia', 'the rebels did not fire at the Russian jets', 'Syrian air defences were never switched
on'), the means left unused are not Russia's, whoever else the clause names.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, OTHER, Scene

OPERATION_VERBS = frozenset(get_string_id(word) for word in ("switch", "turn", "lock", "fire"))
# Subjects of an active or a passive clause, and how a verb shares the subject of the verb it hangs on ('arrived in
# 2018 and was never turned on').
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp"})


def operated_by_another(cue: Span, scene: Scene) -> bool:
    """Return True when the cue holds a verb of operation or fire (`OPERATION_VERBS`) whose subject, its own or the
    one it shares with the verb it is coordinated with, is another party, Assad's opponents or Assad's side (see
    `Scene.side_of`, `Scene.bearer_side_of`)."""
    parse = scene.parse
    verb = next((token.i for token in cue if parse.pos[token.i] == "VERB"
                 and parse.lemma[token.i] in OPERATION_VERBS), None)
    if verb is None:
        return False
    node = verb
    while parse.dep[node] in SHARED_SUBJECT_DEPS and not any(parse.dep[child] in SUBJECTS
                                                              for child in parse.children(node)):
        node = parse.head[node]
    subject = next((child for child in parse.children(node) if parse.dep[child] in SUBJECTS), None)
    return subject is not None and (scene.side_of(cue.doc[subject]) in (ASSAD, OTHER)
                                    or scene.bearer_side_of(cue.doc[subject]) == OTHER)
