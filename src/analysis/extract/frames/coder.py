"""The framing coder: the codebook's cues, tied to a Russian agent, with their polarity, in context.

For each headline, standfirst and body sentence:
- a *support* cue counts when a Russian agent is tied to it on the parse (see `agents`), or,
  in a clause with no agent of its own, when the paragraph carries a Russian topic; and, where
  the code requires it, when Assad's side has been named in the article (its topic).
  A relational noun ('partners', 'the alliance') whose Russian party only the sentences before name is no
  support (`agents.unanchored_relation`; a noun of the supporter's own role, 'a patron', takes that party up, and,
  singular, owned by no one and in a sentence that names no other actor, the article's Russian even in a heading: 'A
  patron distracted?'; see `Scene.article_supporter`), nor is a pair of relational nouns joined by a dash
  ('patron–client relations': a kind of relation, see `agents.names_a_kind_of_relation`), nor a joint act of Russia
  and a third party that names no recipient
  among Assad's party ('Russian and Egyptian engineers will clear the harbour together'; see `Scene.joint_with_another_actor`),
  nor backing whose object is an agreement or the talks ('the guarantors of the truce'; see `mediation`).
  A modifier (see `polarity`) that `turns` it yields a limits code instead (not a negation that follows a noun
  cue and opens the phrase set against it: 'a patron, never a parent' leaves the patron; none where the cue lies in a
  'without' phrase that states a counterfactual's condition, 'Without Russian jets there is no siege': see
  `_necessary_condition`); one that `bounds`
  it yields both. A means noun tied to Russia only on its own phrase ('Russian warships') is support only where
  the sentence or the one before it names Assad's side, his opponents or a place of the war, and is not the object
  of a clause whose subject is another actor ('Ankara bought Russian missiles'). A noun of a ground offensive or of
  armed people ('the offensive', 'forces', 'troops') names Russia's means, or a limit of them, only where Russia is
  tied to it on the parse, not where it is only named beside it or carried ('Security forces opened fire'; see
  `senses`). A
  motive of Russia's own standing (its bases, its status) is support only in a sentence that states an act of
  support or names Assad's side, and an economic interest (oil, a contract, reconstruction) only where its own
  sentence names or ties a Russian: carried from the paragraph, it is the economy's or another party's. A support
  cue that a limit on Russia's means governs ('drew its jets away from the
  coast') is the limit only.
  Russia's military means struck at Assad's armed opponents (`Scene.aimed_at_opponents`: 'Russian jets pounded rebel
  positions') are support even before his side is named, and a verb of decrease or dropping aimed at them is the attack,
  not a limit ('reduced the rebel-held villages to rubble', 'dropped bombs on rebel towns').
  Only the means (codes that require an `agent`) are turned into limits: a negated motive or effect ('not about the
  bases') is simply not support, save the regime-change motive, whose negation states it ('no regime change imposed
  from outside'; see `OPPOSED_OUTCOMES`). A relational noun owned by another party ('France and its partners', the
  writer's 'our clients') is no Russian relation (see `possessor`), nor are weapons of a class of mass destruction
  Russian means ('chemical weapons'; see `senses`), nor means brought down or hit by another's fire ('shot down a
  Russian plane'; see `senses.struck_as_a_target`). Means that a limit of Russia's own describes ('a smaller squadron', 'the money was
  scarce') are the limit only, save a low price ('the vetoes were cheap'): means cheap to give were given.
- a *limits* cue counts when Russia is in the sentence (any role: 'Damascus rebuffed Russian
  efforts'; for a code without the agent condition, also when another actor is its subject, a
  third party bounding Russia's support: 'Ankara shut its ports to Russian supply ships'), earlier
  in the paragraph unless its clause belongs to another actor, or as the paragraph's carried
  topic unless another actor owns the cue ('US-backed efforts failed'), or, failing those, named in
  the last `RECENT` sentences across a paragraph break (a quotation taking up the paragraph before;
  for a code that needs an agent, only when no actor owns the cue's clause);
  Russia carried from the sentences before codes nothing in a sentence whose main subject is another
  actor (nor, for a limit, Assad's opponents);
  a limits cue tied to no Russian and borne by another actor, or by Assad's side for a code that
  requires `own`, does not count (see `Scene.bearer`: 'the regime's manpower shortage'); a code that requires
  `third` counts only where another actor bears it ('Turkey closed the Straits to Russian warships'; the passage's
  owner too: 'the Turkish straits are shut'), and not where the passage is closed to a party that is not Russian
  ('closed its airspace to Syrian flights'); a passage closed to armed traffic or to no one named takes up the
  article's latest Russian, whoever closed it ('Ankara closed the Straits to warships' in a piece on Russia's bases);
  a limits code that requires `tied` (will and ability) does not count where the subject of its clause is a noun
  phrase or clause that names no Russian ('the report does not explain') or is the 'I' of a speaker who is not
  Russian ('I will not speculate'), or the writer's 'we' or the reader's 'you' outside every quotation; nor does an
  adjective of weariness whose bearer names no Russian ('the villagers were tired', 'exhausted families');
  a negated limits cue counts only where its code says `negated = "keep"`; a negated
  abandonment or departure is support ('will not abandon Assad', 'did not leave Syria'), with the
  negation as its modifier, and no limit read on the same words counts.
- a sentence that opens with a pronoun, a coordinator or a sentence adverb, or whose subject repeats a
  noun of the sentence before, right after a limits sentence of its paragraph (or opening a quotation
  paragraph right after one, or a paragraph that labels the one before or joins on to it by a coordinator: see
  `cohesion`), with no limit of its own, continues that limit ('It is a thinning.',
  'And the pilots were tired.', 'The sorties ...'), unless it opens with 'I', 'you' or the writer's 'we' (outside
  every quotation, tied to no Russian speaker) or with a 'this' that names the text itself ('This article ...');
  so does one whose main subject takes Russia up by a pronoun or a definite description (the centre continues), or,
  with no support of its own, one that names Russia's state people, means or policy by the nationality adjective ('Russian officers', not
  'Russian students': bridging), or, with no support of its own, one whose main subject names Assad's side as a
  party or one of its officials, the recipient who bears the limit ('Assad learned the news from the radio.'; not
  his armed forces, whose war it is, nor a thing of his: 'His army retreated.', 'The Syrian pound fell.'), and none
  whose main subject is another actor (the centre shifts; Grosz, Joshi & Weinstein 1995);
  an answer that opens with a fragment of assent ('Yes, without hesitation.') affirms the support
  of the question it answers, and one that opens with a denial ('Not really.') states a limit of it.
- a refuge said by a verb, with no noun of refuge, codes `support.refuge` and `limits.asylum`: Assad's side escaping
  to or living in Russia (not travelling there: a visit), or lodged by it ('Assad fled to Moscow', 'took him in'; see `refuge`).
- a verb of taking apart, packing or emptying whose object is Russia's means, or whose Russian subject packs up or
  empties its places, codes `limits.departure`: the removal under way ('the battery was dismantled', 'Russian crews
  are packing'; see `departure`).
- a cost or a price that a verb of paying, accepting or incurring governs codes no `limits.capacity` where a party that
  is not Russia pays it: another's cost ('the villagers bore the expense of the siege'; not 'Moscow bore the expense
  of the airlift', the cost of the war to Russia; see `senses`).
- a verb of needing, wanting or valuing with an object other than Assad's side and a 'more than' comparison on it codes
  `limits.priority`: something else comes first ('Moscow needed Ankara more than it needed Damascus'; see `preference`).
- a word of talks whose partner is described as Assad's successors codes `limits.hedging`: courting those who come
  after him ('negotiating with the next government', 'talks with the rebels who chased him out'; see `successors`).
- a verb of negotiating whose theme is the surrender of Assad's armed opponents, or an agreement of one, codes
  `support.diplomatic` and no `limits.hedging` or `limits.leverage` on it: the deal is made for him ('negotiated a
  surrender of both hamlets', 'arranged reconciliation agreements'; see `surrender`).
- a word of dealing whose parties, read on the parse, are a Russian and a rival of Assad's, and none of his side, codes
  `limits.hedging` ('Russia, Turkey and Iran have agreed', 'a Russian–Turkish ceasefire'; see `counterparts`).
- a verb of telling whose teller is Russia, whose object is Assad's side and whose message is a directive or a
  restriction codes `limits.leverage`: the patron directing its client ('told the Syrian leader that his troops must
  leave'; see `telling`).
- a verb of desiring whose Russian subject wants a thing that is not Assad's side or his win codes `limits.interests`:
  Russia's own aim ('Moscow wants a settlement it can sell'; see `aims`).
- a verb 'leave' whose Russian subject leaves a task, no place and not Assad's side, to another actor codes
  `limits.commitment`: the support stops short of it ('left the fighting on the ground to the Syrian army'; see
  `delegation`).
- a verb of preventing whose object is a fall of Assad's side, or one of keeping him from falling or losing, codes
  `support.effect_survival`: support stated through its outcome ('came to stop the collapse', 'kept the government
  from falling'; see `averting`).
- a verb of giving that names no one to receive it, whose Russian doer is tied on the parse and that a modifier turns,
  codes the limit of its turning: the giving withheld ('The Kremlin has not been able to deliver this'; see
  `_withheld_giving`); not where another party is named in its clause.
- a verb of receiving whose subject is Assad's side and whose giver is Russia codes `support.service`, the converse of
  a verb of giving ('Syria will get the radars', 'got Russian jamming systems'; see `receipt`).
- a verb of deciding whose subject is Russia and whose indirect question has a subject of its own that names no Russian
  codes `limits.leverage`: control over what another does ('Russian generals decide when the Syrian guns fire'; see
  `control`).
- a sentence with no limit of its own whose 'but' sets a clause against the support it states before it codes
  `limits.commitment`: support granted, then bounded ('Moscow held the umbrella over Damascus, but it decided where
  the holes went'; see `concession`).
- a headline that asks a question, with no limit of its own and no actor named but Russia and Assad's side, in an
  article that codes support, codes `limits.commitment`: its topic, Russia's support, held open to doubt ('How far
  would Moscow go?', 'A patron with limits?'; see `_questioned_in_headline`); a limit that an answer's denial or a
  continued sentence takes up from it stands or falls with it.
- a label (a block with no verb: a crosshead, a timeline heading) takes up no Russian supporter from the
  paragraph before it: its support needs its own agent.
- a word whose sense is no limit codes nothing (see `senses`): a truce kept or broken by the parties, not made ('the
  rebels broke the truce', 'the ceasefire held'; no `limits.leverage`), a channel with no partner and no word of
  opening, a broadcaster ('a Telegram channel'; no `limits.hedging`), a successor party acting for itself, with no
  Russian in its clause and no verb of dealing ('the new rulers want loans', 'the HTS-led offensive'; no
  `limits.hedging`), 'as long as' the client needs the help or
  'as long as it takes', a pledge for the whole need (no `limits.conditions`, as cue or as modifier), and Assad's
  flight or asylum in a clause of 'after', 'before' or 'since' that only dates another event (neither
  `support.refuge` nor `limits.asylum`).
- forces whose own possessor or classifying modifier names another holder ('rebel forces', 'Ankara, whose troops')
  are no `support.military`, and a relational noun set apart by 'other' in a relation Russia holds, or named as
  another party's ('Russia's other clients', 'its Turkish partners'), no Russian alliance with Assad (see `holder`).
- a contrast ('X, not Y', 'rather than', 'instead of') whose subject is the writer's 'I' or 'we' or the reader's
  'you', with no Russian in the rest of its verb's clause, or another actor codes no limit unless the rest of its
  sentence names Assad's side ('I teach the archive, not the war'; see `contrast`).
- a refusal whose subject is another actor, or an indefinite noun phrase naming neither a Russian nor Assad's side,
  is a third party's, no limit ('Ankara refused the offer', 'residents reject that account'; see `refusal`).
- a word of bargaining, of giving sparingly, of acting slowly or of restraint is Russia's limit only where Russia does
  it: not where its subject names no Russian and no party of the bargain is Russian ('Assad was bargaining with
  Ankara', 'the government rationed diesel'), nor where what it holds back, slows or delays is Assad's opponents,
  another party, a proposal or a move against Damascus, or an attack does the slowing ('kept the opposition delegates
  on a leash', 'delayed their motion against Damascus', 'Russian bombing slowed them down'; see `aimed_limits`).
Every hit records its cue with offsets, the Russian agent and how it was tied, and the modifier.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Callable, Collection, Iterator, NamedTuple, Sequence

import numpy as np
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from analysis.corpus.sections import ANALYSED_SECTIONS, raw_text
from analysis.extract.frames.aimed_limits import WORDING as AIMED_WORDING, aimed_at_another
from analysis.extract.frames.aims import DESIRING_VERBS, INTERESTS, aim_cues
from analysis.extract.frames.agents import (ACTIVE_SUBJECT_DEPS, ARTICLE, ASSAD, ASSAD_WORDS, ASSET, DEFINITES,
                                            FORCE_HEADS, GIVING_VERBS, LABEL_MARK, LABEL_WORDS, NOUN_MODIFIER_DEPS,
                                            OTHER, OWN, RECIPIENT, RUSSIA, SIDE_HEADS, SPEAKER, STATE_MEMBER_HEADS,
                                            STATE_MEMBER_MODIFIERS, STATE_PEOPLE, SUBJECT_DEPS, TIED, Link, Quoted,
                                            Scene, causes_a_decrease, names_a_kind_of_relation, unanchored_relation,
                                            withheld)
from analysis.extract.frames.apposition import describes_another_actor
from analysis.extract.frames.arrival import ARRIVAL, not_russias_arrival
from analysis.extract.frames.averting import SURVIVAL, VERB_LEMMA_IDS as PREVENTING_LEMMA_IDS, averted_fall_cues
from analysis.extract.frames.cessation import stop_goes_on
from analysis.extract.frames.cohesion import opens_with_conjunction, opens_with_encapsulation
from analysis.extract.frames.concession import CONCESSION, adversative_after_support, opens_against_what_went_before
from analysis.extract.frames.contrast import contrast_of_another_chooser
from analysis.extract.frames.control import DECIDING_VERBS, deciding_cues
from analysis.extract.frames.counterparts import DEALING_WORDS, deals_with_no_rival, dealing_cues
from analysis.extract.frames.deflection import misdirected_blame
from analysis.extract.frames.delegation import LEAVING_VERBS, delegation_cues
from analysis.extract.frames.departure import (MOTION_VERBS, PACKING_VERBS, PLACE_ENTITIES, PLACE_NOUNS, departure_cues,
                                              not_russias_departure, packing_cues)
from analysis.extract.frames.gratitude import thanks_another_party
from analysis.extract.frames.holder import held_by_another_party, relation_with_another_party
from analysis.extract.frames.instrument import INSTRUMENT, not_russias_instrument
from analysis.extract.frames.litotes import DENIED_LOSS_SUPPORT, RELUCTANCE, denies_a_loss
from analysis.extract.frames.mediation import MEDIATING_CODES, backs_an_agreement
from analysis.extract.frames.named_doer import names_another_doer, owned_by_an_unlisted_name
from analysis.extract.frames.notice import told_by_another
from analysis.extract.frames.negated_verbs import (default_negated_verbs, default_spending_verbs, denies_a_listed_verb,
                                                   is_negative_imperative, is_phrasal_yielding, negates_a_listed_verb)
from analysis.extract.frames.operation import operated_by_another, present_by_another
from analysis.extract.frames.opposition import (PRESSURE, blocking_act, decrease_of_another,
                                               limit_of_a_blocked_proposal, pressure_of_another)
from analysis.extract.frames.outcome import unrealised_win
from analysis.extract.frames.polarity import (BOUNDS, NEGATION, PREDICATIVE_DEPS, TURNS, Modifier, ModifierLexicon,
                                              Polarity, default_modifiers)
from analysis.extract.frames.possessor import owned_by_another_party
from analysis.extract.frames.preference import PREFERRING_VERBS, PRIORITY, preference_cues
from analysis.extract.frames.receipt import receipt_cues, receiving_verbs
from analysis.extract.frames.reasons import OWN_GAIN_MOTIVES, without_motives_of_a_limit
from analysis.extract.frames.refuge import (DWELLING_LEMMA_IDS, REFUGE_CODES, VERB_LEMMA_IDS as REFUGE_VERB_LEMMA_IDS,
                                            refuge_cues, taken_up_refuge)
from analysis.extract.frames.refusal import REFUSAL, refused_by_a_third_party
from analysis.extract.frames.restraint import PERMITTING_VERBS, REQUEST_VERBS, restraint_cues, withheld_permission_cues
from analysis.extract.frames.rivalry import HEDGING, quarrel_of_the_parties
from analysis.extract.frames.senses import (accompanied_by_more_help, any_partys_noun_untied, channel_of_no_contact,
                                             crowded_rather_than_occupied, dates_another_event, duration_of_need,
                                             extends_rather_than_strains, keeps_no_party_up, moves_rather_than_presses,
                                             names_a_class_of_mass_destruction,
                                             paid_or_enacted_rather_than_charged, paid_rather_than_bounding,
                                             small_of_no_means, spares_no_attack, struck_as_a_target,
                                             successor_acting_for_itself, thrift_of_no_state, topic_of_another_party,
                                             travels_rather_than_flies_sorties, truce_kept_or_broken,
                                             undertakes_nothing_to_opponents)
from analysis.extract.frames.successors import TALK_WORDS, successor_talk_cues
from analysis.extract.frames.surrender import DIPLOMATIC, NEGOTIATING_VERBS, brokered_surrenders
from analysis.extract.frames.telling import TELLING_VERBS, telling_cues
from analysis.extract.frames.titles import quoted_titles
from analysis.nlp.arrays import ParseArrays
from analysis.nlp.entities import EntityMention
from analysis.nlp.sentences import Sentence

if TYPE_CHECKING:
    from analysis.extract.framing import Code, Codebook

SUPPORT, LIMITS = "support", "limits"
AGENT, RUSSIA_CONDITION, THIRD = "agent", "russia", "third"
SENTENCE, PARAGRAPH, CONTEXT = "sentence", "paragraph", "context"
# Heads of Assad's armed forces as a subject ('his army', 'Syrian troops'): their own war, not the recipient's side of
# a limit (see `_continued_limit`).
ARMED_HEADS = FORCE_HEADS | {"military"}
# Nouns that name Assad's side as a party, or one of its officials, under a modifier of his ('the Syrian government',
# 'the regime', 'Syrian officials'; see `_names_assads_side`).
PARTY_HEADS = (SIDE_HEADS | ASSAD_WORDS | STATE_PEOPLE) - ARMED_HEADS
# Centering transitions (Grosz, Joshi & Weinstein 1995): the centre stays on Russia, or moves to another actor.
CONTINUE, SHIFT = "continue", "shift"
# Links that carry Russia from the sentences before, not from the sentence itself.
CARRIED = frozenset({PARAGRAPH, CONTEXT})
# Links by which Russia is named beside a cue, not tied to it on the parse.
UNTIED = frozenset({SENTENCE, *CARRIED})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
# Nouns by which a text or a broadcast names itself with 'this' ('This article is satire', 'This episode follows ...',
# 'This blog is ending'): endophoric reference to the text as a whole (Hyland 2005, Metadiscourse, ch. 3), not to
# the sentence before. Only nouns that name a text and rarely a thing the text reports: 'issue', 'report', 'paper',
# 'panel' and 'page' as often take up a matter, a document or a body already named ('This issue was never
# explained'), so they are left out.
SELF_NAMING_NOUNS = frozenset({"article", "blog", "briefing", "bulletin", "column", "edition", "episode", "essay",
                               "newsletter", "piece", "podcast", "post", "programme", "thread", "transcript"})
# Nouns of a text or of a matter, body or document already named ('This issue was never explained', 'This report
# went unanswered'): the text itself only as the active subject of a verb of what a text does, presenting or
# examining its topic (Hyland 2005, endophoric markers; 'This issue looks at four questions', 'This report examines').
TEXT_OR_MATTER_NOUNS = frozenset({"issue", "report", "paper", "panel", "page"})
# Nouns of a text's wording or of a reading of it, as the complement of a copula whose subject is 'this' ('This is
# the book's thesis', 'This is one reading', 'This is the fullest account'): the demonstrative points to a stretch of
# discourse as a text (discourse deixis; Lyons 1977, Semantics, §15.3), not to the state of affairs the sentence
# before reported. Not 'message', 'point' or 'pattern', which as often name that state of affairs itself.
TEXT_READING_NOUNS = frozenset({"thesis", "reading", "interpretation", "account", "version", "summary", "paraphrase",
                                "quotation", "quote", "excerpt", "extract", "translation"})
TEXT_ACT_VERBS = frozenset({"look", "examine", "explore", "cover", "feature", "discuss", "describe", "present",
                            "review", "survey", "trace", "consider", "outline", "summarise", "summarize", "argue",
                            "bring", "include", "contain", "focus", "offer", "ask"})
# Openings that take up the sentence before: a pronoun, a coordinator, a sentence adverb ('It', 'And', 'Now').
CONTINUING_OPENERS = frozenset({"PRON", "CCONJ", "ADV"})
# Pronouns that refer to the speech situation, not to the text before (exophoric reference): the speaker as one
# person and the addressee. A plural 'we' is left out: in a quotation it often speaks for a state ('We never sent
# troops'); outside every quotation, and tied to no Russian speaker, it is the writer's (see `Scene.writers_plural`).
EXOPHORIC = (("1", "Sing"), ("2", None))
KEEP = "keep"
# Adjectives of weariness ('tired', 'weary', 'exhausted'): a state said of its bearer as a predicative or
# attributive adjective (Quirk et al. 1985 §7.21, §7.23), which, like will and ability (Palmer 2001,
# subject-oriented modality), the Russia of the context does not bear where the bearer names no Russian ('people
# were tired', 'I am tired of reading', 'the buses carried exhausted fighters'): see `_weary_of_no_russian`.
WEARINESS_ADJECTIVES = frozenset({"tired", "weary", "exhausted", "fatigued"})
# How many sentences back a limits cue without a Russian agent may find Russia named, across paragraphs.
RECENT = 2
# The roles in which a Russian tied to a verb does it: its subject (or a pronoun taken up as one) or passive agent,
# not a speaker who only states it.
DOER_ROLES = frozenset({"subject", "pronoun", "agent"})
# Nouns of information (FrameNet Information, Statement, Evidence, Commitment, Communication): giving one is telling,
# not help ('did not give us his name', 'gave no assurances', 'sent a signal'); with the nouns of minimal worth of the
# idiom of not caring ('does not give a damn'), which is no giving at all.
INFORMATION_NOUNS = frozenset({"name", "comment", "detail", "figure", "number", "interview", "answer", "explanation",
                               "reason", "account", "date", "statement", "evidence", "proof", "assurance", "message",
                               "signal", "warning", "indication", "damn", "hoot"})
# Words of armed traffic a passage is closed to ('to warships', 'to military flights', 'to the belligerent navies').
MILITARY_TRAFFIC = frozenset({"warship", "naval", "navy", "military", "belligerent", "warplane", "troop"})
# How the power that closes a passage hangs on the closing verb or on the passage: 'Ankara closed', 'Turkish straits'.
CLOSER_DEPS = frozenset({"nsubj", "poss", "amod", "compound"})
QUESTION_MARK = "?"
# How a Russian agent is tied on a noun's own phrase, and the parts of speech of a noun.
NOUN_PHRASE_ROLES, NOUN_TAGS = frozenset({"modifier", "possessor"}), frozenset({"NOUN", "PROPN"})
# How the phrase a corrective negation denies hangs on the cue: 'an ally, not a vassal'.
CONTRASTED_DEPS = frozenset({"appos", "conj"})
# Parts of speech that head a clause: a sentence with none of them is a label, not a statement.
CLAUSE_HEADS = frozenset({"VERB", "AUX"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# Words of assent (Quirk et al. 1985 §8.89, reaction signals) that affirm what a question asked.
ASSENTS = frozenset({"yes", "yeah", "absolutely", "certainly", "definitely", "indeed", "undoubtedly"})
# Negative and downtoning reaction signals (Quirk et al. 1985 §8.89; Horn 1989 on approximative negation) that
# deny or shrink what a question asked: 'No.', 'Not really.', 'Less than you would think.'
DENIALS = frozenset({"no", "not", "nope", "never", "hardly", "scarcely", "barely", "rarely", "little", "less"})
# Support put in doubt bounds Russia's commitment: denied in an answer (see `_denied_answer`) or asked about in a
# headline that asks a question, which puts its topic, Russia's support, in doubt (see `_questioned_in_headline`).
DOUBTED_SUPPORT = "limits.commitment"
HEADLINE = "headline"  # the section of a headline
# A negated abandonment or departure is support: 'Moscow will not abandon Assad', 'never walked away from its ally',
# 'its forces did not leave Syria'.
DEPARTURE = "limits.departure"
# Codes whose verbs of motion may move a bystander rather than Russia's means (see `departure`).
WITHDRAWALS = frozenset({"limits.abandonment", DEPARTURE})
BACKING = "support.backing"
NEGATED_LIMIT_SUPPORT = {"limits.abandonment": BACKING, DEPARTURE: BACKING}
# Russia's military means: support before Assad's side is named when they strike at his armed opponents.
MILITARY = "support.military"
# Russia's economic means: a commodity or money noun ('wheat', 'fuel', 'funding') names Russia's giving only where
# Russia is named beside it or the noun acts (see `_commodity_named`).
ECONOMIC = "support.economic"
# The entity label of an organisation's name (OntoNotes 5.0), whose head noun ('Fund', 'Bank') names no commodity.
ORGANISATION = "ORG"
# Help said from the recipient's end (see `receipt`): a transfer to Assad's side.
RECEIPT = "support.service"
# The general relation (any verb from a Russian agent to Assad's side) counts where no specific cue does.
RELATION = "support.relation"
# Motives whose content is itself an opposition: resisting regime change (the codebook's definition: 'resisting
# attempts by others to depose Assad'). A negation on such a cue states the motive rather than denying it ('no regime
# change imposed from outside', 'not Libya', 'would not be overthrown by anyone it disliked'), as the codebook's own
# example has it ('would not let the West topple another government'); any other modifier still turns it.
OPPOSED_OUTCOMES = frozenset({"support.motive_regime_change"})
# Motives that are Russia's own assets (the bases, its standing): support only as the reason of an act of support.
ASSET_MOTIVES = frozenset({"support.motive_strategic", "support.motive_status"})
# Economic interests (oil, a contract, reconstruction): goods and deals that any party of the war's economy has, so
# Russia's stake in them only where its own sentence names or ties a Russian (see `_without_carried_economic_motives`).
ECONOMIC_MOTIVE = "support.motive_economic"
# Limits whose predicate acts on Russia's own means: withdrawing, holding back, diverting, refusing, affording, valuing
# one thing over another (FrameNet Removing, Departing, Cause_motion, Agree_or_refuse_to_act, Willingness, Capability,
# Expensiveness, Preference). What such a predicate governs is named as limited, not given ('sailed its frigates home',
# 'the gunships were wanted on another front'); a predicate aimed at Assad or a third party (pressure, friction,
# hedging, conditions) leaves the means it names standing.
MEANS_LIMITS = frozenset({"limits.abandonment", "limits.departure", "limits.priority", "limits.commitment",
                          "limits.reluctance", REFUSAL, "limits.interests", "limits.capacity",
                          "limits.inability", "limits.substitute"})
# A narrower interest said by a verb of retaining ('keeps its bases, its jets and its veto') asserts that Russia holds
# what it names (FrameNet Retaining): the means the verb governs are kept, so they stay support (see `_retains`).
RETAINING_VERBS = frozenset({"keep", "retain", "hold", "hang"})
# The limit of means too few for the task ('could not be everywhere').
CAPACITY = "limits.capacity"
# Asylum as a substitute for rescue: its cue in a clause that only dates another event codes nothing (`senses`).
ASYLUM = "limits.asylum"
REFUGE = "support.refuge"
# Thrift said of the state's money ('tight with its cash'): of the state and its organs only (`senses`).
COMMITMENT = "limits.commitment"
# Terms set on the help ('came with strings'), not more help coming with it (`senses`).
CONDITIONS = "limits.conditions"
# Something else comes first: the other war may itself be named as what takes the means ('Ukraine eats everything').
PRIORITY = "limits.priority"
# The other war as the subject of a verb of taking (see `_takes_no_means`): the war or its place itself, and what it
# takes that counts as means: Russia's forces and arms (`STATE_MEMBER_HEADS`), its stock and attention, or everything.
OTHER_WAR_WORDS = frozenset({"ukraine", "donbas", "donbass", "war", "front", "invasion"})
TAKING_VERBS = frozenset({"eat", "swallow", "absorb", "consume", "devour", "pull", "drain", "take"})
# A lease as a narrower interest, not the idiom of a renewed life ('a new lease of life', 'a lease on life').
INTERESTS, LEASE, LIFE = "limits.interests", "lease", "life"
# Assad's side signing nothing of Russia's deal (`limits.friction`): what it did not sign is the deal, or a pronoun
# for it, not another text ('did not sign the decree', 'nobody in the government signed the petition').
FRICTION, SIGN = "limits.friction", "sign"
DEAL_NOUNS = frozenset({"deal", "agreement", "memorandum", "accord", "protocol", "truce", "ceasefire", "text",
                        "document", "treaty", "arrangement", "it", "anything", "that", "this", "them", "one"})
TAKEN_MEANS = STATE_MEMBER_HEADS | frozenset({"hardware", "equipment", "materiel", "resource", "ammunition", "money",
                                              "attention", "everything", "all", "most", "much", "it", "them"})
# Words of a low price (FrameNet Expensiveness, its adjectives and adverbs of a low cost): said of means, they give what
# the means cost, not their amount, and means cheap to give were given ('the vetoes were cheap', 'the cheapest help');
# a high price is the limit itself ('ground troops were expensive').
LOW_PRICE_WORDS = frozenset({"cheap", "cheaply", "inexpensive", "low-cost", "affordable"})
# ... and the verb of costing with a low amount as its object or degree ('the vetoes cost nothing', 'cost it little';
# FrameNet Expensiveness, its verb 'cost' with the Asset).
COSTING, LOW_AMOUNTS, AMOUNT_DEPS = "cost", frozenset({"nothing", "little"}), frozenset({"dobj", "advmod", "npadvmod"})
# The codes the coder names itself (beside the codebook's cues): `framing.read_codebook` fails if one is missing.
NAMED_CODES = frozenset({MILITARY, ECONOMIC, RELUCTANCE, DENIED_LOSS_SUPPORT, PRESSURE, DOUBTED_SUPPORT,
                         RELATION, *NEGATED_LIMIT_SUPPORT, *NEGATED_LIMIT_SUPPORT.values(), *ASSET_MOTIVES, *MEANS_LIMITS,
                         *OWN_GAIN_MOTIVES, *MEDIATING_CODES, INSTRUMENT, HEDGING, ARRIVAL, CONCESSION, INTERESTS,
                         *AIMED_WORDING})
# Parts of speech of a predicate: a verb or a predicative adjective ('needed', 'unable'), not a noun ('the cost of').
PREDICATE_POS = frozenset({"VERB", "AUX", "ADJ"})
# How an argument hangs on its predicate within one clause: subject, object, the complement of a preposition,
# a coordinated or appositive noun, a noun's modifier or possessor ('the jets' withdrawal').
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "dative", "attr", "oprd", "appos",
                           "compound", "poss", "conj", "npadvmod", "amod", "nmod"})
# How an object reaches the verb of its clause ('bought Russian missiles'), with 'of' the only preposition ('took
# delivery of Russian missiles'; not 'left the town after Russian vetoes').
OBJECT_PATH_DEPS = frozenset({"dobj", "conj", "appos", "compound", "dative"})
# How a noun stands in the phrase it belongs to without a preposition: 'troops and money', 'reconstruction money'.
SAME_PHRASE_DEPS = frozenset({"compound", "conj", "appos", "amod"})
# Predicative complements and controlled clauses of a verb, which describe its subject ('the troops were unable to',
# 'the helicopters sat idle'): subject complements (Quirk et al. 1985 §10.8).
SUBJECT_PREDICATE_DEPS = PREDICATIVE_DEPS | {"oprd", "xcomp"}
# Words that are both a verb's particle and a preposition of place ('held off the offensive' / 'held off the coast';
# CGEL ch. 7 §6, Quirk et al. 1985 §16.2-16.4); 'on', 'in', 'by' and 'to' are left out, since they also head the
# object of a prepositional verb, which may name a country ('called on Damascus', 'stood by Damascus').
SPATIAL_PARTICLES = frozenset({"off", "out", "up", "down", "over", "around", "round", "across", "along", "through",
                               "past"})
# A 'without' phrase as the condition of a counterfactual ('Without Russian jets, the regime would have fallen'; see
# `_necessary_condition`), the way its noun hangs inside the phrase, and the modals of the counterfactual perfect.
WITHOUT, CONDITION_PHRASE_DEPS = "without", frozenset({"pobj", "conj", "appos", "compound", "prep"})
COUNTERFACTUAL_MODALS, PERFECT = frozenset({"would", "could", "might", "'d"}), "have"
CLAUSAL_COMPLEMENTS, PRESENT_TAGS = frozenset({"ccomp", "xcomp"}), frozenset({"VBZ", "VBP"})
# Prepositions whose object holds the noun they follow ('a role for Turkish troops', 'the presence of its advisers').
HOLDER_PREPOSITIONS = frozenset({"for", "of"})


# The cue families read on the parse beside the codebook's cues, in the order their cues are gathered, each with its
# code and the lemma ids (string ids) of the only tokens at which it looks: 'asked Damascus more than once to stop'
# (`restraint`), 'Russian generals decide when the Syrian guns fire' (`control`), 'will not let his army take Idlib'
# (`restraint`), 'warships slipped away from the port', 'the battery was dismantled' (`departure`), 'came to stop the
# collapse' (`averting`), 'Moscow wants a settlement it can sell' (`aims`), 'needed Ankara more than it needed
# Damascus' (`preference`), 'negotiating with the next government' (`successors`), 'Russia, Turkey and Iran have
# agreed' (`counterparts`), 'told Damascus its troops must leave' (`telling`), 'left the fighting on the ground to the
# Syrian army' (`delegation`). A family yields cues only at its own
# trigger tokens, so a sentence with none of `FAMILY_TRIGGERS` runs none of them.
CUE_FAMILIES: tuple[tuple[Callable[[Span, Scene], Iterator[Span]], str, frozenset[int]], ...] = (
    (restraint_cues, PRESSURE, REQUEST_VERBS), (deciding_cues, PRESSURE, DECIDING_VERBS),
    (withheld_permission_cues, PRESSURE, PERMITTING_VERBS), (departure_cues, DEPARTURE, MOTION_VERBS),
    (packing_cues, DEPARTURE, PACKING_VERBS), (averted_fall_cues, SURVIVAL, PREVENTING_LEMMA_IDS),
    (aim_cues, INTERESTS, DESIRING_VERBS), (preference_cues, PRIORITY, PREFERRING_VERBS),
    (successor_talk_cues, HEDGING, TALK_WORDS), (dealing_cues, HEDGING, DEALING_WORDS),
    (telling_cues, PRESSURE, TELLING_VERBS), (delegation_cues, COMMITMENT, LEAVING_VERBS))
FAMILY_TRIGGERS = frozenset().union(*(triggers for _, _, triggers in CUE_FAMILIES))
# The lemma ids of the tokens at which `refuge_cues` looks, by either path: its verbs and its nouns of dwelling.
REFUGE_TRIGGERS = REFUGE_VERB_LEMMA_IDS | DWELLING_LEMMA_IDS


class CodeHit(NamedTuple):
    """A code firing in a sentence; `start`/`end` are the cue's offsets. The last six fields are the learned framing
    layer's (`frames.layer`), null where it is off."""

    sent_id: int
    code: str
    dimension: str
    cue: str
    start: int
    end: int
    agent: str | None
    agent_link: str | None
    modifier: str | None
    layer: str | None = None
    layer_score: float | None = None
    gate_code: str | None = None
    gate_cue: str | None = None
    gate_start: int | None = None
    gate_end: int | None = None


def _hit(sent_id: int, code: str, dimension: str, cue: Span, link: Link | None, modifier: str | None) -> CodeHit:
    start, end = cue.start_char, cue.end_char
    return CodeHit(sent_id, code, dimension, raw_text(cue.doc)[start:end], start, end,
                   link.text if link else None, link.role if link else None, modifier)


def _agent(code: "Code", cue: Span, sent_id: int, scene: Scene, tied: tuple[Link | None, Token | None], *,
           refuges: Collection[int]) -> tuple[Link | None, bool]:
    """Return the Russian agent of a cue, and whether the code's Russian condition holds; `tied` is the cue's
    `Scene.tie`, `refuges` the sentences before that coded a refuge (see `refuge.taken_up_refuge`).

    `agent`: tied on the parse; in a clause whose subject is no actor, named elsewhere in the
    sentence or carried by the paragraph; a definite noun cue or help given to Assad's side
    (`recipient`) takes up the paragraph's Russian supporter ('that air cover'; 'Moscow weighed
    it. Arms were delivered to Damascus.'), and an unowned veto or supporter noun ('a patron') the
    article's Russian (see `Scene.vetoing_member`, `Scene.article_supporter`). `russia`: also named anywhere in
    the sentence or earlier in its paragraph, unless another actor (not Russia, not Assad's side) is the subject
    of the cue's clause. Nothing is carried from the paragraph into a clause owned by a name of no known side
    (`named_doer.owned_by_an_unlisted_name`) nor into the writer's own imperative (`Scene.addresses_the_reader`).
    """
    link, owner = tied
    side = scene.side_of(owner)
    # The paragraph's Russian topic may be carried into the cue's clause only when (1) the clause's owner is of no
    # known side, (2) it is not a proper name of its own acting for a beneficiary of its own, and (3) the cue is not
    # in the writer's own imperative to the reader.
    carried = (side is None and not owned_by_an_unlisted_name(owner, cue, scene)
               and not scene.addresses_the_reader(sent_id, cue))
    if link is None and AGENT in code.requires and side is None:
        named = scene.russian_in(scene.sentence_of(cue))
        link = (Link(named.text, named.role or SENTENCE) if named
                else scene.continued_topic(sent_id) if carried else None)
    elif link is None and AGENT not in code.requires and side in (None, ASSAD):
        in_sentence = scene.russian_in(scene.sentence_of(cue))
        in_paragraph = scene.named_in_paragraph(sent_id) if carried or side == ASSAD else None
        link = (Link(in_sentence.text, in_sentence.role or SENTENCE) if in_sentence
                else Link(in_paragraph.text, PARAGRAPH) if in_paragraph else None)
    if link is None and code.id in REFUGE_CODES and carried:
        link = taken_up_refuge(cue, sent_id, scene, told=refuges)  # 'the asylum': the one told before (see `refuge`)
    if link is None and AGENT in code.requires:
        # A clause that carries nothing is passed as owned by another party (`OTHER`): 'the support' then takes up no
        # paragraph's agent, while a demonstrative ('that air cover') still points back to one.
        link = scene.antecedent(cue, sent_id, OTHER if side is None and not carried else side) or (
            scene.vetoing_member(cue, sent_id) or scene.article_supporter(cue, sent_id) if carried else None)
    if link is None and RECIPIENT in code.requires and carried:
        link = scene.supporter_before(sent_id)
    needed = AGENT in code.requires or RUSSIA_CONDITION in code.requires
    return link, link is not None or not needed


def _support_hits(code: "Code", cue: Span, sent_id: int, scene: Scene, polarity: Polarity, *,
                  refuges: Collection[int]) -> Iterator[CodeHit]:
    if cue.root.pos_ == "VERB" and is_phrasal_yielding(cue.root):
        return  # 'did not back down', 'would not give in to Assad': giving way, not backing or giving (see `negated_verbs`)
    if RECIPIENT in code.requires and not (scene.recipient_side(cue, objects=True) == ASSAD
                                           or scene.unaddressed_transfer(cue)):
        # no help to Assad's side, so no support whatever its agent (see `Scene.on_assad_side`); but Russia's own
        # giving turned, with no one named to receive it, is the limit ('Moscow did not deliver')
        yield from _withheld_giving(code, cue, sent_id, scene, polarity)
        return
    link, holds = _agent(code, cue, sent_id, scene, scene.tie(cue), refuges=refuges)
    if (not holds or not scene.on_assad_side(cue, code.requires, link) or scene.joint_with_another_actor(cue)
            or _carried_to_another_actor(link, sent_id, scene, opponents=False) or describes_another_actor(cue, scene)
            or names_a_kind_of_relation(cue) or backs_an_agreement(code.id, cue, scene)
            or misdirected_blame(code.id, cue, scene) or thanks_another_party(code.id, cue, scene)
            or unrealised_win(code.id, cue) or names_another_doer(cue, link, scene) or owned_by_another_party(cue, scene)
            or relation_with_another_party(cue, scene)
            or any_partys_noun_untied(cue, link.role if link else None, untied_roles=UNTIED)
            or (code.id == ECONOMIC and _commodity_named(cue, link))
            or (code.id == MILITARY and (travels_rather_than_flies_sorties(cue, scene.parse)
                                         or names_a_class_of_mass_destruction(cue) or struck_as_a_target(cue)
                                         or held_by_another_party(cue, link, scene)))
            or (code.id == BACKING and (keeps_no_party_up(cue, scene.side_of) or spares_no_attack(cue)))
            or (code.id == ARRIVAL and not_russias_arrival(cue, scene))
            or (code.id == REFUGE and dates_another_event(cue, scene.parse, scene.side_of))):
        return
    modifiers = polarity.modifiers_of(cue) if not _necessary_condition(cue) else []
    if modifiers and scene.aimed_at_opponents(cue):
        # the verb that governs the means reduces what the opponents hold, not the means ('reduced the towns to rubble')
        governor = cue.root.head if cue.root.dep_ in CLAUSE_SUBJECTS else cue.root
        modifiers = [modifier for modifier in modifiers if modifier.text != governor.text]
    turned = modifiers[0] if modifiers else None
    standing = turned is None or turned.effect == BOUNDS or (turned.cls == NEGATION and _corrects_what_follows(cue)) or (
        code.id in OPPOSED_OUTCOMES and all(modifier.cls == NEGATION for modifier in modifiers
                                            if modifier.effect != BOUNDS))
    # whether the support is stated is read only for support a modifier leaves standing
    if standing and (not withheld(cue, scene) and not unanchored_relation(cue, link)
                     and not _handled_by_another(cue, link, scene)) and (
            not _bare_means(code, cue, link)
            or any(scene.in_assads_war(scene.spans[s]) for s in (*scene.scope[sent_id][-1:], sent_id))):
        yield _hit(sent_id, code.id, code.dimension, cue, link, None)
    if turned is not None and AGENT in code.requires and not _turned_in_a_blocked_proposal(cue, turned, scene):
        yield _hit(sent_id, turned.code, LIMITS, cue, link, turned.text)


def _withheld_giving(code: "Code", cue: Span, sent_id: int, scene: Scene, polarity: Polarity) -> Iterator[CodeHit]:
    """Yield the limit of a verb of giving (`GIVING_VERBS`, see `_gives_unaddressed`) that names no one to receive it,
    whose doer is a Russian tied on the parse (its subject or passive agent, not a speaker who only states it) and
    that a modifier turns ('The Kremlin has not been able to deliver this', 'the jets were never sent'): the
    recipient is left to the context, as for a transfer noun (`Scene.unaddressed_transfer`), and the giving withheld
    bounds Russia's help; none where another party is named in its clause ('would not give the rebels that'), nor where
    what is given is information (`INFORMATION_NOUNS`: 'did not give us his name'), nor for a giving only hedged ('may
    send') or not turned."""
    if not _gives_unaddressed(code, cue, scene):
        return
    link = scene.tie(cue)[0]
    if link is None or link.role not in DOER_ROLES or any(
            scene.bearer_side_at(child.i) == OTHER or (child.dep_ == "dobj" and child.lemma_ in INFORMATION_NOUNS)
            for child in cue.root.children if child.dep_ not in SUBJECT_DEPS):
        return
    turned = next((modifier for modifier in polarity.modifiers_of(cue) if modifier.effect == TURNS), None)
    if turned is not None and not _turned_in_a_blocked_proposal(cue, turned, scene):
        yield _hit(sent_id, turned.code, LIMITS, cue, link, turned.text)


def _gives_unaddressed(code: "Code", cue: Span, scene: Scene) -> bool:
    """Return True for a cue of one verb of giving (`GIVING_VERBS`) of a means code (one that requires an `agent`)
    that names no party it goes to: a giving whose recipient the context supplies. A verb with a particle is another
    verb ('gave up its commitment': relinquishing; Quirk et al. 1985 §16.3)."""
    root = cue.root
    return (AGENT in code.requires and len(cue) == 1 and root.pos_ == "VERB" and root.lemma_.lower() in GIVING_VERBS
            and not any(child.dep_ == "prt" for child in root.children)
            and scene.recipient_side(cue, objects=True) is None)


def _turned_in_a_blocked_proposal(cue: Span, turned: Modifier, scene: Scene) -> bool:
    """Return True when the support cue lies inside a proposal an act of blocking governs and the modifier that turns
    it is not that act ('vetoed a draft demanding an end to the bombing': the end is the draft's demand; but 'resisted
    calls to send more troops' is Russia's refusal), see `opposition.limit_of_a_blocked_proposal`."""
    act = blocking_act(cue, scene, strict=True)
    return act is not None and act not in turned.tokens and limit_of_a_blocked_proposal(cue, scene, act=act)


def _limits_hits(code: "Code", cue: Span, sent_id: int, scene: Scene, polarity: Polarity, *,
                 refuges: Collection[int]) -> Iterator[CodeHit]:
    # The refusals that need no agent come first, the cheapest first: the tie, the bearer and the agent are read only
    # for a cue none of them refuses.
    if _weary_of_no_russian(cue, scene):
        return  # 'the villagers were tired': no Russian bears the weariness
    if moves_rather_than_presses(cue, scene.parse):
        return  # 'the army pushed into the town' is motion, not pressure (see `senses`)
    if extends_rather_than_strains(cue, scene.parse):
        return  # 'queues stretched for kilometres' is a length, not overstretch (see `senses`)
    if paid_or_enacted_rather_than_charged(cue, scene.parse):
        return  # 'picked up the bill for the tanks' is help paid, 'passed the bill' a draft law (see `senses`)
    if code.id == CAPACITY and paid_rather_than_bounding(cue, scene.parse, scene.side_of):
        return  # 'the villagers bore the expense of the siege': another's cost, not Russia's (see `senses`)
    if small_of_no_means(cue):
        return  # 'the room is small' says nothing of the help (see `senses`)
    if code.id == PRIORITY and crowded_rather_than_occupied(cue, scene.side_of):
        return  # 'the harbour was busy with supply ships': a place full of activity (see `senses`)
    if code.id == PRESSURE and truce_kept_or_broken(cue, scene.parse):
        return  # 'the rebels broke the truce', 'the ceasefire held': the state of the war, no deal (see `senses`)
    if code.id == ASYLUM and dates_another_event(cue, scene.parse, scene.side_of):
        return  # 'recorded a month after he was given asylum': the asylum dates another event (see `senses`)
    if duration_of_need(cue, scene.parse, scene.side_of):
        return  # 'as long as our partners need us', 'as long as it takes': a pledge for the whole need (see `senses`)
    if refused_by_a_third_party(code.id, cue, scene):
        return  # 'Ankara refused the offer', 'residents reject that account': the refuser is a third party
    if contrast_of_another_chooser(cue, scene):
        return  # 'I teach the archive, not the war': the contrast is another's
    if code.id == HEDGING and successor_acting_for_itself(cue, scene.parse, russian=scene.russian):
        return  # 'the new rulers want loans', 'the HTS-led offensive': the party acts, no one courts it
    if code.id == HEDGING and undertakes_nothing_to_opponents(cue):
        return  # 'refused to guarantee the rebels', 'handed the rebels an ultimatum': no undertaking (see `senses`)
    if code.id == INTERESTS and topic_of_another_party(cue, scene.side_of):
        return  # 'the protests in Georgia were not about the government': another's topic (see `senses`)
    if code.id == COMMITMENT and thrift_of_no_state(cue):
        return  # 'Russian shoppers are careful with money': no organ of the state (see `senses`)
    if code.id == CONDITIONS and accompanied_by_more_help(cue):
        return  # 'the aid came with more aid': a second gift, no terms (see `senses`)
    if code.id == HEDGING and channel_of_no_contact(cue, scene.parse):
        return  # 'a Telegram channel', 'told a state channel': a broadcaster, no line of contact (see `senses`)
    if code.id == PRESSURE and pressure_of_another(cue, scene):
        return  # 'vetoed a draft that demanded a truce', 'Western pressure' (see `opposition`)
    if code.id != PRESSURE and limit_of_a_blocked_proposal(cue, scene):
        return  # 'vetoed a draft backing a transfer of power': the blocked proposal's, not Russia's (see `opposition`)
    if decrease_of_another(cue, scene):
        return  # 'the dwindling rebel forces', 'the rebels' strength dwindled': another party's decrease (see `opposition`)
    if len(cue) == 1 and scene.aimed_at_opponents(cue) and not scene.lessens_own_means(cue):
        return  # 'dropped bombs on rebel towns', 'cut the rebels' supply lines': an attack, no limit of Russia's
    if operated_by_another(cue, scene):
        return  # 'Turkey never switched on the S-400 it bought from Russia' (see `operation`)
    if _restricts_anothers_share(cue, scene):
        return  # 'a limited role for Turkish troops': the restricted share is another actor's
    if code.id == CAPACITY and present_by_another(cue, scene):
        return  # 'the Syrian troops could not be everywhere' (see `operation`)
    if code.id in WITHDRAWALS and not_russias_departure(cue, scene, strict=code.id == DEPARTURE):
        return  # 'a dentist who left Homs in 2012', 'Turkish troops must leave' (see `departure`)
    if code.id == INSTRUMENT and not_russias_instrument(cue, scene):
        return  # 'a puppet of Tehran', 'Assad is no puppet' (see `instrument`)
    if code.id == HEDGING and quarrel_of_the_parties(cue):
        return  # 'Washington and Moscow traded accusations' (see `rivalry`)
    if code.id == HEDGING and deals_with_no_rival(cue, scene):
        return  # 'met the Turkish conditions', 'agreed to Ankara's terms' (see `counterparts`)
    if code.id == RELUCTANCE and negates_a_listed_verb(cue, default_negated_verbs()):
        return  # 'did not hesitate', 'would not comment' (see `negated_verbs`)
    if code.negated == KEEP and denies_a_listed_verb(cue, default_spending_verbs()):
        return  # 'never hesitated': a negated negative, though the code keeps its negated cues (see `negated_verbs`)
    if aimed_at_another(code.id, cue, scene):
        return  # 'kept the opposition on a leash', 'Assad bargained with Ankara' (see `aimed_limits`)
    if TIED in code.requires and scene.subject_names_no_russian(cue.root):
        return  # 'the report does not explain': will or ability of a subject that names no Russian
    tied = scene.tie(cue)
    if code.id == RELUCTANCE and is_negative_imperative(cue) and (tied[0] is None or tied[0].role != SPEAKER):
        return  # 'Do not rely on them': an instruction to the reader, not a Russian speaker's own (see `negated_verbs`)
    if code.id == INTERESTS and _lease_of_life(cue):
        return  # 'the war gave the regime a new lease of life': an idiom, no lease
    if code.id == FRICTION and _signs_another_text(cue):
        return  # 'the president did not sign the decree': no deal of Russia's
    if code.id == FRICTION and told_by_another(cue, scene):
        return  # 'Syrian refugees were not asked', 'told by their own officers' (see `notice`)
    if code.id == RELUCTANCE and stop_goes_on(cue):
        return  # 'stopped and searched the convoy': a halt in a run of acts (see `cessation`)
    if code.id == PRIORITY and _takes_no_means(cue):
        return  # 'refugees from Ukraine took the places', 'Ukraine absorbed a million refugees', 'has taken a toll'
    other_war_takes = code.id == PRIORITY and _names_its_own_taker(cue)
    if other_war_takes:
        tied = (tied[0], None)  # 'Ukraine has taken the pilots': the war named is the priority, not its bearer
    bearer = scene.bearer(cue) if tied[0] is None and not other_war_takes else None
    if THIRD in code.requires:
        if (tied[0] is not None or OTHER not in (bearer, scene.side_of(tied[1]), _closer_side(cue, scene))
                or _closed_to_another(cue, scene)):
            return
    elif bearer == OTHER or (bearer == ASSAD and OWN in code.requires):
        return
    link, holds = _agent(code, cue, sent_id, scene, tied, refuges=refuges)
    if not holds and AGENT not in code.requires:
        named, owner = scene.russian_in(scene.sentence_of(cue)), tied[1]
        if named:
            link = Link(named.text, named.role or SENTENCE)
        elif scene.side_of(owner) != OTHER:
            link = scene.continued_topic(sent_id) or _recently_named(scene, sent_id)
        else:
            closed_to_forces = THIRD in code.requires and _closed_to_forces(cue)
            link = _recently_named(scene, sent_id, back=None) if closed_to_forces else None
        holds = link is not None
    elif not holds and scene.side_of(tied[1]) is None:
        link = _recently_named(scene, sent_id)
        holds = link is not None
    if _carried_to_another_actor(link, sent_id, scene) and THIRD not in code.requires and not other_war_takes:
        return
    if holds and code.id == RELUCTANCE and denies_a_loss(cue, scene):
        yield _hit(sent_id, DENIED_LOSS_SUPPORT, SUPPORT, cue, link, None)  # 'will not lose' (see `litotes`)
    elif holds and (code.negated == KEEP or not polarity.is_negated(cue)):
        yield _hit(sent_id, code.id, code.dimension, cue, link, None)
    elif holds and code.id in NEGATED_LIMIT_SUPPORT and link is not None:
        negation = next((modifier.text for modifier in polarity.modifiers_of(cue) if modifier.cls == NEGATION), None)
        if negation is not None:
            yield _hit(sent_id, NEGATED_LIMIT_SUPPORT[code.id], SUPPORT, cue, link, negation)


def _weary_of_no_russian(cue: Span, scene: Scene) -> bool:
    """Return True when the cue is an adjective of weariness (`WEARINESS_ADJECTIVES`) said of a bearer that names no
    Russian: the noun it modifies, a noun phrase ('exhausted fighters'), or the subject of the clause it completes
    ('the villagers were tired', 'I am tired of reading'; see `Scene.subject_names_no_russian`)."""
    root = cue.root
    if root.lower_ not in WEARINESS_ADJECTIVES or root.pos_ != "ADJ":
        return False
    if root.dep_ == "amod":
        noun = root.head
        return noun.pos_ != "PRON" and scene.russian_in(cue.doc[noun.left_edge.i:noun.right_edge.i + 1]) is None
    return scene.subject_names_no_russian(root.head if root.dep_ in PREDICATIVE_DEPS else root)


def _restricts_anothers_share(cue: Span, scene: Scene) -> bool:
    """Return True when the cue is an adjective that restricts a noun held by another actor, named by its 'for' or
    'of' phrase ('a limited role for Turkish troops', 'the modest presence of Iranian advisers'): what is bounded
    is that actor's share, not Russia's support. Assad's side in that phrase is the recipient ('limited help for
    the regime') and keeps the cue."""
    root = cue.root
    if root.dep_ != "amod" or root.pos_ != "ADJ":
        return False
    holders = [pobj for prep in root.head.children if prep.dep_ == "prep" and prep.lower_ in HOLDER_PREPOSITIONS
               for pobj in prep.children if pobj.dep_ == "pobj"]
    return any(scene.bearer_side_at(holder.i) == OTHER for holder in holders)


def _closed_to_another(cue: Span, scene: Scene) -> bool:
    """Return True when the cue's 'to' phrase names a party that is not Russian ('closed its airspace to Syrian
    flights', 'to cattle traders' is no actor and stays): the passage is closed to someone else, whoever else the
    sentence names ('..., and Russia protested')."""
    phrases = [child for token in cue for child in token.children if child.dep_ == "prep" and child.lower_ == "to"]
    return any(scene.side_of(child) in (ASSAD, OTHER) for phrase in phrases for child in phrase.children
               if child.dep_ == "pobj")


def _names_its_own_taker(cue: Span) -> bool:
    """Return True when the cue opens with the subject of the verb it ends on ('Ukraine has taken', 'the war in
    Ukraine is pulling'): the other war named as the one that takes, not an actor that bears the limit."""
    verb = cue[-1]
    return verb.pos_ == "VERB" and any(cue[0] in child.subtree for child in verb.children if child.dep_ == "nsubj")


def _lease_of_life(cue: Span) -> bool:
    """Return True for the noun 'lease' in the idiom of a renewed life ('a new lease of life', 'a lease on life')."""
    root, doc = cue.root, cue.doc
    return (root.lemma_.lower() == LEASE and root.i + 2 < len(doc) and doc[root.i + 1].lower_ in ("of", "on")
            and doc[root.i + 2].lemma_.lower() == LIFE)


def _signs_another_text(cue: Span) -> bool:
    """Return True when the cue ends on 'sign' whose object is a text other than a deal (`DEAL_NOUNS`: 'did not sign
    the decree'); an object left out or a pronoun for the deal ('did not sign it', 'signed anything') is the deal."""
    verb = cue[-1]
    signed = next((child for child in verb.children if child.dep_ == "dobj"), None)
    return verb.lemma_.lower() == SIGN and signed is not None and signed.lemma_.lower() not in DEAL_NOUNS


def _takes_no_means(cue: Span) -> bool:
    """Return True for a cue of the other war taking ('Ukraine absorbed', 'the Ukraine war has taken') whose verb's
    subject is not the war or its place itself ('refugees from Ukraine took') or whose object is no means of Russia's
    (`TAKEN_MEANS`: 'absorbed a million refugees', 'has taken a toll on prices')."""
    verb = cue[-1]
    if cue[0].lower_ not in OTHER_WAR_WORDS or verb.lemma_.lower() not in TAKING_VERBS:
        return False
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    taken = next((child for child in verb.children if child.dep_ == "dobj"), None)
    return ((subject is not None and subject.lower_ not in OTHER_WAR_WORDS)
            or (taken is not None and taken.lemma_.lower() not in TAKEN_MEANS))


def _closed_to_forces(cue: Span) -> bool:
    """Return True when the passage is closed to armed forces ('closed the Straits to warships') or to no one named
    ('Turkey's closure of the Straits'): the supply of a war, which the Russian named just before takes up, not a
    closure to traders or travellers."""
    closed_to = [child for token in cue for phrase in token.children if phrase.dep_ == "prep" and phrase.lower_ == "to"
                 for child in phrase.children if child.dep_ == "pobj"]
    return all(not MILITARY_TRAFFIC.isdisjoint({child.lemma_.lower(), *(word.lower_ for word in child.children)})
               for child in closed_to)


def _preposition_of_place(cue: Span) -> bool:
    """True if a particle of the phrasal verb `cue` (`SPATIAL_PARTICLES`) is read as a preposition of place: parsed
    as `prep` with a place for its object, or as `prt` of a passive verb followed by a place as if its object,
    which a passive cannot take ('exercises held off the port', 'drills held off Latakia')."""
    for token in cue[1:]:
        verb = token.head
        if token.lower_ not in SPATIAL_PARTICLES or not cue.start <= verb.i < token.i:
            continue
        if token.dep_ == "prep":
            objects = [child for child in token.children if child.dep_ == "pobj"]
        elif token.dep_ == "prt" and verb.tag_ == "VBN" and (
                verb.dep_ == "acl" or any(child.dep_ == "auxpass" for child in verb.children)):
            objects = [child for child in verb.children if child.dep_ == "dobj"]
        else:
            continue
        if any(obj.ent_type_ in PLACE_ENTITIES or obj.lemma in PLACE_NOUNS for obj in objects):
            return True
    return False


def _closer_side(cue: Span, scene: Scene) -> str | None:
    """Return the side of the power that closes the passage: the subject of a closing verb in the cue ('the
    Straits, which Ankara closed') or the owner of the passage ('the Turkish straits are shut'), else None."""
    closers = (child for token in cue for child in token.children if child.dep_ in CLOSER_DEPS)
    return next((side for child in closers if (side := scene.side_of(child)) is not None), None)


def _handled_by_another(cue: Span, link: Link | None, scene: Scene) -> bool:
    """Return True for a noun cue tied to Russia only on its own phrase ('Russian missiles', 'Moscow's jets') that is
    an object of a clause whose subject is another actor ('Ankara bought Russian missiles', 'Israeli jets used the
    Russian aircraft as cover'): the act is that actor's, so the Russian means do nothing for Assad in it."""
    if link is None or link.role not in NOUN_PHRASE_ROLES or cue.root.pos_ not in NOUN_TAGS:
        return False
    node = cue.root
    while (node.dep_ in OBJECT_PATH_DEPS or (node.dep_ == "pobj" and node.head.lower_ == "of")
           or (node.dep_ == "prep" and node.lower_ == "of")) and node.head.i != node.i:
        node = node.head
        if node.pos_ in CLAUSE_HEADS:
            subject = next((child for child in node.children if child.dep_ in ACTIVE_SUBJECT_DEPS), None)
            return scene.side_of(subject) == OTHER
    return False


def _commodity_named(cue: Span, link: Link | None) -> bool:
    """Return True for an economic noun cue ('wheat', 'fuel', 'money', 'funding') whose Russian agent is only the
    topic carried from the sentence before (`CONTEXT`) and which is not the subject of a full verb: it names a
    commodity or a sum ('Money is part of the story.', 'Grain: see wheat', 'received research funding'), not Russia's
    giving it, as a means that acts does ('Wheat arrived every month', 'The credit kept the pound afloat')."""
    root = cue.root
    if link is not None and link.role in CARRIED and root.ent_type_ == ORGANISATION:
        return True  # the head of an organisation's name ('The Ellery Fund supported ...'), no commodity
    acts = root.dep_ in ACTIVE_SUBJECT_DEPS and root.head.pos_ == "VERB"
    return link is not None and link.role == CONTEXT and root.pos_ in NOUN_TAGS and not acts


def _bare_means(code: "Code", cue: Span, link: Link | None) -> bool:
    """Return True for a means noun tied to Russia only on its own phrase ('Russian warships', 'Moscow's jets'):
    no act of Russia's places it in Assad's war, so the sentence or the one before it must (`Scene.in_assads_war`)."""
    return ({AGENT, ASSET} <= set(code.requires) and link is not None and link.role in NOUN_PHRASE_ROLES
            and cue.root.pos_ in NOUN_TAGS)


def _necessary_condition(cue: Span) -> bool:
    """Return True when the cue lies in a 'without' phrase that states the condition of a counterfactual: fronted,
    before a hypothetical or present generic clause ('Without Russian jets there is no siege to lift'; not a past one:
    'Without Russian air cover, the garrison fell'), or on a verb of the counterfactual perfect
    ('could not have closed the ring without Russian bombing', 'Without Russian vetoes, ... would have survived'). The
    phrase reads 'if it had not been for' (Quirk et al. 1985 §15.36, conditional 'without'; 'but for'): the help was
    there and was needed, so no modifier of the clause turns it into a limit ('Sorties pass without a Russian strike'
    is no condition and stays one)."""
    node = cue.root
    while node.dep_ in CONDITION_PHRASE_DEPS and node.head.i != node.i and node.lower_ != WITHOUT:
        node = node.head
    if node.lower_ != WITHOUT or node.dep_ != "prep":
        return False
    verb, sentence = node.head, node.sent
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ == "aux"}
    if not all(token.is_punct or token.pos_ in ("CCONJ", "ADV") for token in sentence[:node.i - sentence.start]):
        return PERFECT in auxiliaries and not COUNTERFACTUAL_MODALS.isdisjoint(auxiliaries)
    # fronted: a hypothetical clause under it ('it is hard to see how the regime would have survived') or a present
    # generic one ('there is no siege to lift'); a past clause states what happened without the help ('Without Russian
    # air cover, the garrison fell'), a limit
    clauses = [verb, *(token for token in verb.subtree if token.dep_ in CLAUSAL_COMPLEMENTS
                       and token.pos_ in CLAUSE_HEADS)]
    return verb.tag_ in PRESENT_TAGS or any(aux.dep_ == "aux" and aux.lower_ in COUNTERFACTUAL_MODALS
                                            for clause in clauses for aux in clause.children)


def _corrects_what_follows(cue: Span) -> bool:
    """Return True when the negation on a noun cue follows it and opens the phrase set against it ('a sponsor,
    not a commander', 'a patron, never a parent'): a corrective negation (Horn 1989, ch. 6) denies
    the contrasted phrase, not the cue."""
    root = cue.root
    negations = [child.i for child in root.children if child.dep_ == "neg" and child.i >= cue.end]
    return bool(negations) and any(child.dep_ in CONTRASTED_DEPS and child.i > negations[0] for child in root.children)


def _carried_to_another_actor(link: Link | None, sent_id: int, scene: Scene, *, opponents: bool = True) -> bool:
    """Return True when Russia is only carried from the sentences before into a sentence whose main subject is
    another actor: the sentence is about that actor ('... In 2013 the general led a coup as frustrations grew.').
    With `opponents`, Assad's opponents too: Russia's support is waged against them, so a sentence led by
    them ('The bombing slowed nothing: the rebels were inside the city.') still carries it, but not a limit."""
    return link is not None and link.role in CARRIED and scene.about_another_actor(sent_id, opponents=opponents)


def _recently_named(scene: Scene, sent_id: int, *, back: int | None = RECENT) -> Link | None:
    """Return the latest Russian mention in the `back` analysed sentences before `sent_id` (all of them for None),
    across a paragraph break: a quotation or comment paragraph that takes up the paragraph before it."""
    earlier = [s for s in scene.spans if s < sent_id][-back if back else 0:]
    named = next((link for s in reversed(earlier) if (link := scene.russian_in(scene.spans[s]))), None)
    return Link(named.text, CONTEXT) if named else None


def iter_code_hits(doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention], *,
                   codebook: "Codebook", modifiers: ModifierLexicon | None = None,
                   quotations: Sequence[Quoted] = (), parse: ParseArrays | None = None) -> Iterator[CodeHit]:
    """Yield the code hits of `doc`, in sentence order, for headline, standfirst and body sentences; a Russian
    speaker of one of the `quotations` states what it quotes; `parse` is the Doc's `ParseArrays`, read if not given."""
    lexicon = modifiers or default_modifiers(codebook.vocab, codebook.make_doc)
    analysed = [sentence for sentence in sentences if sentence.section in ANALYSED_SECTIONS
                and not _is_figures_only(sentence.text)]
    scene = Scene(doc, analysed, entities, quotations=quotations, parse=parse)
    polarity = Polarity(doc, lexicon, parse=scene.parse, sentence_of=scene.sentence_of,
                        open_condition=lambda phrase: duration_of_need(phrase, scene.parse, scene.side_of))
    labels = _labels(analysed, scene)
    receiving = receiving_verbs(scene.parse)
    previous: tuple[Sentence, list[CodeHit]] | None = None
    # A question headline's limit stands only in an article that codes support (see `_questioned_in_headline`): it and
    # the hits after it are held back, in sentence order, until a support hit is found.
    doubts: list[CodeHit] = []
    held: list[CodeHit] = []
    supported = False
    refuges: set[int] = set()  # the sentences that coded a refuge (see `refuge.taken_up_refuge`)
    # the analysed sentences' tokens: the codebook's anchored patterns are tried only around them
    within = np.zeros(len(doc), dtype=bool)
    for analysed_span in scene.spans.values():
        within[analysed_span.start:analysed_span.end] = True
    # the tokens at which a family of `CUE_FAMILIES` may find a cue: a sentence with none runs no family
    triggered = scene.parse.lemma_ids_between(FAMILY_TRIGGERS, 0, len(doc))
    # ... and those of the three finders run apart: a sentence with none of a finder's tokens does not run it
    refuge_at = scene.parse.lemma_ids_between(REFUGE_TRIGGERS, 0, len(doc))
    receiving_at = receiving.tolist()
    negotiating_at = scene.parse.lemma_indices_between(NEGOTIATING_VERBS, 0, len(doc))
    for sentence in analysed:
        span = scene.spans[sentence.sent_id]
        # The codebook's matches by code, as numbers: a match's Span is made only for a cue the gates below keep.
        matched: dict[str, list[tuple[int, int, int]]] = {}
        for number, start, end, code_id in codebook.matcher.numbered_between(span.doc, span.start, span.end,
                                                                             parse=scene.parse, within=within):
            matched.setdefault(code_id, []).append((number, start, end))
        by_code: dict[str, list[Span]] = {}
        if _holds_one(triggered, span):
            for family, code_id, _ in CUE_FAMILIES:
                for cue in family(span, scene):
                    by_code.setdefault(code_id, []).append(cue)
        # 'negotiated a surrender of both hamlets': diplomatic means, not talks behind Assad's back (see `surrender`)
        brokered = brokered_surrenders(span, scene) if _holds_one(negotiating_at, span) else []
        if brokered:
            by_code.setdefault(DIPLOMATIC, []).extend(verb for verb, _ in brokered)
        found, keys = [], set()
        # 'Assad fled to Moscow', 'gave him a flat', 'a flat in Moscow' (see `refuge`)
        for verb, link in refuge_cues(span, scene, sent_id=sentence.sent_id) if _holds_one(refuge_at, span) else ():
            if dates_another_event(span.doc[verb.i:verb.i + 1], scene.parse, scene.side_of):
                continue  # 'published a week after Assad fled to Moscow': a date (see `senses`)
            for code_id in REFUGE_CODES:
                keys.add((code_id, verb.idx, verb.idx + len(verb.text)))
                found.append(_hit(sentence.sent_id, code_id, codebook.codes[code_id].dimension,
                                  span.doc[verb.i:verb.i + 1], link, None))
        # 'Syria will get the radars' (see `receipt`)
        for verb, link in (receipt_cues(span, scene, sent_id=sentence.sent_id, receiving=receiving)
                           if _holds_one(receiving_at, span) else ()):
            keys.add((RECEIPT, verb.idx, verb.idx + len(verb.text)))
            found.append(_hit(sentence.sent_id, RECEIPT, SUPPORT, span.doc[verb.i:verb.i + 1], link, None))
        for code_id in sorted(matched.keys() | by_code.keys()):
            code = codebook.codes[code_id]
            gated = "assad" in code.requires and not scene.assad_side(sentence.sent_id)
            if gated and code_id != MILITARY:
                continue  # no cue of the code is kept (below)
            numbered = matched.get(code_id, ())
            if code.dimension == SUPPORT and RECIPIENT in code.requires:
                # the cues of one token that the filter below cannot keep, found on the arrays
                numbered = [(number, start, end) for number, start, end in numbered
                            if end - start > 1 or scene.may_help_assad_at(start)]
            cues = [cue for cue in (codebook.matcher.span(number) for number, _, _ in numbered)
                    if len(cue) == 1 or not _preposition_of_place(cue)]  # 'drills held off the coast' is no 'hold off'
            cues.extend(by_code.get(code_id, ()))
            if gated:
                # Russia's means struck at Assad's armed opponents place the act in his war before he is named.
                cues = [cue for cue in cues if scene.aimed_at_opponents(cue)]
                if not cues:
                    continue
            hits = _support_hits if code.dimension == SUPPORT else _limits_hits
            if code.dimension == SUPPORT and RECIPIENT in code.requires:
                # A cue of one token that names no recipient on Assad's side yields nothing (see `_support_hits`), and
                # leaving it out keeps every other cue in `filter_spans`: only a cue at least as long overlaps it; a
                # verb of giving that names no recipient stays, for the limit of its turning (`_withheld_giving`).
                cues = [cue for cue in cues if len(cue) > 1 or scene.recipient_side(cue, objects=True) == ASSAD
                        or scene.unaddressed_transfer(cue) or _gives_unaddressed(code, cue, scene)]
            for cue in sorted(filter_spans(cues) if len(cues) > 1 else cues, key=lambda span: span.start):
                for hit in hits(code, cue, sentence.sent_id, scene, polarity, refuges=refuges):
                    if (hit.code, hit.start, hit.end) not in keys:
                        keys.add((hit.code, hit.start, hit.end))
                        found.append(hit)
        found = _without_talks_on_a_surrender(found, brokered, span.doc)
        found = _without_cues_in_titles(found, span)
        found = _without_unowned_retaining(found, span.doc)
        found = _without_limited_means(_without_denied_limits(_without_covered_relation(found)), span, codebook)
        found = _without_governed_means(found, span.doc)
        found = _without_bare_motives(found, span, scene)
        found = _without_carried_economic_motives(found)
        retaining = [hit for hit in found if _retains(hit, span.doc)]
        kept = without_motives_of_a_limit([hit for hit in found if hit not in retaining])
        found = [hit for hit in found if hit in kept or hit in retaining]
        if sentence.sent_id in labels:
            found = [hit for hit in found if hit.dimension != SUPPORT or hit.agent_link not in CARRIED]
        found.extend(_bounded_support(span, sentence.sent_id, found, scene))
        if sentence.section == HEADLINE:
            questioned = _questioned_in_headline(span, sentence.sent_id, found, scene)
            doubts.extend(questioned)
            found.extend(questioned)
        asked = previous is not None and previous[0].text.rstrip().endswith(QUESTION_MARK)
        same_block = previous is not None and previous[0].block_id == sentence.block_id
        opens_quotation = previous is not None and span[0].is_quote and not asked
        encapsulated = previous is not None and not asked and opens_with_encapsulation(span, scene.parse)
        # a paragraph joined on to the one before only by its opening coordinator ('But ...')
        joined = (previous is not None and not asked and not (same_block or opens_quotation or encapsulated)
                  and opens_with_conjunction(span, scene.parse))
        taken_up: list[CodeHit] = []
        if same_block or opens_quotation or encapsulated or joined:
            if not (joined and _turns_to_the_war(sentence.sent_id, found, scene)):
                taken_up = _continued_limit(span, sentence.sent_id, previous[1], found,
                                            before_span=scene.spans[previous[0].sent_id], scene=scene)
            if not taken_up:
                taken_up = _support_set_against(span, sentence.sent_id, previous[1], found, scene=scene,
                                                codebook=codebook)
        elif asked:
            found.extend(_answered_support(span, sentence.sent_id, previous[1], found))
            taken_up = _denied_answer(span, sentence.sent_id, previous[1], found)
        if taken_up and next((hit for hit in previous[1] if hit.dimension == LIMITS), None) in doubts:
            doubts.extend(taken_up)  # a limit taken up from a question headline's stands or falls with it
        found.extend(taken_up)
        found = _without_overlapped_cues(found)
        previous = (sentence, found)
        if any(hit.code == REFUGE for hit in found):
            refuges.add(sentence.sent_id)
        supported = supported or any(hit.dimension == SUPPORT for hit in found)
        held.extend(found)
        if supported or not doubts:
            yield from held
            held = []
    yield from (hit for hit in held if hit not in doubts)


def _holds_one(indices: Sequence[int], span: Span) -> bool:
    """Return True when one of the sorted token `indices` lies in `span`."""
    return bisect_left(indices, span.start) < bisect_left(indices, span.end)


def _is_figures_only(text: str) -> bool:
    """True for a sentence of figures and no word ("0:05", "1,812"): a transcript's clock stamp or a count, which
    carries no code and neither joins nor parts the sentences around it."""
    # the letters first: a sentence of words shows one at its start, while the search for a digit reads it whole
    return not any(map(str.isalpha, text)) and any(map(str.isdigit, text))


def _labels(sentences: Sequence[Sentence], scene: Scene) -> set[int]:
    """Return the sentence ids of the labels: the sentences of a block with no verb, such as a crosshead, a
    heading in a timeline or a bulletin's section name ('1990s: The thaw', 'FUNDING'). A label opens a new
    unit of the text, so it takes up no Russian supporter from the paragraph before it."""
    if not sentences:
        return set()
    verbs = scene.parse.indices("POS", CLAUSE_HEADS)
    spans = [scene.spans[sentence.sent_id] for sentence in sentences]
    has_verb = (np.searchsorted(verbs, [span.start for span in spans])
                < np.searchsorted(verbs, [span.end for span in spans]))
    clauses = {sentence.block_id for sentence, verb in zip(sentences, has_verb) if verb}
    return {sentence.sent_id for sentence in sentences if sentence.block_id not in clauses}


def _without_overlapped_cues(hits: list[CodeHit]) -> list[CodeHit]:
    """Return `hits` with one row per cue occurrence of a code: of two hits of one code, or of two withdrawal codes
    (`WITHDRAWALS`), whose offsets overlap ('keeps' and 'keeps ... afloat', 'moved out' and 'moved out of'), the
    one ranked first by `_rank` is kept, taking up the other's modifier if it has none ('declined to rescue' keeps
    'declined'); the order of `hits` is kept. Hits of different codes stay: one cue may carry two readings ('wants a
    settlement' is an aim of Russia's own and pressure for a deal)."""
    ranked = {number: _rank(hit, number) for number, hit in enumerate(hits)}
    kept = {}
    for number, hit in enumerate(hits):
        rivals = [other_number for other_number, other in enumerate(hits) if other_number != number
                  and _one_class(hit, other) and other.start < hit.end and hit.start < other.end]
        if all(ranked[number] > ranked[rival] for rival in rivals):
            modifier = hit.modifier
            if modifier is None:
                modifier = next((hits[rival].modifier for rival in rivals if hits[rival].modifier is not None), None)
            kept[number] = hit._replace(modifier=modifier)
    return [kept[number] for number in sorted(kept)]


def _rank(hit: CodeHit, number: int) -> tuple:
    """Return how a hit ranks among overlapping hits of one class: a departure before an abandonment (a move out of
    Russia's forces, whole or partial, is a departure: the coding rules count partial withdrawals as limits, and
    abandonment is letting Assad fall), then the longer cue, then the earlier hit."""
    return (hit.code == DEPARTURE, hit.end - hit.start, -number)


def _one_class(hit: CodeHit, other: CodeHit) -> bool:
    """True when two hits code one thing: the same code, or two codes of Russia's withdrawal (a move out is one
    departure, whether the cue is read as 'moved out' or 'moved out of')."""
    return hit.code == other.code or (hit.code in WITHDRAWALS and other.code in WITHDRAWALS)


def _without_covered_relation(hits: list[CodeHit]) -> list[CodeHit]:
    """Return `hits` less the general relation where a specific cue, of support or of a limit, overlaps its verb
    ('grew frustrated with the army' is friction, 'held back his army' a commitment bound)."""
    specific = [(hit.start, hit.end) for hit in hits if hit.code != RELATION]
    return [hit for hit in hits if hit.code != RELATION
            or not any(start < hit.end and hit.start < end for start, end in specific)]


def _without_talks_on_a_surrender(hits: list[CodeHit], brokered: list[tuple[Span, frozenset[int]]],
                                  doc: Doc) -> list[CodeHit]:
    """Return `hits` without the limits of talks or pressure (`HEDGING`, `PRESSURE`) whose cue lies within a verb that
    negotiates a surrender of Assad's opponents and the phrase of that surrender, the clauses below it aside (see
    `surrender`): the deal is made for him, while a clause on the surrender states something of its own."""
    if not brokered:
        return hits
    kept = []
    for hit in hits:
        cue = doc.char_span(hit.start, hit.end, alignment_mode="expand") if hit.code in (HEDGING, PRESSURE) else None
        if cue is None or not any({token.i for token in cue} <= reach for _, reach in brokered):
            kept.append(hit)
    return kept


def _without_cues_in_titles(hits: list[CodeHit], span: Span) -> list[CodeHit]:
    """Return `hits` without the support cues that lie inside a quoted title ('her essay “The Patron Who Counts”'; see
    `titles`)."""
    if not any(hit.dimension == SUPPORT for hit in hits):
        return hits
    titles = list(quoted_titles(span))
    return [hit for hit in hits if hit.dimension != SUPPORT
            or not any(start <= hit.start < end for start, end in titles)]


def _without_limited_means(hits: list[CodeHit], span: Span, codebook: "Codebook") -> list[CodeHit]:
    """Return `hits` less the support whose cue a limit of Russia's own (a code that requires `own`) describes:
    its adjective ('a smaller footprint') or, for the subject of its clause, its predicate ('the money was scarce',
    'its forces were smaller'). What is said of the means is that they are limited; not what they cost (see
    `_prices`: 'the vetoes were cheap' says the vetoes were cast)."""
    limits = [(hit.start, hit.end) for hit in hits if hit.dimension == LIMITS
              and OWN in codebook.codes[hit.code].requires and not _prices(hit, span.doc) and not _retains(hit, span.doc)]
    if not limits:
        return hits
    kept = []
    for hit in hits:
        described = []
        if hit.dimension == SUPPORT:
            root = span.doc.char_span(hit.start, hit.end, alignment_mode="expand").root
            described = [child for child in root.children if child.dep_ == "amod"]
            if root.dep_ in CLAUSE_SUBJECTS and not causes_a_decrease(root):
                described += [root.head, *(child for child in root.head.children if child.dep_ in PREDICATIVE_DEPS)]
        if not any(start <= token.idx < end for token in described for start, end in limits):
            kept.append(hit)
    return kept


def _without_bare_motives(hits: list[CodeHit], span: Span, scene: Scene) -> list[CodeHit]:
    """Return `hits` less the motives of Russia's own standing (`ASSET_MOTIVES`: its bases, its status) in a sentence
    that states no act of support and names no one of Assad's side (his person, government, army; the country's
    name is not enough): a reason is the reason of an act (FrameNet Reason and Purpose are frame elements of the act),
    so a base or a rank named on its own is Russia's asset, not support of Assad ('Moscow's bases are on alert')."""
    if not any(hit.code in ASSET_MOTIVES for hit in hits) or any(
            hit.dimension == SUPPORT and hit.code not in ASSET_MOTIVES for hit in hits):
        return hits
    named = not (scene.assad - scene.country).isdisjoint(range(span.start, span.end))
    return hits if named else [hit for hit in hits if hit.code not in ASSET_MOTIVES]


def _without_carried_economic_motives(hits: list[CodeHit]) -> list[CodeHit]:
    """Return `hits` less the economic motives whose Russian is only carried from the sentences before (`CARRIED`): a
    motive is the reason of an actor's act (FrameNet Reason), and oil, a contract or reconstruction in a sentence
    that names no Russian is the economy's or another party's ('Rebuilding the grid will take a decade of contracts'),
    not Russia's stake."""
    return [hit for hit in hits if hit.code != ECONOMIC_MOTIVE or hit.agent_link not in CARRIED]


def _without_governed_means(hits: list[CodeHit], doc: Doc) -> list[CodeHit]:
    """Return `hits` less the support whose cue is an argument of a limit predicate on Russia's means
    (`MEANS_LIMITS`): a cue inside the limit's words ('sailed its frigates home'), or one the limit's verb or
    adjective governs within its clause ('the war drains its squadrons', 'the gunships were wanted on another
    front', 'valued the harbour over its client'), or a noun of withdrawal its complement or possessor ('the
    withdrawal of the bombers', 'the squadron's departure'), or the subject the limit is predicated of ('its crews sat
    idle').
    The sentence asserts that the means are limited, so their naming is no support of its own. A support
    that a modifier yields (a denied abandonment) stays."""
    limits = [hit for hit in hits if hit.dimension == LIMITS and hit.modifier is None and hit.code in MEANS_LIMITS
              and not _prices(hit, doc) and not _retains(hit, doc)]
    if not limits:
        return hits
    cues = [(hit.code, doc.char_span(hit.start, hit.end, alignment_mode="expand").root) for hit in limits]
    predicates = {root.i for code, root in cues
                  if root.pos_ in PREDICATE_POS or (code in WITHDRAWALS and root.pos_ == "NOUN")}
    kept = []
    for hit in hits:
        inside = any(limit.start <= hit.start and hit.end <= limit.end
                     and (limit.start, limit.end) != (hit.start, hit.end) for limit in limits)
        if hit.dimension != SUPPORT or hit.modifier is not None or not (inside or _governed(
                doc.char_span(hit.start, hit.end, alignment_mode="expand").root, predicates)):
            kept.append(hit)
    return kept


def _retaining_verb(hit: CodeHit, doc: Doc) -> Token | None:
    """Return the verb of retaining (`RETAINING_VERBS`) that is the cue root of `hit` when `hit` is a narrower interest
    ('keeps its bases'), else None."""
    if hit.dimension != LIMITS or hit.code != INTERESTS:
        return None
    root = doc.char_span(hit.start, hit.end, alignment_mode="expand").root
    return root if root.lemma_.lower() in RETAINING_VERBS else None


def _without_unowned_retaining(hits: list[CodeHit], doc: Doc) -> list[CodeHit]:
    """Drop each narrower interest said by a verb of retaining (see `_retaining_verb`) that does not state Russia
    keeping its bases for itself: the verb takes a complement of its object (see `_keeps_in_a_state`: 'kept its
    bases open to Syrian officers' says how the bases served, not that Russia held on to them), or it is the purpose
    or aim of another act (see `_retaining_as_purpose`: 'armed the regime in order to keep its port' is the motive of
    the support, not a limit of it)."""
    verbs = [_retaining_verb(hit, doc) for hit in hits]
    if all(verb is None for verb in verbs):
        return hits  # the support cues' roots are read only for a verb of retaining
    support_roots = {doc.char_span(hit.start, hit.end, alignment_mode="expand").root.i
                     for hit in hits if hit.dimension == SUPPORT}
    return [hit for hit, verb in zip(hits, verbs)
            if verb is None or not (_keeps_in_a_state(verb) or _retaining_as_purpose(verb, support_roots))]


def _keeps_in_a_state(verb: Token) -> bool:
    """Return True when the retaining `verb` has a complement of its object: a child labelled `oprd`, `xcomp` or
    `acomp` ('kept their airfield busy'), or `ccomp` with no subject of its own (a clause with one, 'whatever the new
    rulers say', is no predicate of the object), or an adjective or a participle after the object that hangs on it
    ('kept its bases open', 'kept its port running'): 'keep X Y' says what state X is kept in (complex-transitive
    complementation, Quirk et al. 1985 ch. 16), not that X is retained. The object is the verb's direct object or, for 'hold on to', the object of the
    preposition."""
    if any(child.dep_ in {"oprd", "xcomp", "acomp"}
           or (child.dep_ == "ccomp" and not any(grand.dep_ in SUBJECT_DEPS for grand in child.children))
           for child in verb.children):
        return True
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    objects += [grandchild for child in verb.children if child.dep_ == "prep"
                for grandchild in child.children if grandchild.dep_ == "pobj"]
    return any(child.i > obj.i and child.dep_ in {"amod", "acl"}
               and (child.pos_ == "ADJ" or child.tag_ in {"VBG", "VBN"})
               for obj in objects for child in obj.children)


def _retaining_as_purpose(verb: Token, support_roots: set[int]) -> bool:
    """Return True when the retaining `verb` is the purpose or aim of another act: walking up from it through the
    heads of `xcomp`, `acl` and `advcl` links, the chain reaches an adverbial clause ('armed the regime to keep its
    port', 'backed Assad, hoping to keep its naval port'), an 'in order to' ('armed the regime in order to keep its
    port': 'keep' hangs on 'order' as an `acl`) or the verb of a support cue (indices in `support_roots`). A chain
    that ends at any other head ('wants to keep its naval facility', 'the plan to keep its port') is Russia's own
    aim of keeping."""
    token = verb
    while token.dep_ in {"xcomp", "acl", "advcl"} and token.head.i != token.i:
        if token.dep_ == "advcl":
            return True
        head = token.head
        if (token.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj"
                and head.head.lower_ == "in"):
            return True
        if head.i in support_roots:
            return True
        token = head
    return False


def _retains(hit: CodeHit, doc: Doc) -> bool:
    """Return True when `hit` is a narrower interest said by a verb of retaining ('keeps its bases'; see
    `RETAINING_VERBS`): Russia holds what it names, so the means it keeps and the strategic motive they give stay
    support beside the limit."""
    return _retaining_verb(hit, doc) is not None


def _prices(hit: CodeHit, doc: Doc) -> bool:
    """Return True when the cue of `hit` is a word of a low price (`LOW_PRICE_WORDS`: 'cheap') or 'cost' with a low
    amount (`LOW_AMOUNTS`: 'cost nothing'): it says what the means it describes cost the one who gives them, so the
    means were given."""
    root = doc.char_span(hit.start, hit.end, alignment_mode="expand").root
    lemma = root.lemma_.lower()
    return lemma in LOW_PRICE_WORDS or (lemma == COSTING and any(
        child.dep_ in AMOUNT_DEPS and child.lower_ in LOW_AMOUNTS for child in root.children))


def _governed(token: Token, predicates: set[int]) -> bool:
    """Return True when one of the `predicates` (token indices) governs `token` as an argument within its clause
    (`ARGUMENT_DEPS`), or is the predicative complement of the clause whose subject `token` is, alone or
    coordinated (`SAME_PHRASE_DEPS`; not a noun in a phrase inside that subject: 'the cost of the campaign was
    modest' says nothing of the campaign), unless `token` is the cause of a decrease of another thing (see
    `causes_a_decrease`: 'vetoes cut the crossings to one')."""
    phrase = token
    while phrase.dep_ in SAME_PHRASE_DEPS and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ in CLAUSE_SUBJECTS and any(child.i in predicates for child in phrase.head.children
                                              if child.dep_ in SUBJECT_PREDICATE_DEPS):
        return True
    if causes_a_decrease(token):
        return False
    node = token
    while node.dep_ in ARGUMENT_DEPS and node.head.i != node.i:
        node = node.head
        if node.i in predicates:
            return True
        if node.pos_ in CLAUSE_HEADS:
            return False
    return False


def _without_denied_limits(hits: list[CodeHit]) -> list[CodeHit]:
    """Return `hits` less the limits that overlap a denied limit ('did not leave Syria' is support, not reluctance)."""
    denied = [(hit.start, hit.end) for hit in hits if hit.dimension == SUPPORT and hit.modifier is not None]
    return [hit for hit in hits if hit.dimension != LIMITS
            or not any(start < hit.end and hit.start < end for start, end in denied)]


def _continued_limit(span: Span, sent_id: int, before: list[CodeHit], here: list[CodeHit], *,
                     before_span: Span, scene: Scene) -> list[CodeHit]:
    """Return the limit a sentence continues: right after a limits sentence of its paragraph (or opening a
    quotation paragraph, or one that labels or joins on to it, right after one: see `cohesion`), with no limit of
    its own, a sentence elaborates that limit when its centre stays on Russia (see `_transition`): its main subject takes Russia up ('By June they had moved the
    squadron home.'), or it opens with a pronoun, a coordinator or a sentence adverb ('It is a thinning.', 'And
    the pilots were tired.') or its subject repeats a noun of `before_span` (see `_reiterated`), or, with no support
    of its own, it names Russia's state people or means by the nationality adjective (see `_russian_member`) or its
    main subject names Assad's side, the recipient that bears the limit ('Damascus had to make do.'; see
    `_names_assads_side`; whether the sentence takes the limit up is not checked, so his own acts carry it too),
    while no other actor is its subject. An opening quotation mark is passed over; an opening
    'I' or 'you' (see `_exophoric`), or the writer's 'we' outside every quotation (see `Scene.writers_plural`),
    continues nothing, nor does a 'this' that names the text itself ('This article ...', see `_names_the_text`). The
    cue is the main subject, the opening word, the adjective or Assad's side; the code and agent are the previous
    sentence's.
    """
    limit = next((hit for hit in before if hit.dimension == LIMITS), None)
    if limit is None or any(hit.dimension == LIMITS for hit in here):
        return []
    opening = next((token for token in span if not token.is_quote), span[0])
    if _exophoric(opening) or scene.writers_plural(opening):
        return []
    transition = _transition(sent_id, scene)
    if transition == SHIFT:
        return []
    if transition == CONTINUE:
        cue = _main_subject(span)
    elif ((opening.pos_ in CONTINUING_OPENERS or opening.lower_ in DEMONSTRATIVES or _reiterated(span, before_span))
          and not _names_the_text(opening)):
        cue = opening
    elif not any(hit.dimension == SUPPORT for hit in here) and (member := _russian_member(span, scene)) is not None:
        cue = member
    elif (not any(hit.dimension == SUPPORT for hit in here) and (subject := _main_subject(span)) is not None
          and _names_assads_side(subject, scene)):
        cue = subject
    else:
        return []
    return [CodeHit(sent_id, limit.code, LIMITS, cue.text, cue.idx, cue.idx + len(cue.text),
                    limit.agent, CONTEXT, None)]


def _bounded_support(span: Span, sent_id: int, here: list[CodeHit], scene: Scene) -> list[CodeHit]:
    """Return the limit of a sentence with no limit of its own whose 'but' sets a clause against the support it states
    before it ('Moscow held the umbrella over Damascus, but it decided where the holes went'; see `concession`). The cue
    is the 'but'; the agent is the support's."""
    support = [hit for hit in here if hit.dimension == SUPPORT]
    if not support or any(hit.dimension == LIMITS for hit in here):
        return []
    but = adversative_after_support(span, scene, support=[(hit.start, hit.end) for hit in support])
    if but is None:
        return []
    granted = next(hit for hit in support if hit.end <= but.idx)
    return [CodeHit(sent_id, CONCESSION, LIMITS, but.text, but.idx, but.idx + len(but.text), granted.agent,
                    granted.agent_link, None)]


def _support_set_against(span: Span, sent_id: int, before: list[CodeHit], here: list[CodeHit], *,
                         scene: Scene, codebook: "Codebook") -> list[CodeHit]:
    """Return the limit of a sentence with no limit of its own that opens with 'But' or 'Yet' right after a sentence
    that grants support (see `concession.opens_against_what_went_before`): the support granted, then bounded. Support
    is granted by Russia's means or acts (a code that requires an `agent`), tied to Russia in that sentence itself, not
    carried from the text before it; a motive or an effect grants nothing to bound. The cue is the opening
    conjunction; the code is `CONCESSION` and the agent the support's, carried."""
    granted = next((hit for hit in before if hit.dimension == SUPPORT and AGENT in codebook.codes[hit.code].requires
                    and hit.agent_link not in CARRIED), None)
    if granted is None or any(hit.dimension == LIMITS for hit in here):
        return []
    opener = opens_against_what_went_before(span, scene.parse)
    if opener is None:
        return []
    return [CodeHit(sent_id, CONCESSION, LIMITS, opener.text, opener.idx, opener.idx + len(opener.text), granted.agent,
                    CONTEXT, None)]


def _questioned_in_headline(span: Span, sent_id: int, here: list[CodeHit], scene: Scene) -> list[CodeHit]:
    """Return the limit a headline states by asking a question ('How far would Moscow go?', 'A patron with limits?',
    'Did Russia let him go?'), with no limit of its own and no actor named but Russia and Assad's side: a question
    headline holds its topic open to doubt, and the answer it leads the reader to expect is 'no' (Betteridge's law of
    headlines, Betteridge 2009; the question headline as forward reference that leaves its topic open, Blom & Hansen 2015), so
    in an article on Russia's support it bounds that support (`iter_code_hits` keeps it only where the article codes
    support). The cue is the question mark; the agent is the Russian the headline names, or else the first the
    article names (an `ARTICLE` link). A statement headline, or one that names another actor ('Will Ankara close the
    Straits?'), states nothing here."""
    if any(hit.dimension == LIMITS for hit in here):
        return []
    mark = next((token for token in reversed(span) if not (token.is_quote or token.is_space)), None)
    if (mark is None or mark.text != QUESTION_MARK
            or not scene.actors.difference(scene.russian, scene.assad).isdisjoint(range(span.start, span.end))):
        return []
    named = scene.russian_in(span)
    link = Link(named.text, named.role or SENTENCE) if named else next(
        (Link(later.text, ARTICLE) for s in sorted(scene.spans) if s > sent_id
         and (later := scene.russian_in(scene.spans[s]))), None)
    if link is None:
        return []
    return [CodeHit(sent_id, DOUBTED_SUPPORT, LIMITS, mark.text, mark.idx, mark.idx + len(mark.text), link.text,
                    link.role, None)]


def _turns_to_the_war(sent_id: int, here: list[CodeHit], scene: Scene) -> bool:
    """Return True when a paragraph joined on to the one before only by its opening coordinator ('But ...', 'And ...';
    see `cohesion.opens_with_conjunction`) states support of its own by a Russian it names ('And Russian jets struck
    rebel positions.'; support carried from the text before does not count) or has Assad's side or his opponents as
    its actor ('But Assad flew to Moscow to thank Putin.', 'Yet the rebels held on.', 'And the Syrian army retook
    Aleppo.'): the coordinator joins a new point of the war story, not more of Russia's limit."""
    return (any(hit.dimension == SUPPORT and hit.agent_link not in CARRIED for hit in here)
            or scene.about_a_party_of_the_war(sent_id))


def _names_assads_side(subject: Token, scene: Scene) -> bool:
    """Return True when `subject` names Assad's side itself, as a party: his name, his state's or a pronoun taken up
    from one ('Assad', 'Damascus', 'he'), or a noun of his side's leadership or officials (`PARTY_HEADS`: 'the Syrian
    government', 'the regime', 'Syrian officials'); not a thing of his side ('regime sovereignty', 'the Syrian
    pound') nor his armed forces (`ARMED_HEADS`), whose own war it is."""
    lemma = subject.lemma_.lower()
    return scene.side_of(subject) == ASSAD and lemma not in ARMED_HEADS and (
        subject.i in scene.assad or lemma in PARTY_HEADS)


def _russian_member(span: Span, scene: Scene) -> Token | None:
    """Return the first Russian nationality adjective of `span` that modifies a noun naming the state's people, means
    or conduct ('Russian officers', 'Russian jets', 'Russian air activity'; see `STATE_MEMBER_HEADS`), or None: the
    phrase names a part of the centre the sentence before was about, so the centre continues by bridging reference
    (Clark 1975) where a name ('Moscow') would open a new point. Russians or Russian goods outside the state ('Russian
    students', 'Russian wheat') are no part of it."""
    return next((token for token in span if token.i in scene.russian and token.pos_ == "ADJ" and token.dep_ == "amod"
                 and token.head.pos_ in NOUN_TAGS and _state_member(token.head)), None)


def _state_member(noun: Token) -> bool:
    """Return True when `noun` names a state's people, means or conduct: by its head ('officials', 'warships',
    'policy'), by a modifier of the military or the state ('air activity', 'state television') or by a noun
    modifier that names one ('a policy question')."""
    return noun.lemma_.lower() in STATE_MEMBER_HEADS or any(
        child.dep_ in NOUN_MODIFIER_DEPS and (child.lemma_.lower() in STATE_MEMBER_MODIFIERS
                                              or (child.pos_ in NOUN_TAGS and _state_member(child)))
        for child in noun.children)


def _transition(sent_id: int, scene: Scene) -> str | None:
    """Return how a sentence's centre follows the Russian one before it (centering theory, Grosz, Joshi &
    Weinstein 1995): CONTINUE when its preferred centre, the main subject, takes up Russia by a pronoun or a
    definite description, a possessive one included ('it', 'the crews', 'its envoys', 'Moscow's envoys'); SHIFT
    when it is another actor (Assad's opponents included); None otherwise (no actor, Assad's side, or Russia
    named anew as the head: 'Moscow', 'the Kremlin', 'Russian envoys')."""
    subject = _main_subject(scene.spans[sent_id])
    definite = subject is not None and subject.pos_ == "NOUN" and any(
        child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in DEFINITES) for child in subject.children)
    if scene.side_of(subject) == RUSSIA and (subject.pos_ == "PRON" or definite):
        return CONTINUE
    return SHIFT if scene.about_another_actor(sent_id) else None


def _main_subject(span: Span) -> Token | None:
    """Return the subject of the sentence's main clause, or None."""
    return next((child for child in span.root.children if child.dep_ in CLAUSE_SUBJECTS), None)


def _exophoric(token: Token) -> bool:
    """Return True for 'I', 'my', 'you' or 'your' (see `EXOPHORIC`): it points to the speaker or the reader, not
    back to the sentence before (Halliday & Hasan 1976, §2.3)."""
    person, number = token.morph.get("Person"), token.morph.get("Number")
    return token.pos_ == "PRON" and any(p in person and (n is None or n in number) for p, n in EXOPHORIC)


def _names_the_text(token: Token) -> bool:
    """Return True for 'this' determining a noun the text names itself by (`SELF_NAMING_NOUNS`: 'This article',
    'This live blog'), or a noun of a text or of a matter as the active subject of a text's act (`TEXT_OR_MATTER_NOUNS`
    with `TEXT_ACT_VERBS`: 'This issue looks at ...'), or for 'this' as the subject of a copula whose complement
    names a text or a reading of one (`TEXT_READING_NOUNS`: 'This is one reading'): it points to the text, not back to
    the sentence before."""
    if token.lower_ == "this" and token.dep_ == "nsubj" and token.head.lemma_ == "be":
        return any(child.dep_ == "attr" and child.lemma_.lower() in SELF_NAMING_NOUNS | TEXT_READING_NOUNS
                   for child in token.head.children)
    if token.lower_ != "this" or token.dep_ != "det":
        return False
    noun = token.head
    if noun.lemma_.lower() in SELF_NAMING_NOUNS:
        return True
    return (noun.lemma_.lower() in TEXT_OR_MATTER_NOUNS and noun.dep_ == "nsubj"
            and noun.head.lemma_.lower() in TEXT_ACT_VERBS)


def _reiterated(span: Span, before: Span) -> bool:
    """Return True when the subject of the sentence's main clause is a definite noun phrase whose noun the
    sentence before used ('Russia's squadrons were overstretched. The squadrons ...'): reiteration, a tie of
    lexical cohesion (Halliday & Hasan 1976, ch. 6)."""
    subject = next((token for token in span if token.dep_ in CLAUSE_SUBJECTS and token.head.dep_ == "ROOT"), None)
    return (subject is not None and subject.pos_ == "NOUN"
            and any(child.lower_ in DEFINITES for child in subject.children if child.dep_ in ("det", "poss"))
            and any(token.lemma_ == subject.lemma_ for token in before))


def _answered_support(span: Span, sent_id: int, question: list[CodeHit], here: list[CodeHit]) -> list[CodeHit]:
    """Return the support an answer's opening fragment takes from the question it answers.

    A first sentence of the answer with no clause of its own, a word of assent (`ASSENTS`), no
    negation and no support of its own ('Yes, without hesitation.') affirms the question's
    support. The cue is the fragment's head; the code and agent are the question's.
    """
    support = next((hit for hit in question if hit.dimension == SUPPORT), None)
    root = span.root
    clause = root.pos_ in ("VERB", "AUX") and any(child.dep_ in CLAUSE_SUBJECTS for child in root.children)
    if support is None or clause or any(hit.dimension == SUPPORT for hit in here) or any(
            token.dep_ == "neg" for token in span) or not any(token.lower_ in ASSENTS for token in span):
        return []
    return [CodeHit(sent_id, support.code, SUPPORT, root.text, root.idx, root.idx + len(root.text),
                    support.agent, CONTEXT, None)]


def _denied_answer(span: Span, sent_id: int, question: list[CodeHit], here: list[CodeHit]) -> list[CodeHit]:
    """Return the limit an answer states by opening with a denial (`DENIALS`: 'Not really.', 'Less than the
    speeches suggest.') of a question about Russia's support or its limits, with no limit of its own.

    A speaker label before a colon ('Karsh: No.') is skipped. The cue is the denial; the code is the question's
    limits code, or `DOUBTED_SUPPORT` for a question about support; the agent is the question's.
    """
    asked = next((hit for hit in question if hit.dimension == LIMITS),
                 next((hit for hit in question if hit.dimension == SUPPORT), None))
    label = next((token.i + 1 for token in span[:LABEL_WORDS + 1] if token.text == LABEL_MARK), span.start)
    opening = span.doc[label] if label < span.end else None
    if asked is None or opening is None or opening.lower_ not in DENIALS or any(
            hit.dimension == LIMITS for hit in here):
        return []
    code = asked.code if asked.dimension == LIMITS else DOUBTED_SUPPORT
    return [CodeHit(sent_id, code, LIMITS, opening.text, opening.idx, opening.idx + len(opening.text),
                    asked.agent, CONTEXT, None)]
