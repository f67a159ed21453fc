"""Articles analysed a batch at a time: the one function that every engine runs.

`document_records` turns one parsed Doc into the rows of every table, and `to_tables` a batch's rows
into Arrow tables with one conversion per table (`document_tables` does both for one Doc). An
`Analyser` (one per build and process) takes a batch of documents, reuses what the cache holds,
parses the rest with the pipeline it loads on first need, and returns the batch's tables, its failed
articles and the seconds spent in each stage. `analyse_batch` is the picklable entry point that the
process pool and Dask workers call; each worker keeps its pipeline for later batches and builds.
"""

from __future__ import annotations

import gc
import logging
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

import pyarrow as pa
import spacy

from analysis.config import RESOURCES_DIR, resolve_model_name
from analysis.corpus.registry import Document
from analysis.corpus.resources import resources_digest
from analysis.corpus.sections import Block, doc_blocks, set_blocks
from analysis.errors import ArticleError, InputError
from analysis.extract.frames.coder import iter_code_hits
from analysis.extract.frames.layer import gated_codes, sentence_views
from analysis.extract.frames.layer_model import default_framing_layer
from analysis.extract.framing import Codebook, read_codebook
from analysis.extract.markers import MarkerLexicon, iter_markers, read_marker_lexicon
from analysis.extract.naming import iter_labels
from analysis.extract.quotations import iter_quotations
from analysis.extract.vocabulary import LAYER_GATED, LAYER_OFF
from analysis.extract.voice import record_voices
from analysis.nlp.arrays import ParseArrays
from analysis.nlp.entities import iter_entities
from analysis.nlp.pipeline import default_gazetteer_key, load_nlp, parse_texts
from analysis.nlp.sentences import iter_sentences
from analysis.tables.cache import BuildCache
from analysis.tables.schemas import SCHEMAS
from analysis.tables.stream import ARROW_SCHEMAS, check_arrow, documents_to_arrow, join

logger = logging.getLogger(__name__)
BATCH_DOCS = 8  # documents per batch: the unit of work of every engine and one Parquet row group
# Net allocations between the cyclic collector's passes over its youngest generation (Python's default is 700):
# an article leaves a handful of objects in reference cycles, and each pass costs as much as the objects it finds alive.
BUILD_COLLECTOR_THRESHOLD = 10_000
LOAD_STAGE, PARSE_STAGE, CACHE_STAGE, ARROW_STAGE, CHECK_STAGE, WRITE_STAGE = (
    "loading the model", "parsing with spaCy", "reading and writing the cache", "making the Arrow tables",
    "checking the schemas", "writing the tables")
LAYER_STAGE = "applying the framing layer"


def units(doc, *, parse: ParseArrays | None = None, blocks: Sequence[Block] | None = None):
    """Return the sentences and entities of `doc`, whose blocks are set (`parse`: the Doc's `ParseArrays`, `blocks`:
    its `doc_blocks`, if read already)."""
    sentences = list(iter_sentences(doc, parse=parse, blocks=blocks))
    return sentences, list(iter_entities(doc, sentences, parse=parse))


@contextmanager
def timed(timings: Counter | None, stage: str) -> Iterator[None]:
    """Add the seconds spent in the block to `timings[stage]`."""
    started = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[stage] += time.perf_counter() - started


@contextmanager
def build_collector() -> Iterator[None]:
    """Run the block with the cyclic garbage collector set for a build, then restore it.

    Inside, the youngest generation is collected after `BUILD_COLLECTOR_THRESHOLD` net allocations; on exit the
    thresholds are restored and the objects frozen inside (see `Analyser`'s `freeze_loaded`) unfrozen.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(BUILD_COLLECTOR_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@contextmanager
def _stage(doc_id: str, stage: str, timings: Counter | None = None) -> Iterator[None]:
    """Turn an unexpected exception inside one stage of one article into an ArticleError naming both."""
    try:
        with timed(timings, stage):
            yield
    except (InputError, ArticleError):
        raise
    except Exception as err:
        raise ArticleError(doc_id, stage, err) from err


class DocumentRecords(NamedTuple):
    """One document's rows before they become Arrow: per table, its records and the columns they lack (see
    `records_to_arrow`), and its row of the documents table."""

    tables: dict[str, tuple[list, dict]]
    documents_row: dict


def document_records(document: Document, doc, *, codebook: Codebook, marker_lexicon: MarkerLexicon,
                     timings: Counter | None = None, blocks: Sequence[Block] | None = None,
                     framing_layer: str = LAYER_OFF) -> DocumentRecords:
    """Return the rows of every table for one document from its parsed `doc` with its blocks set (see
    `set_blocks`; `blocks`: what it returned, else they are read back), adding the seconds spent in each stage to
    `timings`. With `framing_layer="gated"` the learned framing layer labels the rule codes and adds its own
    (`analysis.extract.frames.layer`).

    Raises ArticleError naming the document and the stage when an extractor fails.
    """
    doc_id = document.doc_id
    with _stage(doc_id, "cutting blocks, sentences and entities", timings):
        blocks = blocks if blocks is not None else doc_blocks(doc)
        parse = ParseArrays(doc)  # the parse's columns, read once for every stage below
        sentences, entities = units(doc, parse=parse, blocks=blocks)
    with _stage(doc_id, "finding quotations", timings):
        quotations = list(iter_quotations(doc, sentences, entities, author=document.source.author,
                                          doc_id=doc_id, parse=parse, blocks=blocks))
    records = {"blocks": blocks, "sentences": sentences, "entities": entities, "quotations": quotations}
    with _stage(doc_id, "coding frames", timings):
        records["codes"] = list(iter_code_hits(doc, sentences, entities, codebook=codebook, quotations=quotations,
                                               parse=parse))
    with _stage(doc_id, "finding argument markers", timings):
        records["markers"] = list(iter_markers(doc, sentences, entities, quotations, lexicon=marker_lexicon,
                                                   parse=parse))
    with _stage(doc_id, "finding labels", timings):
        records["labels"] = list(iter_labels(doc, sentences, entities, parse=parse))
    with _stage(doc_id, "telling who speaks", timings):
        voices = record_voices({name: records[name] for name in ("sentences", "entities", "markers", "labels")},
                               blocks=blocks, quotations=quotations)
    if framing_layer == LAYER_GATED:
        with _stage(doc_id, LAYER_STAGE, timings):
            records["codes"] = layered_codes(doc, sentences, records["codes"], entities=entities,
                                             markers=records["markers"],
                                             quoted_shares=voices["sentences"]["quoted_share"], parse=parse)
    source = document.source
    tables = {name: (rows, {"doc_id": doc_id, **voices.get(name, {})}) for name, rows in records.items()}
    return DocumentRecords(tables, {
        **{name: getattr(source, name) for name in ("doc_id", "file", "outlet", "title", "author", "published",
                                                      "genre", "label")},
        "sha256": document.sha256, "n_chars": len(document.text), "n_blocks": len(blocks),
        "n_sentences": len(sentences), "n_tokens": len(doc) - int(parse.column("IS_SPACE").sum()),
    })


def layered_codes(doc, sentences: Sequence, codes: Sequence, *, entities: Sequence, markers: Sequence,
                  quoted_shares: Sequence[float], parse: ParseArrays | None = None) -> list:
    """Return the rule `codes` of one document as the learned framing layer labels them, followed by the codes it
    adds (form G, G_ps, G_m or G_mp, `analysis.extract.frames.layer`); `parse`: the Doc's `ParseArrays`, if already
    read."""
    layer = default_framing_layer()
    views = sentence_views(doc, sentences, codes=codes, entities=entities, markers=markers, quoted_shares=quoted_shares,
                           parse=parse, mask_proper_nouns=layer.proper_nouns_masked)
    return gated_codes(doc, sentences, codes, views, layer=layer)


def to_tables(documents: Sequence[DocumentRecords]) -> list[dict[str, pa.Table]]:
    """Return each document's tables as Arrow, sorted by key, converted together (see `documents_to_arrow`)."""
    if not documents:
        return []
    names = list(documents[0].tables)
    per_table = {name: documents_to_arrow([records.tables[name] for records in documents], name) for name in names}
    rows = pa.Table.from_pylist([records.documents_row for records in documents], schema=ARROW_SCHEMAS["documents"])
    return [{**{name: per_table[name][i] for name in names}, "documents": rows.slice(i, 1)}
            for i in range(len(documents))]


def document_tables(document: Document, doc, *, codebook: Codebook, marker_lexicon: MarkerLexicon,
                    timings: Counter | None = None, framing_layer: str = LAYER_OFF) -> dict[str, pa.Table]:
    """Return every table for one document as Arrow, sorted by key, from its parsed `doc` with its blocks set
    (see `set_blocks`), adding the seconds spent in each stage to `timings`.

    Raises ArticleError naming the document and the stage when an extractor fails.
    """
    return to_tables([document_records(document, doc, codebook=codebook, marker_lexicon=marker_lexicon,
                                       timings=timings, framing_layer=framing_layer)])[0]


class BuildSettings(NamedTuple):
    """What a worker needs to analyse batches; small and picklable, so it travels to other processes."""

    model: str | None
    cache_dir: Path | None
    model_key: str
    build_id: str
    framing_layer: str = LAYER_OFF


class BatchResult(NamedTuple):
    """One batch analysed: its tables (Arrow, sorted by key), failed articles, seconds per stage, counts."""

    tables: dict[str, pa.Table]
    failures: list[ArticleError]
    timings: Counter
    counts: Counter


_PIPELINES: dict[tuple[str, str], spacy.language.Language] = {}
_ANALYSERS: dict[BuildSettings, "Analyser"] = {}


def shared_nlp(model: str | None) -> spacy.language.Language:
    """Return the pipeline `model` with the gazetteer's patterns as read now, loaded once per process for each."""
    key = (resolve_model_name(model), default_gazetteer_key())
    if key not in _PIPELINES:
        _PIPELINES.clear()
        _PIPELINES[key] = load_nlp(model=key[0])
    return _PIPELINES[key]


