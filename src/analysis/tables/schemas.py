"""Table schemas (the data dictionary), their checks, record-to-DataFrame conversion and loading.

`SCHEMAS` is the single declaration of every table: its columns with their dtype, meaning
and (for category columns) the values they may hold, and the columns that key a row. The
build checks each table against it (`check_tables`), and the README's data dictionary is
generated from it (`data_dictionary_markdown`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, NamedTuple

import pandas as pd

from analysis.config import DEFAULT_DATA_DIR
from analysis.corpus.sections import SECTIONS
from analysis.errors import SchemaError
from analysis.extract.vocabulary import (AGENT_LINKS, DIMENSIONS, LAYER_LABELS, MARKER_CATEGORIES, QUOTATION_KINDS,
                                        VETOED, VOICES)
from analysis.nlp.gazetteer import ACTOR_TYPES, MENTION_KINDS, PLACE_MENTION

ROW_ORDER = ("doc_id", "sent_id", "block_id", "quote_id", "start", "end")
SHOWN_PROBLEM_VALUES = 5


class Column(NamedTuple):
    """A column: its dtype, its meaning, and the values it may hold (`allowed`; empty for any value)."""

    name: str
    dtype: str
    meaning: str
    allowed: tuple[str, ...] = ()


class Table(NamedTuple):
    """A table's columns, in order, and the columns whose values identify a row (`key`)."""

    columns: tuple[Column, ...]
    key: tuple[str, ...]


DOC_ID = Column("doc_id", "string", "document id: the file stem in `seeds/`")
SENT_ID = Column("sent_id", "int64", "sentence number within the document, from 0, in text order")
BLOCK_ID = Column("block_id", "int64", "block (paragraph) number within the document, from 0, in text order")
SECTION = Column("section", "string", "the part of the page the text lies in (see *How the text is cut up*)", SECTIONS)
START = Column("start", "int64", "offset of the first character in the raw text (Python string index)")
END = Column("end", "int64", "offset one past the last character; `raw[start:end] == text`")
VOICE = Column("voice", "string", "who speaks (see *Voice*): `author`; `quoted`, more than half of the row inside the "
                                  "words of a direct or partial quotation or of reported speech; `comment`, in a reader's "
                                  "comment", VOICES)

SCHEMAS: dict[str, Table] = {
    "documents": Table((
        DOC_ID,
        Column("file", "string", "file name in `seeds/`"),
        Column("outlet", "string", "publication, from `sources.csv`"),
        Column("title", "string", "title, empty where the capture has none"),
        Column("author", "string", "author as named in the text; empty where it names none"),
        Column("published", "string", "ISO date, possibly partial (`2017-12`)"),
        Column("genre", "string", "kind of text, in your own words (the seeds: analysis, commentary, editorial, news analysis)"),
        Column("label", "string", "short name for tables and plots, e.g. `Vox 2017`"),
        Column("sha256", "string", "SHA-256 of the file's bytes"),
        Column("n_chars", "int64", "characters in the decoded text"),
        Column("n_blocks", "int64", "blocks (paragraphs) in the text"),
        Column("n_sentences", "int64", "sentences in the text, all sections"),
        Column("n_tokens", "int64", "spaCy tokens in the text, whitespace tokens excluded"),
    ), key=("doc_id",)),
    "blocks": Table((
        DOC_ID, BLOCK_ID, SECTION, START, END,
        Column("text", "string", "the block's text"),
        Column("reason", "string", "why the block has its section: `rule:N` (the Nth rule of `section_rules.csv`), "
                                   "`title` (the registry title), `layout:<cue>` (navigation, date, dated, dated-place, post-meta, credit, "
                                   "above-credit, copyright-credit, chrome, name, names, under-byline, author-role, author-note, bio, affiliation, "
                                   "sign-off, signature, signature-block, people-list, comment-meta, comment-continued, comment-text, numbered-comment, "
                                   "review, signed-comment, post-card, votes, "
                                   "control, site-note, timecode, profile, rule-line, "
                                   "update-note, link-list, back-matter, box-heading, end-marker, date-heading, "
                                   "clock-stamp, running-time, post-age, page-number, "
                                   "running-head, page-stamp, repeated, subtitle, title-repeated, caption-title, caption-source, "
                                   "header-caption, summary-point, person-line, reference-list, footnote, byline-slot, table-row, record-field, "
                                   "record-title, quotation-source, chat-line, metadata-field, dated-bar, document-note, "
                                   "post-head, own-post, others-post, site-line, titled-name, skipped-box, "
                                   "enclosed-note, name-bar, video-title, link-card, entry-note), `position:<zone>` "
                                   "(masthead, headline, header, standfirst, body, tail, comments) or `override`"),
    ), key=("doc_id", "block_id")),
    "sentences": Table((
        DOC_ID, SENT_ID, BLOCK_ID, SECTION, START, END,
        Column("text", "string", "the sentence's text"),
        Column("n_tokens", "int64", "spaCy tokens in the sentence, whitespace excluded"),
        Column("has_elision", "bool", "True where words seem lost (link text dropped by the capture); the text is flagged, never repaired"),
        VOICE,
        Column("quoted_share", "float64", "share of the sentence's characters inside the words of a direct or partial "
                                          "quotation or of reported speech (0 to 1)"),
    ), key=("doc_id", "sent_id")),
    "entities": Table((
        DOC_ID, SENT_ID, START, END,
        Column("text", "string", "the mention as written"),
        Column("label", "string", "spaCy entity label (PERSON, NORP, GPE, ORG, ...), corrected by the gazetteer"),
        Column("actor", "string", "canonical actor from the gazetteer; null if none"),
        Column("actor_type", "string", "kind of actor; null if no actor", ACTOR_TYPES),
        Column("affiliation", "string", "for persons, the state they belong to (Putin: Russia); else null"),
        Column("mention_kind", "string",
               "how the mention names its actor: by name, by metonym (Moscow for the Russian state), as an adjective "
               "(Russian), or not at all (a capital named as a place, not as an actor); null for numbers and dates",
               MENTION_KINDS + (PLACE_MENTION,)),
        VOICE,
    ), key=("doc_id", "start", "end")),
    "quotations": Table((
        DOC_ID,
        Column("quote_id", "int64", "quotation number within the document, from 0, in text order"),
        Column("sent_id", "int64", "the sentence where the quotation opens"),
        SECTION,
        Column("start", "int64", "offset of the first quoted character, without the quotation mark"),
        Column("end", "int64", "offset one past the last quoted character, before the closing mark; `raw[start:end] == text`"),
        Column("text", "string", "the quoted (or, for `indirect`, reported) words"),
        Column("kind", "string", "direct (attributed statement), partial (a fragment of someone's words in the "
                                 "author's sentence, its speaker named or not), scare (no attribution: irony, terms, "
                                 "so-called), title (of a work), indirect (reported speech without marks)", QUOTATION_KINDS),
        Column("speaker", "string", "the speaker as written ('he', 'Professor Michael Clarke', 'one outlet'); null if unattributed"),
        Column("speaker_name", "string", "the speaker resolved in the document: pronoun to its referent, short name to "
                                         "the longest form, 'I' to the author, a description of a body ('the paper', "
                                         "'its editorial') to the body named before it, a definite description of a "
                                         "person ('the retired colonel') to the person it refers back to; null for other "
                                         "unnamed descriptions"),
        Column("speaker_actor", "string", "canonical actor of the speaker from the gazetteer; null if none"),
        Column("cue", "string", "lemma of the attribution verb or phrase ('say', 'according to', 'in the words of' also "
                                "for 'in X's phrase', 'cite' for a citation, "
                                "':' for a name label before a colon, 'Roe: “…”', 'signed' for a source line under "
                                "the quote, '— Jane Roe', a source after it on its line, '(Jane Roe, 2017)', or a "
                                "post's header line over it, 'jroe · 2 h'; 'insert', 'substitute' or 'with' for an "
                                "amendment's wording)"),
        Column("speaker_start", "Int64", "offset of the speaker mention; null if none"),
        Column("speaker_end", "Int64", "end offset of the speaker mention; null if none"),
        Column("cue_start", "Int64", "offset of the cue; null if none"),
        Column("cue_end", "Int64", "end offset of the cue; null if none"),
    ), key=("doc_id", "quote_id")),
    "codes": Table((
        DOC_ID, SENT_ID,
        Column("code", "string", "codebook id, e.g. `support.military` (see `src/analysis/resources/codebook.toml`); "
                                 "for a code the learned framing layer adds, `support.learned` or `limits.learned`"),
        Column("dimension", "string", "`support` (Russian support for Assad) or `limits` (its limits, costs and end)",
               DIMENSIONS),
        Column("cue", "string", "the words that fired the code (for a code the learned framing layer adds, the "
                                "sentence's head word); `raw[start:end] == cue`"),
        Column("start", "int64", "offset of the cue's first character"),
        Column("end", "int64", "offset one past the cue's last character"),
        Column("agent", "string", "the Russian agent the code rests on, as written ('Moscow', 'Russian', 'Putin'); "
                                  "for a pronoun or a carried topic, its antecedent; null if none"),
        Column("agent_link", "string", "how the agent is tied to the cue: subject, agent (passive 'by'), possessor, "
                                       "modifier, source ('from'), beneficiary ('for'), example ('like'), pronoun, "
                                       "speaker (a Russian who states the clause: 'Moscow insists the government is "
                                       "legitimate'), "
                                       "context (the paragraph's Russian topic carried into a clause with no actor, the "
                                       "article's latest Russian for a veto of no one's ('the vetoes'), or a "
                                       "limit continued by a sentence that opens with a pronoun, whose "
                                       "subject takes Russia up or that names Russia's state people or means by the adjective "
                                       "'Russian': the cue is that word), "
                                       "sentence (named elsewhere in the sentence), paragraph (named earlier in the "
                                       "paragraph), article (the article's Russian, taken up by a supporter noun "
                                       "of no one's: 'A patron distracted?') or gate (a code the framing layer added: its agent is "
                                       "that of the rule code that opened the gate, tied to that code's cue); null if none",
               AGENT_LINKS),
        Column("modifier", "string", "the polarity or modality word that turned a support cue into this limits code "
                                     "('not', 'no longer', 'stopped', 'unable', 'refused', 'only', 'as long as'), or the "
                                     "pair of scare quotes around a support noun ('\"\"', '“”'); null if none"),
        Column("layer", "string", "what the learned framing layer made of the code (`src/analysis/resources/"
                                  "framing_layer.json`, built with `framing_layer=\"gated\"`): `kept`, a rule code "
                                  "its sentence scores high enough to keep; `vetoed`, a rule code it scores too low, "
                                  "kept in the table but not counted; `added`, a code the layer adds (code "
                                  "`support.learned` or `limits.learned`, its cue the sentence's head word, its agent "
                                  "that of the rule code that opened the gate, its link `gate`); null with the layer off",
               LAYER_LABELS),
        Column("layer_score", "float64", "the layer's probability that the code's sentence holds a code of its "
                                         "dimension; null with the layer off"),
        Column("gate_code", "string", "for an added code, the parse-linked rule code, in its sentence or the one "
                                      "before in its paragraph, that opened the gate; null otherwise"),
        Column("gate_cue", "string", "that rule code's cue; null otherwise"),
        Column("gate_start", "Int64", "offset of that rule code's cue; null otherwise"),
        Column("gate_end", "Int64", "end offset of that rule code's cue; null otherwise"),
    ), key=("doc_id", "code", "start", "end")),
    "markers": Table((
        DOC_ID, SENT_ID,
        Column("marker", "string", "the marker as written; `raw[start:end] == marker`"),
        Column("category", "string", "kind of marker: a hedge or booster, a connective, an argumentative move, or "
                                     "evidence (see *Argument markers*)", MARKER_CATEGORIES),
        START, END, VOICE,
    ), key=("doc_id", "sent_id", "category", "start", "end")),
    "labels": Table((
        DOC_ID, SENT_ID,
        Column("actor", "string", "the canonical actor named (gazetteer actor, or `rebels`)"),
        Column("label", "string", "the naming phrase as written: 'Syrian dictator Bashar al-Assad', 'the Syrian leader'; "
                                  "`raw[start:end] == label`"),
        Column("head", "string", "lemma of the label's descriptive head ('dictator', 'leader', 'rebel'), or of the name"),
        Column("evaluative", "bool", "True when the label holds a term of the evaluative lexicon (dictator, regime, brutal, …)"),
        START, END, VOICE,
    ), key=("doc_id", "actor", "start", "end")),
}
TABLE_NAMES = tuple(SCHEMAS)
TEXT_COLUMN = {"blocks": "text", "sentences": "text", "entities": "text", "quotations": "text", "codes": "cue",
               "markers": "marker", "labels": "label"}


