"""Polarity words whose reading as a limit depends on the clause around them (`analysis.extract.frames.polarity`),
on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, limited", [
    # 'without' opening the condition of a hypothetical clause grants the support
    (CONTEXT + "Without Russian bombers over the hills, Damascus would have lost the province by the spring.", False),
    (CONTEXT + "\u201cWithout the Russian air cover, my company would have lost the airport road,\u201d a sergeant told the radio.", False),
    (CONTEXT + "Without Moscow's veto, the council would not have spared Damascus for so long.", False),
    # ... and denies it in a clause of fact
    (CONTEXT + "The Syrian army fought on without Russian air cover.", True),
    (CONTEXT + "Assad's troops now advance without Russian jets overhead.", True),
])
def test_without_in_a_hypothetical_condition_is_no_negation(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, limited", [
    # two negations on the cue cancel: litotes
    (CONTEXT + "Assad's generals never moved without Russian advisers at their side.", False),
    (CONTEXT + "The regime did not open an offensive without Russian jets overhead.", False),
    # one negation turns it
    (CONTEXT + "The regime opened the offensive without Russian jets overhead.", True),
    (CONTEXT + "Moscow did not send jets to Assad.", True),
])
def test_two_negations_on_a_support_cue_cancel(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited


def test_neither_nor_is_one_negation_not_two(nlp):
    text = CONTEXT + "Neither Russian jets nor Russian money reached Assad that winter."
    assert "limits.commitment" in last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="a 'without' phrase on the negated support verb itself ('never sent … without an "
                                       "escort') is an adjunct, not on the cue's chain, so the negation still turns the verb")
def test_a_negated_verb_with_a_without_adjunct_is_support(nlp):
    text = CONTEXT + "Moscow never sent a convoy to Assad without an armed escort."
    assert not last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, limited", [
    # an open condition naming a danger to the client, an attack by its enemies or a need: a guarantee
    (CONTEXT + "Moscow will send its bombers back to Assad if the regime is ever in danger again.", False),
    (CONTEXT + "The envoy said Russia would keep arming Damascus if the capital were attacked.", False),
    (CONTEXT + "Russian gunships would return to Assad's aid within a week if insurgents marched on the coast.", False),
    (CONTEXT + "Russia will fly more jets to Assad at short notice if they are needed.", False),
    # ... not a condition set on the client: a bound on the help
    (CONTEXT + "Moscow will send its bombers back to Assad if he opens talks with his rivals.", True),
    (CONTEXT + "Russia would keep arming Damascus if the Syrian treasury paid its debts.", True),
    # ... whatever the clause names below its predicate and subject: Assad's enemies as a party, a need of another
    (CONTEXT + "Moscow will go on flying sorties for Assad if he signs a truce with the insurgents.", True),
    (CONTEXT + "Russia will keep its jets in Syria for Assad if he adopts the changes the new charter requires.", True),
])
def test_a_condition_of_danger_or_need_is_a_guarantee_not_a_limit(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, failed", [
    # means that did not hinder what they were used against: the support stands, and is bounded
    (CONTEXT + "The Russian airstrikes did not stop the rebel columns reaching the ring road.", True),
    (CONTEXT + "\u201cRussian bombing slowed nothing,\u201d a field commander told the radio.", True),
    (CONTEXT + "Russian air power has had little effect on the opposition's advance, the monitor said.", True),
    (CONTEXT + "Moscow's jets made no difference to the siege.", True),
    # means that hindered, means that simply went on, or another backer's failure
    (CONTEXT + "Russian airstrikes stopped the rebel columns at the ring road.", False),
    (CONTEXT + "The Russian airstrikes did not stop for a week.", False),
    (CONTEXT + "Russian air power had a decisive effect on the siege.", False),
    (CONTEXT + "Iranian militias did not stop the rebel columns either.", False),
    # the war's toll or the war itself, which the means never meant to hinder
    (CONTEXT + "Russian strikes did not stop the killing of civilians, rights groups said.", False),
    (CONTEXT + "Russian bombing did not halt the flow of refugees towards the border.", False),
    (CONTEXT + "Russia's intervention did not stop the war, the envoy conceded.", False),
    (CONTEXT + "Russian air defences did not stop the Israeli strikes on Masyaf.", True),
])
def test_means_that_did_not_hinder_stand_and_are_bounded(nlp, text, failed):
    codes = last_sentence_codes(nlp, text)
    assert ("limits.capacity" in set(codes.code)) is failed
    if failed:
        assert "support" in set(codes.dimension)


@pytest.mark.parametrize("text, bounded", [
    # a duration adverbial with a quantifier of a small number bounds the help in time
    (CONTEXT + "When the rebels crossed the river, Russian bombers hit their columns for a few days.", True),
    (CONTEXT + "Russian helicopters flew sorties over the valley for some weeks and were then recalled.", True),
    ("ANCHOR: What did Moscow do? GUEST: Its jets bombed the rebel convoys for a day or two, that was all.", True),
    # a duration of no small number, a point in time, or a duration said of another party is no bound of the help
    (CONTEXT + "Russian bombers hit the rebel columns for three years.", False),
    (CONTEXT + "Russian bombers hit the rebel columns a few days later.", False),
    (CONTEXT + "The rebels held the bridge for a few days before Russian jets struck it.", False),
    # a duration running up to now (the perfect, or 'now' / 'so far' after it) is no bound (Quirk et al. 1985 §8.57)
    (CONTEXT + "Russian gunships have been pounding the rebel trenches for some weeks now, and the raids continue.",
     False),
    (CONTEXT + "Russian gunships have shelled the rebel trenches for a few days, and the raids continue.", False),
    (CONTEXT + "Russian gunships are shelling the rebel trenches for a few days now.", False),
])
def test_help_for_a_few_days_is_bounded_in_time(nlp, text, bounded):
    codes = last_sentence_codes(nlp, text)
    assert set(codes[codes.dimension == "support"].code), "the help itself stays support"
    assert ("limits.commitment" in set(codes[codes.dimension == "limits"].code)) is bounded


@pytest.mark.parametrize("text, bounded", [
    # 'for' + a small indefinite quantifier + any short unit of time, in any number, an adjective allowed before it
    (CONTEXT + "Russian bombers covered the retreating brigades for a couple of nights.", True),
    (CONTEXT + "Russian bombers covered the retreating brigades for several weeks.", True),
    (CONTEXT + "Russian bombers covered the retreating brigades for a few more hours.", True),
    (CONTEXT + "Russian bombers covered the retreating brigades for a month or two.", True),
    (CONTEXT + "Russian bombers covered the retreating brigades for some short weeks.", True),
    # near-misses: a noun of no time ('reasons'), a long unit ('years', 'decades': no short help), a definite or
    # stated number, or a unit with no small quantifier
    (CONTEXT + "Russian bombers covered the retreating brigades for a few reasons.", False),
    (CONTEXT + "Russian bombers covered the retreating brigades for several years of war.", False),
    (CONTEXT + "Russian bombers covered the retreating brigades for a few decades.", False),
    (CONTEXT + "Russian bombers covered the retreating brigades for the first weeks.", False),
    (CONTEXT + "Russian bombers covered the retreating brigades for two weeks.", False),
    (CONTEXT + "Russian bombers covered the retreating brigades for weeks on end.", False),
])
def test_a_short_duration_is_read_on_any_unit_of_time(nlp, text, bounded):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is bounded


@pytest.mark.parametrize("text, bounded", [
    # one unit or two, with the article 'a' or 'an' before the unit (Quirk et al. 1985 §5.25)
    (CONTEXT + "Russian bombers covered the retreating brigades for an hour or two.", True),
    (CONTEXT + "Russian bombers covered the retreating brigades for a night or two.", True),
    # near-misses: 'an' before a noun of no time, or a single unit with no 'or two'
    (CONTEXT + "Russian bombers covered the retreating brigades for an age or two.", False),
    (CONTEXT + "Russian bombers covered the retreating brigades for an hour.", False),
])
def test_a_unit_or_two_takes_either_article(nlp, text, bounded):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is bounded


@pytest.mark.parametrize("text, bounded", [
    # one adverb may stand between 'for' and the small quantifier ('just', 'only', 'barely')
    (CONTEXT + "Russian bombers covered the retreating brigades for just a few days.", True),
    (CONTEXT + "Russian bombers covered the retreating brigades for only a few days.", True),
    (CONTEXT + "Russian bombers covered the retreating brigades for barely a couple of weeks.", True),
    # near-misses: the adverb before a long unit, a stated number or a large quantifier is still no short duration
    (CONTEXT + "Russian bombers covered the retreating brigades for just a few years.", False),
    (CONTEXT + "Russian bombers covered the retreating brigades for just two weeks.", False),
    (CONTEXT + "Russian bombers covered the retreating brigades for very many weeks.", False),
])
def test_an_adverb_after_for_keeps_the_short_duration(nlp, text, bounded):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is bounded


HELPED = "Russian jets struck rebel positions near Hama. The Syrian army held the city. "


@pytest.mark.parametrize("text, code", [
    # a modifier of several words on the verb as a 'prep' phrase is read for every class, not only durations
    (HELPED + "Moscow funded the Syrian militias until recently.", "limits.abandonment"),
    (HELPED + "Russian gunships escorted the Syrian convoys until recently.", "limits.abandonment"),
    (HELPED + "The Russian air force will shield the Syrian garrison up to a point.", "limits.commitment"),
])
def test_a_prep_phrase_modifier_of_several_words_bears_on_the_verb(nlp, text, code):
    assert code in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # a 'prep' phrase that only begins with the words ('up to a point ten miles ...': a place, not a degree) is no
    # modifier of several words
    HELPED + "Russian gunships escorted the Syrian convoys up to a point ten miles from the border.",
    HELPED + "Russian gunships escorted the Syrian convoys up to a point where the road forks.",
])
def test_a_prep_phrase_longer_than_the_modifier_is_no_bound(nlp, text):
    assert "limits.commitment" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # only the present perfect runs up to now; the past and future perfect bound the span
    HELPED + "Russian gunships had pounded the rebel convoys for a few days before they withdrew.",
    HELPED + "Russian gunships will have pounded the rebel convoys for a few days by the spring.",
])
def test_a_past_or_future_perfect_duration_is_a_bound(nlp, text):
    assert "limits.commitment" in last_sentence_codes(nlp, text, "limits")
