"""The build: seeds in, Parquet tables out, streamed a batch of articles at a time and published atomically.

`build` checks every input, then hands batches to an engine (`analysis.tables.engines`) that runs
`analyse_batch` on each, here or in worker processes, and appends the results in order to the
staging folder (`analysis.tables.stream`, `analysis.tables.output`).
"""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NamedTuple

import pandas as pd
import pyarrow as pa
import spacy
from spacy.attrs import IS_SPACE

from analysis.tables.cache import BuildCache, check_cache_dir
from analysis.corpus.registry import DEFAULT_MAX_CHARS, Document, Source, load_corpus, read_section_overrides
from analysis.errors import ArticleError, InputError
from analysis.nlp.entities import iter_entities
from analysis.extract.framing import Codebook, iter_code_hits, read_codebook
from analysis.nlp.gazetteer import default_gazetteer
from analysis.extract.naming import default_naming_lexicon, iter_labels
from analysis.extract.markers import MarkerLexicon, iter_markers, read_marker_lexicon
from analysis.config import resolve_model_name
from analysis.nlp.pipeline import installed_model_id, load_nlp, parse_texts
from analysis.extract.quotations import default_lexicon, iter_quotations
from analysis.corpus.sections import ANALYSED_SECTIONS, default_rules, iter_blocks
from analysis.nlp.sentences import iter_sentences
from analysis.tables.engines import ENGINES, progress
from analysis.tables.output import check_out_dir, recover, staged_out_dir
from analysis.tables.schemas import SCHEMAS, concat
from analysis.tables.stream import ARROW_SCHEMAS, TableWriter, from_arrow, join, records_to_arrow, to_arrow

logger = logging.getLogger(__name__)
CODING_SHEET_FILE = "coding_sheet.csv"
OWN_FILES = frozenset({*(f"{name}.parquet" for name in SCHEMAS), CODING_SHEET_FILE})
BATCH_DOCS = 8  # documents per batch: the unit of work of every engine and one Parquet row group
LOAD_STAGE, PARSE_STAGE, CACHE_STAGE, WRITE_STAGE = ("loading the model", "parsing with spaCy",
                                                     "reading and writing the cache", "writing the tables")


def _units(document: Document, doc, overrides: dict[int, str] | None):
    blocks = list(iter_blocks(document.text, overrides=overrides))
    sentences = list(iter_sentences(doc, blocks))
    return blocks, sentences, list(iter_entities(doc, sentences))


@contextmanager
def _timed(timings: Counter | None, stage: str) -> Iterator[None]:
    """Add the seconds spent in the block to `timings[stage]`."""
    started = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[stage] += time.perf_counter() - started


@contextmanager
def _stage(doc_id: str, stage: str, timings: Counter | None = None) -> Iterator[None]:
    """Turn an unexpected exception inside one stage of one article into an ArticleError naming both."""
    try:
        with _timed(timings, stage):
            yield
    except (InputError, ArticleError):
        raise
    except Exception as err:
        raise ArticleError(doc_id, stage, err) from err


def document_tables(document: Document, doc, *, codebook: Codebook, marker_lexicon: MarkerLexicon,
                    overrides: dict[int, str] | None = None, timings: Counter | None = None) -> dict[str, pa.Table]:
    """Return every table for one document as Arrow, sorted by key, from its parsed `doc`.

    Adds the seconds spent in each stage to `timings`.

    Raises ArticleError naming the document and the stage when an extractor fails.
    """
    doc_id = document.doc_id
    with _stage(doc_id, "cutting blocks, sentences and entities", timings):
        blocks, sentences, entities = _units(document, doc, overrides)
    with _stage(doc_id, "finding quotations", timings):
        quotations = list(iter_quotations(doc, blocks, sentences, entities, author=document.source.author))
    records = {"blocks": blocks, "sentences": sentences, "entities": entities, "quotations": quotations}
    with _stage(doc_id, "coding frames", timings):
        records["codes"] = list(iter_code_hits(doc, sentences, entities, codebook=codebook))
    with _stage(doc_id, "finding argument markers", timings):
        records["markers"] = list(iter_markers(doc, sentences, entities, quotations, lexicon=marker_lexicon))
    with _stage(doc_id, "finding labels", timings):
        records["labels"] = list(iter_labels(doc, sentences, entities))
    tables = {name: records_to_arrow(rows, name, doc_id=doc_id) for name, rows in records.items()}
    source = document.source
    tables["documents"] = pa.Table.from_pylist([{
        **{name: getattr(source, name) for name in ("doc_id", "file", "outlet", "title", "author", "published",
                                                      "genre", "label")},
        "sha256": document.sha256, "n_chars": len(document.text), "n_blocks": len(blocks),
        "n_sentences": len(sentences), "n_tokens": len(doc) - int(doc.to_array([IS_SPACE]).sum()),
    }], schema=ARROW_SCHEMAS["documents"])
    return tables


class BuildSettings(NamedTuple):
    """What a worker needs to analyse batches; small and picklable, so it travels to other processes."""

    model: str | None
    cache_dir: Path | None
    model_key: str
    build_id: str


class BatchResult(NamedTuple):
    """One batch analysed: its tables (Arrow, sorted by key), failed articles, seconds per stage, counts."""

    tables: dict[str, pa.Table]
    failures: list[ArticleError]
    timings: Counter
    counts: Counter


_PIPELINES: dict[str, spacy.language.Language] = {}
_ANALYSERS: dict[BuildSettings, "Analyser"] = {}


def shared_nlp(model: str | None) -> spacy.language.Language:
    """Return the pipeline `model`, loaded once per process."""
    name = resolve_model_name(model)
    if name not in _PIPELINES:
        _PIPELINES.clear()
        _PIPELINES[name] = load_nlp(model=name)
    return _PIPELINES[name]


class Analyser:
    """Analyses batches of documents in one process; the pipeline is loaded only when a document needs it."""

    def __init__(self, settings: BuildSettings, *, nlp=None, codebook: Codebook | None = None,
                 marker_lexicon: MarkerLexicon | None = None, cache: BuildCache | None = None):
        self.settings, self._nlp = settings, nlp
        self._codebook, self._marker_lexicon = codebook, marker_lexicon
        self.timings: Counter = Counter()
        self.cache = cache or (BuildCache(settings.cache_dir, model_key=settings.model_key,
                                          vocab=lambda: self.nlp.vocab) if settings.cache_dir else None)

    @property
    def nlp(self):
        if self._nlp is None:
            with _timed(self.timings, LOAD_STAGE):
                self._nlp = shared_nlp(self.settings.model)
        return self._nlp

    def lexicons(self) -> tuple[Codebook, MarkerLexicon]:
        """Return the codebook and the marker lexicon, read for this pipeline on first use unless given."""
        with _timed(self.timings, LOAD_STAGE):
            self._codebook = self._codebook or read_codebook(nlp=self.nlp)
            self._marker_lexicon = self._marker_lexicon or read_marker_lexicon(nlp=self.nlp)
        return self._codebook, self._marker_lexicon

    def docs(self, documents: list[Document], timings: Counter, counts: Counter) -> Iterator[tuple[Document, object]]:
        """Yield each document with its Doc (cached, else parsed and cached) or the ArticleError of its parse."""
        cache = self.cache
        with _timed(timings, CACHE_STAGE):
            keys = [cache.parse_key(document) if cache else None for document in documents]
            cached = [cache.load_doc(key) if cache else None for key in keys]
        to_parse = [document.text for document, doc in zip(documents, cached) if doc is None]
        parsed = parse_texts(self.nlp, iter(to_parse)) if to_parse else iter(())
        for document, key, doc in zip(documents, keys, cached):
            counts["from cached parses" if doc is not None else "parsed"] += 1
            if doc is None:
                try:
                    with _stage(document.doc_id, PARSE_STAGE, timings):
                        doc = next(parsed)
                except ArticleError as err:  # a generator that raised is spent: parse the rest afresh
                    rest = to_parse[counts["parsed"]:]
                    parsed = parse_texts(self.nlp, iter(rest)) if rest else iter(())
                    yield document, err
                    continue
                if cache:
                    with _timed(timings, CACHE_STAGE):
                        cache.save_doc(key, doc)
            yield document, doc

    def batch(self, items: list[tuple[Document, dict[int, str] | None]]) -> BatchResult:
        """Return the tables of the documents in `items` (each with its section overrides), in their order."""
        timings, self.timings = self.timings, Counter()
        cache, counts, failures = self.cache, Counter(), []
        overrides = {document.doc_id: document_overrides for document, document_overrides in items}
        with _timed(timings, CACHE_STAGE):
            keys = {document.doc_id: cache.tables_key(document, overrides[document.doc_id]) if cache else None
                    for document, _ in items}
            done = {doc_id: cache.load_tables(key) if cache else None for doc_id, key in keys.items()}
        counts["from cached tables"] = sum(tables is not None for tables in done.values())
        for document, doc in self.docs([document for document, _ in items if done[document.doc_id] is None],
                                       timings, counts):
            try:
                if isinstance(doc, ArticleError):
                    raise doc
                codebook, marker_lexicon = self.lexicons()
                tables = document_tables(document, doc, codebook=codebook, marker_lexicon=marker_lexicon,
                                         overrides=overrides[document.doc_id], timings=timings)
            except ArticleError as err:
                failures.append(err)
                continue
            if cache:
                with _timed(timings, CACHE_STAGE):
                    cache.save_tables(keys[document.doc_id], tables)
            done[document.doc_id] = tables
        parts = [tables for tables in done.values() if tables is not None]
        timings.update(self.timings)
        return BatchResult({name: join([tables[name] for tables in parts], name) for name in SCHEMAS}, failures,
                           timings, +counts)


def analyse_batch(items: list[tuple[Document, dict[int, str] | None]], settings: BuildSettings) -> BatchResult:
    """Analyse one batch in this process, with the analyser (and pipeline) kept for the build `settings`."""
    if settings not in _ANALYSERS:
        _ANALYSERS.clear()
        _ANALYSERS[settings] = Analyser(settings)
    return _ANALYSERS[settings].batch(items)


def _batches(documents: list[Document], overrides: dict[str, dict[int, str]]) -> list[list[tuple]]:
    items = [(document, overrides.get(document.doc_id)) for document in documents]
    return [items[start:start + BATCH_DOCS] for start in range(0, len(items), BATCH_DOCS)]


def _settle(result: BatchResult, failures: list[ArticleError] | None) -> None:
    """Raise the batch's first failure, or add its failures to `failures` (logging each)."""
    if result.failures and failures is None:
        raise result.failures[0]
    for err in result.failures:
        logger.error("%s", err)
        failures.append(err)


def analyse(documents: list[Document], *, nlp, codebook: Codebook | None = None,
            marker_lexicon: MarkerLexicon | None = None, overrides: dict[str, dict[int, str]] | None = None,
            cache: BuildCache | None = None, failures: list[ArticleError] | None = None) -> dict[str, pd.DataFrame]:
    """Return every table for `documents`, parsed with `nlp` and coded with `codebook`, in memory.

    With a `cache`, a document whose tables are cached is not touched, and a document whose
    parse is cached is not parsed again. An article that fails raises ArticleError, unless a
    `failures` list is given: the failure is then added to it and the article left out.
    For a corpus too large for memory, `build` streams the tables to disk instead.
    """
    settings = BuildSettings(None, None, "", uuid.uuid4().hex)
    analyser = Analyser(settings, nlp=nlp, codebook=codebook, marker_lexicon=marker_lexicon, cache=cache)
    per_table: dict[str, list[pd.DataFrame]] = {name: [] for name in SCHEMAS}
    for batch in _batches(documents, overrides or {}):
        result = analyser.batch(batch)
        _settle(result, failures)
        for name, table in result.tables.items():
            per_table[name].append(from_arrow(table, name))
    return {name: concat(frames, name) for name, frames in per_table.items()}


def recode(*, seeds_dir: Path, codebooks: list[Codebook], nlp,
           cache: BuildCache | None = None) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """Return the sentences of the corpus in `seeds_dir` and its codes table under each of `codebooks`.

    Documents are streamed a batch at a time, from the `cache`'s Docs where it holds them; each
    is parsed at most once and nothing but the cache is written: this is for trying codebook
    edits out. Raises InputError as `load_corpus` does, ArticleError when a document fails.
    """
    documents = load_corpus(seeds_dir)
    overrides = read_section_overrides(seeds_dir)
    analyser = Analyser(BuildSettings(None, None, "", uuid.uuid4().hex), nlp=nlp, cache=cache)
    sentence_parts, code_parts = [], [[] for _ in codebooks]
    for batch in _batches(documents, overrides):
        for document, doc in analyser.docs([document for document, _ in batch], Counter(), Counter()):
            if isinstance(doc, ArticleError):
                raise doc
            _, sentences, entities = _units(document, doc, overrides.get(document.doc_id))
            sentence_parts.append(records_to_arrow(sentences, "sentences", doc_id=document.doc_id))
            for parts, codebook in zip(code_parts, codebooks):
                parts.append(records_to_arrow(list(iter_code_hits(doc, sentences, entities, codebook=codebook)),
                                              "codes", doc_id=document.doc_id))
    return (from_arrow(join(sentence_parts, "sentences"), "sentences"),
            [from_arrow(join(parts, "codes"), "codes") for parts in code_parts])


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
    with staged_out_dir(out_dir, sorted(OWN_FILES), own_names=OWN_FILES) as staging:
        writer = TableWriter(staging, sheet_file=CODING_SHEET_FILE, sheet=coding_sheet)
        writer.write({name: to_arrow(frame, name) for name, frame in tables.items()})
        writer.close()


