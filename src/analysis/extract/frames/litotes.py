"""A negated act whose scope names a loss: the denial of a loss affirms the will to prevent it.

'Moscow will not lose this war', 'we would not sit by and watch the state collapse', 'the Kremlin would not let
him be toppled': the negation falls on an outcome that would end Assad's side, so the sentence states resolve, not
reluctance. A negative of a negative meaning is an affirmation (litotes; Horn 1989, *A Natural History of Negation*, on
double negation), and Losing, Collapse and Change_of_leadership (FrameNet) name the outcome denied. A verb of
bearing a cost ('would not risk losing more pilots', 'could not afford the loss') bounds the supporter's own
losses instead, and stays a limit.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.nlp.arrays import ParseArrays

# The codebook's negated volition and action, and the support a denied loss states.
RELUCTANCE, DENIED_LOSS_SUPPORT = "limits.reluctance", "support.backing"
# FrameNet Losing, the collapse of a state or an army, and Change_of_leadership (its removal by others).
LOSSES = frozenset(get_string_id(word) for word in (
    "lose", "loss", "collapse", "downfall", "overthrow", "topple", "oust", "ouster", "depose", "remove", "removal"))
# Verbs of bearing or risking a cost (FrameNet Run_risk, Expensiveness, Tolerating): the loss is the supporter's own.
COST_BEARING = frozenset(get_string_id(word) for word in (
    "risk", "afford", "pay", "bear", "sacrifice", "accept", "tolerate", "absorb", "sustain", "suffer"))
# Verbs of preventing or rescuing (FrameNet Preventing_or_letting, Thwarting, Rescuing): a loss they govern is the
# loss averted, so the negated act withholds the rescue ('did not send troops to prevent the fall of the city').
COUNTERING = frozenset(get_string_id(word) for word in (
    "prevent", "stop", "avert", "avoid", "forestall", "halt", "save", "rescue", "spare", "protect", "defend"))
OUTSIDE_SCOPE = COST_BEARING | COUNTERING
# How the denied outcome hangs on the negated verb within its clause: object, controlled or complement clause,
# purpose clause, predicative complement, prepositional phrase; not a clause a subordinator opens, which states the
# circumstance of the act ('if the garrison falls, no second force will follow'), not what it brings about.
SCOPE_DEPS = frozenset({"dobj", "xcomp", "ccomp", "advcl", "oprd", "acomp", "prep", "pobj", "amod", "compound", "conj"})


def denies_a_loss(cue: Span, parse: ParseArrays) -> bool:
    """Return True when the cue's verb or a word within its scope (`SCOPE_DEPS`, followed down) is a loss
    (`LOSSES`), the scope passing no verb of bearing a cost (`COST_BEARING`) or of preventing (`COUNTERING`); a clause
    with a subordinator ('if', 'when') is left out."""
    verb = cue.root.i
    if parse.lemma[verb] in OUTSIDE_SCOPE:
        return False
    frontier = [verb]
    while frontier:
        node = frontier.pop()
        if parse.lemma[node] in LOSSES:
            return True
        frontier.extend(child for child in parse.children(node)
                        if parse.dep[child] in SCOPE_DEPS and parse.lemma[child] not in OUTSIDE_SCOPE
                        and not any(parse.dep[grand] == "mark" for grand in parse.children(child)))
    return False
