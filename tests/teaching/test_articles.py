"""Checking an added article, and the seminar's own coding sheet, which no build overwrites."""

from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.errors import InputError
from analysis.tables.build import CODING_SHEET_FILE, build
import analysis.teaching.articles
from analysis.teaching.articles import check_article, claim_coding_sheet
from tests.conftest import TINY_ARTICLES

SOURCES_HEADER = "doc_id,file,outlet,title,author,published,genre,label,notes\n"


@pytest.fixture(scope="module")
def tiny_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    seeds = root / "seeds"
    seeds.mkdir()
    rows = [SOURCES_HEADER]
    for doc_id, text in TINY_ARTICLES.items():
        (seeds / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{doc_id},{doc_id}.txt,Outlet {doc_id},T,,2020,news,Label {doc_id},by the test\n")
    (seeds / "sources.csv").write_text("".join(rows), encoding="utf-8")
    build(seeds_dir=seeds, out_dir=root / "processed")
    return seeds, root / "processed"


def test_check_article_lists_what_the_article_adds(tiny_build):
    seeds, processed = tiny_build
    report = check_article(seeds / "a.txt", seeds_dir=seeds, data_dir=processed)
    assert report.startswith("a: Label a (Outlet a, 2020) — file and row are valid")
    assert "sentences: 2" in report and re.search(r"blocks by section: [a-z]+ 2\n", report)


def test_check_article_counts_no_code_the_layer_vetoed(tiny_build, monkeypatch):
    seeds, processed = tiny_build
    before = check_article(seeds / "a.txt", seeds_dir=seeds, data_dir=processed)
    load = analysis.teaching.articles.load_tables

    def with_a_vetoed_code(data_dir):
        tables = load(data_dir)
        vetoed = pd.DataFrame({"doc_id": ["a"], "dimension": ["limits"], "code": ["limits.vetoed_here"],
                               "layer": ["vetoed"]})
        tables["codes"] = pd.concat([tables["codes"], vetoed], ignore_index=True)
        return tables

    monkeypatch.setattr(analysis.teaching.articles, "load_tables", with_a_vetoed_code)
    report = check_article(seeds / "a.txt", seeds_dir=seeds, data_dir=processed)
    assert "limits.vetoed_here" not in report
    assert report == before


def test_check_article_refuses_a_file_without_a_row(tiny_build):
    seeds, processed = tiny_build
    stray = seeds / "stray.txt"
    stray.write_text("Not registered.\n", encoding="utf-8")
    try:
        with pytest.raises(InputError, match="no row in sources.csv"):
            check_article(stray, seeds_dir=seeds, data_dir=processed)
    finally:
        stray.unlink()


def test_check_article_names_a_missing_file(tiny_build):
    seeds, processed = tiny_build
    with pytest.raises(InputError, match="no such file"):
        check_article(seeds / "missing.txt", seeds_dir=seeds, data_dir=processed)


def test_check_article_refuses_a_file_outside_the_seeds(tiny_build, tmp_path):
    seeds, processed = tiny_build
    outside = tmp_path / "a.txt"
    outside.write_text("x\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a file in"):
        check_article(outside, seeds_dir=seeds, data_dir=processed)


def test_the_command_line_prints_the_check_and_fails_with_one_line(tiny_build, capsys):
    seeds, processed = tiny_build
    assert main(["check-article", str(seeds / "b.txt"), "--seeds", str(seeds), "--data", str(processed)]) == 0
    assert "b: Label b" in capsys.readouterr().out
    assert main(["check-article", str(seeds / "none.txt"), "--seeds", str(seeds), "--data", str(processed)]) == 2


def test_a_reader_that_stops_early_gets_no_traceback(tiny_build):
    seeds, processed = tiny_build
    command = [sys.executable, "-m", "analysis", "check-article", str(seeds / "a.txt"), "--seeds", str(seeds),
               "--data", str(processed)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # as `| head -0` does, before the command has printed anything
    err = process.stderr.read().decode()
    assert process.wait() == 0
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


def test_a_rebuild_never_destroys_a_filled_in_coding_sheet(tiny_build, tmp_path):
    seeds, processed = tiny_build
    sheet = tmp_path / "coding" / "coding_sheet.csv"
    assert claim_coding_sheet(blank=processed / CODING_SHEET_FILE, target=sheet)
    assert sheet.read_bytes() == (processed / CODING_SHEET_FILE).read_bytes()
    sheet.write_text("doc_id,sent_id,support\na,0,1\n", encoding="utf-8")  # the seminar's coding
    build(seeds_dir=seeds, out_dir=processed)
    assert not claim_coding_sheet(blank=processed / CODING_SHEET_FILE, target=sheet)
    assert main(["coding-sheet", "--data", str(processed), "--to", str(sheet)]) == 0
    assert sheet.read_text(encoding="utf-8") == "doc_id,sent_id,support\na,0,1\n"
