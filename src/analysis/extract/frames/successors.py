"""Talks with those who come after Assad: hedging read on the parse (`limits.hedging`).

A verb or noun of talks (FrameNet Discussion, Negotiation, Make_agreement_on_action: 'talk', 'speak', 'negotiate',
'bargain', 'deal', 'talks') whose partner, the object of its 'with' or 'to', is described as the successors of
Assad's rule courts them: 'negotiating with the next government', 'bargaining with the new leadership', 'spoke to
the new faces in Damascus', 'opened talks with the rebels who had chased him out'. The partner is
- a noun of rule (`RULE_NOUNS`) described as new or next (an adjective of succession, `NEW_WORDS`: 'the new
  leaders', 'the incoming authorities'), or a general noun of people (`PEOPLE_NOUNS`) so described and placed in rule
  ('in Damascus', 'in power': a place of Assad's side, or power), not any newcomer ('the new men at the camp'); or
- any noun restricted by a relative clause of succession or ousting (FrameNet Change_of_leadership, Take_place_of,
  Removing) whose object is Assad's side, a pronoun of it included ('who replaced him', 'who toppled the president';
  'drive', 'force' and 'chase' only with 'out': 'who chased him out', not 'who drove the lorries'), or of coming
  next or after, as an adverb or after Assad's side ('who would come after', 'who came after him'; not 'who came
  after the storm').
A partner named outright ('talks with Ankara', 'the new authorities') is the codebook's; a partner that is Assad's own
government, not described so ('talked to the government'), is no hedge, and whose the talks are is left to the coder,
which requires a Russian and keeps another actor's talks out.
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, Scene
from analysis.nlp.arrays import string_ids


# Verbs and nouns of talks and bargaining (FrameNet Discussion, Negotiation, Make_agreement_on_action), as lemmas.
TALK_WORDS = string_ids(frozenset({"talk", "speak", "negotiate", "bargain", "deal", "talks", "negotiation",
                                   "bargaining", "dealing"}))
# Prepositions that take the partner of talks: 'talk to', 'deal with'.
PARTNER_PREPOSITIONS = string_ids(frozenset({"with", "to"}))
# Nouns of rule that a successor is described by (WordNet leader.n.01, ruler.n.01, authority.n.02,
# government.n.01), and general nouns of people (WordNet person.n.01, group.n.01), which need a sign of rule.
RULE_NOUNS = string_ids(frozenset({"leader", "ruler", "master", "authority", "authorities", "government",
                                   "leadership", "administration", "regime"}))
PEOPLE_NOUNS = string_ids(frozenset({"people", "man", "men", "face", "faces", "figure", "figures", "group", "one",
                                     "ones"}))
# Adjectives of succession: what comes in place of the old (WordNet new.a.01 in its sense 'having no previous
# example', next.s.01, incoming.s.01), as a modifier ('amod') or a noun modifier ('compound': 'the successor
# government').
NEW_WORDS = string_ids(frozenset({"new", "next", "incoming", "future", "successor"}))
MODIFIER_DEPS = frozenset({"amod", "compound"})
# A sign of rule on people: 'in Damascus' (a place of Assad's side), 'in power'.
IN, POWER = get_string_id("in"), get_string_id("power")
# Verbs of a relative clause that describe the partner as the one who comes after or ousts the ruler (FrameNet
# Change_of_leadership, Take_place_of, Removing): 'who replaced him', 'who chased him out', their object Assad's side;
# 'drive', 'force' and 'chase' only with 'out'; 'come' only with 'next' or 'after' ('who would come after').
OUSTING_VERBS = string_ids(frozenset({"replace", "succeed", "oust", "remove", "topple", "overthrow", "depose", "unseat",
                                      "drive", "force", "chase"}))
OUT_VERBS, OUT = string_ids(frozenset({"drive", "force", "chase"})), get_string_id("out")
# 'come next / after / afterwards' as an adverb ('who would come after'), or 'come after' with Assad's side as the
# object of its preposition ('who came after him'); not after an event ('who came after the storm').
COMING, AFTER_WORDS = get_string_id("come"), string_ids(frozenset({"next", "after", "afterwards"}))
AFTER = get_string_id("after")
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
        if any(_described_as_successor(partner, scene) for partner in partners):
            yield doc[word:word + 1]


def _described_as_successor(noun: int, scene: Scene) -> bool:
    """Return True when `noun` is a noun of rule described as new or next, a noun of people so described and placed
    in rule, or any noun with a relative clause of ousting Assad's side or of coming after (see the module)."""
    parse = scene.parse
    children = parse.children(noun)
    if any(parse.dep[child] == RELATIVE and _of_succession(child, scene) for child in children):
        return True
    if not any(parse.dep[child] in MODIFIER_DEPS and parse.lower[child] in NEW_WORDS for child in children):
        return False
    if parse.lemma[noun] in RULE_NOUNS or parse.lower[noun] in RULE_NOUNS:
        return True
    return (parse.lemma[noun] in PEOPLE_NOUNS or parse.lower[noun] in PEOPLE_NOUNS) and any(
        parse.dep[prep] == "prep" and parse.lower[prep] == IN and any(
            parse.dep[place] == "pobj" and (parse.lower[place] == POWER or scene.side_of(scene.doc[place]) == ASSAD)
            for place in parse.children(prep))
        for prep in children)


def _of_succession(verb: int, scene: Scene) -> bool:
    """Return True when the relative clause `verb` ousts or replaces Assad's side (its object), or comes next or after
    (as an adverb, or after Assad's side: 'who came after him'; see `AFTER_WORDS`)."""
    parse = scene.parse
    children = parse.children(verb)
    if parse.lemma[verb] == COMING:
        return any((parse.dep[child] == "advmod" and parse.lower[child] in AFTER_WORDS
                    and not any(parse.dep[i] == "pobj" for i in parse.children(child)))
                   or (parse.dep[child] == "prep" and parse.lower[child] == AFTER
                       and any(parse.dep[i] == "pobj" and scene.side_of(scene.doc[i]) == ASSAD
                               for i in parse.children(child)))
                   for child in children)
    if parse.lemma[verb] not in OUSTING_VERBS:
        return False
    if parse.lemma[verb] in OUT_VERBS and not any(parse.lower[child] == OUT for child in children):
        return False
    return any(parse.dep[child] == "dobj" and scene.side_of(scene.doc[child]) == ASSAD for child in children)
