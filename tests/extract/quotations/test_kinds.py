"""What a quote in marks is (`analysis.extract.quotations.kinds`): scare quote, partial, direct or title, on
invented sentences with hand-written kinds."""

from __future__ import annotations

import pytest

from analysis.extract.quotations import find_quote_marks
from analysis.extract.quotations.kinds import is_unnamed_sentence


@pytest.mark.parametrize("text, quote, kind", [
    # a lone word with no speaker is a term, even a verb
    ("The debate over whether the board “abandoned” the ferry has gone on for years.", "abandoned", "scare"),
    # title case caps each part of a hyphenated word, so this is no title; with no finite verb it is a fragment
    ("The treaty promised a peace that would be “Baltic-made and Baltic-kept”.", "Baltic-made and Baltic-kept",
     "partial"),
    # a work noun before the quote's sentence does not make a title
    ("Varnholt is best on the harbour accounts: his chapter on the grain ships is the finest in the book. “Every "
     "ship that left came back lighter,” he writes.", "Every ship that left came back lighter,", "direct"),
    # a headline that opens with the quote and names its speaker after a colon
    ("‘We stayed until the last ship left’: a retired pilot on the long strike",
     "We stayed until the last ship left",
     "direct"),
])
def test_quote_kinds(quotes_of, text, quote, kind):
    assert quotes_of(text)[quote].kind == kind


def test_a_two_word_headline_is_a_title(quotes_of):
    # what a front page reads is its headline (kinds._read_by_a_headline), even under the three words of title case
    assert quotes_of("The front page simply read “Harbour Closed”.")["Harbour Closed"].kind == "title"


@pytest.mark.xfail(strict=True, reason="title case needs three words, so a two-word slogan or headline in marks that "
                                       "nothing marks as a work ('“Harbour Closed”') is a scare quote")
def test_a_two_word_title_on_its_own_is_a_title(quotes_of):
    assert quotes_of("Under the lamp a board said “Harbour Closed” all winter.")["Harbour Closed"].kind == "title"


@pytest.mark.parametrize("text, quote", [
    ("Critics have begun to write about the port’s ‘decline’.", "decline"),
    ("The three unions agreed in March on two “safe lanes” for the tugs.", "safe lanes"),
    ("Fans on the forum keep arguing about the coach’s “system”, whatever it is.", "system"),
])
def test_a_quoted_head_of_a_topic_is_a_scare_quote(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("scare", None)


def test_a_topic_quoted_whole_keeps_its_speaker(quotes_of):
    found = quotes_of("The mayor spoke at length about “hard but fair choices” and then left.")["hard but fair choices"]
    assert found.speaker == "The mayor"


@pytest.mark.parametrize("text, quote, kind", [
    # a title set off by commas after its work noun
    ("Her report, “ports and power in the north”, argued for new quays.", "ports and power in the north", "title"),
    # past a comma, a quote that opens a new phrase is no title of the work noun before it
    ("Here lies the core of her pamphlet, the “harbour model”: every pier pays its way.", "harbour model", "scare"),
    # (five words in lower case: someone's words, unnamed)
    ("The budget balances on paper, ‘but not in the harbour’.", "but not in the harbour", "partial"),
])
def test_a_title_past_a_comma_is_an_apposition(quotes_of, text, quote, kind):
    assert quotes_of(text)[quote].kind == kind


@pytest.mark.parametrize("text, quote, kind, speaker", [
    # past a colon, a whole sentence is what the clause before it introduces: the speaker's words, not a title
    ("A retired ferry captain told the programme: “The tugs stayed in port and nobody explained why.”",
     "The tugs stayed in port and nobody explained why.", "direct", "A retired ferry captain"),
    ("One of the dockers puts it best in the film: “They were never our bosses. They were our guests.”",
     "They were never our bosses. They were our guests.", "direct", "One of the dockers"),
    # near misses: a phrase with no finite verb after the colon, and a title set right after its work noun
    ("One tabloid put it in a headline: “Our harbour, their problem.”", "Our harbour, their problem.", "title", None),
    ("She reviewed the new documentary: “The Long Road to the Quay”.", "The Long Road to the Quay", "title", None),
    ("Her film “the tide will not wait” opened the festival.", "the tide will not wait", "title", None),
])
def test_a_sentence_past_a_colon_after_a_work_noun_is_no_title(quotes_of, text, quote, kind, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)



@pytest.mark.parametrize("text, quote", [
    # a whole sentence in marks whose speaker goes unfound is someone's words, not a scare quote
    ("Asked if the quay would reopen, the foreman laughed. “We have waited ten years already.”",
     "We have waited ten years already."),
    ("The deal gave each town something.\n\nThe upshot: “The north got its bridge. The south got its ferry.”",
     "The north got its bridge. The south got its ferry."),
    ("The harbour board’s line is simple. “No ship leaves before the tide turns.”",
     "No ship leaves before the tide turns."),
    # a survey's question and statement are its wording, quoted whole
    ("Asked “Should the night ferries keep running?”, 44% of residents said yes.",
     "Should the night ferries keep running?"),
    ("Respondents were asked to agree or disagree: “The council should sell the old harbour.”",
     "The council should sell the old harbour."),
])
def test_an_unattributed_sentence_is_direct(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("direct", None)


@pytest.mark.parametrize("text, expected", [
    ("The foreman laughed. “We have waited ten years already.”", True),
    # a numbered or bulleted list entry in marks is a claim held up for discussion
    ("1. “The harbour will never close.”\n\nIt closed in May.", False),
    ("• “The board can sell the quay tomorrow.”\n\nIt cannot.", False),
    # after a noun's 'that', the words are the noun's content (an adage), not anyone's sentence
    ("Everything on the quay rests on the old rule that “Every ship pays twice.”", False),
    # no sentence end, no finite verb, too short, lower case: a name, a term or a fragment
    ("The old adage ‘My rival’s rival is my friend’ still guides the board.", False),
    ("The tug, nicknamed “The Old Iron Lady”, sank in March.", False),
    ("Nobody on the quay says “Never.”", False),
    ("The board calls the strikers “wreckers who never work.”", False),
    # a bracketed citation between the closing mark and the full stop, as author–date styles set it
    ("Her notes end on it: “The quay was real, and so was the bill” (p. 94).", True),
    ("Her notes end on it: “The quay was real, and so was the bill” (Roe 2019, 12). Slightly glib.", True),
    # a sentence that fills its line, as a headline sets it without a full stop
    ("“The ferries kept running and nobody paid”\n\nA report from the harbour.", True),
    # near misses: no sentence end after the bracket, a phrase with no finite verb alone on its line, and a
    # sentence set into a longer line with no end
    ("Her notes end on it: “The quay was real, and so was the bill” (p. 94) and little else.", False),
    ("“Sold down the river”\n\nA report from the harbour.", False),
    ("The slogan “The ferries keep running” hung over the quay for a year", False),
])
def test_what_reads_as_an_unnamed_sentence(nlp, text, expected):
    doc = nlp(text)
    quote = find_quote_marks(doc.text, [(0, len(doc.text))])[0]
    assert is_unnamed_sentence(doc, quote) is expected


@pytest.mark.parametrize("text, quote, kind", [
    # a periodical's name in marks right after its noun, as Russian typography and translated wire copy set it
    ("Ilse Varga, an editor at the magazine “Harbour Lines”, said the fleet would stay.", "Harbour Lines", "title"),
    ("The weekly “Kestrel” ran the ferry timetable on its front page.", "Kestrel", "title"),
    ("Dara Quill argued in the journal “Eastern Affairs” that the bases were a bargain.", "Eastern Affairs", "title"),
    ("The port would stay open, according to the daily “Nordpost”.", "Nordpost", "title"),
    ("In an interview with the tabloid “Quayside”, the skipper said little.", "Quayside", "title"),
    # a subordinator after the work noun opens the clause reported to the publication, no name of it
    ("The harbour master Piet Ormand told the magazine that “nobody expected the squadron to stay”.",
     "nobody expected the squadron to stay", "partial"),
    ("The harbour master Piet Ormand told the paper that “nobody expected the squadron to stay”.",
     "nobody expected the squadron to stay", "partial"),
])
def test_a_periodicals_name_after_its_noun_is_a_title(quotes_of, text, quote, kind):
    assert quotes_of(text)[quote].kind == kind


@pytest.mark.parametrize("text, quote", [
    # words said to or of the periodical: in lower case, not right after the noun, or a whole sentence
    ("A spokesman for the harbour told the newspaper “certainly not” when asked about the squadron.", "certainly not"),
    ("The mayor accused the magazine of “fabrications” about the ferries.", "fabrications"),
    ("The admiral called the journal “a mouthpiece of the port lobby” on Friday.", "a mouthpiece of the port lobby"),
    ("The admiral told the newspaper “We will keep the ferries running all winter.”",
     "We will keep the ferries running all winter."),
])
def test_words_said_to_a_periodical_are_no_title(quotes_of, text, quote):
    assert quotes_of(text)[quote].kind != "title"


@pytest.mark.parametrize("text, quote, kind, speaker", [
    # after 'that', a main clause of the speaker's own, its capital kept, is the speaker's sentence
    ("Berg said that “Oslo will keep the banks open.”", "Oslo will keep the banks open.", "direct", "Berg"),
    ("The harbour note records at paragraph 4.2 that “Pilots have been posted to every quay.” It says no more.",
     "Pilots have been posted to every quay.", "direct", None),
    ("Their central claim, stated on p. 4, is that “The port never paid for itself.” The evidence is thin.",
     "The port never paid for itself.", "direct", None),
    # near misses: a phrase with no clause of its own, a clause in lower case, the content of a noun (an adage)
    ("Berg said that “Oslo for good.”", "Oslo for good.", "partial", "Berg"),
    ("Berg said that “the banks stay open” until spring.", "the banks stay open", "partial", "Berg"),
    ("Everything on the quay rests on the old rule that “Every ship pays twice.”", "Every ship pays twice.", "scare",
     None),
])
def test_a_main_clause_after_that_is_direct(quotes_of, text, quote, kind, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, quote, kind", [
    # two words in title case with only a year in brackets: a work with its date
    ("The standard account is her memoir, “Quay Nights” (2019), which is candid about the docks.", "Quay Nights",
     "title"),
    ("The letter was shown in “Salt Roads” (2023–24) at the harbour museum.", "Salt Roads", "title"),
    # near misses: an author–date citation, a year with no title case
    ("The pilots’ trade was “mostly waiting” (2019), as the survey put it.", "mostly waiting", "partial"),
    ("As “Quay Nights” (Roe 2019, 12) puts it, the docks never slept.", "Quay Nights", "partial"),
    # a description after an indefinite article, the year that of its author's work
    ("Roe calls the port a “Floating Ruin” (2019) and moves on.", "Floating Ruin", "partial"),
])
def test_a_short_title_with_its_year_is_a_title(quotes_of, text, quote, kind):
    assert quotes_of(text)[quote].kind == kind


@pytest.mark.parametrize("text, quote, kind", [
    # what a headline or a front page reads is the display line's title
    ("The headline on page two read: “Ferry strike ends in a draw”. It drew complaints.",
     "Ferry strike ends in a draw", "title"),
    ("Its headline now reads ‘Ferry strike ends, union says’.", "Ferry strike ends, union says", "title"),
    # near misses: a note or a banner that reads words gives them, as their source (see test_nonperson_speakers.py),
    # not a title
    ("A pencilled note beside the paragraph reads “The port will not sign this”, and a later hand added more.",
     "The port will not sign this", "direct"),
    ("A banner on the quay read “No deal, no fish”.", "No deal, no fish", "partial"),
    # near misses: a person who reads words out near a headline, a reader in the base form ('to read')
    ("Asked about the headlines, the mayor read: “We deny every word of this report.”",
     "We deny every word of this report.", "direct"),
    ("Beyond the headlines, anyone who cares to read “the small print” will see the catch.", "the small print",
     "scare"),
])
def test_what_a_headline_reads_is_a_title(quotes_of, text, quote, kind):
    assert quotes_of(text)[quote].kind == kind
