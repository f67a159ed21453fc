"""A means noun classified as a weapon of mass destruction ('chemical weapons') names a class of arms under a treaty
regime, not Russia's means on Assad's side (`frames.senses.names_a_class_of_mass_destruction`). Invented sentences."""

from __future__ import annotations

import pytest

from analysis.extract.frames.senses import mass_destruction_classes, names_a_class_of_mass_destruction
from tests.extract.frames.conftest import last_sentence_codes, word_cue

CONTEXT = "Russian bombers arrived in 2015 to back Bashar al-Assad. "
MILITARY = "support.military"


@pytest.mark.parametrize("sentence, word, named", [
    ("The inspectors counted the chemical weapons at the depot.", "weapons", True),
    ("They found biological and chemical weapons in the tunnels.", "weapons", True),
    ("The treaty covers all nuclear warheads in Europe.", "warheads", True),
    # near misses: arms of no such class, or a class adjective on a vessel or a plant
    ("The brigade received modern weapons from abroad.", "weapons", False),
    ("The depot held heavy weapons and shells.", "weapons", False),
    ("A nuclear submarine sailed past the harbour.", "submarine", False),
    ("The chemical plant closed in spring.", "plant", False),
])
def test_names_a_class_of_mass_destruction(nlp, sentence, word, named):
    assert names_a_class_of_mass_destruction(word_cue(nlp(sentence), word)) is named


@pytest.mark.parametrize("word, listed", [("chemical", True), ("nuclear", True), ("heavy", False), ("modern", False)])
def test_the_classes_come_from_the_codebook_list(word, listed):
    assert (word in mass_destruction_classes()) is listed


@pytest.mark.parametrize("text, coded", [
    (CONTEXT + "Moscow pressed Damascus to hand over its chemical weapons.", False),
    (CONTEXT + "Inspectors reported that chemical weapons had been used near the border.", False),
    (CONTEXT + "Moscow shipped modern weapons to the Syrian army.", True),
])
def test_chemical_weapons_are_no_russian_means(nlp, text, coded):
    assert (MILITARY in last_sentence_codes(nlp, text, "support")) is coded
