"""Words quoted in a participle or complement with no subject of its own, inside a clause that a reporting verb
reports, are the reporter's (`analysis.extract.quotations.attribution`); invented texts in several registers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, speaker", [
    ("The harbour master told the council that the ferries would keep sailing, calling the winter timetable "
     "“a small miracle of planning”.", "a small miracle of planning", "The harbour master"),
    ("Club officials insisted that the squad had trained as usual, while promising “a full review” of the season.",
     "a full review", "Club officials"),
    ("A nurse at the clinic said the families had gone home believing “the worst was over”.", "the worst was over",
     "A nurse at the clinic"),
])
def test_an_adjunct_in_a_reported_clause_is_the_reporters(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # an adverbial clause with a subject of its own, or a participle on the reporting verb, keeps its speaker
    ("The mayor said the bridge was safe, while the engineers called it “sound for another decade”.",
     "sound for another decade", "the engineers"),
    ("The minister closed the session, calling the budget “a plan for the long haul”.", "a plan for the long haul",
     "The minister"),
])
def test_an_adjunct_with_its_own_subject_or_on_the_reporting_verb(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # whoever cites a source only relays its words
    ("Citing a port official, the Harbour Gazette said the cranes had been “idle for weeks”.", "idle for weeks",
     "a port official"),
    ("Two wire services, citing sources in the transport ministry, reported that the line would reopen “by spring "
     "at the latest”.", "by spring at the latest", "sources in the transport ministry"),
    # a cited reason is no source
    ("The ministry, citing security concerns, said the border would stay “closed until further notice”.",
     "closed until further notice", "The ministry"),
])
def test_a_cited_source_speaks(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker
