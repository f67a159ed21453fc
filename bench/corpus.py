"""Distinct synthetic articles for the benchmarks: the seeds' sentences reshuffled with a fixed random seed.

Every article gets its own paragraphs, each a run of sentences drawn from the whole corpus,
so no two articles share a text hash and the build cache cannot help.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RANDOM_SEED = 17
PARAGRAPHS = 12
SENTENCES_PER_PARAGRAPH = (1, 4)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def seed_sentences() -> list[str]:
    """Every sentence-like piece of the seeds' paragraphs, in file order."""
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences.extend(piece.strip() for piece in SENTENCE_END.split(line) if len(piece.split()) > 3)
    return sentences


def make_corpus(folder: Path, n: int) -> None:
    """Write `n` distinct articles and their sources.csv to `folder` (a new folder)."""
    folder.mkdir(parents=True)
    pool = seed_sentences()
    rng = random.Random(RANDOM_SEED)
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc_id", "file", "outlet", "title", "author", "published", "genre", "label", "notes"])
        for i in range(n):
            doc_id = f"s{i:05d}"
            headline = f"Russia, Assad and the war: part {i}"
            paragraphs = [" ".join(rng.sample(pool, rng.randint(*SENTENCES_PER_PARAGRAPH))) for _ in range(PARAGRAPHS)]
            (folder / f"{doc_id}.txt").write_text("\n\n".join([headline, *paragraphs]) + "\n", encoding="utf-8")
            writer.writerow([doc_id, f"{doc_id}.txt", "Synthetic", headline, "", "2020-01", "analysis",
                             f"Synthetic {i}", "benchmark"])
