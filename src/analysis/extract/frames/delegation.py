"""A task Russia leaves to another party (`limits.commitment`): 'fought from the sky and left the fighting on the
ground to the Syrian army', 'leaving the bombing of the town to the Syrian air force'.

The verb 'leave' with an object and a 'to' phrase that names an actor (FrameNet Assigning: the task goes to another,
Quirk et al. 1985 §16.55, ditransitive 'leave something to someone') says what Russia does not take on itself: its
support stops short of that task, which Assad's side or a third party carries. The cue is the verb, when
- the leaver is Russian: the verb's active subject, or, for a verb with none, the subject of the verb it is
  coordinated with or of the clause it is an adverbial participle of ('Russia fought ... and left', '..., leaving');
- the verb is not negated ('did not leave the fighting to them' denies the delegation) and takes no clause of its own;
- its object names neither Assad's side nor a place ('left Assad to his fate' is abandonment, 'left Tartus to the
  navy' or 'left its bases to the army' a departure: see `departure`), nor a pronoun ('left it to the army': what
  'it' is, is left open), nor a thing handed over rather than a task: a message (FrameNet Communication, Text: 'left
  a note to the army') or forces and arms ('left its weapons to the army' gives means, it bounds nothing);
- its 'to' phrase names an actor that is not Russian ('left nothing to chance' names none).
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from analysis.extract.frames.agents import FORCE_HEADS, ORDNANCE, RUSSIA, Scene
from analysis.extract.frames.departure import PLACE_NOUNS

# The verb of Assigning read here (its lemma id), and the preposition of its recipient.
LEAVING_VERBS = frozenset({get_string_id("leave")})
TO = "to"
SUBJECT_DEPS = frozenset({"nsubj"})
# How a verb with no subject of its own takes its leaver: a coordinated verb or an adverbial participle.
SHARED_DEPS = frozenset({"conj", "advcl"})
OBJECT_DEPS = frozenset({"dobj"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "oprd", "acomp"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Objects that are things handed over, not tasks: messages and texts (FrameNet Communication, Text), forces and arms.
HANDED_THINGS = (frozenset({"message", "note", "letter", "cable", "email", "greeting", "legacy"}) | FORCE_HEADS
                 | ORDNANCE)
GERUND, GERUND_DEPS, AUXILIARY_DEPS = "ing", frozenset({"xcomp", "dobj"}), frozenset({"aux", "auxpass"})


def delegation_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each 'leave' in `span` whose Russian subject leaves a task to another actor (see the module), as a cue
    of one token."""
    parse, doc = scene.parse, span.doc
    for verb in parse.lemma_ids_between(LEAVING_VERBS, span.start, span.end):
        token = doc[verb]
        children = list(token.children)
        # a noun in '-ing' the parse hangs on the verb as an object or a clause ('left most street fighting to the
        # army') may hold the 'to' phrase; an infinitive or a predicative is a clause of the verb's own ('left them to
        # die')
        gerunds = [child for child in children if child.dep_ in GERUND_DEPS and child.lower_.endswith(GERUND)
                   and not any(grand.dep_ in AUXILIARY_DEPS for grand in child.children)]
        if token.pos_ != "VERB" or any(child.dep_ == "neg" or (child.dep_ in CLAUSE_DEPS and child not in gerunds)
                                       for child in children):
            continue
        task = next((child for child in children if child.dep_ in OBJECT_DEPS), None)
        takers = [grand for holder in (token, *gerunds) for child in holder.children
                  if child.dep_ == "prep" and child.lower_ == TO for grand in child.children if grand.dep_ == "pobj"]
        if (task is None or not takers or task.pos_ == "PRON" or task.ent_type_ in PLACE_ENTITIES
                or task.lemma in PLACE_NOUNS or get_string_id(task.lower_) in PLACE_NOUNS
                or {task.lemma_, task.lower_} & HANDED_THINGS
                or scene.names_assad_side(doc[task.left_edge.i:task.right_edge.i + 1])):
            continue
        if not any(scene.side_of(taker) not in (None, RUSSIA) for taker in takers):
            continue
        if scene.side_of(_leaver(token)) == RUSSIA:
            yield doc[verb:verb + 1]


def _leaver(verb: Token) -> Token | None:
    """Return the subject of `verb`, or of the verb it is coordinated with or an adverbial participle of; None for
    none."""
    node = verb
    for _ in range(3):
        subject = next((child for child in node.children if child.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if node.dep_ not in SHARED_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None
