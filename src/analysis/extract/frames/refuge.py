"""Refuge said by a verb: Assad's side taken to Russia or lodged there, with no noun of refuge ('asylum', 'exile').

Two constructions code the refuge (`support.refuge`) and, by the asylum decision, the asylum that stands in for
rescue (`limits.asylum`):
- escape or residence with Russia as its goal or place: a verb of escape or of settling and living
  (`MOTION_VERBS`; FrameNet Escaping, Residence) whose mover is Assad, his family or his government, and whose 'to',
  'into', 'for' or 'in' phrase names Russia or its capital ('Assad fled to Moscow', 'the family now lives in
  Russia'); the mover is the direct object of a verb of caused escape ('crews spirited him to Moscow'), else the
  subject. Plain verbs of travel, arrival and being somewhere ('flew', 'arrived', 'was in Moscow') are left out:
  Assad's visits to Moscow (2015–2024) say them as often as his flight does. An official's journey has no such
  mover, and an escape with a purpose of its own ('to thank Putin', 'for talks') is a visit, so both stay out;
- lodging given to Assad's side: 'take in' with Assad's side as its object ('the Kremlin took him in'), or a verb of
  giving (`GIVING_VERBS`) whose object is a dwelling (`DWELLINGS`) and whose recipient is Assad's side ('gave him
  a flat', 'gave a flat to him', 'gave him a place to stay': a place with a clause of living or staying is a dwelling;
  the first of two objects is the recipient), with a Russian subject or Russia named in the sentence;
- a dwelling placed in Russia, said by the noun phrase alone, with no verb ('a flat in Moscow', 'the ousted ruler's
  villa in Russia'): a noun of dwelling (`DWELLINGS`) whose own 'in' phrase names Russia or its capital, in an article
  that has named Assad's side by then (the refuge code's `assad` condition), owned by Assad's side (a pronoun only as
  resolved to it) or by no one (not 'the ambassador's residence in Moscow', 'her flat in Moscow' of someone else; a
  noun of another common sense only owned by Assad's side: not 'a publishing house in Moscow'), held, where a verb has
  it as its object or its preposition's, by a subject of Assad's side (not 'the reporter rents a flat in Moscow'),
  and not the object of a verb negated ('never had a flat in Moscow', while 'an apartment in Russia was hardly a
  small favour' and 'an apartment in Russia but not one more battalion' keep it). A residence elsewhere in Russia
  ('her flat in Ryazan') is no refuge the texts speak of.
A negated verb states no refuge. The agent is the giver, or Russia named in the sentence (as the goal or place).
"""

from __future__ import annotations

from typing import Collection, Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from analysis.extract.frames.agents import ARTICLE, ASSAD, RUSSIA, Link, Scene
from analysis.nlp.gazetteer import Gazetteer, default_gazetteer

REFUGE_CODES = ("support.refuge", "limits.asylum")
# Verbs of escape, self-moved or caused (Levin 1993 §51.1 escape verbs; FrameNet Escaping), and of settling and
# living somewhere (Levin §46 lodge verbs; FrameNet Residence). Verbs of travel, arrival and location are not here: a
# visit says them too.
MOTION_VERBS = frozenset({"flee", "escape", "evacuate", "spirit", "smuggle", "airlift", "whisk", "relocate", "settle",
                          "live", "reside", "hide"})
GOAL_PREPOSITIONS = frozenset({"to", "into", "for", "in"})
# Clauses of purpose on a verb (Quirk et al. 1985 §15.48): 'went to Moscow to see Putin'.
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
# Verbs of giving and of finding for someone (Levin 1993 §13.1, §13.5.1), and nouns of dwelling (WordNet dwelling.n.01
# and its hyponyms in common use).
GIVING_VERBS = frozenset({"give", "hand", "offer", "grant", "provide", "find", "rent", "buy", "allot", "assign"})
# Of those, the verbs of obtaining (Levin §13.5.1): with no one it is got for, the subject holds what it gets.
OBTAINING_VERBS = frozenset({"find", "rent", "buy"})
DWELLINGS = frozenset({"flat", "apartment", "home", "house", "residence", "villa", "dacha", "mansion", "roof",
                       "shelter", "lodging", "accommodation", "quarters", "address"})
