"""Russia's own aims: what Russia wants, named as a thing that is not Assad's side (`limits.interests`).

The verb of desiring 'want' (FrameNet Desiring) with a Russian subject and a noun phrase as its object names Russia's
aim, and an aim that is a thing of its own rather than Assad's side or his win frames the war by Russia's interests:
'Moscow wants a settlement it can sell', 'the Russians wanted a photograph', 'it wants an exit', 'Russia wanted a
success story'. The verb's subject names Russia (or a pronoun resolved to it), and
- the object is a noun phrase that names no one of Assad's side (his person, government, army or regime: 'wants a
  government in Damascus that owes it', 'wants Assad in power' are aims for his side), whose head is no word of a
  side's rulers or forces ('wants a strong army', 'a friendly government': whose they are is left open, and the help
  goes to them) and no win ('wants a quick victory', 'the defeat of the jihadists': WordNet victory.n.01, defeat.n.01,
  the outcome the support is for), and which
  names none of Assad's opponents ('wants the destruction of the rebel enclaves', 'an end to the uprising': his war's
  aim, which the support serves);
- it is no free relative or question ('what Moscow wants', 'What does Russia want?': the aim is not named);
- the verb takes no clause of its own ('wants Damascus to negotiate', 'wants Europe to pay': a request of another,
  the codebook's leverage and cost patterns), and is not negated ('does not want a war': reluctance).
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import OPPONENT_WORDS, RUSSIA, SIDE_HEADS, Scene

INTERESTS = "limits.interests"
# The verb of Desiring (FrameNet) that takes a thing as its object.
DESIRING_VERBS = frozenset({get_string_id("want")})
OBJECT_DEPS = frozenset({"dobj"})
SUBJECT_DEPS = frozenset({"nsubj"})
# Clauses and predicates of the verb: a request of another or a complement that is no thing.
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "oprd", "advcl"})
# Wh-words whose object is no named aim: the free relative or question 'what Moscow wants'.
WH_OBJECTS = frozenset(get_string_id(word) for word in ("what", "whatever", "which"))
# Nouns of winning and of the other side's defeat (WordNet victory.n.01, win.n.01, defeat.n.01, rout.n.01): the outcome
# the support is for.
WINS = frozenset(get_string_id(word) for word in ("victory", "win", "triumph", "defeat", "rout"))


def aim_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each 'want' in `span` whose Russian subject wants a thing of its own (see the module), as a cue
    of one token."""
    parse, doc = scene.parse, span.doc
    for verb in parse.lemma_ids_between(DESIRING_VERBS, span.start, span.end):
        children = parse.children(verb)
        if parse.pos[verb] != "VERB" or any(parse.dep[child] in CLAUSE_DEPS or parse.dep[child] == "neg"
                                            for child in children):
            continue
        subject = next((child for child in children if parse.dep[child] in SUBJECT_DEPS), None)
        aim = next((child for child in children if parse.dep[child] in OBJECT_DEPS), None)
        if (subject is None or aim is None or scene.side_of(doc[subject]) != RUSSIA
                or parse.lower[aim] in WH_OBJECTS or parse.lemma[aim] in WINS
                or parse.lowered_lemma(aim) in SIDE_HEADS):
            continue
        phrase = doc[doc[aim].left_edge.i:doc[aim].right_edge.i + 1]
        if not (scene.names_assad_side(phrase) or any(token.lemma_.lower() in OPPONENT_WORDS for token in phrase)
                or any(child.dep_ in CLAUSE_DEPS for child in doc[aim].children)):
            yield doc[verb:verb + 1]
