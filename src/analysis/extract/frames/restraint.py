"""A halt bid or wanted of Assad's war: pressure on Damascus read on the parse, with the words between left free.

A verb of request or desire (FrameNet Request, Attempt_suasion, Desiring: 'ask', 'tell', 'urge', 'want') whose
complement is a predicate of ceasing (FrameNet Activity_stop, Process_end, Change_event_time: 'stop', 'halt', 'hold
off', 'put off') asks for the war to be held back, a limit of the leverage kind: 'asked Damascus more than once to stop
giving us things to veto', 'they tell us when to stop', 'wants it to take the highways and stop there', 'wants the war
to stop', 'wants the war over'. The one who is to stop is the verb's object ('asked Damascus ... to stop') or the
subject of its complement clause ('wants the war to stop'): Assad's side, a pronoun the parse leaves to the context,
or the war itself (`WARFARE_NOUNS`). It is not Assad's opponents, another party or Russia ('asked the rebels to stop',
'urged Ankara to halt its advance'), and with no one of its own (subject control: 'wants to stop') it is the subject's
own act. A ceasing verb with an object of its own that is no act of war is an act on that object, support rather than
restraint ('asked to stop the regime falling', 'wants to stop the collapse').
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import OTHER, RUSSIA, Scene
from analysis.nlp.arrays import ParseArrays


def _ids(*words: str) -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words)


# Verbs of Request, Attempt_suasion and Desiring that take an object and an infinitive or a small clause; not 'expect',
# whose complement is as often a forecast (FrameNet Expectation: 'expects the fighting to end soon').
REQUEST_VERBS = _ids("ask", "tell", "urge", "press", "push", "pressure", "persuade", "convince", "order", "instruct",
                     "advise", "want", "demand", "insist", "call")
# Verbs of ceasing and deferring (FrameNet Activity_stop, Process_end, Activity_pause, Change_event_time).
CEASING_VERBS = _ids("stop", "halt", "cease", "end", "finish", "pause", "freeze", "suspend", "postpone", "delay")
# Phrasal verbs of ceasing and deferring, verb and particle: 'hold off', 'hold back', 'call off', 'put off'.
CEASING_PHRASAL = {get_string_id("hold"): _ids("off", "back"), get_string_id("call"): _ids("off"),
                   get_string_id("put"): _ids("off")}
# The particle of an ended state after a verb of desire and its object: 'wants the war over'.
ENDED = get_string_id("over")
ON = get_string_id("on")
# Nouns of the war and its acts (FrameNet Hostile_encounter, Attack, Military_operation): what is to stop.
WARFARE_NOUNS = _ids("war", "fighting", "offensive", "attack", "advance", "assault", "campaign", "operation", "push",
                     "bombing", "shelling", "battle", "violence", "bloodshed", "killing", "siege")
# Verbs of losing ground: ceasing to lose is a rescue, not a halt ('wants the regime to stop losing ground').
LOSS_VERBS = _ids("lose", "fall", "collapse", "crumble", "retreat")
# Tags of a tensed verb or a modal.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PARTICLE_DEPS = frozenset({"prt", "advmod"})


def restraint_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each verb of request or desire in `span` (`REQUEST_VERBS`) whose complement bids a halt of Assad's war
    (see the module): its complement clause, or a clause coordinated with it, is a predicate of ceasing whose object,
    if any, is an act of war, and the one to stop is neither Russia nor another party nor Assad's opponents; or its
    object is the war with the particle 'over'."""
    parse, doc = scene.parse, span.doc
    for verb in range(span.start, span.end):
        if parse.lemma[verb] not in REQUEST_VERBS or parse.pos[verb] != "VERB":
            continue
        children = parse.children(verb)
        objects = [child for child in children if parse.dep[child] in OBJECT_DEPS] + [
            grandchild for child in children if parse.dep[child] == "prep" and parse.lower[child] == ON
            for grandchild in parse.children(child) if parse.dep[grandchild] == "pobj"]
        if any(parse.lemma[obj] in WARFARE_NOUNS and _ended(obj, verb, parse) for obj in objects):
            yield doc[verb:verb + 1]
            continue
        for complement in (child for child in children if parse.dep[child] in COMPLEMENT_DEPS
                           and not _finite(child, parse)):
            stopper = next(iter(objects), None)
            if stopper is None:
                stopper = next((child for child in parse.children(complement) if parse.dep[child] in SUBJECTS), None)
            if stopper is None or not _may_stop(stopper, scene):
                continue
            if any(_ceases(clause, scene) for clause in (complement, *parse.conjuncts(complement))):
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
    what it ceases is no losing of ground (`LOSS_VERBS`)."""
    parse = scene.parse
    children = parse.children(clause)
    particles = CEASING_PHRASAL.get(parse.lemma[clause], frozenset())
    if parse.lemma[clause] not in CEASING_VERBS and not any(
            parse.dep[child] == "prt" and parse.lower[child] in particles for child in children):
        return False
    return all(parse.lemma[child] in WARFARE_NOUNS for child in children if parse.dep[child] == "dobj") and not any(
        parse.lemma[child] in LOSS_VERBS for child in children if parse.dep[child] == "xcomp")


def _may_stop(stopper: int, scene: Scene) -> bool:
    """Return True when the one asked or wanted to stop (token `stopper`) is Assad's side, a pronoun not resolved to
    Russia or another party, or the war: not Russia, another party or Assad's opponents (`Scene.bearer_side_of`)."""
    parse, token = scene.parse, scene.doc[stopper]
    side = scene.side_of(token)
    if side == RUSSIA or scene.bearer_side_of(token) == OTHER:
        return False
    return side is not None or parse.pos[stopper] == "PRON" or parse.lemma[stopper] in WARFARE_NOUNS