def counted_codes(codes: pd.DataFrame) -> pd.DataFrame:
    """Return the rows of a codes table that count: all but those the framing layer vetoed (`layer` == `vetoed`)."""
    if "layer" not in codes:
        return codes
    return codes[codes.layer.ne(VETOED).fillna(True).astype(bool)]


def dtypes(table: str) -> dict[str, str]:
    """Return the dtype of each column of `table`."""
    return {column.name: column.dtype for column in SCHEMAS[table].columns}


def to_frame(records: Iterable[tuple], table: str, **constants: str) -> pd.DataFrame:
    """Return a DataFrame of `records` (NamedTuples) with the table's columns and dtypes.

    Keyword arguments give the columns the records lack: one value for every row (e.g. `doc_id`),
    or a list with one value per record (e.g. `voice`).
    """
    names = list(dtypes(table))
    frame = pd.DataFrame.from_records([record._asdict() for record in records],
                                      columns=[name for name in names if name not in constants])
    for name, value in constants.items():
        frame[name] = value
    return frame[names].astype(dtypes(table))


def concat(frames: Iterable[pd.DataFrame], table: str) -> pd.DataFrame:
    """Return one table from per-document frames, sorted in `ROW_ORDER` and with a fresh index."""
    frames = list(frames)
    if not frames:
        return to_frame([], table)
    frame = pd.concat(frames, ignore_index=True)
    order = [name for name in ROW_ORDER if name in frame.columns]
    return frame.sort_values(order, kind="stable").reset_index(drop=True).astype(dtypes(table))


