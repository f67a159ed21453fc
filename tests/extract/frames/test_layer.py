"""The learned framing layer's view of a Doc (`layer.sentence_views`): on invented articles, the same features and
gates as the bench that trained the weights (`bench/framing_model.py`, `unit_features`) computes from the tables."""

from __future__ import annotations

import dataclasses
import hashlib
import math
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.registry import Document, Source
from analysis.corpus.sections import set_blocks
from analysis.evaluation.sets import EvaluationSet
from spacy.tokens import Doc

from analysis.extract.frames.layer import MadeWhenAsked, gated_codes, sentence_views
from analysis.extract.frames.layer_index import MASKED_WORD, PROPER_NOUN
from analysis.extract.frames.layer_model import (FORM_G, FORM_G_M, FORM_G_MP, FORM_G_PS, DimensionModel, FramingLayer,
                                                 article_rule_rate, rate_shifted)
from analysis.nlp.arrays import ParseArrays
from analysis.tables.batches import document_records, read_codebook, read_marker_lexicon, to_tables
from analysis.tables.stream import from_arrow

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

from framing_model import unit_features  # noqa: E402

ARTICLES = [
    # a wire story: a headline, a Russian subject tied on the parse, a quote, a limit and another actor as subject
    "Moscow flies more jets to the coast\n\n"
    "Russia sent six more bombers to its Syrian airbase on Tuesday, the ministry in Moscow said. "
    "The planes will probably strike rebel depots near Idlib.\n\n"
    "Turkey condemned the move. \"We cannot accept this,\" an official in Ankara told reporters.\n\n"
    "But Moscow would not commit infantry brigades, a Kremlin aide said, and its appetite for the war is fading.\n",
    # a column: hedges and a contrast, Assad named, a paragraph of one sentence, modal verbs
    "A guardian counting roubles\n\n"
    "Perhaps the Kremlin never meant to rescue Bashar al-Assad for ever.\n\n"
    "Its aircraft kept the Syrian government in power, yet the bill grows each month. "
    "Russian diplomats might press Damascus to negotiate with the rebel council. "
    "Nobody in Moscow wants another Afghanistan, and the army must count its losses.\n",
    # a short note: no code at all, a caption-like line and a quoted share
    "Notes from the border\n\n"
    "\"The road is closed,\" the driver said. \"Nobody passes.\"\n\n"
    "Iran and Hezbollah sent fighters to the hills, the monitors reported.\n",
]


def _tables_and_records(nlp, text: str, doc_id: str):
    source = Source(doc_id, f"{doc_id}.txt", "Invented Herald", "", "", "2020-01", "news", doc_id, "")
    document = Document(source, text, hashlib.sha256(text.encode("utf-8")).hexdigest())
    doc = nlp(text)
    set_blocks(doc, title=text.split("\n", 1)[0])
    records = document_records(document, doc, codebook=read_codebook(nlp=nlp), marker_lexicon=read_marker_lexicon(nlp=nlp))
    tables = {name: from_arrow(table, name) for name, table in to_tables([records])[0].items()}
    return doc, records, tables


def _bench_units(doc, tables, doc_id: str, text: str) -> pd.DataFrame:
    frames = pd.DataFrame(columns=["doc_id", "offset", "end", "support", "limits"])
    evaluation = EvaluationSet("invented", Path("."), {doc_id: text}, pd.DataFrame(), pd.DataFrame(), frames,
                               exhaustive=True)
    return unit_features(evaluation, tables, {doc_id: doc})


# unmasked, the views are the bench's `features`; with proper nouns masked (form G_mp), its `masked_features`
@pytest.mark.parametrize("mask", [False, True])
@pytest.mark.parametrize("number", range(len(ARTICLES)))
def test_the_views_are_the_benchs_features_and_gates(nlp, number, mask):
    doc_id, text = f"90{number}_invented", ARTICLES[number]
    doc, records, tables = _tables_and_records(nlp, text, doc_id)
    sentences, extra = records.tables["sentences"]
    views = sentence_views(doc, sentences, codes=records.tables["codes"][0], entities=records.tables["entities"][0],
                           markers=records.tables["markers"][0], quoted_shares=extra["quoted_share"],
                           mask_proper_nouns=mask)
    bench = _bench_units(doc, tables, doc_id, text)
    by_start = {sentence.start: view for sentence, view in zip(sentences, views)}
    assert len(bench) > 2
    for unit in bench.itertuples():
        view = by_start[unit.start]
        assert view.features == frozenset((unit.masked_features if mask else unit.features).split()), unit.start
        assert (view.linked, view.anchored, view.other_subject) == (unit.linked, unit.anchored, unit.other_subject)


