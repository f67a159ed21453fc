"""A contrast whose chooser is not Russia: the writer's, the reader's or another actor's ('I work on X, not on Y').

The corrective 'X, not Y' (McCawley 1991) and the contrast of 'rather than' and 'instead of' (Quirk et al. 1985
§13.43, §9.57: the preferred and the rejected item share the clause's subject and verb) state what the subject of
their clause does or is, and deny it the other item. They bound Russia's support only when that subject may be
Russia, or when what the clause says of its object or complement is said of a Russian. The corrective and the preference of a
subject that points to the speech situation, the writer's 'I' or 'we' or the reader's 'you' (Halliday & Hasan 1976,
§2.3, exophoric reference; the scene's `subject_names_no_russian` decides which are not a Russian speaker's), are
that party's when the rest of the verb's clause names no Russian ('I teach the archive, not the war'); one that
describes a Russian ('I would call Moscow's aid a loan, not a gift') stays Russia's limit. The contrast of another
actor named as the subject ('the donors paid a fee instead of pledging aid') is that actor's.
"""

from __future__ import annotations

from itertools import chain
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from analysis.extract.frames.agents import (ASSAD, FIRST_PERSON, OTHER, SECOND_PERSON, SHARED_SUBJECT_DEPS,
                                            shared_subject)

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene

# The markers of a contrast: the corrective's negation after a comma or a dash, and the two complex prepositions.
CORRECTIVE_MARKS = frozenset({",", "-", "–", "—"})
CORRECTIVE_NEGATIONS = frozenset({"not", "never"})
PREFERENCE_MARKERS = frozenset({"rather than", "instead of"})
# The persons of pronouns that may point to the speech situation, 'I', 'we' and 'you' (the scene decides whether they
# stand for a Russian speaker).
EXOPHORIC_PERSONS = frozenset({FIRST_PERSON, SECOND_PERSON})
CLAUSE_HEAD_POS = frozenset({"VERB", "AUX"})
# How the denied or rejected verb hangs on the one it is set against, sharing its subject: 'prove the claim, not
# repeat it' (the parser's 'dep' or a conjunct), 'paid a fee instead of pledging' (the complement of 'of').
CONTRASTED_VERB_DEPS = SHARED_SUBJECT_DEPS | {"dep", "pcomp", "pobj", "prep"}


def is_contrast_cue(cue: Span) -> bool:
    """Return True for a cue that is a corrective negation (',' or a dash, then 'not' or 'never') or 'rather than' or
    'instead of'."""
    words = [token.lower_ for token in cue]
    if " ".join(words[:2]) in PREFERENCE_MARKERS:
        return True
    return len(words) > 1 and words[0] in CORRECTIVE_MARKS and bool(CORRECTIVE_NEGATIONS.intersection(words[1:3]))


def contrast_of_another_chooser(cue: Span, scene: "Scene") -> bool:
    """Return True when the cue is a contrast (`is_contrast_cue`) whose subject is an 'I', 'we' or 'you' that stands
    for no Russian speaker while the rest of its verb's clause names no Russian, or another actor, and the rest of
    the sentence from the marker on names nothing of Assad's side; False otherwise."""
    if not is_contrast_cue(cue):
        return False
    verb = next((node for node in chain([cue.root], cue.root.ancestors) if node.pos_ in CLAUSE_HEAD_POS), None)
    subject = shared_subject(verb, through=CONTRASTED_VERB_DEPS) if verb is not None else None
    if subject is None:
        return False
    if subject.pos_ == "PRON" and not EXOPHORIC_PERSONS.isdisjoint(subject.morph.get("Person")):
        another = scene.subject_names_no_russian(subject.head) and not _rest_names_a_russian(verb, subject, scene)
    else:
        another = subject.pos_ in ("NOUN", "PROPN") and scene.side_of(subject) == OTHER
    return another and not _names_assads_side_after(cue, scene)


def _rest_names_a_russian(verb: Token, subject: Token, scene: "Scene") -> bool:
    """Return True when `verb`'s subtree less its subject's names a Russian ('call Moscow's aid a loan')."""
    own = range(subject.left_edge.i, subject.right_edge.i + 1)
    return any(token.i in scene.russian and token.i not in own for token in verb.subtree)


def _names_assads_side_after(cue: Span, scene: "Scene") -> bool:
    """Return True when a token of the cue's sentence from the cue on is of Assad's side."""
    sentence = scene.sentence_of(cue)
    return any(i in scene.assad or scene.side_of(sentence.doc[i]) == ASSAD for i in range(cue.start, sentence.end))
