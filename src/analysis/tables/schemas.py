"""Table schemas (the data dictionary), record-to-DataFrame conversion and loading.

`SCHEMAS` is the single source of the data dictionary in the README: every column of
every table with its dtype and meaning.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, NamedTuple

import pandas as pd

from analysis.config import DEFAULT_DATA_DIR


class Column(NamedTuple):
    name: str
    dtype: str
    meaning: str


DOC_ID = Column("doc_id", "string", "document id: the file stem in `seeds/`")
SENT_ID = Column("sent_id", "int64", "sentence number within the document, from 0, in text order")
BLOCK_ID = Column("block_id", "int64", "block (paragraph) number within the document, from 0, in text order")
SECTION = Column("section", "string", "headline, standfirst, byline, caption, body, references, comment or boilerplate")
START = Column("start", "int64", "offset of the first character in the raw text (Python string index)")
END = Column("end", "int64", "offset one past the last character; `raw[start:end] == text`")

SCHEMAS: dict[str, list[Column]] = {
    "documents": [
        DOC_ID,
        Column("file", "string", "file name in `seeds/`"),
        Column("outlet", "string", "publication, from `sources.csv`"),
        Column("title", "string", "title, empty where the capture has none"),
        Column("author", "string", "author as named in the text; empty where it names none"),
        Column("published", "string", "ISO date, possibly partial (`2017-12`)"),
        Column("genre", "string", "kind of text: analysis, commentary, editorial, news analysis"),
        Column("label", "string", "short name for tables and plots, e.g. `Vox 2017`"),
        Column("sha256", "string", "SHA-256 of the file's bytes"),
        Column("n_chars", "int64", "characters in the decoded text"),
        Column("n_blocks", "int64", "blocks (paragraphs) in the text"),
        Column("n_sentences", "int64", "sentences in the text, all sections"),
        Column("n_tokens", "int64", "spaCy tokens in the text, whitespace tokens excluded"),
    ],
    "blocks": [
        DOC_ID, BLOCK_ID, SECTION, START, END,
        Column("text", "string", "the block's text"),
    ],
    "sentences": [
        DOC_ID, SENT_ID, BLOCK_ID, SECTION, START, END,
        Column("text", "string", "the sentence's text"),
        Column("n_tokens", "int64", "spaCy tokens in the sentence, whitespace excluded"),
        Column("has_elision", "bool", "True where words seem lost (link text dropped by the capture); the text is flagged, never repaired"),
    ],
    "entities": [
        DOC_ID, SENT_ID, START, END,
        Column("text", "string", "the mention as written"),
        Column("label", "string", "spaCy entity label (PERSON, NORP, GPE, ORG, ...), corrected by the gazetteer"),
        Column("actor", "string", "canonical actor from the gazetteer; null if none"),
        Column("actor_type", "string", "state, person, armed group, organisation or place; null if no actor"),
        Column("affiliation", "string", "for persons, the state they belong to (Putin: Russia); else null"),
        Column("mention_kind", "string",
               "name, metonym (Moscow for the Russian state), adjective (Russian), place (a capital named as a "
               "place, not as an actor); null for numbers and dates"),
    ],
    "quotations": [
        DOC_ID,
        Column("quote_id", "int64", "quotation number within the document, from 0, in text order"),
        Column("sent_id", "int64", "the sentence where the quotation opens"),
        SECTION,
        Column("start", "int64", "offset of the first quoted character, without the quotation mark"),
        Column("end", "int64", "offset one past the last quoted character, before the closing mark; `raw[start:end] == text`"),
        Column("text", "string", "the quoted (or, for `indirect`, reported) words"),
        Column("kind", "string", "direct (attributed statement), partial (attributed fragment in the author's sentence), "
                                 "scare (no attribution: irony, terms, so-called), title (of a work), indirect (reported "
                                 "speech without marks)"),
        Column("speaker", "string", "the speaker as written ('he', 'Professor Michael Clarke', 'one outlet'); null if unattributed"),
        Column("speaker_name", "string", "the speaker resolved in the document: pronoun to its referent, short name to "
                                         "the longest form, 'I' to the author; null for unnamed descriptions"),
        Column("speaker_actor", "string", "canonical actor of the speaker from the gazetteer; null if none"),
        Column("cue", "string", "lemma of the attribution verb or phrase ('say', 'according to', 'cite' for a citation)"),
        Column("speaker_start", "Int64", "offset of the speaker mention; null if none"),
        Column("speaker_end", "Int64", "end offset of the speaker mention; null if none"),
        Column("cue_start", "Int64", "offset of the cue; null if none"),
        Column("cue_end", "Int64", "end offset of the cue; null if none"),
    ],
    "codes": [
        DOC_ID, SENT_ID,
        Column("code", "string", "codebook id, e.g. `support.military` (see `src/analysis/resources/codebook.toml`)"),
        Column("dimension", "string", "`support` (Russian support for Assad) or `limits` (its limits, costs and end)"),
        Column("cue", "string", "the words that fired the code; `raw[start:end] == cue`"),
        Column("start", "int64", "offset of the cue's first character"),
        Column("end", "int64", "offset one past the cue's last character"),
    ],
    "markers": [
        DOC_ID, SENT_ID,
        Column("marker", "string", "the marker as written; `raw[start:end] == marker`"),
        Column("category", "string", "hedge, booster, contrast, cause, conclusion, counter_argument, rhetorical_question, "
                                     "evidence_quotation, evidence_number or evidence_citation"),
        START, END,
    ],
    "labels": [
        DOC_ID, SENT_ID,
        Column("actor", "string", "the canonical actor named (gazetteer actor, or `rebels`)"),
        Column("label", "string", "the naming phrase as written: 'Syrian dictator Bashar al-Assad', 'the Syrian leader'; "
                                  "`raw[start:end] == label`"),
        Column("head", "string", "lemma of the label's descriptive head ('dictator', 'leader', 'rebel'), or of the name"),
        Column("evaluative", "bool", "True when the label holds a term of the evaluative lexicon (dictator, regime, brutal, …)"),
        START, END,
    ],
}
TABLE_NAMES = tuple(SCHEMAS)
SORT_KEY = ("doc_id", "sent_id", "block_id", "quote_id", "start", "end")  # rows are sorted on those present
TEXT_COLUMN = {"blocks": "text", "sentences": "text", "entities": "text", "quotations": "text", "codes": "cue",
               "markers": "marker", "labels": "label"}


def to_frame(records: Iterable[tuple], table: str, **constants: str) -> pd.DataFrame:
    """Return a DataFrame of `records` (NamedTuples) with the table's columns and dtypes.

    Keyword arguments give columns with one value for every row (e.g. `doc_id`).
    """
    columns = SCHEMAS[table]
    frame = pd.DataFrame.from_records([record._asdict() for record in records],
                                      columns=[c.name for c in columns if c.name not in constants])
    for name, value in constants.items():
        frame[name] = value
    return frame[[c.name for c in columns]].astype({c.name: c.dtype for c in columns})


def concat(frames: Iterable[pd.DataFrame], table: str) -> pd.DataFrame:
    """Return one table from per-document frames, sorted by its key and with a fresh index."""
    columns = SCHEMAS[table]
    frames = list(frames)
    if not frames:
        return to_frame([], table)
    frame = pd.concat(frames, ignore_index=True)
    key = [name for name in SORT_KEY if name in frame.columns]
    return frame.sort_values(key, kind="stable").reset_index(drop=True).astype({c.name: c.dtype for c in columns})


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
        tables[name] = pd.read_parquet(path).astype({c.name: c.dtype for c in SCHEMAS[name]})
    return tables


def data_dictionary_markdown() -> str:
    """Return the data dictionary as Markdown tables, one per table."""
    parts = []
    for table, columns in SCHEMAS.items():
        parts.append(f"#### `{table}`\n\n| column | dtype | meaning |\n|---|---|---|")
        parts.extend(f"| `{c.name}` | {c.dtype} | {c.meaning} |" for c in columns)
        parts.append("")
    return "\n".join(parts)
