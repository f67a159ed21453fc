"""Speakers of quotes in two structures the parse leaves open (`analysis.extract.quotations.attribution`): a speech
tag set on the next line of a hard-wrapped column, and a quoted modifier inside an infinitive of a reported clause;
with the cases where no speaker may be given. Invented texts."""

from __future__ import annotations

import pytest


def test_a_tag_wrapped_onto_the_next_line_names_the_speaker(quotes_of):
    text = ("Ilona Varga runs the ferry office on the\nnorth quay. \"It is not a port, it is\na museum,\"\n"
            "she said of the old harbour. The\nboard meets on Friday.")
    found = quotes_of(text)["It is not a port, it is\na museum,"]
    assert (found.kind, found.speaker, found.cue) == ("direct", "she", "say")


def test_a_capitalised_line_after_a_quote_is_no_tag(quotes_of):
    text = "Notes from the quay\n\"We are closing early,\"\nTuesday brought the first storm of the winter."
    found = quotes_of(text)["We are closing early,"]
    assert found.speaker is None


def test_a_quoted_modifier_in_a_reported_infinitive_is_the_reporter_s_word(quotes_of):
    text = "The harbour master told the council that the town would try to stop a “hostile” takeover of the ferry line."
    found = quotes_of(text)["hostile"]
    assert (found.kind, found.speaker) == ("partial", "The harbour master")


@pytest.mark.parametrize("text, quote", [
    # the writer's own distance from a word: no reporting verb above it
    ("The town would try to stop a “hostile” takeover of the ferry line.", "hostile"),
    # a word the writer doubts, in a clause no one reports
    ("Councillors tried to rescue the “temporary” bridge before the winter.", "temporary"),
])
def test_a_scare_quoted_modifier_with_no_reporter_has_no_speaker(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("scare", None)


def test_a_quoted_modifier_in_a_requested_act_is_the_writer_s(quotes_of):
    # object control: the officials would press, the board only asked; the term stays the writer's
    text = "The board asked harbour officials to press the ministry for “cross-quay” ferries into the old town."
    found = quotes_of(text)["cross-quay"]
    assert (found.kind, found.speaker) == ("scare", None)


def test_a_verb_first_tag_wrapped_onto_the_next_line_names_the_speaker(quotes_of):
    text = "The quay was empty. \"Nobody comes here in winter,\"\nsaid Marta Kell, who sells nets by the pier."
    found = quotes_of(text)["Nobody comes here in winter,"]
    assert (found.kind, found.speaker, found.cue) == ("direct", "Marta Kell", "say")


def test_a_wrapped_verb_first_line_whose_noun_cannot_speak_is_no_tag(quotes_of):
    text = "\"Our boats are all we have left,\"\nsays a caption under the photo of the burned quay."
    found = quotes_of(text)["Our boats are all we have left,"]
    assert found.speaker is None
