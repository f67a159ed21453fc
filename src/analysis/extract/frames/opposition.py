"""Pressure that is not Russia's: pressure another party applies, or pressure an act of blocking opposes.

A limit of the leverage kind (pressure, demands, conditions set on Damascus) is Russia's only when Russia applies it.
Two constructions name another party as its source even in a sentence about Russia:
- the pressure noun's own modifier or possessor is another actor or an outside collective ('Western pressure',
  'Washington's demands', 'outside pressure'): the agent of a nominalisation is its possessor or its
  agentive adjective (Quirk et al. 1985 on the subjective genitive; Grimshaw 1990 on argument-taking nouns);
- the cue lies inside what a verb, noun or preposition of blocking governs ('vetoed a draft that demanded a truce',
  'voted against a text threatening sanctions'): the blocked proposal is the proposer's, and blocking it shields
  Damascus (FrameNet Respond_to_proposal: reject, veto, turn down; Thwarting and Hindering: block, foil, obstruct;
  Taking_sides and Hostile_encounter: oppose, resist, against).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import OTHER, Scene

# The codebook's code of pressure on Damascus.
PRESSURE = "limits.leverage"
# Lemmas of blocking (FrameNet Respond_to_proposal, Thwarting, Hindering, Taking_sides) and the preposition 'against'.
BLOCKING = frozenset(get_string_id(word) for word in (
    "veto", "block", "blocking", "obstruct", "thwart", "foil", "scupper", "torpedo", "stall", "oppose", "resist",
    "reject", "rebuff", "against"))
# Collective adjectives and nouns naming an outside party without a state's name (Quirk et al. 1985, on
# adjectives denoting provenance used as the agent of a nominalisation).
OUTSIDE_PARTIES = frozenset(get_string_id(word) for word in (
    "western", "west", "westerners", "outside", "foreign", "international"))
# How a noun's source hangs on it: an adjective, a compound noun, a possessor ('Western demands', 'Ankara's terms').
SOURCE_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# How a word stands inside the phrase or clause an act of blocking governs: its object and what that object holds
# (a relative or reduced relative clause, a coordinated or prepositional phrase, a complement clause). A verb
# coordinated with the act of blocking itself is a second act, not its object ('to veto and to negotiate').
INSIDE_DEPS = frozenset({"dobj", "pobj", "prep", "relcl", "acl", "conj", "appos", "compound", "amod", "nmod", "xcomp",
                         "ccomp", "advcl", "npadvmod"})


def pressure_of_another(cue: Span, scene: Scene) -> bool:
    """Return True when the cue's noun names another party as its source (see `SOURCE_DEPS`, `OUTSIDE_PARTIES`) or
    the cue lies inside the object of an act of blocking (`BLOCKING`)."""
    parse, root = scene.parse, cue.root.i
    if any(parse.dep[child] in SOURCE_DEPS and child not in range(cue.start, cue.end) and (
            parse.lower[child] in OUTSIDE_PARTIES or scene.side_of(cue.doc[child]) == OTHER)
           for child in parse.children(root)):
        return True
    node = root
    while parse.dep[node] in INSIDE_DEPS and parse.head[node] != node:
        below, node = node, parse.head[node]
        if (parse.lemma[node] in BLOCKING or parse.lower[node] in BLOCKING) and parse.dep[below] != "conj":
            return True
    return False
