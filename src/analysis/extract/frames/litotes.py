"""A negated act whose scope names a loss: the denial of a loss affirms the will to prevent it.

'Moscow will not lose this war', 'we would not sit by and watch the state collapse', 'the Kremlin would not see
the government overthrown': the negation falls on an outcome that would end Assad's side, so
the sentence states resolve, not reluctance. A negative of a negative meaning is an affirmation (litotes; Horn 1989, *A Natural History of Negation*, on
double negation), and Losing, Collapse and Change_of_leadership (FrameNet) name the outcome denied. A verb of
bearing a cost ('would not risk losing more pilots', 'could not afford the loss') bounds the supporter's own
losses instead, and stays a limit; so does a denied loss whose object or subject is the supporter's own people or
means ('did not want to lose more soldiers'): the loss must be Assad's side's (through the `Scene`), a place's or the
war's. A clause a subordinator or a wh-adverb opens ('when the army collapsed'), or a coordinated clause with its own
subject ('and the army may collapse'), is outside the negation's scope.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, RUSSIA, SUBJECT_DEPS, Scene
from analysis.nlp.arrays import ParseArrays

# The codebook's negated volition and action, and the support a denied loss states (checked at load:
# `coder.NAMED_CODES`).
RELUCTANCE, DENIED_LOSS_SUPPORT = "limits.reluctance", "support.backing"
# FrameNet Losing, the collapse or fall of a state, a ruler or a city (Change_of_leadership, Conquering, seen from
# the loser: 'wants to see Assad fall'), and Change_of_leadership (its removal by others).
LOSSES = frozenset(get_string_id(word) for word in (
    "lose", "loss", "collapse", "fall", "downfall", "overthrow", "topple", "oust", "ouster", "depose", "remove",
    "removal"))
# Nouns of the war and of what Assad's side holds: a loss of one of these is his side's, not the supporter's own.
WAR_NOUNS = frozenset(get_string_id(word) for word in (
    "war", "battle", "fight", "campaign", "conflict", "city", "town", "province", "territory", "coast", "country",
    "state", "capital", "ally", "client", "regime", "government", "front", "stronghold"))
# How the lost thing or the loser hangs on a loss word: object, subject, possessor, and the 'of' phrase of a noun.
ARGUMENT_DEPS = frozenset({"dobj", "poss", "compound"}) | SUBJECT_DEPS
OF = get_string_id("of")
# Verbs of bearing or risking a cost (FrameNet Run_risk, Expensiveness, Tolerating): the loss is the supporter's own.
COST_BEARING = frozenset(get_string_id(word) for word in (
    "risk", "afford", "pay", "bear", "sacrifice", "accept", "tolerate", "absorb", "sustain", "suffer"))
# Verbs of preventing or rescuing (FrameNet Preventing_or_letting, Thwarting, Rescuing): a loss they govern is the
# loss averted, so the negated act withholds the rescue ('did not send troops to prevent the fall of the city').
COUNTERING = frozenset(get_string_id(word) for word in (
    "prevent", "stop", "avert", "avoid", "forestall", "halt", "save", "rescue", "spare", "protect", "defend"))
# Verbs of expecting and foreseeing (FrameNet Expectation, Predicting): their denial is of a forecast, not of the will
# to see the loss ('did not expect Damascus to fall so quickly').
EXPECTING = frozenset(get_string_id(word) for word in (
    "expect", "anticipate", "predict", "foresee", "imagine", "forecast"))
OUTSIDE_SCOPE = COST_BEARING | COUNTERING | EXPECTING
# How the denied outcome hangs on the negated verb within its clause: object, controlled or complement clause,
# purpose clause, predicative complement, prepositional phrase; not a clause a subordinator opens, which states the
# circumstance of the act ('if the garrison falls, no second force will follow'), not what it brings about.
SCOPE_DEPS = frozenset({"dobj", "xcomp", "ccomp", "advcl", "oprd", "acomp", "prep", "pobj", "amod", "compound", "conj"})


def denies_a_loss(cue: Span, scene: Scene) -> bool:
    """Return True when the cue's verb or a word within its scope (`SCOPE_DEPS`, followed down) is a loss
    (`LOSSES`) of Assad's side, a place or the war (`_loss_of_the_war`), the scope passing no verb of bearing a cost
    (`COST_BEARING`) or of preventing (`COUNTERING`); a clause a subordinator ('if') or a wh-adverb ('when') opens,
    and a coordinated clause with its own subject, are left out."""
    parse, verb = scene.parse, cue.root.i
    if parse.lemma[verb] in OUTSIDE_SCOPE:
        return False
    frontier = [verb]
    while frontier:
        node = frontier.pop()
        if parse.lemma[node] in LOSSES and _loss_of_the_war(node, cue, scene):
            return True
        frontier.extend(child for child in parse.children(node)
                        if parse.dep[child] in SCOPE_DEPS and parse.lemma[child] not in OUTSIDE_SCOPE
                        and not _opens_another_clause(child, parse))
    return False


def _opens_another_clause(node: int, parse: ParseArrays) -> bool:
    """Return True when `node` heads a clause a subordinator or a wh-adverb opens ('if', 'when', 'while', 'where'), or
    a coordinated clause with a subject of its own."""
    children = parse.children(node)
    return any(parse.dep[child] == "mark" or (parse.dep[child] == "advmod" and parse.tag[child] == "WRB")
               for child in children) or (
        parse.dep[node] == "conj" and any(parse.dep[child] in SUBJECT_DEPS for child in children))


def _loss_of_the_war(loss: int, cue: Span, scene: Scene) -> bool:
    """Return True when an object, subject, possessor or 'of' phrase of the loss word names Assad's side, a place or
    a noun of the war (`WAR_NOUNS`), or when it has none but a Russian loser ('would not stand by for another collapse',
    'Moscow will not lose'): not the supporter's own soldiers, pilots, jets or money."""
    parse = scene.parse
    arguments = [child for child in parse.children(loss) if parse.dep[child] in ARGUMENT_DEPS]
    arguments += [grand for child in parse.children(loss) if parse.dep[child] == "prep" and parse.lower[child] == OF
                  for grand in parse.children(child) if parse.dep[grand] == "pobj"]
    arguments = [i for i in arguments if not (parse.dep[i] in SUBJECT_DEPS and scene.side_of(cue.doc[i]) == RUSSIA)]
    return not arguments or any(scene.side_of(cue.doc[i]) == ASSAD or i in scene.places
                                or parse.lemma[i] in WAR_NOUNS for i in arguments)
