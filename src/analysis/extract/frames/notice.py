"""Assad's side told or not asked (`limits.friction`) where the teller is another or the one told is not Assad's side.

The codebook reads the passive of a verb of informing with Assad's side as the one told ('the president was informed
by telephone', 'the government was informed.') and 'not asked' ('Syrian generals were not always asked') as Russia
telling, not consulting, its client (FrameNet Telling, against Discussion). That holds only where the one told is
Assad's side itself, the head of the subject a word for it (`SIDE_HEADS`), not any noun after 'Syrian' ('Syrian
Kurds', 'Syrian refugees', 'the Syrian people'); where a 'by' agent names the teller, not the means ('by
telephone'), it must be a Russian ('told over the phone by their own officers' is no Russian notice); and where
what is told is named with 'of' or 'about', it must be Russia's or a deal ('informed of his re-election' is news,
not a decision made without him). The three word lists are the project's own, guided by the FrameNet frames
whose roles they fill: Leadership and Military for `SIDE_HEADS`, Telling's Medium for `MEDIA`,
Make_agreement_on_action for `DECISION_NOUNS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from analysis.nlp.arrays import token_span

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene

TELLING_FORMS = frozenset({"told", "informed", "notified", "asked"})
# Heads of a noun phrase for Assad's side: himself, his capital, state, rule and its office holders.
SIDE_HEADS = frozenset({"assad", "damascus", "syria", "regime", "government", "president", "leadership", "leader",
                        "commander", "general", "minister", "official", "officer", "army", "military", "delegation",
                        "cabinet", "envoy", "diplomat", "ally", "client"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj"})
TOPIC_PREPOSITIONS = frozenset({"of", "about"})
# Means of a message, which 'by' may name in the place of a teller ('informed by telephone').
MEDIA = frozenset({"telephone", "phone", "call", "letter", "message", "cable", "email", "fax", "text", "note"})
# The phrases that name the means of the telling: a 'by' agent or a preposition ('over the phone', 'in a call').
MEDIUM_DEPS = frozenset({"agent", "prep"})
# What is told that is a decision made without the one told (see the codebook's friction patterns).
DECISION_NOUNS = frozenset({"decision", "terms", "deal", "agreement", "outcome", "result", "plan", "fait",
                            "ceasefire", "truce", "accord"})


def told_by_another(cue: Span, scene: Scene) -> bool:
    """Return True when the cue's verb of telling (`TELLING_FORMS`) has a subject whose head is no word for Assad's
    side, a 'by' agent that names no Russian, or an 'of' or 'about' topic that names neither a Russian nor a decision
    (see module doc)."""
    verb = next((token for token in cue if token.lower_ in TELLING_FORMS), None)
    if verb is None:
        return False
    subject = next((child for child in verb.children if child.dep_ in PASSIVE_SUBJECTS), None)
    if subject is None or subject.lemma_.lower() not in SIDE_HEADS:
        return True
    media = {token for phrase in verb.children if phrase.dep_ in MEDIUM_DEPS for token in phrase.subtree
             if token.lemma_.lower() in MEDIA}
    if any(phrase.dep_ == "agent" and media.isdisjoint(phrase.subtree) and not _names_a_russian(phrase, scene)
           for phrase in verb.children):
        return True
    topics = [phrase for head in (verb, *media) for phrase in head.children
              if phrase.dep_ == "prep" and phrase.lower_ in TOPIC_PREPOSITIONS]
    return any(not _names_a_russian(topic, scene)
               and not any(token.lemma_.lower() in DECISION_NOUNS for token in topic.subtree) for topic in topics)


def _names_a_russian(phrase: Token, scene: Scene) -> bool:
    """Return True when `phrase`'s subtree names a Russian (see `Scene.russian_in`)."""
    return scene.russian_in(token_span(phrase.doc, phrase.left_edge.i, phrase.right_edge.i + 1)) is not None
