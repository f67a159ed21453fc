"""The project's pipeline components, on hand-built Docs: block starts open sentences, norms hold lemmas."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

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