# an invented town after a preposition, and a sentence without a name
BRIDGES = ("Bridges in the north\n\n"
           "Russian engineers rebuilt the old bridge near Velmora in the spring. The river was low.\n")


def _bridge_features(nlp, *, mask: bool) -> frozenset[str]:
    doc, records, _ = _tables_and_records(nlp, BRIDGES, "930_invented")
    sentences, extra = records.tables["sentences"]
    views = sentence_views(doc, sentences, codes=records.tables["codes"][0], entities=records.tables["entities"][0],
                           markers=records.tables["markers"][0], quoted_shares=extra["quoted_share"],
                           mask_proper_nouns=mask)
    return {sentence.text: view.features for sentence, view in zip(sentences, views)}


def _words(features) -> set[str]:
    return {name for name in features if name.startswith(("w=", "b="))}


def test_a_place_name_enters_the_words_as_the_placeholder_only_when_masked(nlp):
    masked, unmasked = _bridge_features(nlp, mask=True), _bridge_features(nlp, mask=False)
    sentence = "Russian engineers rebuilt the old bridge near Velmora in the spring."
    assert {f"w={MASKED_WORD}", f"b=near_{MASKED_WORD}", f"b={MASKED_WORD}_in", "w=bridge"} <= masked[sentence]
    assert not any("velmora" in name for name in masked[sentence])
    assert {"w=velmora", "b=near_velmora", "b=velmora_in", "w=bridge"} <= unmasked[sentence]
    assert not any(MASKED_WORD in name for features in unmasked.values() for name in features)
    # a sentence without a proper noun has the same words either way, and the other features are never masked
    assert _words(masked["The river was low."]) == _words(unmasked["The river was low."])
    assert masked[sentence] - _words(masked[sentence]) == unmasked[sentence] - _words(unmasked[sentence])


def test_the_views_and_the_bench_read_the_same_part_of_speech(nlp):
    # a hand-built Doc: the tags are given, not parsed, so the two readings of them are all that is compared
    words = ["Envoys", "from", "Velmora", "met", "Ilsa", "Brandt", "in", "May", "."]
    tags = ["NOUN", "ADP", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=tags)
    from_columns = (ParseArrays(doc).column("POS") == doc.vocab.strings[PROPER_NOUN]).tolist()
    assert from_columns == [token.pos_ == PROPER_NOUN for token in doc] == [tag == "PROPN" for tag in tags]


def test_views_and_layer_must_agree_on_the_masking(nlp):
    masking = dataclasses.replace(_layer(), form=FORM_G_MP, add_from=0.6, proper_nouns_masked=True)
    with pytest.raises(ValueError, match="mask proper nouns"):
        _gated(nlp, FLEET, masking)


def test_a_parse_linked_code_anchors_its_sentence_and_the_next_in_its_paragraph(nlp):
    text = ("Allies at sea\n\nRussia sent two frigates to Tartus to protect the Syrian army. "
            "The ships carry cruise missiles for Assad.\n\nSailors painted the hulls.\n")
    doc, records, _ = _tables_and_records(nlp, text, "910_invented")
    sentences, extra = records.tables["sentences"]
    views = sentence_views(doc, sentences, codes=records.tables["codes"][0], entities=records.tables["entities"][0],
                           markers=records.tables["markers"][0], quoted_shares=extra["quoted_share"])
    gates = {sentence.text: (view.linked, view.anchored) for sentence, view in zip(sentences, views)}
    assert gates["Russia sent two frigates to Tartus to protect the Syrian army."] == (True, True)
    # a code whose agent the paragraph's topic gives (a context link) opens no gate of its own
    assert gates["The ships carry cruise missiles for Assad."] == (False, True)
    assert gates["Sailors painted the hulls."] == (False, False)
    features = {sentence.text: view.features for sentence, view in zip(sentences, views)}
    assert {"actor=russia", "rule=support", "link=support:subject", "position=0"} <= features[
        "Russia sent two frigates to Tartus to protect the Syrian army."]
    assert {"prev_rule=support", "prev_actor=russia", "actor=assad", "para_rule=support", "last_in_paragraph", "position=1",
            "b=cruise_missile"} <= features["The ships carry cruise missiles for Assad."]


