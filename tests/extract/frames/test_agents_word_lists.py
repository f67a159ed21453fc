"""The Scene's set-up searches each column once for all its word lists (`agents._indices_per_list`); each list's tokens
are those `ParseArrays.indices` and `lemma_indices` find for it alone, on invented texts."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from analysis.extract.frames.agents import SCENE_LEMMA_LISTS, SCENE_LOWER_LISTS, _indices_per_list
from analysis.nlp.arrays import ParseArrays

TEXTS = [
    "The regime said its troops would hold. They did not, and we watched the rebels take the town in a week.",
    "Our government told the Syrian army that the man in charge had fled; the woman stayed for two years.",
    "Loyalist forces and insurgents fought for months. The president's men kept the capital. Its people waited.",
    "Nothing here names anyone.",  # no word of any list
]


@pytest.mark.parametrize("text", TEXTS)
def test_each_list_holds_what_the_column_search_for_it_alone_finds(nlp, text):
    parse = ParseArrays(nlp(text))
    assert _indices_per_list(parse, SCENE_LOWER_LISTS, lemma=False) == [
        parse.indices("LOWER", words).tolist() for words in SCENE_LOWER_LISTS]
    assert _indices_per_list(parse, SCENE_LEMMA_LISTS, lemma=True) == [
        parse.lemma_indices(words).tolist() for words in SCENE_LEMMA_LISTS]


def test_the_texts_hold_words_of_several_lists(nlp):
    """The comparison above is not empty: a list shares a token with another ('rebel' is an opponent and an armed
    one), and most lists find some token."""
    found_lower = [0] * len(SCENE_LOWER_LISTS)
    found_lemma = [0] * len(SCENE_LEMMA_LISTS)
    for text in TEXTS:
        parse = ParseArrays(nlp(text))
        for number, tokens in enumerate(_indices_per_list(parse, SCENE_LOWER_LISTS, lemma=False)):
            found_lower[number] += len(tokens)
        for number, tokens in enumerate(_indices_per_list(parse, SCENE_LEMMA_LISTS, lemma=True)):
            found_lemma[number] += len(tokens)
    assert all(found_lower) and sum(map(bool, found_lemma)) >= 5


def test_an_empty_doc_holds_no_token_of_any_list(nlp):
    parse = ParseArrays(Doc(nlp.vocab, words=[]))
    assert _indices_per_list(parse, SCENE_LOWER_LISTS, lemma=False) == [[] for _ in SCENE_LOWER_LISTS]
    assert _indices_per_list(parse, SCENE_LEMMA_LISTS, lemma=True) == [[] for _ in SCENE_LEMMA_LISTS]


def test_a_word_in_capitals_is_found_by_its_lower_case_form(nlp):
    doc = Doc(nlp.vocab, words=["THEY", "fled", "to", "Damascus", ";", "WE", "stayed"])
    pronouns, _, first_plurals, side_words, _ = _indices_per_list(ParseArrays(doc), SCENE_LOWER_LISTS, lemma=False)
    assert (pronouns, first_plurals, side_words) == ([0], [5], [3])
