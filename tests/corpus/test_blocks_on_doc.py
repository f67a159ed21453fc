"""Blocks are stored on the Doc once, read back as records, and survive DocBin caching."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import DocBin

from analysis.corpus.sections import BLOCKS_SPAN_KEY, doc_blocks, iter_blocks, keep_raw_text, raw_text, set_blocks

TEXT = ("A kettle on the hob\n\n"
        "The water boiled at noon, and the cook\nwas pleased.\n\n"
        "    An indented aside about tea.\n\n"
        + "Plain prose about a small kitchen and its tidy shelves goes on here. " * 5)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_set_blocks_stores_one_labelled_span_per_block(blank):
    doc = blank(TEXT)
    blocks = set_blocks(doc)
    assert blocks == list(iter_blocks(TEXT))
    spans = doc.spans[BLOCKS_SPAN_KEY]
    assert [(span.start_char, span.end_char, span.label_) for span in spans] == [
        (block.start, block.end, block.section) for block in blocks]
    assert blocks[1].text == "The water boiled at noon, and the cook\nwas pleased."


def test_doc_blocks_reads_back_the_records_with_line_and_indent(blank):
    doc = blank(TEXT)
    set_blocks(doc, overrides={3: "caption"})
    blocks = doc_blocks(doc)
    assert blocks == list(iter_blocks(TEXT, overrides={3: "caption"}))
    assert [(block.line, block.indented) for block in blocks] == [(1, False), (3, False), (6, True), (8, False)]
    assert blocks[1].section == "caption"


def test_setting_blocks_again_replaces_them(blank):
    doc = blank(TEXT)
    set_blocks(doc, overrides={6: "comment"})
    set_blocks(doc)
    assert doc_blocks(doc)[2].section != "comment"
    assert len(doc.spans[BLOCKS_SPAN_KEY]) == len(doc_blocks(doc))


def test_blocks_survive_a_docbin_round_trip(blank):
    doc = blank(TEXT)
    stored = set_blocks(doc, overrides={8: "references"})
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    loaded = next(DocBin().from_bytes(data).get_docs(blank.vocab))
    assert doc_blocks(loaded) == stored


def test_a_doc_without_blocks_is_refused(blank):
    with pytest.raises(ValueError, match="set_blocks"):
        doc_blocks(blank(TEXT))


def test_an_empty_text_has_no_blocks(blank):
    doc = blank("  \n\n ")
    assert set_blocks(doc) == [] == doc_blocks(doc)


def test_a_kept_raw_text_is_returned_as_it_was_given(blank):
    doc = blank(TEXT)
    keep_raw_text(doc, TEXT)
    assert raw_text(doc) is TEXT
    assert [block.text for block in set_blocks(doc)] == [block.text for block in iter_blocks(TEXT)]
