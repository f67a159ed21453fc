"""Engines and streaming: batches written in order give the same files whatever the engine and the workers."""

from __future__ import annotations

import pytest

import analysis.tables.build
from analysis.tables.build import build
from analysis.tables.schemas import SCHEMAS, load_tables
from tests.conftest import TINY_ARTICLES, snapshot

OWN = [f"{name}.parquet" for name in SCHEMAS] + ["coding_sheet.csv"]


def _files(out):
    return {name: data for name, data in snapshot(out).items() if name in OWN}


@pytest.fixture
def small_batches(monkeypatch):
    """One article per batch, so that three batches are streamed and shared out between workers."""
    monkeypatch.setattr(analysis.tables.build, "BATCH_DOCS", 1)


def test_batches_stream_into_one_table_per_name_in_key_order(tiny_seeds, tmp_path, small_batches):
    report = build(seeds_dir=tiny_seeds, out_dir=tmp_path / "out")
    tables = load_tables(tmp_path / "out")
    assert tables["documents"].doc_id.tolist() == sorted(TINY_ARTICLES)
    assert report.rows == {name: len(frame) for name, frame in tables.items()}
    assert report.counts == {"parsed": len(TINY_ARTICLES)}
    assert {"parsing with spaCy", "finding quotations", "writing the tables"} <= set(report.timings)


def test_two_worker_processes_write_the_same_files_as_one(tiny_seeds, tmp_path, small_batches):
    build(seeds_dir=tiny_seeds, out_dir=tmp_path / "one")
    build(seeds_dir=tiny_seeds, out_dir=tmp_path / "two", jobs=2)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_a_warm_build_does_not_load_the_pipeline(tiny_seeds, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build(seeds_dir=tiny_seeds, out_dir=tmp_path / "cold", cache_dir=cache)
    monkeypatch.setattr(analysis.tables.build, "_PIPELINES", {})
    monkeypatch.setattr(analysis.tables.build, "load_nlp", lambda **kwargs: pytest.fail("the pipeline was loaded"))
    report = build(seeds_dir=tiny_seeds, out_dir=tmp_path / "warm", cache_dir=cache)
    assert report.counts == {"from cached tables": len(TINY_ARTICLES)}
    assert _files(tmp_path / "cold") == _files(tmp_path / "warm")


def test_the_dask_engine_with_two_local_workers_writes_the_same_files(tiny_seeds, tmp_path, small_batches):
    pytest.importorskip("distributed")
    build(seeds_dir=tiny_seeds, out_dir=tmp_path / "local")
    report = build(seeds_dir=tiny_seeds, out_dir=tmp_path / "dask", engine="dask", jobs=2)
    assert report.counts == {"parsed": len(TINY_ARTICLES)}
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")
