"""Words that turn or bound a support cue (`analysis.extract.frames.polarity`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, modifier", [
    # a negative coordinator opening the clause negates it
    (CONTEXT + "Nor is the Kremlin committed to Assad as a person.", "Nor"),
    # a focusing word on the quantifier of the means restricts them
    (CONTEXT + "Moscow sent only a few bombers.", "only"),
    (CONTEXT + "Russia kept only so many jets at the coast.", "only"),
])
def test_a_negative_coordinator_or_a_focused_quantifier_bears_on_the_cue(nlp, text, modifier):
    last = last_sentence_codes(nlp, text)
    assert modifier in set(last[last.dimension == "limits"].modifier.dropna())


@pytest.mark.parametrize("text", [
    CONTEXT + "Moscow sent a few bombers.",
    CONTEXT + "Moscow sent bombers, and Tehran sent militias.",
])
def test_an_unfocused_quantifier_or_a_plain_coordinator_is_no_modifier(nlp, text):
    assert "limits" not in set(last_sentence_codes(nlp, text).dimension)


@pytest.mark.parametrize("text, negated", [
    # a negation on the comparative does not reach the standard of the comparison
    (CONTEXT + "Its new promises were no better than Russia's old airstrikes.", False),
    (CONTEXT + "Russia's airstrikes were no longer daily.", True),
])
def test_a_negated_comparative_leaves_its_standard_alone(nlp, text, negated):
    last = last_sentence_codes(nlp, text)
    assert bool(set(last[last.dimension == "limits"].modifier.dropna()) & {"no", "no longer"}) is negated


@pytest.mark.parametrize("text, supported", [
    # a denied verb of ending or refusal spends the negation: the support goes on (a column, a wire story, a memoir)
    (CONTEXT + "Russia never stopped backing the Syrian president.", True),
    (CONTEXT + "The Kremlin has not ceased to arm the Syrian army.", True),
    (CONTEXT + "The sanctions have not ended Moscow's support for Damascus.", True),
    (CONTEXT + "Moscow did not refuse to protect the Syrian government.", True),
    # ... also in the negated 'be going to' future, whose negation hangs on 'going' (an interview, an editorial)
    (CONTEXT + "The Kremlin is not going to stop arming the Syrian army.", True),
    (CONTEXT + "Moscow was never going to stop backing the Syrian president.", True),
    # the ending itself, or a plain negation, still turns it
    (CONTEXT + "Russia stopped backing the Syrian president.", False),
    (CONTEXT + "Russia did not back the Syrian president.", False),
])
def test_a_negated_governor_of_ending_or_refusal_leaves_the_support_standing(nlp, text, supported):
    last = last_sentence_codes(nlp, text)
    assert (not last[last.dimension == "support"].empty) is supported
    assert (not last[last.dimension == "limits"].empty) is not supported


@pytest.mark.parametrize("text, supported", [
    # a negative pronoun as the subject of a verb of ending denies it as 'not' does (a column, an analysis, a blog post)
    (CONTEXT + "None of this ended Russia's partnership with Damascus.", True),
    (CONTEXT + "Nothing stopped Moscow's airlift to the Syrian army.", True),
    (CONTEXT + "No one halted the Russian strikes for the Syrian government.", True),
    (CONTEXT + "Nobody stopped the Kremlin's deliveries to the Syrian army.", True),
    # a subject of another kind leaves the ending standing
    (CONTEXT + "The sanctions ended Russia's partnership with Damascus.", False),
    (CONTEXT + "One winter stopped Moscow's airlift to the Syrian army.", False),
    # an exception names what did end it
    (CONTEXT + "Nothing but the sanctions stopped Moscow's airlift to the Syrian army.", False),
    (CONTEXT + "Nothing except the winter ended Russia's airstrikes for Assad.", False),
])
def test_a_negative_pronoun_subject_denies_the_ending(nlp, text, supported):
    last = last_sentence_codes(nlp, text)
    assert (not last[last.dimension == "support"].empty) is supported
    assert (not last[last.dimension == "limits"].empty) is not supported


def test_a_denied_stop_of_a_bare_object_is_no_support_of_its_own(nlp):
    # the object of a verb of ending whose owner is unnamed may be the thing hindered, not the subject's activity
    text = "American destroyers fired cruise missiles at the airbase. Why didn't Russia stop the missiles?"
    assert not last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # the negation of a verb of the shared list is spent on it: the support that verb governs stands
    CONTEXT + "Russia never wavered in its backing for Damascus.",
    CONTEXT + "The Kremlin did not admit that its bombers had struck the bakery.",
    CONTEXT + "Moscow would not back down in the Security Council.",
])
def test_a_negated_listed_verb_leaves_the_support_it_governs(nlp, text):
    assert "limits" not in set(last_sentence_codes(nlp, text).dimension)

