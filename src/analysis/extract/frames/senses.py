"""Word senses a cue's lemma alone cannot tell apart, told by the cue's dependents on the parse.

A means noun that a verb of bringing down or damaging takes as its target ('shot down a Russian plane', 'the Russian
jet was downed', 'a Russian aircraft hit by ground fire') is the Victim of another's fire (FrameNet Destroying,
Hit_target, Damaging), not the instrument Russia puts on Assad's side; as the verb's subject it fires ('Russian jets
hit the depot').

A verb of pressure ('push', 'press') with no object and a directional complement is a verb of motion: the subject
advances ('the army pushed into the valley', 'the column pressed on towards the coast'), it presses nobody. The
push/pull verbs take a directional phrase in their intransitive, self-propelled use (Levin 1993 §12, *Push/pull
verbs*; FrameNet Self_motion), while pressure has a person told or urged to act as its object ('pushed Damascus to
talk') or a 'for' phrase ('pressed for a truce'; FrameNet Attempt_suasion).

A noun of a ground offensive ('the offensive') names an operation that a party on the ground
wages (the rebels', the army's; FrameNet Attack with its Assailant), and a noun for armed people ('forces', 'soldiers',
'troops') names those every party to a war fields: either is Russia's means only where Russia is tied to it on the parse
('Russia's offensive', 'the offensive that Russian planners drew up', 'Russian soldiers', 'Moscow sent troops'), not
where Russia is only named elsewhere in the sentence or carried from the paragraph ('Moscow was silent. The offensive
opened at dawn.', 'Moscow sent jets. Security forces held the square.').

The verb 'fly' is an air force's work (FrameNet Operate_vehicle, military sorties) only with no goal of travel and no
passenger or cargo: 'the Russians still fly', 'we fly for the state', 'flew over Idlib'; with a goal or an object it
is a journey or a transport (FrameNet Travel, Bringing: 'Putin flew to Tehran', 'flew the envoys home', 'fly out'),
as it is with a named person or an office holder as its subject ('the minister flew from Moscow'), and a flag that
flies is hoisted, not flown.

A bill or an invoice (WordNet bill.n.02, invoice.n.01: a statement of money owed) is the price of the help only where
it is sent, presented, owed or mounts ('sent us the bill', 'the bill for 2015'); one that a verb of paying governs
(FrameNet Commerce_pay: 'picked up the bill for the regime's tanks', 'the people of the town are paying the bill') is
paid, help given where Russia pays it for Assad's side and another's cost where another pays, and one that a verb of
legislating governs ('the Duma passed the bill') or that a legislature's name modifies ('the Senate bill', 'a bill
before Congress') is a draft law (bill.n.01). A bill of the fixed names of WordNet ('a clean bill of health', 'the
bill of rights', 'bill of sale') is no statement of what the help costs.

A cost or a price (FrameNet Expensiveness) that a verb of paying, accepting or incurring governs, as its object,
its passive subject, or the noun its relative clause takes up (FrameNet Commerce_pay), is a limit of Russia's where
Russia pays it (the codebook's cost of the war to Russia: 'Moscow bore the expense of the airlift'); where a party
that is not Russia pays it ('the villagers paid for the siege with their harvests', 'the expense fell on Aleppo's
shopkeepers, who bore it alone') the cost is another's, no bound on Russia's means.

Keeping someone standing, afloat, upright or alive (FrameNet Cause_to_continue) is backing only where what is kept up is
a party: Assad's side, a pronoun, or a noun of a ruler, a state or an ally ('kept the government standing', 'keep a
dictator alive', 'kept its friend alive'); a thing or another's party kept up is no backing of Assad's ('keep
independent reporting alive', 'kept the state airline afloat', 'kept Ankara's hopes alive').

'Small' said of something (Quirk et al. 1985 §7.6, predicative) bounds the help only where what is small is the help
or its means: a force, a quantity or an undertaking (WordNet military_unit.n.01, quantity.n.01,
military_operation.n.01, as the codebook's attributive 'small' takes them), or a pronoun standing for them ('the
deployment stayed small', 'it remained small'); a room, a map or a gap that is small says nothing of the help.

Sparing someone a third party's attack, averting, removing or forestalling it, or taking it off the table (FrameNet
Preventing_or_letting, Thwarting) is backing only where the attack is what the verb governs: its object ('averted
American strikes', 'spared the government a Western strike'), or named by a noun of threat, prospect or pretext that
is its object ('removed the threat of French raids', 'removed the pretext for a strike'); an attack named near the verb
in another phrase is no object of it ('removed the rubble of Turkish strikes', 'cleared debris after Turkish
strikes').

The verb 'stretch' is a strain on means (overstretch: 'its forces are stretched', 'stretched by the war', 'stretched
its jets across two fronts') only without a complement of extent or result; with one, or as a noun, it measures a
length or widens a meaning (FrameNet Distributed_position and Cause_expansion: 'queues stretched for kilometres',
'stretched the resolution into a licence', 'how far its usefulness stretches', 'a stretch of the border').

'Busy with' is an actor's occupation elsewhere, not free for this task, only with a person or an actor as its subject
('they are busy with the other war', 'the Kremlin is busy with Ukraine'); of a place or a thing it is a place full of
activity ('the harbour was busy with supply ships'), the two senses the dictionaries give the adjective (Oxford: of a
person, occupied; of a place, full of activity).

Help that 'comes with' something states its terms (FrameNet Inclusion, the help as the Total) unless what comes with
it is more help: aid, arms, money or supplies (the codebook's `help_goods`) accompany it as a second gift, not a price
('the loans came with extra grain', 'their support came with more jets and advisers').
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from analysis.corpus.resources import resource_loader
from analysis.extract.frames.agents import (ASSAD, OTHER, RELATIONAL_HEADS, RUSSIA, SIDE_HEADS, STATE_MEMBER_HEADS,
                                           STATE_MEMBER_MODIFIERS)
from analysis.extract.framing import codebook_list
from analysis.nlp.arrays import ParseArrays

PRESSURE_VERBS = frozenset(get_string_id(word) for word in ("push", "press"))
# Spatial prepositions and adverb particles of direction (Quirk et al. 1985 §9.15, §16.3) and the compass points as
# adverbs of direction.
DIRECTIONS = frozenset(get_string_id(word) for word in (
    "into", "through", "toward", "towards", "across", "on", "onward", "onwards", "ahead", "forward", "forwards", "back",
    "deeper", "further", "farther", "beyond", "past", "along", "inland", "north", "south", "east", "west",
    "northward", "northwards", "southward", "southwards", "eastward", "eastwards", "westward", "westwards"))
DIRECTION_DEPS = frozenset({"prep", "advmod", "prt"})
OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "xcomp", "ccomp"})
# How what a verb acts on hangs on it: its object or passive subject (a cost paid, a target struck, a force stretched).
UNDERGOER_DEPS = frozenset({"dobj", "nsubjpass"})
# Nouns of what any party to a war wages or fields: a ground offensive (FrameNet Attack) and its armed people (WordNet
# military_personnel.n.01, military_force.n.01), as lemmas: a title-cased plural tagged PROPN keeps its 's' ('Forces').
ANY_PARTYS_NOUNS = frozenset({"offensive", "force", "soldier", "troop"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
FLY = get_string_id("fly")
# Prepositions and particles of a goal or of leaving (Quirk et al. 1985 §9.15): a journey, not a sortie.
GOALS = frozenset(get_string_id(word) for word in (
    "to", "into", "home", "back", "out", "away", "off", "in", "onward", "onwards", "toward", "towards"))
JOURNEY_DEPS = frozenset({"prep", "advmod", "prt", "dobj", "dative", "nsubjpass"})
# What flies by being hoisted, not piloted: 'Russian flags fly over the base'.
FLAGS = frozenset(get_string_id(word) for word in ("flag", "banner", "ensign", "pennant", "colours", "colors"))
# Office holders and envoys, who fly as passengers (FrameNet Leadership, People_by_vocation): a journey, as is a named
# person's flight ('the defence minister flew from Moscow', 'Shoigu flew overnight'); air crews are not among them.
TRAVELLERS = frozenset(get_string_id(word) for word in (
    "minister", "president", "premier", "envoy", "diplomat", "ambassador", "delegation", "delegate", "official",
    "leader", "negotiator", "mediator", "adviser", "advisor", "spokesman", "spokeswoman", "secretary", "chief"))
PERSON = "PERSON"
# Nouns of a statement of money owed (WordNet bill.n.02, invoice.n.01).
BILLS = frozenset(get_string_id(word) for word in ("bill", "invoice"))
# Verbs of paying (FrameNet Commerce_pay; 'pick up', 'foot') and of legislating (FrameNet Law, Legislation: pass, adopt,
# table), whose bill is paid or a draft law; a cost is paid by the same verbs of paying, or accepted or incurred.
PAYING_WORDS = frozenset({"pay", "foot", "shoulder"})
PAYING = frozenset(get_string_id(word) for word in PAYING_WORDS | {"settle", "cover", "meet", "pick"})
LEGISLATING = frozenset(get_string_id(word) for word in (
    "pass", "adopt", "approve", "draft", "introduce", "table", "vote", "enact", "sign", "debate", "amend", "veto"))
PAYING_OR_LEGISLATING = PAYING | LEGISLATING
GOVERNED_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
# Nouns of what the help costs (FrameNet Expensiveness), verbs that pay, accept or incur them (Commerce_pay), the verb
# that takes up the noun by a relative clause, how a payer hangs on the verb, and the degree words of a low price.
COSTS = frozenset(get_string_id(word) for word in ("cost", "price", "expense"))
PAYING_COSTS = frozenset(get_string_id(word) for word in PAYING_WORDS | {"accept", "absorb", "incur", "bear"})
RELATIVE = "relcl"
PAYER_DEPS = frozenset({"nsubj"})
PASSIVE_AGENT = "agent"
PAYER_POS = frozenset({"NOUN", "PROPN", "PRON"})
LOW_DEGREES = frozenset(get_string_id(word) for word in ("low", "small", "little", "modest", "minimal", "cheap", "tiny"))
# Legislatures (WordNet legislature.n.01 and its instances) that name a bill a draft law as its modifier or before it.
LEGISLATURES = frozenset((
    "congress", "congressional", "senate", "house", "duma", "parliament", "parliamentary", "assembly", "legislature",
    "knesset", "bundestag", "majlis", "committee"))
# The nouns after 'bill of' in WordNet's fixed names (bill of health, of rights, of sale, of lading, of fare, of
# exchange, of indictment, of particulars).
BILL_NAMES = frozenset((
    "health", "right", "sale", "lading", "fare", "exchange", "indictment", "particular"))
DRAFT_LAW_OR_NAME = LEGISLATURES | BILL_NAMES
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "prep"})
# The preposition of what a bill charges for ('the bill for the house'), which names no legislature.
CHARGED_FOR = get_string_id("for")
STRETCH = get_string_id("stretch")
# Prepositions of extent or path (Quirk et al. 1985 §9.15) and the degree adverb of distance, which measure what
# stretches by itself: 'for kilometres', 'from the coast to Aleppo', 'how far'; not 'to', which also names a limit
# reached ('stretched to breaking point'). With an object, only a result widens it ('stretched the text into a
# licence'): 'stretched its jets across two fronts' spreads them thin.
EXTENTS = frozenset(get_string_id(word) for word in (
    "for", "from", "across", "along", "over", "beyond", "around", "through", "between", "far"))
RESULTS = frozenset({get_string_id("into")})
EXTENT_DEPS = frozenset({"prep", "advmod"})


# How the one that is busy hangs on the verb whose predicate 'busy' is.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The adjective of an actor occupied elsewhere, or of a place full of activity (see `crowded_rather_than_occupied`).
BUSY = "busy"
# 'tied up in': of means tied up elsewhere, not of money held in a place (the financial sense, 'funds tied up in
# property', Oxford 'tie up' 4: invest so as not to be readily available) nor the idiom 'tied up in knots' (confused).
TIE = "tie"
MONEY_HEADS = frozenset({"money", "fund", "asset", "capital", "cash", "saving", "deposit", "investment", "reserve",
                         "wealth", "account", "share", "stake", "bond", "billion", "million", "ruble", "rouble",
                         "dollar", "euro"})
TANGLE_NOUNS = frozenset({"knot", "knots"})
KEEPING_VERBS = frozenset({"keep", "hold"})
KEPT_UP_WORDS = frozenset({"standing", "afloat", "upright", "alive"})
# Heads of a kept party whoever it is: a ruler or a state's forces, an ally, a state and its economy.
KEPT_PARTY_HEADS = SIDE_HEADS | RELATIONAL_HEADS | {"state", "country", "economy", "man"}


SMALL = "small"
# Nouns of the help and of its means whose smallness bounds it: the nouns of a force, a quantity or an undertaking
# that the codebook's attributive 'small' takes (its [lists] table's `small_means`, the one source of them), the help
# itself (FrameNet Assistance) and a commitment's kinds (WordNet commitment.n.04: promise, pledge).
SMALL_HELP_HEADS = frozenset({"help", "aid", "assistance", "support", "involvement", "effort", "promise", "pledge"})
HOLDER_DEPS = frozenset({"nsubj", "nsubjpass", "compound"})
HELD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def small_means_heads() -> frozenset[str]:
    """Return the nouns whose smallness bounds the help: the codebook's `small_means` list, read again once the
    resource files change, and `SMALL_HELP_HEADS`."""
    return frozenset(codebook_list("small_means")) | SMALL_HELP_HEADS


# How a class adjective hangs on the means noun it classifies: 'chemical weapons', 'biological and chemical weapons'.
CLASS_DEPS = frozenset({"amod", "compound", "nmod"})
# Nouns of arms that such a class adjective makes a weapon of mass destruction (WordNet weapon.n.01, arsenal.n.01,
# warhead.n.01, munition.n.01), as lemmas; not a vessel or an engine ('a nuclear submarine', 'nuclear-powered').
ARMS_NOUNS = frozenset({"weapon", "weaponry", "arm", "arms", "arsenal", "warhead", "munition", "stockpile", "bomb"})


@resource_loader()
def mass_destruction_classes() -> frozenset[str]:
    """Return the adjectives of the classes of weapons of mass destruction: the codebook's `mass_destruction` list,
    read again once the resource files change."""
    return frozenset(codebook_list("mass_destruction"))


def names_a_class_of_mass_destruction(cue: Span) -> bool:
    """Return True when the cue's noun is classified by an adjective of a class of weapons of mass destruction
    ('chemical weapons', 'the nuclear arsenal', 'biological and chemical weapons'; see the codebook's `mass_destruction`
    list and `ARMS_NOUNS`): a class of arms under a treaty regime, not means that Russia puts on Assad's side."""
    root = cue.root
    modifiers = [child for child in root.children if child.dep_ in CLASS_DEPS] if (
        root.pos_ in ("NOUN", "PROPN") and (root.lemma_.lower() in ARMS_NOUNS or root.lower_ in ARMS_NOUNS)) else []
    if not modifiers:
        return False
    classes = mass_destruction_classes()
    return any(word.lower_ in classes for child in modifiers for word in (child, *child.conjuncts))


