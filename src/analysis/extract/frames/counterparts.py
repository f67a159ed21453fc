"""Russia dealing with a rival of Assad as one of the parties: hedging read on the parse (`limits.hedging`).

A word of dealing (FrameNet Make_agreement_on_action: 'agree', 'deal', 'ceasefire', 'memorandum'; Discussion and
Negotiation: 'talk', 'negotiate', 'bargain'; Meet_with and Contacting: 'meet', 'call', 'phone'; Forming_relationships:
'make up'; and the joint patrol that carries such a deal out on the ground, as the codebook's 'Turkish and Russian'
already reads) whose parties include a Russian and a rival of Assad's (`rivals` of the codebook's [lists]: Turkey,
Israel, the United States, the rebels) and none of Assad's side courts that rival: 'Russia, Turkey and Iran have
agreed', 'a Russian–Turkish ceasefire', 'With Turkey, Moscow made deals', 'the terms were worked out between Russian
officers and Turkish intelligence', 'Putin and Erdogan had made up'. The parties are read on the parse (see
`dealing_parties`): the word's subject, its object where the word is one of meeting or calling ('met Erdogan'), the
objects of its 'with', 'between', 'among' or 'to', a noun's modifiers and possessor ('Moscow's phone call with Ankara'),
each with its conjuncts, and, for a noun that is the object of a light verb ('made deals', 'struck an agreement'), that
verb's subject and 'with'. A verb's object or the object of 'to' may name what is dealt with rather than a party ('met
Turkish demands', 'agreed to Ankara's terms', 'called the Turkish incursion aggression'): there only a rival's name as
the head, or a rival's modifier or possessor on a person's name or a person of office ('the Israeli prime minister'),
makes the party a rival. The codebook's token patterns read the same dealings where the partner follows the word within
a few words ('talks with Ankara'); this reads the order and the coordination they miss, and the coder gives their rival
the same object-head test (`deals_with_no_rival`).

Not dealing on Assad's behalf ('bargaining with Erdogan on his behalf', 'for Damascus'): a 'for' or 'on behalf of'
phrase naming Assad's side makes the dealing help to him. Whose the dealing is, and its negation, are left to the coder.
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.corpus.resources import resource_loader
from analysis.extract.frames.agents import ASSAD, RUSSIA, STATE_PEOPLE, Scene
from analysis.extract.framing import codebook_list
from analysis.nlp.arrays import string_ids

# Words of dealing (see the module), as lemmas; 'make' only with its particle 'up' (to be reconciled).
DEALING_WORDS = string_ids(frozenset({"agree", "agreement", "deal", "accord", "ceasefire", "cease-fire", "truce",
                                      "protocol", "memorandum", "understanding", "arrangement", "bargain", "bargaining",
                                      "talk", "talks", "negotiate", "negotiation", "meet", "meeting", "summit", "call",
                                      "phone", "telephone", "patrol", "make"}))
MAKE, UP = get_string_id("make"), get_string_id("up")
# Words whose object is the other party ('met Erdogan', 'called Netanyahu'; FrameNet Meet_with, Contacting).
OBJECT_PARTY_WORDS = string_ids(frozenset({"meet", "call", "phone", "telephone"}))
# Prepositions that take a party of the dealing: 'with Ankara', 'between Russian and Turkish officers', 'to Ankara'.
PARTY_PREPOSITIONS = string_ids(frozenset({"with", "between", "among", "to"}))
# A verb's object and the object of 'to' (see the module), and the heads there that a rival's modifier or possessor
# makes a rival: a person's name ('Turkish Foreign Minister Mevlut Cavusoglu'), or a person of a state's office
# (`STATE_PEOPLE`, its leaders and the counterpart: 'the Israeli prime minister', 'his Turkish counterpart').
OBJECT_DEP, TO, PREPOSITION = "dobj", get_string_id("to"), "prep"
# A person or body acting for a party is one too ('opposition figures', 'rebel groups', 'the Turkish side': WordNet
# figure.n.02, faction.n.02, side.n.04 one of the parties to a transaction).
OFFICE_HEADS = STATE_PEOPLE | {"president", "leader", "premier", "counterpart", "delegation", "figure", "group",
                               "faction", "side"}
# Of those, the heads that a phrase of what they measure or belong to makes a number or a place ('the Turkish side of
# the border', 'the Turkish figures on casualties': WordNet side.n.01, figure.n.01), with those prepositions.
PLACE_OR_NUMBER_HEADS = frozenset({"side", "figure"})
MEASURED_PREPOSITIONS = string_ids(frozenset({"of", "on", "for"}))
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Light verbs whose object noun names the dealing ('made deals', 'struck an agreement', 'held talks').
LIGHT_VERBS = string_ids(frozenset({"make", "strike", "reach", "sign", "hold", "seal", "conclude", "have", "broker"}))
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOUN_PARTY_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# What names a beneficiary: 'for Damascus', 'on his behalf', 'on behalf of the regime'.
FOR, BEHALF = get_string_id("for"), get_string_id("behalf")


@resource_loader()
def rival_names() -> frozenset[int]:
    """Return the string ids of the lower-case names and words of Assad's rivals (the codebook's `rivals` list), read
    again once the resource files change."""
    return string_ids(frozenset(codebook_list("rivals")))


def dealing_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each word of dealing in `span` whose parties include a Russian and a rival of Assad's and none of his
    side, nor a beneficiary of his side (see the module), as a cue of one token."""
    parse, doc, rivals = scene.parse, span.doc, rival_names()
    for word in parse.lemma_ids_between(DEALING_WORDS, span.start, span.end):
        if parse.pos[word] not in ("VERB", "NOUN"):
            continue
        if parse.lemma[word] == MAKE and not any(parse.dep[child] == "prt" and parse.lower[child] == UP
                                                 for child in parse.children(word)):
            continue
        parties = dealing_parties(word, scene)
        sides = [_own_side(party, scene) for party in parties]
        if ASSAD in sides or RUSSIA not in sides or _for_assad(word, scene):
            continue
        if any(_is_rival(party, scene, rivals=rivals) for party in parties):
            yield doc[word:word + 1]


