"""A verb cue whose own clause names its doer, by name, as someone other than Russia.

The agent of a verb is its subject or, in the passive, the complement of 'by' (Quirk et al. 1985 §3.63, the agent
by-phrase). Where Russia is only carried from the sentences before (see `coder.CARRIED`), a clause that names its
own doer by a person's or an organisation's name is that doer's act, not Russia's ('The Ellery Fund supported the
survey', 'The newsletter is supported by Harwick Partners', 'My editors, Ann Pole and Tom Reyes, saved me from
errors'): acknowledgements, sponsor lines, minutes and obituaries name a helper of their own in a text about Russia.
The same holds for any cue, noun or verb, whose clause is owned by a proper name of no known side, a person, an
organisation, a state or a people (`owned_by_an_unlisted_name`): the coder carries no Russian topic into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from analysis.extract.frames.agents import (ACTIVE_SUBJECT_DEPS, ASSAD, CARRIED_ROLES, REPORTED_DEPS, REPORTING_DEPS,
                                            RUSSIA, shared_subject)

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Link, Scene

# Entity labels of a doer named by name (OntoNotes 5.0: persons and organisations).
NAMED_DOER_LABELS = frozenset({"PERSON", "ORG"})
# ... and of a party that owns a clause by name: also a state or a people.
NAMED_PARTY_LABELS = NAMED_DOER_LABELS | {"GPE", "NORP"}
PROPER_NOUN = "PROPN"
PASSIVE_AGENT = "agent"
# How the one a verb acts on or for hangs on it: its object, its recipient, or a preposition's complement.
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def names_another_doer(cue: Span, link: Link | None, scene: Scene) -> bool:
    """Return True for a verb cue tied to Russia only by the sentences before whose subject, or passive 'by' agent,
    names a person or an organisation that is neither Russia nor Assad's side; False for any other cue, and for a
    clause whose object or recipient is Assad's side: a named doer backing Assad is in the story's own conflict, most
    often an official of Russia's the scene does not know as Russian ('Defence minister ... backed Assad')."""
    verb = cue.root
    if link is None or link.role not in CARRIED_ROLES or verb.pos_ != "VERB":
        return False
    doer = _doer(verb)
    if doer is None:
        return False
    phrase = list(doer.subtree)
    return (not _aimed_at_assads_side(verb, scene) and any(token.ent_type_ in NAMED_DOER_LABELS for token in phrase)
            and scene.side_of(doer) not in (RUSSIA, ASSAD)
            and all(token.i not in scene.russian and token.i not in scene.assad for token in phrase))


def owned_by_an_unlisted_name(owner: Token | None, cue: Span, scene: Scene) -> bool:
    """Return True when `owner`, the subject that owns the clause of any cue (see `Scene.tie`), is a proper name of no
    side the scene knows ('Brenland has supported the inquiry', 'Dr Okwu, who helps new arrivals'; not 'the cargo ship
    Orla'): a party of its own, whose clause takes up no Russian from the paragraph. Not for a clause aimed at Assad's
    side (see `names_another_doer`), nor for the speaker of a clause that only reports the cue's ('"...," said Dr
    Okwu')."""
    if (owner is None or owner.pos_ != PROPER_NOUN or owner.ent_type_ not in NAMED_PARTY_LABELS
            or scene.side_of(owner) is not None):
        return False
    if _aimed_at_assads_side(owner.head, scene):
        return False
    node = cue.root
    while node != owner.head and node.head != node:
        if node.dep_ in REPORTED_DEPS | REPORTING_DEPS:
            return False
        node = node.head
    return True


def _doer(verb: Token) -> Token | None:
    """Return the head of the phrase that names who does `verb`: its passive 'by' complement, else its active subject
    (shared with the verb it is coordinated with or controlled by)."""
    by_phrase = next((child for child in verb.children if child.dep_ == PASSIVE_AGENT), None)
    if by_phrase is not None:
        return next((child for child in by_phrase.children if child.dep_ == "pobj"), None)
    return shared_subject(verb, subjects=ACTIVE_SUBJECT_DEPS)


def _aimed_at_assads_side(verb: Token, scene: Scene) -> bool:
    """Return True when the verb's object, its recipient or a preposition's complement on it is Assad's side."""
    for child in verb.children:
        targets = [child] if child.dep_ in OBJECT_DEPS else (
            [grand for grand in child.children if grand.dep_ == "pobj"] if child.dep_ == "prep" else [])
        if any(target.i in scene.assad or scene.side_of(target) == ASSAD for target in targets):
            return True
    return False
