"""Entity mentions with their canonical actors."""

from __future__ import annotations

import bisect
from typing import Iterator, NamedTuple, Sequence

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span, Token

from analysis.corpus.sections import raw_text
from analysis.nlp.arrays import ParseArrays
from analysis.nlp.gazetteer import PLACE_MENTION, Alias, Gazetteer, default_gazetteer
from analysis.nlp.sentences import Sentence

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "poss"})


class EntityMention(NamedTuple):
    """A named-entity mention; `actor` is null where the gazetteer has none."""

    sent_id: int
    start: int
    end: int
    text: str
    label: str
    actor: str | None
    actor_type: str | None
    affiliation: str | None
    mention_kind: str | None


def is_agentive(span: Span) -> bool:
    """Return True when the mention acts in its clause: subject, possessor or passive agent."""
    token: Token = span.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in AGENT_DEPS or (token.dep_ == "pobj" and token.head.dep_ == "agent")


def _without_edge_space(ent: Span, is_space: list[int]) -> Span | None:
    """Return `ent` without whitespace tokens at either edge (`is_space`: 1 per whitespace token of its Doc), None when
    nothing else is left."""
    start, end = ent.start, ent.end
    while start < end and is_space[start]:
        start += 1
    while end > start and is_space[end - 1]:
        end -= 1
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label)


def iter_entities(doc: Doc, sentences: Sequence[Sentence], *, gazetteer: Gazetteer | None = None,
                  parse: ParseArrays | None = None) -> Iterator[EntityMention]:
    """Yield the entity mentions of `doc` in order, each with the id of its sentence (`parse`: the Doc's
    `ParseArrays`, if read already).

    A metonym marked `agent_only` in the gazetteer (Moscow, Damascus) stands for its actor
    only when it acts; elsewhere it is a place, with `mention_kind` 'place' and no actor.
    A whitespace token the recogniser took into an entity at its edge (the blank line after a name
    on a label line) is left out of the mention.
    """
    gazetteer = gazetteer or default_gazetteer()
    sentence_starts = [sentence.start for sentence in sentences]
    raw = raw_text(doc)
    is_space = (parse.column("IS_SPACE") if parse is not None else doc.to_array(IS_SPACE)).tolist()
    aliases: dict[str, Alias | None] = {}  # the gazetteer's answer per text met, for the names a Doc repeats
    for ent in doc.ents:
        if is_space[ent.start] or is_space[ent.end - 1]:
            ent = _without_edge_space(ent, is_space)
            if ent is None:
                continue
        start, end, label = ent.start_char, ent.end_char, ent.label_
        sent_id = sentences[bisect.bisect_right(sentence_starts, start) - 1].sent_id
        text = raw[start:end]
        alias = aliases[text] if text in aliases else aliases.setdefault(text, gazetteer.lookup(text))
        if alias is None:
            kind = "adjective" if label == "NORP" else "name" if label in NAME_LABELS else None
            yield EntityMention(sent_id, start, end, text, label, None, None, None, kind)
        elif alias.agent_only and not is_agentive(ent):
            yield EntityMention(sent_id, start, end, text, label, None, None, None, PLACE_MENTION)
        else:
            yield EntityMention(sent_id, start, end, text, label, alias.actor, alias.actor_type,
                                alias.affiliation or None, alias.mention_kind)
