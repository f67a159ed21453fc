"""Integration over the real corpus: table contracts, offsets, determinism and the data dictionary."""

from __future__ import annotations

import gc

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis.tables.build import build, recode
from analysis.config import PROJECT_ROOT
from analysis.tables.schemas import SCHEMAS, TEXT_COLUMN, column_markdown, data_dictionary_markdown, load_tables
from tests.conftest import SEEDS_DIR, run_build


@pytest.mark.parametrize("table", list(TEXT_COLUMN))
def test_every_offset_round_trips(corpus_tables, raw_texts, table):
    frame = corpus_tables[table]
    assert len(frame) > 0
    texts = frame[TEXT_COLUMN[table]]
    mismatches = [(d, s, e) for d, s, e, t in zip(frame.doc_id, frame.start, frame.end, texts) if raw_texts[d][s:e] != t]
    assert not mismatches


def test_build_writes_a_blank_coding_sheet(tmp_path):
    build(seeds_dir=SEEDS_DIR, out_dir=tmp_path)
    sheet = pd.read_csv(tmp_path / "coding_sheet.csv", keep_default_na=False)
    assert {"doc_id", "sent_id", "text", "coder", "support", "limits"} <= set(sheet.columns)
    assert set(sheet.support) == {""} and len(sheet) > 100


@pytest.mark.parametrize("table", list(SCHEMAS))
def test_columns_and_dtypes_follow_the_schema(corpus_tables, table):
    frame = corpus_tables[table]
    assert [(c, str(t)) for c, t in frame.dtypes.items()] == [(c.name, c.dtype) for c in SCHEMAS[table].columns]


def test_documents_table_counts_agree_with_other_tables(corpus_tables):
    documents = corpus_tables["documents"].set_index("doc_id")
    assert list(documents.index) == sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
    assert (documents.n_blocks == corpus_tables["blocks"].groupby("doc_id").size()).all()
    assert (documents.n_sentences == corpus_tables["sentences"].groupby("doc_id").size()).all()
    assert (documents.n_tokens == corpus_tables["sentences"].groupby("doc_id").n_tokens.sum()).all()


def test_sentences_are_keyed_and_ordered(corpus_tables):
    sentences = corpus_tables["sentences"]
    for _, group in sentences.groupby("doc_id"):
        assert list(group.sent_id) == list(range(len(group)))
        assert group.start.is_monotonic_increasing
    joined = sentences.merge(corpus_tables["blocks"], on=["doc_id", "block_id"], suffixes=("", "_block"))
    assert (joined.section == joined.section_block).all()
    assert ((joined.start >= joined.start_block) & (joined.end <= joined.end_block)).all()


def test_entities_map_core_actors(corpus_tables):
    entities = corpus_tables["entities"]
    actors = set(entities.actor.dropna())
    assert {"Russia", "Bashar al-Assad", "Vladimir Putin", "Iran", "United States", "HTS", "SDF"} <= actors
    sisi = entities[entities.text == "Sisi"]
    assert len(sisi) and sisi.label.eq("PERSON").all()


def test_known_elisions_in_the_express_capture_are_flagged(corpus_tables):
    sentences = corpus_tables["sentences"]
    express = sentences[sentences.doc_id == "001_e194f75b6d3ed1ce"]
    flagged = express[express.has_elision].text.tolist()
    for fragment in ["assault on , ’s second largest city", "a vital ally in the .", "recent conflict with and"]:
        assert any(fragment in text for text in flagged), fragment
    assert not express[express.text.str.contains("Realistically")].has_elision.any()


