"""A relative pronoun ('who', 'which') is no referent of its own for a later pronoun: it stands for the noun its clause
modifies (`Scene._referent_at`). A speaker described by a relative clause after a quoted Russian subject ('..., said X,
an analyst who works in Oslo. "It ...') leaves 'it' to the Russian, not to 'who' read as a thing. Invented texts."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import Scene
from analysis.tables.batches import units
from tests.extract.frames.conftest import last_sentence_codes


def _scene(nlp, text):
    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return Scene(doc, sentences, entities), doc


@pytest.mark.parametrize("text, pronoun, russian", [
    # a person described by a relative clause after the quotation: 'it' is the Russian the quotation named
    ('"Moscow never walked away from the Syrian president," said Hana Birkett, an analyst who works for a research '
     'group in Oslo. "It backed him with fewer jets."', "It", True),
    ('"The Kremlin will stand by the Syrian leader," said Tomas Verlaine, a retired diplomat who served in Beirut. '
     '"It has kept its word so far."', "It", True),
    # the relative stands for a person of no known side: 'he' takes that person up, not a Russian
    ('"Moscow will keep the base," said Ivo Brandt, a sailor who lived in Tartus. "He left in the spring."', "He",
     False),
])
def test_a_relative_pronoun_stands_for_the_noun_it_modifies(nlp, text, pronoun, russian):
    scene, doc = _scene(nlp, text)
    token = [token for token in doc if token.text == pronoun][-1]
    assert (token.i in scene.russian) is russian


def test_a_pronoun_after_a_described_speaker_carries_the_support(nlp):
    text = ('"Moscow never walked away from the Syrian president," said Hana Birkett, an analyst who works for a '
            'research group in Oslo. "It backed him with fewer jets."')
    codes = last_sentence_codes(nlp, text)
    backing = codes[codes.code == "support.backing"]
    assert backing.agent.tolist() == ["Moscow"]
    assert backing.agent_link.tolist() == ["pronoun"]


def test_a_relative_pronoun_referent_has_its_nouns_kind(nlp):
    scene, doc = _scene(nlp, "Lena Marsh, who writes on the Gulf, met the Russian envoy.")
    who = next(token for token in doc if token.lower_ == "who")
    referent = scene._referent_at(who.i)
    assert doc[referent.head].text == "Marsh"
    assert referent.kind == "person"
