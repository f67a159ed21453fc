"""Refuge said by a verb of motion, location or lodging (`analysis.extract.frames.refuge`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Assad lost the war in a week. "


@pytest.mark.parametrize("sentence", [
    # caused escape: the mover is the object
    "That night Russian crews spirited Assad to Moscow.",
    # escape and residence: the mover is the subject
    "By Tuesday the fallen leader Bashar al-Assad had fled to Moscow.",
    "Mr Assad and his family now live in Russia.",
    # lodging given to him
    "The Kremlin quietly took him in.",
    "Putin handed Assad and his wife an apartment near the river.",
    # a place with a clause of living or staying is a dwelling
    "Moscow had kept him in office for years; now it offered him a place to stay.",
    "In the end the Kremlin gave Assad a place to live on the edge of the city.",
])
def test_assad_taken_or_lodged_in_russia_is_refuge_and_asylum(nlp, sentence):
    codes = last_sentence_codes(nlp, CONTEXT + sentence)
    assert {"support.refuge", "limits.asylum"} <= set(codes.code)


@pytest.mark.parametrize("sentence", [
    # an official's visit: the mover is not Assad's side
    "The Syrian foreign minister flew to Moscow for talks.",
    "Assad's envoy flew to Moscow for talks.",
    # a negated motion
    "Assad did not flee to Moscow.",
    # a goal that is not Russia
    "Assad flew to Latakia on Friday.",
])
def test_other_movers_goals_or_a_negation_state_no_refuge(nlp, sentence):
    assert "support.refuge" not in last_sentence_codes(nlp, CONTEXT + sentence, "support")


@pytest.mark.parametrize("sentence", [
    "In spring Assad travelled to Moscow to meet the Russian president.",
    "Assad flew to Moscow for a summit with Putin.",
])
def test_a_motion_with_a_purpose_is_a_visit_not_a_refuge(nlp, sentence):
    assert "limits.asylum" not in last_sentence_codes(nlp, CONTEXT + sentence, "limits")


@pytest.mark.parametrize("sentence", [
    "Assad landed in Moscow on Wednesday on an unannounced visit.",
    "Assad was in Moscow last week, meeting Putin at the Kremlin.",
    "A Russian jet carried Assad to Moscow in the autumn of 2015.",
])
def test_travel_or_being_in_moscow_is_no_refuge(nlp, sentence):
    assert "support.refuge" not in last_sentence_codes(nlp, CONTEXT + sentence, "support")


@pytest.mark.parametrize("sentence", [
    # a place with no clause of living, or one given to another party
    "In the end the Kremlin gave Assad a place in the talks on the constitution.",
    "Moscow gave Turkey a place to stay at the table of the Astana talks.",
])
def test_a_place_that_is_no_lodging_for_assad_is_no_refuge(nlp, sentence):
    assert "limits.asylum" not in last_sentence_codes(nlp, CONTEXT + sentence, "limits")


@pytest.mark.parametrize("sentence", [
    # a dwelling placed in Russia, said by the noun phrase with no verb of giving
    "All that is left for him now is an apartment in Moscow.",
    "His villa in Russia has a guard at the gate.",
    # a negated copula does not deny its subject
    "A dacha in Moscow is not a small thing for a man in his position.",
    # a noun of another sense too, owned by Assad's side
    "Assad's address in Moscow is kept secret.",
    "Assad's new home in Moscow is a long way from the palace.",
    "In the end, a dacha in Russia, not an army division.",
])
def test_a_dwelling_placed_in_russia_is_refuge_and_asylum(nlp, sentence):
    codes = last_sentence_codes(nlp, CONTEXT + sentence)
    assert {"support.refuge", "limits.asylum"} <= set(codes.code)


@pytest.mark.parametrize("text", [
    # a dwelling owned by someone who is not Assad's side
    CONTEXT + "The ambassador's residence in Moscow stayed dark all week.",
    # a dwelling in a Russian town that is not the capital
    CONTEXT + "She keeps his letters in a flat in Kazan.",
    # a noun of dwelling in its other sense, a chamber or a speech
    CONTEXT + "The upper house in Moscow approved the deployment within an hour.",
    CONTEXT + "An address in Moscow by the foreign minister followed.",
    # a dwelling placed elsewhere
    CONTEXT + "The family kept an apartment in Dubai.",
    # a negated verb over the dwelling
    CONTEXT + "He never wanted an apartment in Moscow.",
    # Assad's side named nowhere in the article so far
    "Rents rose again this year. A flat in Moscow now costs twice as much as in 2015.",
])
def test_other_owners_places_a_negation_or_no_assad_state_no_dwelling_refuge(nlp, text):
    assert "support.refuge" not in last_sentence_codes(nlp, text, "support")


EARLIER = ("Assad escaped to Russia late on Sunday.\n\nThe rebels entered the capital at dawn. Crowds filled the "
           "squares.\n\n")


@pytest.mark.parametrize("text, refuge", [
    # a definite noun of refuge takes up the refuge the article has told of, and the Russian it named
    (EARLIER + "In hindsight, the asylum was a modest gift.", True),
    (EARLIER + "Critics in Damascus still call his exile a betrayal.", True),
    # an indefinite noun, another actor in the sentence, or no Russian named before
    (EARLIER + "In hindsight, an asylum was a modest gift.", False),
    (EARLIER + "For Germany, the asylum is a test of its courts.", False),
    ("Assad lost the war in a week.\n\nThe rebels entered the capital at dawn.\n\nIn hindsight, the asylum was a "
     "modest gift.", False),
    # a Russian named before but no refuge told, or an exile whose 'of' phrase names others
    ("Russian bombers flew sorties for Assad's troops for years.\n\nThousands of Syrians sought protection in "
     "Sweden.\n\nFor many of them the exile lasted twelve years.", False),
    (EARLIER + "The exile of a million Syrian farmers began long before.", False),
])
def test_a_definite_refuge_takes_up_the_articles_russian(nlp, text, refuge):
    assert ("support.refuge" in last_sentence_codes(nlp, text, "support")) is refuge


@pytest.mark.parametrize("sentence, refuge", [
    # a dwelling in Moscow held by someone who is not Assad's side, or owned by a pronoun that is not his
    ("The cellist owns a flat in Moscow.", False),
    ("The exiled poet rents a flat in Moscow.", False),
    ("Their apartment in Moscow faces a park.", False),
    # near misses: held or owned by Assad's side, or by a pronoun resolved to him
    ("Assad was given a flat in Moscow.", True),
    ("His apartment in Moscow faces a park.", True),
    ("The cellist says Assad owns a flat in Moscow.", True),
])
def test_a_dwelling_in_russia_is_refuge_only_for_assads_side(nlp, sentence, refuge):
    assert ("support.refuge" in last_sentence_codes(nlp, CONTEXT + sentence, "support")) is refuge
