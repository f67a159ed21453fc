"""Who acts: the Russian agent of a cue and Assad's side, found on the dependency parse.

A token is *Russian* when it lies in a mention the gazetteer maps to Russia or to a person
affiliated with Russia (Moscow, the Kremlin, Russian jets, Putin, Lavrov), or when it is a pronoun
whose antecedent is Russian. A cue is *tied* to a Russian agent when, climbing from the cue
through its own clause (`CLIMB_DEPS`), a dependent in an agent role holds a Russian token:
subject, passive agent ('backed by Russian air power'), possessor ('Russia's backing'),
modifier ('Russian-backed', 'Russian airstrikes') or an agentive preposition ('backing from
Moscow'). A clause whose own subject is another actor belongs to that actor, so 'Iran backed
Assad' ties nothing to Russia.

Context is carried within the paragraph: a pronoun resolves to the latest compatible subject or
actor before it (one of its number, passing over others: 'him' skips 'the officers'; see
`PLURAL_NOUN_TAGS`; in an earlier sentence its main-clause subject first, the preferred centre of centering
theory: 'Moscow insisted the regime would hold. It sent bombers.' is Moscow's) in the block (and in the question a Q&A answer replies to), not, as a subject, to a
noun of its own clause ('At the UN it vetoed'), and an object or possessive pronoun with none there to
the latest person named before the paragraph; a definite noun that
repeats the head of an earlier Russian phrase is Russian ('the embassy'), 'we' and 'our' stand for
the Russian who states them, a paragraph opened by a Russian speaker's label ('Lavrov: ...') is
stated by that speaker, as is every sentence of a quotation a Russian is quoted in (a person the
article describes by an office of the Russian state is Russian as a speaker: 'Ivan Petrov, a member
of the State Duma'), and a sentence
whose subject is no actor continues the paragraph's Russian topic. Assad's side is the article's
topic once it has been named.

The relation is checked too (`Scene.on_assad_side`): a support cue counts when its help goes to
Assad's side, not to another party named as its recipient ('Russian-backed separatists'), is used
in Syria, not abroad ('troops in Ukraine'). Help that is only asked about ('whether Moscow would
send jets') or shrinks or leaves ('the contingent shrank') is `withheld`: not support, though its
modifier may still make it a limit.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from itertools import chain
from typing import Iterable, Iterator, NamedTuple, Protocol, Sequence

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from analysis.corpus.layout import ends_sentence
from analysis.extract.frames.negated_verbs import is_subjectless_base_form
from analysis.extract.quotations.lexicon import default_lexicon
from analysis.nlp.arrays import FirstDependents, ParseArrays, among, string_ids, token_span
from analysis.nlp.entities import EntityMention
from analysis.nlp.gazetteer import Gazetteer, default_gazetteer
from analysis.nlp.sentences import Sentence

RUSSIA, ASSAD, OTHER = "Russia", "assad", "other"
# Codebook conditions on the relation: the help goes to Assad's side; the cue is an asset held, not a place.
RECIPIENT, ASSET, TIED, OWN = "recipient", "asset", "tied", "own"
ASSAD_ACTORS = frozenset({"Bashar al-Assad", "Syrian government", "Syria"})
# Common nouns that name Assad's side on their own, and heads that do so after 'Syrian' or 'government'.
ASSAD_WORDS = frozenset({"regime", "loyalist", "damascus"})
SIDE_HEADS = frozenset({"leader", "president", "dictator", "government", "ruler", "army", "force", "troop",
                        "military", "regime", "ally", "client"})
SIDE_MODIFIERS = frozenset({"syrian", "government", "regime", "pro-government", "loyalist"})
# Relational nouns name the possessor's counterpart (Barker 1995, Possessive Descriptions): 'his allies' are not Assad.
RELATIONAL_HEADS = frozenset({"ally", "client", "friend", "partner", "patron", "backer", "sponsor", "protector"})
# An imperative: the base form of a verb with no subject and no auxiliary (Quirk et al. 1985 §11.23-11.26); list
# marks before it are numbers, punctuation, symbols or bullets.
IMPERATIVE_BLOCKING_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})
# What the climb from a cue to the imperative may not cross: a reported clause (a conjunct only when it is a verb with
# a subject of its own, which the climb checks on every verb; 'the documentary and the interviews' is no barrier).
IMPERATIVE_BARRIER_DEPS = frozenset({"ccomp"})
LIST_POS = frozenset({"SYM", "X", "SPACE"})
# Nouns of a relation between two parties (FrameNet Alliance, Personal_relationship): 'an alliance', 'the ties'.
RELATION_NOUNS = frozenset({"alliance", "partnership", "friendship", "relationship", "tie", "coalition", "pact",
                            "treaty", "axis"})
RELATIONAL_WORDS = RELATIONAL_HEADS | RELATION_NOUNS
# Of those, the nouns of the supporter's own role (FrameNet Supporting and Protecting, their agent nouns): 'a patron'
# is the one who supports, so the paragraph's Russian supporter is its referent, where 'a partner' may be anyone's.
SUPPORTER_NOUNS = frozenset({"patron", "backer", "sponsor", "protector"})
# The link of a supporter noun that takes up the article's Russian (see `Scene.article_supporter`), a singular noun's
# tags, and the determiners that set a supporter apart from the one the article is about ('another patron').
ARTICLE = "article"
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
OTHER_DETERMINERS = frozenset({"another", "other", "alternative"})
# Determiners of a definite noun phrase, one that takes up a referent already named.
DEFINITES = frozenset({"the", "its", "their", "this", "that", "these", "those"})
# Dashes and hyphens that join two nouns into one word ('patron–client').
JOINING_DASHES = frozenset({"-", "–", "—", "‐"})
# Heads that name a state's own people, means or conduct after its nationality adjective ('Russian officials',
# 'Russian jets', 'Russian policy'), not its private people or goods ('Russian students', 'Russian wheat'): its
# officials and envoys, its forces and their arms (the means of FrameNet Military and Weapon), its stated policy.
# Heads of armed forces as a body or its members (FrameNet Military, its nouns of the force and of its members).
FORCE_HEADS = frozenset({"force", "troop", "soldier", "serviceman", "servicemen", "army", "unit", "fighter",
                         "personnel"})
STATE_MEMBER_HEADS = FORCE_HEADS | frozenset({
    "official", "officer", "diplomat", "envoy", "ambassador", "embassy", "minister", "ministry", "general",
    "colonel", "commander", "admiral", "adviser", "advisor", "lawmaker", "legislator", "spokesman", "spokeswoman",
    "spokesperson", "negotiator", "mediator", "delegation", "delegate", "president", "leader", "government",
    "authority", "military", "navy",
    "pilot", "crew", "sailor", "marine", "paratrooper", "contractor", "mercenary", "police", "garrison", "contingent",
    "squadron", "battalion", "base", "aircraft", "jet", "warplane", "plane", "bomber", "helicopter",
    "gunship", "drone", "warship", "ship", "frigate", "submarine", "fleet", "vessel", "missile", "tank", "artillery",
    "weapon", "arm", "convoy", "airstrike", "strike", "sortie", "bombing", "raid", "operation", "presence",
    "deployment", "intervention", "campaign", "policy", "response", "position", "stance", "strategy", "diplomacy",
    "veto"})
# Nouns of a state's office that make the person they describe one of its people: the officials, envoys and forces of
# `STATE_MEMBER_HEADS`, and the posts of its parliament and ministries (ISCO-08 major groups 0 and 1: armed forces
# occupations; legislators and senior officials).
STATE_PEOPLE = frozenset({
    "official", "officer", "diplomat", "envoy", "ambassador", "minister", "general", "colonel", "commander", "admiral",
    "adviser", "advisor", "lawmaker", "legislator", "spokesman", "spokeswoman", "spokesperson", "negotiator",
    "delegate", "soldier", "serviceman", "pilot", "sailor", "marine", "paratrooper", "member", "head", "chief",
    "deputy", "senator", "representative", "attaché", "attache", "counsellor", "counselor", "consul", "captain",
    "major", "lieutenant", "navigator", "aide", "secretary"})
# How a title or an appositive noun describes a name: 'Russian diplomat Ivan Petrov', 'Ivan Petrov, a diplomat'.
TITLE_DEPS = frozenset({"appos", "compound"})
# The phrases that place an office in a body: 'member of', 'counsellor at', 'officer in', 'spokesman for'.
OFFICE_PREPOSITIONS = frozenset({"of", "at", "in", "for", "to"})
OFFICE_DEPTH = 2
PERSON_LABEL, PERSON = "PERSON", "person"
# How a clause hangs on another: an adverbial, relative, complement, coordinated or parenthetical clause.
CLAUSE_LINK_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "csubj", "conj", "parataxis"})
# Modifiers that make any head one of the state's means ('Russian *air* activity', 'Russian *state* television').
STATE_MEMBER_MODIFIERS = frozenset({"military", "air", "naval", "army", "navy", "state", "foreign", "diplomatic",
                                    "official", "government"})
# The country's name: Assad's side as the place or its people, not as the government that acts.
COUNTRY = "Syria"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj"})
PREPOSITION_OBJECT_DEPS = frozenset({"pobj"})
CONJUNCT_DEPS = frozenset({"conj"})
# How a verb shares the subject of the verb it hangs on ('chose not to act', 'refused and left').
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj"})
# How the object of the verb an infinitive hangs on controls it ('urged Damascus to talk', 'warned them not to'): that
# object, not the verb's subject, is the infinitive's understood subject.
CONTROLLER_DEPS = frozenset({"dobj", "dative"})
# Dependents that close a clause: its subject, passive subject or expletive.
CLAUSE_SUBJECT_DEPS = SUBJECT_DEPS | {"expl"}
# A relative pronoun subject ('Assad, who used ...') stands for the noun its clause modifies.
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# The possessive relative 'whose' (Penn Treebank WP$), which stands for the noun its clause modifies.
RELATIVE_POSSESSIVE_TAG = "WP$"
# Words that name Assad's armed or political opponents (rebels, opposition, separatists): backing them is no support.
OPPONENT_WORDS = frozenset({"rebel", "opposition", "separatist", "insurgent", "insurgency", "dissident", "protester",
                            "uprising", "revolutionary"})
# ... those of them who fight him, and the prepositions that name the target of an attack ('strikes on', 'a campaign
# against'; FrameNet Attack, Victim): a blow struck at them is struck on his side.
ARMED_OPPONENTS = frozenset({"rebel", "opposition", "insurgent"})
# Nouns of a party's enemies (WordNet enemy.n.02 and adversary.n.01 with their synonyms; FrameNet Taking_sides, its
# opponent noun): 'the regime's enemies', 'opponents of the government'. With the opponent words, the heads whose
# modifiers and 'of' phrase name whom they oppose, not whose side they are on (see
# `Scene._side_of_phrase_with_assads_words`).
ENMITY_NOUNS = frozenset({"enemy", "foe", "opponent", "adversary", "antagonist", "critic", "rival", "detractor"})
# The prefix of opposition before a hyphen (Quirk et al. 1985 App. I.21, 'anti-' against): 'anti-regime fighters'.
ANTI_ID = get_string_id("anti")
# How a phrase joins further heads of its own to its head: a conjunct or an apposition, each read as a head.
HEAD_CHAIN_DEPS = frozenset({"conj", "appos", "cc", "punct"})
# A name's head that names the state itself or one of its own bodies ('the Syrian Arab Army', 'the Syrian Arab
# Republic', 'the Syrian Foreign Ministry'); under any other name's head a place or person of Assad's side in the
# name is part of the name of another body ('the Syrian National Council'). The tags of a proper noun.
STATE_NAME_HEADS = frozenset({"republic", "state"})
# Institutions a country's name usually heads as its state's own: its ruling or licensed parties, its news agency, central
# bank, courts, parliament and services ('the Syrian Baath Party', 'the Syrian Arab News Agency', 'the Damascus Court').
STATE_INSTITUTION_HEADS = frozenset({"party", "agency", "bank", "court", "parliament", "assembly", "directorate",
                                     "bureau", "guard", "division"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
# The entity types of a place's name and of its people's adjective (OntoNotes 5.0 GPE, LOC, NORP).
PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})
TARGET_PREPOSITION_IDS = frozenset(get_string_id(word) for word in ("against", "on"))
TARGET_PHRASE_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod", "poss", "conj", "appos"})
# Verbs of help whose direct object is the party helped (FrameNet Assistance, Supply, Protecting, Rescuing and
# Funding): 'armed the rebels' is help to Assad's opponents.
HELP_VERBS = frozenset({"back", "support", "arm", "fund", "finance", "bankroll", "equip", "supply", "resupply", "help",
                        "aid", "assist", "sponsor", "train", "protect", "shield", "defend", "rescue", "save"})
# A veto, and a motion a member blocks ('vetoed', 'blocked the draft'): a permanent member's negative vote defeats the
# motion alone (UN Charter art. 27(3)), so a veto cast with another member still shields the party the motion targets.
VETO_CUES = frozenset({"veto"})
# A lemma keeps the case of its word when the tagger takes it for a name ("Veto", "VETOED").
VETO_IDS = frozenset(get_string_id(form) for word in VETO_CUES for form in (word, word.capitalize(), word.upper()))
PLURAL_NOUN_TAG = "NNS"
# Verbs whose subject holds or casts the veto it takes as object (FrameNet Possession, Using): 'the president
# promised the veto', 'France has not used the veto since 1989'.
VETO_HOLDING_VERBS = frozenset({"have", "hold", "use", "cast", "wield", "exercise", "threaten", "promise", "invoke",
                                "issue", "apply", "employ"})
# A vote against a motion ('Russia and China voted against it') is the member's negative vote: a veto when a permanent
# member casts it.
VOTE_VERB, AGAINST = "vote", "against"
# What a veto or vote is cast on: the motion (an object, or the complement of 'against'), or a course of action.
MOTION_DEPS, CLAUSAL_COMPLEMENTS = frozenset({"dobj", "pobj", "pcomp", "xcomp"}), frozenset({"pcomp", "xcomp"})
MOTION_NOUNS = frozenset({"resolution", "draft", "motion", "text", "referral", "proposal", "statement"})
# How a cue names the party its help goes to: 'aid to', 'backing for', 'alliance with', 'stick by', 'poured into'.
RECIPIENT_PREPOSITIONS = frozenset({"to", "for", "with", "by", "behind", "into"})
RECIPIENT_PREPOSITION_IDS = frozenset(get_string_id(word) for word in RECIPIENT_PREPOSITIONS)
# Objects that name that party: the indirect object first; the direct object last, when asked for ('advise him').
RECIPIENT_OBJECTS, OBJECT_DEPS = frozenset({"dative"}), frozenset({"dobj"})
# The prepositions of an indirect object on the verb of a noun cue: 'gave arms to', 'bought time for' (Quirk et al.
# 1985 §10.6, prepositional paraphrase of the indirect object).
DATIVE_PREPOSITIONS = frozenset({"to", "for"})
DATIVE_PREPOSITION_IDS = frozenset(get_string_id(word) for word in DATIVE_PREPOSITIONS)
PARTICIPLE_DEPS = frozenset({"amod", "acl"})
RECIPIENT_OBJECT_IDS, OBJECT_DEP_IDS, PARTICIPLE_DEP_IDS = (
    np.array(sorted(get_string_id(dep) for dep in deps), dtype=np.uint64)
    for deps in (RECIPIENT_OBJECTS, OBJECT_DEPS, PARTICIPLE_DEPS))
RECIPIENT_PREPOSITION_ID_ARRAY = np.array(sorted(RECIPIENT_PREPOSITION_IDS), dtype=np.uint64)
DATIVE_PREPOSITION_ID_ARRAY = np.array(sorted(DATIVE_PREPOSITION_IDS), dtype=np.uint64)
POBJ_ID, ADP_ID, VBN_ID = get_string_id("pobj"), get_string_id("ADP"), get_string_id("VBN")
# A preposition whose complement is a time expression heads an adjunct of time, not a party: 'for nine years', 'by
# 2016', 'into the winter' (Quirk et al. 1985 §§9.36-9.44, prepositions of time, 'for' of duration). A time expression
# is a date or time entity (OntoNotes 5.0 DATE, TIME) or headed by a noun of a period (WordNet time_period.n.01 and
# its common hyponyms, and 'generation' with no 'of' phrase of its own), so 'kept Assad in power for nine years'
# names no party besides Assad. A part of a period is one too: the head of a partitive whose 'of' phrase is a time
# expression ('for most of the decade', 'for the rest of the year'; Quirk et al. 1985 §5.8, partitive constructions).
TIME_ENTITIES = ("DATE", "TIME")
TIME_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "century", "time", "while",
                        "moment", "period", "season", "night", "spring", "summer", "autumn", "winter", "generation"})
PARTITIVE_TIME_HEADS = frozenset({"most", "much", "part", "rest", "half", "remainder", "bulk", "all", "some"})
OF_ID, GENERATION_ID = get_string_id("of"), get_string_id("generation")
# Prepositions of place: 'at Hmeimim', 'from the base' name where something happens, not an asset held.
LOCATIVE_PREPOSITIONS = frozenset({"at", "in", "from", "near", "inside", "outside", "around", "via", "through", "into",
                                   "across"})
OPEN_QUESTION_MARKS = frozenset({"whether"})
QUESTION_MARK_DEPS = frozenset({"mark"})
# Dependents that say whose a thing is: 'Syrian jets', 'government troops', 'the regime's weapons'.
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
OWNER_DEP_IDS = np.array(sorted(get_string_id(dep) for dep in OWNER_DEPS), dtype=np.uint64)
# How a noun cue modifies the noun it describes: 'manpower' in 'a manpower shortage'.
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod"})
# Links that name Russia only in the cue's context, not on its own phrase.
# The link of a Russian who states a clause or a quotation ("Don't count on us," the envoy said).
SPEAKER = "speaker"
CONTEXT_ROLES = frozenset({"context", "sentence", "paragraph", ARTICLE})
# ... and those that carry Russia from the sentences before.
CARRIED_ROLES = frozenset({"context", "paragraph"})
# Verbs of decrease and departure (WordNet decrease.v.01 and leave.v.01; FrameNet Change_position_on_a_scale,
# Departing): means that shrink or leave are a limit, not support ('the Russian contingent shrank').
DECREASE_VERBS = frozenset({"shrink", "dwindle", "decline", "diminish", "decrease", "reduce", "cut", "trim", "thin",
                            "halve", "drop", "leave", "depart", "withdraw", "redeploy", "divert", "disappear", "vanish",
                            "contract", "scale"})
# Of those, the verbs that lessen an amount ('reduced its strikes'), not those that let go or move ('dropped its bombs on
# rebel towns' is the attack).
LESSENING_VERBS = frozenset({"shrink", "diminish", "decrease", "reduce", "cut", "trim", "thin", "halve", "scale"})
# Verbs whose active subject, with a direct object, is the cause of the change and not the thing changed (FrameNet
# Cause_change_of_position_on_a_scale, Cause_to_fall): 'Russian vetoes cut the crossings to one', 'the aircraft dropped
# supplies to the garrison'. What lessens or falls is the object, unless a verb of lessening has the subject's own
# object ('the jets cut their sorties').
RELEASING_VERBS = frozenset({"drop"})
OWN_DETERMINERS = frozenset({"its", "their"})
# The emphatic 'own' after a possessive determiner ('its own bases'), which takes up the clause's subject.
OWN_ID = get_string_id("own")
# A noun of a state's forces or their activity with no holder of its own is the subject's own when the subject lessens
# or drops it ('the jets cut sorties by half', 'the contingent dropped two battalions'): a possessor left unsaid is
# the subject's. Ordnance (FrameNet Weapon) is what a releasing verb releases ('dropped missiles on the town'), not a
# means lessened. Through a noun of measure: 'reduced the number of troops'.
ORDNANCE = frozenset({"weapon", "arm", "missile", "bomb", "munition", "ammunition"})
UNHELD_FORCE_HEADS = STATE_MEMBER_HEADS - ORDNANCE
MEASURE_NOUNS = frozenset({"number", "size", "level", "scale", "strength", "count", "share", "rate", "tempo", "pace",
                           "amount", "part", "half", "bulk", "majority", "portion"})
# A clause stated by someone: the complement of a verb of saying or thinking, or beside a reporting clause.
REPORTED_DEPS, REPORTING_DEPS = frozenset({"ccomp"}), frozenset({"parataxis"})
# Where means are used: 'troops in Ukraine', 'flying over Kharkiv', 'sold to Turkey' (a named country or place abroad).
DESTINATION_PREPOSITIONS = frozenset({"in", "over", "into", "inside", "across", "to"})
DESTINATION_PREPOSITION_IDS = frozenset(get_string_id(word) for word in DESTINATION_PREPOSITIONS)
NAME, PLACE = "name", "place"
# Nouns of a transfer whose recipient the context may give (FrameNet Delivery, Supply): 'the deliveries continue'.
TRANSFER_NOUNS = frozenset({"delivery", "shipment", "supply"})
# Verbs of giving (FrameNet Giving, Supply, Sending) whose theme may be a free relative, 'what' (Quirk et al. 1985
# §15.8: 'what Moscow gave', 'gave what was cheap'): the thing given, never the party it goes to.
GIVING_VERBS = frozenset({"give", "deliver", "supply", "provide", "send"})
FREE_RELATIVE = "what"
FREE_RELATIVE_ID = get_string_id(FREE_RELATIVE)
# Where a transfer's own predicate names its goal (FrameNet Arriving, Goal): 'reached Egypt', 'arrived in Caracas',
# 'bound for Iran'.
ARRIVAL_VERBS = frozenset({"reach", "enter"})
GOAL_PREPOSITIONS = DESTINATION_PREPOSITIONS | {"for", "at"}
# An organisation is a forum where means are voted on, not a country where they are used ('its veto in the Security
# Council').
ORGANISATION = "organisation"
# Determiners that take a noun up from the text before: 'that air cover', 'such help' (and 'the support', weaker).
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
DEFINITE = "the"
DETERMINER_IDS = frozenset(get_string_id(word) for word in DEMONSTRATIVES | {DEFINITE})
DETERMINER_ID_ARRAY = np.array(sorted(DETERMINER_IDS), dtype=np.uint64)
DET_ID, NOUN_ID = get_string_id("det"), get_string_id("NOUN")
OPENING_SECTIONS = frozenset({"headline", "standfirst"})
# Dependents that name who acts: subject, passive agent, possessor, modifier.
AGENT_ROLES = {"nsubj": "subject", "nsubjpass": "subject", "csubj": "subject", "agent": "agent", "poss": "possessor",
               "amod": "modifier", "compound": "modifier", "npadvmod": "modifier", "nmod": "modifier"}
# Roles in which another actor owns the cue itself: 'Iranian-backed', 'Israeli jets', 'backed by Tehran'.
OWNER_ROLES = frozenset({"modifier", "possessor", "agent"})
AGENT_PREPOSITIONS = {"by": "agent", "from": "source", "of": "possessor", "for": "beneficiary", "like": "example"}
AGENT_PREPOSITIONS_BY_ID = {get_string_id(word): role for word, role in AGENT_PREPOSITIONS.items()}
# How a cue climbs to the head of its clause: an object to its verb, a shared or controlled subject, ...
CLIMB_DEPS = frozenset({"dobj", "pobj", "prep", "pcomp", "attr", "oprd", "acomp", "xcomp", "conj", "advcl", "acl",
                        "appos", "dative", "nsubjpass", "relcl", "amod", "compound"})
# How a cue's place in a clause is sought further up: through the climbing links and from a subject to its verb.
PLACE_CLIMB_DEPS = CLIMB_DEPS | SUBJECT_DEPS
# A verb's object is the subject of an infinitive it controls ('forced Russia to back') and of a predicate it takes
# ('called Russia a friend').
CONTROLLED_DEPS = frozenset({"xcomp", "oprd"})
# ... and of a gerund after its preposition ('accused Washington of arming', 'praised the army for retaking').
GERUND_PATH = ("pcomp", "prep")
# Inside an agent phrase, where a Russian token may sit ('the Russian air force', 'Putin's generals').
PHRASE_DEPS = frozenset({"compound", "amod", "poss", "conj", "cc", "det", "appos", "nmod", "npadvmod", "prep", "pobj",
                         "punct", "case"})
PHRASE_DEP_IDS = np.array(sorted(get_string_id(dep) for dep in PHRASE_DEPS), dtype=np.uint64)
PREP_ID, OF_ID = get_string_id("prep"), get_string_id("of")
AGAINST_ID, WITH_ID = get_string_id(AGAINST), get_string_id("with")
PRONOUN_KINDS = {"it": "thing", "its": "thing", "itself": "thing", "they": "group", "them": "group", "their": "group",
                 "themselves": "group", "he": "person", "him": "person", "his": "person", "himself": "person",
                 "she": "person", "her": "person"}
PRONOUN_KIND_IDS = {get_string_id(word): kind for word, kind in PRONOUN_KINDS.items()}
REFLEXIVE_IDS = frozenset(get_string_id(word) for word in PRONOUN_KINDS if word.endswith(("self", "selves")))
# Number agreement (Quirk et al. 1985 §6.10; Huddleston & Pullum 2002 ch. 17): a pronoun takes up only an antecedent of
# its number. A plural noun (the tagger's NNS, NNPS) or a coordination is a group, which 'they' takes up, never 'he',
# 'she' or 'it'; a person's name is a person, which 'he' or 'she' takes up, never 'it' and not 'they' alone, and so is
# a singular common noun for a person on Assad's side (the quotation lexicon's person nouns: 'the Syrian president';
# as with epithets, only his side is taken up by a common noun: the support and limits codes read his side as the
# recipient or bearer). A singular collective noun names a group as one body (Quirk et al. 1985 §5.108, collective
# nouns; 'the government has/have'), so 'it' and 'they' both take it up, as they do an actor's name that is no person
# ('Moscow ... they'). A candidate of another number is passed over, not taken and no barrier.
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
# Both lists are the quotation lexicon's (`person_noun`, `collective_noun` in resources/quote_lexicon.csv).
COLLECTIVE_NOUNS = default_lexicon().collective_nouns
PERSON_NOUNS = default_lexicon().person_nouns
# The gender of a person's pronoun, as the gazetteer records a person's (see `Gazetteer.gender`).
PRONOUN_GENDERS = {get_string_id(word): gender for word, gender in (("him", "male"), ("his", "male"),
                                                                    ("himself", "male"), ("her", "female"))}
# Epithets: a definite 'the man' or 'that woman' with no modifier of its own, before or after it, takes up the latest
# person named before it, as a pronoun of its gender would (definite NP anaphora with a general noun, Halliday & Hasan
# 1976 §6.2 on general nouns; 'Assad fled. Moscow sheltered the man.'); a relative clause, a participle, a phrase or
# an apposition after it describes someone new ('the man who led the rebels', 'the man in charge of the army'), and a
# person named by a common noun in between ('a captured commander') is the nearer antecedent, so none is taken up
# (see `_resolve_epithets`). Of phrases, only those that identify a person bar it ('the man from Idlib', 'the man
# behind the coup'): the parser hangs a verb's own phrase on the noun too ('advised the man on every offensive', 'the
# man like a son'). Some modifiers still leave him the man named before (see `_keeps_epithet`): 'in' or 'at' his
# side's seat ('the man in Damascus', 'the man in power'; not 'the man in the Syrian army'), an indefinite description
# in apposition that names his side ('the man, a loyal client'; not 'a former bodyguard') and a clause with no
# relative pronoun whose subject is Russian and whose verb keeps him ('the man it had rescued'; not 'the man it had
# sent to Latakia'). Only Assad's side is taken up this way: the support and limits codes read his side as the
# recipient or bearer.
EPITHET_GENDERS = {get_string_id("man"): "male", get_string_id("woman"): "female"}
EPITHET_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nummod", "nmod", "relcl", "acl", "appos"})
IDENTIFYING_PREPOSITION_IDS = frozenset(get_string_id(word) for word in ("of", "from", "in", "behind", "with", "at",
                                                                        "without"))
# 'in' and 'at' identify someone by where they are ('the man in charge of the brigades', 'the man in the Syrian
# army'), but not when the place is his side's seat, a place name of his side other than the country ('the man in
# Damascus') or a noun of the seat of rule ('the man in the palace', 'the man in power'), with nothing of another
# side in its phrase or in an 'in' or 'at' phrase right after it ('the man in the Turkish palace', 'the man in power
# in Idlib'): that is a stock name for him.
SEAT_PREPOSITION_IDS = frozenset(get_string_id(word) for word in ("in", "at"))
# The preposition that places an event in a country: 'the war in Ukraine' (see `Scene.used_abroad`).
EVENT_PLACE_PREPOSITION_IDS = frozenset({get_string_id("in")})
SEAT_NOUNS = frozenset({"palace", "power", "office"})
SEAT_PLACE_ENTITY = "GPE"
INDEFINITE_IDS = frozenset(get_string_id(word) for word in ("a", "an"))
# An apposition that keeps the epithet describes him by a noun that names his side (`SIDE_HEADS`: 'a loyal client',
# 'an ageing dictator'); a common noun for a person (`EPITHET_BLOCKERS`: 'a senior officer') or any other ('a former
# bodyguard', 'an army deserter') describes someone else.
# Verbs of rescuing, protecting, keeping and backing him (FrameNet Rescuing, Protecting, Cause_to_continue,
# Assistance; the rescue, protection and backing verbs of `HELP_VERBS` and the codebook's support.backing cues, with
# sheltering and keeping): a clause with a Russian subject and one of them, whose object is the man, keeps the epithet
# his ('the man it had rescued', 'the man it had decided not to save'); a clause of another verb ('the man it had sent
# to Latakia') names someone else. A phrasal verb is its lemma and particle ('take in').
KEEPING_VERBS = frozenset({"rescue", "save", "protect", "shield", "defend", "shelter", "harbour", "harbor", "keep",
                           "back", "support", "bolster", "sustain", "prop up", "shore up", "bail out", "take in"})
# ... or whose 'for' is left at its end with no object: the man is whom it acts for ('the man Russia would not
# fight for').
BENEFACTIVE_IDS = frozenset({get_string_id("for")})
# A person's pronoun inside such a clause that is not a possessive is someone other than the man ('the man Putin had
# chosen to replace him').
PERSON_PRONOUN_IDS = frozenset(get_string_id(word) for word in ("he", "him", "himself", "she", "her", "herself"))
# Common nouns for a person ('commander', 'officer'), from the quotation lexicon's person nouns; the epithets themselves
# and the parts of a name ('President Assad') are no antecedent of their own.
EPITHET_BLOCKERS = frozenset(default_lexicon().person_nouns - {"man", "woman"})
PERSON_NOUN_PART_DEPS = ("compound", "appos", "poss", "amod")
QUESTION_MARK = "?"
REFERENT_POS = ("NOUN", "PROPN", "PRON")
MODIFIER_DEPS = ("compound", "poss", "amod", "conj")  # a noun inside a larger phrase, no referent of its own
# A speaker label opens a transcript or Q&A answer: a name of at most four words, then a colon ('Lavrov: ...').
LABEL_MARK, LABEL_WORDS = ":", 4
LABEL_MARK_ID = get_string_id(LABEL_MARK)  # the lower-case form of the mark is the mark
# The pronoun type of 'nobody', 'someone', 'everyone' (Universal Dependencies PronType=Ind): no referent to resolve.
INDEFINITE = "Ind"
# The morphology of the speaker's own pronoun, 'I', and of the addressee's, 'you'.
FIRST_PERSON, SECOND_PERSON, SINGULAR = "1", "2", "Sing"
# Verbs of witnessing (FrameNet Perception_experience and Make_acquaintance): 'I never saw them fight' reports what
# the ones seen did.
WITNESSING_VERBS = frozenset({"see", "hear", "witness", "notice", "watch", "meet", "encounter"})
# Verbs of speech whose Russian subject may own the unmarked 'we' of the sentence after ('Lavrov answered. We ...').
SPEECH_VERBS = frozenset({"say", "tell", "answer", "reply", "add", "insist", "explain", "declare", "state", "respond"})
# Labels of the lines of an interview ('Q: ...', 'A: ...'), answer marks whoever the speaker.
ANSWER_LABELS = frozenset({"q", "a", "question", "answer"})
# Dashes that set off an attribution at a sentence's end ('We will not ... – Lavrov').
ATTRIBUTING_DASHES = frozenset({"–", "—", "--"})
# First-person plural pronouns: in quoted speech they stand for the speaker's side ('"We will not leave," Lavrov said').
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
# The word lists the Scene picks tokens by at its set-up, each column searched once for all of them (see
# `_indices_per_list`): by the lower-case form (pronouns, 'man' and 'woman' for the epithets, the first-person plural,
# Assad's side's words and modifiers) and by the lower-cased lemma (opponents, armed opponents, person and collective
# nouns, time nouns, side heads).
SCENE_LOWER_LISTS = (frozenset(PRONOUN_KINDS), frozenset({"man", "woman"}), FIRST_PLURAL, ASSAD_WORDS, SIDE_MODIFIERS)
SCENE_LEMMA_LISTS = (OPPONENT_WORDS, ARMED_OPPONENTS, PERSON_NOUNS, COLLECTIVE_NOUNS, TIME_NOUNS, SIDE_HEADS)


class Quoted(Protocol):
    """A quotation with the offsets of its text and of its speaker's mention (see `extract.quotations`)."""

    start: int
    end: int
    speaker_start: int | None
    speaker_end: int | None
    speaker_actor: str | None
    speaker_name: str | None


class Link(NamedTuple):
    """A Russian agent tied to a cue: the mention as written, and how it is tied."""

    text: str
    role: str


class Referent(NamedTuple):
    """A noun phrase a later pronoun may refer to."""

    head: int
    kind: str
    russian: Link | None
    actor: bool


class Scene:
    """The actors of one document: Russian and Assad-side tokens, resolved pronouns, paragraph scope (`parse`: the
    Doc's `ParseArrays`, read if not given)."""

    # Per token, its first dependent of a kind the per-cue helpers ask for, or -1 (read once a Doc, at the first use).
    _first_subjects = FirstDependents(SUBJECT_DEPS)
    _first_active_subjects = FirstDependents(ACTIVE_SUBJECT_DEPS)
    _first_nominal_subjects = FirstDependents(NOMINAL_SUBJECT_DEPS)
    _first_clause_subjects = FirstDependents(CLAUSE_SUBJECT_DEPS)
    _first_preposition_objects = FirstDependents(PREPOSITION_OBJECT_DEPS)
    _first_conjuncts = FirstDependents(CONJUNCT_DEPS)
    _open_question_marks = FirstDependents(QUESTION_MARK_DEPS, words=OPEN_QUESTION_MARKS)

    def __init__(self, doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention], *,
                 gazetteer: Gazetteer | None = None, quotations: Sequence[Quoted] = (),
                 parse: ParseArrays | None = None):
        gazetteer = gazetteer or default_gazetteer()
        self.doc = doc
        self.russian: dict[int, Link] = {}
        self.actors: set[int] = set()
        self.assad: set[int] = set()
        self.country: set[int] = set()
        self.abroad: set[int] = set()
        self.places: set[int] = set()
        self._parse = parse = parse if parse is not None else ParseArrays(doc)
        ranges = parse.expanded_ranges([mention.start for mention in entities], [mention.end for mention in entities])
        self._place_metonyms: set[int] = set()  # a capital named as the city, not the state ('a Moscow analyst')
        self._genders: dict[int, str] = {}  # the tokens of a person the gazetteer gives a gender
        for mention, (first, stop) in zip(entities, ranges):
            alias = gazetteer.lookup(mention.text)
            actor = mention.actor or (alias.actor if alias else None)
            if actor is None:
                continue
            affiliation = mention.affiliation or gazetteer.affiliation(actor)
            kind = mention.mention_kind or (alias.mention_kind if alias else None)
            tokens = range(first, stop)
            if kind == PLACE:
                self._place_metonyms.update(tokens)
            if alias is not None and alias.gender:  # `gazetteer.gender(mention.text)`, from the alias read above
                self._genders.update((i, alias.gender) for i in tokens)
            actor_type = mention.actor_type or (alias.actor_type if alias else None)
            if actor_type == PLACE:
                self.places.update(tokens)
            if kind == NAME and affiliation not in (None, RUSSIA, *ASSAD_ACTORS) and actor_type != ORGANISATION:
                self.abroad.update(tokens)
            self.actors.update(tokens)
            if RUSSIA in (actor, affiliation):
                self.russian.update((i, Link(mention.text, "")) for i in tokens)
            elif actor in ASSAD_ACTORS:
                self.assad.update(tokens)
                if actor == COUNTRY:
                    self.country.update(tokens)
        self._take_up_definites()
        self.members = self._described_members(entities, ranges)
        bounds = parse.expanded_ranges([sentence.start for sentence in sentences],
                                       [sentence.end for sentence in sentences])
        self.spans = {sentence.sent_id: token_span(doc, first, stop)
                      for sentence, (first, stop) in zip(sentences, bounds)}
        self._order = list(self.spans)
        self._headline_and_standfirst = {sentence.sent_id for sentence in sentences
                                         if sentence.section in OPENING_SECTIONS}
        self._parse_sentences = _ParseSentences(doc, parse)
        # Tokens that may be pronouns or referents, and the phrases under each head, found once per Doc.
        self._pronouns, epithet_words, self._first_plurals, side_words, side_modifiers = _indices_per_list(
            parse, SCENE_LOWER_LISTS, lemma=False)
        opponents, armed, person_words, collectives, time_nouns, side_heads = _indices_per_list(
            parse, SCENE_LEMMA_LISTS, lemma=True)
        self._epithets = [i for i in epithet_words if self._is_epithet(i)]
        self._person_nouns = parse.lemma_indices(EPITHET_BLOCKERS).tolist() if self._epithets else []
        nominals = set(parse.indices("POS", REFERENT_POS).tolist())
        self._nominals = [i for i in parse.indices("DEP", MODIFIER_DEPS, exclude=True).tolist() if i in nominals]
        self._phrase_dependents = _phrase_dependents(parse)
        self._phrase_indices: dict[int, tuple[int, ...]] = {}
        self._side_word_tokens = set(side_words)
        self._opponent_words = set(opponents)
        self._armed_opponents = set(armed)
        self._side_modifiers = set(side_modifiers)
        self._persons = set(parse.indices("ENT_TYPE", ("PERSON",)).tolist())
        self._person_words = set(person_words)  # see `PERSON_NOUNS`, `_kind_at`
        self._collectives = set(collectives)
        self._times = np.zeros(len(doc), dtype=bool)  # the heads of time expressions (see `TIME_NOUNS`)
        self._times[parse.indices("ENT_TYPE", TIME_ENTITIES)] = True
        self._times[time_nouns] = True
        self._mark_partitive_times()
        self._referents: dict[int, list[Referent]] = {}
        self._one_token_parties: tuple[list[int], list[int]] | None = None  # see `_one_token_recipients`
        self._russian_governors: tuple[frozenset[int], set[int]] = (frozenset(), set())  # see `_governs_russian`
        self._russian_order: tuple[frozenset[int], list[int]] = (frozenset(), [])  # see `_russian_between`
        # Per phrase head, its side and its Russian mention, kept once the actors are settled (at the end of
        # `__init__`: resolving the pronouns adds actors); see `_side_at`, `_link_at`.
        self._sides: dict[int, str | None] | None = None
        self._links: dict[int, Link | None] | None = None
        self._recipients: dict[tuple[int, int, bool], int | None] = {}  # see `_recipient_of`
        self._imperative_openings: dict[int, int | None] = {}  # see `addresses_the_reader`
        self.opening = _opening(sentences)
        self.scope = _scopes(sentences)
        self._side_words = sorted(self._side_word_tokens.union(side_heads))
        self._party_heads = {i for i in side_heads if parse.lowered_lemma(i) not in RELATIONAL_HEADS}
        self.names_assad = {sent_id: self.names_assad_side(span) for sent_id, span in self.spans.items()}
        # The first sentence that names Assad's side (see `assad_side`), None for none.
        self._first_naming_assad: int | None = min((s for s in self.spans if self.names_assad[s]), default=None)
        self.topic: dict[int, Link | None] = {}
        self.first_plural: dict[int, Link] = {}
        self.labelled = self._labelled_answers(sentences, gazetteer=gazetteer)
        self.labelled.update(self._quoted(quotations, gazetteer=gazetteer))
        self._inside_quotations = {i for inside in parse.expanded_ranges([quote.start for quote in quotations],
                                                                        [quote.end for quote in quotations])
                                   if inside is not None for i in range(*inside)}
        for sentence in sentences:
            self._resolve(sentence.sent_id)
        self._sides, self._links = {}, {}  # the actors are settled

    @property
    def parse(self) -> ParseArrays:
        """The Doc's parse arrays, read once for the scene."""
        return self._parse

    def _take_up_definites(self) -> None:
        """Mark as Russian a definite noun that repeats the head of an earlier Russian phrase ('the Russian
        defence ministry ... the ministry'), unless the noun can name Assad's side too ('the army')."""
        parse, heads = self._parse, {}
        candidates, owned = self._definite_candidates()
        # Nothing is taken up before a candidate with a Russian owner (none is Russian before `heads` has an entry):
        # the loop starts at the first such candidate that is no actor, if any.
        first = next((k for k, i in enumerate(candidates) if i in owned and i not in self.actors), len(candidates))
        for i in candidates[first:]:
            if i in self.actors:
                continue
            children = parse.children(i)
            owner = next((self.russian[child] for child in children
                          if parse.dep[child] in OWNER_DEPS and child in self.russian), None)
            if owner is not None:
                heads[parse.lowered_lemma(i)] = owner
            elif heads and any(parse.dep[child] == "det" and parse.lower[child] in DETERMINER_IDS
                               for child in children) and (lemma := parse.lowered_lemma(i)) in heads and (
                    lemma not in SIDE_HEADS | ASSAD_WORDS):
                self.russian[i] = Link(heads[lemma].text, "")
                self.actors.add(i)

    def _described_members(self, entities: Sequence[EntityMention], ranges: list[tuple[int, int] | None]
                           ) -> dict[str, Link]:
        """Return, per surname (lower case), the Russian mention of a person the gazetteer does not name but the
        article describes as one of the Russian state's people: a title or appositive noun of office
        (`STATE_PEOPLE`) that the Russian state owns ('a former Russian diplomat, Ivan Petrov', 'Ivan Petrov, a
        member of the State Duma', 'Petrov was one of Russia's envoys'; see `_russian_office`)."""
        members = {}
        for mention, bounds in zip(entities, ranges):
            if mention.label != PERSON_LABEL or mention.actor is not None or bounds is None:
                continue
            name = token_span(self.doc, *bounds)
            root = name.root
            titles = [child for child in root.children if child.dep_ in TITLE_DEPS and child.i not in range(*bounds)]
            if root.dep_ == "appos":
                titles.append(root.head)
            if root.dep_ == "nsubj" and root.head.lemma_ == "be":
                titles += [child for child in root.head.children if child.dep_ == "attr"]
            link = next((link for title in titles if (link := self._russian_office(title))), None)
            if link is not None:
                members.setdefault(name[-1].lower_, link)
        return members

    def _russian_office(self, title: Token) -> Link | None:
        """Return the Russian mention that makes `title` an office of the Russian state, or None: a noun of
        `STATE_PEOPLE` ('diplomat'; 'one' of them) owned by the state or one of its bodies (see `_russian_owner`)."""
        if title.lower_ == "one":
            title = next((grand for child in title.children if child.dep_ == "prep" and child.lower_ == "of"
                          for grand in child.children if grand.dep_ == "pobj"), title)
        if title.lemma_.lower() not in STATE_PEOPLE:
            return None
        return self._russian_owner(title, depth=0)

    def _russian_owner(self, noun: Token, *, depth: int) -> Link | None:
        """Return the Russian mention that owns `noun`, or None: its nationality adjective, possessor or a Russian
        body's name as its modifier ('a Russian diplomat', 'Russia's envoy', 'a Kremlin adviser'; not a city named as
        a place: 'a Moscow analyst'), or, down to `OFFICE_DEPTH` phrases, the state or a body it owns as the object
        of the noun's preposition of place in a body (`OFFICE_PREPOSITIONS`: 'member of the State Duma', 'counsellor
        at the Russian embassy'; the state's own name only after 'of': not 'ambassador to Russia'). A noun another
        actor owns is not Russia's ('the British ambassador in Moscow')."""
        owners = [child.i for child in noun.children if child.dep_ in OWNER_DEPS and child.i in self.actors]
        if any(i not in self.russian for i in owners):
            return None
        owner = next((i for i in owners if i not in self._place_metonyms), None)
        if owner is not None or depth >= OFFICE_DEPTH:
            return None if owner is None else self.russian[owner]
        for preposition in noun.children:
            if preposition.dep_ != "prep" or preposition.lower_ not in OFFICE_PREPOSITIONS:
                continue
            for body in preposition.children:
                if body.dep_ != "pobj":
                    continue
                if preposition.lower_ == "of" and body.i in self.russian and body.i not in self._place_metonyms:
                    return self.russian[body.i]
                if (link := self._russian_owner(body, depth=depth + 1)) is not None:
                    return link
        return None

    def _definite_candidates(self) -> tuple[list[int], set[int]]:
        """Return the indices of the nouns that may own a Russian phrase or repeat one (see `_take_up_definites`), in
        order: those with a dependent in `OWNER_DEPS` that is Russian or a noun, or a determiner of `DETERMINER_IDS`;
        and the set of the tokens with a Russian dependent in `OWNER_DEPS` (as `russian` stands now)."""
        parse = self._parse
        deps, pos, lowers = parse.column("DEP"), parse.column("POS"), parse.column("LOWER")
        nouns = pos == NOUN_ID
        russian = np.zeros(len(deps), dtype=bool)
        russian[list(self.russian)] = True
        owner_deps = among(deps, OWNER_DEP_IDS)
        owners = owner_deps & (russian | nouns)
        determiners = (deps == DET_ID) & among(lowers, DETERMINER_ID_ARRAY)
        candidates = np.zeros(len(deps), dtype=bool)
        heads = parse.column("HEAD")
        candidates[heads[owners | determiners]] = True
        return np.flatnonzero(candidates & nouns).tolist(), set(heads[owner_deps & russian].tolist())

    def _resolve(self, sent_id: int) -> None:
        """Resolve the pronouns of a sentence and record the Russian topic it leaves for the next one: its own
        Russian subject, or the topic before it when its subject is no actor or Assad's side (who receives the
        support); another actor as subject ends it."""
        span, parse = self.spans[sent_id], self._parse
        self._resolve_first_plural(sent_id)
        for i in _indices_in(span, self._pronouns):
            kind = PRONOUN_KIND_IDS[parse.lower[i]]
            if i in self.russian:
                continue
            # the earlier sentences' referents, each sentence's found when the search reaches it (as in
            # `_resolve_epithets`): resolving a pronoun changes only its own sentence's tokens, so they are the same
            # before and after this sentence resolves any
            earlier = (ref for previous in reversed(self.scope[sent_id]) for ref in self.referents(previous))
            if parse.dep[i] in SUBJECT_DEPS and parse.dep[parse.head[i]] == "conj":
                clause = parse.head[parse.head[i]]
                here: Iterable[Referent] = sorted(
                    self._referents_between(span.start, i)[::-1],
                    key=lambda ref: not (parse.dep[ref.head] in SUBJECT_DEPS and parse.head[ref.head] == clause))
            else:
                here = self._referents_back_from(i, span.start)
            if parse.dep[i] in SUBJECT_DEPS:
                here = (ref for ref in here if not self._in_own_clause(ref.head, parse.head[i]))
            elif (local := self._local_subjects(i)):
                here = (ref for ref in here if ref.head not in local)
            antecedent = self._coordinated_possessor(i, kind) or next(
                (ref for ref in chain(here, earlier) if self._agrees(kind, ref)), None)
            if antecedent is None and kind == PERSON and parse.dep[i] not in SUBJECT_DEPS:
                antecedent = self._person_before(sent_id, PRONOUN_GENDERS.get(parse.lower[i]))
            if antecedent is None or not antecedent.actor:
                continue
            self.actors.add(i)
            if antecedent.russian:
                self.russian[i] = Link(antecedent.russian.text, "pronoun")
            elif self._side_at(antecedent.head) == ASSAD:
                self.assad.add(i)
        self._resolve_epithets(sent_id)
        subject = self._main_subject_at(span)
        side = self._side_at(subject)
        previous = self.topic.get(self.scope[sent_id][-1]) if self.scope[sent_id] else None
        self.topic[sent_id] = self._link_at(subject) if side == RUSSIA else previous if side in (None, ASSAD) else None

    def _local_subjects(self, i: int) -> set[int]:
        """Return the index of the subject of the clause of pronoun `i` when it is an object or an oblique personal
        pronoun, neither possessive nor reflexive ('promised him a seat', 'flew with them'): such a pronoun is free in
        its clause, so never takes up its subject (Chomsky 1981, binding principle B). The clause's subject is its
        verb's own or, for a verb with none, the one it shares (`shared_subject`: 'Moscow armed the regime and
        protected it', 'Moscow promised to protect him', 'Moscow urged Ankara to spare it': Ankara); empty for any
        other pronoun or where no subject is found."""
        parse = self._parse
        if parse.dep[i] == "poss" or parse.lower[i] in REFLEXIVE_IDS:
            return set()
        verb = parse.head[i]
        while parse.pos[verb] not in ("VERB", "AUX") and parse.head[verb] != verb:
            verb = parse.head[verb]
        subject = shared_subject(self.doc[verb], subjects=SUBJECT_DEPS, object_control=True)
        return {subject.i} if subject is not None else set()

    def _coordinated_possessor(self, i: int, kind: str) -> Referent | None:
        """Return the conjunct before a possessive pronoun's own conjunct, when the pronoun agrees with that conjunct
        alone: 'the United States and its allies', 'Turkey and its proxies' (its possessor is the conjunct beside
        it, not the coordination it belongs to, nor an actor before; Quirk et al. 1985 §6.18, the possessive
        determiner's antecedent in the nearest noun phrase); None for any other pronoun, and for an emphatic 'its
        own', which takes up the clause's subject ('Russia guarded the port and its own ships')."""
        parse = self._parse
        noun = parse.head[i]
        if parse.dep[i] != "poss" or parse.dep[noun] != "conj" or parse.pos[parse.head[noun]] not in REFERENT_POS:
            return None
        first = parse.head[noun]
        if parse.lower[first] in PRONOUN_KIND_IDS or any(
                parse.lower[child] == OWN_ID for child in (*parse.children(noun), *parse.children(i))):
            return None
        referent = Referent(first, self._kind_at(first, conjunct=True), self._link_at(first),
                            self._side_at(first) is not None)
        return referent if referent.actor and self._agrees(kind, referent) else None

    def _is_epithet(self, i: int) -> bool:
        """Return True when token `i` ('man', 'woman') is a noun with a definite or demonstrative determiner and no
        modifier of its own (see `EPITHET_GENDERS`): 'the man', 'that man', not 'the old man', 'a man', 'the man who
        led them' nor 'the man in charge' (a phrase that identifies him, `IDENTIFYING_PREPOSITION_IDS`). An 'in' or
        'at' phrase, an apposition and a relative clause are left to `_keeps_epithet`, checked once the sentence's
        pronouns are resolved (see `_resolve_epithets`)."""
        parse = self._parse
        children = parse.children(i)
        return (parse.pos[i] == "NOUN" and any(parse.dep[child] == "det" and parse.lower[child] in DETERMINER_IDS
                                                for child in children)
                and not any((parse.dep[child] in EPITHET_MODIFIER_DEPS or parse.dep[child] == "prep"
                             and parse.lower[child] in IDENTIFYING_PREPOSITION_IDS) and not self._may_keep_epithet(child)
                            for child in children))

    def _may_keep_epithet(self, child: int) -> bool:
        """Return True when a modifier `child` of an epithet is of a kind `_keeps_epithet` may let pass: an 'in' or
        'at' phrase, an apposition or a relative clause."""
        parse = self._parse
        return (parse.dep[child] in ("appos", "relcl")
                or parse.dep[child] == "prep" and parse.lower[child] in SEAT_PREPOSITION_IDS)

    def _keeps_epithet(self, child: int) -> bool:
        """Return True when a modifier `child` of an epithet leaves it one (see `_is_epithet`): a preposition of
        `SEAT_PREPOSITION_IDS` whose object is his side's seat (`_is_seat`: 'in Damascus', 'in power', not 'in the
        Syrian army', 'in the Turkish palace'); an apposition with an indefinite article whose head names his side
        (`SIDE_HEADS`) and is no common noun for a person (`EPITHET_BLOCKERS`), with no proper name or opponent in it
        ('a loyal client', not 'Ali Hamdan', 'a senior officer', 'a former bodyguard'); a relative clause with no
        relative pronoun whose subject is Russian and that keeps him (`_keeps_him`: 'it had rescued' after Moscow,
        not 'who had led the militias', 'it had sent to Latakia')."""
        parse, dep = self._parse, self._parse.dep[child]
        token = self.doc[child]
        if dep == "prep":
            objects = [grand.i for grand in token.children if grand.dep_ == "pobj"]
            return parse.lower[child] in SEAT_PREPOSITION_IDS and bool(objects) and all(
                self._is_seat(obj) for obj in objects)
        if dep == "appos":
            words = [word.i for word in token.subtree]
            lemma = parse.lowered_lemma(child)
            return (any(parse.dep[w] == "det" and parse.lower[w] in INDEFINITE_IDS for w in parse.children(child))
                    and lemma in SIDE_HEADS and lemma not in EPITHET_BLOCKERS
                    and not any(parse.pos[w] == "PROPN" or w in self._opponent_words or w in self.actors
                                for w in words))
        if dep == "relcl":
            subjects = [grand.i for grand in token.children if grand.dep_ in SUBJECT_DEPS]
            return bool(subjects) and not any(parse.tag[w] in RELATIVE_TAGS for w in parse.children(child)) and all(
                self._side_at(subject) == RUSSIA for subject in subjects) and self._keeps_him(child)
        return False

    def _is_seat(self, obj: int) -> bool:
        """Return True when token `obj`, the object of an epithet's 'in' or 'at', is his side's seat: a place name
        of his side other than the country ('Damascus', not 'Syria') or a `SEAT_NOUNS` noun ('power', 'the palace'),
        with nothing in its phrase, nor in an 'in' or 'at' phrase right after it that the parser hung elsewhere,
        that is not his side ('the Syrian palace', not 'the Turkish palace', 'the rebels' palace', 'power in
        Idlib')."""
        parse, doc = self._parse, self.doc
        his = self.assad | self._side_word_tokens
        place = doc[obj].ent_type_ == SEAT_PLACE_ENTITY and obj in his and obj not in self.country
        if not (place or parse.lowered_lemma(obj) in SEAT_NOUNS):
            return False
        words = [word.i for word in doc[obj].subtree if word.i != obj]
        after = doc[obj].right_edge.i + 1
        if (after < len(doc) and parse.dep[after] == "prep" and parse.lower[after] in SEAT_PREPOSITION_IDS
                and parse.head[after] != obj):
            words += [word.i for word in doc[after].subtree]
        return not any(w not in his and not self._times[w] and (
            w in self.actors or w in self._opponent_words or bool(doc[w].ent_type_)
            or parse.pos[w] in ("NOUN", "PROPN") or parse.pos[w] == "PRON" and parse.dep[w] != "poss")
            for w in words)

    def _keeps_him(self, clause: int) -> bool:
        """Return True when the relative clause headed by verb `clause` keeps the epithet's man (see
        `KEEPING_VERBS`): it or a verb down its chain of controlled infinitives ('decided not to save') is a verb of
        rescuing, protecting, keeping or backing with no object of its own, or a verb of the chain has a 'for' with
        no object ('would not fight for'); and nothing in the clause is his side or a person's pronoun that is not a
        possessive ('chosen to replace him', 'to replace Assad'; 'keeping in his palace' may be his): the man is
        someone other than him."""
        parse, doc = self._parse, self.doc
        if any(parse.pos[w] != "PRON" and (w in self.assad or w in self._side_word_tokens)
               or parse.lower[w] in PERSON_PRONOUN_IDS and parse.dep[w] != "poss"
               for w in (word.i for word in doc[clause].subtree)):
            return False
        verbs, pending = [clause], [clause]
        while pending:
            verb = pending.pop()
            for grand in parse.children(verb):
                if parse.dep[grand] == "xcomp" and parse.pos[grand] in ("VERB", "AUX"):
                    verbs.append(grand)
                    pending.append(grand)
        for verb in verbs:
            children = parse.children(verb)
            lemma = parse.lowered_lemma(verb)
            particles = [parse.lowered_lemma(c) for c in children if parse.dep[c] == "prt"]
            keeping = lemma in KEEPING_VERBS or any(f"{lemma} {particle}" in KEEPING_VERBS for particle in particles)
            if keeping and not any(parse.dep[c] in ("dobj", "ccomp") for c in children):
                return True
            if any(parse.dep[c] == "prep" and parse.lower[c] in BENEFACTIVE_IDS and not parse.children(c)
                   for c in children):
                return True
        return False

    def _mark_partitive_times(self) -> None:
        """Mark as a time expression's head a partitive over one ('most of the decade', see `TIME_NOUNS`), and unmark a
        'generation' of someone ('a generation of officers')."""
        parse, times = self._parse, self._times
        for t in np.flatnonzero(times).tolist():
            of = parse.head[t]
            if parse.lower[t] == GENERATION_ID and any(parse.lower[child] == OF_ID for child in parse.children(t)):
                times[t] = False
            elif (parse.dep[t] == "pobj" and parse.lower[of] == OF_ID and parse.head[of] != of
                  and self.doc[parse.head[of]].lemma_.lower() in PARTITIVE_TIME_HEADS):
                times[parse.head[of]] = True

    def _person_noun_between(self, start: int, end: int) -> bool:
        """Return True when a singular common noun for a person (`EPITHET_BLOCKERS`) heads a phrase between tokens
        `start` and `end` (both excluded), other than a part or an apposition of a name, and is not on Assad's side
        ('the Syrian president'): the nearer antecedent of an epithet."""
        parse = self._parse
        return any(start < j < end and parse.tag[j] not in PLURAL_NOUN_TAGS and parse.dep[j] not in PERSON_NOUN_PART_DEPS
                   and self._side_at(j) != ASSAD for j in self._person_nouns)

    def _resolve_epithets(self, sent_id: int) -> None:
        """Mark as Assad's side an epithet of sentence `sent_id` ('the man') whose antecedent, the latest person of
        its gender before it in the sentence or its scope (or, for a non-subject, before its paragraph), is his; an
        epithet with an 'in' or 'at' phrase, an apposition or a relative clause only when `_keeps_epithet` lets each
        pass."""
        span, parse = self.spans[sent_id], self._parse
        for i in _indices_in(span, self._epithets):
            if i in self.actors or not all(self._keeps_epithet(child) for child in parse.children(i)
                                           if self._may_keep_epithet(child)):
                continue
            gender = EPITHET_GENDERS[parse.lower[i]]
            earlier = (ref for previous in reversed(self.scope[sent_id]) for ref in self.referents(previous))
            antecedent = next((ref for ref in chain(self._referents_back_from(i, span.start), earlier)
                               if ref.kind == PERSON), None)
            if antecedent is None and parse.dep[i] not in SUBJECT_DEPS:
                antecedent = self._person_before(sent_id, gender)
            if antecedent is not None and self._person_noun_between(antecedent.head, i):
                continue
            if (antecedent is not None and antecedent.actor and self._genders.get(antecedent.head, gender) == gender
                    and self._side_at(antecedent.head) == ASSAD):
                self.assad.add(i)
                self.actors.add(i)

    def _labelled_answers(self, sentences: Sequence[Sentence], *, gazetteer: Gazetteer) -> dict[int, Link]:
        """Return, per token of a paragraph opened by a Russian speaker's label ('Lavrov: We ...', 'LAVROV: We ...'),
        that speaker."""
        labelled, seen = {}, set()
        for sentence in sentences:
            if sentence.block_id in seen:
                continue
            seen.add(sentence.block_id)
            span = self.spans[sentence.sent_id]
            # most paragraphs open on no label: its mark looked for on the arrays first (see `_label_of`)
            if LABEL_MARK_ID not in self._parse.lower[span.start:min(span.end, span.start + LABEL_WORDS + 1)]:
                continue
            label = _label_of(span)
            if label is None:
                continue
            link = (self.russian_in(label) or _russian_name(label.text.title(), gazetteer)
                    or self.members.get(label[-1].lower_))
            if link is not None:
                block = [other for other in sentences if other.block_id == sentence.block_id]
                labelled.update((i, Link(link.text, SPEAKER)) for other in block
                                for i in range(self.spans[other.sent_id].start, self.spans[other.sent_id].end))
        return labelled

    def _quoted(self, quotations: Sequence[Quoted], *, gazetteer: Gazetteer) -> dict[int, Link]:
        """Return, per token inside a quotation whose speaker is Russian, that speaker."""
        quoted = {}
        spoken = [quote for quote in quotations if quote.speaker_start is not None]
        speakers = self._parse.expanded_ranges([quote.speaker_start for quote in spoken],
                                               [quote.speaker_end for quote in spoken])
        insides = self._parse.expanded_ranges([quote.start for quote in spoken], [quote.end for quote in spoken])
        for quote, speaker, inside in zip(spoken, speakers, insides):
            link = (self._russian_between(*speaker) if speaker is not None else None) or (
                _russian_name(quote.speaker_actor, gazetteer) if quote.speaker_actor else None) or (
                self.members.get(quote.speaker_name.split()[-1].lower()) if quote.speaker_name else None)
            if link is not None and inside is not None:
                quoted.update((i, Link(link.text, SPEAKER)) for i in range(*inside))
        return quoted

    def _resolve_first_plural(self, sent_id: int) -> None:
        """Tie 'we', 'us' and 'our' to the Russian who states the sentence, or who stated the one before it in
        the paragraph ('"We came to help," the envoy said. "We will stay."')."""
        span, parse = self.spans[sent_id], self._parse
        pronouns = _indices_in(span, self._first_plurals)
        if not pronouns:
            return
        clauses = [span.root.i, *(i for i in range(span.start, span.end) if parse.dep[i] in REPORTED_DEPS)]
        speaker = next((link for clause in clauses if (link := self._speaker_at(clause))), None)
        speaker = speaker or next((self.labelled[i] for i in pronouns if i in self.labelled), None)
        if speaker is None and self.scope[sent_id]:
            speaker = self.first_plural.get(self.scope[sent_id][-1])
        if speaker is None:
            return
        self.first_plural[sent_id] = speaker
        for i in pronouns:
            self.russian[i] = Link(speaker.text, "pronoun")
            self.actors.add(i)

    def referents(self, sent_id: int) -> list[Referent]:
        """Return the noun phrases of a sentence a later pronoun may take up (its subjects and its actors): its
        main-clause subject when it is an actor, the preferred centre (Grosz, Joshi & Weinstein 1995), then its other
        subjects, actors or not, then its actors that are no subject, each latest first.

        Asked only of sentences whose pronouns are resolved, so they are found once per sentence.
        """
        if sent_id not in self._referents:
            refs = self.referents_in(self.spans[sent_id])
            main = self._main_subject_at(self.spans[sent_id])
            self._referents[sent_id] = sorted(reversed(refs), key=lambda ref: (not (ref.head == main and ref.actor),
                                                                               self._parse.dep[ref.head] not in SUBJECT_DEPS))
        return self._referents[sent_id]

    def referents_in(self, span: Span) -> list[Referent]:
        """Return the subjects and actor mentions of `span`, in text order."""
        return self._referents_between(span.start, span.end)

    def _referents_between(self, start: int, end: int) -> list[Referent]:
        """Return the subjects and actor mentions among tokens `start` to `end` (excluded), in text order."""
        dep = self._parse.dep
        return [Referent(i, self._kind_at(i), self._link_at(i), self._side_at(i) is not None)
                for i in _indices_between(self._nominals, start, end) if dep[i] in SUBJECT_DEPS or i in self.actors]

    def _person_before(self, sent_id: int, gender: str | None) -> Referent | None:
        """Return the latest person named before the paragraph of sentence `sent_id`, across paragraph breaks, not
        one the gazetteer gives another `gender` than the pronoun's: the person an object or possessive pronoun with
        no antecedent in its own paragraph takes up, the centre of the text before ('Assad flew to Moscow. // Russia
        gave him a flat.'; Grosz, Joshi & Weinstein 1995)."""
        first = self.scope[sent_id][0] if self.scope[sent_id] else sent_id
        before = self._order[:self._order.index(first)]
        return next((ref for previous in reversed(before) for ref in self.referents(previous)
                     if ref.kind == PERSON and self._genders.get(ref.head, gender) == gender), None)

    def _in_own_clause(self, i: int, clause: int) -> bool:
        """Return True when token `i` lies in the clause headed by token `clause` itself, not in a clause below it: a
        subject pronoun of that clause c-commands it, so cannot take it up (Chomsky 1981, binding principle C), even
        when it is fronted ('At the United Nations it vetoed the draft', 'Together with China it vetoed')."""
        parse = self._parse
        while i != clause and parse.head[i] != i and parse.dep[i] not in CLAUSE_LINK_DEPS:
            i = parse.head[i]
        return i == clause

    def _referents_back_from(self, end: int, start: int) -> Iterator[Referent]:
        """Yield the subjects and actor mentions among tokens `start` to `end` (excluded), latest first, each found as
        it is asked for."""
        dep = self._parse.dep
        for i in reversed(_indices_between(self._nominals, start, end)):
            if dep[i] in SUBJECT_DEPS or i in self.actors:
                yield Referent(i, self._kind_at(i), self._link_at(i), self._side_at(i) is not None)

    def _kind_at(self, i: int, *, conjunct: bool = False) -> str:
        """Return the kind of referent ('person', 'group' or 'thing') token `i` names, as a pronoun would take it up: a
        person's name, or a singular common noun for a person on Assad's side ('the Syrian president'), is a person; a
        plural noun or a coordination is a group (see `PLURAL_NOUN_TAGS`); with `conjunct`, the first conjunct alone,
        not the coordination it heads, is read."""
        parse = self._parse
        if parse.lower[i] in PRONOUN_KIND_IDS:
            return PRONOUN_KIND_IDS[parse.lower[i]]
        if i in self._persons:
            return "person"
        if parse.tag[i] in PLURAL_NOUN_TAGS if conjunct else self._is_plural(i):
            return "group"
        if i in self._person_words and parse.pos[i] == "NOUN" and self._side_at(i) == ASSAD:
            return PERSON
        return "thing"

    def _is_plural(self, i: int) -> bool:
        """Return True when token `i` heads a plural phrase: a plural noun or a coordination (`PLURAL_NOUN_TAGS`)."""
        parse = self._parse
        return parse.tag[i] in PLURAL_NOUN_TAGS or self._first_conjuncts[i] >= 0

    def _agrees(self, kind: str, ref: Referent) -> bool:
        """Return True when a pronoun of `kind` may take up `ref` (see `PLURAL_NOUN_TAGS`): one of its own kind, or, for
        'they', a plural actor ('Assad and his wife') or one that is no person, named ('Moscow') or by a collective
        noun ('the Syrian army')."""
        return ref.kind == kind or (kind == "group" and ref.actor and (self._is_plural(ref.head) or (
            ref.kind != PERSON and (ref.head in self.actors or ref.head in self._collectives))))

    def may_take_up(self, pronoun: int, antecedent: int) -> bool:
        """Return True when the pronoun at token `pronoun` may take up the phrase headed by token `antecedent`, by the
        kinds and number the resolver reads (`_kind_at`, `_agrees`); False for a word that is no such pronoun."""
        kind = PRONOUN_KIND_IDS.get(self._parse.lower[pronoun])
        return kind is not None and self._agrees(kind, Referent(antecedent, self._kind_at(antecedent),
                                                                self._link_at(antecedent),
                                                                self._side_at(antecedent) is not None))

    def _main_subject_at(self, span: Span) -> int | None:
        """Return the index of the subject of the sentence's main clause, or None."""
        subject = self._first_subjects[self._parse.span_root(span.start, span.end)]
        return None if subject < 0 else subject

    def _link_at(self, head: int) -> Link | None:
        """Return the Russian mention inside the phrase headed by token `head`, if any (kept per head once the actors
        are settled)."""
        links = self._links
        if links is not None and head in links:
            return links[head]
        phrase = self._indices(head)
        link = None if self.russian.keys().isdisjoint(phrase) else next(
            self.russian[i] for i in phrase if i in self.russian)
        if links is not None:
            links[head] = link
        return link

    def tie(self, cue: Span) -> tuple[Link | None, Token | None]:
        """Return the Russian agent tied to `cue` on the parse, else None and the subject owning the cue's clause.

        Climbs from the cue through its clause; an object controls an infinitive, a predicate or a
        gerund it governs ('forced Russia to back', 'called Russia a friend'), and another actor as
        that object owns it ('accused Washington of arming'); the climb stops at a clause with
        a subject of its own (a relative pronoun stands for the noun its clause modifies: 'Assad,
        who used ...'). A clause with no actor or Assad's side as subject, stated by a Russian, is
        tied to that speaker ('Moscow insists the government is legitimate'). A cue whose own
        modifier, possessor or passive agent is another actor, and none Russian, belongs to that
        actor, whoever governs the clause above it ('Iranian-backed militias', 'Moscow praised
        the Israeli jets'); a relative 'whose' is the noun its clause modifies ('met Erdogan, whose troops ...').
        """
        parse, root = self._parse, cue.root.i
        inside, came_by, owner, node, path = range(cue.start, cue.end), None, None, root, ()
        nominal_subjects = self._first_nominal_subjects
        while True:
            dependents = parse.children(node)
            if node == root:
                dependents = dependents + [grand for child in dependents if parse.dep[child] in ("relcl", "acl")
                                           for grand in parse.children(child)]
            controlled = came_by in CONTROLLED_DEPS or path[-2:] == GERUND_PATH
            for child in sorted(dependents, key=lambda child: parse.dep[child] != "dobj") if controlled else dependents:
                if child in inside:
                    continue
                dep = parse.dep[child]
                controls = controlled and dep == "dobj"
                role = "subject" if controls else AGENT_ROLES.get(dep)
                if role is None and dep == "prep":
                    role = AGENT_PREPOSITIONS_BY_ID.get(parse.lower[child])
                    child = self._pobj(child)
                elif role == "agent":
                    child = self._pobj(child)
                elif role == "possessor" and parse.tag[child] == RELATIVE_POSSESSIVE_TAG:
                    child = self._relative_antecedent(child)
                link = self._link_at(child) if role and child is not None else None
                if link is not None:
                    return Link(link.text, link.role or role), None
                if node == root and owner is None and role in OWNER_ROLES and self._side_at(child) == OTHER:
                    owner = child
                if controls and self._side_at(child) == OTHER:
                    return None, self.doc[child]
            if owner is not None:
                return None, self.doc[owner]
            subject = nominal_subjects[node]
            if subject < 0:
                subject = None
            elif subject in inside:  # the first subject outside the cue
                subject = next((child for child in parse.children(node) if parse.dep[child] == "nsubj"
                                and child not in inside), None)
            if subject is not None and parse.tag[subject] in RELATIVE_TAGS and parse.dep[node] == "relcl":
                subject = parse.head[node]
                if link := self._link_at(subject):
                    return Link(link.text, link.role or "subject"), None
            if subject is not None or parse.dep[node] not in CLIMB_DEPS or parse.head[node] == node:
                speaker = (self._speaker_at(node) or self.labelled.get(node)
                           if self._side_at(subject) in (None, ASSAD) else None)
                return (Link(speaker.text, SPEAKER), None) if speaker else (
                    None, None if subject is None else self.doc[subject])
            came_by, node, path = parse.dep[node], parse.head[node], (*path, parse.dep[node])

    def _relative_antecedent(self, i: int) -> int | None:
        """Return the index of the noun that the relative clause holding token `i` modifies, or None outside a relative
        clause: a relative 'whose' stands for that noun (Huddleston & Pullum 2002, ch. 12 §3.3: 'Ankara, whose troops
        hold the north' is Ankara's troops), as a relative subject does ('Assad, who used ...')."""
        parse, node = self._parse, i
        while parse.dep[node] != "relcl":
            if parse.head[node] == node:
                return None
            node = parse.head[node]
        return parse.head[node]

    def _pobj(self, i: int) -> int | None:
        """Return the index of the first object of the preposition `i`, or None."""
        complement = self._first_preposition_objects[i]
        return None if complement < 0 else complement

    def bearer(self, cue: Span) -> str | None:
        """Return the side (ASSAD or OTHER) that bears a cue no Russian is tied to, or None.

        The bearer is the cue's own possessor or modifier, or that of the noun the cue modifies ('the
        regime's capacity', 'the regime's manpower shortage', 'army morale'), else
        the subject of its clause, or the passive agent, its logical subject ('was urged by Kyiv to
        demand ...'), or the noun an active participle modifies ('rebels pressing on the coast'); Assad's
        opponents ('the rebels') are another actor. Assad's side bears a cue as his person, government,
        army or regime, not as the country's name ('Syria was a small operation') nor through a
        relational noun ('his allies').
        A clause that names a Russian anywhere (its objects and complements too: 'Damascus rebuffed
        Russian efforts') has no other bearer: None.
        """
        parse, inside = self._parse, range(cue.start, cue.end)
        nouns = [cue.root.i]
        while parse.dep[nouns[-1]] in NOUN_MODIFIER_DEPS and parse.head[nouns[-1]] != nouns[-1]:
            nouns.append(parse.head[nouns[-1]])
        owners = [child for noun in nouns for child in parse.children(noun) if parse.dep[child] in OWNER_DEPS
                  and child not in nouns and child not in inside]
        node = parse.head[nouns[-1]] if parse.dep[nouns[-1]] in SUBJECT_DEPS else nouns[-1]
        clause_subjects = self._first_clause_subjects
        while clause_subjects[node] < 0 and not (
                self._is_active_participle(node)) and parse.dep[node] in CLIMB_DEPS and parse.head[node] != node:
            node = parse.head[node]
        if self._governs_russian(node):
            return None
        agents = [grand for child in parse.children(node) if parse.dep[child] == "agent"
                  for grand in parse.children(child) if parse.dep[grand] == "pobj"]
        subjects = [parse.head[node]] if self._is_active_participle(node) else [
            child for child in parse.children(node) if parse.dep[child] in ACTIVE_SUBJECT_DEPS]
        return next((side for i in (*owners, *agents, *subjects) if (side := self.bearer_side_at(i)) is not None), None)

    def _governs_russian(self, node: int) -> bool:
        """Return True when token `node` is a Russian token or governs one (lies above it in the parse): the Russian
        tokens and every word above them, found again only when the Russian tokens have changed."""
        russian, governors = self._russian_governors
        if self.russian.keys() != russian:
            head, governors = self._parse.head, set()
            for i in self.russian:
                while i not in governors:
                    governors.add(i)
                    i = head[i]
            self._russian_governors = (frozenset(self.russian), governors)
        return node in governors

    def _is_active_participle(self, i: int) -> bool:
        """Return True for a present participle after its noun, a reduced relative clause whose subject is that noun."""
        return self._parse.dep[i] == "acl" and self._parse.tag[i] == "VBG"

    def about_another_actor(self, sent_id: int, *, opponents: bool = True) -> bool:
        """Return True when the sentence's main subject is another actor or, with `opponents`, Assad's opponents
        (see `bearer`)."""
        subject = self._main_subject_at(self.spans[sent_id])
        if subject is None:
            return False
        return (self.bearer_side_at(subject) if opponents else self._side_at(subject)) == OTHER

    def about_a_party_of_the_war(self, sent_id: int) -> bool:
        """Return True when the sentence's actor is Assad's side or his opponents (see `bearer_side_at`, another actor
        abroad left out): the main subject, or the head noun of a sentence the parser read without a verb ('Yet the
        rebels held on', 'And the Syrian army retook Aleppo', parsed as noun phrases)."""
        span, parse = self.spans[sent_id], self._parse
        actor = self._main_subject_at(span)
        if actor is None and span.root.pos_ in ("NOUN", "PROPN"):
            actor = span.root.i
        if actor is None:
            return False
        side = self.bearer_side_at(actor)
        return side == ASSAD or (side == OTHER and not self._opponent_words.isdisjoint(self._indices(actor)))

    def bearer_side_at(self, i: int) -> str | None:
        """Return OTHER when token `i` heads another actor or Assad's opponents, ASSAD Assad's party, else None."""
        side, parse = self._side_at(i), self._parse
        if side == OTHER or not self._opponent_words.isdisjoint(self._indices(i)):
            return OTHER
        if side != ASSAD:
            return None
        heads = [i, *parse.conjuncts(i), *(child for child in parse.children(i) if parse.dep[child] == "compound")]
        party = any((head in self.assad and head not in self.country) or head in self._side_word_tokens or (
            head in self._party_heads and any(child in self._side_modifiers or child in self.assad
                                              for child in parse.children(head)))
            for head in heads)
        return ASSAD if party else None

    def _speaker_at(self, clause: int) -> Link | None:
        """Return the Russian who states the clause headed by token `clause`: the subject of the verb it complements
        ('Moscow insists that the government is legitimate') or of a reporting clause beside it ('..., Lavrov said')."""
        parse = self._parse
        if parse.dep[clause] in REPORTED_DEPS:
            reporters = [parse.head[clause]]
        else:
            reporters = [child for child in parse.children(clause) if parse.dep[child] in REPORTING_DEPS]
        subjects = (child for verb in reporters for child in parse.children(verb) if parse.dep[child] == "nsubj")
        return next((link for subject in subjects if (link := self._link_at(subject))), None)

    def addresses_the_reader(self, sent_id: int, cue: Span) -> bool:
        """Return True when `cue` lies in an imperative of the writer's own, not in quotation marks: the sentence's
        main verb in the base form, with no subject or auxiliary, opens it after any list number or bullet ('2. support
        the warrants', '• Help organise the workshop'), and the cue's climb reaches that verb through no reported
        clause and no clause with a subject of its own ('Remember that the jets saved ...' is the jets' act).
        The imperative's agent is the one addressed (Quirk et al. 1985 §11.23), so it takes up no Russian topic from
        its paragraph. An imperative joined by 'and' or 'or' to a clause with its own subject is a condition ('Send
        more jets, and the regime survives'), no address: left alone."""
        if sent_id not in self._imperative_openings:
            self._imperative_openings[sent_id] = self._imperative_opening(sent_id)
        verb = self._imperative_openings[sent_id]
        if verb is None:
            return False
        first, node = self.doc[verb], cue.root
        while node != first:
            if node.head == node or node.dep_ in IMPERATIVE_BARRIER_DEPS:
                return False
            if node.pos_ in ("VERB", "AUX") and _has_own_subject(node):
                return False
            node = node.head
        return True

    def _imperative_opening(self, sent_id: int) -> int | None:
        """Return the index of the sentence's main verb when it opens the sentence as the writer's imperative (see
        `addresses_the_reader`), else None: the same for every cue of the sentence, so asked once per sentence."""
        span = self.spans[sent_id]
        first = next((token for token in span if not (token.is_punct or token.like_num or token.pos_ in LIST_POS)),
                     None)
        if (first is None or first.i != span.root.i or span[0].is_quote
                or not is_subjectless_base_form(first, IMPERATIVE_BLOCKING_DEPS)
                or any(child.dep_ == "conj" and _has_own_subject(child) for child in first.children)):
            return None
        return first.i

    def side_of(self, token: Token | None) -> str | None:
        """Return 'russia', 'assad' or 'other' for an actor phrase headed by `token`; None for no actor. A Russian
        anywhere in the phrase makes it Russia's; a word of Assad's side makes it his only as the head, a conjunct or
        apposition, or what describes one of them as an actor, not inside the modifiers of his opponents nor in the
        name of another body (see `_side_of_phrase_with_assads_words`)."""
        return None if token is None else self._side_at(token.i)

    def _side_at(self, head: int | None) -> str | None:
        """Return the side of the actor phrase headed by token `head` (see `side_of`); None for no actor or no token
        (kept per head once the actors are settled)."""
        if head is None:
            return None
        sides = self._sides
        if sides is not None and head in sides:
            return sides[head]
        phrase = self._indices(head)
        if not self.russian.keys().isdisjoint(phrase):
            side = RUSSIA
        elif self.assad.isdisjoint(phrase) and self._side_word_tokens.isdisjoint(phrase):
            side = None if self.actors.isdisjoint(phrase) else OTHER
        else:
            side = self._side_of_phrase_with_assads_words(head, phrase)
        if sides is not None:
            sides[head] = side
        return side

    def _side_of_phrase_with_assads_words(self, head: int, phrase: tuple[int, ...]) -> str | None:
        """Return ASSAD, OTHER or None for the phrase headed by token `head` (its tokens `phrase`, which hold a token
        of Assad's side and no Russian one)."""
        parse, stack, aside, against = self._parse, [head], set(), False
        dependents, bounds = self._phrase_dependents
        while stack:
            node = stack.pop()
            # His token as a head, conjunct or apposition, or describing one of them: 'the Syrian army', 'the
            # generals of the regime', 'the rebels and the regime'; after 'anti-' it names whom they oppose.
            if node in self.assad or node in self._side_word_tokens:
                if not self._after_anti(node):
                    return ASSAD
                against = True
                continue
            children = dependents[bounds[node]:bounds[node + 1]]
            # A head that names his opponents or enemies ('Syrian rebels', 'Syrian opposition fighters', 'the
            # regime's enemies'): its modifiers and 'of' phrase name whom they oppose, not their side.
            enmity = parse.lowered_lemma(node) in ENMITY_NOUNS
            opposing = enmity or parse.lowered_lemma(node) in OPPONENT_WORDS or any(
                child in self._opponent_words and parse.dep[child] in NOUN_MODIFIER_DEPS for child in children)
            name = not opposing and self._is_name_of_another_body(node)
            for child in children:
                if opposing and parse.dep[child] not in HEAD_CHAIN_DEPS:
                    held = [i for i in self._indices(child) if i in self.assad or i in self._side_word_tokens]
                    aside.update(held)
                    against = against or (enmity and bool(held))
                elif name and parse.dep[child] == "compound" and self._is_place_word_of_a_name(child):
                    aside.add(child)  # 'the Syrian Patriotic League'
                else:
                    stack.append(child)
        # His enemies named by their relation to him ('the regime's enemies', 'anti-regime fighters') are OTHER;
        # any other phrase is read without the tokens set aside ('the Syrian opposition' as 'the opposition').
        return OTHER if against or not self.actors.isdisjoint(set(phrase) - aside) else None

    def _after_anti(self, i: int) -> bool:
        """Return True when token `i` follows the prefix 'anti' and a hyphen ('anti-regime', 'anti-Assad')."""
        return i >= 2 and self.doc[i - 1].text in JOINING_DASHES and self._parse.lower[i - 2] == ANTI_ID

    def _is_name_of_another_body(self, i: int) -> bool:
        """Return True when token `i` heads a proper name of a body: a word (letters only: not a model's designation,
        'the S-300') with a proper-noun tag that is no person's name, time, place or people's name, nor a word of
        Assad's side, nor a head that names the state or one of its bodies, institutions or forces (`SIDE_HEADS`,
        `STATE_MEMBER_HEADS`, `STATE_NAME_HEADS`, `STATE_INSTITUTION_HEADS`, in the singular or the plural: 'the Syrian
        Arab Army', 'the Syrian Arab Republic', 'the Syrian Baath Party')."""
        parse, token = self._parse, self.doc[i]
        if (parse.tag[i] not in NAME_TAGS or not token.is_alpha or i in self._persons or self._times[i]
                or token.ent_type_ in PLACE_ENTITIES or i in self.assad or i in self._side_word_tokens):
            return False
        forms = {parse.lowered_lemma(i), token.lower_}
        forms |= {form[:-1] for form in forms if form.endswith("s")}
        return forms.isdisjoint(SIDE_HEADS | STATE_MEMBER_HEADS | STATE_NAME_HEADS | STATE_INSTITUTION_HEADS)

    def _is_place_word_of_a_name(self, i: int) -> bool:
        """Return True when token `i`, a compound before a name's head, is a proper noun that names a place or its
        people (an entity of `PLACE_ENTITIES`: 'Syrian', 'Damascus'), not a person's name ('the Assad Foundation' is
        left to his side)."""
        return self._parse.tag[i] in NAME_TAGS and self.doc[i].ent_type_ in PLACE_ENTITIES

    def _recipient_at(self, start: int, end: int, root: int, *, objects: bool) -> int | None:
        """Return the index of the party the help of a cue (tokens `start` to `end`, excluded, with its root `root`)
        goes to, or None when the cue names none.

        In this order: an indirect object or the complement of 'to', 'for', 'with', 'by', 'behind'
        (also inside the cue: 'stick with him'), the noun a participle modifies ('Russian-backed
        forces'), the indirect object of the verb whose object the cue is ('gave arms to the rebels',
        'ended its support to Assad'), the 'to' or 'for' complement of the cue's object ('opened a door
        for Damascus') and, with `objects`, a direct object ('advise him', 'keep Assad').
        """
        parse, inside = self._parse, range(start, end)
        outside = [(token, child) for token in inside for child in parse.children(token) if child not in inside]
        for token, child in outside:
            dep = parse.dep[child]
            if dep in RECIPIENT_OBJECTS or (dep == "pobj" and parse.pos[token] == "ADP"):
                return child
            if dep == "prep" and parse.lower[child] in RECIPIENT_PREPOSITION_IDS:
                complement = self._pobj(child)
                if complement is not None and not self._times[complement]:
                    return complement
        head = parse.head[root]
        if parse.dep[root] in PARTICIPLE_DEPS and parse.tag[root] == "VBN" and head not in inside:
            return head
        if parse.dep[root] in OBJECT_DEPS and head not in inside and (party := self._dative(head)) is not None:
            return party
        party = next((party for child in parse.children(root) if parse.dep[child] in OBJECT_DEPS
                      and child not in inside and (party := self._dative(child)) is not None), None)
        if party is not None:
            return party
        return next((child for _, child in outside if objects and parse.dep[child] in OBJECT_DEPS), None)

    def _recipient_of(self, cue: Span, *, objects: bool) -> int | None:
        """Return the index of the party the help of `cue` goes to (see `_recipient_at`), or None; a cue of one token
        is looked up in `_one_token_recipients`, a longer one's party kept per token range (the parse alone decides
        it)."""
        if cue.end - cue.start == 1:
            if self._one_token_parties is None:
                self._one_token_parties = self._one_token_recipients()
            party = self._one_token_parties[objects][cue.start]
            return None if party < 0 else party
        key = (cue.start, cue.end, objects)
        if key not in self._recipients:
            self._recipients[key] = self._recipient_at(cue.start, cue.end, cue.root.i, objects=objects)
        return self._recipients[key]

    def _one_token_recipients(self) -> tuple[list[int], list[int]]:
        """Return, per token, the index of the party the help of a cue of that one token goes to, as `_recipient_at`
        finds it without and with `objects`, or -1 where it names none; read for all tokens at once on the parse
        arrays."""
        parse = self._parse
        deps, lowers, heads = parse.column("DEP"), parse.column("LOWER"), parse.column("HEAD")
        positions = np.arange(len(deps))
        dependent = heads != positions  # a root is no dependent of its own
        pobj = dependent & (deps == POBJ_ID)
        objects = dependent & among(deps, OBJECT_DEP_IDS)
        datives = dependent & among(deps, RECIPIENT_OBJECT_IDS)
        preps = dependent & (deps == PREP_ID)
        pobjs = _first_dependents(heads, pobj, positions)
        pobjs = np.where((pobjs >= 0) & self._times[np.maximum(pobjs, 0)], -1, pobjs)  # no time adjunct is a party
        # An indirect object, the object of an adposition, or the complement of a recipient preposition.
        direct = _first_dependents(heads, datives | (pobj & (parse.column("POS")[heads] == ADP_ID)) | (
            preps & among(lowers, RECIPIENT_PREPOSITION_ID_ARRAY) & (pobjs >= 0)),
            np.where(datives | pobj, positions, pobjs))
        dative_preps = preps & among(lowers, DATIVE_PREPOSITION_ID_ARRAY) & (pobjs >= 0)
        indirect = _first_dependents(heads, datives | dative_preps, np.where(datives, positions, pobjs))
        party = direct
        for fallback in (np.where(dependent & among(deps, PARTICIPLE_DEP_IDS) & (parse.column("TAG") == VBN_ID),
                                  heads, -1),  # the noun a participle modifies
                         np.where(objects, indirect[heads], -1),  # the indirect object of the verb of an object
                         _first_dependents(heads, objects & (indirect >= 0), indirect)):  # of an object of its own
            party = np.where(party >= 0, party, fallback)
        with_objects = np.where(party >= 0, party, _first_dependents(heads, objects, positions))
        return party.tolist(), with_objects.tolist()

    def _dative(self, i: int) -> int | None:
        """Return the index of the indirect object of token `i`, or of the complement of its 'to' or 'for' phrase; None
        if it has neither."""
        for child in self._parse.children(i):
            if self._parse.dep[child] in RECIPIENT_OBJECTS:
                return child
            if self._parse.dep[child] == "prep" and self._parse.lower[child] in DATIVE_PREPOSITION_IDS:
                complement = self._pobj(child)
                if complement is not None and not self._times[complement]:
                    return complement
        return None

    def on_assad_side(self, cue: Span, requires: Sequence[str], link: Link | None) -> bool:
        """Return True when a support cue is asserted help for Assad's side, as the code's conditions ask.

        Help that goes to another party ('Russian-backed separatists', 'its alliance with Israel', 'armed the
        insurgents': see `helps_opponents`) or is used in another country ('troops in Ukraine') is not support (help
        only asked about or decreasing is withheld by the coder, see `withheld`). With `recipient` the cue must name
        Assad's side as its recipient, or be a transfer that names none (see `unaddressed_transfer`). With `asset` it
        must be a thing Russia holds: not a place ('at Hmeimim'), not owned by Assad's side ('Syrian jets', 'the
        regime's weapons'), and, when only the context names Russia, not a modifier of another noun ('a weapons
        proposal').
        """
        if TIED in requires and (link is None or link.role in CONTEXT_ROLES):
            return False
        side = self.recipient_side(cue, objects=RECIPIENT in requires)
        if side == OTHER and self._votes_with_another(cue):
            side = None
        if side == OTHER or self._vote_on_another_matter(cue) or self.used_abroad(cue) or self.helps_opponents(cue):
            return False
        if ASSET in requires and (is_place(cue) or self.owned_by_assad(cue) or (
                cue.root.dep_ == "compound" and link is not None and link.role in CONTEXT_ROLES)):
            return False
        return RECIPIENT not in requires or side == ASSAD or self.unaddressed_transfer(cue)

    def unaddressed_transfer(self, cue: Span) -> bool:
        """Return True for a noun of transfer (`TRANSFER_NOUNS`: 'the deliveries continue', 'completed the shipment'),
        not a modifier of another noun ('supply lines'), that names no party it goes to: its recipient is the one the
        paragraph has named (the code's `assad` condition), as a definite or bare noun takes up a transfer already in
        the text (FrameNet Delivery, Recipient left to the context); and so for a verb of giving whose theme is a free
        relative (see `_gives_what`)."""
        root = cue.root
        return (len(cue) == 1 and root.pos_ == "NOUN" and root.dep_ != "compound"
                and root.lemma_.lower() in TRANSFER_NOUNS and self._recipient_of(cue, objects=True) is None
                and not self._goal_abroad(root)) or self._gives_what(cue)

    def may_help_assad_at(self, i: int) -> bool:
        """Return False where a cue of the one token `i` can be neither help to Assad's side (`recipient_side` with
        `objects` gives ASSAD only for a party of his side) nor an `unaddressed_transfer` (a noun of transfer or a verb
        of giving): read on the arrays, without a Span, so the coder makes none for such a cue."""
        if self._one_token_parties is None:
            self._one_token_parties = self._one_token_recipients()
        party = self._one_token_parties[True][i]
        lemma = self._parse.lowered_lemma(i)
        return (party >= 0 and self._side_at(party) == ASSAD) or lemma in TRANSFER_NOUNS or lemma in GIVING_VERBS

    def _gives_what(self, cue: Span) -> bool:
        """Return True for a verb of giving (`GIVING_VERBS`) whose theme is a free relative ('what Moscow gave', 'gave
        what was cheap') and that names no party it goes to, or only that free relative (the parse may take 'what' for
        an indirect object: 'what Russia can give him') and none that is another actor: the thing given is left
        unsaid, the party it goes to is the one the paragraph has named, as for a noun of transfer."""
        root = cue.root
        if len(cue) != 1 or root.pos_ != "VERB" or root.lemma_.lower() not in GIVING_VERBS:
            return False
        themes = [child for child in root.children if child.lower_ == FREE_RELATIVE or (child.dep_ == "ccomp" and any(
            grand.lower_ == FREE_RELATIVE and grand.dep_ in SUBJECT_DEPS for grand in child.children))]
        party = self._recipient_of(cue, objects=True)
        return bool(themes) and (party is None or self._parse.lower[party] == FREE_RELATIVE_ID) and not any(
            self.side_of(child) == OTHER for child in root.children if child.dep_ in RECIPIENT_OBJECTS | OBJECT_DEPS)

    def _goal_abroad(self, transfer: Token) -> bool:
        """Return True when the predicate of a noun of transfer, as its subject or through a participle it governs,
        names a party other than Assad's side as the goal ('a shipment of wheat reached Egypt', 'the deliveries
        arrived in Caracas', 'deliveries bound for Iran'); a place ('reached Latakia') names no party."""
        predicates = [transfer.head] if transfer.dep_ in SUBJECT_DEPS else []
        predicates += [child for child in transfer.children if child.dep_ == "acl"]
        goals = [child for predicate in predicates for child in predicate.children
                 if child.dep_ == "dobj" and predicate.lemma_.lower() in ARRIVAL_VERBS]
        goals += [grand for predicate in predicates for child in predicate.children
                  if child.dep_ == "prep" and child.lower_ in GOAL_PREPOSITIONS
                  for grand in child.children if grand.dep_ == "pobj"]
        return any(self._side_at(goal.i) == OTHER and goal.i not in self.places for goal in goals)

    def helps_opponents(self, cue: Span) -> bool:
        """Return True when a verb of help (`HELP_VERBS`) has Assad's opponents as its direct object ('armed the
        insurgents', 'backs several rebel groups'): the help goes to them, not to Assad."""
        root = cue.root
        return root.pos_ == "VERB" and root.lemma_ in HELP_VERBS and any(
            child.dep_ in OBJECT_DEPS and not self._opponent_words.isdisjoint(self._indices(child.i))
            for child in root.children)

    def joint_with_another_actor(self, cue: Span) -> bool:
        """Return True when the Russian who is the subject of a cue's clause is coordinated with another actor
        ('Putin and the Turkish president agreed') and the cue names no recipient among Assad's party (his
        person, government, army or regime, not the country's name): a joint act with a third party, not help
        to him."""
        parse, node = self._parse, cue.root.i
        subjects = self._first_subjects
        while subjects[node] < 0 and parse.dep[node] in CLIMB_DEPS and parse.head[node] != node:
            node = parse.head[node]
        joint = any(actor in self.russian and any(self._side_at(other) == OTHER and other not in self.russian
                                                  for other in parse.conjuncts(actor))
                    for actor in parse.children(node) if parse.dep[actor] in SUBJECT_DEPS)
        if not joint or self._blocks_a_motion(cue, node):
            return False
        party = self._recipient_of(cue, objects=True)
        if party is not None and parse.pos[party] == "ADP":  # a dative 'to' ('sent advisers to the army')
            party = next((child for child in parse.children(party) if parse.dep[child] == "pobj"), party)
        return party is None or self.bearer_side_at(party) != ASSAD

    def _blocks_a_motion(self, cue: Span, verb: int) -> bool:
        """Return True when the cue is a veto or a vote against (see `_is_veto`) or its clause's verb `verb` blocks a
        motion ('blocked the draft'): each member's vote shields the party the motion targets, cast jointly or not."""
        parse = self._parse
        return self._is_veto(cue) or any(
            parse.dep[child] in OBJECT_DEPS and parse.lowered_lemma(child) in MOTION_NOUNS for child in parse.children(verb))

    def _is_veto(self, cue: Span) -> bool:
        """Return True when the cue is a veto (`VETO_CUES`: 'vetoed', 'the double veto') or a vote against ('voted
        against it', 'voted against, as did China')."""
        lemma = self._parse.lowered_lemma(cue.root.i)
        return lemma in VETO_CUES or (lemma == VOTE_VERB and bool(self._against(cue)))

    def _against(self, cue: Span) -> list[int]:
        """Return the 'against' of a vote cue, in the cue or under its root ('voted against it'), else []."""
        parse = self._parse
        return [i for i in (*range(cue.start, cue.end), *parse.children(cue.root.i)) if parse.lower[i] == AGAINST_ID]

    def _vote_on_another_matter(self, cue: Span) -> bool:
        """Return True when a veto or vote against (see `_is_veto`) is cast on a motion about a country abroad and not
        about Syria ('vetoed the resolution on Ukraine', 'voted against a text on the war in Ukraine') or on a course of
        action that names neither Syria nor Assad's side ('voted against sending troops', not 'against referring Syria to
        the court'), or on a motion of Assad's side's own ('the Syrian draft'): it shields no one of Assad's side."""
        if not self._is_veto(cue):
            return False
        parse = self._parse
        heads = self._against(cue) or [cue.root.i]
        motions = [child for head in heads for child in parse.children(head) if parse.dep[child] in MOTION_DEPS]
        # the motion's sponsors, its passive 'by' phrase ('a draft sponsored by France and Spain'), are no matter of it
        sponsors = {token.i for motion in motions for token in self.doc[motion].subtree if token.dep_ == "agent"}
        named = {token.i for motion in motions for token in self.doc[motion].subtree
                 if sponsors.isdisjoint(ancestor.i for ancestor in token.ancestors) and token.i not in sponsors}
        if any(parse.dep[motion] in CLAUSAL_COMPLEMENTS for motion in motions):
            return named.isdisjoint(self.places | self.assad)  # 'against sending troops', not 'against referring Syria'
        if any(parse.lowered_lemma(motion) in MOTION_NOUNS and self._tabled_by_assad(motion) for motion in motions):
            return True  # 'voted against the Syrian government's proposal': a vote against his side's own motion
        return not named.isdisjoint(self.abroad) and named.isdisjoint(self.places | self.assad)

    def _tabled_by_assad(self, motion: int) -> bool:
        """Return True when a motion noun is owned by Assad's side (`owned_by_assad`) through a possessor or a bare
        modifier ('the Syrian government's proposal', 'the Syrian draft'): its sponsor. Not through a country's name as
        a compound ('a Syria draft', headline style for a draft on Syria) nor an adjective with a complement of its own
        ('resolutions critical of the Syrian government'): those name what the motion is about, its topic or target."""
        if not self.owned_by_assad(self.doc[motion:motion + 1]):
            return False
        owners = [child for child in self.doc[motion].children if child.dep_ in OWNER_DEPS and child.pos_ != "PRON"
                  and (self._side_at(child.i) == ASSAD or child.i in self._side_modifiers)]
        return any(child.dep_ == "poss" or (child.dep_ == "amod" and not any(True for _ in child.children))
                   or (child.dep_ == "compound" and child.pos_ != "PROPN") for child in owners)

    def _votes_with_another(self, cue: Span) -> bool:
        """Return True when the party a veto or vote against names by 'with' is a co-voter, not a recipient ('vetoed the
        draft together with China', 'the double veto with China'): one casts a vote with another member, for no one."""
        party = self._recipient_of(cue, objects=False)
        return (party is not None and self._is_veto(cue) and self._parse.dep[party] == "pobj"
                and self._parse.lower[self._parse.head[party]] == WITH_ID)

    def aimed_at_opponents(self, cue: Span) -> bool:
        """Return True when a cue of Russia's means or of attack names Assad's armed opponents (`ARMED_OPPONENTS`) or
        what they hold as its target, in a phrase that names no actor abroad: the object of the cue's verb or of the verb
        the cue is the subject of ('Russian jets pounded rebel positions', 'struck opposition-held towns'), or the
        complement of 'against' or 'on' on a noun cue ('a Russian air campaign against the rebels')."""
        parse, root = self._parse, cue.root.i
        verb = parse.head[root] if parse.dep[root] in ACTIVE_SUBJECT_DEPS else root
        targets = [child for child in parse.children(verb) if parse.dep[child] in OBJECT_DEPS]
        targets += [pobj for prep in parse.children(root) if parse.dep[prep] == "prep"
                    and parse.lower[prep] in TARGET_PREPOSITION_IDS and (pobj := self._pobj(prep)) is not None]
        return any(not self._armed_opponents.isdisjoint(phrase) and self.abroad.isdisjoint(phrase)
                   for phrase in map(self._target_phrase, targets))

    def lessens_own_means(self, cue: Span) -> bool:
        """Return True when the cue is a verb of decrease whose direct object names Russia's own means ('Russia reduced
        its strikes on rebel-held areas', 'cut Russian sorties against the rebels'): the decrease is of Russia's means,
        a limit, and a target named beside them ('on rebel-held areas', attached to the verb or to the means) is theirs,
        not the verb's."""
        parse, root = self._parse, cue.root.i
        if cue.root.lemma_.lower() not in LESSENING_VERBS:
            return False
        return any(parse.dep[child] in OBJECT_DEPS and not self.russian.keys().isdisjoint(self._target_phrase(child))
                   for child in parse.children(root))

    def _target_phrase(self, head: int) -> list[int]:
        """Return the token indices of the noun phrase headed by token `head` without its prepositional phrases
        (`TARGET_PHRASE_DEPS`): 'the bombing of rebel towns' names the bombing as the target, not the towns."""
        parse, phrase, stack = self._parse, [], [head]
        while stack:
            node = stack.pop()
            phrase.append(node)
            stack.extend(child for child in parse.children(node) if parse.dep[child] in TARGET_PHRASE_DEPS)
        return phrase

    def in_assads_war(self, span: Span) -> bool:
        """Return True when `span` names Assad's side (see `names_assad_side`, the country included; also a bare
        'government' or 'regime' modifier), his opponents or a place of the war."""
        return self.names_assad_side(span) or any(i in self.places or i in self._side_modifiers or i in self._opponent_words
                                              for i in range(span.start, span.end))

    def owned_by_assad(self, cue: Span) -> bool:
        """Return True when the cue's own modifier or possessor (also one inside the cue: 'the regime's air war';
        a bare 'government' or 'Syrian': 'a government offensive') or the subject of a relative clause on it ('the
        offensive Damascus wanted') names Assad's side (a pronoun is too unsure) and none is Russian."""
        parse, inside, children = self._parse, range(cue.start, cue.end), self._parse.children(cue.root.i)
        owners = [self._side_at(child) or (ASSAD if child in self._side_modifiers else None) for child in children
                  if (child not in inside or parse.dep[child] == "poss") and parse.dep[child] in OWNER_DEPS
                  and parse.pos[child] != "PRON"]
        owners += [self._side_at(self._clause_subject(child)) for child in children if parse.dep[child] == "relcl"]
        return ASSAD in owners and RUSSIA not in owners

    def _clause_subject(self, verb: int) -> int | None:
        """Return the index of the active subject of a clause whose object is the noun it modifies ('an offensive
        Damascus wanted'); None for a relative pronoun subject ('an offensive that stalled') or no subject."""
        parse = self._parse
        subject = self._first_active_subjects[verb]
        return None if subject < 0 or parse.tag[subject] in RELATIVE_TAGS else subject

    def used_abroad(self, cue: Span) -> bool:
        """Return True when the cue's clause places it in a named country or place other than Russia and Syria."""
        parse, node = self._parse, cue.root.i
        while True:
            for child in parse.children(node):
                if parse.dep[child] == "prep" and parse.lower[child] in DESTINATION_PREPOSITION_IDS and any(
                        parse.dep[grand] == "pobj" and self._abroad_at(grand) for grand in parse.children(child)):
                    return True
            if parse.pos[node] in ("VERB", "AUX") or parse.head[node] == node or (
                    parse.dep[node] not in PLACE_CLIMB_DEPS):
                return False
            node = parse.head[node]

    def _abroad_at(self, noun: int) -> bool:
        """Return True when the noun at `noun` is a named place abroad, or an event placed there by its own 'in' phrase
        ('to the war in Ukraine', 'into the fighting in Libya'): the goal of a move is then that place."""
        parse = self._parse
        return noun in self.abroad or any(
            parse.dep[child] == "prep" and parse.lower[child] in EVENT_PLACE_PREPOSITION_IDS and any(
                parse.dep[grand] == "pobj" and grand in self.abroad for grand in parse.children(child))
            for child in parse.children(noun))

    def is_asked(self, cue: Span) -> bool:
        """Return True when a cue lies in an open question about what Russia does ('asked whether Moscow would send
        jets'), not about what Assad's side or another actor does ('whether Assad stays in power')."""
        parse, node = self._parse, cue.root.i
        questions = self._open_question_marks
        while parse.head[node] != node:
            if questions[node] >= 0:
                subject = self._first_subjects[node]
                return self._side_at(None if subject < 0 else subject) in (None, RUSSIA)
            node = parse.head[node]
        return False

    def recipient_side(self, cue: Span, *, objects: bool = False) -> str | None:
        """Return ASSAD or OTHER for the party a cue's help goes to (an opponent of Assad is OTHER); None if unnamed,
        a place ('sent jets to Aleppo', 'keep Tartus') or Russia itself ('gave Russia a foothold')."""
        party = self._recipient_of(cue, objects=objects)
        if party is None:
            return None
        if not self._opponent_words.isdisjoint(self._indices(party)):
            return OTHER
        side = self._side_at(party)
        return None if side in (None, RUSSIA) or party in self.places else ASSAD if side == ASSAD else OTHER

    def _indices(self, head: int) -> tuple[int, ...]:
        """Return the token indices of the phrase headed by token `head` (its dependents in `PHRASE_DEPS`, 'of' the
        only preposition, and theirs), depth first."""
        indices = self._phrase_indices.get(head)
        if indices is None:
            stack, phrase = [head], []
            dependents, bounds = self._phrase_dependents
            while stack:
                node = stack.pop()
                phrase.append(node)
                stack.extend(dependents[bounds[node]:bounds[node + 1]])
            indices = self._phrase_indices[head] = tuple(phrase)
        return indices

    def sentence_of(self, cue: Span) -> Span:
        """Return the sentence of the Doc's parse that holds the first token of `cue`, as `cue.sent` finds it (see
        `_ParseSentences`)."""
        return self._parse_sentences.of(cue)

    def subject_names_no_russian(self, verb: Token) -> bool:
        """Return True when the subject of `verb`'s clause (`shared_subject`) is a noun phrase or a clause that names no
        Russian ('the findings do not point to', 'Ordinary Syrians want the war to stop'): will, refusal, ability and
        desire are predicated of the subject (Palmer 2001, subject-oriented modality), so the Russia of the context is
        not their bearer. A personal pronoun subject is left to the resolution of its referent; an indefinite one
        ('nobody', 'someone') refers to no one before it (Quirk et al. 1985 §6.45), so its own phrase must name the
        Russian ('nobody in Moscow wants', not 'nobody in Damascus wants'); nor does 'I', which points to the one who
        speaks, not back to the text (Halliday & Hasan 1976, §2.3): it is Russian only as a Russian speaker's, in a
        quotation or a clause a Russian states ('"I will not wait," Putin said'), not a writer's or another state's
        spokesperson's ('I will not speculate', 'I cannot say'), unless the speaker witnessed, or failed to witness,
        a Russian's conduct the clause names (`WITNESSING_VERBS`: 'I never heard a Russian diplomat praise him'); so
        do the reader's 'you' and the writer's 'we' outside every quotation (see `_writer_or_reader`)."""
        subject = shared_subject(verb)
        if subject is not None and (_first_person_singular(subject) or self._writer_or_reader(subject)):
            return (subject.i not in self.russian and subject.i not in self.labelled
                    and self._speaker_at(subject.head.i) is None
                    and not (verb.lemma_.lower() in WITNESSING_VERBS and self.russian_in(
                        token_span(verb.doc, verb.left_edge.i, verb.right_edge.i + 1)) is not None))
        referring = subject is not None and subject.pos_ == "PRON" and INDEFINITE not in subject.morph.get("PronType")
        return subject is not None and not referring and self.russian_in(
            token_span(subject.doc, subject.left_edge.i, subject.right_edge.i + 1)) is None

    def _writer_or_reader(self, subject: Token) -> bool:
        """Return True for a `subject` outside every quotation that is the reader's 'you' ('You will not find the
        figures') or the writer's 'we' (`writers_plural`: 'We do not yet know') with no other speaker in scope (see
        `_speaker_in_scope`)."""
        if subject.pos_ != "PRON":
            return False
        return ((SECOND_PERSON in subject.morph.get("Person") and subject.i not in self._inside_quotations)
                or (self.writers_plural(subject) and not self._speaker_in_scope(subject)))

    def _speaker_in_scope(self, token: Token) -> bool:
        """Return True when a speaker other than the writer may own `token`'s sentence: it or its paragraph opens on a
        speaker's label ('A: We ...', 'Lavrov: We ...'), a dash attributes it ('We will not ... – Lavrov'), or the
        sentence before it in its scope (see `_scopes`) has a Russian speaking ('Lavrov answered our questions.',
        '"No," he said.')."""
        sent_id = next((sid for sid, span in self.spans.items() if span.start <= token.i < span.end), None)
        if sent_id is None:
            return False
        span, earlier = self.spans[sent_id], [self.spans[other] for other in self.scope.get(sent_id, ())]
        if any(self._speakers_label(opening) for opening in (span, *earlier)):
            return True
        dash = next((t.i for t in span if t.text in ATTRIBUTING_DASHES), None)
        if dash is not None and self._russian_between(dash + 1, span.end) is not None:
            return True
        if not earlier:
            return False
        # a quotation counts only in quotation marks: a reported clause ('Lavrov said the advisers would stay') does not
        direct = any(t.is_quote for t in earlier[-1])
        return any(
            (t.i in self.labelled and (direct or t.i not in self._inside_quotations))
            or (t.lemma_.lower() in SPEECH_VERBS and self._speaks_directly(t) and any(
                child.dep_ == "nsubj" and child.i in self.russian for child in t.children))
            for t in earlier[-1])

    def _speakers_label(self, span: Span) -> bool:
        """Return True when `span` opens on a label that names a person or a Russian ('Sergei Lavrov: We ...') or
        marks an answer ('A: We ...'); not a heading word ('Update: ...', 'Analysis: ...')."""
        label = _label_of(span)
        return label is not None and (label.text.lower() in ANSWER_LABELS or self.russian_in(label) is not None
                                      or any(token.ent_type_ == "PERSON" for token in label))

    def _speaks_directly(self, verb: Token) -> bool:
        """Return True when the speech `verb` gives what is said as direct speech or answers something: a quotation
        in its sentence or a bare answer ('"No," he said'), or an object ('answered our questions'); not a reported
        clause outside quotation marks ('Lavrov said the advisers would stay'), nor no complement ('replied on
        Monday')."""
        if any(child.dep_ == "ccomp" and child.i not in self._inside_quotations for child in verb.children):
            return False
        return (any(token.is_quote for token in verb.sent)
                or any(child.dep_ in ("intj", "dobj") for child in verb.children))

    def writers_plural(self, token: Token) -> bool:
        """Return True for 'we', 'us' or 'our' outside every quotation and tied to no Russian speaker (see `russian`):
        the plural of the writer and the publication ('We will update this post.', 'Our experts weigh in.'), which
        points to the speech situation, not back to the text (Halliday & Hasan 1976, §2.3)."""
        return token.lower_ in FIRST_PLURAL and token.i not in self.russian and token.i not in self._inside_quotations

    def russian_in(self, span: Span) -> Link | None:
        """Return the first Russian mention (or resolved pronoun) in `span`."""
        return self._russian_between(span.start, span.end)

    def _russian_between(self, start: int, end: int) -> Link | None:
        """Return the first Russian mention (or resolved pronoun) among tokens `start` to `end` (excluded), found by
        bisection in the Russian tokens in order, sorted again only when they have changed."""
        russian, ordered = self._russian_order
        if self.russian.keys() != russian:
            russian, ordered = frozenset(self.russian), sorted(self.russian)
            self._russian_order = (russian, ordered)
        first = bisect.bisect_left(ordered, start)
        return self.russian[ordered[first]] if first < len(ordered) and ordered[first] < end else None

    def continued_topic(self, sent_id: int) -> Link | None:
        """Return the Russian topic the paragraph carries into this sentence, unless its subject is another actor."""
        scope = self.scope[sent_id]
        topic = self.topic.get(scope[-1]) if scope else None
        if topic is None or self._side_at(self._main_subject_at(self.spans[sent_id])) not in (None, RUSSIA):
            return None
        return Link(topic.text, "context")

    def assad_side(self, sent_id: int) -> bool:
        """Return True when Assad's side has been named in the article up to this sentence: the topic a reader carries.

        A headline or standfirst is read with the whole opening: itself, the standfirst and the first body paragraph.
        """
        last = max(sent_id, self.opening[-1]) if sent_id in self.opening[:-1] else sent_id
        first = self._first_naming_assad
        return first is not None and first <= last

    def antecedent(self, cue: Span, sent_id: int, owner_side: str | None) -> Link | None:
        """Return the Russian agent a definite noun cue takes up from its paragraph.

        'that air cover', 'such help', and 'the support' when no other actor owns its clause. The
        noun has no agent of its own ('the backing of the army'); see `supporter_before`.
        """
        root = cue.root
        determiner = next((child.lower_ for child in root.children if child.dep_ == "det"), None)
        own_agent = any(child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in AGENT_PREPOSITIONS)
                        for child in root.children)
        if not _is_common_noun(root) or own_agent or not (
                determiner in DEMONSTRATIVES or (determiner == DEFINITE and owner_side in (None, ASSAD))):
            return None
        return self.supporter_before(sent_id)

    def vetoing_member(self, cue: Span, sent_id: int) -> Link | None:
        """Return the latest Russian mention of the article before a noun of veto, definite or plural ('the veto',
        'three double vetoes'), that has no agent of its own, as a context link; else None. Only a permanent member
        casts a veto (UN Charter art. 27(3)), so an unowned veto in a text that names Russia takes up Russia's, as a
        definite noun takes up a referent the text has set up (bridging reference, Clark 1975); an indefinite or
        bare singular ('if you want a veto', 'Veto: the power of ...') is any member's, or the word itself. A veto that
        another actor holds in its clause ('the president promised the veto'), or after another member cast the latest
        veto the text names ('Washington vetoed the text. The veto …'), is that member's."""
        root = cue.root
        if self._parse.lowered_lemma(root.i) not in VETO_CUES or root.pos_ != "NOUN" or not (
                root.tag_ == PLURAL_NOUN_TAG or any(child.dep_ == "det" and child.lower_ == DEFINITE
                                                   for child in root.children)):
            return None
        if self._side_at(self._veto_holder(root.i)) == OTHER or self._side_at(self._latest_veto_holder(root.i)) == OTHER:
            return None  # 'the president promised the veto'; 'Washington vetoed the draft. The veto …' is Washington's
        named = next((link for s in reversed(self.spans) if s < sent_id and (link := self.russian_in(self.spans[s]))),
                     None)
        return Link(named.text, "context") if named else None

    def _veto_holder(self, veto: int) -> int | None:
        """Return the index of who casts a veto (token `veto`): the subject of the verb 'veto', the possessor or
        modifier of the noun, or the subject of a verb of holding or using it (`VETO_HOLDING_VERBS`); of a passive
        'vetoed by X', X; else None."""
        parse = self._parse
        if parse.pos[veto] == "VERB":
            subject = next((child for child in parse.children(veto) if parse.dep[child] in NOMINAL_SUBJECT_DEPS), None)
            agent = next((child for child in parse.children(veto) if parse.dep[child] == "agent"), None)
            by = next((child for child in parse.children(agent) if parse.dep[child] == "pobj"), None) if agent else None
            return by if by is not None else subject
        owner = next((child for child in parse.children(veto) if parse.dep[child] in OWNER_DEPS), None)
        verb = parse.head[veto]
        if owner is None and parse.dep[veto] == "dobj" and parse.lowered_lemma(verb) in VETO_HOLDING_VERBS:
            owner = next((child for child in parse.children(verb) if parse.dep[child] in NOMINAL_SUBJECT_DEPS), None)
        return owner

    def _latest_veto_holder(self, before: int) -> int | None:
        """Return the index of who cast the latest veto named before token `before` that names its caster, else
        None."""
        holders = (self._veto_holder(i) for i in reversed(self._parse.lemma_ids_between(VETO_IDS, 0, before)))
        return next((holder for holder in holders if holder is not None), None)

    def article_supporter(self, cue: Span, sent_id: int) -> Link | None:
        """Return the article's Russian as the referent of a singular noun of the supporter's own role
        (`SUPPORTER_NOUNS`) that has no owner of its own, in a sentence that names no actor but Russia and Assad's
        side ('A patron distracted?', 'the patron and the plane'): the latest Russian the article names before it,
        or, in a headline or standfirst read before any, the first it names; as an `ARTICLE` link; else None. A text
        on one supporter calls it by its role (the role noun takes up the referent the text has set up: bridging
        reference, Clark 1975); 'another patron' and a plural ('patrons') name no one in particular, and the coder
        drops a role joined to its counterpart before ('patron–client relations': `names_a_kind_of_relation`)."""
        root = cue.root
        if (self._parse.lowered_lemma(root.i) not in SUPPORTER_NOUNS or root.tag_ not in SINGULAR_NOUN_TAGS or any(
                    child.dep_ == "poss" or child.lower_ in OTHER_DETERMINERS
                    or (child.dep_ == "prep" and child.lower_ in AGENT_PREPOSITIONS) for child in root.children)):
            return None
        span = self.spans[sent_id]
        if not self.actors.difference(self.russian, self.assad).isdisjoint(range(span.start, span.end)):
            return None
        before = (link for s in reversed(self._order) if s < sent_id and (link := self.russian_in(self.spans[s])))
        after = (link for s in self._order if s > sent_id and (link := self.russian_in(self.spans[s])))
        named = next(before, None) or (next(after, None) if sent_id in self._headline_and_standfirst else None)
        return Link(named.text, ARTICLE) if named else None

    def supporter_before(self, sent_id: int) -> Link | None:
        """Return the Russian who can be the supporter a sentence takes up from its paragraph: the latest actor named
        before it other than Assad's side (who receives support), subjects first, if Russian; with no such actor,
        any Russian mention of the paragraph."""
        earlier = (ref for previous in reversed(self.scope[sent_id]) for ref in self.referents(previous)
                   if ref.actor and self._side_at(ref.head) != ASSAD)
        supporter = next(earlier, None)
        if supporter is None:
            named = self.named_in_paragraph(sent_id)
            return Link(named.text, "paragraph") if named else None
        return Link(supporter.russian.text, "paragraph") if supporter.russian else None

    def named_in_paragraph(self, sent_id: int) -> Link | None:
        """Return the latest Russian mention earlier in the sentence's paragraph (or question)."""
        return next((link for s in reversed(self.scope[sent_id]) if (link := self.russian_in(self.spans[s]))), None)

    def names_assad_side(self, span: Span) -> bool:
        """Return True when `span` names Assad's side: his person, government, army or regime, or a side word with a
        modifier that makes it his ('the government', 'Syrian troops'), not a place or his opponents."""
        if not self.assad.isdisjoint(range(span.start, span.end)):
            return True
        for i in _indices_in(span, self._side_words):  # a word of Assad's side, or a head that needs a modifier
            if i in self.assad or i in self._side_word_tokens or any(
                    child in self._side_modifiers or child in self.assad for child in self._parse.children(i)):
                return True
        return False


def _russian_name(text: str, gazetteer: Gazetteer) -> Link | None:
    """Return a link for a name the gazetteer gives a Russian affiliation ('Lavrov' for a label in capitals)."""
    alias = gazetteer.lookup(text)
    if alias is None or RUSSIA not in (alias.actor, gazetteer.affiliation(alias.actor)):
        return None
    return Link(text, "")


class _ParseSentences:
    """The sentences of a Doc's parse, read on its parse arrays, each made into a Span once."""

    def __init__(self, doc: Doc, parse: ParseArrays):
        self._doc, self._parse = doc, parse
        self._sentences: dict[tuple[int, int], Span] = {}

    def of(self, cue: Span) -> Span:
        """Return the sentence that holds the first token of `cue`, as `cue.sent` finds it (found by
        `ParseArrays.sentence_bounds`: the hooks' sentence on a Doc with sentence hooks, `Span.sent`'s error on a Doc
        without sentence starts)."""
        bounds = self._parse.sentence_bounds(cue.start)
        sentence = self._sentences.get(bounds)
        if sentence is None:
            sentence = self._sentences[bounds] = token_span(self._doc, *bounds)
        return sentence


def _first_person_singular(token: Token) -> bool:
    """Return True for the pronoun 'I' (first person singular, by its morphology)."""
    return token.pos_ == "PRON" and FIRST_PERSON in token.morph.get("Person") and SINGULAR in token.morph.get("Number")


