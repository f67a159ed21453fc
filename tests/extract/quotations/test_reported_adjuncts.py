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


@pytest.mark.parametrize("text, quote, speaker", [
    # a body that relays the news gives the words to its source, quoted directly or not
    ("The agency, citing a port official, said the ships had sailed.", "the ships had sailed", "a port official"),
    ("State media, citing a military source, said the convoy had reached the border.",
     "the convoy had reached the border", "a military source"),
    ("The Associated Press, citing two officials, reported that the talks had stalled.", "the talks had stalled",
     "two officials"),
    ("Interfax, citing a source in the defence ministry, said: “The ships sailed at dawn.”",
     "The ships sailed at dawn.", "a source in the defence ministry"),
    ("Sky News, citing a senior minister, said: “The vote will be held on Thursday.”",
     "The vote will be held on Thursday.", "a senior minister"),
    ("The local paper, citing a club official, reported that the manager would be gone “by Christmas”.",
     "by Christmas", "a club official"),
    ("The report, citing two officials, said the dam had been “neglected for a decade”.", "neglected for a decade",
     "two officials"),
    # the body named in an apposition or a conjunct
    ("Citing a military source, RT, the state broadcaster, said the bridge had been “fully restored”.",
     "fully restored", "a military source"),
    ("Citing a senior official, Interfax and TASS said the talks would resume on Monday.",
     "the talks would resume on Monday", "a senior official"),
])
def test_a_relaying_body_gives_the_words_to_its_source(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # anyone else who speaks citing a source says the words themselves
    ("Lavrov, citing Interfax, said: “We will not leave Syria.”", "We will not leave Syria.", "Lavrov"),
    ("The envoy, citing Putin, told reporters: “I have spoken to Assad myself.”", "I have spoken to Assad myself.",
     "The envoy"),
    ("Dr Ilse Varga, citing a colleague in Vienna, wrote: “The sample was never tested.”",
     "The sample was never tested.", "Dr Ilse Varga"),
    ("My neighbour, citing her cousin on the council, told me: “The bridge will close in May.”",
     "The bridge will close in May.", "My neighbour"),
    ("The coach, citing the club doctor, said the striker would miss “at least three matches”.",
     "at least three matches", "The coach"),
    # a word of the press compounded with a person ('press secretary') makes no relaying body
    ("The press secretary, citing the president, said the budget was “final”.", "final", "The press secretary"),
])
def test_a_speaker_who_is_no_relaying_body_keeps_the_words(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker
