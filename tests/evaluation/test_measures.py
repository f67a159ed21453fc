"""The evaluation harness on hand-made sets: gold located by `find`, measures and baselines."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import InputError
from analysis.evaluation.measures import Measure, framing_measures, framing_units, quotation_measures, section_accuracy
from analysis.evaluation.report import below_target, evaluation_table
from analysis.evaluation.sets import DEVOWN_DIR, DEVSET_DIR, HELDOUT_DIR, EvaluationSet, read_unseen_set

TEXT = ("Grey Gazette | Home | World\n\n"
        "Moscow keeps its friend close\n\n"
        "Moscow sent more jets to help the Syrian army. It said it would \"stay to the end\". Tehran sent advisers.\n\n"
        "Share this page\n")
SOURCES = ("doc_id,file,outlet,title,author,published,genre,label,notes\n"
           "901_test,901_test.txt,Grey Gazette,Moscow keeps its friend close,,2016-01-02,news,Grey 2016,made up\n")


def _write_set(folder, *, sections, quotes, frames):
    folder.mkdir()
    (folder / "901_test.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (folder / "sections_gold.tsv").write_text("doc\tfind\tsection\n" + sections, encoding="utf-8")
    (folder / "quotes_gold.tsv").write_text("doc\tfind\tkind\tspeaker\n" + quotes, encoding="utf-8")
    (folder / "frames_gold.tsv").write_text("doc\tfind\tsupport\tlimits\n" + frames, encoding="utf-8")
    return folder


@pytest.fixture
def unseen(tmp_path):
    folder = _write_set(tmp_path / "set",
                        sections="901_test\tGrey Gazette | Home\tboilerplate\n901_test\tMoscow keeps\theadline\n"
                                 "901_test\tShare this\tboilerplate|byline\n",
                        quotes="901_test\tstay to the end\tpartial\tMoscow\n",
                        frames="901_test\tMoscow sent more jets\t1\t0\n901_test\tIt said it would\t1\t?\n")
    return read_unseen_set(folder, name="test")


def _offset(fragment: str) -> int:
    return TEXT.index(fragment)


def _blocks(*sections: str) -> pd.DataFrame:
    starts = [0, _offset("Moscow keeps"), _offset("Moscow sent"), _offset("Share this")]
    ends = [_offset(" | World") + 8, _offset("Moscow keeps") + 29, _offset("Tehran") + 23, len(TEXT) - 1]
    return pd.DataFrame({"doc_id": "901_test", "start": starts, "end": ends, "section": list(sections)})


def test_gold_rows_are_located_by_their_find(unseen):
    assert unseen.sections.offset.tolist() == [0, _offset("Moscow keeps"), _offset("Share this")]
    assert unseen.sections.sections.iloc[2] == ("boilerplate", "byline")
    assert pd.isna(unseen.frames.limits.iloc[1])


def test_a_find_that_is_not_unique_names_the_file_and_line(tmp_path):
    folder = _write_set(tmp_path / "bad", sections="901_test\tMoscow\theadline\n", quotes="", frames="")
    with pytest.raises(InputError) as caught:
        read_unseen_set(folder, name="bad")
    assert caught.value.problems == ["sections_gold.tsv line 2: 'Moscow' occurs 2 times in 901_test, not once"]


def test_section_accuracy_accepts_either_fair_section_and_scores_the_body_baseline(unseen):
    blocks = _blocks("boilerplate", "headline", "body", "byline")
    assert section_accuracy(unseen, blocks) == (1.0, 3)
    assert section_accuracy(unseen, _blocks("headline", "body", "body", "body")) == (0.0, 3)
    assert section_accuracy(unseen, blocks, baseline=True) == (0.0, 3)


def _quotes(**columns) -> pd.DataFrame:
    start = _offset("stay to the end")
    row = {"doc_id": "901_test", "start": start, "end": start + 15, "section": "body", "kind": "partial",
           "speaker": "It", "speaker_name": "Moscow"}
    return pd.DataFrame([{**row, **columns}])


@pytest.mark.parametrize("columns, expected", [
    ({}, {"quotation F1": 1.0, "speaker accuracy": 1.0, "kind accuracy": 1.0}),
    ({"speaker": None, "speaker_name": None, "kind": "scare"}, {"quotation F1": 1.0, "speaker accuracy": 0.0,
                                                                "kind accuracy": 0.0}),
    ({"section": "comment"}, {"quotation F1": 0.0}),
    ({"start": _offset("Moscow sent"), "end": _offset("Moscow sent") + 11}, {"quotation F1": 0.0}),
])
def test_quotation_measures_match_the_quote_opening_at_the_gold_word(unseen, columns, expected):
    measures = quotation_measures(unseen, _quotes(**columns))
    assert {name: measures[name].value for name in expected} == expected


def _sentences() -> pd.DataFrame:
    starts = [_offset("Moscow keeps"), _offset("Moscow sent"), _offset("It said"), _offset("Tehran"),
              _offset("Share this")]
    texts = ["Moscow keeps its friend close", "Moscow sent more jets to help the Syrian army.",
             "It said it would \"stay to the end\".", "Tehran sent advisers.", "Share this page"]
    return pd.DataFrame({"doc_id": "901_test", "start": starts, "end": [s + len(t) for s, t in zip(starts, texts)],
                         "section": ["headline", "body", "body", "body", "boilerplate"], "text": texts})


def test_framing_units_cover_every_analysed_sentence_and_exclude_question_marks(unseen):
    units = framing_units(unseen, _sentences())
    assert units.support.tolist() == [0, 1, 1, 0]
    assert units.limits.tolist()[:2] == [0, 0] and pd.isna(units.limits.iloc[2])


def test_framing_measures_score_the_coder_and_the_keyword_baseline(unseen):
    codes = pd.DataFrame({"doc_id": ["901_test"], "start": [_offset("help the")], "dimension": ["support"]})
    coder = framing_measures(unseen, _sentences(), codes)
    assert coder["support F1"].value == pytest.approx(2 / 3) and coder["support F1"].n == 2
    baseline = framing_measures(unseen, _sentences(), codes, baseline=True)
    assert baseline["support recall"].value == 0.0


def test_the_table_shows_each_value_with_its_n_and_lists_the_misses():
    result = {"suite": {"section accuracy": Measure(0.5, 4), "speaker accuracy": Measure(0.95, 20)},
              "baseline": {"section accuracy": Measure(0.25, 4)}}
    table = evaluation_table({"devset": result, "held-out": None})
    assert table.loc["section accuracy", "devset"] == "0.50 (n=4)"
    assert table.loc["section accuracy", "devset: baseline"] == "0.25 (n=4)"
    assert table.loc["quotation F1", "devset: baseline"] == "–"
    assert table.loc["section accuracy", "held-out"] == "set not found"
    full = {"suite": {m: Measure(1.0, 1) for m in ("section accuracy", "quotation F1", "support F1", "limits F1")}
            | {"speaker accuracy": Measure(0.5, 2)}, "baseline": {}}
    assert below_target({"devset": full}, unseen=("devset",)) == ["devset: speaker accuracy 0.500 < 0.9"]
    just_below = {"suite": full["suite"] | {"speaker accuracy": Measure(0.95, 20), "support F1": Measure(0.849, 70)}}
    assert below_target({"devset": just_below}, unseen=("devset",)) == ["devset: support F1 0.849 < 0.85"]
    empty = {"suite": full["suite"] | {"section accuracy": Measure(float("nan"), 0)}}
    assert below_target({"held-out": empty}, unseen=("held-out",)) == [
        "held-out: section accuracy has no gold units to score (target 0.95)",
        "held-out: speaker accuracy 0.500 < 0.9"]


@pytest.mark.parametrize("folder", [DEVSET_DIR, DEVOWN_DIR, HELDOUT_DIR], ids=["devset", "development", "held-out"])
def test_every_gold_row_of_the_unseen_sets_is_found_once(folder):
    if not folder.is_dir():
        pytest.xfail(f"{folder} is not beside this checkout")
    evaluation = read_unseen_set(folder, name=folder.name)
    assert len(evaluation.sections) and len(evaluation.quotations) and len(evaluation.frames)


def test_a_quote_over_two_paragraphs_matches_one_gold_row_per_paragraph_or_one_for_the_whole():
    text = "She said: \"First part of it.\n\n\"Second part, closed.\"\n"
    quote = pd.DataFrame([{"doc_id": "d", "start": 11, "end": len(text) - 2, "section": "body", "kind": "direct",
                           "speaker": "She", "speaker_name": "Ann Lee"}])

    def scored(offsets):
        gold = pd.DataFrame({"doc_id": "d", "offset": offsets, "kind": "direct", "speaker": "Lee", "speaker_name": None})
        evaluation = EvaluationSet("t", None, {"d": text}, pd.DataFrame(), gold, pd.DataFrame(), exhaustive=True)
        return quotation_measures(evaluation, quote)

    assert scored([11])["quotation F1"] == (1.0, 1)
    assert scored([11, text.index("Second")])["quotation F1"] == (1.0, 2)
    assert scored([11, text.index("part, closed")])["quotation F1"].value < 1.0
