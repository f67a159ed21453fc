"""Appositives: a noun phrase set beside another has the same referent (Quirk et al. 1985 §17.65), so a support noun
in apposition to an actor describes that actor ('Ankara, the rebels' main sponsor'; 'Tehran, Assad's other patron')."""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.frames.agents import RUSSIA, Scene

APPOSITION, COORDINATION = "appos", "conj"


def describes_another_actor(cue: Span, scene: Scene) -> bool:
    """Return True when the cue's head noun, alone or coordinated ('its banker and backer'), is in apposition to an
    actor that is neither Russia nor Assad's side: the noun names that actor's role ('talks with Turkey, the rebels'
    backer'), not an act of Russia's. The anchor is judged by its own words, not by the appositive's."""
    node = cue.root
    while node.dep_ == COORDINATION and node.head.i != node.i:
        node = node.head
    anchor = node.head
    return (node.dep_ == APPOSITION and anchor.i != node.i and anchor.i in scene.actors
            and anchor.i not in scene.assad and scene.side_of(anchor) != RUSSIA)
