"""Ground won back (retake, recapture, regain, reclaim) is a win like any other (`frames.outcome`): only talked of,
aimed at or intended, it is no effect of Russia's support; stated as done, it is. Invented sentences."""

from __future__ import annotations

import pytest

from analysis.extract.frames.outcome import OUTCOME, unrealised_win
from tests.extract.frames.conftest import last_sentence_codes, word_cue

CONTEXT = "Russian bombers arrived in 2015 to back Bashar al-Assad. "


@pytest.mark.parametrize("sentence, word, unrealised", [
    # the topic of a word of speaking, or the goal of a word of aiming: talked of, not done
    ("The ministers kept speaking of retaking the northern hills.", "retaking", True),
    ("Officials in the capital talk about recapturing the delta.", "recapturing", True),
    ("The cabinet never dropped its goal of reclaiming the valley.", "reclaiming", True),
    # the infinitive of a verb of intending, or of a word of wanting, as 'win' already is
    ("The general meant to regain the border crossing.", "regain", True),
    ("The colonels want to retake the river towns.", "retake", True),
    # near misses: stated as done, or a preposition of time rather than of topic
    ("The army retook the hill towns in March.", "retook", False),
    ("The brigade recaptured the ridge after a week of fighting.", "recaptured", False),
    ("The officers spoke to the press after regaining the ridge.", "regaining", False),
    # boasting of a retaking says that it happened
    ("The colonel boasted of recapturing the old fortress.", "recapturing", False),
    # 'mean' with a finite clause signifies, it does not intend
    ("The rout means the army can retake the plain.", "retake", False),
])
def test_ground_won_back_only_talked_of_or_intended_is_unrealised(nlp, sentence, word, unrealised):
    assert unrealised_win(OUTCOME, word_cue(nlp(sentence), word)) is unrealised


@pytest.mark.parametrize("word", ["retaking", "recapturing"])
def test_another_code_is_never_unrealised(nlp, word):
    doc = nlp(f"The ministers kept speaking of {word} the northern hills.")
    assert unrealised_win("support.military", word_cue(doc, word)) is False


@pytest.mark.parametrize("text, coded", [
    (CONTEXT + "Syrian officials kept talking about recapturing every village in the north.", False),
    (CONTEXT + "The president spoke of reclaiming the whole country.", False),
    (CONTEXT + "Under Russian air cover, the army recaptured the old city.", True),
])
def test_retaking_is_an_effect_only_when_stated(nlp, text, coded):
    assert (OUTCOME in last_sentence_codes(nlp, text, "support")) is coded
