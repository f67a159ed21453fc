"""A relative 'whose' stands for the noun its clause modifies (`Scene.tie` through `Scene._relative_antecedent`), on
invented sentences: another actor's means are not Russia's, a Russian's are."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

OPENING = "Assad's army held the coast road. "


@pytest.mark.parametrize("text", [
    # the means of another actor, named before 'whose', in a sentence that names Russia elsewhere
    OPENING + "Moscow met the Turkish president, whose troops still guard the border posts.",
    OPENING + "The Kremlin hosted the Israeli premier, whose warplanes patrol the Golan.",
    OPENING + "Putin called the Iranian leader, whose drones circled over the valley.",
])
def test_another_actors_means_by_whose_are_not_russian_support(nlp, text):
    assert "support.military" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # near misses: 'whose' standing for Russia ties the means to it; no 'whose' leaves the sentence's Russian agent
    OPENING + "Russia, whose jets struck the rebel towns near Hama, kept Assad in power.",
    OPENING + "Moscow, whose bombers pounded the rebel positions, backed the Syrian offensive.",
    OPENING + "Moscow met the Turkish president while Russian jets struck the rebel positions near Idlib.",
])
def test_russias_means_by_whose_or_beside_another_actor_stay_support(nlp, text):
    assert "support.military" in last_sentence_codes(nlp, text, "support")
