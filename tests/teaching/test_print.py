"""The committed notebooks, exported as `make html` does, print on A4 in Chromium within the guarantee."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis.config import PROJECT_ROOT
from analysis.teaching.handouts.export import export_handouts
from analysis.teaching.handouts.printing import print_stylesheet
from tests.teaching.printed import CHROMIUM, chromium, print_page

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
EXERCISES = "07_exercises.ipynb"
WIDE_HANDOUT = "06_synthesis.html"  # its summary table has 14 columns
LONG_HANDOUT = "02_quotations.html"  # it lists every quotation


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    """The committed notebooks (not re-executed) exported from copies, as `make html` exports them."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium` (.ci/run does)")
    copies = tmp_path_factory.mktemp("notebooks")
    notebooks = [Path(shutil.copy(path, copies)) for path in sorted(NOTEBOOKS_DIR.glob("*.ipynb"))]
    html_dir = tmp_path_factory.mktemp("html")
    export_handouts(notebooks, html_dir, keep_code=(copies / EXERCISES,))
    return html_dir


@pytest.fixture(scope="module")
def browser():
    with chromium() as context:
        yield context


def test_every_handout_prints_within_its_page_bound_and_no_table_is_cut(handouts, browser, tmp_path):
    printed = [print_page(browser, page, pdf_dir=tmp_path) for page in sorted(handouts.glob("*.html"))]
    assert len(printed) == len(list(NOTEBOOKS_DIR.glob("*.ipynb"))) + 1  # and the index
    for page in printed:
        print(f"{page.name}: {page.pages} pages (bound {page.bound})")
    assert [problem for page in printed for problem in page.problems()] == []


def _without_print_stylesheet(handouts, name, tmp_path):
    page = tmp_path / name
    page.write_text((handouts / name).read_text(encoding="utf-8").replace(print_stylesheet(), ""), encoding="utf-8")
    return page


def test_the_check_names_a_table_wider_than_the_page(handouts, browser, tmp_path):
    printed = print_page(browser, _without_print_stylesheet(handouts, WIDE_HANDOUT, tmp_path), pdf_dir=tmp_path)
    problems = printed.problems()
    assert problems and all(problem.startswith(f"{WIDE_HANDOUT}: table ") for problem in problems)
    assert "support_share" in problems[0]


def test_the_check_names_a_handout_past_its_page_bound(handouts, browser, tmp_path):
    printed = print_page(browser, _without_print_stylesheet(handouts, LONG_HANDOUT, tmp_path), pdf_dir=tmp_path)
    assert printed.pages > printed.bound
    assert printed.problems()[0].startswith(f"{LONG_HANDOUT}: {printed.pages} A4 pages, more than its bound")
