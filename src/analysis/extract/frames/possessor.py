"""A relational noun owned by another party ('Norway and its European partners', 'our clients' in the writer's voice).

A relational noun ('ally', 'partner', 'client', 'friend', ...) names one side of a relation; its possessor fills the
other (Barker 1995, Possessive Descriptions: the possessor saturates the relational noun's first argument). So 'its
European partners' after 'Norway' are Norway's partners, and 'our clients' in a law firm's own voice are the firm's:
neither names Russia's tie to Assad's side, whatever Russian the sentence names elsewhere. The possessor is another
party when the Scene reads it as another actor or as Assad's opponents (`Scene.bearer_side_at`), or when it is the
writer's own 'our' (`Scene.writers_plural`) or a singular 'my' outside every Russian voice. A possessor of Russia's
own ('its partners' after Moscow, a Russian speaker's 'our friends') or of Assad's side ('Assad's allies') is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from analysis.extract.frames.agents import OTHER, RELATIONAL_HEADS, RUSSIA

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene

# The speaker's own singular possessive: one person's friends or clients, never a state's.
FIRST_SINGULAR_POSSESSIVES = frozenset({"my"})


def owned_by_another_party(cue: Span, scene: "Scene") -> bool:
    """Return True when the cue is a relational noun whose possessor is another actor, Assad's opponents, the writer's
    'our' or a 'my' that no Russian states; False otherwise."""
    root = cue.root
    if root.pos_ not in ("NOUN", "PROPN") or root.lemma_.lower() not in RELATIONAL_HEADS:
        return False
    owner = next((child for child in root.children if child.dep_ == "poss"), None)
    if owner is None or scene.side_of(owner) == RUSSIA:
        return False
    return (scene.bearer_side_at(owner.i) == OTHER or scene.writers_plural(owner)
            or owner.lower_ in FIRST_SINGULAR_POSSESSIVES)
