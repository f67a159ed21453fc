"""A halt bid or wanted of Assad's war: pressure on Damascus read on the parse, with the words between left free.

A verb of request or desire (FrameNet Request, Attempt_suasion, Desiring: 'ask', 'tell', 'urge', 'want') whose
complement is a predicate of ceasing (FrameNet Activity_stop, Process_end, Change_event_time: 'stop', 'halt', 'hold
off', 'put off') asks for the war to be held back, a limit of the leverage kind: 'asked Damascus more than once to stop
giving us things to veto', 'they tell us when to stop', 'wants it to take the highways and stop there', 'wants the war
to stop', 'wants the war over'. The one who is to stop is the verb's object ('asked Damascus ... to stop') or the
subject of its complement clause ('wants the war to stop'): Assad's side, a pronoun the parse leaves to the context, or
the war itself (`WARFARE_NOUNS`). It is not Assad's opponents, another party or Russia ('asked the rebels to stop',
'urged Ankara to halt its advance'), and with no one of its own (subject control: 'wants to stop') it is the subject's
own act. Ceasing a feeling is reassurance ('told the army to stop worrying'). A ceasing verb with an object of its own
that is no act of war, or the act of war of Assad's opponents or another party, is an act on that object, support
rather than restraint ('asked to stop the regime falling', 'wants to stop the collapse', 'wants the army to stop the
rebel advance'). An ending whose outcome is Assad's win ('wants the war to end on Assad's terms', 'in a government
victory', 'with Assad in power') bids that win, not a halt. A desire is predicated of its subject (Palmer 2001,
subject-oriented modality), so a noun subject that names no Russian wants it for itself ('Ordinary Syrians want the war
to stop'); a pronoun subject is left to its resolution.

Permission withheld holds the war back too: a negated verb of permitting (FrameNet Permitting and Preventing_or_letting:
'let', 'allow', 'permit') whose permitted act is Assad's side's own ('will not let Assad's army take Idlib', 'we will
not let him win everything', 'did not allow the Syrian air force to strike'). Not where the act is a loss that Assad's side
would suffer ('will not let Assad fall', 'would not allow the regime to be toppled': the denied loss is support, see
`litotes`) or that it would bear alone ('will not let Damascus face the rebels alone': Quirk et al. 1985 §7.53, 'alone'
as a subject complement, a party left without help, which Russia denies), nor where the one permitted is not Assad's
side ('will not let the Council open a door').
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, OTHER, RUSSIA, Scene
from analysis.nlp.arrays import ParseArrays, string_ids


# Verbs of Request, Attempt_suasion and Desiring that take an object and an infinitive or a small clause; not 'expect',
# whose complement is as often a forecast (FrameNet Expectation: 'expects the fighting to end soon').
REQUEST_VERBS = string_ids(frozenset({"ask", "tell", "urge", "press", "push", "pressure", "persuade", "convince",
                                      "order", "instruct", "advise", "want", "demand", "insist", "call"}))
# Verbs of Desiring among them, whose subject is the one who wants (Palmer 2001, subject-oriented modality).
DESIRE_VERBS = string_ids(frozenset({"want"}))
# Verbs of ceasing and deferring (FrameNet Activity_stop, Process_end, Activity_pause, Change_event_time).
CEASING_VERBS = string_ids(frozenset({"stop", "halt", "cease", "end", "finish", "pause", "freeze", "suspend",
                                      "postpone", "delay"}))
# Phrasal verbs of ceasing and deferring, verb and particle: 'hold off', 'hold back', 'call off', 'put off'.
CEASING_PHRASAL = {get_string_id("hold"): string_ids(frozenset({"off", "back"})),
                   get_string_id("call"): string_ids(frozenset({"off"})),
                   get_string_id("put"): string_ids(frozenset({"off"}))}
# The particle of an ended state after a verb of desire and its object: 'wants the war over'.
ENDED = get_string_id("over")
ON = get_string_id("on")
# Nouns of the war and its acts (FrameNet Hostile_encounter, Attack, Military_operation): what is to stop.
WARFARE_NOUNS = string_ids(frozenset({"war", "fighting", "offensive", "attack", "advance", "assault", "campaign",
                                      "operation", "push", "bombing", "shelling", "battle", "violence", "bloodshed",
                                      "killing", "siege"}))
# Verbs of losing ground: ceasing to lose is a rescue, not a halt ('wants the regime to stop losing ground').
LOSS_VERBS = string_ids(frozenset({"lose", "fall", "collapse", "crumble", "retreat"}))
# Verbs of a feeling dwelt on (FrameNet Emotion_active): ceasing one is reassurance, not a halt ('told the army to stop
# worrying').
FEELING_VERBS = string_ids(frozenset({"worry", "fret", "agonize", "agonise", "fuss", "obsess", "panic", "despair"}))
# Prepositions of the outcome an ending comes to: 'end in a victory', 'over on Assad's terms', 'end with Assad in power'.
OUTCOME_PREPOSITIONS = string_ids(frozenset({"on", "in", "with"}))
# Nouns of winning (WordNet victory.n.01, win.n.01), and the plural 'terms' that one side sets for the war's end.
WIN_NOUNS = string_ids(frozenset({"victory", "win", "triumph"}))
TERMS = get_string_id("terms")
# Tags of a tensed verb or a modal.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PARTICLE_DEPS = frozenset({"prt", "advmod"})
# Verbs of permitting (FrameNet Permitting, Preventing_or_letting) and their negators ('not', 'never').
PERMITTING_VERBS = string_ids(frozenset({"let", "allow", "permit"}))
NEGATORS = string_ids(frozenset({"not", "n't", "never"}))
# Verbs of Assad's side losing or being lost (FrameNet Losing, Change_of_leadership seen from the loser): letting them
# happen is not withheld.
LOSING_VERBS = LOSS_VERBS | string_ids(frozenset({"die", "perish", "disappear", "go", "drown", "starve", "suffer"}))
# Words of a party left without help ('stand alone', 'face them unaided').
UNAIDED = string_ids(frozenset({"alone", "unaided"}))
PASSIVE_AUXILIARY = "auxpass"


def restraint_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each verb of request or desire in `span` (`REQUEST_VERBS`) whose complement bids a halt of Assad's war
    (see the module): its complement clause, or a clause coordinated with it, is a predicate of ceasing whose object,
    if any, is an act of war, and the one to stop is neither Russia nor another party nor Assad's opponents; or its
    object is the war with the particle 'over'."""
    parse, doc = scene.parse, span.doc
    for verb in parse.lemma_ids_between(REQUEST_VERBS, span.start, span.end):
        if parse.pos[verb] != "VERB" or _wanted_by_another(verb, scene):
            continue
        children = parse.children(verb)
        objects = [child for child in children if parse.dep[child] in OBJECT_DEPS] + [
            grandchild for child in children if parse.dep[child] == "prep" and parse.lower[child] == ON
            for grandchild in parse.children(child) if parse.dep[grandchild] == "pobj"]
        if any(parse.lemma[obj] in WARFARE_NOUNS and _ended(obj, verb, parse) and not _won(obj, scene)
               and not _won(verb, scene) for obj in objects):
            yield doc[verb:verb + 1]
            continue
        for complement in (child for child in children if parse.dep[child] in COMPLEMENT_DEPS
                           and not _finite(child, parse)):
            stopper = next(iter(objects), None)
            if stopper is None:
                stopper = next((child for child in parse.children(complement) if parse.dep[child] in SUBJECTS), None)
            if stopper is None or not is_party_of_the_war(stopper, scene):
                continue
            if any(_ceases(clause, scene) and not _won(clause, scene)
                   for clause in (complement, *parse.conjuncts(complement))):
                yield doc[verb:verb + 1]
                break


def _finite(clause: int, parse: ParseArrays) -> bool:
    """Return True for a finite complement clause, tensed or with a modal ('told me the air force could stop'): what
    is reported or foreseen, not what is bid (Quirk et al. 1985 §16.35 on the to-infinitive of request verbs)."""
    return parse.tag[clause] in FINITE_TAGS or any(
        parse.dep[child] == "aux" and parse.tag[child] in FINITE_TAGS for child in parse.children(clause))


def _ended(noun: int, verb: int, parse: ParseArrays) -> bool:
    """Return True when the particle 'over' hangs on the verb or on its object `noun` ('wants the war over')."""
    return any(parse.lemma[child] == ENDED and parse.dep[child] in PARTICLE_DEPS
               for child in (*parse.children(verb), *parse.children(noun)))


def _ceases(clause: int, scene: Scene) -> bool:
    """Return True when token `clause` is a verb of ceasing or deferring whose object, if any, is an act of war, and
    what it ceases is no losing of ground (`LOSS_VERBS`), no feeling (`FEELING_VERBS`) and no act of Assad's opponents
    or another party ('stop the rebel advance')."""
    parse = scene.parse
    children = parse.children(clause)
    particles = CEASING_PHRASAL.get(parse.lemma[clause], frozenset())
    if parse.lemma[clause] not in CEASING_VERBS and not any(
            parse.dep[child] == "prt" and parse.lower[child] in particles for child in children):
        return False
    return all(parse.lemma[child] in WARFARE_NOUNS and scene.bearer_side_at(child) != OTHER
               for child in children if parse.dep[child] == "dobj") and not any(
        parse.lemma[child] in LOSS_VERBS | FEELING_VERBS for child in children if parse.dep[child] == "xcomp")


def _won(head: int, scene: Scene) -> bool:
    """Return True when token `head`, the ending or the verb wanting it, has an outcome phrase of Assad's win
    (`OUTCOME_PREPOSITIONS`): a noun of winning not held by his opponents or another party ('in a government
    victory'), terms that his side holds ('on Assad's terms') or his side itself ('with Assad in power')."""
    parse = scene.parse
    for preposition in parse.children(head):
        if parse.dep[preposition] != "prep" or parse.lower[preposition] not in OUTCOME_PREPOSITIONS:
            continue
        for outcome in (child for child in parse.children(preposition) if parse.dep[child] == "pobj"):
            if parse.lemma[outcome] in WIN_NOUNS and scene.bearer_side_at(outcome) != OTHER:
                return True
            if parse.lower[outcome] == TERMS and any(
                    parse.dep[child] == "poss" and scene.side_of(scene.doc[child]) == ASSAD
                    for child in parse.children(outcome)):
                return True
            if scene.bearer_side_at(outcome) == ASSAD:
                return True
    return False


def _wanted_by_another(verb: int, scene: Scene) -> bool:
    """Return True when token `verb` is a verb of desire (`DESIRE_VERBS`) whose subject is a noun phrase that names
    no Russian ('Ordinary Syrians want the war to stop'): the desire is its subject's own."""
    return scene.parse.lemma[verb] in DESIRE_VERBS and scene.subject_names_no_russian(scene.doc[verb])


def is_party_of_the_war(actor: int, scene: Scene) -> bool:
    """Return True when token `actor` (the one asked or wanted to stop, or whose act is decided) is Assad's side, a
    pronoun not resolved to Russia or another party, or the war: not Russia, another party or Assad's opponents
    (`Scene.bearer_side_at`)."""
    parse, token = scene.parse, scene.doc[actor]
    side = scene.side_of(token)
    if side == RUSSIA or scene.bearer_side_at(token.i) == OTHER:
        return False
    return side is not None or parse.pos[actor] == "PRON" or parse.lemma[actor] in WARFARE_NOUNS


def withheld_permission_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each negated verb of permitting in `span` (`PERMITTING_VERBS`) whose permitted act is one of Assad's side's
    own and no loss, passive or act left to it alone (see the module), as a cue of one token."""
    parse, doc = scene.parse, span.doc
    for verb in parse.lemma_ids_between(PERMITTING_VERBS, span.start, span.end):
        children = parse.children(verb)
        if parse.pos[verb] != "VERB" or not any(parse.lower[child] in NEGATORS for child in children):
            continue
        act = next((child for child in children if parse.dep[child] in COMPLEMENT_DEPS), None)
        if act is None or parse.lemma[act] in LOSING_VERBS or any(parse.dep[child] == PASSIVE_AUXILIARY
                                                                  or parse.lower[child] in UNAIDED
                                                                  for child in parse.children(act)):
            continue
        permitted = [child for child in (*parse.children(act), *children)
                     if parse.dep[child] in SUBJECTS or parse.dep[child] in OBJECT_DEPS]
        if permitted and scene.bearer_side_at(permitted[0]) == ASSAD:
            yield doc[verb:verb + 1]
