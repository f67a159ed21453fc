"""Adding an article: drop a .txt in seeds/, add a row to sources.csv, rebuild — every notebook then
includes the new source without edits."""

from __future__ import annotations

import json
import shutil

import papermill
import pytest

from analysis.tables.build import build
from analysis.config import PROJECT_ROOT

ARTICLE = """Moscow's patience with Damascus runs out

Russia pulled its jets out of Hmeimim this spring, analysts say.

"We will not stay for ever," a Kremlin official told reporters. Moscow abandoned Assad when the cost rose.

Putin, who backed the Syrian dictator for a decade, may now regret the alliance. However, the bases still matter.
"""
LABEL = "Seminar Test 2026"


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(PROJECT_ROOT / "seeds", root / "seeds")
    shutil.copytree(PROJECT_ROOT / "notebooks", root / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (root / "seeds" / "900_seminar_test.txt").write_text(ARTICLE, encoding="utf-8")
    with (root / "seeds" / "sources.csv").open("a", encoding="utf-8") as handle:
        handle.write(f"900_seminar_test,900_seminar_test.txt,Seminar Press,Moscow's patience with Damascus runs out,,"
                     f"2026-03,commentary,{LABEL},written by the test suite\n")
    build(seeds_dir=root / "seeds", out_dir=root / "data" / "processed")
    return root


@pytest.mark.parametrize("notebook", sorted(path.name for path in (PROJECT_ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")))
def test_every_notebook_includes_the_new_source(project_copy, notebook):
    source = project_copy / "notebooks" / notebook
    executed = project_copy / f"executed-{notebook}"
    papermill.execute_notebook(str(source), str(executed), cwd=str(project_copy / "notebooks"), kernel_name="python3",
                               progress_bar=False, parameters={"DATA_DIR": str(project_copy / "data" / "processed"),
                                                               "FIGURES_DIR": str(project_copy / "figures")})
    outputs = json.dumps([cell.get("outputs", []) for cell in json.loads(executed.read_text(encoding="utf-8"))["cells"]])
    assert LABEL in outputs
