"""Build-vs-bench parity of the learned framing layer: on invented articles, forms G, G_ps, G_m and G_mp as the bench
decides them (its units and features, `veto_and_gated_adds`, the exported weights of `framing_layer.json` under each
form) are what the build's codes table counts (rule codes kept or vetoed, codes added)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.evaluation.scores import coder_labels
from analysis.evaluation.sets import EvaluationSet
from analysis.extract.frames.layer_index import MASKED_WORD
from analysis.extract.frames.layer_model import (FORM_G, FORM_G_M, FORM_G_MP, FORM_G_PS, FRAMING_LAYER_FILE,
                                                 read_framing_layer)
from analysis.extract.vocabulary import DIMENSIONS
from analysis.tables.schemas import counted_codes

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from framing_model import load_set, veto_and_gated_adds  # noqa: E402

ARTICLES = {
    "501_dispatch": "Moscow doubles its bet on the Syrian coast\n\n"
                    "Russia flew four more fighter jets to its airbase near Latakia on Monday, its generals "
                    "announced. The jets will bomb rebel positions around Hama, officers added.\n\n"
                    "Moscow also shipped artillery shells to the Syrian army. Lorries carried them over the hills.\n\n"
                    "But the Kremlin will not send ground troops, an aide to the president told reporters. "
                    "Its appetite for a long war is shrinking and the costs keep rising.\n\n"
                    "Turkey protested at the strikes. Ankara summoned the ambassador.\n",
    "502_column": "The patron who counts his coins\n\n"
                  "Perhaps the Kremlin never meant Bashar al-Assad to rule for ever.\n\n"
                  "Russian bombers saved the regime in its darkest year, yet the invoice grows every month. "
                  "Moscow might push Damascus into talks with its rivals. Nobody in Russia wants another "
                  "Afghanistan, and the generals must watch their losses.\n\n"
                  "Russia's support has limits, and Assad knows it. He cannot count on Moscow to pay his debts.\n",
    "503_brief": "Talks in Geneva\n\n"
                 "Russian diplomats shielded Damascus during the Thursday session. "
                 "They blocked a resolution that would have condemned Damascus.\n\n"
                 "Iran sent militia fighters to the south, monitors said. The weather was cold.\n",
    # many limits the rules code (so the cap allows additions), and sentences after them that they leave alone
    "504_analysis": "Where the patron stops\n\n"
                    "Russia will not fight Assad's wars for him, a Kremlin aide said. Moscow has other worries now. "
                    "Its soldiers are needed elsewhere. The money is running out.\n\n"
                    "Russia refused to send more troops to Aleppo. Its generals fear a quagmire. "
                    "Moscow wants a deal soon.\n\n"
                    "The Kremlin declined to protect Assad from sanctions. Putin's envoy said nothing.\n\n"
                    "Russian officials hinted they could abandon Assad. Their loyalty is conditional. "
                    "The clock is ticking for Damascus.\n\n"
                    "Moscow backed the regime's offensive with air strikes. The pilots flew at night. "
                    "Farmers fled the villages.\n",
}


@pytest.fixture(scope="module")
def invented_set(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parity")
    rows = ["doc_id,file,outlet,title,author,published,genre,label,notes"]
    for doc_id, text in ARTICLES.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{doc_id},{doc_id}.txt,Invented Ledger,,,2022,news,{doc_id},")
    (folder / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    frames = pd.DataFrame(columns=["doc_id", "offset", "end", "support", "limits"])
    return EvaluationSet("invented", folder, dict(ARTICLES), pd.DataFrame(), pd.DataFrame(), frames, exhaustive=True)


def _bench_scores(units: pd.DataFrame, model: dict, *, column: str = "features") -> np.ndarray:
    """The bench's logistic regression with the exported weights: one probability per unit from its features (in
    `column`)."""
    weights = model["weights"]
    return np.array([1 / (1 + math.exp(-math.fsum([model["intercept"], *(weights.get(name, 0.0)
                                                                       for name in set(features.split()))])))
                     for features in units[column]])


@pytest.fixture(scope="module")
def bench_units(nlp, invented_set, tmp_path_factory):
    return load_set(invented_set, nlp=nlp, cache_dir=tmp_path_factory.mktemp("parity_cache"))


# G; G_ps with a training rate below the articles' rule rates (its additions shifted up) and above (shifted down);
# G_m, its threshold for additions read from the file; G_mp, G_m on the words with proper nouns masked
@pytest.mark.parametrize("form, r_train, add_from", [
    (FORM_G, None, 0.5), (FORM_G_PS, 0.1, 0.5), (FORM_G_PS, 0.9, 0.5), (FORM_G_M, None, 0.6), (FORM_G_MP, None, 0.6),
])
def test_the_build_applies_the_exported_layer_as_the_bench_decides(nlp, invented_set, bench_units, tmp_path,
                                                                    monkeypatch, form, r_train, add_from):
    from analysis.evaluation.report import analyse_set
    from analysis.tables import batches

    exported = json.loads(FRAMING_LAYER_FILE.read_text(encoding="utf-8"))
    exported["form"], exported["constants"]["add_from"] = form, add_from
    masked = form == FORM_G_MP
    exported["proper_nouns_masked"] = masked
    for dimension in DIMENSIONS:
        if masked:
            # weights on the placeholder alone and next to a verb, so that the masking moves the scores
            exported["dimensions"][dimension]["weights"] |= {f"w={MASKED_WORD}": 1.5, f"b={MASKED_WORD}_say": -0.5}
        exported["dimensions"][dimension]["r_train"] = r_train
        if r_train is None:
            del exported["dimensions"][dimension]["r_train"]
    path = tmp_path / "framing_layer.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    layer = read_framing_layer(path)
    monkeypatch.setattr(batches, "default_framing_layer", lambda: layer)
    built = analyse_set(invented_set, nlp=nlp, framing_layer="gated")["codes"]
    layers = set(built.layer)
    # the articles must make the layer keep, veto and (but where shifted down or held to 0.60) add, or the comparison
    # shows nothing
    assert {"kept", "vetoed", *(["added"] if form == FORM_G or r_train == 0.1 else [])} <= layers, layers
    for dimension in DIMENSIONS:
        decided = veto_and_gated_adds(bench_units, dimension,
                                      _bench_scores(bench_units, exported["dimensions"][dimension],
                                                    column="masked_features" if masked else "features"),
                                      training_rate=r_train if form == FORM_G_PS else None, add_from=add_from)
        counted = coder_labels(counted_codes(built), bench_units, dimension=dimension).astype(bool)
        assert decided.tolist() == counted.tolist(), dimension
