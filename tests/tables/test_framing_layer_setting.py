"""The learned framing layer's setting in the build: the freshness stamp keys it, the command line checks it, and
articles with no body sentence pass through the layer."""

from __future__ import annotations

import pytest

from analysis.tables.build import analyse_text, build
from tests.conftest import run_build

UNCHANGED = "unchanged since the last build"


@pytest.fixture
def coded_seeds(tmp_path):
    """A seeds folder of one article the rule coder codes."""
    seeds = tmp_path / "coded"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Ships for the coast\n\nRussia sent three corvettes to Tartus to guard the Syrian "
                                 "army. The Kremlin will not send ground troops.\n", encoding="utf-8")
    (seeds / "sources.csv").write_text("doc_id,file,outlet,title,author,published,genre,label,notes\n"
                                       "a,a.txt,Invented Courier,,,2021,news,a,\n", encoding="utf-8")
    return seeds


def test_changing_the_setting_rebuilds_and_keeping_it_does_not(tiny_seeds, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache, framing_layer="gated")
    assert build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache, framing_layer="gated").counts == {UNCHANGED: 3}
    report = build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache, framing_layer="off")
    assert UNCHANGED not in report.counts and sum(report.counts.values()) == 3
    assert build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache, framing_layer="off").counts == {UNCHANGED: 3}
    assert UNCHANGED not in build(seeds_dir=tiny_seeds, out_dir=out, cache_dir=cache).counts


def test_the_setting_defaults_to_the_gated_layer(coded_seeds, tmp_path):
    from analysis.tables.schemas import load_tables

    build(seeds_dir=coded_seeds, out_dir=tmp_path / "out")
    codes = load_tables(tmp_path / "out")["codes"]
    assert len(codes) and codes.layer.notna().all()


@pytest.mark.parametrize("value", ["on", "GATED", ""])
def test_a_bad_setting_on_the_command_line_is_one_line_and_exit_status_2(tiny_seeds, tmp_path, capsys, value):
    with pytest.raises(SystemExit) as raised:
        run_build(tiny_seeds, tmp_path / "out", "--framing-layer", value)
    assert raised.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("error: ") and "--framing-layer" in error
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("setting", ["off", "gated"])
def test_the_command_line_takes_each_setting(coded_seeds, tmp_path, setting):
    from analysis.tables.schemas import load_tables

    assert run_build(coded_seeds, tmp_path / "out", "--framing-layer", setting) == 0
    codes = load_tables(tmp_path / "out")["codes"]
    assert len(codes) > 0
    assert codes.layer.notna().all() if setting == "gated" else codes.layer.isna().all()


@pytest.mark.parametrize("text", [
    "",
    "Harbour notes\n",
    "Harbour notes\n\nBy Invented Staff\n\nAll rights reserved. Subscribe for more.\n",
    "\n\n\n",
])
def test_an_article_with_no_body_sentence_passes_through_the_layer(nlp, text):
    gated, off = (analyse_text(text, nlp=nlp, framing_layer=setting) for setting in ("gated", "off"))
    assert (gated["codes"].layer != "added").all()
    assert len(gated["codes"]) == len(off["codes"])
    assert gated["sentences"].equals(off["sentences"])
