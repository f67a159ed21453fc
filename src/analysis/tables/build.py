"""The build: seeds in, Parquet tables out, streamed a batch of articles at a time and published atomically.

`build` checks every input, then hands batches to an engine (`analysis.tables.engines`) that runs
`analyse_batch` on each, here or in worker processes, and appends the results in order to the
staging folder (`analysis.tables.stream`, `analysis.tables.output`).
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import spacy

from analysis.corpus.layout import metadata_fields
from analysis.corpus.registry import DEFAULT_MAX_CHARS, Document, Source, load_corpus, read_section_overrides
from analysis.corpus.sections import ANALYSED_SECTIONS, default_rules, doc_blocks, set_blocks
from analysis.errors import ArticleError, InputError
from analysis.extract.frames.negated_verbs import read_negated_verbs
from analysis.extract.frames.polarity import read_modifiers
from analysis.extract.frames.coder import iter_code_hits
from analysis.extract.frames.layer_model import default_framing_layer, read_framing_layer, warn_if_stale
from analysis.extract.framing import Codebook, checked_codes
from analysis.extract.markers import MarkerLexicon, iter_markers, read_marker_lexicon
from analysis.extract.naming import default_naming_lexicon
from analysis.extract.vocabulary import DEFAULT_FRAMING_LAYER, FRAMING_LAYERS, LAYER_OFF
from analysis.extract.quotations import default_lexicon, iter_quotations
from analysis.extract.voice import record_voices
from analysis.nlp.gazetteer import default_gazetteer
from analysis.nlp.models import installed_model_id
from analysis.tables.batches import (WRITE_STAGE, Analyser, BatchResult, BuildSettings, analyse_batch,
                                     build_collector, layered_codes, make_batches, timed, units)
from analysis.tables.cache import BuildCache, check_cache_dir
from analysis.tables.engines import ENGINES, progress
from analysis.tables.fresh import check as check_fresh, record as record_fresh
from analysis.tables.output import MANIFEST_FILE, check_out_dir, recover, staged_out_dir
from analysis.tables.schemas import SCHEMAS, check_tables, concat
from analysis.tables.stream import TableWriter, from_arrow, join, records_to_arrow, to_arrow

logger = logging.getLogger(__name__)
CODING_SHEET_FILE = "coding_sheet.csv"
# The coding sheet: columns of the sentences table, then blank ones for a human coder.
SENTENCE_COLUMNS = ("doc_id", "sent_id", "section", "start", "end", "text")
CODER_COLUMNS = ("coder", "support", "limits", "support_codes", "limits_codes", "notes")
CODING_SHEET_COLUMNS = SENTENCE_COLUMNS + CODER_COLUMNS
UNCHANGED = "unchanged since the last build"
OWN_FILES = frozenset({*(f"{name}.parquet" for name in SCHEMAS), CODING_SHEET_FILE})


def _settle(result: BatchResult, failures: list[ArticleError] | None) -> None:
    """Raise the batch's first failure, or add its failures to `failures` (logging each)."""
    if result.failures and failures is None:
        raise result.failures[0]
    for err in result.failures:
        logger.error("%s", err)
        failures.append(err)


def _check_framing_layer(framing_layer: str) -> None:
    """Raise ValueError for an unknown setting, InputError for a bad layer file when the layer is on, and log the
    staleness warning (once per process)."""
    if framing_layer not in FRAMING_LAYERS:
        raise ValueError(f"framing_layer must be one of {', '.join(FRAMING_LAYERS)}, not {framing_layer!r}")
    if framing_layer != LAYER_OFF:
        warn_if_stale(default_framing_layer())


def analyse(documents: list[Document], *, nlp, codebook: Codebook | None = None,
            marker_lexicon: MarkerLexicon | None = None, overrides: dict[str, dict[int, str]] | None = None,
            cache: BuildCache | None = None, failures: list[ArticleError] | None = None,
            framing_layer: str = DEFAULT_FRAMING_LAYER) -> dict[str, pd.DataFrame]:
    """Return every table for `documents`, parsed with `nlp` and coded with `codebook`, in memory; with
    `framing_layer="gated"`, the learned framing layer labels the rule codes and adds its own.

    With a `cache`, a document whose tables are cached is not touched, and a document whose
    parse is cached is not parsed again. An article that fails raises ArticleError, unless a
    `failures` list is given: the failure is then added to it and the article left out.
    Raises SchemaError when a table breaks its schema (a bug, not bad input). For a corpus too
    large for memory, `build` streams the tables to disk instead.
    """
    _check_framing_layer(framing_layer)
    settings = BuildSettings(None, None, "", uuid.uuid4().hex, framing_layer)
    analyser = Analyser(settings, nlp=nlp, codebook=codebook, marker_lexicon=marker_lexicon, cache=cache)
    per_table: dict[str, list[pd.DataFrame]] = {name: [] for name in SCHEMAS}
    for batch in make_batches(documents, overrides or {}):
        result = analyser.batch(batch)
        _settle(result, failures)
        for name, table in result.tables.items():
            per_table[name].append(from_arrow(table, name))
    return {name: concat(frames, name) for name, frames in per_table.items()}


