"""Adding an article: drop a .txt in seeds/, add a row to sources.csv, rebuild — every notebook then
includes the new source without edits, and no output states a fact of the old corpus.

The sixth article is `DEVSET_ARTICLE` from the shared devset (published in 2013, so the year
range changes) when the devset is beside this clone; on a machine without it, the test uses
`OWN_ARTICLE`, a short article it writes itself (published in 2026). Either way it runs.
"""

from __future__ import annotations

import csv
import json
import re
import shutil

import papermill
import pytest

from analysis.config import PROJECT_ROOT
from analysis.tables.build import build
from analysis.tables.schemas import load_tables
from analysis.views.comparison import highest_share, source_summary
from analysis.views.corpus import year_span
from tests.conftest import SEED_DOC_IDS, copy_seed_articles

DEVSET_DIR = PROJECT_ROOT.parent / "shared" / "devset"
DEVSET_ARTICLE = "803_saltmarsh_qa_dorn"
OWN_ARTICLE = """Moscow's patience with Damascus runs out

Russia pulled its jets out of Hmeimim this spring, analysts say.

"We will not stay for ever," a Kremlin official told reporters. Moscow abandoned Assad when the cost rose.

Putin, who backed the Syrian dictator for a decade, may now regret the alliance. However, the bases still matter.
"""
OWN_ROW = ["900_seminar_test", "900_seminar_test.txt", "Seminar Press", "Moscow's patience with Damascus runs out", "",
           "2026-03", "commentary", "Seminar Test 2026", "written by the test suite"]
NUMBER_WORDS = {5: "five", 6: "six"}
NOTEBOOKS = sorted(path.name for path in (PROJECT_ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def _add_sixth_article(seeds) -> list[str]:
    """Add the devset article (or, without the devset, the test's own) to `seeds`; return its sources.csv row."""
    if (DEVSET_DIR / f"{DEVSET_ARTICLE}.txt").exists():
        shutil.copyfile(DEVSET_DIR / f"{DEVSET_ARTICLE}.txt", seeds / f"{DEVSET_ARTICLE}.txt")
        with (DEVSET_DIR / "sources.csv").open(encoding="utf-8", newline="") as handle:
            row = next(row for row in csv.reader(handle) if row[0] == DEVSET_ARTICLE)
    else:
        (seeds / OWN_ROW[1]).write_text(OWN_ARTICLE, encoding="utf-8")
        row = OWN_ROW
    with (seeds / "sources.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(row)
    return row


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    seeds = copy_seed_articles(root / "seeds")
    shutil.copytree(PROJECT_ROOT / "notebooks", root / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    row = _add_sixth_article(seeds)
    build(seeds_dir=seeds, out_dir=root / "data" / "processed")
    return root, row[7]


@pytest.fixture(scope="module")
def executed(project_copy):
    """Every numbered notebook executed on the six articles: name → the JSON text of its outputs."""
    root, _ = project_copy
    outputs = {}
    for notebook in NOTEBOOKS:
        target = root / f"executed-{notebook}"
        papermill.execute_notebook(str(root / "notebooks" / notebook), str(target), cwd=str(root / "notebooks"),
                                   kernel_name="python3", progress_bar=False,
                                   parameters={"DATA_DIR": str(root / "data" / "processed"),
                                               "FIGURES_DIR": str(root / "figures"), "SEEDS_DIR": str(root / "seeds"),
                                               "CACHE_DIR": str(root / "no-cache")})
        cells = json.loads(target.read_text(encoding="utf-8"))["cells"]
        outputs[notebook] = json.dumps([cell.get("outputs", []) for cell in cells], ensure_ascii=False)
    return outputs


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_every_notebook_includes_the_new_source(executed, project_copy, notebook):
    assert project_copy[1] in executed[notebook]


def test_no_output_states_the_old_source_count_or_year_range(executed, project_copy):
    tables = load_tables(project_copy[0] / "data" / "processed")
    n_sources, span = len(tables["documents"]), year_span(tables["documents"])
    assert n_sources == len(SEED_DOC_IDS) + 1
    old = len(SEED_DOC_IDS)
    stale = re.compile(rf"\b({old}|{NUMBER_WORDS[old]}) (sources|articles|texts)\b", re.IGNORECASE)
    ranges = re.compile(r"\b(\d{4})[–-](\d{4})\b")
    for notebook, text in executed.items():
        assert not stale.search(text), notebook
        assert all(f"{first}–{last}" == span for first, last in ranges.findall(text)
                   if first.startswith(("19", "20")) and last.startswith("20") and first < last), notebook
    assert f"**{n_sources} sources**" in executed["00_start_here.ipynb"]
    assert span in executed["00_start_here.ipynb"]


def test_the_written_reading_names_the_top_source_of_the_new_corpus(executed, project_copy):
    summary = source_summary(load_tables(project_copy[0] / "data" / "processed"))
    assert highest_share(summary, "support_share", what="coded sentences") in executed["06_synthesis.ipynb"]
    assert highest_share(summary, "limits_share", what="coded sentences") in executed["06_synthesis.ipynb"]
