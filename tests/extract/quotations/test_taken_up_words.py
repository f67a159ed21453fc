"""Words in marks that take up an earlier speaker's words again (an echoic mention), and reporting clauses the parser
does not hang on the quote beside them. One invented text per case, in several registers, with the expected kind and
speaker written by hand."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, kind, speaker", [
    # a fragment of an attributed quote, repeated later in the article, is still its speaker's
    ("The coach called the new stadium “a cathedral of debt” on Monday. By Friday the “cathedral of debt” had found "
     "a sponsor.", "cathedral of debt", "partial", "The coach"),
    # a pronoun of the quote mentioned as a word (a noun in the writer's sentence) is the speaker's word held up
    ("A farmer on the ridge told us: “If they come back, they pay first.” The “they” meant the water company.",
     "they", "partial", "A farmer on the ridge"),
    ("“The archive is a lung, not a cupboard,” said Ines Korda, the city’s librarian. Whether a “lung” can survive "
     "the budget is another matter.", "lung", "partial", "Ines Korda"),
    # words of a statement reported without marks, held up in marks afterwards, are a fragment of its speaker's
    ("The minister said on Friday that the bridge would reopen once the engineers were satisfied. Note the escape "
     "hatch: “once the engineers were satisfied.”", "once the engineers were satisfied.", "partial", "The minister"),
    ("Our head teacher has told parents that the school will stay open until the roof is safe. Everything hangs "
     "on “Until the roof is safe.”", "Until the roof is safe.", "partial", "Our head teacher"),
    # a pull quote set apart repeats a whole sentence of the quote it comes from
    ("“We stopped counting the night shifts. Nobody counts them now,” said Anna Berg, a nurse on the ward.\n\n"
     "“Nobody counts them now.”\n\nThe ward reopens in May.", "Nobody counts them now.", "direct", "Anna Berg"),
])
def test_repeated_words_keep_their_speaker(quotes_of, text, quote, kind, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, quote", [
    # the words were never anyone's: a name in use stays a scare quote when repeated
    ("The so-called “renewal” of the docks cost a fortune. Nobody on the quay asked for “renewal”.", "renewal"),
    # an attributed quote after the term does not reach back to it
    ("Nobody on the quay trusts the “new deal”. Later the harbour master said the “new deal for the quay” was "
     "dead.", "new deal"),
    # part of a word is no repetition of it
    ("“We will not give up a portion of the quay,” said the harbour master. The “port” tax came in the spring.",
     "port"),
    # a single word of the quote that the writer uses as a modifier of their own phrase is the writer's scare quote
    ("Lavrov said: “There is no moderate opposition in Syria.” Washington nevertheless armed “moderate” rebels in "
     "the north.", "moderate"),
    ("“The new timetable is fair to every village,” said the transport director. Buses to the “fair” villages now "
     "run twice a week.", "fair"),
])
def test_words_never_said_stay_unattributed(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("scare", None)


@pytest.mark.parametrize("text, quote, speaker", [
    # a reporting verb with its addressee right before the quote ('told me, “…”'), in a relative clause the parser
    # does not hang the quote on
    ("On the last crossing I sat with a ferry pilot who told me, “The ice comes earlier every year.”",
     "The ice comes earlier every year.", "a ferry pilot"),
    ("At the depot we found a driver who warned us, “Nobody here has been paid since June.”",
     "Nobody here has been paid since June.", "a driver"),
    # an inverted reporting clause whose subject carries a long relative clause the parser takes for the main clause
    ("“The quay will not open before spring,” said a harbour engineer who has worked on the project since 2019 and "
     "asked not to be named.", "The quay will not open before spring,", "a harbour engineer"),
    ("“Our orders have halved since the bypass opened,” said a bakery owner who supplies three schools and declined "
     "to give her name.", "Our orders have halved since the bypass opened,", "a bakery owner"),
    # a subject owned by 'whose' heads a relative clause, not the sentence that introduces the quote
    ("Mara Vint, a poet whose collection won the county prize last year, put it this way at the reading: “A poem is "
     "a ferry ticket, not a map.”", "A poem is a ferry ticket, not a map.", "Mara Vint"),
    ("Ivo Marr of the Baltic Ferry Institute, whose history of the line is the fullest record of the strike, "
     "put it to me by phone: “The ferry was the town.”", "The ferry was the town.", "Ivo Marr of the Baltic Ferry "
     "Institute"),
])
def test_a_reporting_clause_beside_the_quote_names_its_speaker(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("direct", speaker)


@pytest.mark.parametrize("text, quote, speaker", [
    # 'who' after a place speaks for the person the place phrase describes, not for the place
    ("Next on the line was Petra in Leeds, who drives a school bus and says the new timetable is “a work of "
     "fiction from start to finish”.", "a work of fiction from start to finish", "Petra"),
    ("A retired teacher now living in Porto, who asked us not to print her name, was blunt: “Nobody reads the "
     "notices any more.”", "Nobody reads the notices any more.", "A retired teacher"),
    ("A fisherman still working out of Whitby, who has sailed the same boat since 1990, told us the quota was “a "
     "slow way of closing the harbour”.", "a slow way of closing the harbour", "A fisherman"),
])
def test_who_after_a_place_is_the_person(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a second description of the speaker in apposition stays in the mention, with any name it carries
    ("A cousin of mine, a ferry mechanic, told me: “The engines are older than the captains.”",
     "The engines are older than the captains.", "A cousin of mine, a ferry mechanic"),
    ("The captain of the night shift, its oldest deckhand, told the meeting that the new roster was “a lottery "
     "with our sleep”.", "a lottery with our sleep", "The captain of the night shift, its oldest deckhand"),
    ("An old neighbour, a retired nurse, put it simply: “Nobody visits in winter.”", "Nobody visits in winter.",
     "An old neighbour, a retired nurse"),
])
def test_a_described_speaker_keeps_a_second_description(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker
