"""Assad's flight or asylum told only to date another event (`senses.dates_another_event`): a clause of time opened by
'after' or 'before', on invented sentences, and its effect on `limits.asylum`."""

from __future__ import annotations

import pytest

from analysis.extract.frames.senses import dates_another_event
from analysis.nlp.arrays import ParseArrays
from tests.extract.frames.conftest import last_sentence_codes


@pytest.mark.parametrize("text, noun, dating", [
    # the asylum in a clause of time that dates another event
    ("The mural was painted a month after the deposed ruler was granted asylum in Russia.", "asylum", True),
    ("The essay appeared two weeks before the former president received asylum in Moscow.", "asylum", True),
    ("The diary was donated in the weeks after he fled to Moscow, where he was given asylum.", "asylum", True),
    # near misses: the asylum in the main clause, or in a clause of 'since' or 'when'
    ("After the capital fell, Moscow gave the deposed ruler asylum.", "asylum", False),
    ("He has lived in Moscow since the Kremlin granted him asylum.", "asylum", False),
    ("When the capital fell, the Kremlin granted him asylum within hours.", "asylum", False),
])
def test_dates_another_event(nlp, text, noun, dating):
    doc = nlp(text)
    cue = next(doc[token.i:token.i + 1] for token in doc if token.text == noun)
    assert dates_another_event(cue, ParseArrays(doc)) is dating


CONTEXT = "Russian jets flew for Assad's army for nine years. "


@pytest.mark.parametrize("text, limited", [
    # the asylum as a date: no limit
    (CONTEXT + "The letter was catalogued a month after Assad was granted asylum in Moscow.", False),
    # near miss: the asylum stated
    (CONTEXT + "In the end Moscow granted Assad asylum in place of an army.", True),
])
def test_an_asylum_that_dates_another_event_is_no_limit(nlp, text, limited):
    assert ("limits.asylum" in last_sentence_codes(nlp, text, "limits")) is limited
