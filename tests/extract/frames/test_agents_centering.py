"""A pronoun subject with no antecedent in its own sentence takes up the main-clause subject of the sentence before
first, then that sentence's other subjects, then its other actors: the preferred centre ranks the main clause's
subject highest (Grosz, Joshi & Weinstein 1995; Kameyama 1998 on the clause as the unit). Invented paragraphs."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import Scene
from analysis.tables.batches import units


def _side_of(nlp, text: str, pronoun: str) -> str | None:
    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    scene = Scene(doc, sentences, entities)
    last = [token for token in doc if token.lower_ == pronoun][-1]
    return scene.side_of(last)


@pytest.mark.parametrize("text, pronoun, side", [
    # the main subject of the sentence before, not the later subject of its reported clause
    ("Moscow insisted that the regime would hold the valley. It sent more bombers in May.", "it", "Russia"),
    ("The Kremlin believed the Syrian army could take the city. It flew sorties every night.", "it", "Russia"),
    ("Russian officers said the Syrian troops were exhausted. They asked for more shells.", "they", "Russia"),
    # near misses: the main subject is Assad's side, the reported clause Russia's
    ("The regime insisted that Moscow would hold the valley. It sent more troops in May.", "it", "assad"),
    ("The Syrian army believed the Kremlin could take the city. It fought every night.", "it", "assad"),
    # near miss: a pronoun with an agreeing antecedent in its own sentence keeps it
    ("Moscow insisted that the regime would hold. The Syrian army said it had held the valley.", "it", "assad"),
])
def test_a_subject_pronoun_prefers_the_main_subject_before(nlp, text, pronoun, side):
    assert _side_of(nlp, text, pronoun) == side


@pytest.mark.parametrize("text, pronoun, side", [
    # a possessive in a conjunct takes up the conjunct beside it, not an actor before the coordination
    ("Moscow vetoed the draft. Turkey and its proxies backed the rebels.", "its", "other"),
    ("Russia stood by Damascus. The United States and its allies sent ships.", "its", "other"),
    ("Damascus held the city. Russia and its warplanes kept the regime alive.", "its", "Russia"),
    # near misses: a possessive outside a coordination, or one whose conjunct before it is plural, searches on
    ("Moscow vetoed the draft. Turkish officers praised its envoys.", "its", "Russia"),
    ("Moscow vetoed the draft. The rebels and its envoys met in Geneva.", "its", "Russia"),
    # near misses: an emphatic 'its own' takes up the clause's subject, not the conjunct beside it
    ("Moscow said it would protect Damascus and its own interests.", "its", "Russia"),
    ("Russia defended the regime and its own bases.", "its", "Russia"),
    ("The Kremlin guarded the Syrian airfields and their own crews.", "their", "Russia"),
    # the conjunct alone is read as a referent is: a singular noun for a person on Assad's side is a person
    ("Putin spoke first. The Syrian president and his ministers left the hall.", "his", "assad"),
])
def test_a_possessive_in_a_conjunct_takes_up_the_conjunct_beside_it(nlp, text, pronoun, side):
    assert _side_of(nlp, text, pronoun) == side
