"""Will, refusal and ability are predicated of their subject (`Scene.subject_names_no_russian`): a negated act whose
subject names no Russian is no Russian reluctance, however Russian the paragraph; on invented sentences in several
registers: a feature, a report, a radio transcript, quoted speech."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Moscow sent more military advisers to Assad in May. "


@pytest.mark.parametrize("text, reluctant", [
    # a person or a thing that names no Russian is the subject of the negated act
    (CONTEXT + "Viktor Orlov, a farmer near the base, did not like the noise.", False),
    (CONTEXT + "The committee's report does not explain why.", False),
    (CONTEXT + "HOST: And the roads? GUEST: The storm did not ease until Friday.", False),
    # Russia, a phrase naming it, or a pronoun that takes it up is the subject
    (CONTEXT + "But the Kremlin would not commit ground troops.", True),
    (CONTEXT + "Officials in Moscow did not want a second front.", True),
    (CONTEXT + "\u201cWe will not send tanks,\u201d the Russian envoy said.", True),
])
def test_reluctance_needs_a_russian_or_pronoun_subject(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text, reluctant", [
    # a negative pronoun whose own phrase places it in a Russian body negates that body's act
    (CONTEXT + "Nobody in Moscow wants a war with America over him.", True),
    (CONTEXT + "\u201cNo one in the Kremlin has a plan for the day after,\u201d the analyst said.", True),
    (CONTEXT + "None of the Russian commanders was ever going to fight for the Syrian palace.", True),
    # ... not one placed elsewhere, however Russian the rest of the sentence
    (CONTEXT + "Nobody in Damascus wants the Russian advisers to leave.", False),
    (CONTEXT + "Nobody in Tehran wants to see Assad fall.", False),
    # ... nor a negated negative, a denied expectation or a verb of dying
    (CONTEXT + "Nobody in Moscow doubts that Assad will stay.", False),
    (CONTEXT + "No one in the Kremlin missed the meaning of his visit to Sochi.", False),
    (CONTEXT + "Nobody in Moscow expects the Syrian army to collapse.", False),
    (CONTEXT + "No one at the Russian base died in the rebel drone attack.", False),
    # ... nor a verb the negated-auxiliary patterns leave out: intention, belief, speech
    (CONTEXT + "Nobody in the Russian leadership intends to abandon Assad.", False),
    (CONTEXT + "None of the Russian officers believed the rebels could hold the city.", False),
    (CONTEXT + "Nobody in Moscow said a word about the price.", False),
])
def test_negative_pronoun_in_a_russian_body_is_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text, reluctant", [
    # the writer's or another speaker's 'I' wills and knows for that person, however Russian the paragraph
    (CONTEXT + "I will not guess at what the generals wanted.", False),
    (CONTEXT + "I still do not know who signed the order.", False),
    ("Spokesperson for the Norwegian ministry: " + CONTEXT + "I would not describe that as a plan.", False),
    # a Russian speaker's 'I' is Russian, and a Russian subject beside an 'I' elsewhere still is
    (CONTEXT + "\u201cI will not send my pilots to die for him,\u201d Putin said.", True),
    (CONTEXT + "I think the Kremlin would not commit ground troops.", True),
])
def test_the_speakers_i_is_russian_only_as_a_russian_speaker(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text, reluctant", [
    # an 'I' who never saw or heard a Russian do something reports the Russian's conduct
    (CONTEXT + "I have never heard a Russian general speak of him with warmth.", True),
    (CONTEXT + "I did not see the Russian crews fly a single sortie that week.", True),
    # ... not a verb of witnessing, or one whose clause names no Russian
    (CONTEXT + "I never saw the figures for the convoy.", False),
])
def test_an_i_who_witnessed_no_russian_act_reports_it(nlp, text, reluctant):
    assert bool(last_sentence_codes(nlp, text, "limits")) is reluctant


CS = "Moscow sent more military advisers to Assad in May. "


@pytest.mark.parametrize("text, reluctant", [
    # the writer's 'we' and the reader's 'you', outside every quotation, will and know for the writer and the reader
    (CONTEXT + "We do not yet know which of the two readings is right.", False),
    (CONTEXT + "You will not find the figures in the official record.", False),
    (CONTEXT + "We have not sent observers to the region ourselves.", False),
    # ... not a 'we' or 'you' inside a quotation, which may be a Russian speaker's, nor a Russian subject beside it
    (CONTEXT + "\u201cWe will not send tanks for him,\u201d one of them told the reporter.", True),
    (CONTEXT + "We think the Kremlin would not commit ground troops.", True),
    # ... nor a 'we' with a speaker in scope in a layout without quotation marks: an answer line, a dash
    # attribution, a speaker's label, a Russian speaking in the sentence before
    (CONTEXT + "Q: Will Russia send troops to Syria?\n\nA: We will not send ground troops to Syria.", True),
    ("We will not send ground troops to Syria \u2013 Sergei Lavrov", True),
    (CONTEXT + "The minister took questions. Sergei Lavrov: We will not send ground troops to Syria.", True),
    (CONTEXT + "Sergei Lavrov, the Russian foreign minister, answered our questions. "
               "We will not send ground troops to Syria.", True),
    (CONTEXT + "Sergei Lavrov was asked whether Moscow would fight for Assad. \u201cNo,\u201d he said. "
               "We are not going to fight for him.", True),
    # ... but a heading before a colon is no speaker's label, and reported speech before it gives no speaker
    (CS + "Lavrov said the advisers would stay. We do not yet know which of the two readings is right.", False),
    (CS + "Update: the ministry replied on Monday. We have not sent observers to the region ourselves.", False),
    (CS + "Analysis: We have not sent observers to the region ourselves.", False),
])
def test_the_writers_we_and_the_readers_you_are_not_russian(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text, limited", [
    # weariness is its bearer's: the subject of the clause it completes, or the noun it modifies, names no Russian
    (CONTEXT + "The villagers near the airfield were tired of the war.", False),
    (CONTEXT + "I am tired of reading that Moscow will stand by him for ever.", False),
    (CONTEXT + "The ferries carried exhausted families out of the port.", False),
    # Russia, a phrase naming it, or a pronoun that takes it up bears it
    (CONTEXT + "By the autumn Moscow was tired of its client.", True),
    (CONTEXT + "The Russian crews at the base were exhausted.", True),
    (CONTEXT + "By the spring they were exhausted.", True),
])
def test_weariness_needs_a_russian_or_pronoun_bearer(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited
