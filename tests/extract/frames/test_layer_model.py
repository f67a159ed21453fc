"""The learned framing layer's resource (`layer_model`): a good file reads, and each bad entry gets one line."""

from __future__ import annotations

import copy
import json
import math
import os
import subprocess
import sys

import pytest

from analysis.errors import InputError
from analysis.extract.frames import layer_model
from analysis.extract.frames.layer_model import FRAMING_LAYER_FILE, read_framing_layer

GOOD = {
    "form": "G veto, gated adds",
    "constants": {"veto_below": 0.15, "add_from": 0.5, "add_share": 0.25},
    "provenance": {"training_doc_ids": ["001"], "c_grid": [0.1, 1.0], "min_batches": 3, "commit": "abc",
                   "command": "bench/framing_model.py --export x.json", "resources": {"codebook.toml": "0f"}},
    "dimensions": {
        "support": {"C": 1.0, "intercept": -2.0, "weights": {"rule=support": 3.0, "w=arm": 0.5, "negation": -1.0}},
        "limits": {"C": 0.3, "intercept": -1.5, "weights": {"rule=limits": 2.5, "b=no_longer": 1.0}},
    },
}


def write(tmp_path, data) -> object:
    path = tmp_path / "framing_layer.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_a_good_file_reads_and_scores(tmp_path):
    layer = read_framing_layer(write(tmp_path, GOOD))
    assert (layer.veto_below, layer.add_from, layer.add_share) == (0.15, 0.5, 0.25)
    assert layer.score("support", {"rule=support", "w=arm"}) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert layer.score("limits", {"w=unknown"}) == pytest.approx(1 / (1 + math.exp(1.5)))


def bad(change):
    data = copy.deepcopy(GOOD)
    change(data)
    return data


@pytest.mark.parametrize("data, problem", [
    (bad(lambda d: d["constants"].update(add_from=1.5)), "constants.add_from: must be a number from 0 to 1"),
    (bad(lambda d: d["constants"].pop("veto_below")), "constants.veto_below: must be a number from 0 to 1"),
    (bad(lambda d: d["provenance"].pop("commit")), "provenance.commit: missing"),
    (bad(lambda d: d["dimensions"].pop("limits")), "dimensions: must be exactly support, limits"),
    (bad(lambda d: d["dimensions"].update(limits=[2.5])), "dimensions.limits: must be an object with C, intercept"),
    (bad(lambda d: d["dimensions"].update(support=None)), "dimensions.support: must be an object with C, intercept"),
    (bad(lambda d: d["dimensions"]["support"].update(C=0)), "dimensions.support.C: must be a positive number"),
    (bad(lambda d: d["dimensions"]["limits"].update(intercept="high")), "dimensions.limits.intercept"),
    (bad(lambda d: d["dimensions"]["support"]["weights"].update({"colour=red": 1.0})), "'colour=red': a feature is"),
    (bad(lambda d: d["dimensions"]["support"]["weights"].update({"w=two words": 1.0})), "without spaces"),
    (bad(lambda d: d["dimensions"]["support"]["weights"].update({"hedged": 1.0})), "'hedged': a feature without '=' is one of"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"w=cut": True})), "'w=cut': the weight must be"),
    (bad(lambda d: d.update(form="rerank")),
     "form: must be one of 'G veto, gated adds', 'G_ps veto, rate-shifted adds', 'G_m veto, gated adds from 0.60'"),
    (bad(lambda d: d.update(form="G_ps veto, rate-shifted adds")), "dimensions.support.r_train: must be the training"),
    # the masking of proper nouns belongs to form G_mp alone, as a JSON boolean
    (bad(lambda d: d.update(form="G_mp veto, gated adds from 0.60, proper nouns masked")),
     "proper_nouns_masked: must be true for form G_mp"),
    (bad(lambda d: d.update(proper_nouns_masked=True)), "proper_nouns_masked: must be true for form G_mp"),
    (bad(lambda d: d.update(form="G_mp veto, gated adds from 0.60, proper nouns masked", proper_nouns_masked=1)),
     "proper_nouns_masked: must be true for form G_mp"),
    (bad(lambda d: d["dimensions"]["limits"].update(r_train=1.0)), "dimensions.limits.r_train: must be the training"),
    (bad(lambda d: d["dimensions"]["limits"].update(r_train="a fifth")), "dimensions.limits.r_train"),
    (bad(lambda d: d["provenance"].pop("resources")), "provenance.resources: missing"),
    (bad(lambda d: d["provenance"].update(resources=["codebook.toml"])), "provenance.resources: must map"),
    (bad(lambda d: d["dimensions"]["support"]["weights"].update({"rule=threat": 1.0})), "'rule=threat': a rule feature's value"),
    (bad(lambda d: d["dimensions"]["support"]["weights"].update({"para_rule=Support": 1.0})), "'para_rule=Support'"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"code=limits_cap": 1.0})), "'code=limits_cap': a code"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"next_code=limits.": 1.0})), "'next_code=limits.'"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"cue=ceiling": 1.0})), "'cue=ceiling': a cue feature"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"link=threat:subject": 1.0})), "'link=threat:subject'"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"section=sidebar": 1.0})), "'section=sidebar': a section"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"position=first": 1.0})), "'position=first'"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"actor=nato": 1.0})), "'actor=nato': an actor"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"prev_actor=us": 1.0})), "'prev_actor=us'"),
    (bad(lambda d: d["dimensions"]["limits"]["weights"].update({"b=ceiling": 1.0})), "'b=ceiling': a b feature"),
    ('{"constants": {}, "constants": {}}', "duplicate keys constants"),
    ("{not json", "not a readable JSON file"),
])
def test_a_bad_entry_is_named_on_its_own_line(tmp_path, data, problem):
    with pytest.raises(InputError) as raised:
        read_framing_layer(write(tmp_path, data))
    assert any(problem in line for line in raised.value.problems), raised.value.problems


@pytest.mark.parametrize("name", ["rule=limits", "prev_rule=support", "code=limits.capacity", "cue=limits:no_more",
                                  "link=support:<NA>", "section=standfirst", "position=3", "actor=assad",
                                  "prev_actor=other", "b=no_longer", "mod=as_long_as", "marker=hedge", "modal=might"])
def test_feature_values_the_build_gives_are_accepted(tmp_path, name):
    read_framing_layer(write(tmp_path, bad(lambda d: d["dimensions"]["limits"]["weights"].update({name: 0.5}))))


def test_a_g_ps_file_reads_its_form_and_training_rates(tmp_path):
    def g_ps(d):
        d["form"] = "G_ps veto, rate-shifted adds"
        d["dimensions"]["support"]["r_train"], d["dimensions"]["limits"]["r_train"] = 0.2, 0.45

    layer = read_framing_layer(write(tmp_path, bad(g_ps)))
    assert layer.form == "G_ps veto, rate-shifted adds"
    assert (layer.models["support"].r_train, layer.models["limits"].r_train) == (0.2, 0.45)
    assert read_framing_layer(write(tmp_path, GOOD)).form == "G veto, gated adds"


def test_a_g_m_file_reads_its_form_and_threshold_for_additions(tmp_path):
    def g_m(d):
        d["form"] = "G_m veto, gated adds from 0.60"
        d["constants"]["add_from"] = 0.6

    layer = read_framing_layer(write(tmp_path, bad(g_m)))
    assert (layer.form, layer.veto_below, layer.add_from, layer.add_share) == (
        "G_m veto, gated adds from 0.60", 0.15, 0.6, 0.25)
    # like G, it needs no training rates
    assert (layer.models["support"].r_train, layer.models["limits"].r_train) == (None, None)


@pytest.mark.parametrize("flag", [{}, {"proper_nouns_masked": False}])
def test_a_file_of_another_form_masks_nothing_with_or_without_the_flag(tmp_path, flag):
    assert read_framing_layer(write(tmp_path, bad(lambda d: d.update(flag)))).proper_nouns_masked is False


def test_a_g_mp_file_reads_its_form_threshold_and_masking(tmp_path):
    def g_mp(d):
        d.update(form="G_mp veto, gated adds from 0.60, proper nouns masked", proper_nouns_masked=True)
        d["constants"]["add_from"] = 0.6
        d["dimensions"]["support"]["weights"].update({"w=PROPN": 0.4, "b=PROPN_say": 0.2})

    layer = read_framing_layer(write(tmp_path, bad(g_mp)))
    assert (layer.form, layer.add_from, layer.proper_nouns_masked) == (
        "G_mp veto, gated adds from 0.60, proper nouns masked", 0.6, True)
    assert layer.models["support"].weights["w=PROPN"] == 0.4


def test_a_g_ps_file_without_rates_names_each_dimension(tmp_path):
    with pytest.raises(InputError) as raised:
        read_framing_layer(write(tmp_path, bad(lambda d: d.update(form="G_ps veto, rate-shifted adds"))))
    assert [line.split(":")[0] for line in raised.value.problems] == [
        "framing_layer.json dimensions.support.r_train", "framing_layer.json dimensions.limits.r_train"]


def test_every_bad_entry_is_named_at_once(tmp_path):
    def break_three(d):
        d["constants"]["add_share"] = -1
        d["dimensions"]["support"]["weights"]["w="] = 1.0
        d["dimensions"]["limits"]["weights"]["w=ok"] = float("nan")

    with pytest.raises(InputError) as raised:
        read_framing_layer(write(tmp_path, bad(break_three)))
    assert len(raised.value.problems) == 3


@pytest.mark.skipif(not FRAMING_LAYER_FILE.exists(), reason="the layer has not been exported yet")
def test_the_shipped_layer_is_valid():
    layer = read_framing_layer()
    assert set(layer.models) == {"support", "limits"}
    assert layer.provenance["training_doc_ids"]


# Weights whose float sum depends on the order they are added in: 1e16 absorbs a lone 1.0, but not two added first.
ORDER_SENSITIVE = {"w=apple": 1e16, "w=bread": 1.0, "w=cheese": -1e16, "w=dates": 1.0, "w=eggs": 1.0}
SCORE_IN_A_FRESH_PROCESS = f"""
from analysis.extract.frames.layer_model import DimensionModel, FramingLayer
models = {{dimension: DimensionModel(1.0, -3.0, {ORDER_SENSITIVE!r}) for dimension in ("support", "limits")}}
print(FramingLayer(0.15, 0.5, 0.25, models, {{}}).score("support", set({sorted(ORDER_SENSITIVE)!r})).hex())
"""


def test_a_score_does_not_depend_on_the_hash_seed():
    scores = set()
    for seed in ("0", "1", "2", "3", "7", "11", "42", "123"):
        environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
        run = subprocess.run([sys.executable, "-c", SCORE_IN_A_FRESH_PROCESS], env=environment, capture_output=True,
                             text=True, check=True)
        scores.add(run.stdout.strip())
    # the exact sum is 0: the intercept -3 and the three ones
    assert scores == {(0.5).hex()}


def test_the_layer_is_read_as_a_resource_file(tmp_path):
    from analysis.corpus.resources import read_as_digested, resources_digest

    path = write(tmp_path, GOOD)
    digest = resources_digest(tmp_path)
    path.write_text(json.dumps(bad(lambda d: d["constants"].update(add_share=0.5))), encoding="utf-8")
    read_framing_layer(path)
    # the reader noted the file it read, so the resource cache sees it was edited after the digest
    assert not read_as_digested(digest)


@pytest.fixture
def resources(tmp_path, monkeypatch):
    """A resource folder of two invented files, and the layer file in it, both standing in for the shipped ones."""
    folder = tmp_path / "resources"
    folder.mkdir()
    (folder / "codebook.toml").write_text("[support.invented]\n", encoding="utf-8")
    (folder / "markers.csv").write_text("category,pattern\n", encoding="utf-8")
    (folder / "README.md").write_text("Notes.\n", encoding="utf-8")
    monkeypatch.setattr(layer_model, "RESOURCES_DIR", folder)
    monkeypatch.setattr(layer_model, "FRAMING_LAYER_FILE", folder / "framing_layer.json")
    return folder


def trained_with(folder):
    data = bad(lambda d: d["provenance"].update(resources=layer_model.resource_digests(folder)))
    return read_framing_layer(write(folder, data))


def test_a_layer_trained_with_the_resources_at_hand_is_not_stale(resources, caplog):
    layer = trained_with(resources)
    assert sorted(layer.provenance["resources"]) == ["codebook.toml", "markers.csv"]
    (resources / "README.md").write_text("Other notes.\n", encoding="utf-8")
    assert not layer_model.warn_if_stale(layer)
    assert not [record for record in caplog.records if record.levelname == "WARNING"]


@pytest.mark.parametrize(("edit", "named"), [
    (lambda folder: (folder / "codebook.toml").write_text("[limits.invented]\n", encoding="utf-8"), "codebook.toml"),
    (lambda folder: (folder / "markers.csv").unlink(), "markers.csv"),
    (lambda folder: (folder / "naming.csv").write_text("alias,name\n", encoding="utf-8"), "naming.csv"),
])
def test_a_layer_trained_with_other_resources_gets_one_warning_line(resources, caplog, monkeypatch, edit, named):
    monkeypatch.setattr(layer_model, "_warned_stale", set())  # once per process: forget earlier tests' warnings
    layer = trained_with(resources)
    edit(resources)
    assert layer_model.stale_resources(layer) == [named]
    assert layer_model.warn_if_stale(layer)
    warnings = [record.getMessage() for record in caplog.records if record.levelname == "WARNING"]
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert all(part in warnings[0] for part in ("framing_layer.json", named, "make framing-layer"))
