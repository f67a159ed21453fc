"""`notice.told_by_another` on hand-set parses: the means of a telling inside a 'by' phrase is no teller."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.lang.en import English

from analysis.extract.frames.notice import told_by_another


class _NoRussian:
    """A scene that names no Russian anywhere."""

    def russian_in(self, span):
        return None


def _parse(words, heads, deps, lemmas):
    return Doc(English().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_a_medium_parsed_as_a_compound_in_the_by_phrase_is_no_teller():
    # 'telephone' taken as a compound of the adverb after it, the adverb as the object of 'by'
    doc = _parse(["Damascus", "was", "told", "by", "telephone", "afterwards", "."], [2, 2, 2, 2, 5, 3, 2],
                 ["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "punct"],
                 ["damascus", "be", "tell", "by", "telephone", "afterwards", "."])
    assert not told_by_another(doc[0:3], _NoRussian())


def test_a_teller_in_the_by_phrase_who_is_no_russian_is_another():
    doc = _parse(["Damascus", "was", "told", "by", "its", "officers", "."], [2, 2, 2, 2, 5, 3, 2],
                 ["nsubjpass", "auxpass", "ROOT", "agent", "poss", "pobj", "punct"],
                 ["damascus", "be", "tell", "by", "its", "officer", "."])
    assert told_by_another(doc[0:3], _NoRussian())