def _shown(values: Iterable) -> str:
    values = list(values)
    more = f" and {len(values) - SHOWN_PROBLEM_VALUES} more" if len(values) > SHOWN_PROBLEM_VALUES else ""
    return ", ".join(repr(value) for value in values[:SHOWN_PROBLEM_VALUES]) + more


def table_problems(frame: pd.DataFrame, table: str) -> list[str]:
    """Return one line per way `frame` breaks the schema of `table`: columns and their order, dtypes,
    values outside a column's allowed values, and a key that is null or repeated."""
    schema = SCHEMAS[table]
    expected = list(dtypes(table))
    if list(frame.columns) != expected:
        return [f"table '{table}': columns are {list(frame.columns)}, expected {expected}"]
    problems = [f"table '{table}': column '{column.name}' has dtype {frame[column.name].dtype}, expected {column.dtype}"
                for column in schema.columns if str(frame[column.name].dtype) != column.dtype]
    for column in schema.columns:
        if column.allowed:
            values = frame[column.name].dropna()
            bad = sorted(set(values[~values.isin(column.allowed)]))
            if bad:
                problems.append(f"table '{table}': column '{column.name}' holds {_shown(bad)}, "
                                f"not one of {', '.join(column.allowed)}")
    key = list(schema.key)
    for name in key:
        if frame[name].isna().any():
            problems.append(f"table '{table}': key column '{name}' is null in {int(frame[name].isna().sum())} row(s)")
    repeated = frame[frame.duplicated(key, keep=False)][key].drop_duplicates()
    if len(repeated):
        problems.append(f"table '{table}': key ({', '.join(key)}) repeats for "
                        f"{_shown(tuple(row) for row in repeated.itertuples(index=False))}")
    return problems


def check_tables(tables: dict[str, pd.DataFrame]) -> None:
    """Check every table in `tables` against its schema.

    Raises SchemaError listing every problem (table, column and offending values).
    """
    problems = [problem for table, frame in tables.items() for problem in table_problems(frame, table)]
    if problems:
        raise SchemaError(problems)


def load_tables(data_dir: Path | str | None = None) -> dict[str, pd.DataFrame]:
    """Return every built table as a DataFrame, keyed by table name.

    Raises FileNotFoundError, saying to run `make data`, when a table is missing.
    """
    data_dir = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
    tables = {}
    for name in TABLE_NAMES:
        path = data_dir / f"{name}.parquet"
        if not path.is_file():
            raise FileNotFoundError(f"{path} not found: run 'make data' to build the tables")
        tables[name] = pd.read_parquet(path).astype(dtypes(name))
    return tables


def column_markdown(column: Column) -> str:
    """Return the data dictionary's row for `column`."""
    cells = [f"`{column.name}`", column.dtype, column.meaning, ", ".join(f"`{value}`" for value in column.allowed)]
    return ("| " + " | ".join(cells)).rstrip() + " |"


def data_dictionary_markdown() -> str:
    """Return the data dictionary as Markdown tables, one per table, each with its key."""
    parts = []
    for table, schema in SCHEMAS.items():
        key = ", ".join(f"`{name}`" for name in schema.key)
        parts.append(f"#### `{table}`\n\nKey: {key}.\n\n| column | dtype | meaning | allowed values |\n|---|---|---|---|")
        parts.extend(column_markdown(column) for column in schema.columns)
        parts.append("")
    return "\n".join(parts)
