"""Faults during and after the analysis: a failing article, a full disk, a tampered cache, formulas in the coding sheet.

Each case builds three tiny articles (or none), so none takes more than a few seconds.
"""

from __future__ import annotations

import pytest

import analysis.tables.batches
from tests.conftest import run_build, snapshot


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_the_coding_sheet_escapes_formulas(cell, tmp_path):
    import pandas as pd

    from analysis.tables.build import CODING_SHEET_FILE, write_tables
    from analysis.tables.schemas import SCHEMAS, dtypes, to_frame

    tables = {name: to_frame([], name) for name in SCHEMAS}
    tables["sentences"] = pd.DataFrame([{"doc_id": "d", "sent_id": 0, "block_id": 0, "section": "body", "start": 0,
                                         "end": len(cell), "text": cell, "n_tokens": 1, "has_elision": False,
                                         "voice": "author", "quoted_share": 0.0}]
                                       ).astype(dtypes("sentences"))
    write_tables(tables, tmp_path / "out")
    sheet = pd.read_csv(tmp_path / "out" / CODING_SHEET_FILE, keep_default_na=False)
    assert sheet.text.tolist() == ["'" + cell]
    assert pd.read_parquet(tmp_path / "out" / "sentences.parquet").text.tolist() == [cell]


def test_a_tampered_cache_entry_is_rebuilt_never_executed(tiny_seeds, tmp_path, caplog):
    from analysis.tables import load_tables
    from analysis.tables.build import build

    cache = tmp_path / "cache"
    build(seeds_dir=tiny_seeds, out_dir=tmp_path / "first", cache_dir=cache)
    for entry in (cache / "tables").iterdir():
        (entry / "documents.arrow").write_bytes(b"\x80\x04cos\nsystem\n(S'touch pwned'\ntR.")
    (next((cache / "docs").iterdir()) / "doc.spacy").write_bytes(b"garbage")
    build(seeds_dir=tiny_seeds, out_dir=tmp_path / "second", cache_dir=cache)
    first, second = load_tables(tmp_path / "first"), load_tables(tmp_path / "second")
    assert all(first[name].equals(second[name]) for name in first)
    assert "ignoring the cache entry" in caplog.text and "documents.arrow" not in caplog.text
    assert not (tmp_path / "pwned").exists() and not any(cache.rglob("*.pkl"))


# --- an unexpected failure inside one article ------------------------------------------------------

def _fails_on_b(original):
    def failing(doc, *args, **kwargs):
        if doc.text.startswith("Iran"):
            raise RuntimeError("boom")
        return original(doc, *args, **kwargs)
    return failing


def _fail_in_markers(monkeypatch):
    monkeypatch.setattr(analysis.tables.batches, "iter_markers", _fails_on_b(analysis.tables.batches.iter_markers))
    return "finding argument markers"


def _fail_in_labels(monkeypatch):
    monkeypatch.setattr(analysis.tables.batches, "iter_labels", _fails_on_b(analysis.tables.batches.iter_labels))
    return "finding labels"


def _fail_in_parsing(monkeypatch):
    original = analysis.tables.batches.parse_texts

    def failing(nlp, texts, **kwargs):
        for doc in original(nlp, texts, **kwargs):
            if doc.text.startswith("Iran"):
                raise RuntimeError("boom")
            yield doc

    monkeypatch.setattr(analysis.tables.batches, "parse_texts", failing)
    return "parsing with spaCy"


FAILURES = [_fail_in_markers, _fail_in_labels, _fail_in_parsing]


@pytest.mark.parametrize("fail", FAILURES, ids=lambda f: f.__name__.strip("_"))
def test_a_failing_article_is_named_with_its_stage(fail, tiny_seeds, previous_out, monkeypatch, capsys):
    stage = fail(monkeypatch)
    before = snapshot(previous_out)
    assert run_build(tiny_seeds, previous_out) == 2
    err = capsys.readouterr().err
    assert err == f"error: b: failed while {stage}: RuntimeError: boom; nothing was written (--keep-going builds the other articles)\n"
    assert snapshot(previous_out) == before


@pytest.mark.parametrize("fail", FAILURES, ids=lambda f: f.__name__.strip("_"))
def test_keep_going_builds_the_other_articles(fail, tiny_seeds, tmp_path, monkeypatch, capsys):
    from analysis.tables import load_tables

    stage = fail(monkeypatch)
    assert run_build(tiny_seeds, tmp_path / "out", "--keep-going") == 2
    assert f"  b: failed while {stage}: RuntimeError: boom" in capsys.readouterr().err.splitlines()
    assert load_tables(tmp_path / "out")["documents"].doc_id.tolist() == ["a", "c"]


def test_debug_prints_the_traceback(tiny_seeds, tmp_path, monkeypatch, capsys):
    _fail_in_markers(monkeypatch)
    assert run_build(tiny_seeds, tmp_path / "out", "--debug") == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: boom" in err and not (tmp_path / "out").exists()


def test_a_full_disk_is_one_line_and_leaves_the_tables(tiny_seeds, previous_out, monkeypatch, capsys):
    import pyarrow.parquet as pq

    def full(writer, table, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full)
    before = snapshot(previous_out)
    assert run_build(tiny_seeds, previous_out) == 2
    assert capsys.readouterr().err == (f"error: {previous_out}: could not write documents.parquet (No space left on device); "
                                       f"{previous_out} was left as it was\n")
    assert snapshot(previous_out) == before
