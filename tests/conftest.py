"""Shared fixtures: one real spaCy pipeline and one build of the five seed articles per test session.

Tests that need the seeds read `SEEDS_DIR`: a temporary copy of `seeds/` holding only the five
articles of `SEED_DOC_IDS` and their rows, so an article a seminar adds changes no test.
"""

from __future__ import annotations

import atexit
import csv
import io
import shutil
import tempfile
from pathlib import Path

import pytest

from analysis.config import PROJECT_ROOT
from analysis.evaluation.scores import GOLD_DIR

PROJECT_SEEDS_DIR = PROJECT_ROOT / "seeds"
SEED_DOC_IDS = ("000_cc9731c93b3c9352", "001_e194f75b6d3ed1ce", "002_63bdf6bcbc9bc48c", "003_faabb163a6313536",
                "004_128d85b3e3899c5b")
SEED_TABLES = ("sources.csv", "section_overrides.csv")


def copy_seed_articles(target: Path, *, doc_ids: tuple[str, ...] = SEED_DOC_IDS) -> Path:
    """Copy the articles `doc_ids` of `seeds/`, byte for byte, and their rows of `sources.csv` and
    `section_overrides.csv` into the new folder `target`; return it."""
    target.mkdir(parents=True)
    for doc_id in doc_ids:
        shutil.copyfile(PROJECT_SEEDS_DIR / f"{doc_id}.txt", target / f"{doc_id}.txt")
    for name in SEED_TABLES:
        if not (PROJECT_SEEDS_DIR / name).exists():
            continue
        rows = list(csv.reader(io.StringIO((PROJECT_SEEDS_DIR / name).read_text(encoding="utf-8"), newline="")))
        with (target / name).open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows([rows[0], *(row for row in rows[1:] if row[0] in doc_ids)])
    return target


SEEDS_DIR = copy_seed_articles(Path(tempfile.mkdtemp(prefix="five-seeds-")) / "seeds")
atexit.register(shutil.rmtree, SEEDS_DIR.parent, ignore_errors=True)
NBVAL_SANITIZE_FILE = Path(__file__).parent / "nbval_sanitize.cfg"


def pytest_configure(config):
    """Point nbval at the sanitize file by absolute path: nbval resolves it against the working directory."""
    if hasattr(config.option, "nbval_sanitize_with"):
        config.option.nbval_sanitize_with = str(NBVAL_SANITIZE_FILE)


@pytest.fixture(scope="session")
def nlp():
    from analysis.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def corpus_tables(tmp_path_factory):
    """The tables built from the real seeds into a temporary folder."""
    from analysis.tables import load_tables
    from analysis.tables.build import build

    out = tmp_path_factory.mktemp("processed")
    build(seeds_dir=SEEDS_DIR, out_dir=out)
    return load_tables(out)


@pytest.fixture(scope="session")
def raw_texts():
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))}


@pytest.fixture
def seeds_copy(tmp_path):
    """A writable copy of the seeds folder."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, target)
    return target


PREVIOUS_TABLE = b"previous build"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too) with its bytes, and every sub-folder."""
    return {str(path.relative_to(folder)): (path.read_bytes() if path.is_file() else b"<dir>")
            for path in sorted(folder.rglob("*"))}


@pytest.fixture
def previous_out(tmp_path):
    """An output folder holding a previous build (as a checkout without a manifest has it)."""
    out = tmp_path / "processed"
    out.mkdir()
    (out / ".gitkeep").write_bytes(b"")
    (out / "documents.parquet").write_bytes(PREVIOUS_TABLE)
    return out


def run_build(seeds: Path, out: Path, *extra: str) -> int:
    """Run `python -m analysis build` in this process, without the cache; return the exit status."""
    from analysis.__main__ import main

    return main(["build", "--seeds", str(seeds), "--out", str(out), "--quiet", "--no-cache", *extra])


TINY_ARTICLES = {"a": "Russia backed Assad.\n\nMoscow sent jets.\n", "b": "Iran backed Assad too.\n",
                 "c": "Turkey backed the rebels.\n"}


@pytest.fixture
def tiny_seeds(tmp_path):
    """A seeds folder of three one-line articles (a, b, c), quick to parse."""
    seeds = tmp_path / "tiny"
    seeds.mkdir()
    rows = ["doc_id,file,outlet,title,author,published,genre,label,notes"]
    for doc_id, text in TINY_ARTICLES.items():
        (seeds / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{doc_id},{doc_id}.txt,Test,,,2020,test,Test {doc_id},")
    (seeds / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return seeds
