"""Entity mentions with their canonical actors."""

from __future__ import annotations

import bisect
from typing import Iterator, NamedTuple, Sequence

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE
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


def entity_bounds(doc: Doc) -> list[tuple[int, int, int]]:
    """Return the token range and label (id) of each of `doc.ents`, in order, read on the Doc's IOB and entity type
    columns (read together) without a Span per entity: a named entity begins at a token tagged B with a type and runs
    over the tokens tagged I after it. Where a token tagged I follows no such token, `doc.ents` is asked (and raises)."""
    iob, types = doc.to_array([ENT_IOB, ENT_TYPE]).reshape(len(doc), 2).T
    begins = (iob == 3) & (types != 0)
    inside = iob == 1
    if inside.any():
        runs = (inside & ~np.concatenate(([False], inside[:-1]))).nonzero()[0]  # the first token of each run of I
        if not runs.all() or not begins[runs - 1].all():
            return [(ent.start, ent.end, ent.label) for ent in doc.ents]
    outside = (~inside).nonzero()[0]  # where each entity ends: the first token after its start not tagged I
    starts = begins.nonzero()[0]
    ends = np.append(outside, len(doc))[outside.searchsorted(starts, side="right")]
    return list(zip(starts.tolist(), ends.tolist(), types[starts].tolist()))


def _without_edge_space(start: int, end: int, is_space: list[int]) -> tuple[int, int]:
    """Return the token range `start:end` of an entity without whitespace tokens at either edge (`is_space`: 1 per
    whitespace token of its Doc); empty when nothing else is left."""
    while start < end and is_space[start]:
        start += 1
    while end > start and is_space[end - 1]:
        end -= 1
    return start, end


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
    parse = parse if parse is not None else ParseArrays(doc)
    sentence_starts = [sentence.start for sentence in sentences]
    raw = raw_text(doc)
    is_space = parse.column("IS_SPACE").tolist()
    bounds = entity_bounds(doc)
    for number, (first, stop, label) in enumerate(bounds):
        if is_space[first] or is_space[stop - 1]:
            bounds[number] = (*_without_edge_space(first, stop, is_space), label)
    bounds = [(first, stop, label) for first, stop, label in bounds if first < stop]
    if not bounds:
        return
    strings = doc.vocab.strings
    starts, ends = parse.char_offsets(np.array([first for first, _, _ in bounds]),
                                      np.array([stop for _, stop, _ in bounds]))
    aliases: dict[str, Alias | None] = {}  # the gazetteer's answer per text met, for the names a Doc repeats
    for (first, stop, label_id), start, end in zip(bounds, starts, ends):
        label = strings[label_id]
        sent_id = sentences[bisect.bisect_right(sentence_starts, start) - 1].sent_id
        text = raw[start:end]
        alias = aliases[text] if text in aliases else aliases.setdefault(text, gazetteer.lookup(text))
        if alias is None:
            kind = "adjective" if label == "NORP" else "name" if label in NAME_LABELS else None
            yield EntityMention(sent_id, start, end, text, label, None, None, None, kind)
        elif alias.agent_only and not is_agentive(Span(doc, first, stop, label=label_id)):
            yield EntityMention(sent_id, start, end, text, label, None, None, None, PLACE_MENTION)
        else:
            yield EntityMention(sent_id, start, end, text, label, alias.actor, alias.actor_type,
                                alias.affiliation or None, alias.mention_kind)