def test_rebuild_gives_identical_files(corpus_tables, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    build(seeds_dir=SEEDS_DIR, out_dir=first)
    build(seeds_dir=SEEDS_DIR, out_dir=second)
    for name in SCHEMAS:
        assert (first / f"{name}.parquet").read_bytes() == (second / f"{name}.parquet").read_bytes(), name
        pd.testing.assert_frame_equal(load_tables(first)[name], corpus_tables[name])


def test_readme_data_dictionary_is_the_schemas_word_for_word():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    for table, schema in SCHEMAS.items():
        section = readme.split(f"#### `{table}`", 1)
        assert len(section) == 2, f"README lacks a data dictionary entry for {table}"
        for column in schema.columns:
            assert column_markdown(column) in section[1], f"{table}.{column.name}"
    assert data_dictionary_markdown().strip() in readme, "paste data_dictionary_markdown() into the README"


def test_missing_tables_say_how_to_build_them(tmp_path):
    with pytest.raises(FileNotFoundError, match="make data"):
        load_tables(tmp_path)


def test_a_build_that_fails_while_writing_leaves_the_previous_tables(tmp_path, monkeypatch, corpus_tables):
    out = tmp_path / "processed"
    build(seeds_dir=SEEDS_DIR, out_dir=out)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    written = []
    original = pq.ParquetWriter.write_table

    def failing(writer, table, *args, **kwargs):
        written.append(table)
        if len(written) == 3:
            raise OSError("disk full")
        return original(writer, table, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", failing)
    from analysis.errors import OutputError

    with pytest.raises(OutputError, match=r"processed: could not write \w+\.parquet \(disk full\)"):
        build(seeds_dir=SEEDS_DIR, out_dir=out)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
    assert [path.name for path in tmp_path.iterdir()] == ["processed"]


def test_recode_with_the_codebook_as_it_is_gives_the_built_codes(corpus_tables, nlp):
    from analysis.extract.framing import read_codebook

    sentences, (codes,) = recode(seeds_dir=SEEDS_DIR, codebooks=[read_codebook(nlp=nlp)], nlp=nlp)
    pd.testing.assert_frame_equal(codes, corpus_tables["codes"])
    pd.testing.assert_frame_equal(sentences, corpus_tables["sentences"])


def test_documents_carry_the_hash_of_the_file_bytes(corpus_tables):
    import hashlib

    for row in corpus_tables["documents"].itertuples():
        assert row.sha256 == hashlib.sha256((SEEDS_DIR / row.file).read_bytes()).hexdigest()


def test_a_build_from_the_command_line_leaves_the_collector_as_it_found_it(tiny_seeds, tmp_path):
    thresholds = gc.get_threshold()
    assert run_build(tiny_seeds, tmp_path / "out") == 0
    assert gc.isenabled() and gc.get_threshold() == thresholds and gc.get_freeze_count() == 0


def test_a_build_with_the_framing_layer_on_refuses_a_bad_layer_file_before_any_work(tmp_path, monkeypatch):
    from analysis.errors import InputError
    from analysis.extract.frames import layer_model
    from tests.conftest import SEEDS_DIR

    bad = tmp_path / "framing_layer.json"
    bad.write_text('{"constants": {"veto_below": 2}}', encoding="utf-8")
    monkeypatch.setattr(layer_model, "FRAMING_LAYER_FILE", bad)
    with pytest.raises(InputError) as raised:
        build(seeds_dir=SEEDS_DIR, out_dir=tmp_path / "out", framing_layer="gated")
    assert any("framing_layer.json constants.veto_below" in line for line in raised.value.problems)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_an_unknown_framing_layer_setting_is_refused(tmp_path):
    with pytest.raises(ValueError, match="framing_layer must be one of"):
        build(seeds_dir=tmp_path, out_dir=tmp_path / "out", framing_layer="everything")


@pytest.mark.parametrize("stale", [False, True])
def test_a_build_warns_once_when_the_layer_was_trained_with_other_resources(tiny_seeds, tmp_path, monkeypatch, caplog,
                                                                           stale):
    import json
    import logging

    from analysis.extract.frames import layer_model

    data = json.loads(layer_model.FRAMING_LAYER_FILE.read_text(encoding="utf-8"))
    trained = layer_model.resource_digests()
    if stale:
        trained["codebook.toml"] = "0" * 64
    data["provenance"]["resources"] = trained
    copy = tmp_path / "framing_layer.json"
    copy.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(layer_model, "FRAMING_LAYER_FILE", copy)
    monkeypatch.setattr(layer_model, "_warned_stale", set())  # once per process: forget earlier tests' warnings
    with caplog.at_level(logging.WARNING):
        build(seeds_dir=tiny_seeds, out_dir=tmp_path / "out", framing_layer="gated")
    warnings = [record.getMessage() for record in caplog.records if "trained with other resource" in record.getMessage()]
    assert len(warnings) == int(stale)
    assert all("framing_layer.json" in line and "codebook.toml" in line and "make framing-layer" in line
               for line in warnings)
