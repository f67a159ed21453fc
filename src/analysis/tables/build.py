"""The build: seeds in, Parquet tables out, written atomically."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import spacy

from analysis.tables.cache import BuildCache
from analysis.corpus.registry import DEFAULT_MAX_CHARS, Document, Source, load_corpus, read_section_overrides
from analysis.errors import InputError
from analysis.nlp.entities import iter_entities
from analysis.extract.framing import Codebook, read_codebook
from analysis.extract.frames.coder import iter_code_hits
from analysis.extract.frames.polarity import read_modifiers
from analysis.nlp.gazetteer import default_gazetteer
from analysis.extract.naming import default_naming_lexicon, iter_labels
from analysis.extract.markers import MarkerLexicon, iter_markers, read_marker_lexicon
from analysis.nlp.pipeline import load_nlp, parse_texts
from analysis.extract.quotations import default_lexicon, iter_quotations
from analysis.corpus.sections import ANALYSED_SECTIONS, default_rules, iter_blocks
from analysis.nlp.sentences import iter_sentences
from analysis.tables.schemas import SCHEMAS, concat, to_frame

logger = logging.getLogger(__name__)
CODING_SHEET_FILE = "coding_sheet.csv"


def _units(document: Document, doc, overrides: dict[int, str] | None):
    blocks = list(iter_blocks(document.text, overrides=overrides))
    sentences = list(iter_sentences(doc, blocks))
    return blocks, sentences, list(iter_entities(doc, sentences))


def document_tables(document: Document, doc, *, codebook: Codebook, marker_lexicon: MarkerLexicon,
                    overrides: dict[int, str] | None = None) -> dict[str, pd.DataFrame]:
    """Return every table for one document, from its parsed `doc`."""
    doc_id = document.doc_id
    blocks, sentences, entities = _units(document, doc, overrides)
    quotations = list(iter_quotations(doc, blocks, sentences, entities, author=document.source.author))
    records = {
        "blocks": blocks, "sentences": sentences, "entities": entities, "quotations": quotations,
        "codes": list(iter_code_hits(doc, sentences, entities, codebook=codebook)),
        "markers": list(iter_markers(doc, sentences, entities, quotations, lexicon=marker_lexicon)),
        "labels": list(iter_labels(doc, sentences, entities)),
    }
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
            jobs: int = 1, cache: BuildCache | None = None) -> dict[str, pd.DataFrame]:
    """Return every table for `documents`, parsed with `nlp` and coded with `codebook`.

    With a `cache`, a document whose tables are cached is not touched, and a document whose
    parse is cached is not parsed again; documents are streamed, so no more than a batch of
    Docs is held at once.
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
    per_table: dict[str, list[pd.DataFrame]] = {name: [] for name in SCHEMAS}
    for document, tables_key, tables, parse_key, doc in plan:
        if tables is None:
            if doc is None:
                doc = next(parsed)
                if cache:
                    cache.save_doc(parse_key, doc)
            tables = document_tables(document, doc, codebook=codebook, marker_lexicon=marker_lexicon,
                                     overrides=overrides.get(document.doc_id))
            if cache:
                cache.save_tables(tables_key, tables)
        for name, frame in tables.items():
            per_table[name].append(frame)
    logger.info("%d documents: %d parsed, %d from cached parses, %d from cached tables", len(plan), len(to_parse),
                sum(1 for *_, tables, _, doc in plan if tables is None and doc is not None),
                sum(1 for _, _, tables, _, _ in plan if tables is not None))
    return {name: concat(frames, name) for name, frames in per_table.items()}


def recode(*, seeds_dir: Path, codebooks: list[Codebook], nlp) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """Return the sentences of the corpus in `seeds_dir` and its codes table under each of `codebooks`.

    Each document is parsed once and nothing is written: this is for trying codebook edits out.
    Raises InputError as `load_corpus` does.
    """
    documents = load_corpus(seeds_dir)
    overrides = read_section_overrides(seeds_dir)
    sentence_frames, code_frames = [], [[] for _ in codebooks]
    for document, doc in zip(documents, parse_texts(nlp, (document.text for document in documents))):
        _, sentences, entities = _units(document, doc, overrides.get(document.doc_id))
        sentence_frames.append(to_frame(sentences, "sentences", doc_id=document.doc_id))
        for frames, codebook in zip(code_frames, codebooks):
            frames.append(to_frame(list(iter_code_hits(doc, sentences, entities, codebook=codebook)), "codes",
                                   doc_id=document.doc_id))
    return concat(sentence_frames, "sentences"), [concat(frames, "codes") for frames in code_frames]


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

    Everything is written to a staging folder beside `out_dir`, which then takes its
    place; other files already in `out_dir` (such as `.gitkeep`) are carried over.
    """
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.staging-", dir=out_dir.parent))
    staging.chmod(0o755)
    try:
        for name, frame in tables.items():
            frame.to_parquet(staging / f"{name}.parquet", index=False)
        coding_sheet(tables["sentences"]).to_csv(staging / CODING_SHEET_FILE, index=False)
        if out_dir.is_dir():
            for path in out_dir.iterdir():
                if path.is_file() and not path.name.endswith(".parquet") and not (staging / path.name).exists():
                    shutil.copy2(path, staging / path.name)
        retired = out_dir.with_name(f".{out_dir.name}.retired-{os.getpid()}")
        if out_dir.exists():
            os.replace(out_dir, retired)
        os.replace(staging, out_dir)
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _collect(problems: list[str], read, *args, **kwargs):
    """Return `read(*args, **kwargs)`, or None after adding its InputError's problems to `problems`."""
    try:
        return read(*args, **kwargs)
    except InputError as err:
        problems.extend(err.problems)
        return None


def build(*, seeds_dir: Path, out_dir: Path, jobs: int = 1, model: str | None = None,
          max_chars: int = DEFAULT_MAX_CHARS, cache_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """Build every table from `seeds_dir` into `out_dir` and return them (reusing `cache_dir` if given).

    Raises InputError, listing every problem in the corpus and the resource files
    (section rules, gazetteer, lexicons, codebook, framing modifiers), before the model is loaded and before
    anything is written; ModelNotFoundError when the spaCy pipeline is missing.
    """
    problems: list[str] = []
    documents = _collect(problems, load_corpus, seeds_dir, max_chars=max_chars)
    overrides = _collect(problems, read_section_overrides, seeds_dir)
    for read_resource in (default_rules, default_gazetteer, default_lexicon, default_naming_lexicon):
        _collect(problems, read_resource)
    blank = spacy.blank("en")
    checked = _collect(problems, read_codebook, nlp=blank)
    limit_codes = frozenset(c for c, code in checked.codes.items() if code.dimension == "limits") if checked else None
    _collect(problems, read_modifiers, vocab=blank.vocab, make_doc=blank.make_doc, limit_codes=limit_codes)
    _collect(problems, read_marker_lexicon, nlp=blank)
    if problems:
        raise InputError(problems)
    nlp = load_nlp(model=model)
    codebook, marker_lexicon = read_codebook(nlp=nlp), read_marker_lexicon(nlp=nlp)
    cache = BuildCache(cache_dir, nlp=nlp) if cache_dir else None
    tables = analyse(documents, nlp=nlp, codebook=codebook, marker_lexicon=marker_lexicon, overrides=overrides,
                     jobs=jobs, cache=cache)
    write_tables(tables, out_dir)
    logger.info("wrote %s to %s", ", ".join(f"{name} ({len(frame)} rows)" for name, frame in tables.items()), out_dir)
    return tables
