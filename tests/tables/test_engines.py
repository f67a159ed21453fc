"""Engines and streaming: batches written in order give the same files whatever the engine and the workers."""

from __future__ import annotations

import logging
import multiprocessing
import sys

import pytest

import analysis.tables.batches
from analysis.corpus.registry import Document, Source
from analysis.tables.batches import make_batches
from analysis.tables.build import build
from analysis.tables.engines import local_cluster
from analysis.tables.schemas import SCHEMAS, load_tables
from tests.conftest import TINY_ARTICLES, snapshot

OWN = [f"{name}.parquet" for name in SCHEMAS] + ["coding_sheet.csv"]


def _files(out):
    return {name: data for name, data in snapshot(out).items() if name in OWN}


@pytest.fixture
def small_batches(monkeypatch):
    """One article per batch, so that three batches are streamed and shared out between workers."""
    monkeypatch.setattr(analysis.tables.batches, "BATCH_DOCS", 1)


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
    monkeypatch.setattr(analysis.tables.batches, "_PIPELINES", {})
    monkeypatch.setattr(analysis.tables.batches, "load_nlp", lambda **kwargs: pytest.fail("the pipeline was loaded"))
    report = build(seeds_dir=tiny_seeds, out_dir=tmp_path / "warm", cache_dir=cache)
    assert report.counts == {"from cached tables": len(TINY_ARTICLES)}
    assert _files(tmp_path / "cold") == _files(tmp_path / "warm")


def test_the_dask_engine_with_two_local_workers_writes_the_same_files(tiny_seeds, tmp_path, small_batches):
    pytest.importorskip("distributed")
    build(seeds_dir=tiny_seeds, out_dir=tmp_path / "local")
    report = build(seeds_dir=tiny_seeds, out_dir=tmp_path / "dask", engine="dask", jobs=2)
    assert report.counts == {"parsed": len(TINY_ARTICLES)}
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")


def test_timings_name_each_stage_and_no_bar_is_drawn_off_a_terminal(tiny_seeds, tmp_path, capsys):
    from analysis.__main__ import main

    assert main(["build", "--seeds", str(tiny_seeds), "--out", str(tmp_path / "out"), "--no-cache", "--timings"]) == 0
    err = capsys.readouterr().err
    assert "seconds per stage" in err and "parsing with spaCy" in err and "finding quotations" in err
    assert "article/s" not in err and "%|" not in err


def test_the_progress_bar_counts_articles_on_a_terminal(monkeypatch, capsys):
    import sys

    from analysis.tables.engines import progress

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert list(progress(["first", "second"], total=3, sizes=[2, 1], enabled=True)) == ["first", "second"]
    assert "3/3" in capsys.readouterr().err
    assert list(progress(["first"], total=1, sizes=[1], enabled=False)) == ["first"]
    assert capsys.readouterr().err == ""


def test_bad_input_stops_the_dask_engine_before_a_cluster_starts(tiny_seeds, tmp_path, monkeypatch, capsys):
    distributed = pytest.importorskip("distributed")
    from tests.conftest import run_build

    monkeypatch.setattr(distributed, "LocalCluster", lambda *args, **kwargs: pytest.fail("a cluster was started"))
    (tiny_seeds / "d.txt").write_text("Unregistered.\n", encoding="utf-8")
    assert run_build(tiny_seeds, tmp_path / "out", "--engine", "dask") == 2
    assert "d.txt" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_a_scheduler_needs_the_dask_engine(tiny_seeds, tmp_path, capsys):
    from tests.conftest import run_build

    assert run_build(tiny_seeds, tmp_path / "out", "--scheduler", "tcp://127.0.0.1:8786") == 2
    assert capsys.readouterr().err == "error: --scheduler needs --engine dask\n"


@pytest.mark.parametrize(("n_documents", "sizes"), [(0, []), (1, [1]), (3, [3]), (4, [3, 1]), (8, [3, 3, 2])])
def test_batches_take_every_article_once_in_order_with_its_overrides(monkeypatch, n_documents, sizes):
    monkeypatch.setattr(analysis.tables.batches, "BATCH_DOCS", 3)
    documents = [Document(Source(f"doc{i}", f"doc{i}.txt", "", "", "", "", "", "", ""), "Text.\n", "")
                 for i in range(n_documents)]
    overrides = {"doc2": {0: "title"}}
    batches = make_batches(documents, overrides)
    assert [len(batch) for batch in batches] == sizes
    assert [document for batch in batches for document, _ in batch] == documents
    assert {document.doc_id: given for batch in batches for document, given in batch if given} == (
        {"doc2": {0: "title"}} if n_documents > 2 else {})
    assert make_batches(documents, overrides) == batches


def test_the_local_cluster_starts_workers_as_the_process_pool_does_without_the_profiler(monkeypatch):
    distributed = pytest.importorskip("distributed")
    import dask

    started = {}

    def fake_cluster(**options):
        started.update(options, method=dask.config.get("distributed.worker.multiprocessing-method"),
                       profile=dask.config.get("distributed.worker.profile.enabled"),
                       tick=dask.utils.parse_timedelta(dask.config.get("distributed.admin.tick.interval")))
        return "cluster"

    monkeypatch.setattr(distributed, "LocalCluster", fake_cluster)
    assert local_cluster(3, log_level=logging.ERROR) == "cluster"
    assert started["method"] == multiprocessing.get_context().get_start_method()  # ProcessPoolExecutor's
    assert not started["profile"] and started["tick"] >= 1
    assert (started["n_workers"], started["threads_per_worker"], started["processes"]) == (3, 1, True)
    assert dask.config.get("distributed.worker.profile.enabled")  # the build's settings do not outlive the cluster


@pytest.mark.skipif(multiprocessing.get_all_start_methods()[0] != "fork", reason="only forked workers inherit imports")
def test_local_dask_workers_start_with_the_library_imported():
    pytest.importorskip("distributed")
    from distributed import Client

    cluster = local_cluster(1, log_level=logging.ERROR)
    try:
        with Client(cluster) as client:
            imported = client.run(lambda: "analysis.tables.batches" in sys.modules)
    finally:
        cluster.close()
    assert list(imported.values()) == [True]