def _layer(*, intercept: float = 0.0, weights: dict[str, float] | None = None, add_share: float = 1.0) -> FramingLayer:
    models = {dimension: DimensionModel(1.0, intercept, dict(weights or {})) for dimension in ("support", "limits")}
    return FramingLayer(0.15, 0.5, add_share, models, {})


def _gated(nlp, text: str, layer: FramingLayer):
    doc, records, _ = _tables_and_records(nlp, text, "920_invented")
    sentences, extra = records.tables["sentences"]
    views = sentence_views(doc, sentences, codes=records.tables["codes"][0], entities=records.tables["entities"][0],
                           markers=records.tables["markers"][0], quoted_shares=extra["quoted_share"])
    return doc, sentences, records.tables["codes"][0], gated_codes(doc, sentences, records.tables["codes"][0], views,
                                                                   layer=layer)


# Four sentences the rules code (a Russian subject tied on the parse), each followed by one they do not.
FLEET = ("Allies at sea\n\n"
         "Russia sent two frigates to Tartus to protect the Syrian army. The ships carry cruise missiles.\n\n"
         "Moscow delivered new air defences to Damascus. The crates came by night.\n\n"
         "The Kremlin supplied the regime with fuel. Tankers crossed the straits.\n\n"
         "Russian advisers trained Assad's gunners. The drills lasted weeks.\n")


def test_a_rule_code_scored_below_the_veto_is_labelled_and_kept_in_the_table(nlp):
    _, _, codes, gated = _gated(nlp, FLEET, _layer(intercept=-5.0))
    assert len(gated) == len(codes) > 0
    assert {code.layer for code in gated} == {"vetoed"}
    assert all(code.layer_score < 0.15 for code in gated)


def test_a_rule_code_scored_high_enough_is_kept(nlp):
    _, _, codes, gated = _gated(nlp, FLEET, _layer(intercept=-5.0, weights={"rule=support": 10.0, "rule=limits": 10.0}))
    assert {code.layer for code in gated} == {"kept"} and len(gated) == len(codes)


def test_an_added_code_is_explained_by_the_rule_code_that_opened_its_gate(nlp):
    doc, sentences, codes, gated = _gated(nlp, FLEET, _layer(intercept=-5.0, weights={
        "rule=support": 10.0, "prev_rule=support": 10.0}))
    added = [code for code in gated if code.layer == "added" and code.dimension == "support"]
    text_of = {sentence.sent_id: sentence.text for sentence in sentences}
    assert "The drills lasted weeks." in {text_of[code.sent_id] for code in added}
    # only sentences the rules leave without a support code get one
    assert not {code.sent_id for code in added} & {code.sent_id for code in codes if code.dimension == "support"}
    for code in added:
        gate = next(hit for hit in codes if (hit.start, hit.end) == (code.gate_start, code.gate_end))
        assert (gate.code, gate.cue) == (code.gate_code, code.gate_cue)
        assert gate.agent_link in {"subject", "possessor", "modifier", "pronoun", "speaker", "agent"}
        # the added code's agent is the gate's, tied to the gate's cue, not its own
        assert (code.code, code.agent, code.agent_link) == ("support.learned", gate.agent, "gate")
        assert doc.text[code.start:code.end] == code.cue and code.layer_score >= 0.5


CRATES, TANKERS, DRILLS = "The crates came by night.", "Tankers crossed the straits.", "The drills lasted weeks."


# The rules code five support sentences of FLEET (the ships' sentence through the context link); the three sentences
# after a Russian subject that they leave uncoded tie on score, so the earlier come first, ⌊add_share × 5⌋ at most.
@pytest.mark.parametrize("add_share, expected", [
    (0.0, []), (0.19, []), (0.25, [CRATES]), (0.3, [CRATES]), (0.5, [CRATES, TANKERS]), (1.0, [CRATES, TANKERS, DRILLS]),
])
def test_additions_are_capped_by_a_share_of_the_rule_count(nlp, add_share, expected):
    _, sentences, codes, gated = _gated(nlp, FLEET, _layer(intercept=-5.0, add_share=add_share, weights={
        "rule=support": 10.0, "prev_rule=support": 10.0}))
    text_of = {sentence.sent_id: sentence.text for sentence in sentences}
    assert len({code.sent_id for code in codes if code.dimension == "support"}) == 5
    added = [text_of[code.sent_id] for code in gated if code.layer == "added" and code.dimension == "support"]
    assert added == expected


def test_no_code_is_added_where_another_actor_is_the_subject_or_no_gate_is_open(nlp):
    text = ("Allies at sea\n\nRussia sent two frigates to Tartus to protect the Syrian army. "
            "Turkey shut its ports to the convoy.\n\nSailors painted the hulls.\n")
    _, sentences, _, gated = _gated(nlp, text, _layer(weights={"w=the": 10.0}))
    text_of = {sentence.sent_id: sentence.text for sentence in sentences}
    added = {text_of[code.sent_id] for code in gated if code.layer == "added"}
    assert "Turkey shut its ports to the convoy." not in added
    assert "Sailors painted the hulls." not in added


def test_the_build_labels_codes_only_with_the_layer_on(nlp, monkeypatch):
    from analysis.tables import batches
    from analysis.tables.build import analyse_text

    off = analyse_text(FLEET, nlp=nlp, framing_layer="off")["codes"]
    assert off.layer.isna().all() and off.layer_score.isna().all()
    monkeypatch.setattr(batches, "default_framing_layer", lambda: _layer(intercept=-5.0, weights={
        "rule=support": 10.0, "rule=limits": 10.0, "prev_rule=support": 10.0}))
    on = analyse_text(FLEET, nlp=nlp, framing_layer="gated")["codes"]
    rule = on[on.layer != "added"]
    assert rule[["code", "start", "end"]].reset_index(drop=True).equals(off[["code", "start", "end"]].reset_index(drop=True))
    assert set(on.layer) == {"kept", "added"} and on.gate_code.notna().sum() == (on.layer == "added").sum()
    added = on[on.layer == "added"]
    assert set(added.agent_link) == {"gate"} and added.gate_start.notna().all() and added.gate_end.notna().all()
    gates = set(zip(rule.start, rule.end, rule.code))
    assert set(zip(added.gate_start, added.gate_end, added.gate_code)) <= gates


# FLEET's support: five of its nine analysed sentences (the headline and eight of the body) coded by the rules, a rate
# of (5 + 1) / (9 + 2) = 6/11; the three uncoded after a Russian subject score logit(intercept + 10).
FLEET_RATE = 6 / 11


def _shifted(intercept: float, r_train: float, *, add_share: float = 1.0) -> FramingLayer:
    layer = _layer(intercept=intercept, add_share=add_share, weights={"rule=support": 10.0, "prev_rule=support": 10.0})
    models = {name: dataclasses.replace(model, r_train=r_train) for name, model in layer.models.items()}
    return dataclasses.replace(layer, models=models, form=FORM_G_PS)


def _added(nlp, layer: FramingLayer) -> list[str]:
    _, sentences, _, gated = _gated(nlp, FLEET, layer)
    text_of = {sentence.sent_id: sentence.text for sentence in sentences}
    return [text_of[code.sent_id] for code in gated if code.layer == "added" and code.dimension == "support"]


@pytest.mark.parametrize("score, article_rate, training_rate, expected", [
    (0.5, 0.2, 0.5, 0.2), (0.8, 0.1, 0.5, 4 / 13), (0.6, 0.3, 0.3, 0.6), (0.25, 0.5, 0.25, 0.5), (1.0, 0.1, 0.9, 1.0),
])
def test_rate_shifted_multiplies_the_odds_by_the_ratio_of_the_rates_odds(score, article_rate, training_rate, expected):
    assert rate_shifted(score, article_rate=article_rate, training_rate=training_rate) == pytest.approx(expected)


def test_an_articles_rule_rate_adds_one_to_the_coded_and_two_to_the_analysed():
    assert (article_rule_rate(0, 0), article_rule_rate(3, 10), article_rule_rate(5, 9)) == (0.5, 1 / 3, FLEET_RATE)


@pytest.mark.parametrize("intercept", [-9.0, -10.5, -5.0])
def test_g_ps_at_the_articles_own_rule_rate_codes_as_g(nlp, intercept):
    g = _gated(nlp, FLEET, _layer(intercept=intercept, add_share=1.0, weights={
        "rule=support": 10.0, "prev_rule=support": 10.0}))[3]
    g_ps = _gated(nlp, FLEET, _shifted(intercept, FLEET_RATE))[3]
    assert [(code.sent_id, code.code, code.layer) for code in g_ps] == [(code.sent_id, code.code, code.layer)
                                                                        for code in g]


def test_g_ps_adds_less_to_an_article_far_below_the_training_rate(nlp):
    # candidates at logit 1 (0.73): G adds all three; r_train 0.9 makes the odds e × 1.2 / 9 → 0.27, below 0.5
    assert _added(nlp, _layer(intercept=-9.0, add_share=1.0, weights={
        "rule=support": 10.0, "prev_rule=support": 10.0})) == [CRATES, TANKERS, DRILLS]
    assert _added(nlp, _shifted(-9.0, 0.9)) == []


# candidates at logit −0.5 (0.38, none in G); r_train 0.2 makes their odds e^−0.5 × 1.2 / 0.25 → 0.74; tied, the
# earlier first, ⌊add_share × 5⌋ at most
@pytest.mark.parametrize("add_share, expected", [
    (0.19, []), (0.25, [CRATES]), (0.5, [CRATES, TANKERS]), (1.0, [CRATES, TANKERS, DRILLS]),
])
def test_g_ps_caps_its_additions_and_breaks_ties_by_order(nlp, add_share, expected):
    assert _added(nlp, _shifted(-10.5, 0.2, add_share=add_share)) == expected


def _at_score(score: float, *, form: str, add_from: float) -> FramingLayer:
    """A layer that scores FLEET's three uncoded sentences after a Russian subject `score`."""
    layer = _layer(intercept=math.log(score / (1 - score)) - 10.0, weights={
        "rule=support": 10.0, "prev_rule=support": 10.0})
    return dataclasses.replace(layer, form=form, add_from=add_from)


# G_m is G with additions only from a score of 0.60, the threshold its file gives
@pytest.mark.parametrize("score, added_by_g, added_by_g_m", [
    (0.45, [], []), (0.55, [CRATES, TANKERS, DRILLS], []), (0.65, [CRATES, TANKERS, DRILLS], [CRATES, TANKERS, DRILLS]),
])
def test_g_m_adds_only_from_the_files_higher_threshold(nlp, score, added_by_g, added_by_g_m):
    assert _added(nlp, _at_score(score, form=FORM_G, add_from=0.5)) == added_by_g
    assert _added(nlp, _at_score(score, form=FORM_G_M, add_from=0.6)) == added_by_g_m


def test_g_m_keeps_gs_rule_codes_and_vetoes(nlp):
    g = _gated(nlp, FLEET, _at_score(0.55, form=FORM_G, add_from=0.5))[3]
    g_m = _gated(nlp, FLEET, _at_score(0.55, form=FORM_G_M, add_from=0.6))[3]
    assert [(code.sent_id, code.code, code.layer) for code in g_m] == [
        (code.sent_id, code.code, code.layer) for code in g if code.layer != "added"]


def test_an_unknown_layer_setting_is_refused(nlp):
    from analysis.tables.build import analyse_text

    with pytest.raises(ValueError, match="framing_layer must be one of off, gated"):
        analyse_text("A short text.", nlp=nlp, framing_layer="on")


# Two multi-word cues: a negated noun and a verb with its object.
PLEDGES = ("Pledges and their edges\n\n"
           "The Kremlin has no intention of guarding every valley, a spokesman told the agency. "
           "Moscow threw its weight behind the Syrian army all the same.\n")