def _label_of(span: Span) -> Span | None:
    """Return the speaker's label `span` opens on, a few title-case or capital words before a colon ('A:',
    'Lavrov:', 'LAVROV:'), or None."""
    mark = next((token.i for token in span[:LABEL_WORDS + 1] if token.lower == LABEL_MARK_ID), None)
    label = span.doc[span.start:mark] if mark is not None else None
    if not label or not all(token.pos_ == "PROPN" or token.is_title or token.is_upper for token in label):
        return None
    return label


def shared_subject(verb: Token, *, subjects: frozenset[str] = ACTIVE_SUBJECT_DEPS,
                   through: frozenset[str] = SHARED_SUBJECT_DEPS, object_control: bool = False) -> Token | None:
    """Return the first child of `verb` whose dependency is in `subjects`; when it has none and hangs on its head by a
    dependency in `through`, the head's, climbing on ('refused and left', 'chose not to act'); None when no verb on
    the way has one. With `object_control`, an infinitive whose governing verb has an object returns that object, its
    understood subject (object control, Huddleston & Pullum 2002 ch. 14: 'warned Ankara not to strike')."""
    node = verb
    while node.dep_ in through and node.head.i != node.i and not any(child.dep_ in subjects for child in node.children):
        if object_control and node.dep_ == "xcomp":
            controller = next((child for child in node.head.children if child.dep_ in CONTROLLER_DEPS), None)
            if controller is not None:
                return controller
        node = node.head
    return next((child for child in node.children if child.dep_ in subjects), None)


def unanchored_relation(cue: Span, link: Link | None) -> bool:
    """Return True when a relational noun cue ('partners', 'an ally', 'the alliance') names a relation whose Russian
    party is neither on its own phrase (possessor, modifier, 'of' or subject tie) nor taken up by a demonstrative
    ('that ally'): only the context names Russia, so the relation may be anyone's ('humanitarian partners'). Not a
    noun of the supporter's own role (`SUPPORTER_NOUNS`: 'a patron that counts its costs'), which takes up the
    paragraph's supporter."""
    root = cue.root
    if root.lemma_.lower() not in RELATIONAL_WORDS - SUPPORTER_NOUNS or link is None or link.role not in CARRIED_ROLES:
        return False
    return not any(child.dep_ == "det" and child.lower_ in DEMONSTRATIVES for child in root.children)


def names_a_kind_of_relation(cue: Span) -> bool:
    """Return True when a relational noun (`RELATIONAL_HEADS`) is joined by a dash, with no space, to another
    ('patron–client relations', 'client-patron ties'): a compound naming a kind of relation, not a party to one."""
    root, doc = cue.root, cue.doc
    if root.lemma_.lower() not in RELATIONAL_HEADS:
        return False
    joined = [token_span(doc, start, start + 3) for start in (root.i - 2, root.i)
              if 0 <= start and start + 3 <= len(doc)]
    return any(first.whitespace_ == dash.whitespace_ == "" and dash.text in JOINING_DASHES
               and {first.lemma_.lower(), last.lemma_.lower()} <= RELATIONAL_HEADS for first, dash, last in joined)


def withheld(cue: Span, scene: "Scene") -> bool:
    """Return True when help is only asked about or is the subject of a decrease: not support as stated. Means that
    reduce or cut what Assad's armed opponents hold are not reduced ('jets reduced the rebel towns to rubble')."""
    return scene.is_asked(cue) or (is_reduced(cue) and not scene.aimed_at_opponents(cue))


def is_reduced(cue: Span) -> bool:
    """Return True when the cue is the subject of a verb of decrease or departure ('the jets were withdrawn'), not
    negated ('the jets were not withdrawn') and not the cause of a decrease of another thing (see
    `causes_a_decrease`)."""
    root = cue.root
    return (root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in DECREASE_VERBS
            and not any(child.dep_ == "neg" for child in root.head.children) and not causes_a_decrease(root))


def causes_a_decrease(subject: Token) -> bool:
    """Return True when `subject` is the active subject of a verb of `RELEASING_VERBS` with a direct object ('the jets
    dropped supplies'), or of `LESSENING_VERBS` with a direct object that is not the subject's own ('vetoes cut that
    to one', not 'the jets cut their sorties'); for either, not a force of the subject's own that names no holder
    ('the jets cut sorties by half', 'dropped two battalions', 'reduced the number of troops')."""
    verb, lemma = subject.head, subject.head.lemma_.lower()
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if subject.dep_ not in ACTIVE_SUBJECT_DEPS or not objects or any(_unheld_force(obj) for obj in objects):
        return False
    return lemma in RELEASING_VERBS or (lemma in LESSENING_VERBS and not any(
        owner.dep_ == "poss" and owner.lower_ in OWN_DETERMINERS for obj in objects for owner in obj.children))


def _unheld_force(noun: Token) -> bool:
    """Return True for a noun of a state's forces or their activity (`STATE_MEMBER_HEADS`, not `ORDNANCE`), or a noun
    of measure of one ('the number of troops'), that names no holder of another (no possessor or modifier but an own
    determiner)."""
    if noun.lemma_.lower() in MEASURE_NOUNS:
        noun = next((pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for pobj in prep.children if pobj.dep_ == "pobj"), noun)
    return (noun.lemma_.lower() in UNHELD_FORCE_HEADS
            and not any(child.dep_ in OWNER_DEPS and child.lower_ not in OWN_DETERMINERS for child in noun.children))


def is_place(cue: Span) -> bool:
    """Return True when a cue is the object of a preposition of place, or in apposition to one.

    'at Hmeimim, the air base': the base is where something happens, not an asset held.
    """
    node = cue.root
    while node.dep_ == "appos" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in LOCATIVE_PREPOSITIONS


def _has_own_subject(verb: Token) -> bool:
    """Return True when `verb` has a subject (or an expletive 'there') of its own."""
    return any(child.dep_ in CLAUSE_SUBJECT_DEPS for child in verb.children)


def _is_common_noun(token: Token) -> bool:
    """Return True for a common noun, or a proper-noun tag on a word in lower case (a tagger slip: 'air cover')."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def _phrase_dependents(parse: ParseArrays) -> tuple[list[int], list[int]]:
    """Return the tokens' dependents that stay inside their phrase (`PHRASE_DEPS`, 'of' the only preposition), read
    from the Doc's parse arrays, as `ParseArrays.children` keeps children: the dependents grouped by head, in order,
    and where each token's begin among them (token i's are `dependents[bounds[i]:bounds[i + 1]]`)."""
    deps, lowers = parse.column("DEP"), parse.column("LOWER")
    kept = np.flatnonzero(among(deps, PHRASE_DEP_IDS) & ((deps != PREP_ID) | (lowers == OF_ID)))
    heads = parse.column("HEAD")[kept]
    order = np.argsort(heads, kind="stable")
    return kept[order].tolist(), heads[order].searchsorted(np.arange(len(deps) + 1)).tolist()


def _first_dependents(heads: np.ndarray, chosen: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Return, per token, the entry of `values` at its first dependent (in text order) among the `chosen` tokens (a
    mask; no root), or -1 where it has none; `heads` gives each token's head index."""
    first = np.full(len(heads) + 1, len(heads), dtype=np.int64)  # the last entry stands for no dependent
    picked = np.flatnonzero(chosen)
    np.minimum.at(first, heads[picked], picked)
    return np.append(values, -1)[first[:-1]]


def _indices_per_list(parse: ParseArrays, lists: Sequence[frozenset[str]], *, lemma: bool) -> list[list[int]]:
    """Return, per word list of `lists`, the indices of the tokens whose lower-case form (with `lemma`: lower-cased
    lemma) is one of its words, in order, as `ParseArrays.indices("LOWER", ...)` (`lemma_indices`) finds them: the
    column is searched once for the words of all the lists, and the tokens found are sorted into them."""
    union = _union_of(tuple(lists))
    if lemma:
        held = parse.lemma_indices(union).tolist()
        words = [parse.lowered_lemma(i) for i in held]
        return [[i for i, word in zip(held, words) if word in words_of] for words_of in lists]
    held, lower = parse.indices("LOWER", union).tolist(), parse.lower
    return [[i for i in held if lower[i] in ids] for ids in map(string_ids, lists)]


@lru_cache(maxsize=16)
def _union_of(lists: tuple[frozenset[str], ...]) -> frozenset[str]:
    """Return the words of all `lists`, kept per tuple of lists (the Scene passes the same two at every set-up)."""
    return frozenset().union(*lists)


def _indices_in(span: Span, indices: list[int]) -> list[int]:
    """Return the token indices of `span` among `indices` (sorted token indices of its Doc)."""
    return _indices_between(indices, span.start, span.end)


def _indices_between(indices: list[int], start: int, end: int) -> list[int]:
    """Return the entries of `indices` (sorted) from `start` up to `end` (excluded)."""
    return indices[bisect.bisect_left(indices, start):bisect.bisect_left(indices, end)]


def _opening(sentences: Sequence[Sentence]) -> tuple[int, ...]:
    """Return the sentence ids of the headline and standfirst, then the last one of the first body paragraph: the
    first body block that finishes a sentence, a crosshead over it ("Background") passed over."""
    opening = [sentence.sent_id for sentence in sentences if sentence.section in OPENING_SECTIONS]
    body = [sentence for sentence in sentences if sentence.section not in OPENING_SECTIONS]
    if not body:
        return tuple(opening)
    first = next((sentence.block_id for sentence in body if ends_sentence(sentence.text)), body[0].block_id)
    lead = [sentence.sent_id for sentence in body if sentence.block_id == first]
    return (*opening, lead[-1])


def _scopes(sentences: Sequence[Sentence]) -> dict[int, tuple[int, ...]]:
    """Return, per sentence, the earlier sentences of its paragraph, after the last sentence of the paragraph
    before it (the whole of it when it is a question the paragraph answers)."""
    by_block: dict[int, list[int]] = {}
    for sentence in sentences:
        by_block.setdefault(sentence.block_id, []).append(sentence.sent_id)
    texts = {sentence.sent_id: sentence.text for sentence in sentences}
    blocks = sorted(by_block)
    scopes = {}
    for number, block in enumerate(blocks):
        before: Iterable[int] = ()
        if number:
            previous = by_block[blocks[number - 1]]
            before = previous if texts[previous[-1]].rstrip().endswith(QUESTION_MARK) else previous[-1:]
        for position, sent_id in enumerate(by_block[block]):
            scopes[sent_id] = (*before, *by_block[block][:position])
    return scopes
