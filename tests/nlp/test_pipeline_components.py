"""The project's pipeline components, on hand-built Docs: block starts open sentences, norms hold lemmas;
parsed Docs keep the text they were parsed from."""

from __future__ import annotations

import warnings
from functools import partial

import pytest
import spacy
from spacy.tokens import Doc

from analysis.corpus.sections import RAW_TEXT_KEY
from analysis.nlp import pipeline
from analysis.nlp.matching import lemma_norms
from analysis.nlp.pipeline import block_sentences


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


@pytest.mark.parametrize(("words", "lemmas", "norms"), [
    (["The", "Councils", "WERE", "pulling", "out"], ["the", "Council", "be", "pull", "out"],
     ["the", "council", "be", "pull", "out"]),
    (["Ossia", "'s", "ports"], ["Ossia", "'s", "port"], ["ossia", "'s", "port"]),
    (["Two", "words"], ["", ""], ["two", "words"]),  # no lemma: the norm is left as it was
    # a lemma whose lower-case form the vocabulary has never held, and one in lower case already
    (["KVARNHOLTS", "zirvened"], ["KVARNHOLT", "zirven"], ["kvarnholt", "zirven"]),
    ([], [], []),
])
def test_lemma_norms_lower_the_lemma(vocab, words, lemmas, norms):
    doc = lemma_norms(Doc(vocab, words=words, lemmas=lemmas if any(lemmas) else None))
    assert [token.norm_ for token in doc] == norms


def test_block_starts_open_sentences(vocab):
    words = ["Ossia", "votes", "\n\n", "The", "Velmar", "council", "met", ".", "It", "voted", "\n", "on", "Monday", "."]
    spaces = [True, False, False, True, True, True, False, True, True, False, False, True, False, False]
    doc = block_sentences(Doc(vocab, words=words, spaces=spaces))
    # 'The' opens the second block; 'on' continues a hard-wrapped line, so it opens none.
    assert [token.i for token in doc if token.is_sent_start] == [0, 3]


def test_block_starts_leave_every_other_token_as_it_was(vocab):
    words = ["Ossia", "votes", "\n\n", "The", "council", "met", ".", "\n\n", "Nobody", "spoke"]
    doc = Doc(vocab, words=words, spaces=[True, False, False, True, True, False, False, False, True, False],
              sent_starts=[True, None, None, False, None, True, False, None, None, False])
    doc = block_sentences(doc)
    # the block starts 'The' and 'Nobody' open sentences (one was marked as not opening one); the rest keep theirs
    assert [token.is_sent_start for token in doc] == [True, None, None, True, None, True, False, None, True, False]


def test_a_reference_and_the_mark_it_is_set_against_open_no_sentence(vocab):
    words = ["It", "said", '"', "yes", ".", '"', "[", "4", "]", "Nobody", "came", ".", '"', "[", "5", "]"]
    spaces = [True, True, False, False, False, False, False, False, True, True, False, False, False, False, False,
              False]
    # the parser may take a straight quote for an opening one, or a reference for a sentence's first word
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=[True] + [None] * 4 + [True, True] + [None] * 9)
    doc = block_sentences(doc)
    assert [token.text for token in doc if token.is_sent_start] == ["It", "Nobody"]


def test_parsed_docs_keep_their_text_also_when_joined_from_pieces(nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "chunk_spans", partial(pipeline.chunk_spans, limit=40))
    texts = ["Velmar votes\n\nThe council of Velmar met on Monday and voted late.\n\nNobody objected.\n", "Short.\n"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # joining pieces must not warn about their kept texts
        docs = list(pipeline.parse_texts(nlp, iter(texts)))
    assert [doc.text for doc in docs] == texts
    assert [doc.user_data[RAW_TEXT_KEY] for doc in docs] == texts


@pytest.mark.parametrize(("text", "sentences"), [
    ("Velmar has been the patron of a client.14 What followed was a long lease.",
     ["Velmar has been the patron of a client.14", "What followed was a long lease."]),
    ("The envoy called the vote a ‘formality’.7 Nobody in Ossia agreed.",
     ["The envoy called the vote a ‘formality’.7", "Nobody in Ossia agreed."]),
    ("The council of Velmar met the envoy.12 “It was brief,” he said.",
     ["The council of Velmar met the envoy.12", "“It was brief,” he said."]),
])
def test_a_notes_number_after_a_sentences_mark_closes_that_sentence(nlp, text, sentences):
    assert [sentence.text for sentence in nlp(text).sents] == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    ("Velmar kept its port at Ossia.[3] The council objected in May.",
     ["Velmar kept its port at Ossia.[3]", "The council objected in May."]),
    ("The envoy left on Monday.[b] Nobody saw him go.", ["The envoy left on Monday.[b]", "Nobody saw him go."]),
    ("The envoy left on Monday.[3] “It was brief,” he said.",
     ["The envoy left on Monday.[3]", "“It was brief,” he said."]),
    ("Velmar keeps the harbour open.[JK4] Ossia agrees with that.",
     ["Velmar keeps the harbour open.[JK4]", "Ossia agrees with that."]),
    ("Strikes hit Ossia on 2 and 3 May.[1][12] Nobody was hurt.",
     ["Strikes hit Ossia on 2 and 3 May.[1][12]", "Nobody was hurt."]),
    # a straight quote set against a reference closes its quotation
    ('The envoy said Velmar was "only there for the port."[4] Nobody disagreed.',
     ['The envoy said Velmar was "only there for the port."[4]', "Nobody disagreed."]),
])
def test_a_notes_bracketed_reference_after_a_sentences_mark_closes_that_sentence(nlp, text, sentences):
    assert [sentence.text for sentence in nlp(text).sents] == sentences


@pytest.mark.parametrize(("text", "words"), [
    ("Velmar kept its port.[3] The council met.", ["port", ".", "[", "3", "]", "The"]),
    ("Velmar, as agreed,[a] kept its port.", ["agreed", ",", "[", "a", "]", "kept"]),
    ("“We stay.”[12] The council met.", ["stay", ".", "”", "[", "12", "]", "The"]),
    ("Velmar will pay.[JK4][5] We agree.", ["pay", ".", "[", "JK4", "]", "[", "5", "]", "We"]),
    # a word in brackets is no reference; nor is a reference set against a word or after a space
    ("He left.[sic] The council met.", ["He", "left.[sic", "]", "The"]),
    ("He left.[0] The council met.", ["He", "left.[0", "]", "The"]),
    ("The port[3] was kept.", ["The", "port[3", "]", "was"]),
    ("The council met [3]. Nobody came.", ["met", "[", "3", "]", "."]),
])
def test_a_notes_bracketed_reference_is_split_from_the_mark_it_is_set_against(nlp, text, words):
    tokens = [token.text for token in nlp.make_doc(text)]
    assert any(tokens[i:i + len(words)] == words for i in range(len(tokens)))


@pytest.mark.parametrize("text", [
    "Velmar kept its port.[3] and the council met.",  # no capital after it
    "Velmar kept its port.[edit] The council met.",  # a word, not a reference
])
def test_no_sentence_starts_after_what_is_no_closing_reference(nlp, text):
    assert [sentence.text for sentence in nlp(text).sents] == [text]


def test_a_notes_number_is_split_from_its_mark_but_no_number_with_a_point(nlp):
    words = [word.text for word in nlp("No.1 Squadron flew 2.5 sorties a day for a client.4 Velmar paid 10.4 per cent.")]
    assert words[:4] == ["No.1", "Squadron", "flew", "2.5"]
    assert words[9:15] == ["client", ".", "4", "Velmar", "paid", "10.4"]


@pytest.mark.parametrize(("text", "word"), [
    # a number's label, a rough amount or a month set against the number it labels, counts or dates
    ("The claim is set out in Vol.3 Readers in Ossia found it.", "Vol.3"),
    ("As Fig.2 Velmar's sorties rose, its losses fell.", "Fig.2"),
    ("Under art.12 Velmar must consult the council.", "art.12"),
    ("The ruling in para.45 The court of Ossia upheld.", "para.45"),
    ("The vote on Res.242 Ossia never accepted.", "Res.242"),
    ("There were ca.500 Velmari advisers at the port.", "ca.500"),
    ("The strikes began on Sept.30 Velmar's jets flew at dawn.", "Sept.30"),
    ("Guests waited in room no.12 Nobody came.", "no.12"),
    # a note's number never starts with 0
    ("The figures for 2016.03 Velmar never published.", "2016.03"),
    ("Call the office on tel.020 7946 0000 today.", "tel.020"),
])
def test_a_number_after_an_abbreviations_point_is_no_note(nlp, text, word):
    doc = nlp(text)
    assert word in [token.text for token in doc]
    assert [sentence.text for sentence in doc.sents] == [text]


@pytest.mark.parametrize("text", [
    "Velmar has been the patron of a client.14 What followed was a long lease.",
    "A ‘formality’.7 Nobody agreed.” 2.5 sorties.3 (Ossia said.) [Note.]12 “Yes.”5 The end.",
    "In July 2017.112 The envoy left; the port.4 \tVelmar paid 10.4 per cent. No.1 Squadron.",
    "Vol.3 Readers, art.12 Velmar, 2016.03 Velmar and a client.0 Nobody: no note here.",
    "The port.[3] The talks.”[b][12] Velmar.[JK4] “Yes.” [5] Ossia.[sic] The end.[7] and the port.[0] Nobody.",
    "",
])
def test_notes_after_marks_are_those_the_pattern_finds_anywhere(text):
    assert [note.span() for note in pipeline.notes_after_marks(text)] == \
        [note.span() for note in pipeline.AFTER_NOTE_REFERENCE.finditer(text)]
