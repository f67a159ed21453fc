"""Attribution structures of ordinary news and opinion writing (issue 14, part 3): an apposition that names a speaker,
also past a relative clause, a participle that characterizes a quoted term 'as' someone's, verbs of thinking whose
clause quotes the thinker, words resumed after a medial speech tag, and, as known gaps, the active 'V NP as “…”' and an
'as X put it' tag inside a reported clause. One invented text per case, in several registers, with the expected
speaker written by hand."""

from __future__ import annotations

import pytest

# Written and dropped: with any verb, the active construction lowered the check group.
ACTIVE_AS_GAP = pytest.mark.xfail(strict=True, reason="a quoted term after 'V NP as' in the active gets no speaker: "
                                  "only a participle's 'by', 'in' or 'to' phrase names one")
# A rule for this was written and dropped: its errors came from one batch only (see issue 14's session rule).
@pytest.mark.parametrize("text, quote, speaker, name", [
    # the name in apposition after a relative clause on the noun names the speaker
    ("“The tolls will fall by spring,” a port economist we met in Bergen last year, Ola Brekke, told the radio "
     "station.", "The tolls will fall by spring,", "Ola Brekke", "Ola Brekke"),
    ("‘Our lease runs out in June,’ a bakery owner who has traded on the square since 1998, Hanna Lind, told the "
     "council.", "Our lease runs out in June,", "Hanna Lind", "Hanna Lind"),
    ("A harbour pilot I have worked beside for a decade, Maren Holt, was franker than the union. “Nobody will sail "
     "until March,” she said.", "Nobody will sail until March,", "she", "Maren Holt"),
    ("The choir’s oldest member, a tenor who joined in 1961, Piet Vos, had the last word. “We sing for whoever "
     "turns up,” he said.", "We sing for whoever turns up,", "he", "Piet Vos"),
    # 'one of them, a …' is the person the apposition describes, whom a later 'he' or 'she' takes up
    ("Two delegates spoke to this newspaper. One of them, a veteran negotiator the union did not want named, was "
     "angry. “We were sold a bridge and given a ferry,” he said.", "We were sold a bridge and given a ferry,", "he",
     "a veteran negotiator"),
    ("Three nurses left the ward that night. One of them, a nurse from the islands, stayed on the phone until dawn. "
     "“Nobody answered,” she said.", "Nobody answered,", "she", "a nurse"),
    # a name in apposition is the person's, whatever label the recogniser gives it
    ("A Lisbon-based grain broker, Duarte Mello, put the market plainly. “Nobody ships on a promise,” he said.",
     "Nobody ships on a promise,", "he", "Duarte Mello"),
    # a place set off after the clause is no name of the person
    ("A ferry captain who sails out of Tromso, Norway, was calm about the ice. “It always comes late,” he said.",
     "It always comes late,", "he", "A ferry captain"),
])
def test_an_apposition_names_the_speaker(quotes_of, text, quote, speaker, name):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.speaker_name) == ("direct", speaker, name)


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # verbs of thinking (Levin 1993, conjecture verbs, 29.5; FrameNet Estimating): the quoted words are the thinker's
    ("Farmers in the valley thought the new dam was “a gift to the city, not to us”.",
     "a gift to the city, not to us", "Farmers in the valley", "think"),
    ("The chief engineer expects the bridge to reopen “by the first frost, if the steel arrives”.",
     "by the first frost, if the steel arrives", "The chief engineer", "expect"),
    ("Nurses at the clinic worry that the rota has become “a lottery with our sleep”.", "a lottery with our sleep",
     "Nurses at the clinic", "worry"),
    ("The club’s treasurer calculates that the new stand will pay for itself “in nine seasons, on a good "
     "run”.", "in nine seasons, on a good run", "The club’s treasurer", "calculate"),
])
def test_a_verb_of_thinking_quotes_the_thinker(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == ("partial", speaker, cue)


@pytest.mark.parametrize("text, quote", [
    # the writer's or reader's own guess marks a term, not anyone's words
    ("I suspect the “reset” was never meant to last.", "reset"),
    ("We think the council’s “vision” is a slogan.", "vision"),
    ("You might imagine the “quiet season” is quiet.", "quiet season"),
    # a passive with no thinker leaves the term unattributed
    ("The ferry is expected to be “ready by May”.", "ready by May"),
])
def test_a_verb_of_thinking_without_a_third_person_thinker_names_no_speaker(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("scare", None)


@pytest.mark.parametrize("text, quote, speaker, kind", [
    # the speaker's sentence resumed in lower case after a medial speech tag is their own sentence
    ("The tolls will rise in spring, the harbour master said, but “the ferries will keep their old fares.”",
     "the ferries will keep their old fares.", "the harbour master", "direct"),
    ("Whatever the council decides, said a baker who has worked on the quay for thirty years, “we open at five.”",
     "we open at five.", "a baker", "direct"),
    ("My grandmother never trusted banks, and, she wrote to me once, “the mattress has never gone bust.”",
     "the mattress has never gone bust.", "she", "direct"),
    # a fragment after the tag stays a partial quote: no subject of its own, a subordinate clause, a 'that' clause
    ("Will the quay reopen? Not soon, she said, “not while the cranes are still rusting”.",
     "not while the cranes are still rusting", "she", "partial"),
    ("The crews, she said, were “not happy at all.”", "not happy at all.", "she", "partial"),
    ("The pilot said that “the runway is too short for the new jets.”", "the runway is too short for the new jets.",
     "The pilot", "partial"),
])
def test_words_resumed_after_a_medial_tag_are_direct(quotes_of, text, quote, speaker, kind):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, quote, speaker", [
    # a comment clause with 'as' right before the quote tags it, whoever reports the sentence around it
    ("Bankers in Oslo said the fund had been told to invest at home rather than, as one trader put it, "
     "“chase every shiny tower in Dubai.”", "chase every shiny tower in Dubai.", "one trader"),
    ("The committee argued that the museum should lend its paintings and not, as a curator said, “bury them in "
     "the basement”.", "bury them in the basement", "a curator"),
])
def test_an_as_clause_before_the_quote_names_its_speaker(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("partial", speaker)


@pytest.mark.parametrize("text, quote, speaker", [
    # a verb and its object, then 'as' and the quoted term: the verb's subject characterizes (Levin 1993 §29.2)
    pytest.param("Local radio covered the strike as a “holiday for the bosses”, and the union complained.",
                 "holiday for the bosses", "Local radio", marks=ACTIVE_AS_GAP),
    pytest.param("The club’s fanzine has marketed the new stand as a “fortress of sound” since March.",
                 "fortress of sound", "The club’s fanzine", marks=ACTIVE_AS_GAP),
    # a participle names who characterizes in a 'by', 'in' or 'to' phrase
    ("The ridge, known to climbers as the “Grey Saw”, is closed in winter.", "Grey Saw", "climbers"),
    ("The new tariff, described in the trade press as ‘a tax on rain’, takes effect in May.", "a tax on rain",
     "the trade press"),
    # someone 'quoted describing' is the speaker, not what the description is of
    ("A spokeswoman for the ferry line was quoted on Tuesday describing the timetable as “ambitious but honest”.",
     "ambitious but honest", "A spokeswoman for the ferry line"),
])
def test_a_characterizing_as_names_the_speaker(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("partial", speaker)


@pytest.mark.parametrize("text, quote", [
    # no one named, or the writer's own characterization: a term in marks
    ("The ridge, known as the “Grey Saw”, is closed in winter.", "Grey Saw"),
    ("We see the merger as a “rescue” and nothing more.", "rescue"),
])
def test_a_characterizing_as_with_no_one_named_is_a_scare_quote(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("scare", None)


@pytest.mark.parametrize("text, quote, speaker", [
    # a relative clause hung on a time speaks for the noun before it
    ("The ferry bulletin in the early weeks, which described the fares as “a fair price”, found few readers.",
     "a fair price", "The ferry bulletin in the early weeks"),
    pytest.param("Few read the ferry bulletin in the early weeks of the strike, which described the fares as “a fair "
                 "price”.", "a fair price", "the ferry bulletin", marks=pytest.mark.xfail(
                     strict=True, reason="a clause hung on an 'of' phrase after the time ('the weeks of the strike, "
                                         "which …') keeps that phrase's noun")),
    ("The bulletin put out by the ferry company in those days, which described the delay as “a brief pause”, was "
     "read by few.", "a brief pause", "The bulletin"),
    # a numbered place in a text is no speaker: the one quoted there is
    ("The skipper cited on p. 58, who thinks the quotas were “drafted at a gallop,” deserves a longer hearing.",
     "drafted at a gallop,", "The skipper"),
    # negative: a relative clause on a person named after a count speaks for that person
    ("The report cites the crews of two trawlers, who called the new rules “a slow strangling”.",
     "a slow strangling", "two trawlers"),
])
def test_a_relative_clause_on_a_time_or_a_numbered_place_speaks_for_the_noun_before_it(quotes_of, text, quote,
                                                                                         speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a noun no word list holds is a person when a 'who' clause describes it, so a colon after its clause quotes it
    ("The old mechanic at Hammerfest, who has repaired ferry engines for thirty winters, put it in an email: "
     "\"The ice won. The ferries lost.\"", "The ice won. The ferries lost.", "The old mechanic at Hammerfest"),
    ("Our smuggler, who knew every cove between the two capes, was blunt: “The coast guard sleeps at noon.”",
     "The coast guard sleeps at noon.", "Our smuggler"),
    # negative: a collective noun with a 'who' clause is no one person
    ("The committee, who are divided on the tolls, met on Friday: “The ferries will run.”",
     "The ferries will run.", None),
    # negative: 'which' describes a thing
    ("The ledger, which ran to forty pages, was blunt: “The harbour lost money every month.”",
     "The harbour lost money every month.", None),
    # negative: a noun whose verbs agree in the plural is a body of people (notional concord), not one person
    ("The club, who have lost four games in a row, were defiant: “We will be back.”", "We will be back.", None),
    ("The rowing team, who had trained since dawn, were tired: “The river beat us today.”",
     "The river beat us today.", None),
    # negative: the head noun of an organisation's name
    ("The company, who had run the ferries since 1990, was blunt: “The tolls will rise.”", "The tolls will rise.",
     None),
    pytest.param("The orchestra, who had toured for a month, was weary: “We need a rest.”", "We need a rest.", None,
                 marks=pytest.mark.xfail(strict=True, reason="a collective noun no list holds, with its verbs in the "
                                                             "singular, reads as one person")),
])
def test_a_noun_a_who_clause_describes_is_a_person(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker
