"""Pressure that is not Russia's: pressure another party applies, or pressure an act of blocking opposes.

A limit of the leverage kind (pressure, demands, conditions set on Damascus) is Russia's only when Russia applies it.
Two constructions name another party as its source even in a sentence about Russia:
- the pressure noun's own modifier or possessor is another actor or an outside collective ('Western pressure',
  'Washington's demands', 'outside pressure'): the agent of a nominalisation is its possessor or its
  agentive adjective (Quirk et al. 1985 on the subjective genitive; Grimshaw 1990 on argument-taking nouns);
  not when a Russian modifier is coordinated with it ('Western and Russian pressure') or Russia is the subject of
  the verb governing the noun ('Russia joined Western pressure on Damascus': Russia takes the pressure up);
- the cue lies inside what a verb, noun or preposition of blocking governs ('vetoed a draft that demanded a truce',
  'voted against a text threatening sanctions'): the blocked proposal is the proposer's, and blocking it shields
  Damascus (FrameNet Respond_to_proposal: reject, veto, turn down; Thwarting and Hindering: block, foil, obstruct;
  Taking_sides and Hostile_encounter: oppose, resist, against); only nominal and relative dependencies are climbed
  (the blocked proposal and what describes it, a subjectless participle the parser hangs on the verb included), and
  a clause with its own subject or a subordinator stops the climb ('opposed the
  plan while it pressed Assad' leaves Russia's pressure).
The second construction holds for a limit of any kind when what is blocked is a proposal or a text
(`limit_of_a_blocked_proposal`, `PROPOSAL_NOUNS`): the end, withdrawal or cut a blocked draft demands ('vetoed a draft
demanding an end to the bombing') is the proposer's, not a limit of Russia's, unless Russia or Assad's side proposed
it (its author in an author's place on the proposal, see `proposal_authors`), Assad's side blocks it, or the
blocking act is itself what turns a support cue ('resisted calls to send troops' stays Russia's refusal). A blocked
decision or event ('opposed the decision to withdraw the jets', 'blocked the withdrawal') keeps its limit.
A limit of decrease or small degree is likewise another party's when what it describes is theirs ('the dwindling rebel
forces', 'the rebels' strength dwindled'; `decrease_of_another`), whoever the clause's subject is.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, OTHER, RUSSIA, SUBJECT_DEPS, Scene
from analysis.extract.frames.senses import SMALL_HELP_HEADS
from analysis.nlp.arrays import ParseArrays

# The codebook's code of pressure on Damascus (checked at load: `coder.NAMED_CODES`).
PRESSURE = "limits.leverage"
# Lemmas of blocking (FrameNet Respond_to_proposal, Thwarting, Hindering, Taking_sides) and the preposition 'against'.
BLOCKING = frozenset(get_string_id(word) for word in (
    "veto", "block", "blocking", "obstruct", "thwart", "foil", "scupper", "torpedo", "stall", "oppose", "resist",
    "reject", "rebuff", "against"))
# Collective adjectives and nouns naming an outside party without a state's name (Quirk et al. 1985, on
# adjectives denoting provenance used as the agent of a nominalisation). Not 'international' or 'foreign': the
# international community counts Russia in, and pressure foreign to Damascus may be Moscow's.
OUTSIDE_PARTIES = frozenset(get_string_id(word) for word in ("western", "west", "westerners", "outside"))
# How a noun's source hangs on it: an adjective, a compound noun, a possessor ('Western demands', 'Ankara's terms').
SOURCE_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# How a word stands inside the phrase an act of blocking governs: its object and what that object holds (a relative
# or reduced relative clause, a coordinated, appositive or prepositional phrase); not an adverbial, complement or
# controlled clause, which is an act of its own. A verb coordinated with the act of blocking itself is a second act,
# not its object ('to veto and to negotiate').
INSIDE_DEPS = frozenset({"dobj", "pobj", "prep", "relcl", "acl", "conj", "appos", "compound", "amod", "nmod",
                         "npadvmod"})
# The prepositions by which a noun of blocking takes the proposal it blocks ('a veto of the draft', 'its veto on the
# text', 'a vote against the resolution'; Quirk et al. 1985 §17.48, the objective 'of' of a nominalisation).
PROPOSAL_PREPOSITIONS = frozenset(get_string_id(word) for word in ("of", "on", "against"))
NOUN_IDS = frozenset({"NOUN", "PROPN"})
# Nouns of a proposal or a text put to others, whose content is its proposer's (`limit_of_a_blocked_proposal`): the
# nouns of FrameNet's Request ('call', 'demand', 'appeal', 'plea', 'request', 'petition', 'ultimatum'), Statement
# ('proposal', 'suggestion'), Offering ('offer'), Documents and Text ('text', 'document', 'draft', 'bill') frames, a
# plan or attempt not yet carried out (Purpose, Project, Attempt: 'plan', 'initiative', 'scheme', 'bid'), and the
# texts a council or parliament votes on ('resolution', 'motion', 'amendment'). Not the nouns of a decision or an
# event ('decision', 'withdrawal', 'cut'): what has been decided or done is its agent's whoever opposes it.
PROPOSAL_NOUNS = frozenset(get_string_id(word) for word in (
    "proposal", "suggestion", "offer", "call", "demand", "appeal", "plea", "request", "petition", "ultimatum", "text",
    "document", "draft", "bill", "resolution", "motion", "amendment", "plan", "initiative", "scheme", "bid"))
# The prepositions by which a proposal noun takes its author ('a plan by Moscow', 'the proposal of the Kremlin', 'a
# call from Moscow'; see `proposal_authors`), and the by-agent of a clause on it ('put forward by Russia').
AUTHOR_PREPOSITIONS = frozenset(get_string_id(word) for word in ("by", "of", "from"))
BY_AGENT = frozenset({get_string_id("by")})
# How a pressure noun hangs on the verb that governs it ('joined the pressure', 'added to the pressure').
GOVERNED_DEPS = frozenset({"dobj", "pobj", "prep"})
# Verbs by which a party takes another's pressure up as its own (FrameNet Becoming_a_member, Cause_to_amalgamate,
# Supporting, Cause_change_of_position_on_a_scale): 'joined', 'added to', 'backed', 'stepped up'.
TAKING_UP = frozenset(get_string_id(word) for word in (
    "join", "add", "back", "support", "echo", "lend", "increase", "intensify", "step", "ramp", "lead", "apply",
    "exert", "mount", "pile", "contribute", "share", "coordinate"))


def pressure_of_another(cue: Span, scene: Scene) -> bool:
    """Return True when the cue's noun names another party as its source (see `SOURCE_DEPS`, `OUTSIDE_PARTIES`; not
    with a Russian modifier coordinated, nor under a verb whose subject is Russian) or the cue lies inside the object
    of an act of blocking (`BLOCKING`, see `INSIDE_DEPS`)."""
    parse, root = scene.parse, cue.root.i
    if any(parse.dep[child] in SOURCE_DEPS and child not in range(cue.start, cue.end) and (
            parse.lower[child] in OUTSIDE_PARTIES or scene.side_of(cue.doc[child]) == OTHER)
           and not any(scene.side_of(cue.doc[other]) == RUSSIA for other in parse.conjuncts(child))
           for child in parse.children(root)) and not _taken_up_by_russia(root, cue, scene):
        return True
    return blocking_act(cue, scene) is not None


def blocking_act(cue: Span, scene: Scene, *, strict: bool = False) -> int | None:
    """Return the index of the verb, noun or preposition of blocking (`BLOCKING`) whose object holds the cue (see
    `INSIDE_DEPS`: 'vetoed a draft that demanded a truce', 'voted against a text calling for an end to the strikes'),
    else None. `strict`: a noun of blocking only through its proposal's preposition ('a veto *of* a draft', see
    `PROPOSAL_PREPOSITIONS`), not whatever else hangs on it ('from the first veto to asylum', 'a veto held in
    reserve')."""
    parse, node = scene.parse, cue.root.i
    while (parse.dep[node] in INSIDE_DEPS or _reduced_relative(node, parse)) and parse.head[node] != node and not (
            parse.dep[node] not in ("relcl", "acl") and any(parse.dep[child] in SUBJECT_DEPS
                                                          for child in parse.children(node))):
        below, node = node, parse.head[node]
        if parse.lemma[node] in BLOCKING and parse.dep[below] != "conj" and not (
                strict and parse.pos[node] in NOUN_IDS and parse.lower[below] not in PROPOSAL_PREPOSITIONS):
            return node
    return None


def limit_of_a_blocked_proposal(cue: Span, scene: Scene, *, act: int | None = None) -> bool:
    """Return True when the cue of a limit (a limits cue, or the support cue a modifier turns) lies inside a proposal
    or text an act of blocking governs (`PROPOSAL_NOUNS`: 'vetoed a draft demanding an end to the bombing', 'blocked a
    text backing a transfer of power') and the proposal is neither Russia's nor Assad's side's: the content of a
    proposal is the proposer's, not asserted by the party that blocks it (FrameNet Respond_to_proposal; the content of
    a document noun is not asserted by the speaker, Karttunen 1973 on non-factive contexts), and blocking it shields
    Damascus. Not for a decision or an event ('opposed the decision to withdraw the jets', 'blocked the withdrawal of
    the troops', 'rejected the cut in aid'): a decision taken or an act done is its agent's whoever blocks it. Not
    where Russia or Assad's side is the proposal's author outside the cue (see `proposal_authors`: a possessor or
    adjective, a by-, of- or from-phrase, the subject or by-agent of a clause on it: 'rejected a plan put forward by
    Moscow to cut the air support', 'vetoed the plan that Russia had drafted to pull its jets out', 'Assad resisted a
    Russian proposal for a withdrawal of foreign forces': Russia's own limit; 'Moscow blocked a plan by the Syrian
    army to withdraw Russian police from the town': Assad's side's), nor where Assad's side blocks it. `act`: the
    blocking act when the caller has found it (`blocking_act(cue, scene, strict=True)`)."""
    if act is None:
        act = blocking_act(cue, scene, strict=True)
    if act is None:
        return False
    parse, doc = scene.parse, cue.doc
    # the blocked phrase: the act's object, or the object of its proposal's preposition ('a veto *of* the draft')
    governed = [*parse.children(act), *(word for child in parse.children(act) if parse.dep[child] == "prep"
                                        and parse.lower[child] in PROPOSAL_PREPOSITIONS
                                        for word in parse.children(child))]
    proposals = [word for word in governed if parse.dep[word] in ("dobj", "pobj")
                 and parse.lemma[word] in PROPOSAL_NOUNS]
    if not proposals:
        return False
    content = {word.i for word in cue.root.subtree} | set(range(cue.start, cue.end))
    authors = [word for proposal in proposals for word in proposal_authors(proposal, parse) if word not in content]
    blockers = [child for child in parse.children(act) if parse.dep[child] in SUBJECT_DEPS]
    return not any(scene.side_of(doc[author]) in (ASSAD, RUSSIA) for author in authors) and not any(
        scene.side_of(doc[blocker]) == ASSAD for blocker in blockers)


def proposal_authors(noun: int, parse: ParseArrays) -> list[int]:
    """Return the words that stand as the author of the proposal `noun` (see `SOURCE_DEPS`, `AUTHOR_PREPOSITIONS`): its
    possessor, adjective or compound, the object of its authoring preposition, and the subject or by-agent of a
    relative or participle clause on it ('the plan that Russia drafted', 'a plan put forward by Moscow'); not a party
    named deeper in what the proposal asks ('a draft urging Russian jets to stop the strikes' is no Russian draft)."""
    found = []
    for child in parse.children(noun):
        if parse.dep[child] in SOURCE_DEPS:
            found.append(child)
        elif parse.dep[child] == "prep" and parse.lower[child] in AUTHOR_PREPOSITIONS:
            found.extend(word for word in parse.children(child) if parse.dep[word] == "pobj")
        elif parse.dep[child] in ("relcl", "acl"):
            for word in parse.children(child):
                if parse.dep[word] in SUBJECT_DEPS:
                    found.append(word)
                elif parse.dep[word] == "agent" or (parse.dep[word] == "prep" and parse.lower[word] in BY_AGENT):
                    found.extend(agent for agent in parse.children(word) if parse.dep[agent] == "pobj")
    return found


def _taken_up_by_russia(noun: int, cue: Span, scene: Scene) -> bool:
    """Return True when a verb of taking up (`TAKING_UP`: 'joined', 'added to', 'backed') governs the pressure noun
    (through an object or a preposition) and has a Russian subject; not one of resisting ('brushed off')."""
    parse, node = scene.parse, noun
    while parse.dep[node] in GOVERNED_DEPS and parse.head[node] != node:
        node = parse.head[node]
    return parse.lemma[node] in TAKING_UP and any(
        parse.dep[child] in SUBJECT_DEPS and scene.side_of(cue.doc[child]) == RUSSIA for child in parse.children(node))


def _reduced_relative(node: int, parse: ParseArrays) -> bool:
    """Return True for an adverbial clause with no subject and no opening subordinator or wh-adverb: the parser's
    attachment of a reduced relative to the verb ('vetoed a draft asking for a truce'), not a clause of its own
    ('while it pressed Assad')."""
    return parse.dep[node] == "advcl" and not any(
        parse.dep[child] in SUBJECT_DEPS or parse.dep[child] == "mark" or parse.tag[child] == "WRB"
        for child in parse.children(node))


# Words of decrease and of small degree that a limits cue may be (FrameNet Change_position_on_a_scale and
# Cause_change_of_position_on_a_scale, decrease; the comparatives of 'few', 'small', 'weak', 'thin'; Quirk et al. 1985
# §7.71 on comparison), by lemma or lower-case form.
DECREASE_WORDS = frozenset(get_string_id(word) for word in (
    "dwindle", "dwindling", "shrink", "shrinking", "diminish", "diminished", "diminishing", "decrease", "decreasing",
    "decline", "declining", "wane", "waning", "reduce", "reduced", "deplete", "depleted", "thin", "thinning",
    "thinner", "weaken", "weakened", "few", "fewer", "small", "smaller", "weak", "weaker", "scarce", "residual"))
# Nouns of Assad's armed opponents and of other armed parties not in `agents.OPPONENT_WORDS` (jihadists, militants),
# who in this news fight on no side of Russia's.
ANOTHER_PARTYS_WORDS = frozenset(get_string_id(word) for word in (
    "jihadist", "jihadi", "militant", "extremist", "islamist"))
# How what a word of degree describes hangs on it: its head noun for an attributive adjective (through coordinated
# adjectives), the subject of a verb or of a predicative adjective's copula, the object a verb of decrease lessens.
DESCRIBED_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PREDICATIVE_DEPS = frozenset({"acomp", "attr", "oprd"})
HOLDER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
OF = frozenset({get_string_id("of")})
DECLINE_ID = get_string_id("decline")
# Nouns of help that a subject on Russia's or Assad's side lessens as its own gift, whoever holds it ('Moscow reduced
# Hezbollah's air cover'): the help itself (`senses.SMALL_HELP_HEADS`) and cover from the air; not another party's own
# standing ('reduced Turkey's presence', 'Iran's role'), which Russia lessens as a rival.
GIVEN_HELP = frozenset(get_string_id(word) for word in (*SMALL_HELP_HEADS, "cover"))
# Prepositions that name a partner of the described thing ('Iran's partnership with Russia'), not a place or a target.
PARTNER_PREPOSITIONS = frozenset(get_string_id(word) for word in ("with", "between"))
# Partitive nouns, whose 'of' phrase names the whole a part is taken from, not the part's holder ('a small share of the
# appeals' is the giver's share; Quirk et al. 1985 §5.8 on partitive constructions), unlike a noun of measure, whose
# 'of' phrase is the thing measured ('the number of rebels').
PARTITIVE_NOUNS = frozenset(get_string_id(word) for word in (
    "share", "part", "portion", "fraction", "proportion", "half", "bulk", "majority", "minority", "percent", "piece",
    "slice", "sliver", "chunk"))
# A relative 'whose' stands for the noun its clause modifies ('the rebels, whose numbers dwindled'; Huddleston & Pullum
# 2002, ch. 12 §3.3).
RELATIVE_POSSESSIVE = "WP$"


def decrease_of_another(cue: Span, scene: Scene) -> bool:
    """Return True when a limits cue of decrease or small degree (`DECREASE_WORDS`) describes a thing that names or is
    held by a party other than Russia and Assad's side: Assad's armed opponents (`agents.OPPONENT_WORDS`), jihadists
    (`ANOTHER_PARTYS_WORDS`) or another actor ('the dwindling rebel forces', 'the shrinking opposition', 'a shrinking
    band of rebel fighters', 'the rebels' strength dwindled', 'the Turkish presence grew smaller'). The decrease is
    theirs, not a limit of Russia's help, whoever the clause's subject is ('Russian air strikes left the dwindling
    rebel forces ...'): an attributive adjective predicates of its head noun (Quirk et al. 1985 §7.21), a predicative
    one of its subject (§7.23), an intransitive verb of change of its subject (the item of FrameNet
    Change_position_on_a_scale) and a transitive one of its object (Cause_change_of_position_on_a_scale); a possessor,
    modifier or 'of' phrase of that thing is its holder (the subjective genitive, Quirk et al. 1985 §5.116; not the 'of'
    phrase of a partitive noun, `PARTITIVE_NOUNS`: 'a small share of the UN's appeals' is the giver's). Not when
    the described phrase names Russia or Assad's side ('the shrinking Russian contingent', 'dwindling Russian sorties',
    'the regime's dwindling manpower'), and not for a thing no party holds ('fewer jets', 'the shrinking contingent').
    'Decline' before an infinitive is a refusal, and another party's refusal is no more Russia's limit than its
    decrease. Gaps: what a 'with' phrase gives ('left the rebels with fewer fighters') and a noun of small quantity
    ('a handful of rebels') are not read."""
    parse, doc = scene.parse, cue.doc
    for word in range(cue.start, cue.end):
        if parse.lemma[word] not in DECREASE_WORDS and parse.lower[word] not in DECREASE_WORDS:
            continue
        described = _described(word, parse)
        if described is None:
            continue
        if parse.dep[described] == "dobj" and parse.head[described] == word and _lessened_by_its_own(
                word, described, scene):
            continue
        # a partitive noun's 'of' phrase is the whole it is taken from: only its own possessor or modifier holds it
        partitive = parse.lemma[described] in PARTITIVE_NOUNS
        if not partitive and scene.side_of(doc[described]) in (RUSSIA, ASSAD):
            continue
        holders = [*(() if partitive else (described,)),
                   *(child for child in parse.children(described) if parse.dep[child] in HOLDER_DEPS),
                   *(() if partitive else _objects_of(described, OF, parse))]
        holders += [antecedent for holder in holders if parse.tag[holder] == RELATIVE_POSSESSIVE
                    and (antecedent := _relative_antecedent(holder, parse)) is not None]
        # a Russian co-holder ('Tehran's and Moscow's support', also when the parser splits it into two subjects) or
        # partner ('Iran's partnership with Russia') makes the decrease Russia's too
        subject = parse.dep[described] in DESCRIBED_SUBJECT_DEPS
        fellows = [child for child in parse.children(parse.head[described])
                   if subject and parse.dep[child] in DESCRIBED_SUBJECT_DEPS]
        partners = _objects_of(described, PARTNER_PREPOSITIONS, parse)
        conjuncts = [conjunct for holder in holders for conjunct in parse.conjuncts(holder)]
        if any(scene.side_of(doc[other]) == RUSSIA for other in (*conjuncts, *fellows, *partners)):
            continue
        if any(scene.side_of(doc[holder]) not in (RUSSIA, ASSAD) and (
                scene.bearer_side_at(holder) == OTHER or parse.lemma[holder] in ANOTHER_PARTYS_WORDS)
               for holder in holders):
            return True
    return False


def _lessened_by_its_own(verb: int, thing: int, scene: Scene) -> bool:
    """True when the verb of decrease `verb` does not lessen its object `thing` as another party's: 'decline' with an
    object refuses it ('declined Iran's request'), and a subject on Russia's or Assad's side lessens the help it gives
    (`GIVEN_HELP`: 'Moscow reduced Hezbollah's air cover'), not another party's presence or role ('Moscow reduced
    Turkey's presence'; an attack on the rebels' means is `Scene.aimed_at_opponents`)."""
    parse, doc = scene.parse, scene.doc
    return parse.lemma[verb] == DECLINE_ID or parse.lemma[thing] in GIVEN_HELP and any(
        parse.dep[child] in DESCRIBED_SUBJECT_DEPS and scene.side_of(doc[child]) in (RUSSIA, ASSAD)
        for child in parse.children(verb))


def _objects_of(noun: int, prepositions: frozenset[int], parse: ParseArrays) -> list[int]:
    """Return the indices of the objects of `noun`'s prepositions among `prepositions` (string ids)."""
    return [pobj for prep in parse.children(noun) if parse.dep[prep] == "prep" and parse.lower[prep] in prepositions
            for pobj in parse.children(prep) if parse.dep[pobj] == "pobj"]


def _described(word: int, parse: ParseArrays) -> int | None:
    """Return the index of the noun the word of degree `word` describes (see `decrease_of_another`), else None."""
    node = word
    while parse.dep[node] == "conj" and parse.head[node] != node:
        node = parse.head[node]
    dep, head = parse.dep[node], parse.head[node]
    if dep == "amod" and head != node:
        return head
    if parse.pos[node] in NOUN_IDS:
        return node  # a word of degree tagged as a noun describes its own phrase
    if dep in PREDICATIVE_DEPS and head != node:
        node = head  # 'the rebels grew weaker': the subject of the copula or linking verb
    subjects = [child for child in parse.children(node) if parse.dep[child] in DESCRIBED_SUBJECT_DEPS]
    objects = [child for child in parse.children(node) if parse.dep[child] == "dobj"]
    if objects and parse.pos[node] == "VERB":
        return objects[0]
    return subjects[0] if subjects else None


def _relative_antecedent(word: int, parse: ParseArrays) -> int | None:
    """Return the index of the noun modified by the relative clause that holds `word`, else None."""
    node = word
    while parse.dep[node] != "relcl":
        if parse.head[node] == node:
            return None
        node = parse.head[node]
    return parse.head[node]
