"""Reporting clauses the parser misreads: the subject of an 'as' clause read as the object of 'as', a quotation mark
read as a subject, a subject taken from inside the quoted words (`analysis.extract.quotations.speakers`,
`analysis.extract.quotations.attribution`), on hand-built parses and invented texts."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from analysis.extract.quotations.attribution import _names_the_wording
from analysis.extract.quotations.lexicon import default_lexicon
from analysis.extract.quotations.speakers import subject_of


def _doc(nlp, words, heads, deps, pos):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("words, heads, deps, pos, cue, subject", [
    # 'As a pilot put it: …' with the pilot read as the object of 'as': the pilot speaks
    (["As", "a", "pilot", "put", "it", ":"], [3, 2, 0, 3, 3, 3],
     ["prep", "det", "pobj", "ROOT", "dobj", "punct"], ["ADP", "DET", "NOUN", "VERB", "PRON", "PUNCT"], 3, "pilot"),
    (["As", "Ivo", "Marr", "put", "it", ":"], [3, 2, 0, 3, 3, 3],
     ["mark", "compound", "pobj", "ROOT", "dobj", "punct"], ["SCONJ", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"], 3,
     "Marr"),
    # near miss: a verb with a subject of its own keeps it ('As a rule, Roe said …')
    (["As", "a", "rule", ",", "Roe", "said", "so", "."], [5, 2, 0, 5, 5, 5, 5, 5],
     ["prep", "det", "pobj", "punct", "nsubj", "ROOT", "advmod", "punct"],
     ["ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"], 5, "Roe"),
    # near miss: an 'as' phrase after the verb names no speaker ('put it as a joke')
    (["Put", "it", "as", "a", "joke", "."], [0, 0, 0, 4, 2, 0],
     ["ROOT", "dobj", "prep", "det", "pobj", "punct"], ["VERB", "PRON", "ADP", "DET", "NOUN", "PUNCT"], 0, None),
    # a closing guillemet the parser read as the subject of the tag after it ('«…,» said one'): the one speaks
    (["«", "Calm", ",", "»", "said", "one", "."], [4, 4, 4, 4, 4, 4, 4],
     ["punct", "ccomp", "punct", "nsubj", "ROOT", "nsubj", "punct"],
     ["PUNCT", "ADJ", "PUNCT", "PROPN", "VERB", "NUM", "PUNCT"], 4, "one"),
    # near miss: a subject that is a word stays the subject
    (["«", "Calm", ",", "»", "Roe", "said", "."], [5, 5, 5, 5, 5, 5, 5],
     ["punct", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"],
     ["PUNCT", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"], 5, "Roe"),
])
def test_the_subject_of_a_misread_reporting_clause(nlp, words, heads, deps, pos, cue, subject):
    found = subject_of(_doc(nlp, words, heads, deps, pos)[cue], lexicon=default_lexicon())
    assert (found.text if found is not None else None) == subject


@pytest.mark.parametrize("words, heads, deps, pos, content_start, names", [
    # '…, as one skipper put it, “wait”': the 'as' clause right before the quote names who chose the words
    (["rather", ",", "as", "one", "skipper", "put", "it", ",", "“", "wait", "”"], [0, 0, 5, 4, 5, 0, 5, 9, 9, 0, 9],
     ["ROOT", "punct", "mark", "nummod", "nsubj", "advcl", "dobj", "punct", "punct", "ccomp", "punct"],
     ["ADV", "PUNCT", "SCONJ", "NUM", "NOUN", "VERB", "PRON", "PUNCT", "PUNCT", "VERB", "PUNCT"], 9, True),
    # near miss: words between the clause and the quote ('as one skipper put it, the board said “wait”')
    (["as", "one", "skipper", "put", "it", ",", "the", "board", "said", "“", "wait", "”"],
     [3, 2, 3, 8, 3, 8, 7, 8, 8, 10, 8, 10],
     ["mark", "nummod", "nsubj", "advcl", "dobj", "punct", "det", "nsubj", "ROOT", "punct", "ccomp", "punct"],
     ["SCONJ", "NUM", "NOUN", "VERB", "PRON", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "VERB", "PUNCT"], 10, False),
])
def test_an_as_clause_right_before_the_quote_names_the_wording(nlp, words, heads, deps, pos, content_start, names):
    doc = _doc(nlp, words, heads, deps, pos)
    cue = next(token for token in doc if token.text == "put")
    assert _names_the_wording(cue, doc[content_start:content_start + 1]) is names


@pytest.mark.parametrize("text, quote, speaker", [
    # a tag after the quote, however the parser hangs the quoted words on its verb
    ('The union said the strike would go on. "Every barge that docks in Ventspils is a signal to us that the board '
     'will not let the mediation process reach Halvorsen," said Tomas Breck, a member of the dockers\' council.',
     "Every barge that docks in Ventspils is a signal to us that the board will not let the mediation process reach "
     "Halvorsen,", "Tomas Breck"),
    ("«We were promised it would last until spring,» said one of them.", "We were promised it would last until spring,",
     "one of them"),
    # an 'as' clause before the quote, inside a clause that another cue reports
    ('The board said the ferries had been told to sail on rather than, as one Danish skipper put it, "wait for the '
     'weather to apologise."', "wait for the weather to apologise.", "one Danish skipper"),
    # near miss: an 'as' clause with no cue leaves the quote to the reporting verb
    ('As the pilots had feared, the board said the toll would "rise again".', "rise again", "the board"),
])
def test_misread_tags_name_the_speaker(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker
