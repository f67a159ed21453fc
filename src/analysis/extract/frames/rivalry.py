"""Russia named with another power as one party of a quarrel, not of a joint act.

`limits.hedging` reads Russia coordinated with another power ('Russia and Turkey agreed', 'the United States and
Russia agreed') as a joint party, Russia dealing with Assad's rivals (Quirk et al. 1985, joint coordination). A
coordination whose clause is a quarrel names the two as opponents, the segregatory reading: 'Washington and Moscow
traded accusations', 'Russia and the United States clashed at the Council', 'the US and Russia back opposing sides'
(FrameNet Quarreling, Hostile_encounter, Judgment_communication; the reciprocal 'each other' after a verb of blame).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# The codebook's code of Russia dealing with Assad's rivals (checked at load: `coder.NAMED_CODES`).
HEDGING = "limits.hedging"
# Verbs of a quarrel or a clash between the coordinated parties (FrameNet Quarreling, Hostile_encounter).
QUARREL_VERBS = frozenset({"clash", "quarrel", "spar", "feud", "argue", "disagree", "differ", "dispute", "bicker",
                           "wrangle", "collide", "diverge", "split", "fight", "confront", "compete", "vie", "accuse",
                           "blame", "condemn", "criticise", "criticize", "denounce"})
# 'trade' or 'exchange' a quarrel's words ('traded accusations', 'exchanged barbs'); not goods or prisoners.
EXCHANGE_VERBS = frozenset({"trade", "exchange", "swap"})
QUARREL_NOUNS = frozenset({"accusation", "barb", "blame", "insult", "threat", "warning", "charge", "recrimination",
                           "jab", "criticism", "fire", "blow"})
# Sides said to be opposed ('back opposing sides', 'on opposite sides of the war').
OPPOSED = frozenset({"opposing", "opposite", "rival", "different"})
SIDES = frozenset({"side", "camp"})
# How the coordinated phrase hangs on its clause: subject, or the adjective on a subject noun ('Turkish and Russian').
CLIMB_DEPS = frozenset({"nsubj", "nsubjpass", "amod", "compound", "conj", "cc"})


def quarrel_of_the_parties(cue: Span) -> bool:
    """Return True when the coordination the cue names is the subject of a quarrel (`QUARREL_VERBS`, a quarrel's words
    traded, `EXCHANGE_VERBS`, or opposed sides, `OPPOSED`): the parties are set against each other."""
    if not any(token.dep_ == "cc" for token in cue):
        return False
    node = cue.root
    while node.dep_ in CLIMB_DEPS and node.head.i != node.i:
        node = node.head
    if node.lemma_.lower() in QUARREL_VERBS:
        return True
    return any(_quarrel_words(child) for child in node.children if child.dep_ in ("dobj", "prep", "attr"))


def _quarrel_words(phrase: Token) -> bool:
    """Return True for an object or complement that names a quarrel's words or opposed sides ('accusations', 'on
    opposite sides')."""
    nouns = [phrase] + [child for child in phrase.children if child.dep_ == "pobj"]
    return any((noun.head.lemma_.lower() in EXCHANGE_VERBS and noun.lemma_.lower() in QUARREL_NOUNS)
               or (noun.lemma_.lower() in SIDES and any(child.lower_ in OPPOSED for child in noun.children))
               for noun in nouns)
