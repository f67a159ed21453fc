"""Whom a bargain, a sparing gift, a delay or a restraint is aimed at: Russia's limit only where Russia does it.

The codebook's wording of bargaining (`limits.conditions`, Roget's Barter), of giving sparingly (`limits.commitment`,
Roget's Parsimony), of acting slowly (`limits.reluctance`, WordNet procrastinate.v.01, delay.v.02, slow.v.01) and of the
means of restraint (`limits.leverage`, Roget's Restraint) names a limit of Russia's support only when Russia is the one
who bargains (with anyone), stints, slows its own help or holds its client back. The words are read on the parse:
- the doer of a verb (or of the progressive the parser reads as a noun: 'was bargaining') is its subject
  (`Scene.subject_names_no_russian`): a noun phrase that names no Russian does it for itself ('Assad was bargaining
  with Ankara', 'the government rationed diesel'), unless a party of the bargain is Russian ('Assad bargained with
  Moscow'; the parties as `counterparts` reads them); a verb of slowing with no object says what slows, not who slows
  it ('the deliveries slowed'), and a noun names a thing whose clause's subject need not have made it ('each shipment
  arrived with a leash', 'Damascus honoured the bargain'): both keep the cue;
- what is held back, slowed or delayed is the object of the verb, or of the verb a noun of restraint hangs on ('kept
  the delegates on a leash'), or the object of the noun's 'on' ('a brake on the offensive'): where it is Assad's
  opponents or another party ('kept the opposition delegates on a leash', 'slowed the rebels down'; see
  `Scene.bearer_side_at`), a proposal or text put to others ('delayed the motion'; `opposition.PROPOSAL_NOUNS`, whose
  blocking shields Damascus; not Russia's or Damascus's own offer, plan or request) or a move against Assad's side
  ('stalled a draft against Damascus'), the restraint or delay is aimed at another party, Russian leverage or
  shielding, not a limit of Russia's help;
- an act of war that slows or holds someone back (`restraint.WARFARE_NOUNS`: 'Russian bombing slowed them down')
  hinders whom it strikes (FrameNet Hindering, with an attack as the Hindrance).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from analysis.extract.frames.agents import ASSAD, OTHER, RUSSIA, Scene
from analysis.extract.frames.counterparts import dealing_parties
from analysis.extract.frames.opposition import PROPOSAL_NOUNS, proposal_authors
from analysis.extract.frames.restraint import WARFARE_NOUNS

# The codebook's codes of the wording read here (checked at load: `coder.NAMED_CODES`).
CONDITIONS, COMMITMENT, RELUCTANCE, LEVERAGE = ("limits.conditions", "limits.commitment", "limits.reluctance",
                                                "limits.leverage")
# The lemmas of each code's wording read here, as the codebook lists them in its cues and patterns (see the module).
BARGAINING = frozenset({"bargain", "bargaining", "haggle", "haggling", "horse-trading", "horse-trade", "barter",
                        "dicker"})
PARSIMONY = frozenset({"ration", "rationing", "stint", "skimp", "scrimp", "dole", "begrudge"})
SLOWNESS = frozenset({"delay", "stall", "procrastinate", "dither", "slow", "drag"})
RESTRAINTS = frozenset({"leash", "bridle", "tether", "fetter", "shackle", "muzzle", "brake"})
WORDING = {CONDITIONS: BARGAINING, COMMITMENT: PARSIMONY, RELUCTANCE: SLOWNESS, LEVERAGE: RESTRAINTS}
# Codes whose wording holds back, slows or delays something named (see `_held_back`).
HOLDING_CODES = frozenset({RELUCTANCE, LEVERAGE})
OBJECT_DEPS = frozenset({"dobj"})
# How a noun hangs on the verb of its clause without a preposition ('put a brake on', 'was bargaining').
NOUN_ON_VERB_DEPS = frozenset({"dobj", "attr"})
CLAUSE_HEADS = frozenset({"VERB", "AUX"})
ON, AGAINST = get_string_id("on"), get_string_id("against")
# Texts tabled at a council or parliament: with no author named, such a text is put to others, not Russia's help.
TABLED_TEXTS = frozenset(get_string_id(word) for word in ("draft", "resolution", "motion", "bill", "amendment",
                                                           "text", "document", "petition"))


def aimed_at_another(code_id: str, cue: Span, scene: Scene) -> bool:
    """Return True when a cue of the wording read here (see `WORDING`) is done by a party that is not Russian or is
    aimed at Assad's opponents, another party, a proposal or a move against Assad's side (see the module)."""
    root = cue.root
    if root.lemma_.lower() not in WORDING.get(code_id, ()):
        return False
    verb = _governing_verb(root)
    held = _held_back(root, verb) if code_id in HOLDING_CODES else []
    if code_id == RELUCTANCE and not held:
        return False  # 'the deliveries slowed': the subject is what slows
    if any(_aimed_elsewhere(target, scene) for target in held):
        return True
    if held and any(child.dep_ == "nsubj" and child.lemma in WARFARE_NOUNS for child in verb.children):
        return True  # 'Russian bombing slowed them down': an attack hinders whom it strikes
    if not _names_the_doers_act(root):
        return False  # 'each shipment arrived with a leash': the noun names no act of its clause's subject
    if code_id == CONDITIONS and any(scene.side_of(scene.doc[party]) == RUSSIA
                                     for party in dealing_parties(root.i, scene)):
        return False  # 'Assad bargained with Moscow': Russia is a party of the bargain
    return scene.subject_names_no_russian(verb)


def _names_the_doers_act(word: Token) -> bool:
    """Return True when `word` states its clause subject's act: a verb, or a noun in -ing as the complement of 'be',
    the progressive the parser reads as a noun ('Assad was bargaining'); another noun names a thing ('the bargain', 'a
    leash'), whose clause's subject need not be the one who bargains or restrains."""
    return word.pos_ == "VERB" or (word.dep_ == "attr" and word.lower_.endswith("ing") and word.head.lemma_ == "be")


def _governing_verb(word: Token) -> Token:
    """Return the verb whose clause holds `word`: the word itself, or the verb a noun hangs on as its object or
    complement or through one preposition ('put a brake on', 'kept him on a leash', 'was bargaining'); the word itself
    where a noun stands between ('aid that came with a leash attached')."""
    head = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else (
        word.head if word.dep_ in NOUN_ON_VERB_DEPS else word)
    return head if head.pos_ in CLAUSE_HEADS else word


def _held_back(word: Token, verb: Token) -> list[Token]:
    """Return what `word` holds back, slows or delays: the object of its verb (not the word itself), and the object of
    the 'on' of a noun of restraint or of its verb ('a brake on the offensive', 'put the brakes on its deliveries')."""
    objects = [child for child in verb.children if child.dep_ in OBJECT_DEPS and child.i != word.i]
    ons = [grand for head in dict.fromkeys((word, verb)) for child in head.children
           if child.dep_ == "prep" and child.lower == ON
           for grand in child.children if grand.dep_ == "pobj" and grand.i != word.i]
    return objects + ons


def _aimed_elsewhere(target: Token, scene: Scene) -> bool:
    """Return True when `target` is Assad's opponents or another party, a proposal put to others or a move against
    Assad's side (see the module). A place is no party ('near Hama'), nor is a pronoun read as one: the resolver takes
    an object pronoun up as the latest actor that agrees with it, places included ('Moscow stalled it')."""
    party = target.pos_ != "PRON" and target.i not in scene.places and scene.bearer_side_at(target.i) == OTHER
    return (party or _anothers_proposal(target, scene)
            or any(child.dep_ == "prep" and child.lower == AGAINST and any(
                grand.dep_ == "pobj" and scene.side_of(grand) == ASSAD for grand in child.children)
                for child in target.children))


def _anothers_proposal(target: Token, scene: Scene) -> bool:
    """Return True when `target` is a proposal Russia and Assad's side did not make: one whose authors (see
    `opposition.proposal_authors`) are all other parties, or, with no author named, a tabled text ('delayed the
    motion'). Russia's or Damascus's own offer, plan or request ('delayed its offer of jets') is no other's."""
    if target.lemma not in PROPOSAL_NOUNS:
        return False
    authors = [scene.doc[word] for word in proposal_authors(target.i, scene.parse)]
    if any(scene.side_of(author) in (ASSAD, RUSSIA) for author in authors):
        return False
    return bool(authors) or target.lemma in TABLED_TEXTS
