"""Structures of unattributed quotations that recur across development outlets and have no rule yet, with the cases a
rule for them must leave alone: invented texts."""

from __future__ import annotations

import pytest

REPORTED_ACROSS_A_BREAK = pytest.mark.xfail(strict=True, reason="a quotation that fills its paragraph takes no "
                                            "speaker from a paragraph above whose last sentence reports its speaker "
                                            "with a that-clause: free-standing attribution looks only inside the "
                                            "quotation's own paragraph")
ROLE_WITH_A_PHRASE = pytest.mark.xfail(strict=True, reason="a one-word name over a quotation needs its role's last "
                                       "word to be a person noun, so a role whose head noun takes a prepositional "
                                       "phrase ('guide at the museum') captions nobody")
PRONOUN_TURN = pytest.mark.xfail(strict=True, reason="a pronoun turn label set inside a note paragraph ('Q: … He: "
                                 "“…”') is no paragraph label, so its quotation gets no speaker")
TAKEN_UP_FROM_A_POST = pytest.mark.xfail(strict=True, reason="wording quoted back from an earlier post of a thread "
                                         "is read as a scare quote, not as the words of that post's writer")


@pytest.mark.parametrize("text, quote, speaker", [
    pytest.param("The ferries kept running all week.\n\nA ferryman whose boat works the northern channel told us that "
                 "the night crossings had stopped in March.\n\n\"We sail in daylight now. The patrols are polite, but "
                 "nobody wants to be on the water after dark.\"\n\nThe harbour office did not reply.",
                 "We sail in daylight now. The patrols are polite, but nobody wants to be on the water after dark.",
                 "A ferryman", marks=REPORTED_ACROSS_A_BREAK),
    pytest.param("Voices from the old town\n\nStop 12\nKarim, former guide at the harbour museum\n\n“The soldiers came "
                 "to the museum before they came to our street. Later the fighters came back and nobody stopped "
                 "them.”\n\nThe town was taken again in the spring.",
                 "The soldiers came to the museum before they came to our street. Later the fighters came back and "
                 "nobody stopped them.", "Karim", marks=ROLE_WITH_A_PHRASE),
    pytest.param("Notes, Tuesday.\n\nMet the harbour master at ten. Q: will the cranes be repaired this year? He: "
                 "\"Only if the money arrives before the rains.\"",
                 "Only if the money arrives before the rains.", "He", marks=PRONOUN_TURN),
    pytest.param("Greta Holm: The port will reopen in the spring, very likely, once the insurers return.\n\nJon Bell: "
                 "I am not sure \"very likely\" holds up. The insurers have not said a word.",
                 "very likely", "Greta Holm", marks=TAKEN_UP_FROM_A_POST),
])
def test_a_speaker_given_by_the_layout_around_the_quotation(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote", [
    # the paragraph above tells of its subject's acts, not of anything said
    ("The ferries kept running all week.\n\nThe harbour master left for the capital on Monday with the insurers' "
     "letter.\n\n\"Nobody sails tonight, and nobody sails tomorrow.\"\n\nThe harbour office did not reply.",
     "Nobody sails tonight, and nobody sails tomorrow."),
    # a heading over a quotation captions nobody
    ("Voices from the old town\n\nWinter on the quay\n\n“The soldiers came to the museum before they came to our "
     "street. Later the fighters came back and nobody stopped them.”\n\nThe town was taken again in the spring.",
     "The soldiers came to the museum before they came to our street. Later the fighters came back and nobody "
     "stopped them."),
])
def test_no_speaker_where_the_layout_names_none(quotes_of, text, quote):
    assert quotes_of(text)[quote].speaker is None


TITLE_READ_AS_A_CONJUNCT = pytest.mark.xfail(strict=True, reason="a title with its holder's name in apposition after "
                                             "an opening prepositional phrase ('In her letter on page 3, our Chair, "
                                             "NAME, wrote') is parsed as a conjunct of that phrase's object, so the "
                                             "verb has no subject and the quote no speaker")
PLACE_IN_A_VERBLESS_LIST = pytest.mark.xfail(strict=True, reason="a place the recogniser labels a person's in a "
                                             "verbless list ('Kessel gone, Tarvik gone') has no syntactic or layout "
                                             "evidence of a place, and a later 'she' takes it up")


@pytest.mark.parametrize("text, quote, name", [
    pytest.param("In her letter on page 3, our Chair, Maria Oldfield-Keane, wrote that the firm would \"not mistake a "
                 "calm quarter for a calm year\".", "not mistake a calm quarter for a calm year",
                 "Maria Oldfield-Keane", marks=TITLE_READ_AS_A_CONJUNCT),
    # a name in quotation marks, as reports mark a pseudonym, speaks as that name (see test_pseudonyms.py)
    pytest.param("Aid workers described the week. “The road is shut,” said “Lina,” a nurse from the valley. “Nobody "
                 "can reach us.”", "The road is shut,", "Lina"),
    pytest.param("Ilse Brandt kept the log in the harbour office. Kessel gone, Tarvik gone, the ferries stopped. “We "
                 "waited for a month,” she said.", "We waited for a month,", "Ilse Brandt",
                 marks=PLACE_IN_A_VERBLESS_LIST),
])
def test_speakers_lost_to_a_misread_apposition_or_a_place_taken_for_a_person(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name
