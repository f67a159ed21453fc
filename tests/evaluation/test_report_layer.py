"""`make evaluate` with the learned framing layer on: the development set's articles the layer was trained on are one
column, labelled in-sample, the check group another, and any other article not trained on a third."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.evaluation import report
from analysis.extract.frames import layer_model
from tests.conftest import SEEDS_DIR

TEXT = ("Harbour Ledger | News\n\n"
        "Moscow keeps its base\n\n"
        "Russia sent more frigates to guard the Syrian coast. The Kremlin will not send ground troops.\n")
SOURCES = "doc_id,file,outlet,title,author,published,genre,label,notes\n"


@pytest.fixture
def development(tmp_path):
    folder = tmp_path / "development"
    folder.mkdir()
    sources, frames = [SOURCES], ["doc\tfind\tsupport\tlimits\n"]
    for doc_id in ("901_trained", "925_checked", "960_untrained"):
        (folder / f"{doc_id}.txt").write_text(TEXT, encoding="utf-8")
        sources.append(f"{doc_id},{doc_id}.txt,Harbour Ledger,Moscow keeps its base,,2019-03-04,news,{doc_id},\n")
        frames += [f"{doc_id}\tRussia sent more\t1\t0\n", f"{doc_id}\tThe Kremlin will not\t0\t1\n"]
    (folder / "sources.csv").write_text("".join(sources), encoding="utf-8")
    (folder / "sections_gold.tsv").write_text("doc\tfind\tsection\n901_trained\tMoscow keeps\theadline\n",
                                              encoding="utf-8")
    (folder / "quotes_gold.tsv").write_text("doc\tfind\tkind\tspeaker\n", encoding="utf-8")
    (folder / "frames_gold.tsv").write_text("".join(frames), encoding="utf-8")
    return folder




@pytest.mark.parametrize("setting", ["gated", "off"])
def test_the_development_columns_say_which_articles_the_layer_was_trained_on(development, tmp_path, monkeypatch,
                                                                             capsys, setting):
    trained = dataclasses.replace(layer_model.default_framing_layer(), provenance={"training_doc_ids": ["901_trained"]})
    monkeypatch.setattr(layer_model, "default_framing_layer", lambda: trained)
    missing = tmp_path / "missing"
    assert report.main(["--seeds", str(SEEDS_DIR), "--devset", str(missing), "--development", str(development),
                        "--heldout", str(missing), "--cache", str(tmp_path / "cache"),
                        "--check-ids", "925-930", "--framing-layer", setting]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    labels = (report.TRAINING_LABEL, report.CHECK_LABEL, report.UNTRAINED_LABEL)
    if setting == "gated":
        assert all(label in header for label in labels)
        for label in labels:
            header = header.replace(label, "")
        assert "development " not in header
    else:
        assert "development" in header and "in-sample" not in header and "check group" not in header


@pytest.mark.parametrize("check_ids, groups", [
    (((925, 930),), {"training": {"901_a"}, "check": {"925_b", "930_c"}, "untrained": {"960_d"}}),
    ((), {"training": {"901_a"}, "untrained": {"925_b", "930_c", "960_d"}}),
    (((925, 925), (960, 960)), {"training": {"901_a"}, "check": {"925_b", "960_d"}, "untrained": {"930_c"}}),
])
def test_the_development_groups_key_the_check_group_on_its_ids(check_ids, groups):
    labels = {"training": report.TRAINING_LABEL, "check": report.CHECK_LABEL, "untrained": report.UNTRAINED_LABEL}
    found = report.development_groups(["901_a", "925_b", "930_c", "960_d"], trained={"901_a"}, check_ids=check_ids)
    assert found == {labels[group]: members for group, members in groups.items()}


def test_make_evaluate_passes_the_makefiles_check_ids():
    from analysis.config import PROJECT_ROOT

    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-m analysis.evaluation --check-ids $(LAYER_CHECK_IDS)" in makefile
    assert "--check-ids $(LAYER_CHECK_IDS)" in makefile.split("framing-layer:", 1)[1]


def test_the_scores_do_not_count_a_code_the_layer_vetoed(development, nlp):
    from analysis.evaluation.sets import read_unseen_set

    evaluation = read_unseen_set(development, name="development")
    tables = report.analyse_set(evaluation, nlp=nlp, framing_layer="off")
    assert len(tables["codes"]) > 0
    labelled = {label: dict(tables, codes=tables["codes"].assign(layer=label)) for label in ("kept", "vetoed")}
    kept, vetoed = (report.score_set(evaluation, labelled[label])["suite"] for label in ("kept", "vetoed"))
    rules = report.score_set(evaluation, tables)["suite"]
    for dimension in ("support", "limits"):
        assert kept[f"{dimension} F1"] == rules[f"{dimension} F1"]
        assert rules[f"{dimension} recall"].value > 0 and vetoed[f"{dimension} recall"].value == 0


def test_make_evaluate_refuses_a_bad_framing_layer_setting_in_one_line(capsys):
    with pytest.raises(SystemExit) as exit_:
        report.main(["--framing-layer", "sometimes"])
    error = capsys.readouterr().err
    assert exit_.value.code == 2 and error.count("\n") == 1 and "--framing-layer" in error


def test_make_evaluate_reports_a_bad_layer_file_in_one_line(development, tmp_path, monkeypatch, capsys):
    from analysis.errors import InputError

    def bad_file():
        raise InputError(["framing_layer.json: not a readable JSON file: invented"])

    monkeypatch.setattr(layer_model, "default_framing_layer", bad_file)
    missing = tmp_path / "missing"
    assert report.main(["--seeds", str(SEEDS_DIR), "--devset", str(missing), "--development", str(development),
                        "--heldout", str(missing), "--cache", str(tmp_path / "cache")]) == 2
    assert capsys.readouterr().err == "error: framing_layer.json: not a readable JSON file: invented\n"


@pytest.mark.parametrize("setting, warnings", [("gated", 1), ("off", 0)])
def test_analyse_text_warns_once_per_process_of_a_stale_layer(nlp, monkeypatch, caplog, setting, warnings):
    from analysis.tables.build import analyse_text

    monkeypatch.setattr(layer_model, "stale_resources", lambda layer: ["codebook.toml"])
    monkeypatch.setattr(layer_model, "_warned_stale", set())
    for _ in range(2):
        analyse_text(TEXT, nlp=nlp, framing_layer=setting)
    stale = [record for record in caplog.records if record.levelname == "WARNING" and "make framing-layer" in
             record.getMessage()]
    assert len(stale) == warnings
