"""Appositives and relative clauses that describe another actor.

A noun phrase set beside another has the same referent (Quirk et al. 1985 §17.65), so a support noun in apposition to
an actor describes that actor ('Ankara, the rebels' main sponsor'; 'Tehran, Assad's other patron'). A relative clause
is predicated of its antecedent (Quirk et al. 1985, ch. 17, on relative clauses), so an act in one whose antecedent
is another actor, or a noun in apposition to one, is that actor's ('Ankara, which armed the rebels'; 'Doha, the
capital that funded them'; 'the emir, whose guards backed the uprising'), unless the clause names a Russian of its
own ('the town, which Russian jets bombed')."""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.frames.agents import RUSSIA, Scene

APPOSITION, COORDINATION, RELATIVE = "appos", "conj", "relcl"


def describes_another_actor(cue: Span, scene: Scene) -> bool:
    """Return True when the cue's head noun, alone or coordinated ('its banker and backer'), is in apposition to an
    actor that is neither Russia nor Assad's side: the noun names that actor's role ('talks with Turkey, the rebels'
    backer'), not an act of Russia's. The anchor is judged by its own words, not by the appositive's. Also True
    when the cue lies in a relative clause about such an actor (see `_in_relative_clause_of_another`)."""
    node = cue.root
    while node.dep_ == COORDINATION and node.head.i != node.i:
        node = node.head
    anchor = node.head
    return ((node.dep_ == APPOSITION and anchor.i != node.i and _another_actor(anchor.i, scene))
            or _in_relative_clause_of_another(cue, scene))


def _another_actor(i: int, scene: Scene) -> bool:
    return i in scene.actors and i not in scene.assad and scene.side_of(scene.doc[i]) != RUSSIA


def _in_relative_clause_of_another(cue: Span, scene: Scene) -> bool:
    """Return True when the nearest relative clause holding the cue has as its antecedent, or as the phrase that
    antecedent stands in apposition to, an actor that is neither Russia, Assad's side nor a place, and names no
    Russian itself."""
    parse, node = scene.parse, cue.root.i
    while parse.dep[node] != RELATIVE and parse.head[node] != node:
        node = parse.head[node]
    if parse.dep[node] != RELATIVE:
        return False
    antecedent = parse.head[node]
    anchors = (antecedent, parse.head[antecedent]) if parse.dep[antecedent] == APPOSITION else (antecedent,)
    clause = scene.doc[node]
    return (any(_another_actor(i, scene) and i not in scene.places for i in anchors)
            and scene.russian_in(scene.doc[clause.left_edge.i:clause.right_edge.i + 1]) is None)
