"""Russia's means leaving Syria, read on the parse, and the departures of bystanders that are none of Russia's.

A departure (`limits.departure`) is a verb of leaving, going or removal (Levin 1993: 51.2 verbs of leaving, 51.1
verbs of inherently directed motion, 11.1 send and 11.4 carry verbs, 10.1 remove verbs; FrameNet Departing,
Cause_motion, Removing) whose mover is Russia or its means, with the direction away from the scene of the war:

- a verb of leaving ('leave', 'quit', 'vacate', 'depart') with a place as its object or with none ('the warships
  left Tartus', 'half the air group had left by March', 'the Russians could leave whenever they wanted');
- a verb of going or motion with 'away' or 'home' ('slip away from the port', 'the bombers flew home'), or with Russia
  or another country as its goal ('the crews returned to Russia');
- a verb of removal or sending with 'out' or 'away', 'home', a 'from' phrase as its source (for the verbs of removal
  only: 'moved the battery from its site'), or Russia or another country as its goal ('ordered the force home',
  'shipped the system back to Russia', 'moved its aircraft to another front'); a verb of withdrawal may fall back on
  a place of the war itself ('withdrew its police to Hmeimim').

A removal under way is a departure too: a verb of taking apart ('dismantle', 'take apart', 'take down') whose object,
passive subject or small-clause subject is Russia's means ('the battery has been dismantled', 'images showed the radar
dismantled'), or a verb of packing or emptying whose Russian subject packs up, packs its own containers or empties
its places ('Russian crews are packing', 'they packed their boxes', 'Moscow emptied its bases').

The mover is the object of a transitive verb, the subject of a passive or of an intransitive one. It must be Russian
('Russian warships', 'its jets', 'the Russians') or a means of a state ('the squadron', 'the aircraft'), whose Russian
owner the coder then finds in the sentence or its paragraph. Coming 'back' is a return to the war, not a departure
('the jets came back'), a flight 'out' is a sortie unless it is out of a place, and a motion repeated ('fly home each
spring') or put off to a condition ('only when', 'until') is no departure now.

A departure whose mover is a bystander (`not_russias_departure`) is no limit of Russia's: a person or a group that is not
Russian and no means of a state ('a dentist who left Homs in 2012', 'whose parents left Aleppo', 'he left the country',
'fighters refused to leave the town'), or another party or Assad's side ('Turkish troops must leave', 'Assad left
Damascus'); a withdrawal from an agreement or talks ('withdrew from the treaty') leaves no place. A departure with
no mover of its own ('to leave Syria', 'a withdrawal') is left to the coder's context.
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from analysis.extract.frames.agents import (ASSAD, OTHER, OWN_DETERMINERS, RUSSIA, STATE_MEMBER_HEADS, Scene,
                                            shared_subject)
from analysis.extract.frames.mediation import AGREEMENT_NOUNS
from analysis.nlp.arrays import string_ids


# Verbs of leaving, whose direction is in the verb (Levin 1993, 51.2).
LEAVING_VERBS = string_ids(frozenset({"leave", "quit", "vacate", "depart"}))
# Verbs of leaving that also take what is no place ('left the service', 'quit the talks'); 'vacate' takes a place only.
LEAVING_OR_QUITTING = string_ids(frozenset({"leave", "quit"}))
# Verbs of going and of inherently directed motion (Levin 1993, 51.1, 51.3.2), directed away by a particle or goal.
GOING_VERBS = string_ids(frozenset({"go", "head", "return", "come", "slip", "sail", "fly", "steam", "retreat",
                                    "withdraw", "pull"}))
# Verbs of removal, sending and carrying (Levin 1993, 10.1, 11.1, 11.4), and ordering a mover somewhere.
REMOVAL_VERBS = string_ids(frozenset({"withdraw", "pull", "move", "ship", "transfer", "redeploy", "relocate", "shift",
                                      "draw", "evacuate", "send", "order", "take", "bring", "fly", "sail"}))
MOTION_VERBS = LEAVING_VERBS | GOING_VERBS | REMOVAL_VERBS
# Verbs of removal proper, whose 'from' phrase is the source the mover leaves ('moved the battery from its site');
# for the others it is as often the base a sortie starts from ('flew from Hmeimim to strike').
SOURCE_VERBS = string_ids(frozenset({"withdraw", "pull", "move", "ship", "transfer", "redeploy", "relocate", "shift",
                                     "draw", "evacuate"}))
# Verbs of withdrawal, whose goal may be a place of the war itself: the means fall back ('withdrew to Hmeimim').
WITHDRAWAL_VERBS = string_ids(frozenset({"withdraw", "pull", "retreat", "evacuate", "relocate", "redeploy"}))
# Particles and adverbs of direction away (Quirk et al. 1985 §9.65 on adverb particles of motion).
AWAY, OUT, HOME = get_string_id("away"), get_string_id("out"), get_string_id("home")
FROM, TO, OF = get_string_id("from"), get_string_id("to"), get_string_id("of")
# How a particle or an adverb of direction hangs on its verb.
DIRECTION_DEPS = frozenset({"prt", "advmod", "npadvmod", "dobj"})
OBJECT_DEPS = frozenset({"dobj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
# How a participle complementing a verb's object hangs on that verb, as the parser reads a small clause.
SMALL_CLAUSE_DEPS = frozenset({"advcl", "oprd", "xcomp", "ccomp"})
SUBJECT_DEPS = frozenset({"nsubj"})
# Dependencies through which a verb shares the subject of the verb it hangs on ('was packed up and taken home').
SHARED_DEPS = frozenset({"conj", "xcomp"})
# Complements that make 'leave' a verb of letting or keeping ('left the door open', 'left it to the army'), not of going.
COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "acomp", "dative"})
# Nouns of a place one leaves ('left the base', 'quit the port'), beside the named places.
PLACE_NOUNS = string_ids(frozenset({"country", "base", "port", "harbour", "harbor", "coast", "airfield", "airbase",
                                    "region", "territory", "soil", "city", "capital", "province"}))
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PERSON, COUNTRY_ENTITY = "PERSON", "GPE"
# Nouns of a theatre of war, abroad when another or a foreign one ('to another front', 'to the Ukrainian front').
FRONT_NOUNS = string_ids(frozenset({"front", "war", "theatre", "theater", "battlefield", "conflict"}))
OTHER_WORDS = string_ids(frozenset({"another", "other"}))
# Determiners of a recurring time ('each spring') and words that put a motion off to a condition ('until', 'only').
ROTATION_WORDS = string_ids(frozenset({"each", "every"}))
PUT_OFF_WORDS = string_ids(frozenset({"until", "till", "unless", "only"}))
MODIFIER_DEPS = frozenset({"amod", "compound", "det", "poss"})
# How a reporting clause after the words it reports hangs on them ('they packed, the family said').
REPORTING_TAG_DEPS = frozenset({"parataxis"})
# How a phrase of filling hangs on a verb of packing: 'planes packed with ammunition' are loaded, not packed away
# (Levin 1993, 9.7: the 'with' variant of the spray/load verbs names the container filled).
FILLING = get_string_id("with")
# What one withdraws from that is no place: an agreement, talks or a forum (FrameNet Quitting, Make_agreement_on_action,
# Discussion): 'withdrew from the treaty', 'pulled out of the grain deal'.
COMMITMENTS = string_ids(AGREEMENT_NOUNS | {"treaty", "pact", "convention", "arrangement", "framework", "initiative",
                                             "format", "mechanism", "summit", "conference", "forum"})
# Personal pronouns of one person or of the speech situation: never a state's means.
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me", "you", "we", "us"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# Nouns of a part or a quantity whose 'of' phrase names what moves ('the main part of the force', 'half of the jets').
PARTITIVES = string_ids(frozenset({"part", "half", "most", "bulk", "rest", "some", "many", "much", "all", "majority",
                                   "share", "portion", "remainder"}))


# Verbs of taking apart and of packing up, the removal of means under way (WordNet disassemble.v.01 'dismantle, take
# apart'; Levin 1993, 9.7 spray/load verbs 'pack', 'crate', 10.3 clear verbs 'empty'); 'take' only with 'apart' or
# 'down'. A place emptied or a container packed ('emptied its bases', 'packed their bags') moves its Russian holder.
PACKING_VERBS = string_ids(frozenset({"dismantle", "disassemble", "take", "pack", "crate", "empty"}))
PARTICLE_PACKING_VERBS = string_ids(frozenset({"take"}))
TRANSITIVE_PACKING_VERBS = string_ids(frozenset({"dismantle", "disassemble"}))
INTRANSITIVE_PACKING_VERBS = string_ids(frozenset({"pack"}))
PACKING_PARTICLES = string_ids(frozenset({"apart", "down"}))
CONTAINERS = string_ids(frozenset({"bag", "box", "crate", "belonging", "kit", "suitcase", "container"}))
# Nouns of the hardware a state deploys beside `STATE_MEMBER_HEADS`, a means when taken apart ('the battery was
# dismantled'): SIPRI Arms Transfers Database weapon categories (air defence systems, sensors).
EQUIPMENT = string_ids(frozenset({"battery", "launcher", "radar", "system", "equipment", "hardware"}))


def departure_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each verb of leaving, going or removal in `span` directed away from the war whose mover is Russian or a
    state's means, or, as its object, no bystander moved by a Russian subject (see the module)."""
    parse, doc = scene.parse, span.doc
    for i in parse.lemma_ids_between(MOTION_VERBS, span.start, span.end):
        if parse.pos[i] != "VERB":
            continue
        verb = doc[i]
        mover, moved = _mover(verb)
        if mover is None or not _directed_away(verb, scene):
            continue
        if not moved:
            if _russian_means(mover, scene):
                yield doc[i:i + 1]
            continue
        # what a verb moves is its subject's unless named Russian: not another party's ('Hezbollah sent its fighters
        # home'), but 'the war drew Russian squadrons away'
        subject = next((child for child in verb.children if child.dep_ in SUBJECT_DEPS), None)
        named = any(token.i in scene.russian and token.pos_ != "PRON" for token in mover.subtree)
        if _bystander(mover, scene) or (subject is not None and _bystander(subject, scene) and not named):
            continue
        if _russian_means(mover, scene) or scene.side_of(subject) == RUSSIA:
            yield doc[i:i + 1]


def packing_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each verb of `span` that takes Russia's means apart or packs them up, or whose Russian subject packs or
    empties its places (see the module): the removal under way."""
    parse, doc = scene.parse, span.doc
    for i in parse.lemma_ids_between(PACKING_VERBS, span.start, span.end):
        verb = doc[i]
        if parse.pos[i] != "VERB" or _repeated_or_put_off(verb):
            continue
        if verb.lemma in PARTICLE_PACKING_VERBS and not any(
                child.dep_ in DIRECTION_DEPS and child.lower in PACKING_PARTICLES for child in verb.children):
            continue  # 'took the town', 'took him in': 'take' packs only with 'apart' or 'down'
        if any(child.dep_ == "prep" and child.lower == FILLING for child in verb.children):
            continue  # 'planes packed with ammunition', 'a hall packed with officers': filled, not packed away
        packed, moved = _mover(verb)
        if verb.lemma in TRANSITIVE_PACKING_VERBS:
            # 'dismantle' takes an object: with none, what a small clause dismantles is its subject or the object of
            # the verb it complements ('images showed the battery dismantled'; Quirk et al. 1985 §16.52)
            packed = packed or _complemented_object(verb)
            moved = True
        if packed is None:
            continue
        moved = moved or _passive(verb)
        if not moved and verb.lemma not in INTRANSITIVE_PACKING_VERBS:
            continue  # 'take apart', 'empty' take an object: a subject alone is a misread clause
        if not moved or packed.lemma in PLACE_NOUNS | CONTAINERS:
            # the packer moves itself: 'Moscow emptied its bases', 'they packed their boxes', 'the crews are packing'
            packer = _subject(verb)
            if packer is not None and (scene.side_of(packer) == RUSSIA or packer.lower_ in ("they", "it")) and not (
                    packer.pos_ == "PRON" and _bound_by_another(packer, verb, scene)):
                yield doc[i:i + 1]
        elif _packs_its_own(verb, packed):
            continue  # 'Russian journalists packed up their equipment': a private packer's own things
        elif any(child.i in scene.russian for child in packed.children if child.dep_ in MODIFIER_DEPS) or (
                _side(packed, scene) is None and packed.pos_ == "NOUN" and (packed.lemma in EQUIPMENT or (
                    packed.lemma_.lower() in STATE_MEMBER_HEADS and verb.lemma not in PARTICLE_PACKING_VERBS))):
            # 'emptied its bases', 'the battery was dismantled', 'took the radars apart'; a unit or an aircraft
            # taken down is downed ('took down the drones')
            yield doc[i:i + 1]


def _packs_its_own(verb: Token, packed: Token) -> bool:
    """Return True when the active subject of `verb` is a common noun of no state's people or means ('journalists',
    'the family') and what it packs is its own ('their equipment'): the packer's things, not Russia's means."""
    packer = _subject(verb)
    return (packer is not None and packer.pos_ == "NOUN" and packer.lemma_.lower() not in STATE_MEMBER_HEADS
            and any(child.dep_ == "poss" and child.lower_ in OWN_DETERMINERS for child in packed.children))


def not_russias_departure(cue: Span, scene: Scene, *, strict: bool) -> bool:
    """Return True when the cue's verb of motion moves a bystander (see the module), or, with `strict`, is a verb of
    leaving whose object is no place ('left the summit', 'left the service').

    For a departure (`strict`), a subject that is neither Russian nor a state's means is a bystander ('fighters
    refused to leave the town'); otherwise, and for what a verb moves, only a person or a party that is not Russian
    is ('Iranian-backed militias pulled back'): what is withdrawn may be the support itself ('withdrew support').
    """
    verb = cue.root
    if verb.pos_ != "VERB" or verb.lemma not in MOTION_VERBS:
        return False
    if strict and ((verb.lemma in LEAVING_OR_QUITTING and not _leaves_a_place(verb)) or _quits_a_commitment(verb)):
        return True
    mover, moved = _mover(verb)
    if mover is None:
        return False
    return not _russian_means(mover, scene) if strict and not moved else _bystander(mover, scene)


def _quits_a_commitment(verb: Token) -> bool:
    """Return True when the verb's source ('from', 'out of') is an agreement or talks, not a place ('withdrew from the
    treaty', 'pulled out of the grain deal', 'walked out of the talks')."""
    heads = [verb, *(child for child in verb.children if child.lower == OUT)]
    sources = [grand for head in heads for child in head.children if child.dep_ == "prep"
               and (child.lower == FROM or (child.lower == OF and (head.i != verb.i or any(
                   sibling.lower == OUT for sibling in verb.children))))
               for grand in child.children if grand.dep_ == "pobj"]
    return bool(sources) and all(source.lemma in COMMITMENTS for source in sources)


