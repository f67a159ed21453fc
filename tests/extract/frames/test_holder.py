"""Forces whose own possessor or modifier names a holder other than Russia are that holder's, no Russian military
means (`frames.holder`). Invented paragraphs."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has bombed rebel towns for the Assad government since 2015. "
MILITARY = "support.military"


@pytest.mark.parametrize("text", [
    # Assad's opponents' forces, another state's soldiers, a possessive relative of another actor
    CONTEXT + "By the spring, rebel forces had taken the road south of the town.",
    CONTEXT + "Insurgent troops then took the hill above the town.",
    CONTEXT + "The Kremlin welcomed the envoy, whose soldiers had crossed the border in May.",
])
def test_forces_of_another_holder_are_no_russian_means(nlp, text):
    assert MILITARY not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # near misses: Russia on the noun's own phrase, a joint phrase with Russia in it, Moscow's 'whose', no holder
    CONTEXT + "Russian troops were seen near the airfield on Tuesday.",
    CONTEXT + "Russian and Syrian troops set up a joint checkpoint on the road.",
    CONTEXT + "The talks were led by Moscow, whose troops guard the airfield for the government.",
    CONTEXT + "Moscow sent more troops to guard the airfield for the government.",
])
def test_russian_or_unheld_forces_stay_support(nlp, text):
    assert MILITARY in last_sentence_codes(nlp, text, "support")


ALLY = "support.motive_ally"


@pytest.mark.parametrize("text", [
    # 'other' or 'another' sets the relation apart from Assad's; a modifier names another party as the partner
    CONTEXT + "Moscow also sells spare parts to its other clients in Africa.",
    CONTEXT + "Russia also has another ally in the region.",
    CONTEXT + "Moscow also courts its Turkish partners.",
])
def test_a_relation_with_another_party_is_no_russian_alliance(nlp, text):
    assert ALLY not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # near misses: Assad's side as the modifier or in the noun's own phrase, 'no other' after the noun
    CONTEXT + "Moscow will stand by its Syrian partners.",
    CONTEXT + "Moscow will stand by its partners in Damascus.",
    CONTEXT + "Moscow treats Damascus as an ally like no other.",
    # 'other' on Assad's side of the relation, or in apposition with or predicated of a Russian
    "Tehran has stood by Assad since 2011. Assad's other ally, Russia, flew in bombers in 2015.",
    "Tehran has stood by Assad since 2011. Russia, his other ally, flew in bombers in 2015.",
])
def test_russias_relation_with_assads_side_stays_support(nlp, text):
    assert ALLY in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # 'other' with no Russian possessor, the noun predicated of Russia
    CONTEXT + "Russia turned into the other chief backer of the regime.",
])
def test_other_predicated_of_russia_stays_backing(nlp, text):
    assert "support.backing" in last_sentence_codes(nlp, text, "support")