def _is_rival(party: int, scene: Scene, *, rivals: frozenset[int]) -> bool:
    """Return True when the party headed by token `party` is a rival of Assad's: its head is one of `rivals`, or one
    of its modifiers or its possessor is, but for a verb's object or the object of 'to' only on a person's name or a
    person of office (see `OFFICE_HEADS`), a side or a figure with no phrase of what it measures or belongs to."""
    parse = scene.parse
    if parse.lower[party] in rivals:
        return True
    first = party
    while parse.dep[first] == "conj" and parse.head[first] != first:
        first = parse.head[first]  # the first conjunct carries the phrase's relation
    is_object = parse.dep[first] == OBJECT_DEP or (parse.dep[first] == "pobj" and parse.lower[parse.head[first]] == TO)
    if is_object and parse.pos[party] != "PROPN" and (parse.lowered_lemma(party) not in OFFICE_HEADS or (
            parse.lowered_lemma(party) in PLACE_OR_NUMBER_HEADS and _measured(party, scene))):
        return False
    return any(parse.lower[child] in rivals for child in parse.children(party) if parse.dep[child] in NOUN_PARTY_DEPS)


def _measured(noun: int, scene: Scene) -> bool:
    """Return True when a phrase of what the noun at `noun` measures or belongs to follows its noun phrase: an 'of',
    'on' or 'for' phrase (`MEASURED_PREPOSITIONS`) right after it, on the noun or, as the parser may attach it, on the
    verb, whose object is no date or time ('the Turkish side of the border', 'figures on casualties', not 'met
    opposition figures on Tuesday')."""
    doc, parse = scene.doc, scene.parse
    after = doc[noun].right_edge.i + 1
    phrases = [child for child in parse.children(noun) if parse.dep[child] == PREPOSITION]
    phrases += [after] if after < len(doc) and parse.dep[after] == PREPOSITION else []
    return any(parse.lower[phrase] in MEASURED_PREPOSITIONS and not any(
        child.dep_ == "pobj" and child.ent_type_ in TIME_ENTITIES for child in doc[phrase].children)
        for phrase in phrases)


