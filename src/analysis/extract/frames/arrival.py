"""Russia's arrival in Assad's war: a verb of arriving whose subject is Russia or its forces.

A verb of arriving (FrameNet Arriving: 'come', 'arrive', 'come back') says that the one who comes is in the war: its
Theme, the subject on the parse, its own or the one it shares with the verb it is coordinated with or that controls it
('the Russian jets came back', 'Moscow came to stop the collapse', 'we are coming so that the army holds'). A Russian
tied to the verb in another way, as the speaker who reports it or in a 'for' phrase ('the bill is arriving, said a
Moscow consultant', 'what comes next for Russia'), did not come.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.frames.agents import RUSSIA, Scene, shared_subject

ARRIVAL = "support.arrival"


def not_russias_arrival(cue: Span, scene: Scene) -> bool:
    """Return True when the subject of the cue's verb of arriving, its own or a shared one, is not Russian (see
    `Scene.side_of`): someone or something else came."""
    return scene.side_of(shared_subject(cue.root)) != RUSSIA
