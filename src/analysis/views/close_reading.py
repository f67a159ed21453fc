"""Close reading: each match shown in its sentence, with the source and the cue highlighted.

`close_reading(tables, actor=...)`, `code=...` or `term=...` finds the matches and lays them
out as keyword-in-context lines; `kwic_html` highlights them for notebooks and printed pages.
"""

from __future__ import annotations

import html
import re

import pandas as pd

from analysis.extract.vocabulary import VOICES
from analysis.extract.voice import table_voices
from analysis.nlp.gazetteer import default_gazetteer
from analysis.corpus.sections import ANALYSED_SECTIONS
from analysis.tables.schemas import counted_codes
from analysis.views.sources import source_labels

KWIC_COLUMNS = ["source", "doc_id", "sent_id", "left", "match", "right"]
MATCH_COLUMNS = ["doc_id", "sent_id", "start", "end"]


def kwic(matches: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *, width: int = 80) -> pd.DataFrame:
    """Return one row per match: its source, sentence, and the text left and right of it.

    `matches` needs `doc_id`, `start` and `end` (a code's cue, an entity mention, a quotation);
    the context is cut at the sentence and at `width` characters on each side.
    """
    if matches.empty:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    labels = source_labels(documents)
    keys = {"doc_id": "string", "start": "int64", "end": "int64"}
    spans = matches[list(keys)].astype(keys).rename(columns={"start": "match_start", "end": "match_end"})
    in_sentences = sentences[["doc_id", "sent_id", "start", "end", "text"]].astype(keys)
    located = pd.merge_asof(spans.sort_values("match_start"), in_sentences.sort_values("start"),
                            left_on="match_start", right_on="start", by="doc_id")
    located = located[located.match_start <= located.end].sort_values(["doc_id", "match_start"], kind="stable")
    rows = []
    for match in located.itertuples():
        offset_start, offset_end = match.match_start - match.start, min(match.match_end, match.end) - match.start
        left, right = match.text[:offset_start], match.text[offset_end:]
        rows.append({
            "source": labels[match.doc_id], "doc_id": match.doc_id, "sent_id": int(match.sent_id),
            "left": ("…" + left[-width:]) if len(left) > width else left,
            "match": match.text[offset_start:offset_end],
            "right": (right[:width] + "…") if len(right) > width else right,
        })
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def _term_matches(sentences: pd.DataFrame, term: str) -> pd.DataFrame:
    pattern = re.compile(rf"(?<!\w){re.escape(term.strip())}(?!\w)", re.IGNORECASE)
    rows = [(sentence.doc_id, sentence.sent_id, sentence.start + found.start(), sentence.start + found.end())
            for sentence in sentences.itertuples() for found in pattern.finditer(sentence.text)]
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)


def find_matches(tables: dict[str, pd.DataFrame], *, actor: str | None = None, code: str | None = None,
                 term: str | None = None, head: str | None = None, evaluative: bool | None = None,
                 voice: str | None = None, doc_id: str | None = None,
                 sections: tuple[str, ...] = ANALYSED_SECTIONS) -> pd.DataFrame:
    """Return the matches (`doc_id`, `sent_id`, `start`, `end`) of one actor, code or term in `sections`.

    `actor` is a canonical actor of the gazetteer ('Vladimir Putin'); `code` a code id
    ('limits.leverage') or a whole dimension ('limits'), matched at its cue; `term` a word or
    phrase, matched case-insensitively as whole words ('client' does not match 'clients').
    With `head` (a row of the naming table) or `evaluative`, an actor's matches are its labels
    in the `labels` table with that head word or flag, as the naming views count them, not
    its entity mentions. `voice` keeps the matches spoken in one voice (`author`, `quoted`,
    `comment`; see `analysis.extract.voice`).
    Raises ValueError unless exactly one of actor, code and term is given, when `head` or
    `evaluative` comes without `actor`, or when the actor, code or voice is unknown.
    """
    asked = {name: value for name, value in (("actor", actor), ("code", code), ("term", term)) if value}
    if len(asked) != 1:
        raise ValueError("give exactly one of actor=, code= or term=")
    as_labels = head is not None or evaluative is not None
    if as_labels and not actor:
        raise ValueError("head= and evaluative= select an actor's labels: give actor= too")
    if voice is not None and voice not in VOICES:
        raise ValueError(f"unknown voice '{voice}'; voices are {', '.join(VOICES)}")
    sentences = tables["sentences"]
    sentences = sentences[sentences.section.isin(sections)]
    if doc_id is not None:
        if doc_id not in set(tables["documents"].doc_id):
            raise ValueError(f"unknown doc_id '{doc_id}'; known: {', '.join(sorted(tables['documents'].doc_id))}")
        sentences = sentences[sentences.doc_id == doc_id]
    if term:
        return _in_voice(tables, _term_matches(sentences, term), voice)
    if as_labels:
        found = tables["labels"][tables["labels"].actor == actor]
        if head is not None:
            found = found[found["head"] == head]
        if evaluative is not None:
            found = found[found.evaluative == evaluative]
    elif actor:
        known = {alias.actor for alias in default_gazetteer().aliases} | set(tables["entities"].actor.dropna())
        if actor not in known:
            raise ValueError(f"unknown actor '{actor}'; actors are the gazetteer's canonical names, e.g. "
                             f"{', '.join(sorted(known)[:6])}")
        found = tables["entities"][tables["entities"].actor == actor]
    else:
        codes = counted_codes(tables["codes"])
        if code not in set(codes.code) | set(codes.dimension):
            raise ValueError(f"no sentence carries code '{code}'; codes found: {', '.join(sorted(set(codes.code)))}")
        found = codes[(codes.code == code) | (codes.dimension == code)]
    in_scope = found.merge(sentences[["doc_id", "sent_id"]], on=["doc_id", "sent_id"])
    return _in_voice(tables, in_scope[MATCH_COLUMNS].drop_duplicates().reset_index(drop=True), voice)


def _in_voice(tables: dict[str, pd.DataFrame], matches: pd.DataFrame, voice: str | None) -> pd.DataFrame:
    if voice is None:
        return matches
    voices = table_voices(matches, blocks=tables["blocks"], quotations=tables["quotations"])
    return matches[voices == voice].reset_index(drop=True)


def close_reading(tables: dict[str, pd.DataFrame], *, actor: str | None = None, code: str | None = None,
                  term: str | None = None, head: str | None = None, evaluative: bool | None = None,
                  voice: str | None = None, doc_id: str | None = None, width: int = 80) -> pd.DataFrame:
    """Return the KWIC lines (see `kwic`) of an actor (or its labels), a code or a term in the analysed sections.

    Raises ValueError as `find_matches` does.
    """
    matches = find_matches(tables, actor=actor, code=code, term=term, head=head, evaluative=evaluative,
                           voice=voice, doc_id=doc_id)
    return kwic(matches, tables["sentences"], tables["documents"], width=width)


def kwic_html(lines: pd.DataFrame) -> str:
    """Return KWIC lines as an HTML table with the match highlighted, for notebooks and printed pages."""
    body = "".join(
        f"<tr><td>{html.escape(row.source)}</td><td style='text-align:right'>{html.escape(row.left)}</td>"
        f"<td><mark><b>{html.escape(row.match)}</b></mark></td><td style='text-align:left'>{html.escape(row.right)}</td></tr>"
        for row in lines.itertuples()
    )
    return ("<table class='kwic'><thead><tr><th>source</th><th>left</th><th>match</th><th>right</th></tr></thead>"
            f"<tbody>{body}</tbody></table>")
