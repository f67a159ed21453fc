"""Support words in the sense that names Russia's help (`codebook.toml`, `gazetteer.csv`), on invented sentences in
several registers: a trade-press report, an exile site's quotation, a defence weekly, a wire report."""

from __future__ import annotations

import pytest

from analysis.tables.build import analyse_text
from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, diplomatic", [
    # the noun names a trader as often as a mediator; the verb is the diplomatic act
    (CONTEXT + "Two tanker brokers said Russian sanctions had pushed freight rates to Latakia higher.", False),
    (CONTEXT + "One charter broker in Dubai said the Russian flights had not touched his market.", False),
    (CONTEXT + "Moscow brokered an accord under which government troops went back into the frontier villages.", True),
    (CONTEXT + "The Russian-brokered surrender handed the town back to the government.", True),
])
def test_only_the_verb_broker_is_diplomatic_support(nlp, text, diplomatic):
    assert ("support.diplomatic" in last_sentence_codes(nlp, text, "support")) is diplomatic


@pytest.mark.parametrize("text, supported", [
    # Assad named by his first name alone, as Syrians and the opposition press often name him
    (CONTEXT + "\u201cThe Russians will fight for Bashar at the United Nations,\u201d the lawyer said.", True),
    (CONTEXT + "Moscow has kept sending Bashar wheat and fuel.", True),
    # another patron's help is no Russian support
    (CONTEXT + "Iran and Hezbollah kept Bashar in power.", False),
])
def test_the_first_name_alone_names_assad(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # protection as an umbrella held over Assad's side; not a group that gathers others under one name
    (CONTEXT + "Damascus now lives under a Russian air-defence umbrella.", True),
    (CONTEXT + "Moscow held its umbrella over the coast, and the government's lines held.", True),
    (CONTEXT + "The rebels formed an umbrella group in Idlib with Turkish money.", False),
    (CONTEXT + "Hezbollah fighters advanced under an Iranian umbrella.", False),
])
def test_an_umbrella_held_by_russia_is_backing(nlp, text, supported):
    assert ("support.backing" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, assad", [
    # the first name begins another man's full name: Syria's envoy, a rebel commander
    ("At the council, Bashar al-Jaafari, Damascus\u2019s ambassador, thanked Moscow for standing with his government.", False),
    ("The rebel commander Bashar al-Zoubi met Russian officers in Amman.", False),
    ("Bashar Jaafari, the ambassador, thanked the Russians.", False),
    # Assad's own names, however spelled, and the first name alone
    ("President Bashar Al Assad thanked the Russians.", True),
    ("Bashar Hafez al-Assad thanked the Russians.", True),
    ("The Russians will not abandon Bashar, the lawyer said.", True),
    ("Moscow kept Bashar\u2019s army in the field.", True),
])
def test_another_mans_first_name_is_not_assad(nlp, text, assad):
    entities = analyse_text(text, nlp=nlp)["entities"]
    assert ("Bashar al-Assad" in set(entities.actor.dropna())) is assad


def test_another_bashar_does_not_name_assads_side(nlp):
    text = "Opposition figure Bashar al-Zoubi said the rebels were tired. Moscow sent more jets."
    assert not last_sentence_codes(nlp, text, "support")