# Verbs of bringing down or damaging a target (FrameNet Destroying, Hit_target, Damaging): a means noun that is their
# object or passive subject is the Victim or Patient of another's fire ('shot down a Russian plane', 'the Russian jet
# was downed', 'a Russian aircraft hit by Syrian fire'), not the instrument Russia puts on Assad's side.
DOWNING_VERBS = frozenset({"shoot", "down", "hit", "destroy", "damage", "intercept"})
REDUCED_RELATIVE_DEPS = frozenset({"acl"})
PARTICIPLE_TAG = "VBN"
# Verbs of sending, supplying or replacing (FrameNet Sending, Supply, Replacing): means that such a verb takes as its
# object are supplied, whatever a participle says befell them ('replaced the jets destroyed in the raid').
SUPPLYING_VERBS = frozenset({"send", "supply", "replace", "deliver", "ship", "provide", "give", "resupply",
                             "replenish"})
SUPPLIED_DEPS = frozenset({"dobj", "dative"})


def struck_as_a_target(cue: Span) -> bool:
    """Return True when the cue's noun is the target of a verb of bringing down or damaging (`DOWNING_VERBS`): its
    object or passive subject, or the noun a passive participle of such a verb describes ('a Russian plane shot down
    by Syrian fire'); False for a noun that is the verb's subject ('Russian jets hit the depot') and for one so
    described that a verb of sending, supplying or replacing takes as its object ('replaced the jets destroyed on the
    ground')."""
    root = cue.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    head = root.head
    if root.dep_ in UNDERGOER_DEPS and head.pos_ == "VERB" and head.lemma_.lower() in DOWNING_VERBS:
        return True
    if root.dep_ in SUPPLIED_DEPS and head.lemma_.lower() in SUPPLYING_VERBS:
        return False
    return any(child.dep_ in REDUCED_RELATIVE_DEPS and child.tag_ == PARTICIPLE_TAG
               and child.lemma_.lower() in DOWNING_VERBS for child in root.children)


def small_of_no_means(cue: Span) -> bool:
    """Return True when the cue is 'small' said of something (not before its noun) that is neither the help nor its
    means nor a pronoun (see the module): the object of the verb it completes ('kept its deployment small'), else
    its subject, names a room, a map or a gap, or nothing holds it."""
    small = cue[0]
    if len(cue) != 1 or small.lower_ != SMALL or small.dep_ in ("amod", "compound"):
        return False
    holder = next((child for child in small.children if child.dep_ in HOLDER_DEPS), None)
    if holder is None and small.head.i != small.i:
        holder = max((child for child in small.head.children if child.dep_ in HELD_DEPS and child.i < small.i),
                     key=lambda child: child.i, default=None)
    return holder is None or (holder.pos_ != "PRON" and holder.lemma_.lower() not in small_means_heads())


# The verbs of sparing or averting an attack, 'spare' also as the lemmatiser reads it ('spar'), and 'take' (off the
# table), with the nouns of a threat or a prospect (FrameNet Risk_situation, Expectation) and of a reason for it
# (FrameNet Reason: pretext, excuse, grounds, justification) whose 'of' or 'for' names the attack.
SPARING_VERBS = frozenset({"avert", "remove", "forestall", "thwart", "spare", "spar", "take"})
THREAT_NOUNS = frozenset({"threat", "prospect", "danger", "risk", "spectre", "specter", "possibility", "pretext",
                          "excuse", "grounds", "justification"})
THREAT_PREPOSITIONS = frozenset({"of", "for"})
# The object, the first of a double object, and the second as the parser may read it, a small clause's head ('spared
# the government a strike').
VERB_OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp"})
OFF_THE_TABLE = ("off", "the", "table")


def spares_no_attack(cue: Span) -> bool:
    """Return True when the cue is a verb of sparing or averting with a third party's attack after it (see the module)
    that is neither the verb's object nor named by the 'of' or 'for' of a threat, a prospect or a pretext that is its
    object."""
    verb = cue[0]
    if len(cue) < 3 or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPARING_VERBS:
        return False
    attack = cue[-1 - len(OFF_THE_TABLE)] if tuple(t.lower_ for t in cue[-3:]) == OFF_THE_TABLE else cue[-1]
    governed = attack.head.head if (attack.dep_ == "pobj" and attack.head.lower_ in THREAT_PREPOSITIONS
                                    and attack.head.head.lemma_.lower() in THREAT_NOUNS) else attack
    return not (governed.head.i == verb.i and governed.dep_ in VERB_OBJECT_DEPS)


def keeps_no_party_up(cue: Span, side_of: Callable[[Token], str | None]) -> bool:
    """Return True when the cue is keeping something standing, afloat, upright or alive ('kept X afloat') whose X is
    no party (see the module): another actor's (`side_of` gives 'other'), a noun, not of Assad's side, that names no
    ruler, state or ally, or the possessor of 'standing' as a noun ('kept its standing')."""
    if len(cue) < 3 or cue[0].lemma_.lower() not in KEEPING_VERBS or cue[-1].lower_ not in KEPT_UP_WORDS:
        return False
    kept = next((token for token in cue[1:-1] if not cue[1].i <= token.head.i < cue[-1].i), None)
    if kept is not None and kept.dep_ == "poss" and kept.head.i == cue[-1].i:
        return True  # 'kept its standing': the last word is the noun kept, the parser tags 'standing' a noun either way
    if kept is None or kept.pos_ == "PRON":
        return False
    side = side_of(kept)
    return side == OTHER or (side != ASSAD and kept.pos_ == "NOUN" and kept.lemma_.lower() not in KEPT_PARTY_HEADS)


def moves_rather_than_presses(cue: Span, parse: ParseArrays) -> bool:
    """Return True when the cue is a verb of pressure used as a verb of motion: its lemma is 'push' or 'press', it has
    no object or complement clause, and a directional preposition or particle hangs on it ('pushed into Hama',
    'pressing on', 'pushed back around the city')."""
    root = cue.root.i
    if len(cue) != 1 or parse.pos[root] != "VERB" or parse.lemma[root] not in PRESSURE_VERBS:
        return False
    children = parse.children(root)
    return (not any(parse.dep[child] in OBJECT_DEPS for child in children)
            and any(parse.dep[child] in DIRECTION_DEPS and parse.lower[child] in DIRECTIONS for child in children))


def any_partys_noun_untied(cue: Span, agent_role: str | None, *, untied_roles: frozenset[str]) -> bool:
    """Return True when the cue is a single noun of a ground offensive or of armed people ('Forces' in title case too)
    whose Russian agent is only named in the sentence or carried from the paragraph (`agent_role` among
    `untied_roles`), not tied to it on the parse."""
    root = cue.root
    return (agent_role in untied_roles and len(cue) == 1 and root.pos_ in NOUN_TAGS
            and (root.lemma_.lower() in ANY_PARTYS_NOUNS or root.lower_.removesuffix("s") in ANY_PARTYS_NOUNS))


def travels_rather_than_flies_sorties(cue: Span, parse: ParseArrays) -> bool:
    """Return True when the cue is the verb 'fly' with an object or a goal of travel ('flew to Tehran', 'flew the
    envoys home', 'flying out', 'was flown to Moscow'), with a flag as its subject, or with a named person or an office
    holder as its subject ('the minister flew from Moscow'): a journey, a transport or a flag hoisted, not the air
    force's work."""
    root = cue.root.i
    if len(cue) != 1 or parse.lemma[root] != FLY:
        return False
    return any((parse.dep[child] in JOURNEY_DEPS and (parse.dep[child] in OBJECT_DEPS or parse.lower[child] in GOALS))
               or (parse.dep[child] == "nsubj" and (parse.lemma[child] in FLAGS | TRAVELLERS
                                                    or cue.doc[child].ent_type_ == PERSON))
               for child in parse.children(root))


def extends_rather_than_strains(cue: Span, parse: ParseArrays) -> bool:
    """Return True when the cue is 'stretch' as a noun ('a stretch of the road'), as a verb without an object with a
    complement of extent (`EXTENTS`: 'queues stretched for kilometres', 'how far it stretches'), or as a verb with a
    result ('stretched the resolution into a licence'): a length or a widened meaning, not means under strain."""
    root = cue.root.i
    if len(cue) != 1 or parse.lemma[root] != STRETCH:
        return False
    children = parse.children(root)
    # a past participle that modifies a noun is passive, its noun the thing stretched ('forces stretched between two
    # wars', Quirk et al. 1985 §17.97: reduced relative clauses)
    stretched = parse.dep[root] == "acl" and parse.tag[root] == "VBN"
    stretched = stretched or any(parse.dep[child] in UNDERGOER_DEPS for child in children)
    extents = RESULTS if stretched else EXTENTS | RESULTS
    return parse.pos[root] == "NOUN" or any(
        parse.dep[child] in EXTENT_DEPS and parse.lower[child] in extents for child in children)


