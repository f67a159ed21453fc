"""Means named as what a limit's predicate acts on are limited, not given (`coder._without_governed_means`), on
invented sentences in several registers: commentary, a memo reported on the wire, quoted speech, testimony."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text", [
    # commentary: the means as the objects of a verb of draining
    CONTEXT + "A grinding war with Kyiv drains Russia's warplanes and its cash, the columnist argues.",
    # a memo on the wire: the means as the subject of a passive of need elsewhere
    CONTEXT + "Two squadrons of Russian attack helicopters were wanted back home by the spring, according to a "
              "defence ministry memo.",
    # quoted speech: the means inside the words of the departure
    CONTEXT + "\u201cMoscow shipped its last two helicopter squadrons home,\u201d a retired colonel said.",
    # testimony: means kept out of use (a predicative adjective of idleness)
    CONTEXT + "Russian helicopters sat idle at the base for weeks, the diplomat told the committee.",
])
def test_means_governed_by_a_limit_predicate_are_no_support(nlp, text):
    assert set(last_sentence_codes(nlp, text).dimension) == {"limits"}


@pytest.mark.parametrize("text, supported", [
    # a noun of withdrawal with the means as its complement, near and several phrases away
    (CONTEXT + "Satellite images showed the withdrawal of Russian helicopters from the coast.", False),
    (CONTEXT + "The minister announced the withdrawal of most of Russia's bomber squadrons.", False),
    # near miss: the means are the subject of another clause, the withdrawal only its time
    (CONTEXT + "Russian helicopters struck rebel depots before the withdrawal.", True),
])
def test_means_named_as_the_complement_of_a_withdrawal_are_no_support(nlp, text, supported):
    assert ("support" in set(last_sentence_codes(nlp, text).dimension)) is supported


@pytest.mark.parametrize("text", [
    # the limit sits in another clause than the means, and does not govern them
    CONTEXT + "Russian jets kept bombing rebel positions, though the campaign was costly for Moscow.",
    CONTEXT + "Moscow refused to negotiate, and its warplanes kept pounding the rebels near Aleppo.",
    # a noun of cost is no predicate over the means in its phrase
    CONTEXT + "The cost of Russia's air campaign for Assad has been modest.",
    # a denied departure is support
    CONTEXT + "Moscow will not pull its jets out of Syria, the minister told reporters.",
    # a predicate aimed at Assad (pressure) leaves the means it names standing
    CONTEXT + "Moscow pressed Damascus to accept more Russian military advisers.",
])
def test_means_outside_a_limit_predicate_stay_support(nlp, text):
    assert "support" in set(last_sentence_codes(nlp, text).dimension)


@pytest.mark.parametrize("text, code", [
    # caused motion with the other war as its goal, or with 'away from' as its source (a blog, an analyst quoted)
    (CONTEXT + "By spring the Kremlin had shifted two artillery battalions to the Ukrainian front, a Russian blogger "
               "wrote.", "limits.priority"),
    ("Moscow has been Assad's main backer since 2015. But the war at home drew Russian bombers and their crews away "
     "from the Syrian coast, the analyst said.", "limits.departure"),
])
def test_means_moved_to_another_war_or_away_are_a_limit_only(nlp, text, code):
    codes = last_sentence_codes(nlp, text)
    assert code in set(codes.code) and "support" not in set(codes.dimension)


@pytest.mark.parametrize("text, prior", [
    # means committed, rotated or deployed to the other war (a wire report, a think-tank note)
    (CONTEXT + "Several Russian air-defence crews have been rotated out of Latakia towards Ukraine, officials said.", True),
    (CONTEXT + "Extra jets would have to come from squadrons the Kremlin is committing to Ukraine.", True),
    (CONTEXT + "In 2022 Moscow deployed its most experienced pilots to Ukraine instead.", True),
    # the same verbs with Syria or Assad as the goal are support, not another priority
    (CONTEXT + "Moscow deployed two more squadrons to Syria that autumn.", False),
    (CONTEXT + "Russia is committed to the Syrian government, the envoy insisted.", False),
    # a pledge to something of Ukraine's is no means sent there
    (CONTEXT + "In 1994 Russia committed to Ukraine's territorial integrity, the historian recalls.", False),
    (CONTEXT + "Putin is committed to Ukraine's defeat above all else.", False),
    (CONTEXT + "By then Russia had committed thousands of troops to Ukraine.", True),
    (CONTEXT + "Moscow committed its best airborne units to the Ukrainian front instead.", True),
])
def test_means_committed_or_rotated_to_the_other_war_are_another_priority(nlp, text, prior):
    assert ("limits.priority" in last_sentence_codes(nlp, text, "limits")) is prior


def test_means_moved_to_the_syrian_front_stay_support(nlp):
    text = CONTEXT + "Moscow sent two more artillery battalions to the Syrian front near Hama."
    assert "support" in set(last_sentence_codes(nlp, text).dimension)
