"""Recoding (codebook edits tried without a build) applies the learned framing layer exactly as the build does."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus.registry import load_corpus
from analysis.extract.frames.layer_model import DimensionModel, FramingLayer
from analysis.extract.framing import read_codebook
from analysis.tables import batches
from analysis.tables.build import analyse, recode

ARTICLES = {
    # rule codes with a Russian subject tied on the parse, each followed by a sentence the rules leave alone
    "401_fleet": "Ships for the coast\n\n"
                 "Russia sent three corvettes to Tartus to guard the Syrian army. The crews unloaded crates.\n\n"
                 "Moscow shipped radar sets to Damascus. The convoy arrived at dawn.\n\n"
                 "The Kremlin lent the regime two tankers. Harbour cranes worked all night.\n",
    # a limit the rules code, and a sentence of another actor
    "402_ceiling": "The limits of a patron\n\n"
                   "Russia will not send ground troops to rescue Assad, a Kremlin aide told the paper. "
                   "Its patience with Damascus is wearing thin.\n\n"
                   "Turkey moved tanks to the border. Ankara said little.\n",
}


@pytest.fixture
def seeds(tmp_path):
    rows = ["doc_id,file,outlet,title,author,published,genre,label,notes"]
    for doc_id, text in ARTICLES.items():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{doc_id},{doc_id}.txt,Invented Courier,,,2021,news,{doc_id},")
    (tmp_path / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def stub_layer(monkeypatch):
    """A layer that keeps some rule codes, vetoes those in a sentence about crates or radar, and adds after a code."""
    weights = {"rule=support": 6.0, "rule=limits": 6.0, "prev_rule=support": 8.0, "prev_rule=limits": 8.0,
               "w=crate": -30.0, "w=radar": -30.0}
    models = {dimension: DimensionModel(1.0, -4.0, weights) for dimension in ("support", "limits")}
    monkeypatch.setattr(batches, "default_framing_layer", lambda: FramingLayer(0.15, 0.5, 1.0, models, {}))


def _codes(table: pd.DataFrame) -> pd.DataFrame:
    return table.sort_values(["doc_id", "start", "end", "code"]).reset_index(drop=True)


def test_recode_with_the_layer_on_gives_the_codes_of_the_build(nlp, seeds, stub_layer):
    built = analyse(load_corpus(seeds), nlp=nlp, framing_layer="gated")
    sentences, (recoded,) = recode(seeds_dir=seeds, codebooks=[read_codebook(nlp=nlp)], nlp=nlp, framing_layer="gated")
    # the stub must both veto and add, or the comparison shows nothing of the layer
    assert {"vetoed", "added"} <= set(built["codes"].layer)
    pd.testing.assert_frame_equal(_codes(recoded), _codes(built["codes"]))


def test_recode_with_the_layer_off_gives_the_rule_codes(nlp, seeds, stub_layer):
    built = analyse(load_corpus(seeds), nlp=nlp, framing_layer="off")
    _, (recoded,) = recode(seeds_dir=seeds, codebooks=[read_codebook(nlp=nlp)], nlp=nlp, framing_layer="off")
    assert recoded.layer.isna().all()
    pd.testing.assert_frame_equal(_codes(recoded), _codes(built["codes"]))


def test_recode_refuses_an_unknown_layer_setting(nlp, seeds):
    with pytest.raises(ValueError, match="framing_layer must be one of"):
        recode(seeds_dir=seeds, codebooks=[], nlp=nlp, framing_layer="learned")
