"""Talks with those who come after Assad: hedging read on the parse (`limits.hedging`).

A verb or noun of talks (FrameNet Discussion, Negotiation, Make_agreement_on_action: 'talk', 'speak', 'negotiate',
'bargain', 'deal', 'talks') whose partner, the object of its 'with' or 'to', is a group or office described as the
successors of Assad's rule courts them: 'was already talking to the people who would come next', 'talked to the new
men in Damascus', 'opened talks with Syria's new rulers', 'dealing with the men who drove its ally out'. The partner
is a noun of people or of rule (`RULER_NOUNS`) that is
- described as new or next (an adjective of succession, `NEW_WORDS`: 'the new leaders', 'the incoming authorities'), or
- restricted by a relative clause of succession or ousting (FrameNet Change_of_leadership, Take_place_of, Removing:
  'who would come next', 'who replaced him', 'who drove its ally out', 'who toppled the president').
A partner named outright ('talks with Ankara', 'the new authorities') is the codebook's; a partner that is Assad's own
government, not described so ('talked to the government'), is no hedge, and whose the talks are is left to the coder,
which requires a Russian and keeps another actor's talks out.
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import Scene
from analysis.nlp.arrays import ParseArrays


def _ids(*words: str) -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words)


# Verbs and nouns of talks and bargaining (FrameNet Discussion, Negotiation, Make_agreement_on_action), as lemmas.
TALK_WORDS = _ids("talk", "speak", "negotiate", "bargain", "deal", "talks", "negotiation", "bargaining", "dealing")
# Prepositions that take the partner of talks: 'talk to', 'deal with'.
PARTNER_PREPOSITIONS = _ids("with", "to")
# Nouns of people or of rule that a successor is described by (WordNet person.n.01's general nouns, leader.n.01,
# ruler.n.01, authority.n.02, government.n.01).
RULER_NOUNS = _ids("people", "man", "men", "leader", "ruler", "master", "authority", "authorities", "government",
                   "leadership", "administration", "regime", "group", "one", "ones")
# Adjectives of succession: what comes in place of the old (WordNet new.a.01 in its sense 'having no previous
# example', next.s.01, incoming.s.01).
NEW_WORDS = _ids("new", "next", "incoming", "future", "successor")
# Verbs of a relative clause that describe the partner as the one who comes after or ousts the ruler (FrameNet
# Change_of_leadership, Take_place_of, Removing): 'who replaced him', 'who drove its ally out'; 'come' only with 'next'
# or 'after' ('who would come next').
OUSTING_VERBS = _ids("replace", "succeed", "oust", "remove", "topple", "overthrow", "depose", "unseat", "drive",
                     "force", "chase", "push")
COMING, AFTER_WORDS = get_string_id("come"), _ids("next", "after", "afterwards")
RELATIVE = "relcl"


def successor_talk_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each word of talks in `span` (`TALK_WORDS`) whose partner is described as Assad's successors (see the
    module), as a cue of one token."""
    parse, doc = scene.parse, span.doc
    for word in parse.lemma_ids_between(TALK_WORDS, span.start, span.end):
        if parse.pos[word] not in ("VERB", "NOUN"):
            continue
        partners = [partner for prep in parse.children(word)
                    if parse.dep[prep] == "prep" and parse.lower[prep] in PARTNER_PREPOSITIONS
                    for partner in parse.children(prep) if parse.dep[partner] == "pobj"]
        if any(_described_as_successor(partner, parse) for partner in partners):
            yield doc[word:word + 1]


def _described_as_successor(noun: int, parse: ParseArrays) -> bool:
    """Return True when `noun` is a noun of people or rule described as new or next, or by a relative clause of
    succession or ousting."""
    if parse.lemma[noun] not in RULER_NOUNS and parse.lower[noun] not in RULER_NOUNS:
        return False
    for child in parse.children(noun):
        if parse.dep[child] == "amod" and parse.lower[child] in NEW_WORDS:
            return True
        if parse.dep[child] == RELATIVE and (parse.lemma[child] in OUSTING_VERBS or (
                parse.lemma[child] == COMING
                and any(parse.lower[grandchild] in AFTER_WORDS for grandchild in parse.children(child)))):
            return True
    return False
