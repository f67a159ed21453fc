"""The build cache: warm builds equal cold ones, and only what changed is recomputed."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

import analysis.tables.batches
from analysis.tables.build import build
from analysis.tables.schemas import SCHEMAS, load_tables
from tests.conftest import SEEDS_DIR


@pytest.fixture
def parse_counter(monkeypatch):
    """Counts the texts handed to the parser."""
    counted = []
    original = analysis.tables.batches.parse_texts

    def counting(nlp, texts, **kwargs):
        texts = list(texts)
        counted.extend(texts)
        return original(nlp, iter(texts), **kwargs)

    monkeypatch.setattr(analysis.tables.batches, "parse_texts", counting)
    return counted


def _same_files(first, second):
    for name in SCHEMAS:
        assert (first / f"{name}.parquet").read_bytes() == (second / f"{name}.parquet").read_bytes(), name


def test_warm_and_cold_builds_write_identical_tables(tmp_path, parse_counter):
    cache = tmp_path / "cache"
    build(seeds_dir=SEEDS_DIR, out_dir=tmp_path / "cold", cache_dir=cache)
    assert len(parse_counter) == 5
    build(seeds_dir=SEEDS_DIR, out_dir=tmp_path / "warm", cache_dir=cache)
    assert len(parse_counter) == 5
    _same_files(tmp_path / "cold", tmp_path / "warm")
    shutil.rmtree(cache / "tables")
    build(seeds_dir=SEEDS_DIR, out_dir=tmp_path / "from_docs", cache_dir=cache)
    assert len(parse_counter) == 5, "tables rebuilt from cached Docs, without parsing"
    _same_files(tmp_path / "cold", tmp_path / "from_docs")


def test_adding_an_article_parses_only_that_article(tmp_path, seeds_copy, parse_counter):
    cache = tmp_path / "cache"
    build(seeds_dir=seeds_copy, out_dir=tmp_path / "before", cache_dir=cache)
    (seeds_copy / "005_new.txt").write_text("Moscow abandons Assad\n\nRussia pulled out its jets.\n", encoding="utf-8")
    with (seeds_copy / "sources.csv").open("a", encoding="utf-8") as handle:
        handle.write("005_new,005_new.txt,Test Outlet,Moscow abandons Assad,,2026-01,news,Test 2026,written for a test\n")
    parse_counter.clear()
    build(seeds_dir=seeds_copy, out_dir=tmp_path / "after", cache_dir=cache)
    assert parse_counter == ["Moscow abandons Assad\n\nRussia pulled out its jets.\n"]
    assert "005_new" in set(load_tables(tmp_path / "after")["documents"].doc_id)


def test_editing_the_codebook_recodes_without_parsing(tmp_path, monkeypatch, parse_counter):
    import analysis.tables.cache
    import analysis.extract.framing

    cache = tmp_path / "cache"
    build(seeds_dir=SEEDS_DIR, out_dir=tmp_path / "before", cache_dir=cache)
    resources = tmp_path / "resources"
    shutil.copytree(analysis.tables.cache.RESOURCES_DIR, resources)
    codebook = resources / "codebook.toml"
    codebook.write_text(codebook.read_text(encoding="utf-8").replace('"asylum", ', ""), encoding="utf-8")
    monkeypatch.setattr(analysis.tables.cache, "RESOURCES_DIR", resources)
    monkeypatch.setattr(analysis.extract.framing, "CODEBOOK_FILE", codebook)
    parse_counter.clear()
    build(seeds_dir=SEEDS_DIR, out_dir=tmp_path / "after", cache_dir=cache)
    before, after = load_tables(tmp_path / "before"), load_tables(tmp_path / "after")
    assert parse_counter == []
    assert "asylum" in set(before["codes"].cue) and "asylum" not in set(after["codes"].cue)
    pd.testing.assert_frame_equal(before["sentences"], after["sentences"])


@pytest.fixture
def grumbling(tmp_path, monkeypatch):
    """A seeds folder of one article reporting with 'grumble', which the quotation cues leave out, and a copy of the
    resource files, used by the build; returns the seeds, the copy's cue file and that file's text."""
    import analysis.extract.quotations.lexicon
    import analysis.tables.cache

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("A Kremlin aide grumbled that Moscow would keep its jets in Syria.\n", encoding="utf-8")
    (seeds / "sources.csv").write_text("doc_id,file,outlet,title,author,published,genre,label,notes\n"
                                       "a,a.txt,Test,,,2020,test,Test a,\n", encoding="utf-8")
    resources = tmp_path / "resources"
    shutil.copytree(analysis.tables.cache.RESOURCES_DIR, resources)
    cues = resources / "quote_cues.csv"
    monkeypatch.setattr(analysis.tables.cache, "RESOURCES_DIR", resources)
    monkeypatch.setattr(analysis.extract.quotations.lexicon, "CUES_FILE", cues)
    return seeds, cues, cues.read_text(encoding="utf-8")


def test_a_resource_edited_between_builds_in_one_process_is_read_again(tmp_path, grumbling):
    seeds, cues, listed = grumbling
    cache = tmp_path / "cache"
    build(seeds_dir=seeds, out_dir=tmp_path / "before", cache_dir=cache)
    cues.write_text(listed + "grumble,both,\n", encoding="utf-8")
    build(seeds_dir=seeds, out_dir=tmp_path / "edited", cache_dir=cache)
    cues.write_text(listed, encoding="utf-8")
    build(seeds_dir=seeds, out_dir=tmp_path / "restored", cache_dir=cache)

    assert load_tables(tmp_path / "before")["quotations"].empty
    assert list(load_tables(tmp_path / "edited")["quotations"].cue) == ["grumble"]
    _same_files(tmp_path / "before", tmp_path / "restored")


def test_tables_made_while_a_resource_file_is_edited_are_not_cached(tmp_path, grumbling, nlp):
    from analysis.corpus.registry import load_corpus
    from analysis.extract.quotations.lexicon import default_lexicon
    from analysis.extract.vocabulary import DEFAULT_FRAMING_LAYER
    from analysis.tables.build import analyse
    from analysis.tables.cache import BuildCache

    seeds, cues, listed = grumbling
    default_lexicon.cache_clear()  # the cues are read during the build, not before it
    edited_during = BuildCache(tmp_path / "cache", nlp=nlp)
    cues.write_text(listed + "grumble,both,\n", encoding="utf-8")
    tables = analyse(load_corpus(seeds), nlp=nlp, cache=edited_during)
    assert list(tables["quotations"].cue) == ["grumble"]
    assert not (tmp_path / "cache" / "tables").exists(), "stored under the key of the files before the edit"
    edited_before = BuildCache(tmp_path / "cache", nlp=nlp)
    analyse(load_corpus(seeds), nlp=nlp, cache=edited_before)
    assert [entry.name for entry in (tmp_path / "cache" / "tables").iterdir()] == [
        edited_before.tables_key(document, None, framing_layer=DEFAULT_FRAMING_LAYER) for document in load_corpus(seeds)]


UNCHANGED_IMPORTS = """
import json, sys
from analysis.__main__ import main
status = main(["build", "--seeds", sys.argv[1], "--out", sys.argv[2], "--cache", sys.argv[3], "--quiet"])
print(json.dumps({"status": status, "heavy": sorted(m for m in ("spacy", "pandas", "pyarrow") if m in sys.modules)}))
"""


def test_a_rebuild_with_nothing_changed_imports_neither_spacy_nor_pandas(tiny_seeds, tmp_path):
    import json
    import subprocess
    import sys

    out, cache = tmp_path / "out", tmp_path / "cache"
    build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache)
    before = (out / "documents.parquet").read_bytes()
    ran = subprocess.run([sys.executable, "-c", UNCHANGED_IMPORTS, str(tiny_seeds), str(out), str(cache)],
                         capture_output=True, text=True, check=True)
    assert json.loads(ran.stdout) == {"status": 0, "heavy": []}
    assert (out / "documents.parquet").read_bytes() == before


def test_a_changed_seed_or_output_file_is_rebuilt(tiny_seeds, tmp_path, parse_counter):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache)
    table = (out / "sentences.parquet").read_bytes()
    assert build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache).counts == {"unchanged since the last build": 3}
    (out / "sentences.parquet").write_bytes(b"edited by hand")
    assert build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache).counts == {"from cached tables": 3}
    assert (out / "sentences.parquet").read_bytes() == table
    parse_counter.clear()
    (tiny_seeds / "a.txt").write_text("Russia pulled out its jets.\n", encoding="utf-8")
    report = build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache)
    assert report.counts == {"parsed": 1, "from cached tables": 2}
    assert parse_counter == ["Russia pulled out its jets.\n"]


def test_the_tables_of_a_build_with_the_framing_layer_on_are_cached_apart(tmp_path):
    from analysis.corpus.registry import load_corpus
    from analysis.tables.cache import BuildCache

    cache = BuildCache(tmp_path / "cache", model_key="model", vocab=lambda: None)
    document = load_corpus(SEEDS_DIR)[0]
    off = cache.tables_key(document, None)
    assert cache.tables_key(document, None, framing_layer="off") == off
    assert cache.tables_key(document, None, framing_layer="gated") != off