def _mover(verb: Token) -> tuple[Token | None, bool]:
    """Return what a verb of leaving or removal moves, and whether it is the verb's object: its object, else its
    passive or active subject (its own or the one it shares with the verb it is coordinated with), the noun a relative
    pronoun stands for or a participle modifies; None for none."""
    objects = [child for child in verb.children if child.dep_ in OBJECT_DEPS]
    if objects and verb.lemma not in LEAVING_VERBS and objects[0].lemma != HOME:
        return _whole_of(objects[0]), True
    if verb.lemma in LEAVING_VERBS and any(child.dep_ in PASSIVE_SUBJECT_DEPS for child in verb.children):
        return None, False  # what is left, not who leaves ('the army was left to hollow out')
    node = verb
    while not any(child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for child in node.children) and (
            node.dep_ in SHARED_DEPS and node.head.i != node.i):
        node = node.head
    subject = next((child for child in node.children if child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
    if (subject is not None and subject.tag_ in RELATIVE_TAGS and node.dep_ == "relcl") or (
            subject is None and node.dep_ == "acl"):
        return node.head, False  # 'a dentist who left Homs', 'warships slipping away'
    return (None if subject is None else _whole_of(subject)), False


def _complemented_object(verb: Token) -> Token | None:
    """Return the object of the verb that `verb` complements in a small clause ('showed the radar dismantled'), else
    None."""
    if verb.dep_ not in SMALL_CLAUSE_DEPS:
        return None
    return next((child for child in verb.head.children if child.dep_ in OBJECT_DEPS and child.i < verb.i), None)


def _passive(verb: Token) -> bool:
    """Return True for a verb in the passive, finite or a participle on its noun ('was dismantled', 'the battery
    dismantled last week')."""
    return any(child.dep_ in PASSIVE_DEPS for child in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def _subject(verb: Token) -> Token | None:
    """Return the verb's active subject, its own or the one it shares with the verb it is coordinated with, as a whole
    ('the bulk of the force' gives 'force'); None for none."""
    subject = shared_subject(verb, subjects=SUBJECT_DEPS, through=SHARED_DEPS)
    return None if subject is None else _whole_of(subject)


def _bound_by_another(pronoun: Token, verb: Token, scene: Scene) -> bool:
    """Return True when a pronoun subject of `verb` sits in a clause reported or governed by a verb whose own subject
    is a noun that is not Russian, with no quotation mark or colon between them: the pronoun takes up that subject
    ('the refugees said they packed their bags', 'they packed their bags, the family said'), not the paragraph's
    Russia; in quoted words ('a driver said: "They packed …"') it names others."""
    doc = pronoun.doc
    clause = next((node for node in (verb, *verb.ancestors) if node.dep_ not in SHARED_DEPS), verb)
    tags = [child for child in clause.children if child.dep_ in REPORTING_TAG_DEPS]
    for governor in (*verb.ancestors, *tags):
        subject = next((child for child in governor.children if child.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        between = doc[min(governor.i, pronoun.i):max(governor.i, pronoun.i)]
        if any(token.is_quote or token.text == ":" for token in between):
            return False
        return scene.side_of(subject) != RUSSIA
    return False


def _whole_of(noun: Token) -> Token:
    """Return the noun of the 'of' phrase of a partitive ('the main part of the force': 'force'), else `noun`."""
    if noun.lemma == HOME:  # 'ordered the force home', parsed as one noun phrase
        noun = next((child for child in noun.children if child.dep_ == "compound"), noun)
    if noun.lower not in PARTITIVES:
        return noun
    whole = next((grand for child in noun.children if child.dep_ == "prep" and child.lower == OF
                  for grand in child.children if grand.dep_ == "pobj"), noun)
    return _whole_of(whole) if whole.lemma == HOME else whole


def _side(mover: Token, scene: Scene) -> str | None:
    """Return the side of the mover's phrase (see `Scene.side_of`, `Scene.bearer_side_at`); a side other than Russia's
    that only a pronoun gives ('its forces', 'part of them') is left open, the pronoun's resolution being the weakest
    evidence of who moves."""
    side = scene.side_of(mover)
    if side == RUSSIA:
        return side
    named = [token for token in mover.subtree if token.i in scene.actors or token.i in scene.assad]
    if named and all(token.pos_ == "PRON" for token in named):
        return None
    return side or scene.bearer_side_at(mover.i)


def _bystander(mover: Token, scene: Scene) -> bool:
    """Return True when `mover` is another party or Assad's side, a person named or taken up by a personal pronoun
    ('he', 'she', 'I', 'you'), none of them Russian."""
    side = _side(mover, scene)
    if side == RUSSIA:
        return False
    return (side in (ASSAD, OTHER) or mover.ent_type_ == PERSON
            or (mover.pos_ == "PRON" and mover.lower_ in PERSONAL_PRONOUNS))


def _russian_means(mover: Token, scene: Scene) -> bool:
    """Return True when `mover` is Russian, or a state's people or means (`STATE_MEMBER_HEADS`) that no other party
    and not Assad's side holds ('the squadron', not 'Turkish troops' nor 'the Syrian soldiers'), or a pronoun that is
    not a person's ('it', 'they', not 'he' or 'I')."""
    side = _side(mover, scene)
    if side == RUSSIA:
        return True
    if side in (ASSAD, OTHER):
        return False
    if mover.pos_ == "PRON":
        return mover.lower_ in ("it", "they", "them")
    return mover.pos_ == "NOUN" and mover.lemma_.lower() in STATE_MEMBER_HEADS


def _leaves_a_place(verb: Token) -> bool:
    """Return True when a verb of leaving has a place as its object, or no object and no complement ('the warships
    left Tartus', 'the Russians left'; not 'left the summit', 'left the door open', 'left it to the army')."""
    children = list(verb.children)
    if any(child.dep_ in COMPLEMENT_DEPS for child in children):
        return False
    objects = [child for child in children if child.dep_ in OBJECT_DEPS]
    return not objects or any(obj.ent_type_ in PLACE_ENTITIES or obj.lemma in PLACE_NOUNS for obj in objects)


def _directed_away(verb: Token, scene: Scene) -> bool:
    """Return True when the verb's own meaning or its particle, adverb, source or goal takes the mover away from the
    war (see the module)."""
    lemma = verb.lemma
    children = list(verb.children)
    if lemma in LEAVING_VERBS:
        return _leaves_a_place(verb) or lemma not in LEAVING_OR_QUITTING
    if _repeated_or_put_off(verb):
        return False
    adverbs = [child for child in children if child.dep_ in DIRECTION_DEPS]
    directions = {child.lower for child in adverbs} | {token.lower for child in children if child.dep_ in OBJECT_DEPS
                                                      for token in child.subtree if token.i == child.right_edge.i}
    # a goal or source may hang on the adverb ('flown back to Russia', 'drew them away from the coast')
    children += [grand for child in adverbs for grand in child.children if grand.dep_ == "prep"]
    if HOME in directions or AWAY in directions:
        return True
    preposition_objects = {child.lower: [grand for grand in child.children if grand.dep_ == "pobj"]
                           for child in children if child.dep_ == "prep"}
    if OUT in directions or OUT in preposition_objects:
        return lemma in REMOVAL_VERBS and (lemma in SOURCE_VERBS or any(
            grand.lower == OF for child in children if child.lower == OUT for grand in child.children))
    goals = preposition_objects.get(TO, ())
    if FROM in preposition_objects and lemma in SOURCE_VERBS:
        # from the war, not into it, nor within it ('moved its jets from Russia to Syria', 'from Latakia to Hama')
        return not any(_abroad(source, scene) for source in preposition_objects[FROM]) and all(
            _abroad(goal, scene) for goal in goals)
    return any(_abroad(goal, scene) or (lemma in WITHDRAWAL_VERBS and goal.i in scene.places) for goal in goals)


def _repeated_or_put_off(verb: Token) -> bool:
    """Return True when the motion is a rotation ('fly home each spring') or put off to a condition ('will return home
    only when the dam is repaired', 'until the last mine is cleared'): no departure now (Quirk et al. 1985 §15.25 on
    clauses of time and condition)."""
    for child in verb.children:
        if child.dep_ in DIRECTION_DEPS and any(grand.lower in ROTATION_WORDS for grand in child.children):
            return True
        # the clause's opening words ('only when the dam is repaired', 'until the last mine is cleared')
        if child.dep_ in ("advcl", "prep", "mark") and any(
                token.lower in PUT_OFF_WORDS for token in child.subtree if token.i <= child.i):
            return True
    return False


def _abroad(place: Token, scene: Scene) -> bool:
    """Return True for 'home', a country or a place outside Syria ('to Russia', 'to Ukraine', 'to Crimea') or another
    front ('to another front', 'to the Ukrainian front'), not a place of the war ('to Tartus', 'to Hmeimim', 'to
    Syria', 'to the front line near Hama')."""
    if place.lemma == HOME or (place.i in scene.abroad and place.ent_type_ in PLACE_ENTITIES):
        return True
    if place.lemma in FRONT_NOUNS:
        return any(child.lower in OTHER_WORDS or child.i in scene.abroad or scene.side_of(child) == OTHER
                   for child in place.children if child.dep_ in MODIFIER_DEPS)
    return (place.ent_type_ == COUNTRY_ENTITY and place.i not in scene.places
            and scene.side_of(place) in (RUSSIA, OTHER))
