"""The build: seeds in, Parquet tables out, written atomically."""

from __future__ import annotations

import hashlib
import logging
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Iterator

import pandas as pd
import spacy

from analysis.tables.cache import BuildCache, check_cache_dir
from analysis.corpus.registry import DEFAULT_MAX_CHARS, Document, Source, load_corpus, read_section_overrides
from analysis.errors import ArticleError, InputError
from analysis.nlp.entities import iter_entities
from analysis.extract.framing import Codebook, iter_code_hits, read_codebook
from analysis.nlp.gazetteer import default_gazetteer
from analysis.extract.naming import default_naming_lexicon, iter_labels
from analysis.extract.markers import MarkerLexicon, iter_markers, read_marker_lexicon
from analysis.nlp.pipeline import load_nlp, parse_texts
from analysis.extract.quotations import default_lexicon, iter_quotations
from analysis.corpus.sections import ANALYSED_SECTIONS, default_rules, doc_blocks, set_blocks
from analysis.nlp.sentences import iter_sentences
from analysis.tables.exports import write_spreadsheet_csv
from analysis.tables.output import check_out_dir, recover, replace_out_dir
from analysis.tables.schemas import SCHEMAS, check_tables, concat, to_frame

logger = logging.getLogger(__name__)
CODING_SHEET_FILE = "coding_sheet.csv"
OWN_FILES = frozenset({*(f"{name}.parquet" for name in SCHEMAS), CODING_SHEET_FILE})


def _units(doc):
    sentences = list(iter_sentences(doc))
    return sentences, list(iter_entities(doc, sentences))


@contextmanager
def _stage(doc_id: str, stage: str) -> Iterator[None]:
    """Turn an unexpected exception inside one stage of one article into an ArticleError naming both."""
    try:
        yield
    except (InputError, ArticleError):
        raise
    except Exception as err:
        raise ArticleError(doc_id, stage, err) from err


def document_tables(document: Document, doc, *, codebook: Codebook,
                    marker_lexicon: MarkerLexicon) -> dict[str, pd.DataFrame]:
    """Return every table for one document, from its parsed `doc` with its blocks set (see `set_blocks`).

    Raises ArticleError naming the document and the stage when an extractor fails.
    """
    doc_id = document.doc_id
    with _stage(doc_id, "cutting blocks, sentences and entities"):
        blocks = doc_blocks(doc)
        sentences, entities = _units(doc)
    with _stage(doc_id, "finding quotations"):
        quotations = list(iter_quotations(doc, sentences, entities, author=document.source.author))
    records = {"blocks": blocks, "sentences": sentences, "entities": entities, "quotations": quotations}
    with _stage(doc_id, "coding frames"):
        records["codes"] = list(iter_code_hits(doc, sentences, entities, codebook=codebook))
    with _stage(doc_id, "finding argument markers"):
        records["markers"] = list(iter_markers(doc, sentences, entities, quotations, lexicon=marker_lexicon))
    with _stage(doc_id, "finding labels"):
        records["labels"] = list(iter_labels(doc, sentences, entities))
    tables = {name: to_frame(rows, name, doc_id=doc_id) for name, rows in records.items()}
    source = document.source
    tables["documents"] = pd.DataFrame([{
        **{name: getattr(source, name) for name in ("doc_id", "file", "outlet", "title", "author", "published",
                                                      "genre", "label")},
        "sha256": document.sha256, "n_chars": len(document.text), "n_blocks": len(blocks),
        "n_sentences": len(sentences), "n_tokens": sum(not token.is_space for token in doc),
    }])
    return tables


def analyse(documents: list[Document], *, nlp, codebook: Codebook | None = None,
            marker_lexicon: MarkerLexicon | None = None, overrides: dict[str, dict[int, str]] | None = None,
            jobs: int = 1, cache: BuildCache | None = None,
            failures: list[ArticleError] | None = None) -> dict[str, pd.DataFrame]:
    """Return every table for `documents`, parsed with `nlp` and coded with `codebook`.

    With a `cache`, a document whose tables are cached is not touched, and a document whose
    parse is cached is not parsed again; documents are streamed, so no more than a batch of
    Docs is held at once. An article that fails raises ArticleError, unless a `failures` list
    is given: the failure is then added to it and the article left out of the tables. Raises
    SchemaError when a table breaks its schema (a bug, not bad input).
    """
    overrides = overrides or {}
    codebook = codebook or read_codebook(nlp=nlp)
    marker_lexicon = marker_lexicon or read_marker_lexicon(nlp=nlp)
    plan = []
    for document in documents:
        tables_key = cache.tables_key(document, overrides.get(document.doc_id)) if cache else None
        tables = cache.load_tables(tables_key) if cache else None
        parse_key = cache.parse_key(document) if cache and tables is None else None
        doc = cache.load_doc(parse_key) if parse_key else None
        plan.append((document, tables_key, tables, parse_key, doc))
    to_parse = [document.text for document, _, tables, _, doc in plan if tables is None and doc is None]
    parsed = parse_texts(nlp, iter(to_parse), n_process=jobs)
    n_parsed = 0
    per_table: dict[str, list[pd.DataFrame]] = {name: [] for name in SCHEMAS}
    for document, tables_key, tables, parse_key, doc in plan:
        try:
            if tables is None:
                if doc is None:
                    n_parsed += 1
                    try:
                        with _stage(document.doc_id, "parsing with spaCy"):
                            doc = next(parsed)
                    except ArticleError:  # a generator that raised is spent: parse the rest afresh
                        parsed = parse_texts(nlp, iter(to_parse[n_parsed:]), n_process=jobs)
                        raise
                    if cache:
                        cache.save_doc(parse_key, doc)
                # Blocks depend on the section rules and overrides, which the parse key does not cover.
                with _stage(document.doc_id, "cutting blocks"):
                    set_blocks(doc, overrides=overrides.get(document.doc_id))
                tables = document_tables(document, doc, codebook=codebook, marker_lexicon=marker_lexicon)
                if cache:
                    cache.save_tables(tables_key, tables)
        except ArticleError as err:
            if failures is None:
                raise
            logger.error("%s", err)
            failures.append(err)
            continue
        for name, frame in tables.items():
            per_table[name].append(frame)
    logger.info("%d documents: %d parsed, %d from cached parses, %d from cached tables", len(plan), len(to_parse),
                sum(1 for *_, tables, _, doc in plan if tables is None and doc is not None),
                sum(1 for _, _, tables, _, _ in plan if tables is not None))
    tables = {name: concat(frames, name) for name, frames in per_table.items()}
    check_tables(tables)
    return tables


def _cached_or_parsed(documents: list[Document], *, nlp, cache: BuildCache | None) -> Iterator:
    """Yield each document's Doc: from `cache` where it holds the parse, else parsed (nothing is written)."""
    cached = [cache.load_doc(cache.parse_key(document)) if cache else None for document in documents]
    parsed = parse_texts(nlp, (document.text for document, doc in zip(documents, cached) if doc is None))
    for doc in cached:
        yield doc if doc is not None else next(parsed)


def recode(*, seeds_dir: Path, codebooks: list[Codebook], nlp,
           cache_dir: Path | None = None) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """Return the sentences of the corpus in `seeds_dir` and its codes table under each of `codebooks`.

    Each document is parsed once, or not at all when `cache_dir` (the build cache) holds its
    parse, and nothing is written: this is for trying codebook edits out. Raises InputError as
    `load_corpus` does, SchemaError when a table breaks its schema.
    """
    documents = load_corpus(seeds_dir)
    overrides = read_section_overrides(seeds_dir)
    cache = BuildCache(cache_dir, nlp=nlp) if cache_dir is not None and Path(cache_dir).is_dir() else None
    sentence_frames, code_frames = [], [[] for _ in codebooks]
    for document, doc in zip(documents, _cached_or_parsed(documents, nlp=nlp, cache=cache)):
        set_blocks(doc, overrides=overrides.get(document.doc_id))
        sentences, entities = _units(doc)
        sentence_frames.append(to_frame(sentences, "sentences", doc_id=document.doc_id))
        for frames, codebook in zip(code_frames, codebooks):
            frames.append(to_frame(list(iter_code_hits(doc, sentences, entities, codebook=codebook)), "codes",
                                   doc_id=document.doc_id))
    sentence_table = concat(sentence_frames, "sentences")
    code_tables = [concat(frames, "codes") for frames in code_frames]
    check_tables({"sentences": sentence_table})
    for code_table in code_tables:
        check_tables({"codes": code_table})
    return sentence_table, code_tables


def analyse_text(text: str, *, nlp, doc_id: str = "text", author: str = "") -> dict[str, pd.DataFrame]:
    """Return every table for one text, as if it were a registered document (for trying rules out).

    Raises InputError when `text` holds a lone surrogate (it cannot be stored as UTF-8).
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError([f"{doc_id}: lone surrogate {text[err.start]!r} at character {err.start}; "
                          "the text cannot be stored as UTF-8"]) from None
    source = Source(doc_id, f"{doc_id}.txt", "", "", author, "", "", doc_id, "")
    document = Document(source, text, hashlib.sha256(data).hexdigest())
    return analyse([document], nlp=nlp)


def coding_sheet(sentences: pd.DataFrame) -> pd.DataFrame:
    """Return a blank coding sheet: the coded sentences, with empty columns for a human coder."""
    sheet = sentences[sentences.section.isin(ANALYSED_SECTIONS)][["doc_id", "sent_id", "section", "start", "end", "text"]]
    return sheet.assign(coder="", support="", limits="", support_codes="", limits_codes="", notes="")


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path) -> None:
    """Replace the tables in `out_dir` with `tables` (and the blank coding sheet), all at once.

    Only files the build wrote before are removed; see `analysis.tables.output`. Raises
    OutputError when `out_dir` cannot be replaced safely (it is then left as it was).
    """
    writers = {f"{name}.parquet": partial(frame.to_parquet, index=False) for name, frame in tables.items()}
    writers[CODING_SHEET_FILE] = partial(write_spreadsheet_csv, coding_sheet(tables["sentences"]))
    replace_out_dir(out_dir, writers, own_names=OWN_FILES)


def _collect(problems: list[str], read, *args, **kwargs):
    """Return `read(*args, **kwargs)`, or None after adding its InputError's problems to `problems`."""
    try:
        return read(*args, **kwargs)
    except InputError as err:
        problems.extend(err.problems)
        return None


def build(*, seeds_dir: Path, out_dir: Path, jobs: int = 1, model: str | None = None,
          max_chars: int = DEFAULT_MAX_CHARS, cache_dir: Path | None = None,
          failures: list[ArticleError] | None = None) -> dict[str, pd.DataFrame]:
    """Build every table from `seeds_dir` into `out_dir` and return them (reusing `cache_dir` if given).

    An article that fails unexpectedly raises ArticleError before anything is written; with a
    `failures` list, it is added there instead and the tables are written without it.

    Raises OutputError when `out_dir` may not be replaced (before any work); InputError, listing
    every problem in the corpus and the resource files (section rules, gazetteer, lexicons,
    codebook), before the model is loaded and before anything is written; ModelNotFoundError
    when the spaCy pipeline is missing; SchemaError when a built table breaks its schema (nothing
    is written then either).
    """
    out_dir = Path(out_dir).absolute()
    check_out_dir(out_dir, seeds_dir=seeds_dir, own_names=OWN_FILES)
    if cache_dir is not None:
        check_cache_dir(cache_dir)
    recover(out_dir, own_names=OWN_FILES)
    problems: list[str] = []
    documents = _collect(problems, load_corpus, seeds_dir, max_chars=max_chars)
    overrides = _collect(problems, read_section_overrides, seeds_dir)
    for read_resource in (default_rules, default_gazetteer, default_lexicon, default_naming_lexicon):
        _collect(problems, read_resource)
    blank = spacy.blank("en")
    _collect(problems, read_codebook, nlp=blank)
    _collect(problems, read_marker_lexicon, nlp=blank)
    if problems:
        raise InputError(problems)
    nlp = load_nlp(model=model)
    codebook, marker_lexicon = read_codebook(nlp=nlp), read_marker_lexicon(nlp=nlp)
    cache = BuildCache(cache_dir, nlp=nlp) if cache_dir else None
    tables = analyse(documents, nlp=nlp, codebook=codebook, marker_lexicon=marker_lexicon, overrides=overrides,
                     jobs=jobs, cache=cache, failures=failures)
    write_tables(tables, out_dir)
    logger.info("wrote %s to %s", ", ".join(f"{name} ({len(frame)} rows)" for name, frame in tables.items()), out_dir)
    return tables
