"""Assad's flight or asylum told only to date another event (`senses.dates_another_event`): a clause of time opened by
'after', 'before' or 'since', on invented sentences, and its effect on `support.refuge` and `limits.asylum`."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import Scene
from analysis.extract.frames.senses import dates_another_event
from analysis.nlp.arrays import ParseArrays
from analysis.tables.batches import units
from tests.extract.frames.conftest import last_sentence_codes


@pytest.mark.parametrize("text, noun, dating", [
    # the asylum in a clause of time that dates another event: 'after', 'before', 'since'
    ("The mural was painted a month after the deposed ruler was granted asylum in Russia.", "asylum", True),
    ("The essay appeared two weeks before the former president received asylum in Moscow.", "asylum", True),
    ("Three cafes on our street reopened in the weeks after the Russians offered the old ruler asylum.", "asylum",
     True),
    ("The square has been renamed twice since the old ruler found asylum in Russia.", "asylum", True),
    # near misses: the asylum in the main clause, in a clause of 'when', or dating a main clause that has the ruler
    # living on in Russia
    ("After the capital fell, Moscow gave the deposed ruler asylum.", "asylum", False),
    ("When the capital fell, the Kremlin granted him asylum within hours.", "asylum", False),
    ("Assad has resided in a guarded suburb ever since Russian officials arranged his asylum.", "asylum", False),
    ("Assad stayed in a Moscow hotel after the Kremlin agreed to his asylum.", "asylum", False),
])
def test_dates_another_event(nlp, text, noun, dating):
    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    scene = Scene(doc, sentences, entities)
    cue = next(doc[token.i:token.i + 1] for token in doc if token.text == noun)
    assert dates_another_event(cue, ParseArrays(doc), scene.side_of) is dating


CONTEXT = "Russian jets flew for Assad's army for nine years. "


@pytest.mark.parametrize("text, refuge, limited", [
    # the asylum or the flight as a date: neither the refuge nor the limit
    (CONTEXT + "The archive was sealed a fortnight after Moscow sheltered Assad.", False, False),
    (CONTEXT + "The mosaic was finished a month after Assad escaped to Russia.", False, False),
    # near misses: the asylum stated, alone or with the ruler living on in Russia
    (CONTEXT + "In the end Moscow granted Assad asylum in place of an army.", True, True),
    (CONTEXT + "Assad has lived quietly in a Moscow suburb after Russia granted him asylum.", True, True),
])
def test_an_asylum_that_dates_another_event_is_neither_refuge_nor_limit(nlp, text, refuge, limited):
    codes = set(last_sentence_codes(nlp, text).code)
    assert ("support.refuge" in codes, "limits.asylum" in codes) == (refuge, limited)