def _collect(problems: list[str], read, *args, **kwargs):
    """Return `read(*args, **kwargs)`, or None after adding its InputError's problems to `problems`."""
    try:
        return read(*args, **kwargs)
    except InputError as err:
        problems.extend(err.problems)
        return None


class BuildReport(NamedTuple):
    """What a build did: rows written per table, documents by origin, seconds per stage, failed articles."""

    rows: dict[str, int]
    counts: Counter
    timings: Counter
    failures: list[ArticleError]


def _check_inputs(seeds_dir: Path, max_chars: int) -> tuple[list[Document], dict[str, dict[int, str]]]:
    """Return the corpus and its section overrides; raise InputError listing every problem in them and the resources."""
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
    return documents, overrides


def build(*, seeds_dir: Path, out_dir: Path, jobs: int = 1, model: str | None = None,
          max_chars: int = DEFAULT_MAX_CHARS, cache_dir: Path | None = None,
          failures: list[ArticleError] | None = None, engine: str = "local", scheduler: str | None = None,
          show_progress: bool = False) -> BuildReport:
    """Build every table from `seeds_dir` into `out_dir`, a batch at a time (reusing `cache_dir` if given).

    `engine` is `local` (`jobs` processes on this machine) or `dask` (the cluster at `scheduler`,
    or a local one). Memory is bounded by the batches in flight, not by the corpus; the pipeline
    is loaded only where a document must be parsed or analysed.

    An article that fails unexpectedly raises ArticleError before anything is written; with a
    `failures` list, it is added there instead and the tables are written without it.

    Raises OutputError when `out_dir` may not be replaced (before any work); InputError, listing
    every problem in the corpus and the resource files (section rules, gazetteer, lexicons,
    codebook), before the model is loaded and before anything is written; ModelNotFoundError
    when the spaCy pipeline is missing.
    """
    out_dir = Path(out_dir).absolute()
    check_out_dir(out_dir, seeds_dir=seeds_dir, own_names=OWN_FILES)
    if cache_dir is not None:
        check_cache_dir(cache_dir)
    recover(out_dir, own_names=OWN_FILES)
    documents, overrides = _check_inputs(seeds_dir, max_chars)
    settings = BuildSettings(model, Path(cache_dir).absolute() if cache_dir else None, installed_model_id(model),
                             uuid.uuid4().hex)
    report = BuildReport({}, Counter(), Counter(), failures if failures is not None else [])
    batches = _batches(documents, overrides)
    with staged_out_dir(out_dir, sorted(OWN_FILES), own_names=OWN_FILES) as staging:
        writer = TableWriter(staging, sheet_file=CODING_SHEET_FILE, sheet=coding_sheet)
        results = ENGINES[engine](analyse_batch, batches, settings, jobs=jobs, scheduler=scheduler)
        for result in progress(results, total=len(documents), sizes=[len(batch) for batch in batches],
                               enabled=show_progress):
            _settle(result, failures)
            report.counts.update(result.counts)
            report.timings.update(result.timings)
            with _timed(report.timings, WRITE_STAGE):
                writer.write(result.tables)
        with _timed(report.timings, WRITE_STAGE):
            writer.close()
    report.rows.update(writer.rows)
    logger.info("%d documents: %s", len(documents), ", ".join(f"{n} {origin}" for origin, n in sorted(report.counts.items())))
    logger.info("wrote %s to %s", ", ".join(f"{name} ({n} rows)" for name, n in writer.rows.items()), out_dir)
    return report
