"""Shared fixtures: one real spaCy pipeline and one build of the real corpus per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis.config import PROJECT_ROOT
from analysis.evaluation.scores import GOLD_DIR

SEEDS_DIR = PROJECT_ROOT / "seeds"
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
    from analysis.tables.build import build

    return build(seeds_dir=SEEDS_DIR, out_dir=tmp_path_factory.mktemp("processed"))


@pytest.fixture(scope="session")
def raw_texts():
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))}


@pytest.fixture
def seeds_copy(tmp_path):
    """A writable copy of the seeds folder."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, target)
    return target
