"""A verb cue whose clause names its own doer by name is that doer's act (`analysis.extract.frames.named_doer`), on
invented sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russian jets kept bombing the rebels around Hama for Assad. "


@pytest.mark.parametrize("text", [
    # a sponsor line, a book's acknowledgements, council minutes
    CONTEXT + "This newsletter is supported by Harwick Partners.",
    CONTEXT + "The fieldwork was supported by a grant from the Ellery Foundation.",
    CONTEXT + "My editors, Ann Pole and Tom Reyes, read every chapter and saved me from errors.",
    # the head of an organisation's name is no commodity of Russia's giving
    CONTEXT + "The Marlow Fund supported the exhibition.",
    CONTEXT + "The Harbour Grain Company paid for the festival.",
])
def test_a_named_doer_of_its_own_takes_the_carried_support(nlp, text):
    assert not last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # no doer of its own, or a pronoun for Russia: the carried support stands
    CONTEXT + "The government was supported in every battle.",
    CONTEXT + "They also helped Assad's army retake the town.",
    # the doer is named as Russia
    CONTEXT + "Assad was supported by Vladimir Putin throughout.",
    # a named doer whose clause acts on or for Assad's side: an official the scene does not know as Russian
    CONTEXT + "Foreign minister Ivan Berin backed Assad without reservation.",
    CONTEXT + "Deputy premier Oleg Tamov sent more advisers to the Syrian army.",
])
def test_a_clause_without_another_named_doer_keeps_the_support(nlp, text):
    assert last_sentence_codes(nlp, text, "support")


BACKED = "Moscow has backed Assad for a decade. "


@pytest.mark.parametrize("text, supported", [
    # a name the gazetteer does not list owns its clause: the paragraph's Russian topic is not carried into it
    (BACKED + "Dr Okwu, who helps new arrivals, spoke next.", False),
    (BACKED + "The Halvern Trust, which helps new arrivals, opened an office.", False),
    # so does a noun cue under a preposition whose own 'for' or 'to' names someone else it is for
    (BACKED + "Dr Okwu called for more support for new arrivals.", False),
    (BACKED + "The Halvern Trust has long campaigned for aid to new arrivals.", False),
    # a clause with no actor as subject still carries it; a quoted clause is owned by its own subject, not by the name
    # that reports it (`Scene.tie` does not climb to the speaker)
    (BACKED + "The vetoes protected Damascus from sanctions.", True),
    (BACKED + "\"The vetoes protected Damascus,\" said Dr Okwu.", True),
])
def test_a_clause_owned_by_an_unlisted_name_takes_up_no_russian_topic(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, codes", [
    # a Russian commander or ship the gazetteer lacks, with a military cue and no beneficiary of its own
    (BACKED + "Dvornikov directed the air campaign.", {"support.military"}),
    (BACKED + "Surovikin ordered the bombing of rebel-held Idlib.", {"support.military"}),
    (BACKED + "The Admiral Kuznetsov launched air strikes on Idlib.", {"support.military"}),
    (BACKED + "Dvornikov, who commanded the air campaign, returned home a hero.", {"support.military"}),
    # a cue aimed at Assad's side at its own verb, below the owner's
    (BACKED + "Colonel Volkov, who protected Damascus for years, retired in May.", {"support.backing"}),
    (BACKED + "General Ivanov sent more pilots to defend Damascus.", {"support.backing", "support.military"}),
    # a noun cue in an adjunct of a clause an unlisted name owns: the means the owner receives
    (BACKED + "Suheil al-Hassan advanced on Aleppo under the cover of the air strikes.", {"support.military"}),
])
def test_an_unlisted_name_without_a_beneficiary_of_its_own_keeps_the_carried_topic(nlp, text, codes):
    assert last_sentence_codes(nlp, text, "support") == codes
