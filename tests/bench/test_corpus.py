"""The synthetic corpus of the benchmarks (`bench/corpus.py`): the same at every run, distinct articles, page parts."""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from corpus import SHORT_LINE_MAX_WORDS, make_corpus, seed_short_lines, seed_sources  # noqa: E402


def _articles(folder: Path) -> list[tuple[dict[str, str], list[str]]]:
    with (folder / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [(row, (folder / row["file"]).read_text(encoding="utf-8").split("\n\n")) for row in rows]


@pytest.mark.parametrize("n", [1, 7])
def test_the_corpus_is_the_same_at_every_run(tmp_path, n):
    make_corpus(tmp_path / "first", n)
    make_corpus(tmp_path / "second", n)
    assert [(path.name, path.read_bytes()) for path in sorted((tmp_path / "first").iterdir())] == \
        [(path.name, path.read_bytes()) for path in sorted((tmp_path / "second").iterdir())]


def test_no_two_articles_share_a_text(tmp_path):
    make_corpus(tmp_path / "synthetic", 30)
    texts = [path.read_bytes() for path in (tmp_path / "synthetic").glob("*.txt")]
    assert len({hashlib.sha256(text).hexdigest() for text in texts}) == len(texts) == 30


@pytest.mark.parametrize("part", ["outlet", "title", "author"])
def test_each_page_shows_its_registry_row(tmp_path, part):
    make_corpus(tmp_path / "synthetic", 5)
    for row, blocks in _articles(tmp_path / "synthetic"):
        shown = {"outlet": blocks[0], "title": row["title"] if row["title"] in blocks else None,
                 "author": blocks[blocks.index(row["title"]) + 2].removeprefix("By ")}
        assert row[part] and shown[part] == row[part]


def test_each_page_carries_short_lines_from_the_seeds(tmp_path):
    make_corpus(tmp_path / "synthetic", 5)
    furniture = set(seed_short_lines())
    for _, blocks in _articles(tmp_path / "synthetic"):
        assert sum(block.strip() in furniture for block in blocks) >= 10


def test_the_short_lines_leave_the_seeds_titles_out():
    titles = {row["title"] for row in seed_sources()}
    lines = seed_short_lines()
    assert lines and not titles & set(lines)
    assert all(len(line.split()) <= SHORT_LINE_MAX_WORDS for line in lines)
