"""Distinct synthetic articles for the benchmarks: the seeds' sentences and page lines reshuffled with a fixed
random seed.

Every article gets its own paragraphs, each a run of sentences drawn from the whole corpus, so no two articles
share a text hash and the build cache cannot help. Around them stands a page as the seeds' captures have one: a
masthead (a seed's outlet), short furniture lines, a headline (a seed's title, also the registry's), a standfirst,
a byline (a seed's author), captions and subheads among the paragraphs, and a footer of short lines, all drawn
from the seeds' own lines, so that cutting blocks weighs about as much as on real pages.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RANDOM_SEED = 17
PARAGRAPHS = 18
SENTENCES_PER_PARAGRAPH = (1, 4)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
SHORT_LINE_MAX_WORDS = 20
TOP_LINES = (4, 8)
LINES_AMONG_PARAGRAPHS = (4, 8)
FOOTER_LINES = (5, 10)


def seed_sentences() -> list[str]:
    """Every sentence-like piece of the seeds' paragraphs, in file order."""
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences.extend(piece.strip() for piece in SENTENCE_END.split(line) if len(piece.split()) > 3)
    return sentences


def seed_short_lines() -> list[str]:
    """The seeds' short lines other than their titles (captions, furniture, footers), each once, in file order."""
    seen = {row["title"] for row in seed_sources()}
    lines = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and len(line.split()) <= SHORT_LINE_MAX_WORDS and line not in seen:
                seen.add(line)
                lines.append(line)
    return lines


def seed_sources() -> list[dict[str, str]]:
    """The seeds' registry rows."""
    with (SEEDS / "sources.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def make_corpus(folder: Path, n: int) -> None:
    """Write `n` distinct articles and their sources.csv to `folder` (a new folder)."""
    folder.mkdir(parents=True)
    pool = seed_sentences()
    short_lines = seed_short_lines()
    sources = seed_sources()
    outlets = [row["outlet"] for row in sources]
    titles = [row["title"] for row in sources if row["title"]]
    authors = [row["author"] for row in sources if row["author"]]
    rng = random.Random(RANDOM_SEED)
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc_id", "file", "outlet", "title", "author", "published", "genre", "label", "notes"])
        for i in range(n):
            doc_id = f"s{i:05d}"
            outlet, headline, author = rng.choice(outlets), rng.choice(titles), rng.choice(authors)
            top = rng.sample(short_lines, rng.randint(*TOP_LINES))
            paragraphs = [" ".join(rng.sample(pool, rng.randint(*SENTENCES_PER_PARAGRAPH))) for _ in range(PARAGRAPHS)]
            for line in rng.sample(short_lines, rng.randint(*LINES_AMONG_PARAGRAPHS)):
                paragraphs.insert(rng.randrange(1, len(paragraphs)), line)
            footer = rng.sample(short_lines, rng.randint(*FOOTER_LINES))
            page = [outlet, *top, headline, rng.choice(pool), f"By {author}", *paragraphs, *footer]
            (folder / f"{doc_id}.txt").write_text("\n\n".join(page) + "\n", encoding="utf-8")
            writer.writerow([doc_id, f"{doc_id}.txt", outlet, headline, author, "2020-01", "analysis",
                             f"Synthetic {i}", "benchmark"])
