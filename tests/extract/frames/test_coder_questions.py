"""A question whose Russian is only carried from the sentences before states no support (`coder._is_question`), on
invented paragraphs: an interrogative asks and asserts nothing (Quirk et al. 1985 §11.1)."""

from __future__ import annotations

import pytest

from analysis.extract.frames.coder import _is_question
from tests.extract.frames.conftest import last_sentence_codes

BEFORE = "Moscow has flown sorties for the Syrian army since 2015. "


@pytest.mark.parametrize("text", [
    # a seminar question, an interview question, a quoted question
    BEFORE + "What does a protector owe the government it shields?",
    BEFORE + "Who will rescue the regime next time?",
    BEFORE + "\"Who will defend the Syrian army now?\"",
])
def test_a_question_on_a_carried_russian_states_no_support(nlp, text):
    assert not last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # near misses: the question names Russia itself, or the sentence states the support
    BEFORE + "Why did Moscow rescue the regime in 2015?",
    BEFORE + "The bombing kept the Syrian army in the field.",
    BEFORE + "The sorties rescued the regime, didn't they.",
])
def test_a_question_naming_russia_or_a_statement_keeps_its_support(nlp, text):
    assert last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text, question", [
    ("Who protects them?", True),
    ("\u201cWho protects them?\u201d", True),
    ("(Who protects them?)", True),
    ("Who protects them, I asked.", False),
    ("It protects them? Hardly so.", False),
    ("What a question!", False),
])
def test_is_question(text, question):
    assert _is_question(text) is question
