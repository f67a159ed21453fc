"""Arbitrary and hostile input: blocks tile the text, offsets round-trip, nothing crashes or hangs."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.tables.build import analyse_text, build
from analysis.nlp.pipeline import chunk_spans
from analysis.extract.quotations import find_quote_marks
from analysis.corpus.sections import SECTIONS, iter_blocks, split_blocks
from analysis.errors import InputError
from analysis.tables.schemas import TEXT_COLUMN
from tests.conftest import SEEDS_DIR

TRICKY = "ab AB.,;:!?\n\n\r\r\n \t“”‘’\"'()[]—–-…\x00\ufeffß€Ё"
texts = st.text(alphabet=st.sampled_from(list(TRICKY)) | st.characters(), max_size=400)


@given(texts)
def test_blocks_tile_any_text(text):
    covered = 0
    for _, start, end, _ in split_blocks(text):
        assert covered <= start < end <= len(text)
        assert text[covered:start].strip() == "" and text[start:end].strip() == text[start:end]
        covered = end
    assert text[covered:].strip() == ""
    assert all(block.section in SECTIONS for block in iter_blocks(text))


@given(texts)
def test_quote_spans_lie_inside_their_marks(text):
    blocks = [(start, end) for _, start, end, _ in split_blocks(text)]
    for quote in find_quote_marks(text, blocks):
        assert quote.open_at < quote.start <= quote.end <= len(text)
        assert quote.close_at is None or quote.end <= quote.close_at


@given(st.text(alphabet=st.sampled_from(list("ab .\n")), min_size=0, max_size=3000), st.integers(50, 500))
def test_chunks_cover_the_text_exactly(text, limit):
    spans = chunk_spans(text, limit=limit)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(b - a <= limit for a, b in spans)


def _round_trips(text: str, tables: dict[str, pd.DataFrame]) -> None:
    for table, column in TEXT_COLUMN.items():
        frame = tables[table]
        assert all(text[s:e] == t for s, e, t in zip(frame.start, frame.end, frame[column])), table


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts.filter(lambda t: t.strip()))
def test_every_table_round_trips_on_any_text(nlp, text):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(InputError, match="lone surrogate"):
            analyse_text(text, nlp=nlp)
        return
    _round_trips(text, analyse_text(text, nlp=nlp))


def test_a_lone_surrogate_is_refused_with_its_position(nlp):
    with pytest.raises(InputError, match=r"lone surrogate '\\ud800' at character 2"):
        analyse_text("ab\ud800cd", nlp=nlp)


HOSTILE = {
    "only quote marks": "“”‘’\"'" * 500,
    "deeply unbalanced quotes": "He said “a " * 1000 + "end.",
    "crlf line endings": "Putin backed Assad.\r\n\r\nBut “Moscow” withdrew.\r\n",
    "lone cr line endings": "Putin backed Assad.\r\rBut Moscow withdrew.\r",
    "byte-order mark": "\ufeffRussia’s war\n\nThe Kremlin said “no”.",
    "nul bytes": "Russia\x00 backed\x00 Assad.\n\n\x00",
    "no newline at all": "Russia backed Assad and the rebels fought on. " * 1500,
    "non-English text": "Россия поддерживает Асада.\n\nروسيا تدعم الأسد.\n\n俄罗斯支持阿萨德。",
    "a 5,000-character sentence": "Russia backed Assad " + "and the war went on " * 250 + ".",
    "an opening mark inside the first token": "0\x080\"a",
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_texts_give_tables(nlp, text):
    tables = analyse_text(text, nlp=nlp)
    assert len(tables["blocks"]) >= 1
    _round_trips(text, tables)


def test_a_10_mb_file_is_refused_with_a_clear_error(seeds_copy, tmp_path, capsys):
    from analysis.__main__ import main

    (seeds_copy / "999_huge.txt").write_text("Russia backed Assad. " * 500_000, encoding="utf-8")
    with (seeds_copy / "sources.csv").open("a", encoding="utf-8") as handle:
        handle.write("999_huge,999_huge.txt,Test,,,,test,Huge,\n")
    assert main(["build", "--seeds", str(seeds_copy), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    assert "seeds/999_huge.txt: 10,500,000 characters, over the limit of 2,000,000" in capsys.readouterr().err


def test_tables_are_identical_with_two_jobs(corpus_tables, tmp_path, monkeypatch):
    import analysis.tables.batches
    from analysis.tables import load_tables

    monkeypatch.setattr(analysis.tables.batches, "BATCH_DOCS", 2)  # three batches, so both workers take some
    build(seeds_dir=SEEDS_DIR, out_dir=tmp_path, jobs=2)
    for name, frame in load_tables(tmp_path).items():
        pd.testing.assert_frame_equal(frame, corpus_tables[name])
