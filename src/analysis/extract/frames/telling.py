"""The patron telling its client: pressure on Damascus read on the parse (`limits.leverage`).

A verb of telling or instructing (FrameNet Telling and Request: 'tell', 'instruct', 'order') whose addressee, its
object, is Assad's side and whose teller is not Assad's side nor another power directs the client: 'Moscow had told
Damascus for two years that chemical weapons would bring the Americans in', 'Putin has told Assad the same thing:
not now', 'a text telling the Syrian government what it must give up'. What is told is left open (a content clause,
a question, a quotation, an infinitive): the patron's message to the client, the one who is told, is its direction
(the codebook's patterns and `restraint` read the request 'told Damascus to …', left to them here). Not a negated telling ('did not tell Damascus', 'without
telling Damascus': the client left out, which the codebook's friction patterns read), nor another party telling
Assad's side ('the Turkish envoy told Damascus'), nor Assad's side telling its own ('Assad told his generals'); that
a Russian is the teller, named or in view, is the coder's condition.
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, OTHER, Scene

# Verbs of Telling and Request whose object is the one told (FrameNet Telling, Request).
TELLING_VERBS = frozenset(get_string_id(word) for word in ("tell", "instruct", "order"))
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
TELLER_DEPS = frozenset({"nsubj"})
NEGATORS = frozenset(get_string_id(word) for word in ("not", "n't", "never", "without"))
# The infinitive of a request ('told Damascus to wait'), read by the codebook's patterns and `restraint`, which know
# its exceptions ('told the army to stop worrying' is reassurance).
REQUEST = "xcomp"


def telling_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each verb of telling in `span` (`TELLING_VERBS`) whose object is Assad's side and whose teller is neither
    Assad's side nor another actor, not negated (see the module), as a cue of one token."""
    parse, doc = scene.parse, span.doc
    for verb in parse.lemma_ids_between(TELLING_VERBS, span.start, span.end):
        if parse.pos[verb] != "VERB":
            continue
        children = parse.children(verb)
        addressee = next((child for child in children if parse.dep[child] in ADDRESSEE_DEPS), None)
        teller = next((child for child in children if parse.dep[child] in TELLER_DEPS), None)
        governor = parse.head[verb]
        negated = any(parse.lower[child] in NEGATORS for child in children) or (
            parse.dep[verb] == "pcomp" and parse.lower[governor] in NEGATORS)
        if (addressee is None or negated or any(parse.dep[child] == REQUEST for child in children)
                or scene.side_of(doc[addressee]) != ASSAD
                or scene.side_of(doc[teller] if teller is not None else None) in (ASSAD, OTHER)):
            continue
        yield doc[verb:verb + 1]