# Nouns of a place that a clause of living or staying makes a dwelling (Quirk et al. 1985 §17.30 on infinitive
# postmodifiers: 'a place to live', 'a room to sleep in').
PLACES = frozenset({"place", "room"})
RESIDING_VERBS = frozenset({"live", "stay", "sleep", "settle"})
INFINITIVE_DEPS = frozenset({"relcl", "acl"})
TAKE_IN = ("take", "in")
RECIPIENT_DEPS = frozenset({"dative", "pobj"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# How a phrase names its referent again or adds another to it (Quirk et al. 1985 §17.65 apposition), and the nouns of
# kin whose possessor's household they are.
SAME_REFERENT_DEPS = frozenset({"appos", "compound", "conj", "flat"})
KIN = frozenset({"family", "wife", "husband", "son", "daughter", "child", "relative", "household", "clan"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The lemmas of every verb either construction reads, by string id: only these are looked at as tokens.
VERB_LEMMA_IDS = frozenset(get_string_id(lemma) for lemma in MOTION_VERBS | GIVING_VERBS | {TAKE_IN[0]})
DWELLING_LEMMA_IDS = frozenset(get_string_id(lemma) for lemma in DWELLINGS)
PLACE_PREPOSITIONS = frozenset({"in"})
# Nouns of dwelling with another common sense, a legislative chamber or a firm ('a publishing house in Moscow'), a speech
# ('an address in Moscow'), a district (WordNet house.n.03, house.n.06, address.n.03, quarter.n.06): a dwelling with no
# verb of giving only where Assad's side owns it ('the ousted ruler's address in Russia').
OTHER_SENSES = frozenset({"house", "address", "quarters", "residence"})
# What a negated verb denies of a noun: its object or its predicate noun (Quirk et al. 1985 §10.64, scope of negation).
DENIED_DEPS = frozenset({"dobj", "attr"})


# The nouns of the refuge code, and the determiners that make one definite: 'the asylum' takes up the asylum the text
# has already given (the anaphoric definite article, Hawkins 1978; Quirk et al. 1985 §5.30).
REFUGE_NOUNS = frozenset({"asylum", "exile", "refuge", "sanctuary"})
DEFINITE_WORDS = frozenset({"the", "this", "that", "his", "its"})


def taken_up_refuge(cue: Span, sent_id: int, scene: Scene, *, told: Collection[int]) -> Link | None:
    """Return the article's latest Russian before sentence `sent_id` as the giver of a definite singular noun of refuge
    with no Russian of its own ('the asylum', 'his exile'), once an earlier sentence (of `told`) has coded the refuge of
    Assad's side, in a sentence that names no actor but Russia and Assad's side, as an `ARTICLE` link; else None. 'an
    asylum', 'exiles', 'the exile in Turkey' of another actor and 'the exile of the Syrians' (a possessor or 'of'
    phrase not of Assad's side) name none."""
    root = cue.root
    if (root.lemma_.lower() not in REFUGE_NOUNS or root.tag_ != "NN" or not any(s < sent_id for s in told)
            or not any(child.dep_ in ("det", "poss") and child.lower_ in DEFINITE_WORDS for child in root.children)):
        return None
    holders = [child for child in root.children if child.dep_ == "poss"] + [
        pobj for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children if pobj.dep_ == "pobj"]
    if any(not _of_assads_side(holder, scene) for holder in holders):
        return None
    span = scene.spans[sent_id]
    if not scene.actors.difference(scene.russian, scene.assad).isdisjoint(range(span.start, span.end)):
        return None
    named = next((link for s in sorted(scene.spans, reverse=True) if s < sent_id
                  and (link := scene.russian_in(scene.spans[s]))), None)
    return Link(named.text, ARTICLE) if named else None


def refuge_cues(span: Span, scene: Scene, *, gazetteer: Gazetteer | None = None,
                sent_id: int | None = None) -> Iterator[tuple[Token, Link]]:
    """Yield each verb of `span` that states a refuge for Assad's side, and each noun of a dwelling placed in Russia
    once Assad's side is named (sentence `sent_id` of the scene; no noun without it), with its Russian agent, in text
    order (see the module)."""
    gazetteer = gazetteer or default_gazetteer()
    doc = span.doc
    found = []
    for i in scene.parse.lemma_ids_between(VERB_LEMMA_IDS, span.start, span.end):
        token = doc[i]
        if token.pos_ not in ("VERB", "AUX") or any(child.dep_ == "neg" for child in token.children):
            continue
        link = _motion_to_russia(token, scene, gazetteer) or _lodging_given(token, scene)
        if link is not None:
            found.append((token, link))
    if sent_id is not None and scene.assad_side(sent_id):
        for i in scene.parse.lemma_ids_between(DWELLING_LEMMA_IDS, span.start, span.end):
            link = _dwelling_in_russia(doc[i], scene, gazetteer)
            if link is not None and all(doc[i].head.i != token.i for token, _ in found):
                found.append((doc[i], link))
    yield from sorted(found, key=lambda pair: pair[0].i)


def _particle(verb: Token) -> str | None:
    return next((child.lower_ for child in verb.children if child.dep_ == "prt"), None)


def _russian_place(token: Token, gazetteer: Gazetteer) -> bool:
    """Return True for a proper name the gazetteer gives to Russia as a state or its capital ('Moscow', 'Russia')."""
    alias = gazetteer.lookup(token.text) if token.pos_ == "PROPN" else None
    return alias is not None and alias.actor == RUSSIA and alias.actor_type == "state"


def _of_assads_side(token: Token, scene: Scene) -> bool:
    """Return True when the phrase headed by `token` names Assad or his government, in apposition or coordination
    ('the fallen leader, Bashar al-Assad', 'Assad and his wife'), or is his kin ('his family'); not the country's name
    ('Syrian officials') nor one who only belongs to him ('Assad's envoy')."""
    stack = [token]
    while stack:
        node = stack.pop()
        if node.i in scene.assad and node.i not in scene.country:
            return True
        stack.extend(child for child in node.children if child.dep_ in SAME_REFERENT_DEPS
                     or (child.dep_ == "poss" and node.lemma_ in KIN))
    return False


def _motion_to_russia(verb: Token, scene: Scene, gazetteer: Gazetteer) -> Link | None:
    if verb.lemma_ not in MOTION_VERBS:
        return None
    goal = next((pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in GOAL_PREPOSITIONS
                 for pobj in prep.children if pobj.dep_ == "pobj" and _russian_place(pobj, gazetteer)), None)
    if goal is None or _with_a_purpose(verb, goal):
        return None
    movers = [child for child in verb.children if child.dep_ in OBJECT_DEPS] or [
        child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    return Link(goal.text, "sentence") if any(_of_assads_side(mover, scene) for mover in movers) else None


def _with_a_purpose(verb: Token, goal: Token) -> bool:
    """Return True when the motion has a purpose of its own, an infinitive or a 'for' phrase ('travelled to Moscow to
    thank Putin', 'flew to Moscow for talks'): a visit (FrameNet Visiting), not a refuge."""
    return any((child.dep_ in PURPOSE_DEPS and any(aux.lower_ == "to" for aux in child.children if aux.dep_ == "aux"))
               or (child.dep_ == "prep" and child.lower_ == "for" and goal.head.i != child.i)
               for child in verb.children)


def _dwelling(noun: Token) -> bool:
    """Return True for a noun of dwelling ('a flat'), or a place given to live or stay in ('a place to live')."""
    if noun.lemma_ in DWELLINGS:
        return True
    return noun.lemma_ in PLACES and any(child.dep_ in INFINITIVE_DEPS and child.lemma_ in RESIDING_VERBS
                                         for child in noun.children)


def _dwelling_in_russia(noun: Token, scene: Scene, gazetteer: Gazetteer) -> Link | None:
    """Return Russia, named in the 'in' phrase of a noun of dwelling ('a flat in Moscow'), when the dwelling is owned
    by Assad's side (a pronoun only as resolved to it) or by no one, whoever holds it as the subject of its verb is of
    Assad's side, and its governing verb is not negated; else None."""
    if noun.pos_ != "NOUN":
        return None
    place = next((pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPOSITIONS
                  for pobj in prep.children if pobj.dep_ == "pobj" and _russian_place(pobj, gazetteer)), None)
    if place is None:
        return None
    owner = next((child for child in noun.children if child.dep_ == "poss"), None)
    owned = owner is not None and _of_assads_side(owner, scene)
    if (owner is not None and not owned) or (noun.lemma_ in OTHER_SENSES and not owned):
        return None
    if not owned and any(not _of_assads_side(holder, scene) for holder in _holders(noun)):
        return None
    # a negated verb denies its object ('he never wanted that flat'), not its subject ('a villa was not a small
    # favour'); a 'not' after the noun opens the phrase set against it ('an apartment in Russia but not one more
    # battalion')
    if (noun.dep_ in DENIED_DEPS and any(child.dep_ == "neg" for child in noun.head.children)) or any(
            child.dep_ == "neg" and child.i < noun.i for child in noun.children):
        return None
    return Link(place.text, "sentence")


def _holders(noun: Token) -> list[Token]:
    """Return the subjects of the verb that has the noun as its object or its preposition's object ('the aide has a
    flat', 'she lives in a flat', 'he was given a flat', 'she rents a flat'): who holds the dwelling; not the giver of
    an active verb of giving ('Russia gave a flat', 'found him a flat'), and for a relative pronoun the noun it stands
    for."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    given = verb.lemma_ in GIVING_VERBS and (verb.lemma_ not in OBTAINING_VERBS or any(
        child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ in ("to", "for")) for child in verb.children))
    deps = {"nsubjpass"} if given else SUBJECT_DEPS
    return [verb.head if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else child
            for child in verb.children if child.dep_ in deps]


def _lodging_given(verb: Token, scene: Scene) -> Link | None:
    objects = [child for child in verb.children if child.dep_ in OBJECT_DEPS]
    if (verb.lemma_, _particle(verb)) == TAKE_IN:
        received = any(_of_assads_side(child, scene) for child in objects)
    elif verb.lemma_ in GIVING_VERBS and any(_dwelling(child) for child in objects):
        recipients = [child for child in verb.children if child.dep_ == "dative"
                      or (child.dep_ == "dobj" and not _dwelling(child))] + [
            pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "for")
            for pobj in prep.children if pobj.dep_ == "pobj"]
        received = any(_of_assads_side(child, scene) for child in recipients)
    else:
        return None
    if not received:
        return None
    giver = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if giver is not None and giver.i in scene.russian:
        return Link(scene.russian[giver.i].text, "subject")
    named = scene.russian_in(verb.sent)
    return Link(named.text, named.role or "sentence") if named else None
