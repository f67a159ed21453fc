"""Corpus views on small hand-made tables."""

from __future__ import annotations

import pandas as pd

from analysis.views import corpus
from analysis.views.corpus import co_mentions, excluded_blocks, section_audit

DOCUMENTS = pd.DataFrame({"doc_id": ["d1", "d2"], "label": ["One", "Two"], "published": ["2015", "2017"]})
SENTENCES = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1", "d2", "d2"], "sent_id": [0, 1, 2, 0, 1],
    "section": ["headline", "body", "comment", "body", "body"],
    "text": ["h", "b1", "c", "b2", "b3"], "start": [0, 2, 5, 0, 3], "end": [1, 4, 6, 2, 5],
})


def _entity(doc_id, sent_id, actor, affiliation=None):
    return {"doc_id": doc_id, "sent_id": sent_id, "actor": actor, "affiliation": affiliation, "start": 0}


def test_co_mentions_count_affiliated_persons_and_skip_excluded_sections():
    entities = pd.DataFrame([
        _entity("d1", 0, "Vladimir Putin", "Russia"), _entity("d1", 0, "Bashar al-Assad"),
        _entity("d1", 2, "Russia"), _entity("d1", 2, "Bashar al-Assad"),
        _entity("d2", 0, "Russia"), _entity("d2", 1, "Syrian government"),
    ])
    table = co_mentions(entities, SENTENCES, DOCUMENTS)
    assert table.loc["One"].tolist() == [2, 1, 1, 1, 0.5]
    assert table.loc["Two"].tolist() == [2, 1, 1, 0, 0.0]


def test_co_mentions_list_sources_in_order_of_publication():
    later_first = DOCUMENTS.assign(published=["2019", "2017"])
    assert co_mentions(pd.DataFrame([_entity("d1", 1, "Russia")]), SENTENCES, later_first).index.tolist() == ["Two", "One"]


def test_section_audit_has_every_section_and_excluded_blocks_lists_non_analysed_text():
    blocks = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "block_id": [0, 1, 0], "section": ["body", "caption", "body"],
                           "start": [0, 10, 0], "end": [8, 15, 4], "text": ["x" * 8, "y" * 5, "z" * 4],
                           "reason": ["position:body", "layout:credit", "position:body"]})
    audit = section_audit(blocks, SENTENCES, DOCUMENTS)
    assert audit.loc["One", ("characters", "caption")] == 5
    assert audit.loc["Two", ("characters", "references")] == 0
    assert audit.loc["One", ("sentences", "comment")] == 1
    excluded = excluded_blocks(blocks, DOCUMENTS)
    assert (excluded.text.tolist(), excluded.reason.tolist()) == (["yyyyy"], ["layout:credit"])


def test_corpus_facts_are_computed_from_the_documents_table():
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"],
                              "published": ["2019-03", "2015", "2021-12-01"], "n_sentences": [10, 20, 1_000],
                              "n_tokens": [100, 200, 300]})
    facts = corpus.corpus_facts(documents)
    assert facts == ("The corpus holds **3 sources** from 2 outlets, published in 2015–2021: 1,030 sentences "
                     "and 600 tokens in all.")
    assert corpus.year_span(documents.iloc[[0]]) == "2019"