def paid_or_enacted_rather_than_charged(cue: Span, parse: ParseArrays) -> bool:
    """Return True when the cue is a bill or an invoice (`BILLS`) that a verb of paying or of legislating governs, as
    its object or the object of its preposition ('paying the bill', 'picked up the bill', 'voted on the bill'), that a
    legislature modifies ('the Senate bill', 'a bill before Congress') or that is one of WordNet's fixed names ('a
    clean bill of health'): paid, a draft law or a name, not the price the help is charged."""
    root = cue.root.i
    if len(cue) != 1 or parse.lemma[root] not in BILLS:
        return False
    modifiers = [child for child in parse.children(root) if parse.dep[child] in MODIFIER_DEPS]
    modifiers += [grand for child in modifiers if parse.dep[child] == "prep" and parse.lower[child] != CHARGED_FOR
                  for grand in parse.children(child)]
    if any(parse.lowered_lemma(modifier) in DRAFT_LAW_OR_NAME for modifier in modifiers):
        return True
    if parse.dep[root] not in GOVERNED_DEPS:
        return False
    governor = parse.head[root]
    if parse.dep[root] == "pobj":
        governor = parse.head[governor]
    return parse.lemma[governor] in PAYING_OR_LEGISLATING


def paid_rather_than_bounding(cue: Span, parse: ParseArrays, side_of: Callable[[Token], str | None]) -> bool:
    """Return True when the cue is a cost or a price (`COSTS`) that a verb of paying (`PAYING_COSTS`) governs as its
    object or passive subject, or whose relative clause has such a verb, not negated and the noun with no word of a
    low degree (`LOW_DEGREES`), whose payer is named and is not Russia: the verb's subject or its passive 'by' phrase,
    a noun, or a pronoun `side_of` gives a side (see the module)."""
    root = cue.root.i
    if len(cue) != 1 or parse.lemma[root] not in COSTS:
        return False
    children = parse.children(root)
    if any(parse.lemma[child] in LOW_DEGREES for child in children):
        return False
    verbs = [parse.head[root]] if parse.dep[root] in UNDERGOER_DEPS else []
    verbs += [child for child in children if parse.dep[child] == RELATIVE]
    doc = cue.doc
    for verb in verbs:
        verb_children = parse.children(verb)
        if parse.lemma[verb] not in PAYING_COSTS or any(parse.dep[child] == "neg" for child in verb_children):
            continue
        payers = [child for child in verb_children if parse.dep[child] in PAYER_DEPS]
        payers += [grand for child in verb_children if parse.dep[child] == PASSIVE_AGENT
                   for grand in parse.children(child) if parse.dep[grand] == "pobj"]
        for payer in payers:
            side = side_of(doc[payer])
            if parse.pos[payer] in PAYER_POS and side != RUSSIA and (side is not None or parse.pos[payer] != "PRON"):
                return True
    return False


def crowded_rather_than_occupied(cue: Span, side_of: Callable[[Token], str | None]) -> bool:
    """Return True when the cue opens with 'busy' whose subject is neither a pronoun nor an actor (`side_of` gives no
    side): a place full of activity ('the harbour was busy with supply ships'), not an actor occupied elsewhere; or
    with 'tied up' said of money ('Russian money is tied up in Cypriot banks') or in the idiom 'tied up in knots'."""
    busy = cue[0]
    if busy.lemma_.lower() == TIE:
        return _tied_up_otherwise(busy)
    if busy.lower_ != BUSY:
        return False
    subject = next((child for child in busy.head.children if child.dep_ in SUBJECT_DEPS), None)
    if busy.dep_ == "amod":
        subject = busy.head
    return subject is not None and subject.pos_ != "PRON" and side_of(subject) is None


def _tied_up_otherwise(tie: Token) -> bool:
    """Return True when 'tied up in' is said of money or assets (its subject, or the noun after a quantity's 'of',
    is in `MONEY_HEADS`) or ends in 'knots': no means occupied elsewhere."""
    place = next((grand for child in tie.children if child.lower_ == "in" for grand in child.children
                  if grand.dep_ == "pobj"), None)
    if place is None:
        place = next((token for token in tie.doc[tie.i + 1:tie.i + 4] if token.lemma_.lower() in TANGLE_NOUNS), None)
    if place is not None and (place.lower_ in TANGLE_NOUNS or place.lemma_.lower() in TANGLE_NOUNS):
        return True
    subject = next((child for child in tie.children if child.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    heads = [subject, *(grand for child in subject.children if child.lower_ == "of" for grand in child.children
                        if grand.dep_ == "pobj")]
    return any(head.lemma_.lower() in MONEY_HEADS for head in heads)


# A truce as a state of affairs that the warring parties keep or break (FrameNet Compliance: observe, respect, honour,
# violate, break, breach, with the truce as its Norm; Process_end and Continued_state_of_affairs: it holds, lasts,
# collapses, breaks down; its scope: it covers or excludes a party), not the deal that Russia makes or presses for.
TRUCES = frozenset(get_string_id(word) for word in ("ceasefire", "truce", "cease-fire"))
KEPT_OR_BROKEN = frozenset(get_string_id(word) for word in (
    "observe", "respect", "honour", "honor", "violate", "break", "breach", "abide", "undermine", "flout"))
STATE_VERBS = frozenset(get_string_id(word) for word in (
    "hold", "last", "collapse", "break", "fail", "survive", "cover", "exclude", "crumble", "unravel", "fray"))
BREACH_NOUNS = frozenset(get_string_id(word) for word in ("violation", "breach", "observance"))
TRUCE_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})


def truce_kept_or_broken(cue: Span, parse: ParseArrays) -> bool:
    """Return True when the cue is a noun of a truce (`TRUCES`) that is the object or passive subject of a verb of
    keeping or breaking it (`KEPT_OR_BROKEN`: 'the army observes the ceasefire', 'the truce was broken'), the 'of'
    object of a noun of breach ('violations of the truce', also with 'abide by'), or the subject of a verb of its
    lasting, ending or scope (`STATE_VERBS`: 'the truce held', 'the ceasefire collapsed', 'does not cover'): the state
    of the war that the parties keep, not a deal Russia made or pressed for (see the module)."""
    root = cue.root.i
    if len(cue) != 1 or parse.lemma[root] not in TRUCES or parse.pos[root] not in ("NOUN", "PROPN"):
        return False
    dep, head = parse.dep[root], parse.head[root]
    if dep == "pobj":
        governor = parse.head[head]
        return parse.lemma[governor] in BREACH_NOUNS or parse.lemma[governor] in KEPT_OR_BROKEN
    if dep in TRUCE_OBJECT_DEPS:
        return parse.lemma[head] in KEPT_OR_BROKEN
    return dep == "nsubj" and parse.lemma[head] in STATE_VERBS


# A channel of contact is a relational noun (Barker 1995): a line to a party, named by its 'to', 'with', 'between' or
# 'through' phrase, or kept, opened or used ('kept channels open to Ankara', 'a line that stayed open all winter', 'a
# back channel'; WordNet channel.n.04, 'a means of communication or access'); with none of these the noun is a
# broadcaster or a feed (WordNet channel.n.05 and channel.n.07: 'a state television channel', 'a Telegram channel with
# 200,000 subscribers'), which hedges with no one.
CHANNELS = frozenset(get_string_id(word) for word in ("channel",))
PARTNER_PREPOSITIONS = frozenset(get_string_id(word) for word in ("to", "with", "between", "through"))
OPENING_WORDS = frozenset(get_string_id(word) for word in (
    "open", "reopen", "keep", "maintain", "use", "close", "cut", "shut"))
CHANNEL_OBJECT_DEPS = frozenset({"dobj"})
COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "xcomp", "prt", "advmod"})
CONTACT_KINDS = frozenset(get_string_id(word) for word in (
    "back", "backchannel", "secret", "direct", "diplomatic", "military", "deconfliction", "communication", "covert",
    "informal", "quiet", "private"))


def channel_of_no_contact(cue: Span, parse: ParseArrays) -> bool:
    """Return True when the cue is the noun 'channel' with no partner ('to', 'with', 'between', 'through' on it or its
    verb), no word of opening, keeping or using it (its governing verb, its adjective or the predicate it is the
    subject of) and no modifier of a kind of contact (`CONTACT_KINDS`): a broadcaster or a feed, not a line of
    contact (see the module)."""
    root = cue.root.i
    if len(cue) != 1 or parse.lemma[root] not in CHANNELS or parse.pos[root] not in ("NOUN", "PROPN"):
        return False
    head = parse.head[root]
    # the channel's own dependents and its verb; of the verb's other dependents, only a partner's preposition where the
    # channel is its object ('kept channels open to Ankara') and a word of opening as its complement ('kept channels
    # open', 'the channel has been open'), as the parser may hang them on the verb
    marks = PARTNER_PREPOSITIONS | OPENING_WORDS | CONTACT_KINDS
    near = [*parse.children(root), head]
    if parse.dep[root] in CHANNEL_OBJECT_DEPS | SUBJECT_DEPS:
        near += [i for i in parse.children(head) if parse.dep[i] in COMPLEMENT_DEPS
                 or (parse.dep[i] == "prep" and parse.dep[root] in CHANNEL_OBJECT_DEPS)]
    return not any(parse.lemma[i] in marks or parse.lower[i] in marks for i in near if i != root)


# A duration set by the client's own need or by the task's end ('as long as our partners need us', 'for as long as the
# government requests it', 'as long as it takes': Oxford, 'for however long is needed') promises the help for that
# whole time, as an open condition that names a need does ('if needed'; Quirk et al. 1985 §15.34, FrameNet Needing,
# Request): it bounds nothing. Not where the one who needs or wants is Russia or no side is named ('as long as the
# arrangement pays Moscow', 'as long as Moscow wants'): that is Russia's own condition; nor where the need is negated
# or asks for nothing ('as long as Damascus demands no more', 'does not ask'): a demand withheld is a condition.
AS_LONG_AS = ("as", "long", "as")
NEEDING_VERBS = frozenset(get_string_id(word) for word in ("need", "require", "request", "ask", "want", "invite"))
TAKE = get_string_id("take")
IT = get_string_id("it")
FIRST_PERSON_OBJECTS = frozenset(get_string_id(word) for word in ("us", "we"))
NO_WORDS = frozenset(get_string_id(word) for word in ("no", "nothing", "none", "never", "little"))
CLAUSE_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp"})


def duration_of_need(cue: Span, parse: ParseArrays, side_of: Callable[[Token], str | None]) -> bool:
    """Return True when `cue` is 'as long as' opening a clause of the client's need or request (a verb of `NEEDING_VERBS`
    whose subject `side_of` gives Assad's side, or whose object is a first-person 'us', the speaker's side needed;
    or a subjectless 'as long as needed') or the idiom 'as long as it takes' (see the module)."""
    words = tuple(token.lower_ for token in cue)
    if words[-len(AS_LONG_AS):] != AS_LONG_AS or cue[-1].dep_ != "mark":
        return False
    verb = parse.head[cue[-1].i]
    children = parse.children(verb)
    subjects = [child for child in children if parse.dep[child] in SUBJECT_DEPS]
    objects = [child for child in children if parse.dep[child] in CLAUSE_OBJECT_DEPS]
    if parse.lemma[verb] == TAKE:
        return not objects and any(parse.lower[subject] == IT for subject in subjects)
    if parse.lemma[verb] not in NEEDING_VERBS or any(
            parse.dep[i] == "neg" or parse.lower[i] in NO_WORDS for i in children + [
                grand for obj in objects for grand in parse.children(obj) if parse.dep[grand] == "det"]):
        return False
    return (not subjects or any(side_of(cue.doc[subject]) == ASSAD for subject in subjects)
            or any(parse.lower[obj] in FIRST_PERSON_OBJECTS for obj in objects))


# Assad's flight or asylum told in a clause of time before, after or since another event ('recorded two months after
# Assad fled and was given asylum', 'published a week before he fled to Moscow', 'has been quiet since he fled') dates
# that event: the asylum is its backdrop, and the sentence is coded by the rest of it (the project's tenth-session
# coding decision, `data/devown/README.md`, which gives a clause of 'since' as such a date: 'a sentence that only uses
# the asylum as a date or backdrop ... is coded by the rest of the sentence'; Quirk et al. 1985 §15.25, adverbial
# clauses of time). Not 'when', nor where the main clause itself has Assad's side living or staying on
# (`STAYING_VERBS`: 'has lived in a Moscow suburb ever since he was given asylum'): that states the refuge.
DATING_MARKS = frozenset(get_string_id(word) for word in ("after", "before", "since"))
TIME_CLAUSE_DEPS = frozenset({"advcl", "pcomp"})
# Verbs of residing (Levin 1993 §46 lodge verbs; FrameNet Residence), and those of staying that need a place phrase.
STAYING_VERBS = frozenset(get_string_id(word) for word in ("live", "reside", "settle"))
REMAINING_VERBS = frozenset(get_string_id(word) for word in ("stay", "remain", "hide"))
PLACE_PREPOSITIONS = frozenset(get_string_id(word) for word in ("in", "at"))


def dates_another_event(cue: Span, parse: ParseArrays, side_of: Callable[[Token], str | None]) -> bool:
    """Return True when the cue lies, through its heads, in an adverbial clause that 'after', 'before' or 'since'
    opens (its mark, or the preposition whose complement it is), unless the verb the clause hangs on has a subject
    `side_of` gives Assad's side and is a verb of residing, or of staying with a place phrase (see the module)."""
    node = cue.root.i
    while parse.head[node] != node:
        if parse.dep[node] in TIME_CLAUSE_DEPS and (
                any(parse.dep[child] == "mark" and parse.lower[child] in DATING_MARKS for child in parse.children(node))
                or (parse.dep[node] == "pcomp" and parse.lower[parse.head[node]] in DATING_MARKS)):
            return not _staying_on(parse.head[parse.head[node]] if parse.dep[node] == "pcomp" else parse.head[node],
                                   cue.doc, parse, side_of)
        node = parse.head[node]
    return False


def _staying_on(verb: int, doc: Doc, parse: ParseArrays, side_of: Callable[[Token], str | None]) -> bool:
    """Return True when `verb` has Assad's side living, or staying somewhere, as its subject."""
    if parse.lemma[verb] not in STAYING_VERBS and not (parse.lemma[verb] in REMAINING_VERBS and any(
            parse.dep[child] == "prep" and parse.lower[child] in PLACE_PREPOSITIONS for child in parse.children(verb))):
        return False
    return any(parse.dep[child] in SUBJECT_DEPS and side_of(doc[child]) == ASSAD for child in parse.children(verb))


# A successor party named by a hedging cue ('HTS', 'the new government', 'the new authorities', 'a successor') is
# courted only as the partner of a dealing: the object, the 'with' or 'to' phrase, the possessor of its requests. As the
# subject of its own clause it acts for itself ('HTS kept silent on the war', 'the new rulers want loans'), and as the
# doer of a participle of leading or backing it names its own act ('the HTS-led offensive', 'fighters led by HTS'):
# FrameNet Discussion and Forming_relationships give the partner as Interlocutor or Partner_2, a complement, not the
# subject of another verb. Not where its clause names a Russian party ('held talks with Russian envoys') or its verb is
# one of meeting, talking, receiving, agreeing or allowing (`DEALING_VERBS`: 'will let it keep the bases'), whose
# subject deals with a partner (FrameNet Discussion, Make_agreement_on_action, Permitting).
SUCCESSOR_HEADS = frozenset(get_string_id(word) for word in (
    "hts", "government", "authorities", "authority", "leadership", "rulers", "ruler", "successor", "successors"))
DOER_DEPS = frozenset({"npadvmod", "compound", "advmod"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBD", "JJ"})
DEALING_VERBS = frozenset(get_string_id(word) for word in (
    "meet", "talk", "negotiate", "receive", "host", "welcome", "agree", "let", "allow", "permit", "grant"))


def successor_acting_for_itself(cue: Span, parse: ParseArrays, *, russian: Collection[int]) -> bool:
    """Return True when the cue's head noun names a successor party (`SUCCESSOR_HEADS`) that is the subject of its
    clause, the 'by' agent of a passive, or the modifier of a participle ('HTS-led'), and that clause's verb is no
    verb of dealing (`DEALING_VERBS`) and names none of the `russian` tokens: the party acts, no one courts it (see
    the module)."""
    root = cue.root.i
    if parse.lemma[root] not in SUCCESSOR_HEADS and parse.lower[root] not in SUCCESSOR_HEADS:
        return False
    dep, head = parse.dep[root], parse.head[root]
    if dep in SUBJECT_DEPS:
        verb = head
    elif dep == "pobj" and parse.dep[head] == PASSIVE_AGENT:
        verb = parse.head[head]
    elif dep in DOER_DEPS and parse.tag[head] in PARTICIPLE_TAGS and parse.pos[head] in ("VERB", "ADJ"):
        verb = head
    else:
        return False
    return parse.lemma[verb] not in DEALING_VERBS and not any(
        token.i in russian for token in cue.doc[verb].subtree)


ABOUT = "about"
# Named entities that may be another party: a country, a people, an organisation, a person, a region.
NAMED_PARTIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC"})


def topic_of_another_party(cue: Span, side_of: Callable[[Token], str | None]) -> bool:
    """Return True when the cue denies or lessens a topic after 'about' ('not about the government', 'less about the
    man') that is not Assad's side: its phrase is not his on the parse, and it is no definite noun of a ruler or his
    rule ('the president', 'the regime') in a sentence that names no other actor ('the protests in Georgia were not
    about the government'); a person in general ('not about one man') is no one's side."""
    topic = cue[-1]
    if not any(token.lower_ == ABOUT for token in cue[:-1]) or side_of(topic) == ASSAD:
        return False
    definite_ruler = topic.lemma_.lower() in SIDE_HEADS - RELATIONAL_HEADS and any(
        child.dep_ == "det" and child.lower_ == "the" for child in topic.children)
    return not definite_ruler or any(token.ent_type_ in NAMED_PARTIES and side_of(token) not in (RUSSIA, ASSAD)
                                     for token in topic.sent)


# Nouns of what one party puts to another as a demand under threat (WordNet ultimatum.n.01, threat.n.01,
# warning.n.01, deadline.n.01, and the forced choice of FrameNet Choosing under Request): handed or offered, it is
# coercion, no undertaking.
COERCION_NOUNS = frozenset({"ultimatum", "threat", "warning", "deadline", "choice", "demand"})
# Verbs under which an undertaking is withheld (FrameNet Agree_or_refuse_to_act, Success_or_failure):
# 'refused to guarantee'.
WITHHOLDING_VERBS = frozenset({"refuse", "decline", "reject", "fail", "deny"})
# Institutions of care and custody (WordNet medical_institution.n.01, penal_institution.n.01): what they receive are
# patients or detainees, no guests (FrameNet Receiving, not Hospitality).
CARE_HEADS = frozenset({"hospital", "clinic", "infirmary", "ward", "morgue", "prison", "jail", "gaol", "camp"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})


@resource_loader()
def recipient_verbs() -> frozenset[str]:
    """Return the verbs of undertaking, welcoming and handing over: the codebook's `recipient_verbs` list, read again
    once the resource files change."""
    return frozenset(codebook_list("recipient_verbs"))


def undertakes_nothing_to_opponents(cue: Span) -> bool:
    """Return True when a verb of undertaking, welcoming or handing over (the codebook's `recipient_verbs`) that opens
    the cue promises its recipient nothing: the verb is negated or withheld ('did not guarantee', 'refused to
    guarantee'), what it hands over is a demand under threat ('handed the rebels an ultimatum', 'offered them a
    choice: surrender or die'), or its subject is a place of care or custody ('hospitals received rebel fighters')."""
    verb = cue[0]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in recipient_verbs():
        return False
    if any(child.dep_ == "neg" for child in verb.children) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WITHHOLDING_VERBS):
        return True
    handed = [child for child in verb.children if child.dep_ in OBJECT_DEPS]
    handed += [child for noun in handed for child in noun.children if child.dep_ in OBJECT_DEPS]  # a misread 2nd object
    if any(word.lemma_.lower() in COERCION_NOUNS for child in handed for word in (child, *child.conjuncts)):
        return True
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in CARE_HEADS


# Adjectives of thrift that take 'with' and a noun of money (the codebook's limits.commitment pattern: WordNet
# frugal.s.01).
THRIFT_ADJECTIVES = frozenset({"careful", "cautious", "tight", "sparing", "stingy", "mean", "frugal"})


def thrift_of_no_state(cue: Span) -> bool:
    """Return True when a thrift adjective ('careful with money') is said of a common noun that names no state's
    people, body or means ('Russian shoppers', 'Russian suppliers'), as the subject of its clause: only the state and
    its organs ('the Kremlin', 'the Russian finance ministry', a pronoun taken up) hold back their money on Assad. A
    phrase with no subject of its own ('help that was generous with arms, careful with money') is left to the
    codebook's conditions."""
    adjective = cue[0]
    if adjective.lower_ not in THRIFT_ADJECTIVES or len(cue) < 2 or cue[1].lower_ != "with":
        return False
    clause = adjective.head if adjective.dep_ == "acomp" else adjective
    subject = next((child for child in clause.children if child.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.pos_ == "NOUN" and not _names_the_state(subject)


def _names_the_state(noun: Token) -> bool:
    """Return True when `noun` names a state's people, body or means, by its head or a modifier of the state."""
    return noun.lemma_.lower() in STATE_MEMBER_HEADS or any(
        child.dep_ in ("amod", "compound") and (child.lemma_.lower() in STATE_MEMBER_MODIFIERS
                                                or child.lemma_.lower() in STATE_MEMBER_HEADS)
        for child in noun.children)


@resource_loader()
def help_goods() -> frozenset[str]:
    """Return the nouns of what help is given as: the codebook's `help_goods` list, read again once the resource files
    change."""
    return frozenset(codebook_list("help_goods"))


def accompanied_by_more_help(cue: Span) -> bool:
    """Return True when the cue's 'come with' takes only nouns of help as its object and its conjuncts ('the aid came
    with more aid', 'their support came with jets and advisers'): the help comes with more of itself, which sets no
    terms on it. One other noun among them ('came with strings and more jets') keeps the terms."""
    accompanying = next((token for token in cue[:-1] if token.lemma_.lower() == "come"
                         and token.nbor(1).lower_ == "with"), None)
    if accompanying is None:
        return False
    objects = [child for child in accompanying.nbor(1).children if child.dep_ == "pobj"]
    if not objects:  # 'with' misattached: the first noun after it, within its sentence
        objects = [next((token for token in cue.doc[accompanying.i + 2:accompanying.sent.end]
                         if token.pos_ in ("NOUN", "PROPN")), None)]
    nouns = [noun for head in objects if head is not None for noun in (head, *head.conjuncts)
             if noun.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and all(_is_plain_help(noun) for noun in nouns)


def _is_plain_help(noun: Token) -> bool:
    """Return True for a noun of help (`help_goods`), or one a noun of help modifies ('spare parts', 'missile
    systems'), that carries no clause of its own ('officers who would vet every appointment' set a term)."""
    goods = help_goods()
    return (not any(child.dep_ in ("relcl", "acl") for child in noun.children)
            and (noun.lemma_.lower() in goods or any(child.dep_ in ("compound", "amod") and child.lemma_.lower() in goods
                                                     for child in noun.children)))
