"""A verb cue whose own clause names its doer, by name, as someone other than Russia.

The agent of a verb is its subject or, in the passive, the complement of 'by' (Quirk et al. 1985 §3.63, the agent
by-phrase). Where Russia is only carried from the sentences before (see `coder.CARRIED`), a clause that names its
own doer by a person's or an organisation's name is that doer's act, not Russia's ('The Ellery Fund supported the
survey', 'The newsletter is supported by Harwick Partners', 'My editors, Ann Pole and Tom Reyes, saved me from
errors'): acknowledgements, sponsor lines, minutes and obituaries name a helper of their own in a text about Russia.
The same holds for any cue, noun or verb, whose clause is owned by a proper name of no known side, a person, an
organisation, a state or a people, and names a beneficiary of its own (`owned_by_an_unlisted_name`): the coder carries
no Russian topic into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from analysis.extract.frames.agents import ACTIVE_SUBJECT_DEPS, ASSAD, CARRIED_ROLES, RUSSIA, shared_subject

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
# The prepositions of the one a cue acts for ('support for the inquiry', 'aid to new arrivals').
BENEFICIARY_PREPOSITIONS = frozenset({"for", "to"})
# How a clause hangs on the clause of the owner's verb: a relative, a controlled or an adverbial clause.
CLAUSE_LINK_DEPS = frozenset({"relcl", "xcomp", "advcl"})


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
    side the scene knows and the cue's own clause names a beneficiary that is neither Russia nor Assad's side ('Dr Okwu,
    who helps new arrivals', 'Brenland has supported the inquiry'; not 'the cargo ship Orla'): a party of its own,
    whose clause takes up no Russian from the paragraph. A military or means cue with no such beneficiary ('... directed
    the air campaign') is most often a Russian commander or ship the gazetteer lacks, and keeps the carried topic; so
    does a clause aimed at Assad's side at any verb from the cue up to the owner's ('..., who protected Damascus', '...
    sent pilots to defend Damascus'), and a noun cue in an adjunct ('... under the cover of the air strikes') whose own 'for' or 'to' names no one ('...
called for more support for new arrivals' names them)."""
    if (owner is None or owner.pos_ != PROPER_NOUN or owner.ent_type_ not in NAMED_PARTY_LABELS
            or scene.side_of(owner) is not None):
        return False
    root = cue.root
    targets = _beneficiaries(root)
    if root.pos_ != "VERB" and root.dep_ == "pobj":
        targets += _beneficiaries_beside(root)
        if not targets:
            return False  # a noun cue in an adjunct, unless a 'for' or 'to' on it or its verb names whom it is for
    if any(_aimed_at_assads_side(verb, scene) for verb in _verbs_up_to(root, owner.head)):
        return False
    return any(target.i not in scene.russian and target.i not in scene.assad
               and scene.side_of(target) not in (RUSSIA, ASSAD) for target in targets)


def _verbs_up_to(token: Token, head: Token) -> list[Token]:
    """Return the verbs from `token`'s clause up to `head`, the verb of the owner's clause, through relative, controlled
    and adverbial clauses (relcl, xcomp, advcl)."""
    verbs, node = [], token
    while True:
        if node.pos_ in ("VERB", "AUX"):
            verbs.append(node)
        if node == head or node.head == node:
            return verbs
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in CLAUSE_LINK_DEPS:
            return verbs
        node = node.head


def _beneficiaries(root: Token) -> list[Token]:
    """Return who the cue acts for: a verb's object or recipient, or the complement of 'for' or 'to' on the cue."""
    targets = [child for child in root.children if root.pos_ == "VERB" and child.dep_ in OBJECT_DEPS]
    preps = [child for child in root.children if child.dep_ == "prep" and child.lower_ in BENEFICIARY_PREPOSITIONS]
    return targets + [grand for prep in preps for grand in prep.children if grand.dep_ == "pobj"]


def _beneficiaries_beside(noun: Token) -> list[Token]:
    """Return the complements of 'for' or 'to' on the verb whose preposition governs `noun` ('campaigned for aid *to
    new arrivals*'), the noun's own preposition left out."""
    verb = noun.head.head
    if verb.pos_ != "VERB":
        return []
    return [grand for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in BENEFICIARY_PREPOSITIONS
            and prep != noun.head for grand in prep.children if grand.dep_ == "pobj"]


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
