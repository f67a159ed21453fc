"""Sentences stay inside blocks; elided words are flagged, not guessed."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import doc_blocks, iter_blocks, set_blocks
from analysis.nlp.sentences import GAP_PATTERNS, find_elisions, iter_sentences


def _sentences(nlp, text):
    doc = nlp(text)
    set_blocks(doc)
    return list(iter_sentences(doc))


def test_headline_and_caption_are_separate_sentences(nlp):
    text = ("Why Assad could fall despite Russia\n\nRebels in Aleppo\n\n"
            "Rebels stormed the city (Image: Getty)\n\nThe assault surprised everyone. It was fast.")
    sentences = _sentences(nlp, text)
    assert [s.text for s in sentences] == ["Why Assad could fall despite Russia", "Rebels in Aleppo",
                                           "Rebels stormed the city (Image: Getty)",
                                           "The assault surprised everyone.", "It was fast."]
    assert [s.section for s in sentences] == ["headline", "caption", "caption", "body", "body"]


def test_references_heading_is_its_own_sentence(nlp):
    text = "Prose about Russia and Syria here. " * 8 + "\nReferences\nSmith, Jane. 2020. A book. Press."
    texts = [s.text for s in _sentences(nlp, text)]
    assert "References" in texts


def test_every_block_yields_a_sentence_and_offsets_round_trip(nlp, raw_texts):
    for text in raw_texts.values():
        blocks = list(iter_blocks(text))
        sentences = _sentences(nlp, text)
        assert {s.block_id for s in sentences} == {b.block_id for b in blocks}
        for s in sentences:
            block = blocks[s.block_id]
            assert block.start <= s.start < s.end <= block.end
            assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("text, elided", [
    ("Insurgent columns marched on , ’s largest port, and took it within days.", True),
    ("Tehran has long treated Lebanon as a key partner in the .", True),
    ("Both sides were worn down by years of fighting with and the talks may fail.", True),
    ("Militias, formerly allied with , and smaller groups control the roads.", True),
    ("Militias and smaller groups funded by — control the roads.", True),
    ("These deals are struck over and above the wishes of ordinary voters.", False),
    ("It gave the opposition something small to cling to, let alone more.", False),
    ("Moscow’s entry was late, and the army’s units were retreating.", False),
    ("The protesters’ revolt seemed to come out of nowhere.", False),
])
def test_elision_flags(nlp, text, elided):
    doc = nlp(text)
    assert bool(find_elisions(doc[:])) is elided


def test_sentences_need_the_blocks_on_the_doc(nlp):
    with pytest.raises(ValueError, match="set_blocks"):
        list(iter_sentences(nlp("A cup of tea. A slice of cake.")))


def test_record_span_widens_a_record_to_whole_tokens():
    import spacy

    from analysis.nlp.sentences import Sentence, record_span

    doc = spacy.blank("en")("The teapot cracked. The cook sighed.")
    sentence = Sentence(1, 0, "body", 20, 36, "The cook sighed.", 4, False)
    assert [token.text for token in record_span(doc, sentence)] == ["The", "cook", "sighed", "."]
    partial = sentence._replace(start=22, end=26)
    assert record_span(doc, partial).text == "The cook"


@pytest.mark.parametrize("text, matched", [
    ("Ferry crews waited near , for hours", True),
    ("Tugs stood by ; the crews slept", True),
    ("Cargo was listed as :", True),
    ("The pilot boat left .", True),
    ("’s quay flooded overnight", True),
    ("Dockers at the (’s) gate walked out", True),
    ("Dockers at the 's gate walked out", True),
    ("Velmar’s pier reopened, and the ferries ran.", False),
])
def test_gap_patterns_hold_their_literals(text, matched):
    # a text holding none of a pattern's literals is not searched: every match must hold one
    found = [pattern for pattern, held in GAP_PATTERNS if pattern.search(text)]
    assert bool(found) is matched
    assert all(any(literal in text for literal in held) for pattern, held in GAP_PATTERNS if pattern in found)


def test_sentences_read_on_the_parse_arrays_are_the_same(nlp):
    from analysis.nlp.arrays import ParseArrays

    text = ("Ministers met in Varnholt.\n\nThe talks on and , off the record, ran late.  A note followed with\n\n"
            "  Nobody signed .")
    doc = nlp(text)
    set_blocks(doc)
    assert list(iter_sentences(doc, parse=ParseArrays(doc))) == list(iter_sentences(doc))
    assert list(iter_sentences(doc, blocks=doc_blocks(doc))) == list(iter_sentences(doc))
    assert [sentence.has_elision for sentence in iter_sentences(doc)] == [False, True, False, True]


@pytest.mark.parametrize("words, spaces, sent_starts, expected", [
    # whitespace tokens at a sentence's edges are left out of it
    (["Ferries", "ran", ".", "\n\n", "Tugs", "idled", "."], [True, False, False, False, True, False, False],
     [True, False, False, False, True, False, False], ["Ferries ran.", "Tugs idled."]),
    # the whitespace token opens the second sentence here, and a sentence of whitespace alone yields nothing
    (["Ferries", "ran", ".", "\n\n", "Tugs", "idled", ".", "\n"], [True, False, False, False, True, False, False, False],
     [True, False, False, True, False, False, False, True], ["Ferries ran.", "Tugs idled."]),
    # one sentence of one word; an empty Doc
    (["Ahoy"], [False], [True], ["Ahoy"]),
    ([], [], None, []),
])
def test_sentences_of_a_hand_built_doc(words, spaces, sent_starts, expected):
    import spacy
    from spacy.tokens import Doc

    from analysis.nlp.arrays import ParseArrays

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    set_blocks(doc)
    for parse in (None, ParseArrays(doc)):
        sentences = list(iter_sentences(doc, parse=parse))
        assert [sentence.text for sentence in sentences] == expected
        assert [sentence.sent_id for sentence in sentences] == list(range(len(expected)))
        assert all(doc.text[s.start:s.end] == s.text for s in sentences)
        assert [s.n_tokens for s in sentences] == [len(text.replace(".", " .").split()) for text in expected]
