"""A person's name in marks set off by commas, as reports print a name that is not the person's own ('a nurse,
“Hala,” said …'): no quotation, but the name its person goes by as a speaker (`kinds.is_pseudonym`,
`speakers.quoted_name_after`), on invented texts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, name", [
    # in apposition to a description with a prepositional phrase, the name its later 'she' takes up
    ("Several clinics in the valley were shelled in March. A nurse at one of them, “Rima,” said the staff had "
     "trusted the agreement. “We sent our coordinates to everyone,” she said.",
     "We sent our coordinates to everyone,", "Rima"),
    # right after the reporting verb, with a description in apposition after it
    ("“The flour comes late and it comes wet,” said “Karim,” a miller from the valley whose mill closed in March.",
     "The flour comes late and it comes wet,", "Karim"),
    ("“The bakeries closed in the first week,” said “Samir,” a baker in the old town.",
     "The bakeries closed in the first week,", "Samir"),
    # a member of a group, named in marks after 'one of them'
    ("Traders in the old market told us that the road had been closed for weeks. “Nobody comes here now,” said one "
     "of them, “Omar,” who has sold spices since 1990.", "Nobody comes here now,", "Omar"),
    # a subject with a 'who' clause, taken up by a later 'she'
    ("“Yusra,” who ran a clinic near the river, lost her brother. “There was nothing there but schools,” she told "
     "us.", "There was nothing there but schools,", "Yusra"),
])
def test_a_name_in_marks_names_the_speaker(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, pseudonym", [
    ("Several clinics in the valley were shelled in March. A nurse at one of them, “Rima,” said the staff had "
     "trusted the agreement.", "Rima,"),
    ("“Nobody comes here now,” said one of them, “Omar,” who has sold spices since 1990.", "Omar,"),
    ("“Yusra,” who ran a clinic near the river, lost her brother.", "Yusra,"),
])
def test_a_name_in_marks_is_a_scare_quote_with_no_speaker(quotes_of, text, pseudonym):
    row = quotes_of(text)[pseudonym]
    assert (row.kind, row.speaker) == ("scare", None)


@pytest.mark.parametrize("text, quote", [
    # a title in apposition to a work noun, and a periodical named in marks with a noun for no person after it
    ("Her second novel, “Harbour Lights,” sold well in the north. “It was a quiet book,” she said.",
     "It was a quiet book,"),
    ("The daily “Rassvet,” a paper close to the ministry, reported the story. “The port will reopen,” it wrote.",
     "The port will reopen,"),
    # a ship's name before a 'which' clause
    ("The ferry “Aurora,” which sailed at dawn, was late. “We waited all day,” she said.", "We waited all day,"),
])
def test_a_name_in_marks_that_names_no_person_gives_no_speaker_name(quotes_of, text, quote):
    assert quotes_of(text)[quote].speaker_name not in ("Harbour Lights", "Rassvet", "Aurora")


@pytest.mark.parametrize("text, slogan", [
    # a slogan, title or operation's name in marks after a verb of saying is no name of a person
    ("Dockers at the gate shouted “Harbour First,” and the police stood back.", "Harbour First,"),
    ("In 1990 she wrote “Harbour Lights,” a novel about the war.", "Harbour Lights,"),
    ("He announced “Operation Lantern,” an offensive meant to retake the valley.", "Operation Lantern,"),
])
def test_a_slogan_after_a_verb_of_saying_is_no_pseudonym(quotes_of, text, slogan):
    assert quotes_of(text)[slogan].kind != "scare"


def test_a_quoted_title_in_apposition_keeps_its_kind(quotes_of):
    text = "The daily “Rassvet,” a paper close to the ministry, reported the story."
    assert quotes_of(text)["Rassvet,"].kind == "title"


@pytest.mark.xfail(strict=True, reason="a name in marks before a dash-set apposition ('“Rima” – a nurse – said') "
                                       "is not taken for a pseudonym: only commas set one off")
def test_a_name_in_marks_set_off_by_dashes(quotes_of):
    text = ("Several clinics were shelled in March. “Rima” – a nurse at one of them – said the staff had trusted the "
            "agreement. “We sent our coordinates to everyone,” she said.")
    assert quotes_of(text)["We sent our coordinates to everyone,"].speaker_name == "Rima"
