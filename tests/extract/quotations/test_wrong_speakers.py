"""Quotations the suite gave another person than the one who speaks: an elliptical subject ('another', 'several')
that leaves out the noun of a group or a kind named before it, a negated cue nearer the quote than the clause that
reports it, words that come from someone, a conjunct of a reported clause about persons and a name after 'not'; with
the cases the rules must leave alone. Invented texts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, name", [
    # 'another' after 'one X' is another of the same kind
    ("One juror called the verdict \"a relief\"; another wrote that the court would \"bend but never break\". The "
     "clerk read both.", "bend but never break", "another juror"),
    ("One retired engineer interviewed for the report called the dam \"a promise kept\". Another described the "
     "owners as \"polite, slow and careful\". The report goes on.", "polite, slow and careful",
     "another retired engineer"),
    # a quantifier standing alone is some of the group its sentence or paragraph named
    ("Presenters on the morning show praised the new ferry. Several said it was \"a floating palace\". The harbour "
     "board is silent.", "a floating palace", "Presenters on the morning show"),
    ("Presenters on the morning show praise the new ferry, and some say it is \"a floating palace\". The harbour "
     "board is silent.", "a floating palace", "Presenters on the morning show"),
])
def test_an_elliptical_subject_takes_the_noun_it_leaves_out(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # a group named as a plural subject stays the group of a bare 'one' and 'another'
    ("Two porters waited at the gate. One said: \"The train is late again.\" Another said: \"It always is.\"",
     "It always is.", "Two porters"),
    # no 'one X' and no plural before it: 'another' stays unresolved
    ("The bridge reopened on Monday. Another said it was \"too little, too late\".", "too little, too late", None),
    # a quantifier after a group of things is people at large, not some of the things
    ("The new tram fares took effect in May, and many said they were \"long overdue\".", "long overdue", None),
])
def test_an_elliptical_subject_keeps_its_group_or_none(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


def test_a_negated_cue_gives_way_to_the_clause_that_reports_the_quote(quotes_of):
    text = ("A fisherman I have known for years told me on Friday, in the tone of someone who will not say it on "
            "the quay: \"The new quay was built for their boats, not ours.\"")
    assert quotes_of(text)["The new quay was built for their boats, not ours."].speaker == "A fisherman"


@pytest.mark.parametrize("text, quote, speaker", [
    # a negated cue alone keeps its subject
    ("The harbour master would not say whether the quay was \"finished\".", "finished", "The harbour master"),
    # a 'told' clause whose subject speaks: the object is no speaker
    ("The mayor told the fishermen on Friday: \"The quay will be yours again by June.\"",
     "The quay will be yours again by June.", "The mayor"),
])
def test_a_cue_with_its_own_subject_keeps_it(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


def test_a_speaker_named_two_sentences_before_carries_over(quotes_of):
    text = ("Ilse Brandt, who runs the ferry office, was blunt. \"The timetable is a fiction,\" she said. "
            "\"Nobody sails before ten.\" The office closed at noon.")
    found = quotes_of(text)
    assert found["The timetable is a fiction,"].speaker_name == "Ilse Brandt"
    assert found["Nobody sails before ten."].speaker_name == "Ilse Brandt"


@pytest.mark.parametrize("text, quote, speaker", [
    # words that come from someone are theirs, not the writer's who picked them
    ("The best summary came from a retired sailor recorded for a radio series: \"We kept the ferry running for the "
     "town, not for the owners.\"",
     "We kept the ferry running for the town, not for the owners.", "a retired sailor"),
    ("A note arrived this morning from a listener in Hull: \"Who pays for the bridge when the lorries are theirs?\"",
     "Who pays for the bridge when the lorries are theirs?", "a listener in Hull"),
])
def test_words_that_come_from_someone_are_theirs(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


def test_words_that_come_from_a_place_keep_their_possessor(quotes_of):
    assert quotes_of("Her reply came from Paris: \"We will wait.\"")["We will wait."].speaker == "Her"


def test_a_conjunct_of_a_reported_clause_about_persons_is_theirs(quotes_of):
    text = ("Maria says that by spring her drivers were openly tired of the depot and used to say that the council "
            "would \"sell the same road twice\" in any talks.")
    assert quotes_of(text)["sell the same road twice"].speaker == "her drivers"


@pytest.mark.parametrize("text", [
    # the reported clause's subject says nothing: the conjunct is the reporter's
    "Roe said the ferries ran late and called the timetable \"a fiction\".",
    # another verb form than the reported verb: the conjunct is the reporter's
    "Roe said the pilots should stay and called the timetable \"a fiction\".",
    # the reporter's own form: the reporter goes on ('added')
    "Roe said the nurses were tired and added: \"The timetable is a fiction.\"",
])
def test_a_conjunct_of_a_reported_clause_stays_the_reporters(quotes_of, text):
    found = quotes_of(text)
    assert found["a fiction" if "a fiction" in found else "The timetable is a fiction."].speaker == "Roe"


@pytest.mark.parametrize("text, speaker", [
    # a name after 'not' says who the speaker is not
    ("A customs clerk, not Piet, told me at the gate, \"The town is a difficult client.\"",
     "A customs clerk"),
    # a name in apposition names the speaker
    ("The customs clerk, Piet Smit, told me at the gate, \"The town is a difficult client.\"", "Piet Smit"),
])
def test_a_name_after_not_is_not_the_speaker(quotes_of, text, speaker):
    assert quotes_of(text)["The town is a difficult client."].speaker == speaker
