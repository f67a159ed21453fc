"""Checks for a seminar's own files: an article just added to the seeds, and its copy of the coding sheet."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from analysis.corpus.registry import load_corpus
from analysis.errors import InputError
from analysis.tables.schemas import counted_codes, load_tables


def _counts(frame: pd.DataFrame, column: str) -> str:
    counts = frame[column].value_counts().sort_index()
    return ", ".join(f"{value} {count}" for value, count in counts.items()) or "none"


def check_article(path: Path | str, *, seeds_dir: Path | str, data_dir: Path | str) -> str:
    """Return what the article at `path` adds to the built tables in `data_dir`, after checking it and its row.

    Raises InputError when the file is not in `seeds_dir`, when the corpus (the file, its row in
    `sources.csv`, or any other) has a problem, or when the tables do not hold the article yet.
    """
    path, seeds_dir = Path(path), Path(seeds_dir)
    if not path.is_file():
        raise InputError([f"{path}: no such file"])
    if path.resolve().parent != seeds_dir.resolve():
        raise InputError([f"{path}: not a file in {seeds_dir}/; save the article there first"])
    documents = {document.source.file: document for document in load_corpus(seeds_dir)}
    if path.name not in documents:
        raise InputError([f"{path}: no row in {seeds_dir / 'sources.csv'}"])
    document = documents[path.name]
    tables = {name: frame[frame.doc_id == document.doc_id] for name, frame in load_tables(data_dir).items()}
    if tables["documents"].empty:
        raise InputError([f"{document.doc_id}: not in the tables in {data_dir}; run `make data` first"])
    source = document.source
    codes = counted_codes(tables["codes"])
    return "\n".join([
        f"{document.doc_id}: {source.label} ({source.outlet}, {source.published}) — file and row are valid",
        f"  blocks by section: {_counts(tables['blocks'], 'section')}",
        f"  sentences: {len(tables['sentences'])}, tokens: {int(tables['documents'].n_tokens.iloc[0])}",
        f"  quotations by kind: {_counts(tables['quotations'], 'kind')}",
        f"  codes by dimension: {_counts(codes, 'dimension')}; by code: {_counts(codes, 'code')}",
        "`make` has refreshed the notebooks (after `make data` alone, run `make notebooks`); "
        "read the new source in notebook 01's section audit.",
    ])


def claim_coding_sheet(*, blank: Path | str, target: Path | str) -> bool:
    """Copy the build's blank coding sheet to `target` unless a sheet is already there; return True if copied.

    A filled-in sheet is the seminar's work: it is never overwritten, whatever the build does.
    """
    target = Path(target)
    if target.exists():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(blank, target)
    return True
