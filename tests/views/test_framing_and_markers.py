"""Notebook views (framing, argument) on small hand-made tables."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.views import argument, framing

DOCUMENTS = pd.DataFrame({"doc_id": ["d1", "d2"], "label": ["One 2015", "Two 2020"], "published": ["2015-09", "2020"]})
SENTENCES = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1", "d2", "d2"], "sent_id": [0, 1, 2, 0, 1],
    "section": ["body", "body", "comment", "body", "body"],
    "start": [0, 30, 70, 0, 20], "end": [29, 69, 90, 19, 40],
    "text": ["Russia sent troops to Syria.", "But Moscow later abandoned Assad there.", "a reader comment here",
             "Two words here now.", "Nothing about Russia."],
    "voice": ["author", "author", "comment", "author", "quoted"],
})
CODES = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1"], "sent_id": [0, 1, 2], "code": ["support.military", "limits.abandonment", "limits.leverage"],
    "dimension": ["support", "limits", "limits"], "cue": ["troops", "abandoned", "x"], "start": [12, 47, 70], "end": [18, 56, 71],
})


def test_dimension_shares_count_only_coded_sections():
    shares = framing.dimension_shares(CODES, SENTENCES, DOCUMENTS)
    assert shares.loc["One 2015"].to_dict() == {"support only": 0.5, "both": 0.0, "limits only": 0.5, "neither": 0.0,
                                                "n_sentences": 2}
    assert shares.loc["Two 2020", "neither"] == 1.0
    assert shares.n_sentences.tolist() == [2, 2]


def test_timeline_dates_partial_iso_dates_and_orders_by_publication():
    points = framing.timeline(CODES, SENTENCES, DOCUMENTS)
    assert points.label.tolist() == ["One 2015", "Two 2020"]
    assert points.date.dt.strftime("%Y-%m-%d").tolist() == ["2015-09-01", "2020-01-01"]
    assert points.support.tolist() == [0.5, 0.0]


def test_timeline_gives_each_share_its_count_and_wilson_interval():
    points = framing.timeline(CODES, SENTENCES, DOCUMENTS).set_index("label")
    assert points.loc["One 2015", ["n_sentences", "n_support", "n_limits"]].tolist() == [2, 1, 1]
    # 1 of 2: Wilson 95% interval (0.095, 0.905); 0 of 2: (0, 0.658)
    assert points.loc["One 2015", ["support_low", "support_high"]].tolist() == [0.095, 0.905]
    assert points.loc["Two 2020", ["limits_low", "limits_high"]].tolist() == [0.0, 0.658]


def test_contrast_turns_from_support_to_limits():
    markers = pd.DataFrame({"doc_id": ["d1"], "sent_id": [1], "marker": ["But"], "category": ["contrast"],
                            "start": [30], "end": [33], "voice": ["author"]})
    table = argument.contrast_and_framing(markers, CODES, SENTENCES, DOCUMENTS)
    assert table.loc["One 2015", "support_to_limits_turns"] == 1
    assert table.loc["One 2015", "limits_share_with_contrast"] == 1.0


def test_marker_density_per_thousand_words_of_the_voice():
    markers = pd.DataFrame({"doc_id": ["d2", "d2"], "sent_id": [0, 1], "marker": ["may", "perhaps"],
                            "category": ["hedge", "hedge"], "start": [0, 20], "end": [3, 27],
                            "voice": ["author", "quoted"]})
    density = argument.marker_density(markers, SENTENCES, DOCUMENTS)
    assert density.loc["Two 2020", "hedge"] == pytest.approx(1000 / 4, abs=0.01)
    assert density.loc["Two 2020", "words"] == 4
    everything = argument.marker_density(markers, SENTENCES, DOCUMENTS, voice=None)
    assert everything.loc["Two 2020", "hedge"] == pytest.approx(2000 / 7, abs=0.01)
    quoted = argument.marker_density(markers, SENTENCES, DOCUMENTS, voice="quoted")
    assert quoted.loc["Two 2020", "hedge"] == pytest.approx(1000 / 3, abs=0.01)
    assert pd.isna(quoted.loc["One 2015", "hedge"]) and quoted.loc["One 2015", "words"] == 0


def test_evidence_mix_counts_the_voice_asked_for():
    markers = pd.DataFrame({"doc_id": ["d1", "d1", "d1"], "sent_id": [0, 0, 1], "marker": ["7", "“x”", "9"],
                            "category": ["evidence_number", "evidence_quotation", "evidence_number"],
                            "start": [0, 5, 31], "end": [1, 8, 32], "voice": ["author", "author", "quoted"]})
    assert argument.evidence_mix(markers, DOCUMENTS).loc["One 2015"].to_dict() == {
        "quotation": 1, "number": 1, "citation": 0}
    assert argument.evidence_mix(markers, DOCUMENTS, voice="quoted").loc["One 2015", "number"] == 1



def test_code_examples_come_from_the_codes_table_earliest_source_first():
    later = pd.DataFrame({"doc_id": ["d2"], "sent_id": [0], "code": ["support.military"], "dimension": ["support"],
                          "cue": ["words"], "start": [4], "end": [9]})
    examples = framing.code_examples(pd.concat([later, CODES]), SENTENCES, DOCUMENTS).set_index("code")
    assert examples.loc["support.military", ["source", "cue"]].tolist() == ["One 2015", "troops"]
    assert "limits.leverage" not in examples.index  # coded only in a reader comment


def _hit(doc_id, sent_id, code, cue, start, agent, link, modifier=pd.NA):
    return {"doc_id": doc_id, "sent_id": sent_id, "code": code, "dimension": code.split(".")[0], "cue": cue,
            "start": start, "end": start + len(cue), "agent": agent, "agent_link": link, "modifier": modifier}


def test_code_examples_prefer_an_agent_tied_on_the_parse_over_an_earlier_one_named_elsewhere():
    codes = pd.DataFrame([
        _hit("d1", 0, "support.military", "troops", 12, "Russia", "paragraph"),  # the earlier source, loosely tied
        _hit("d2", 0, "support.military", "words", 4, "Russia", "subject"),
        _hit("d1", 1, "limits.abandonment", "abandoned", 47, "Moscow", "sentence"),
        _hit("d2", 1, "limits.abandonment", "Nothing", 20, "Russia", "pronoun"),
    ])
    examples = framing.code_examples(codes, SENTENCES, DOCUMENTS).set_index("code")
    assert examples.loc["support.military", ["source", "agent", "agent_link", "cue"]].tolist() == [
        "Two 2020", "Russia", "subject", "words"]
    assert examples.loc["limits.abandonment", ["source", "agent_link"]].tolist() == ["Two 2020", "pronoun"]
    assert list(examples.columns) == ["source", "sent_id", "agent", "agent_link", "cue", "modifier", "sentence"]


def test_code_examples_among_equally_tied_hits_take_the_earliest_source():
    codes = pd.DataFrame([_hit("d2", 0, "support.military", "words", 4, "Russia", "possessor"),
                          _hit("d1", 0, "support.military", "troops", 12, "Russia", "subject")])
    assert framing.code_examples(codes, SENTENCES, DOCUMENTS).source.tolist() == ["One 2015"]


@pytest.mark.parametrize("link, tier", [("subject", 0), ("agent", 0), ("possessor", 0), ("modifier", 0),
                                        ("pronoun", 1), ("context", 2), ("sentence", 2), ("paragraph", 2),
                                        (pd.NA, 3), (None, 3)])
def test_link_tiers_put_parse_links_before_pronouns_before_the_sentence_or_paragraph(link, tier):
    assert framing.link_tier(link) == tier


def test_every_agent_link_the_coder_writes_has_a_tier():
    from analysis.extract.vocabulary import AGENT_LINKS

    assert sorted(link for links in framing.LINK_TIERS for link in links) == sorted(AGENT_LINKS)


def test_dimension_heading_counts_sentences_and_cues_of_its_dimension():
    codes = pd.DataFrame([_hit("d1", 0, "support.military", "troops", 12, "Russia", "subject"),
                          _hit("d1", 0, "support.backing", "sent", 7, "Russia", "subject"),
                          _hit("d1", 1, "support.military", "jets", 30, "Russia", "subject"),
                          _hit("d1", 1, "limits.abandonment", "abandoned", 47, "Moscow", "subject")])
    assert framing.dimension_heading(codes, "support") == "Support: 2 sentences, 3 coded cues"
    assert framing.dimension_heading(codes, "limits") == "Limits: 1 sentence, 1 coded cue"
