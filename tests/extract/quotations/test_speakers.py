"""The speaker a cue points at (`analysis.extract.quotations.speakers`), on hand-built parses."""

from __future__ import annotations

from spacy.tokens import Doc

from analysis.extract.quotations.speakers import subject_of


def test_of_two_subjects_the_nearest_before_the_verb_speaks(nlp):
    # a speaker label the parser read as a second subject: 'REPORTER: The mayors restated the pledge.'
    doc = Doc(nlp.vocab, words=["REPORTER", ":", "The", "mayors", "restated", "the", "pledge", "."],
              spaces=[False, True, True, True, True, True, False, False],
              heads=[4, 4, 3, 4, 4, 6, 4, 4],
              deps=["nsubj", "punct", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
              pos=["NOUN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
              tags=["NN", ":", "DT", "NNS", "VBD", "DT", "NN", "."])
    assert subject_of(doc[4]).text == "mayors"
