"""Words in marks that take up an earlier speaker's words again (an echoic mention), and reporting clauses the parser
does not hang on the quote beside them. One invented text per case, in several registers, with the expected kind and
speaker written by hand."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, kind, speaker", [
    # a fragment of an attributed quote, repeated later in the article, is still its speaker's
    ("The coach called the new stadium “a cathedral of debt” on Monday. By Friday the “cathedral of debt” had found "
     "a sponsor.", "cathedral of debt", "partial", "The coach"),
    ("A farmer on the ridge told us: “If they come back, they pay first.” The “they” meant the water company.",
     "they", "partial", "A farmer on the ridge"),
    ("“The archive is a lung, not a cupboard,” said Ines Korda, the city’s librarian. Whether a “lung” can survive "
     "the budget is another matter.", "lung", "partial", "Ines Korda"),
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
])
def test_words_never_said_stay_unattributed(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("scare", None)