@pytest.mark.parametrize("cue", ["cue=limits:intention", "cue=support:throw"])
def test_a_multi_word_cue_is_named_by_the_lemma_of_its_head_word(nlp, cue):
    doc, records, tables = _tables_and_records(nlp, PLEDGES, "930_invented")
    sentences, extra = records.tables["sentences"]
    views = sentence_views(doc, sentences, codes=records.tables["codes"][0], entities=records.tables["entities"][0],
                           markers=records.tables["markers"][0], quoted_shares=extra["quoted_share"])
    named = {name for view in views for name in view.features if name.startswith("cue=")}
    assert cue in named
    assert not any("_" in name for name in named), named
    bench = _bench_units(doc, tables, "930_invented", PLEDGES)
    assert cue in {name for features in bench.features for name in features.split()}


def _every_sentence_scored(views, sentences, codes, layer: FramingLayer) -> dict[str, list[int]]:
    """Return, per dimension, the indices of the sentences form G adds a code to, every sentence scored by name."""
    added = {}
    for dimension in ("support", "limits"):
        scores = [layer.score(dimension, view.features) for view in views]
        coded = {code.sent_id for code in codes if code.dimension == dimension}
        open_ones = [index for index, (sentence, view) in enumerate(zip(sentences, views))
                     if sentence.section in ("headline", "standfirst", "body") and sentence.sent_id not in coded
                     and view.anchored and not view.other_subject and scores[index] >= layer.add_from]
        cap = math.floor(layer.add_share * len(coded))
        added[dimension] = sorted(sorted(open_ones, key=lambda index: (-scores[index], index))[:cap])
    return added


# Random weights on the features the articles have: a score is read only where a rule code stands or a code may be
# added, and each is the sentence's score by name.
@pytest.mark.parametrize("text", [*ARTICLES, FLEET, PLEDGES])
@pytest.mark.parametrize("seed", [11, 12, 13])
def test_each_code_carries_its_sentences_score_and_the_additions_are_those_of_every_sentence_scored(nlp, text, seed):
    import random

    doc, records, _ = _tables_and_records(nlp, text, "940_invented")
    sentences, extra = records.tables["sentences"]
    codes = records.tables["codes"][0]
    views = sentence_views(doc, sentences, codes=codes, entities=records.tables["entities"][0],
                           markers=records.tables["markers"][0], quoted_shares=extra["quoted_share"])
    chooser = random.Random(seed)
    names = sorted({name for view in views for name in view.features})
    models = {dimension: DimensionModel(1.0, chooser.uniform(-2, 1), {name: chooser.uniform(-1, 2) for name in names})
              for dimension in ("support", "limits")}
    layer = FramingLayer(0.3, 0.5, 1.0, models, {})
    gated = gated_codes(doc, sentences, codes, views, layer=layer)
    index_of = {sentence.sent_id: index for index, sentence in enumerate(sentences)}
    for code in gated:
        assert code.layer_score == layer.score(code.dimension, views[index_of[code.sent_id]].features)
    added = {dimension: sorted(index_of[code.sent_id] for code in gated
                               if code.layer == "added" and code.dimension == dimension)
             for dimension in ("support", "limits")}
    assert added == _every_sentence_scored(views, sentences, codes, layer)


def test_a_sentences_names_are_made_once_and_only_when_asked():
    made = []

    def make(index: int) -> set[str]:
        made.append(index)
        return {f"position={index}"}

    names = MadeWhenAsked(make, 5)
    assert len(names) == 5 and made == []
    assert names[3] == {"position=3"} and names[1] == {"position=1"} and names[3] == {"position=3"}
    assert made == [3, 1]


@pytest.mark.parametrize("index, expected_positions", [
    (-1, [4]),
    (slice(1, 3), [1, 2]),
    (slice(None, None, -2), [4, 2, 0]),
])
def test_names_made_when_asked_read_negative_indices_and_slices_as_a_list_does(index, expected_positions):
    names = MadeWhenAsked(lambda position: {f"position={position}"}, 5)
    expected = [{f"position={position}"} for position in expected_positions]
    assert (names[index] if isinstance(index, slice) else [names[index]]) == expected


def test_names_made_when_asked_refuse_an_index_past_the_end():
    with pytest.raises(IndexError):
        MadeWhenAsked(lambda position: set(), 3)[3]