class Analyser:
    """Analyses batches of documents in one process; the pipeline is loaded only when a document needs it.

    With `freeze_loaded`, every object alive once the pipeline or the lexicons are loaded (the library, the
    pipeline, the lexicons) is moved out of the cyclic collector's reach (`gc.freeze`), so that its passes over
    the oldest generation no longer walk them: for a process that keeps them to its end.
    """

    def __init__(self, settings: BuildSettings, *, nlp=None, codebook: Codebook | None = None,
                 marker_lexicon: MarkerLexicon | None = None, cache: BuildCache | None = None,
                 freeze_loaded: bool = False):
        self.settings, self._nlp, self.freeze_loaded = settings, nlp, freeze_loaded
        self._codebook, self._marker_lexicon = codebook, marker_lexicon
        self.timings: Counter = Counter()
        self.cache = cache or (BuildCache(settings.cache_dir, model_key=settings.model_key,
                                          vocab=lambda: self.nlp.vocab) if settings.cache_dir else None)
        if self.cache is None:
            resources_digest(RESOURCES_DIR)  # as a cache does: the lexicons of older resource files are read again

    @property
    def nlp(self):
        if self._nlp is None:
            with timed(self.timings, LOAD_STAGE):
                self._nlp = shared_nlp(self.settings.model)
            self._loaded()
        return self._nlp

    def lexicons(self) -> tuple[Codebook, MarkerLexicon]:
        """Return the codebook and the marker lexicon, read for this pipeline on first use unless given."""
        if self._codebook is None or self._marker_lexicon is None:
            with timed(self.timings, LOAD_STAGE):
                self._codebook = self._codebook or read_codebook(nlp=self.nlp)
                self._marker_lexicon = self._marker_lexicon or read_marker_lexicon(nlp=self.nlp)
            self._loaded()
        return self._codebook, self._marker_lexicon

    def _loaded(self) -> None:
        if self.freeze_loaded:
            gc.freeze()

    def docs(self, documents: list[Document], timings: Counter, counts: Counter) -> Iterator[tuple[Document, object]]:
        """Yield each document with its Doc (cached, else parsed and cached) or the ArticleError of its parse."""
        cache = self.cache
        with timed(timings, CACHE_STAGE):
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
                    with timed(timings, CACHE_STAGE):
                        cache.save_doc(key, doc)
            yield document, doc

    def batch(self, items: list[tuple[Document, dict[int, str] | None]]) -> BatchResult:
        """Return the tables of the documents in `items` (each with its section overrides), in their order."""
        timings, self.timings = self.timings, Counter()
        cache, counts, failures = self.cache, Counter(), []
        overrides = {document.doc_id: document_overrides for document, document_overrides in items}
        with timed(timings, CACHE_STAGE):
            keys = {document.doc_id: cache.tables_key(document, overrides[document.doc_id],
                                                      framing_layer=self.settings.framing_layer) if cache else None
                    for document, _ in items}
            done = {doc_id: cache.load_tables(key) if cache else None for doc_id, key in keys.items()}
        counts["from cached tables"] = sum(tables is not None for tables in done.values())
        fresh: list[tuple[Document, DocumentRecords]] = []
        for document, doc in self.docs([document for document, _ in items if done[document.doc_id] is None],
                                       timings, counts):
            try:
                if isinstance(doc, ArticleError):
                    raise doc
                # Blocks depend on the section rules and overrides, which the parse key does not cover.
                with _stage(document.doc_id, "cutting blocks", timings):
                    blocks = set_blocks(doc, overrides=overrides[document.doc_id], title=document.source.title)
                codebook, marker_lexicon = self.lexicons()
                fresh.append((document, document_records(document, doc, codebook=codebook,
                                                         marker_lexicon=marker_lexicon, timings=timings,
                                                         blocks=blocks, framing_layer=self.settings.framing_layer)))
            except ArticleError as err:
                failures.append(err)
        with timed(timings, ARROW_STAGE):
            converted = to_tables([records for _, records in fresh])
        for (document, _), tables in zip(fresh, converted):
            if cache:
                with timed(timings, CACHE_STAGE):
                    cache.save_tables(keys[document.doc_id], tables)
            done[document.doc_id] = tables
        parts = [tables for tables in done.values() if tables is not None]
        batch = {name: join([tables[name] for tables in parts], name) for name in SCHEMAS}
        with timed(timings, CHECK_STAGE):  # keys hold doc_id, so checking batch by batch checks the whole
            check_arrow(batch)
        timings.update(self.timings)
        return BatchResult(batch, failures, timings, +counts)


def analyse_batch(items: list[tuple[Document, dict[int, str] | None]], settings: BuildSettings) -> BatchResult:
    """Analyse one batch in this process, with the analyser (and pipeline) kept for the build `settings`."""
    if settings not in _ANALYSERS:
        _ANALYSERS.clear()
        _ANALYSERS[settings] = Analyser(settings, freeze_loaded=True)
    return _ANALYSERS[settings].batch(items)


def make_batches(documents: list[Document], overrides: dict[str, dict[int, str]]) -> list[list[tuple]]:
    """Return `documents`, in their order, cut into batches of `BATCH_DOCS`, each paired with its section overrides."""
    items = [(document, overrides.get(document.doc_id)) for document in documents]
    return [items[start:start + BATCH_DOCS] for start in range(0, len(items), BATCH_DOCS)]
