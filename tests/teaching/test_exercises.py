"""The checks of the exercises notebook, on hand-made tables and a tiny hand-made corpus."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.teaching import exercises
from analysis.errors import InputError

QUOTATIONS = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1", "d2", "d2"], "quote_id": [0, 1, 2, 0, 1],
    "speaker": ["Putin", "the Kremlin", "Obama", None, "Lavrov"],
    "speaker_actor": pd.array(["Vladimir Putin", "Russia", "Barack Obama", None, "Sergei Lavrov"], dtype="string"),
    "text": ["we will win", "no comment", "Assad must go", "so-called", "partners"],
})
RUSSIAN = [("d1", 0), ("d1", 1), ("d2", 1)]


def _keys(frame):
    return list(frame[["doc_id", "quote_id"]].itertuples(index=False, name=None))


def test_russian_officials_are_the_state_and_people_the_gazetteer_ties_to_it():
    assert _keys(exercises.russian_official_quotes(QUOTATIONS)) == RUSSIAN


def test_the_right_answer_is_done():
    feedback = exercises.check_russian_official_quotes(QUOTATIONS.iloc[[0, 1, 4]], QUOTATIONS)
    assert feedback.solved and feedback.details.empty


def test_a_partial_answer_lists_what_is_missing_and_what_is_wrong():
    feedback = exercises.check_russian_official_quotes(QUOTATIONS.iloc[[0, 2]], QUOTATIONS)
    assert not feedback.solved
    assert "found 1 of 3" in feedback.message and "Hint" in feedback.message
    problems = dict(zip(_keys(feedback.details), feedback.details.problem))
    assert problems == {("d1", 1): "missing", ("d2", 1): "missing", ("d1", 2): "not a Russian official"}


@pytest.mark.parametrize("answer", [None, ["d1", 0], QUOTATIONS[["text"]]])
def test_an_answer_that_is_not_quotation_rows_says_what_is_expected(answer):
    feedback = exercises.check_russian_official_quotes(answer, QUOTATIONS)
    assert not feedback.solved and "DataFrame with doc_id and quote_id" in feedback.message


def test_feedback_renders_as_escaped_html_and_as_text():
    feedback = exercises.Feedback(False, "use <b>", pd.DataFrame({"a": ["<x>"]}))
    assert "use &lt;b&gt;" in feedback._repr_html_() and "&lt;x&gt;" in feedback._repr_html_()
    assert str(feedback).startswith("Not yet: use <b>") and "<x>" in str(feedback)


def test_feedback_shows_its_rows_as_the_notebooks_show_tables():
    details = pd.DataFrame({"speaker": ["Putin", pd.NA], "n": [1.0, float("nan")]}, index=[7, 46])
    feedback = exercises.Feedback(False, "look", details)
    page = feedback._repr_html_()
    assert "<th>7</th>" not in page and "&lt;NA&gt;" not in page and "NaN" not in page and "—" in page
    assert "<NA>" not in str(feedback) and "NaN" not in str(feedback)


SENTENCES = pd.DataFrame({
    "doc_id": ["d1"] * 6, "sent_id": range(6), "section": ["body"] * 5 + ["comment"],
    "start": [0, 10, 20, 30, 40, 50], "end": [9, 19, 29, 39, 49, 59],
    "text": ["s0", "s1", "s2", "s3", "s4", "s5"],
})
DOCUMENTS = pd.DataFrame({"doc_id": ["d1"], "label": ["One 2015"]})
CODES = pd.DataFrame({
    "doc_id": ["d1"] * 4, "sent_id": [0, 1, 1, 2], "code": ["support.military", "support.backing", "limits.leverage",
                                                          "limits.leverage"],
    "dimension": ["support", "support", "limits", "limits"], "cue": ["x"] * 4, "start": [1, 11, 12, 21],
    "end": [2, 12, 13, 22],
})
CODER = {0: "support", 1: "both", 2: "limits", 3: "neither", 4: "neither"}


def test_the_sample_draws_every_outcome_in_turn_and_hides_the_coder():
    sample = exercises.coding_sample(CODES, SENTENCES, DOCUMENTS, n=4, seed=1)
    assert sample.item.tolist() == [1, 2, 3, 4]
    assert {CODER[sent_id] for sent_id in sample.sent_id} == {"support", "both", "limits", "neither"}
    assert 5 not in set(sample.sent_id)
    assert not {"support", "limits", "outcome"} & set(sample.columns)
    assert sample.equals(exercises.coding_sample(CODES, SENTENCES, DOCUMENTS, n=4, seed=1))


def test_the_sample_is_never_larger_than_the_article_text():
    assert len(exercises.coding_sample(CODES, SENTENCES, DOCUMENTS, n=50)) == 5


def test_an_added_article_only_replaces_sentences_of_the_sample_with_its_own():
    added = pd.DataFrame({"doc_id": ["d0"] * 8, "sent_id": range(8), "section": ["body"] * 8,
                          "start": range(0, 80, 10), "end": range(9, 89, 10), "text": [f"t{i}" for i in range(8)]})
    before = exercises.coding_sample(CODES, SENTENCES, DOCUMENTS, n=3, seed=0)
    after = exercises.coding_sample(CODES, pd.concat([added, SENTENCES]), pd.concat(
        [DOCUMENTS, pd.DataFrame({"doc_id": ["d0"], "label": ["Zero"]})]), n=3, seed=0)
    kept = after[after.doc_id == "d1"]
    assert set(kept.sent_id) <= set(before.sent_id)
    assert (after.doc_id == "d0").any()  # the added article does enter the draw


def test_the_rank_is_a_hash_of_seed_and_sentence_not_of_its_position():
    assert exercises.sample_rank("d1", 3, seed=0) == exercises.sample_rank("d1", 3, seed=0)
    assert exercises.sample_rank("d1", 3, seed=0) != exercises.sample_rank("d1", 3, seed=1)


@pytest.fixture
def sample():
    return exercises.coding_sample(CODES, SENTENCES, DOCUMENTS, n=5, seed=0)


@pytest.mark.parametrize(("my_codes", "message"), [
    (["support"], "give a list of 5 codes"),
    ("support", "give a list of 5 codes"),
    (["support", "yes", "limits", "maybe", "both"], "fix item 2: 'yes'; item 4: 'maybe'"),
    (["support", "", "limits", "", "both"], "3 of 5 sentences coded; still to code: items 2, 4"),
])
def test_hand_coding_problems_are_all_named(sample, my_codes, message):
    feedback = exercises.check_hand_coding(my_codes, sample, CODES, SENTENCES)
    assert not feedback.solved and message in feedback.message


def test_hand_coding_agreement_with_the_coder(sample):
    coder = [CODER[sent_id] for sent_id in sample.sent_id]
    mine = ["neither" if code == "both" else code for code in coder]
    feedback = exercises.check_hand_coding(mine, sample, CODES, SENTENCES)
    assert feedback.solved
    assert feedback.details.coder.tolist() == coder
    assert feedback.details.agree.tolist() == [code != "both" for code in coder]
    assert "agree on 4 of 5" in feedback.message
    # support: mine has 1 positive of 5, the coder 2; observed 4/5, expected (1*2 + 4*3)/25 = 0.56 -> kappa 0.55
    # limits: mine has 1 positive, the coder 2: the same table -> 0.55
    assert "kappa 0.55 for support and 0.55 for limits" in feedback.message


def test_gold_codes_come_from_the_sheet_units_a_sentence_overlaps():
    sample = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "start": [0, 20, 0], "end": [15, 29, 9]})
    sheet = pd.DataFrame({"doc_id": ["d1", "d1", "d1"], "start": [0, 8, 20], "end": [8, 15, 29],
                          "support": [1, 0, 0], "limits": [0, 1, 0]})
    assert exercises.gold_codes(sample, sheet) == ["both", "neither", ""]


def test_cue_changes_lists_gained_and_lost_codes_once_per_sentence():
    after = pd.concat([CODES.iloc[1:], pd.DataFrame({
        "doc_id": ["d1", "d1"], "sent_id": [3, 3], "code": ["support.military"] * 2, "dimension": ["support"] * 2,
        "cue": ["target", "bomb"], "start": [31, 35], "end": [37, 39]})], ignore_index=True)
    changes = exercises.cue_changes(CODES, after)
    assert changes[["sent_id", "code", "change", "cue", "start"]].values.tolist() == [
        [0, "support.military", "lost", "x", 1], [3, "support.military", "gained", "target", 31]]


ARTICLE = ("Russia sent troops to Syria to defend Assad.\n\n"
           "Moscow targeted the rebels who fought Assad.\n\n"
           "Russian diplomats targeted a deal, and Assad waited.\n")


@pytest.fixture
def tiny_corpus(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "t1.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "sources.csv").write_text("doc_id,file,outlet,title,author,published,genre,label,notes\n"
                                       "t1,t1.txt,Test,Test,,2020,news,Test 2020,written by the test\n",
                                       encoding="utf-8")
    first, second, third = (ARTICLE.index(text) for text in ("Russia sent", "Moscow targeted", "Russian diplomats"))
    sheet = pd.DataFrame({
        "doc_id": ["t1"] * 3, "start": [first, second, third],
        "end": [ARTICLE.index("\n", start) for start in (first, second, third)],
        "support": [1, 1, 0], "limits": [0, 0, 0],
        "support_codes": ["support.military", "support.military", ""], "limits_codes": ["", "", ""],
    })
    return seeds, sheet


def test_try_cue_shows_what_a_new_cue_adds_and_whether_the_hand_coder_agrees(nlp, tiny_corpus):
    seeds, sheet = tiny_corpus
    feedback = exercises.try_cue("support.military", "target", seeds_dir=seeds, nlp=nlp, sheet=sheet)
    assert feedback.solved
    gained = feedback.details.set_index("cue")
    assert set(gained.index) == {"targeted"} and len(gained) == 2
    assert gained.hand_coder_agrees.tolist() == [True, False]
    assert "coder finds 1 now and would find 2" in feedback.message


def test_try_cue_reads_the_parses_from_the_build_cache_instead_of_parsing(nlp, tiny_corpus, tmp_path, monkeypatch):
    from analysis.tables import build
    from analysis.tables.cache import BuildCache

    seeds, sheet = tiny_corpus
    cache = tmp_path / "cache"
    build.build(seeds_dir=seeds, out_dir=tmp_path / "out", cache_dir=cache)
    loaded = []
    original = BuildCache.load_doc
    monkeypatch.setattr(BuildCache, "load_doc", lambda self, key: loaded.append(original(self, key)) or loaded[-1])
    feedback = exercises.try_cue("support.military", "target", seeds_dir=seeds, nlp=nlp, sheet=sheet, cache_dir=cache)
    assert len(loaded) == 1 and loaded[0] is not None  # the one article came from the cache
    assert feedback.solved and len(feedback.details) == 2


def test_try_cue_with_a_cue_already_in_the_codebook_changes_nothing(nlp, tiny_corpus):
    seeds, sheet = tiny_corpus
    feedback = exercises.try_cue("support.military", "troop", seeds_dir=seeds, nlp=nlp, sheet=sheet)
    assert not feedback.solved and "changes no sentence" in feedback.message


def test_try_cue_rejects_an_unknown_code(nlp, tiny_corpus):
    seeds, sheet = tiny_corpus
    with pytest.raises(InputError, match="no code 'support.imaginary'"):
        exercises.try_cue("support.imaginary", "target", seeds_dir=seeds, nlp=nlp, sheet=sheet)
