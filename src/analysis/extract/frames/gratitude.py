"""A verb of thanking (`support.effect_survival`) that thanks no Russian for Assad's side.

Gratitude is an effect of Russia's support where Assad's side thanks Russia ('Assad thanked Putin for the air
support', 'Syrian state media thanked our Russian friends'). A chair, a witness or a host thanking the audience, a
committee or a guest ('I thank the Minister for her answer', 'Thank you for the invitation to testify', 'thank you
all') addresses the people in the room (FrameNet Judgment_direct_address: the Addressee is the one thanked), so it is
no support, whatever the paragraph says of Russia. Nor is gratitude to a party named as Assad's own side or as another
actor ('Assad thanked his soldiers', 'thanked Hezbollah for its fighters'), nor thanks a Russian gives ('Putin thanked
the pilots', 'Lavrov thanked his Iranian counterpart'): the one grateful is then not Assad's side, or the one thanked
not Russia.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from analysis.extract.frames.agents import (ASSAD, OTHER, RELATIONAL_HEADS, RUSSIA, SHARED_SUBJECT_DEPS,
                                           shared_subject)

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene

GRATITUDE = "support.effect_survival"
THANKING_LEMMAS = frozenset({"thank"})
THANKED_DEPS = frozenset({"dobj", "dative"})
# How a verb of thanking shares the subject of the clause it hangs on ('flew to Sochi to thank him', 'met Putin and
# thanked him').
THANKER_DEPS = SHARED_SUBJECT_DEPS | {"advcl"}


def thanks_another_party(code_id: str, cue: Span, scene: "Scene") -> bool:
    """Return True for a verb of thanking whose thanked party, its object, is named as Assad's side or another actor
    ('Assad thanked his army', 'thanked Hezbollah'), names no Russian while the one who thanks is not Assad's side ('I
    thank the committee', 'Thank you all'), or whose thanker is Russian ('Lavrov thanked his Iranian counterpart');
    False for any other cue."""
    verb = cue.root
    if code_id != GRATITUDE or verb.pos_ != "VERB" or verb.lemma_.lower() not in THANKING_LEMMAS:
        return False
    thanked = next((child for child in verb.children if child.dep_ in THANKED_DEPS), None)
    if thanked is None:
        return False
    thanked_side, thanker_side = scene.side_of(thanked), scene.side_of(shared_subject(verb, through=THANKER_DEPS))
    # a pronoun's side is only resolved, and an ally's possessor is the one it stands by ('his allies in Moscow')
    named_elsewhere = (thanked.pos_ != "PRON" and thanked.lemma_.lower() not in RELATIONAL_HEADS
                       and thanked_side in (ASSAD, OTHER))
    return named_elsewhere or thanker_side == RUSSIA or (thanked_side != RUSSIA and thanker_side != ASSAD)

