"""Control by deciding: Russia deciding what another party or the war does, a limit of the leverage kind.

A verb of deciding (FrameNet Deciding and Choosing: 'decide', 'determine', 'dictate', 'choose') whose complement is an
indirect question with a subject of its own (Quirk et al. 1985 §15.5, the nominal wh-clause: 'decide where the war
stops', 'decides how far the ceasefire goes', 'will decide when the Syrian guns may fire') says that its subject settles
what the subject of that clause does: Russia deciding it holds control over Damascus's war, the say that the codebook's
leverage patterns name ('the final say', 'called the shots'). The decider must be Russia, tied to the verb as its
subject (the coder's `Scene.tie`; not a Russian who only reports it: 'only Syrians can decide who leads them', the
envoy said), and the clause decided
- must be finite, with a subject of its own: an infinitive ('will decide whether to send more jets') is the decider's
  own act;
- must not have a Russian subject ('will determine when its last advisers go home', 'decide where their helicopters
  refuel'): Russia deciding its own act is no control over another;
- must be about Assad's war: its subject is Assad's side, the war or a personal pronoun left to its resolution (as in
  `restraint`; not the wh-word itself: 'who runs the central bank'), or the clause names an act of war ('who leads the
  assault'), or the sentence names Assad's side ('held the umbrella over Damascus, but it decided where the holes
  went'). Russia deciding its home affairs ('decides who runs the central bank', 'when the summit takes place') is no
  control over Damascus.
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import RUSSIA, SPEAKER, Scene
from analysis.extract.frames.restraint import WARFARE_NOUNS, is_party_of_the_war

# Verbs of Deciding and Choosing (FrameNet) that take an indirect question.
DECIDING_VERBS = frozenset(get_string_id(word) for word in ("decide", "determine", "dictate", "choose"))
# The wh-words that open an indirect question (Quirk et al. 1985 §15.5), 'whether' and 'if' among them.
WH_WORDS = frozenset(get_string_id(word) for word in (
    "where", "when", "how", "whether", "if", "who", "whom", "whose", "what", "which", "why"))
# How the indirect question hangs on the verb of deciding; the parser may hang a 'when' question on it as an adverbial
# clause, taken as the question where it follows the verb at once and the verb has no complement of its own.
QUESTION_DEPS = frozenset({"ccomp", "dobj"})
ADVERBIAL = "advcl"
COMPLEMENT_DEPS = QUESTION_DEPS | {"xcomp", "dative", "prep"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def deciding_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each verb of deciding in `span` (`DECIDING_VERBS`) with a Russian subject and an indirect question about
    Assad's war whose own subject is not Russian (see the module), as a cue of one token."""
    parse, doc = scene.parse, span.doc
    for verb in parse.lemma_ids_between(DECIDING_VERBS, span.start, span.end):
        if parse.pos[verb] != "VERB":
            continue
        question = _indirect_question(verb, scene)
        subject = None if question is None else next(
            (child for child in parse.children(question) if parse.dep[child] in SUBJECT_DEPS), None)
        if subject is None or scene.side_of(doc[subject]) == RUSSIA or not (
                (parse.lower[subject] not in WH_WORDS and is_party_of_the_war(subject, scene))
                or scene.names_assad_side(span) or _names_warfare(question, scene)):
            continue
        cue = doc[verb:verb + 1]
        link, _ = scene.tie(cue)
        if link is not None and link.role != SPEAKER:
            yield cue


def _indirect_question(verb: int, scene: Scene) -> int | None:
    """Return the head of the indirect question the verb at `verb` takes (see `QUESTION_DEPS`), or None."""
    parse, doc = scene.parse, scene.doc
    children = parse.children(verb)
    question = next((child for child in children if child > verb and parse.dep[child] in QUESTION_DEPS
                     and _opens_with_wh(child, scene)), None)
    if question is None and not any(parse.dep[child] in COMPLEMENT_DEPS for child in children):
        question = next((child for child in children if parse.dep[child] == ADVERBIAL
                         and doc[child].left_edge.i == verb + 1 and _opens_with_wh(child, scene)), None)
    return question


def _opens_with_wh(head: int, scene: Scene) -> bool:
    """Return True when the clause headed by token `head` opens with a wh-word (its left edge)."""
    return scene.parse.lower[scene.doc[head].left_edge.i] in WH_WORDS


def _names_warfare(head: int, scene: Scene) -> bool:
    """Return True when the clause headed by token `head` holds a noun of the war or its acts (`WARFARE_NOUNS`)."""
    clause = scene.doc[head]
    return bool(scene.parse.lemma_ids_between(WARFARE_NOUNS, clause.left_edge.i, clause.right_edge.i + 1))
