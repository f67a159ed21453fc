"""A pledge for as long as the client needs the help, or as long as it takes (`senses.duration_of_need`), on invented
sentences: no condition of Russia's, on the cue 'as long as' and on the modifier that bounds a support cue."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import Scene
from analysis.extract.frames.senses import duration_of_need
from analysis.nlp.arrays import ParseArrays
from analysis.tables.batches import units
from tests.extract.frames.conftest import last_sentence_codes


@pytest.mark.parametrize("text, of_need", [
    # the client's need or request, a first-person 'us' needed, a subjectless need, the idiom of the task's end
    ("The garrison will stay as long as the Syrian government needs it.", True),
    ("Our advisers will remain for as long as the Syrian authorities request them.", True),
    ("Our engineers are staying for as long as Damascus needs us there.", True),
    ("The crews will stay as long as needed.", True),
    ("The diplomats will keep at it as long as it takes.", True),
    # near misses: Russia's own want or interest, another verb, a 'take' with an object
    ("The garrison will stay as long as Moscow wants.", False),
    ("The jets will fly as long as the arrangement pays Moscow well.", False),
    ("Supplies will flow as long as the port remains open.", False),
    ("The crews will stay as long as it takes no casualties.", False),
    # near misses: a need negated or asking for nothing
    ("Our base keeps running for as long as Damascus requests nothing further.", False),
    ("Our base keeps running as long as Damascus does not ask for extra troops.", False),
])
def test_duration_of_need(nlp, text, of_need):
    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    scene = Scene(doc, sentences, entities)
    first = next(token.i for token in doc if token.lower_ == "as" and doc[token.i + 1].lower_ == "long")
    assert duration_of_need(doc[first:first + 3], ParseArrays(doc), scene.side_of) is of_need


CONTEXT = "Russian jets have flown for Assad's army since the autumn. "


@pytest.mark.parametrize("text, conditioned", [
    # a pledge for the whole of the client's need: no condition
    (CONTEXT + "Moscow said its pilots would stay as long as the Syrian government needed them.", False),
    (CONTEXT + "The Kremlin will back Damascus at the Council as long as it takes.", False),
    # near miss: the help bounded by Russia's own interest
    (CONTEXT + "The Kremlin will back Damascus at the Council as long as it suits Moscow.", True),
    (CONTEXT + "Russian aircrews are to remain for as long as Damascus requests nothing else from them.", True),
])
def test_a_pledge_for_the_clients_need_sets_no_condition(nlp, text, conditioned):
    assert ("limits.conditions" in last_sentence_codes(nlp, text, "limits")) is conditioned