def _own_side(party: int, scene: Scene) -> str | None:
    """Return the side of the party headed by token `party` without the parties coordinated with it ('Damascus' in
    'Damascus, Moscow and Ankara' is Assad's side, though its phrase holds the other two): see `Scene.side_of`."""
    token = scene.doc[party]
    coordinated = [child for child in token.children if child.dep_ == "conj"]
    if not coordinated:
        return scene.side_of(token)
    others = {i for child in coordinated for i in range(child.left_edge.i, child.right_edge.i + 1)}
    own = [i for i in range(token.left_edge.i, token.right_edge.i + 1) if i not in others]
    if any(i in scene.russian for i in own):
        return RUSSIA
    return ASSAD if any(i in scene.assad for i in own) else None


def dealing_parties(word: int, scene: Scene) -> list[int]:
    """Return the heads of the parties of the dealing `word`, each with its conjuncts (see the module)."""
    parse = scene.parse
    heads = _dependent_parties(word, scene)
    head = parse.head[word]
    if (parse.pos[word] == "NOUN" and parse.dep[word] == "dobj" and parse.lemma[head] in LIGHT_VERBS
            and head != word):
        heads += [child for child in parse.children(head) if parse.dep[child] in SUBJECT_DEPS]
        heads += _preposition_objects(head, scene)
    return [party for head in heads for party in (head, *parse.conjuncts(head))]


def _dependent_parties(word: int, scene: Scene) -> list[int]:
    """Return the parties hanging on the dealing `word` itself: its subject, a noun's modifiers and possessor, the
    object of a word of meeting or calling, and the objects of its prepositions of parties."""
    parse = scene.parse
    deps = SUBJECT_DEPS | NOUN_PARTY_DEPS if parse.pos[word] == "NOUN" else SUBJECT_DEPS
    heads = [child for child in parse.children(word) if parse.dep[child] in deps
             or (parse.dep[child] == "dobj" and parse.lemma[word] in OBJECT_PARTY_WORDS)]
    return heads + _preposition_objects(word, scene)


def _preposition_objects(word: int, scene: Scene) -> list[int]:
    """Return the objects of the prepositions of parties on `word` ('with Ankara', 'between Moscow and Ankara')."""
    parse = scene.parse
    return [obj for prep in parse.children(word) if parse.dep[prep] == "prep" and parse.lower[prep] in PARTY_PREPOSITIONS
            for obj in parse.children(prep) if parse.dep[obj] == "pobj"]


def _for_assad(word: int, scene: Scene) -> bool:
    """Return True when a 'for' phrase or an 'on behalf of' phrase on `word` names Assad's side: the dealing is done
    for him ('bargaining with Erdogan on his behalf', 'a deal for Damascus')."""
    parse, doc = scene.parse, scene.doc
    for prep in parse.children(word):
        if parse.dep[prep] != "prep":
            continue
        for obj in parse.children(prep):
            if parse.dep[obj] != "pobj":
                continue
            if parse.lower[prep] == FOR and scene.side_of(doc[obj]) == ASSAD:
                return True
            if parse.lower[obj] == BEHALF and (scene.side_of(doc[obj]) == ASSAD or any(
                    scene.side_of(doc[held]) == ASSAD for child in parse.children(obj) if parse.dep[child] == "prep"
                    for held in parse.children(child) if parse.dep[held] == "pobj")):
                return True
    return False


def deals_with_no_rival(cue: Span, scene: Scene) -> bool:
    """Return True when a cue of the codebook's token patterns, running from a word of dealing to a rival's word
    ('met the Turkish conditions', 'agreed to Ankara's terms'), has, on the parse, that word only on what the
    dealing's object or 'to' object names, not on a party: the object-head test of `_is_rival`, which the parse rule
    applies to its own parties; or when its first word is parsed as a preposition, the complex preposition of a
    source ('according to the opposition', Quirk et al. 1985 §9.11), no dealing at all."""
    parse, rivals = scene.parse, rival_names()
    first, last = cue.start, cue.end - 1
    if last == first or parse.lower[last] not in rivals:
        return False
    if parse.dep[first] == PREPOSITION:
        return True
    phrase = last
    while parse.dep[phrase] in NOUN_PARTY_DEPS and parse.head[phrase] != phrase:
        phrase = parse.head[phrase]  # 'Turkish' → 'conditions', 'Ankara' ('s) → 'terms'
    head = parse.head[phrase]
    is_object = ((parse.dep[phrase] == OBJECT_DEP and head == first)
                 or (parse.dep[phrase] == "pobj" and parse.lower[head] == TO and parse.head[head] == first))
    return is_object and not _is_rival(phrase, scene, rivals=rivals)