def recode(*, seeds_dir: Path, codebooks: list[Codebook], nlp, cache: BuildCache | None = None,
           framing_layer: str = DEFAULT_FRAMING_LAYER) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """Return the sentences of the corpus in `seeds_dir` and its codes table under each of `codebooks`, with the
    learned framing layer set to `framing_layer` as the build applies it.

    Documents are streamed a batch at a time, from the `cache`'s Docs where it holds them; each
    is parsed at most once and nothing but the cache is written: this is for trying codebook
    edits out. Raises InputError as `load_corpus` does, ArticleError when a document fails,
    SchemaError when a table breaks its schema.
    """
    _check_framing_layer(framing_layer)
    documents = load_corpus(seeds_dir)
    overrides = read_section_overrides(seeds_dir)
    analyser = Analyser(BuildSettings(None, None, "", uuid.uuid4().hex), nlp=nlp, cache=cache)
    marker_lexicon = read_marker_lexicon(nlp=nlp) if framing_layer != LAYER_OFF else None
    sentence_parts, code_parts = [], [[] for _ in codebooks]
    for batch in make_batches(documents, overrides):
        for document, doc in analyser.docs([document for document, _ in batch], Counter(), Counter()):
            if isinstance(doc, ArticleError):
                raise doc
            set_blocks(doc, overrides=overrides.get(document.doc_id), title=document.source.title)
            sentences, entities = units(doc)
            quotations = list(iter_quotations(doc, sentences, entities, author=document.source.author))
            voices = record_voices({"sentences": sentences}, blocks=doc_blocks(doc), quotations=quotations)
            sentence_parts.append(records_to_arrow(sentences, "sentences", doc_id=document.doc_id,
                                                   **voices["sentences"]))
            markers = (list(iter_markers(doc, sentences, entities, quotations, lexicon=marker_lexicon))
                       if marker_lexicon is not None else None)
            for parts, codebook in zip(code_parts, codebooks):
                codes = list(iter_code_hits(doc, sentences, entities, codebook=codebook, quotations=quotations))
                if markers is not None:
                    codes = layered_codes(doc, sentences, codes, entities=entities, markers=markers,
                                          quoted_shares=voices["sentences"]["quoted_share"])
                parts.append(records_to_arrow(codes, "codes", doc_id=document.doc_id))
    sentence_table = from_arrow(join(sentence_parts, "sentences"), "sentences")
    code_tables = [from_arrow(join(parts, "codes"), "codes") for parts in code_parts]
    check_tables({"sentences": sentence_table})
    for code_table in code_tables:
        check_tables({"codes": code_table})
    return sentence_table, code_tables


def analyse_text(text: str, *, nlp, doc_id: str = "text", author: str = "",
                 framing_layer: str = DEFAULT_FRAMING_LAYER) -> dict[str, pd.DataFrame]:
    """Return every table for one text, as if it were a registered document (for trying rules out), with the learned
    framing layer set to `framing_layer`.

    Raises InputError when `text` holds a lone surrogate (it cannot be stored as UTF-8).
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError([f"{doc_id}: lone surrogate {text[err.start]!r} at character {err.start}; "
                          "the text cannot be stored as UTF-8"]) from None
    source = Source(doc_id, f"{doc_id}.txt", "", "", author, "", "", doc_id, "")
    document = Document(source, text, hashlib.sha256(data).hexdigest())
    return analyse([document], nlp=nlp, framing_layer=framing_layer)


def coding_sheet_rows(sentences: pa.Table) -> list[tuple]:
    """Return the rows of the blank coding sheet (`CODING_SHEET_COLUMNS`) for the Arrow `sentences`: the coded
    sentences, in their order, with empty columns for a human coder."""
    coded = sentences.filter(pc.is_in(sentences["section"], value_set=pa.array(ANALYSED_SECTIONS)))
    blank = ("",) * len(CODER_COLUMNS)
    return [(*row, *blank) for row in zip(*(coded[name].to_pylist() for name in SENTENCE_COLUMNS))]


def table_writer(staging) -> TableWriter:
    """Return the writer of the build's tables and its coding sheet into `staging`."""
    return TableWriter(staging, sheet_file=CODING_SHEET_FILE, sheet_columns=CODING_SHEET_COLUMNS,
                       sheet=coding_sheet_rows)


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path) -> None:
    """Replace the tables in `out_dir` with `tables` (and the blank coding sheet), all at once.

    Only files the build wrote before are removed; see `analysis.tables.output`. Raises
    OutputError when `out_dir` cannot be replaced safely (it is then left as it was).
    """
    with staged_out_dir(out_dir, sorted(OWN_FILES), own_names=OWN_FILES) as staging:
        writer = table_writer(staging)
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


def _check_inputs(seeds_dir: Path, max_chars: int, *,
                  framing_layer: str = DEFAULT_FRAMING_LAYER) -> tuple[list[Document], dict[str, dict[int, str]]]:
    """Return the corpus and its section overrides; raise InputError listing every problem in them and the resources
    (the learned framing layer's too, when it is on)."""
    problems: list[str] = []
    documents = _collect(problems, load_corpus, seeds_dir, max_chars=max_chars)
    overrides = _collect(problems, read_section_overrides, seeds_dir)
    for read_resource in (default_rules, metadata_fields, default_gazetteer, default_lexicon, default_naming_lexicon,
                          read_negated_verbs):
        _collect(problems, read_resource)
    layer = _collect(problems, read_framing_layer) if framing_layer != LAYER_OFF else None
    if layer is not None:
        warn_if_stale(layer)
    blank = spacy.blank("en")
    checked = _collect(problems, checked_codes, vocab=blank.vocab)  # kept: the Analyser compiles them for the model
    limit_codes = frozenset(code.id for code in checked if code.dimension == "limits") if checked is not None else None
    _collect(problems, read_modifiers, vocab=blank.vocab, make_doc=blank.make_doc, limit_codes=limit_codes)
    _collect(problems, read_marker_lexicon, nlp=blank)
    if problems:
        raise InputError(problems)
    return documents, overrides


def build(*, seeds_dir: Path, out_dir: Path, jobs: int = 1, model: str | None = None,
          max_chars: int = DEFAULT_MAX_CHARS, cache_dir: Path | None = None,
          failures: list[ArticleError] | None = None, engine: str = "local", scheduler: str | None = None,
          show_progress: bool = False, framing_layer: str = DEFAULT_FRAMING_LAYER) -> BuildReport:
    """Build every table from `seeds_dir` into `out_dir`, a batch at a time (reusing `cache_dir` if given), with the
    learned framing layer set to `framing_layer` (`off`, or `gated`: the form the layer file names, G, G_ps or G_m,
    labels the rule codes and adds its own).

    `engine` is `local` (`jobs` processes on this machine) or `dask` (the cluster at `scheduler`,
    or a local one). Memory is bounded by the batches in flight, not by the corpus; the pipeline
    is loaded only where a document must be parsed or analysed. With a cache, a build whose inputs and
    output files did not change since its last build into `out_dir` does nothing (`analysis.tables.fresh`).

    An article that fails unexpectedly raises ArticleError before anything is written; with a
    `failures` list, it is added there instead and the tables are written without it.

    Raises OutputError when `out_dir` may not be replaced (before any work); InputError, listing
    every problem in the corpus and the resource files (section rules, gazetteer, lexicons,
    codebook, framing modifiers), before the model is loaded and before anything is written;
    ModelNotFoundError when the spaCy pipeline is missing; SchemaError when a built table breaks
    its schema (nothing is written then either).
    """
    if framing_layer not in FRAMING_LAYERS:
        raise ValueError(f"framing_layer must be one of {', '.join(FRAMING_LAYERS)}, not {framing_layer!r}")
    out_dir = Path(out_dir).absolute()
    check_out_dir(out_dir, seeds_dir=seeds_dir, own_names=OWN_FILES)
    if cache_dir is not None:
        check_cache_dir(cache_dir)
    recover(out_dir, own_names=OWN_FILES)
    inputs, stamp = check_fresh(seeds_dir, out_dir, cache_dir, model=model, max_chars=max_chars,
                                framing_layer=framing_layer)
    if stamp is not None:
        logger.info("nothing changed since the last build of %s (%d documents)", out_dir, stamp.documents)
        return BuildReport(dict(stamp.rows), Counter({UNCHANGED: stamp.documents}), Counter(),
                           failures if failures is not None else [])
    documents, overrides = _check_inputs(seeds_dir, max_chars, framing_layer=framing_layer)
    settings = BuildSettings(model, Path(cache_dir).absolute() if cache_dir else None, installed_model_id(model),
                             uuid.uuid4().hex, framing_layer)
    report = BuildReport({}, Counter(), Counter(), failures if failures is not None else [])
    batches = make_batches(documents, overrides)
    with build_collector(), staged_out_dir(out_dir, sorted(OWN_FILES), own_names=OWN_FILES) as staging:
        writer = table_writer(staging)
        results = ENGINES[engine](analyse_batch, batches, settings, jobs=jobs, scheduler=scheduler)
        for result in progress(results, total=len(documents), sizes=[len(batch) for batch in batches],
                               enabled=show_progress):
            _settle(result, failures)
            report.counts.update(result.counts)
            report.timings.update(result.timings)
            with timed(report.timings, WRITE_STAGE):
                writer.write(result.tables)
        with timed(report.timings, WRITE_STAGE):
            writer.close()
    report.rows.update(writer.rows)
    if inputs is not None and not report.failures:
        record_fresh(cache_dir, out_dir, inputs, names=sorted(OWN_FILES | {MANIFEST_FILE}), rows=writer.rows,
                     documents=len(documents))
    logger.info("%d documents: %s", len(documents), ", ".join(f"{n} {origin}" for origin, n in sorted(report.counts.items())))
    logger.info("wrote %s to %s", ", ".join(f"{name} ({n} rows)" for name, n in writer.rows.items()), out_dir)
    return report
