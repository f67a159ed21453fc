"""A support word whose object is a negotiated agreement or the talks towards one names a role in a peace process.

Backing, sponsoring or guaranteeing a truce, the talks or a settlement ('the guarantors of the ceasefire', 'sponsored
the peace talks with Ankara', 'Turkey is Russia's partner in the Astana process') is the part a third party takes in
an agreement between the warring sides (FrameNet Make_agreement_on_action, Discussion, and the Guarantor and
Sponsor roles of Commitment and Supporting): its object is the agreement, not Assad's side, so it is no support of
him. Only words of backing and alliance (`MEDIATING_CODES`) name such a role: vetoing or brokering a truce ('vetoed a
truce for the city', 'brokered the deal that let the army return') acts on it for one side. Nor is it such a role
when the cue names Assad's side as its party as well ('Assad's ally in the talks', 'backed the peace process and the
government'): the talks are then only the setting. A limit read on the same words (hedging, leverage) is left to the
limits codes.

The guarantors in the plural ('the guarantors said they would meet again', 'the guarantor countries') are the several
states that guarantee a truce together (Russia, Turkey and Iran at Astana): the role in the peace process even where
the agreement goes unnamed, unless Assad's side is named as what they guarantee.

So is backing the bodies and go-betweens of a peace process ('backed the constitutional committee', 'supported the
UN envoy'), and backing the making, running or keeping of an agreement or such a body ('backed the formation of the
committee', 'endorsed the appointment of a former minister as mediator', 'ensure compliance with the truce'): the
event noun is read through to what it is made of (FrameNet Intentionally_create, Change_of_leadership, Compliance),
unless that body names Assad's side ('the formation of a new Syrian government').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene

MEDIATING_CODES = frozenset({"support.backing", "support.motive_ally"})
# Nouns of agreements between warring sides and of the talks that lead to them (FrameNet Make_agreement_on_action:
# agreement, accord, deal, ceasefire, truce; Discussion: talks, negotiation, dialogue; WordNet peace_process.n.01,
# settlement.n.04), and of the passage or evacuation such an agreement arranges.
AGREEMENT_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "talk", "negotiation", "dialogue",
                             "process", "settlement", "agreement", "accord", "deal", "memorandum", "peace",
                             "de-escalation", "passage", "evacuation"})
# The bodies and go-betweens of a peace process (FrameNet Discussion, its Medium; WordNet mediator.n.01, envoy.n.01,
# committee.n.01, congress.n.03): what they are is set by their own phrase ('the Syrian government's envoy' is his).
INSTITUTION_NOUNS = frozenset({"committee", "congress", "conference", "envoy", "mediator"})
# Event nouns of making, naming, running or keeping something (FrameNet Intentionally_create, Change_of_leadership,
# Compliance), read through to what they are made of: 'the formation of the committee', 'compliance with the truce'.
EVENT_NOUNS = frozenset({"appointment", "formation", "creation", "establishment", "convening", "implementation",
                         "compliance", "observance"})
EVENT_PREPOSITIONS = frozenset({"of", "with", "as"})
# How the agreement hangs on a verb cue (its object) or on a noun cue ('guarantor of the truce', 'partner in the talks',
# 'the ceasefire guarantors', 'the truce's sponsors').
VERB_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# The agent noun of guaranteeing (FrameNet Commitment, its Guarantor), and the tag of a plural noun.
GUARANTOR_NOUNS = frozenset({"guarantor"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
NOUN_COMPLEMENT_PREPOSITIONS = frozenset({"of", "in"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "poss"})


def backs_an_agreement(code_id: str, cue: Span, scene: "Scene") -> bool:
    """Return True when the cue of a code of backing or alliance (`MEDIATING_CODES`) has an object (a verb's direct
    object or passive subject; a noun's 'of' or 'in' complement, compound or possessor) headed by a noun of agreement
    or talks (`AGREEMENT_NOUNS`), alone or coordinated, or is the guarantors in the plural, and no other object names
    Assad's side."""
    if code_id not in MEDIATING_CODES:
        return False
    parties = [party for obj in _objects(cue.root) for party in _made_of(obj, cue.root)]
    doc = cue.doc
    agreements = [party for party in parties if party.lemma_.lower() in AGREEMENT_NOUNS or (
        party.lemma_.lower() in INSTITUTION_NOUNS
        and not scene.names_assad_side(doc[party.left_edge.i:party.right_edge.i + 1]))]
    return (bool(agreements) or _joint_guarantors(cue.root)) and not any(
        scene.names_assad_side(doc[party.left_edge.i:party.right_edge.i + 1]) for party in parties
        if party not in agreements)


def _made_of(obj: Token, root: Token) -> list[Token]:
    """Return an object and its conjuncts, each event noun (`EVENT_NOUNS`) read through to the complements of its
    'of', 'with' or 'as' phrases, on itself or, for a verb's object, on the verb ('ensure compliance with the truce'),
    and to its possessor, the agent who makes or keeps it ('the Syrian army's implementation of the ceasefire'): a
    party too."""
    parties = []
    for party in (obj, *obj.conjuncts):
        if party.lemma_.lower() not in EVENT_NOUNS:
            parties.append(party)
            continue
        holders = (party, root) if party.head.i == root.i and root.pos_ in ("VERB", "AUX") else (party,)
        parties.extend(grand for holder in holders for child in holder.children
                       if child.dep_ == "prep" and child.lower_ in EVENT_PREPOSITIONS
                       for grand in child.children if grand.dep_ == "pobj")
        parties.extend(child for child in party.children if child.dep_ == "poss")
    return parties


def _joint_guarantors(root: Token) -> bool:
    """Return True for a guarantor noun in the plural, or modifying a plural noun ('the guarantor countries')."""
    return root.lemma_.lower() in GUARANTOR_NOUNS and (
        root.tag_ in PLURAL_NOUN_TAGS or (root.dep_ == "compound" and root.head.tag_ in PLURAL_NOUN_TAGS))


def _objects(root: Token) -> list[Token]:
    """Return the objects of a verb cue, or the complements, compounds and possessors of a noun cue."""
    if root.pos_ in ("VERB", "AUX"):
        return [child for child in root.children if child.dep_ in VERB_OBJECT_DEPS]
    if root.pos_ not in ("NOUN", "PROPN"):
        return []
    objects = [child for child in root.children if child.dep_ in NOUN_MODIFIER_DEPS]
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in NOUN_COMPLEMENT_PREPOSITIONS:
            objects.extend(grand for grand in child.children if grand.dep_ == "pobj")
    return objects

