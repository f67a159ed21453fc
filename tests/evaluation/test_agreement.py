"""Agreement of two readers on hand-made sets: sections, quotations and framing, with hand-worked values."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import InputError
from analysis.evaluation.agreement import (framing_agreement, quotation_agreement, read_second_reading,
                                           section_agreement)

TEXTS = {
    "951_first": ("Harbour Weekly | World\n\n"
                  "Moscow stays by its client\n\n"
                  "Moscow flew in more crews for the Syrian army. Its envoy called the talks \"a dead end\". "
                  "The budget is thin. Ankara kept its border shut.\n\n"
                  "Follow us\n"),
    "952_second": "Plain Post\n\nA quiet week\n\nNothing moved on the coast.\n",
}
SOURCES = ("doc_id,file,outlet,title,author,published,genre,label,notes\n"
           "951_first,951_first.txt,Harbour Weekly,Moscow stays by its client,,2016-03-04,news,Harbour 2016,made up\n"
           "952_second,952_second.txt,Plain Post,A quiet week,,2016-03-05,news,Plain 2016,made up\n")
GOLD = {"sections_gold.tsv": "doc\tfind\tsection\n951_first\tHarbour Weekly\tboilerplate\n951_first\tMoscow stays\theadline\n"
                             "951_first\tFollow us\tboilerplate|byline\n952_second\tPlain Post\tboilerplate\n",
        "quotes_gold.tsv": "doc\tfind\tkind\tspeaker\n951_first\ta dead end\tpartial\tenvoy\n",
        "frames_gold.tsv": "doc\tfind\tsupport\tlimits\n951_first\tMoscow flew in\t1\t0\n951_first\tThe budget\t0\t1\n"
                           "951_first\tAnkara kept\t?\t0\n"}
SECOND = {"sections.tsv": "doc\tfind\tsection\n951_first\tHarbour Weekly\tbyline|boilerplate\n"
                          "951_first\tMoscow stays\tstandfirst\n951_first\tFollow us\tbyline\n",
          "quotes.tsv": "doc\tfind\tkind\tspeaker\n951_first\ta dead end\tdirect\tEnvoy\n951_first\tmore crews\tscare\t-\n",
          "frames.tsv": "doc\tfind\tsupport\tlimits\n951_first\tMoscow flew in\t1\t0\n951_first\tIts envoy\t1\t?\n"
                        "951_first\tAnkara kept\t1\t0\n"}


def _write(folder, files):
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def readings(tmp_path):
    folder = _write(tmp_path / "set", {**{f"{d}.txt": t for d, t in TEXTS.items()}, "sources.csv": SOURCES, **GOLD})
    return read_second_reading(folder, _write(tmp_path / "second", SECOND), name="test")


def _sentences() -> pd.DataFrame:
    text = TEXTS["951_first"]
    starts = [text.index(s) for s in ("Moscow flew", "Its envoy", "The budget", "Ankara kept")]
    ends = [text.index(s) for s in ("Its envoy", "The budget", "Ankara kept")] + [text.index("\n\nFollow")]
    return pd.DataFrame({"doc_id": "951_first", "start": starts, "end": ends, "section": "body"})


def test_the_gold_is_limited_to_the_articles_the_second_reader_read(readings):
    gold, second = readings
    assert set(gold.texts) == set(second.texts) == {"951_first"}
    assert "952_second" not in set(gold.sections.doc_id)


def test_a_block_agrees_where_the_second_readers_first_choice_is_one_the_gold_accepts(readings):
    # byline|boilerplate against boilerplate: no (its first choice); standfirst against headline: no;
    # byline against boilerplate|byline: yes
    measure = section_agreement(*readings)
    assert measure.n == 3
    assert measure.value == pytest.approx(1 / 3)


def test_quotes_match_by_their_opening_and_are_compared_on_kind_and_speaker(readings):
    measures = quotation_agreement(*readings)
    assert measures["quotation F1"].value == pytest.approx(2 * 1 / (1 + 2))
    assert measures["speaker accuracy"].value == 1.0  # "envoy" and "Envoy" name the same speaker
    assert measures["kind accuracy"].value == 0.0  # partial against direct


def test_framing_agreement_scores_the_second_reader_on_the_gold_units(readings):
    measures = framing_agreement(*readings, _sentences())
    # support, units the gold scores (Ankara is `?` there): flew 1/1, envoy 0/1, budget 0/0 → F1 2·1/(1+2)
    assert measures["support F1"].value == pytest.approx(2 / 3)
    assert measures["support F1"].n == 1
    # kappa over the same three units: observed 2/3; expected (1/3·2/3)+(2/3·1/3) = 4/9 → (2/3−4/9)/(5/9) = 0.4
    assert measures["support kappa"].value == pytest.approx(0.4)
    # limits: the second reader's `?` on the envoy counts as not coded for F1 and drops the unit from kappa
    assert measures["limits F1"].value == 0.0
    assert measures["limits kappa"].n == 3


def test_a_second_reading_row_that_cannot_be_found_names_its_file_and_line(tmp_path):
    folder = _write(tmp_path / "set", {**{f"{d}.txt": t for d, t in TEXTS.items()}, "sources.csv": SOURCES, **GOLD})
    second = _write(tmp_path / "second", {**SECOND, "quotes.tsv": "doc\tfind\tkind\tspeaker\n951_first\tnot there\tdirect\t-\n"})
    with pytest.raises(InputError) as caught:
        read_second_reading(folder, second, name="test")
    assert any("quotes.tsv line 2" in problem for problem in caught.value.problems)


def test_a_reading_agrees_fully_with_itself(tmp_path):
    folder = _write(tmp_path / "set", {**{f"{d}.txt": t for d, t in TEXTS.items()}, "sources.csv": SOURCES, **GOLD})
    same = _write(tmp_path / "same", {"sections.tsv": GOLD["sections_gold.tsv"], "quotes.tsv": GOLD["quotes_gold.tsv"],
                                      "frames.tsv": GOLD["frames_gold.tsv"]})
    first, second = read_second_reading(folder, same, name="test")
    measures = {"section accuracy": section_agreement(first, second), **quotation_agreement(first, second),
                **framing_agreement(first, second, _sentences())}
    assert all(measure.value == 1.0 for measure in measures.values()), measures


def test_make_agreement_reports_every_bad_row_on_one_line_and_exits_2(tmp_path, monkeypatch, capsys):
    import analysis.evaluation.agreement as agreement

    folder = _write(tmp_path / "set", {**{f"{d}.txt": t for d, t in TEXTS.items()}, "sources.csv": SOURCES, **GOLD})
    second = _write(tmp_path / "second", {**SECOND, "quotes.tsv": "doc\tfind\tkind\tspeaker\n951_first\tnot there\tdirect\t-\n",
                                          "frames.tsv": "doc\tfind\tsupport\tlimits\n999_none\tMoscow\t1\t0\n"})
    monkeypatch.setattr(agreement, "SECOND_READINGS", {"test": (folder, second)})
    assert agreement.main([]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "quotes.tsv line 2" in error and "frames.tsv line 2" in error


def test_the_suites_kappa_does_not_count_a_vetoed_code(readings):
    from analysis.evaluation.agreement import suite_kappa

    first, _ = readings
    text = TEXTS["951_first"]
    kept = pd.DataFrame({"doc_id": ["951_first"], "sent_id": [0], "dimension": ["support"],
                         "start": [text.index("more crews")], "layer": ["kept"]})
    vetoed = pd.DataFrame({"doc_id": ["951_first"] * 2, "sent_id": [2, 3], "dimension": ["limits", "support"],
                           "start": [text.index("is thin"), text.index("kept its")], "layer": ["vetoed"] * 2})
    with_vetoed = suite_kappa(first, _sentences(), pd.concat([kept, vetoed], ignore_index=True))
    assert with_vetoed == suite_kappa(first, _sentences(), kept)


@pytest.mark.parametrize("argv, setting, in_sample", [([], "gated", True), (["--framing-layer", "off"], "off", False),
                                                      (["--framing-layer", "gated"], "gated", True)])
def test_make_agreement_runs_the_framing_layer_it_is_given_and_says_so(tmp_path, monkeypatch, capsys, argv, setting,
                                                                       in_sample):
    import analysis.evaluation.agreement as agreement
    import analysis.nlp.pipeline

    folder = _write(tmp_path / "set", {**{f"{d}.txt": t for d, t in TEXTS.items()}, "sources.csv": SOURCES, **GOLD})
    monkeypatch.setattr(agreement, "SECOND_READINGS", {"test": (folder, _write(tmp_path / "second", SECOND))})
    monkeypatch.setattr(analysis.nlp.pipeline, "load_nlp", lambda: None)
    asked = []
    monkeypatch.setattr(agreement, "analyse_set", lambda evaluation, *, nlp, cache_dir, framing_layer: asked.append(framing_layer))
    monkeypatch.setattr(agreement, "agreement_scores", lambda first, second, tables: None)
    monkeypatch.setattr(agreement, "agreement_table", lambda scores: pd.DataFrame())
    assert agreement.main(argv) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert asked == [setting]
    assert f"--framing-layer {setting}" in header
    assert ("training set" in header) == in_sample


def test_make_agreement_refuses_an_unknown_framing_layer(capsys):
    import analysis.evaluation.agreement as agreement

    with pytest.raises(SystemExit) as exit_:
        agreement.main(["--framing-layer", "sometimes"])
    assert exit_.value.code == 2 and "--framing-layer" in capsys.readouterr().err
