"""Quote pairing and attribution stay near-linear on hostile input: finishing in seconds is the test.

The texts are built here, about a megabyte for pairing and a few hundred kilobytes for attribution
(tokenized without the parser, so the test measures the quotation code, not spaCy); a megabyte of
quotes over the per-document budget falls back to keeping them unattributed.
"""

from __future__ import annotations

import logging
import random

import pytest
import spacy
from spacy.tokens import Doc

from analysis.corpus.sections import iter_blocks, set_blocks
from analysis.extract.quotations import find_quote_marks, iter_quotations
from analysis.extract.quotations.collect import FALLBACK_KIND, MAX_QUOTE_MARKS
from analysis.extract.quotations.index import QuoteIndex
from analysis.nlp.sentences import iter_sentences
from analysis.tables.build import analyse_text

WORDS = ["Moscow", "rebels", "said", "the", "war", "he", "told", "according", "to", ":", ".", ",",
         "“", "”", "‘", "’", "\"", "'", "rebels’", "it’s", "Assad’s", "\n\n"]


def _mixed(n_words: int, *, seed: int) -> str:
    chooser = random.Random(seed)
    return " ".join(chooser.choice(WORDS) for _ in range(n_words))


def _blocks(text: str) -> list[tuple[int, int]]:
    return [(block.start, block.end) for block in iter_blocks(text)]


HOSTILE = {
    "mixed words and marks": lambda: _mixed(200_000, seed=7),
    "curly pairs": lambda: "“a” " * 250_000,
    "apostrophes after plurals": lambda: "the rebels’ claims " * 55_000,
    "deep nesting": lambda: "“‘ " * 100_000 + "x" + " ’”" * 100_000,
    "never closed": lambda: "He said “a " * 100_000,
}


@pytest.mark.parametrize("make", list(HOSTILE.values()), ids=list(HOSTILE))
def test_pairing_a_megabyte_of_marks_finishes(make):
    text = make()
    quotes = find_quote_marks(text, _blocks(text))
    assert all(q.open_at < q.start <= q.end <= len(text) for q in quotes)


def _tokenized(text: str, blocks) -> Doc:
    """Return `text` tokenized without a parser, with a sentence at each block and after each full stop."""
    nlp = spacy.blank("en")
    nlp.max_length = len(text) + 1
    made = nlp.make_doc(text)
    block_starts = {block.start for block in blocks}
    starts = [i == 0 or token.idx in block_starts or made[i - 1].text == "." for i, token in enumerate(made)]
    return Doc(made.vocab, words=[t.text for t in made], spaces=[bool(t.whitespace_) for t in made],
               sent_starts=starts)


@pytest.mark.parametrize("text", [_mixed(40_000, seed=11), "“a,” he said “b” " * 12_000,
                                  "“‘ " * 10_000 + "x" + " ’”" * 10_000], ids=["mixed", "many quotes", "nested"])
def test_attributing_tens_of_thousands_of_quotes_finishes(text):
    blocks = list(iter_blocks(text))
    doc = _tokenized(text, blocks)
    set_blocks(doc)
    quotations = list(iter_quotations(doc, list(iter_sentences(doc)), []))
    assert all(text[q.start:q.end] == q.text for q in quotations)


def test_a_parsed_text_of_mixed_marks_gives_tables(nlp):
    text = _mixed(6_000, seed=3)
    quotations = analyse_text(text, nlp=nlp)["quotations"]
    assert all(text[s:e] == t for s, e, t in zip(quotations.start, quotations.end, quotations.text))


def test_the_quote_index_finds_the_quotes_around_an_offset():
    text = "“a ‘b “c” d’ e” f “g”"
    quotes = find_quote_marks(text, [(0, len(text))])
    index = QuoteIndex(quotes)
    assert [text[q.start:q.end] for q in index.around(text.index("c"))] == ["c", "b “c” d", "a ‘b “c” d’ e"]
    assert index.around(text.index("f")) == []
    assert index.held_at_depth(text.index("d"), 1).start == text.index("b")
    assert index.covered(0, len(text), 0) == len("a ‘b “c” d’ e") + len("g")


def _quotations(text: str, nlp=None, **options):
    doc = nlp(text) if nlp is not None else _tokenized(text, list(iter_blocks(text)))
    set_blocks(doc)
    return list(iter_quotations(doc, list(iter_sentences(doc)), [], **options))


def test_over_the_quote_budget_quotes_are_kept_unattributed_with_a_warning(nlp, caplog):
    text = "“We stay,” Lavrov said. “We go,” she said. “Maybe,” they said."
    within = _quotations(text, nlp)
    with caplog.at_level(logging.WARNING, logger="analysis.extract.quotations.collect"):
        over = _quotations(text, nlp, doc_id="doc_7", max_quote_marks=2)
    assert any(q.speaker is not None for q in within)
    assert [(q.start, q.end) for q in over] == [(q.start, q.end) for q in within if q.kind != "indirect"]
    assert {(q.kind, q.speaker, q.cue) for q in over} == {(FALLBACK_KIND, None, None)}
    assert "doc_7: 3 pairs of quote marks, over the budget of 2" in caplog.text


def test_a_megabyte_of_quotes_over_the_default_budget_finishes(caplog):
    text = "“a,” he said “b” " * 60_000
    with caplog.at_level(logging.WARNING, logger="analysis.extract.quotations.collect"):
        quotations = _quotations(text, doc_id="huge")
    marked = [q for q in quotations if q.kind != "indirect"]
    assert len(marked) == 120_000 > MAX_QUOTE_MARKS
    assert all(q.kind == FALLBACK_KIND and q.speaker is None for q in marked)
    assert f"huge: 120000 pairs of quote marks, over the budget of {MAX_QUOTE_MARKS}" in caplog.text
