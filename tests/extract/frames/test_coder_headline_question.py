"""A headline that asks a question bounds the support it asks about (`coder._questioned_in_headline`), on invented
headlines over an invented body."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.coder import iter_code_hits
from analysis.extract.framing import read_codebook
from analysis.tables.batches import units

BODY = "\n\nRussia has flown sorties for the Syrian army since the autumn. The front is quiet this week."


@pytest.fixture(scope="module")
def codebook(nlp):
    return read_codebook(nlp=nlp)


def _hits(nlp, codebook, headline, *, section="headline", body=BODY):
    """Return the hits of the article, its first sentence read as a headline (or as `section`), and that sentence's
    id."""
    doc = nlp(headline + body)
    set_blocks(doc)
    sentences, entities = units(doc)
    sentences = [sentences[0]._replace(section=section), *sentences[1:]]
    return list(iter_code_hits(doc, sentences, entities, codebook=codebook)), sentences[0].sent_id


def _headline_limits(nlp, codebook, headline, *, section="headline"):
    """Return the limits hits of the first sentence, read as a headline (or as `section`)."""
    hits, first = _hits(nlp, codebook, headline, section=section)
    return [hit for hit in hits if hit.sent_id == first and hit.dimension == "limits"]


@pytest.mark.parametrize("headline, link", [
    # a question about Russia, or about its role with no actor named: the article's Russian is taken up
    ("How far would Moscow go for its friend?", "sentence"),
    ("Is the Kremlin still on board?", "sentence"),
    ("A guardian with conditions attached?", "article"),
    ("Two wars at once?", "article"),
])
def test_a_question_headline_bounds_the_support(nlp, codebook, headline, link):
    # the body codes Russia's support, which the headline's question bounds
    article, first = _hits(nlp, codebook, headline)
    assert any(hit.dimension == "support" and hit.sent_id != first for hit in article)
    hits = [hit for hit in article if hit.sent_id == first and hit.dimension == "limits"]
    assert [(hit.code, hit.cue) for hit in hits] == [("limits.commitment", "?")]
    assert hits[0].agent_link == link


@pytest.mark.parametrize("headline, section", [
    # a statement, another actor named, or a question outside the headline
    ("Moscow stands by its friend", "headline"),
    ("Will Ankara shut the Straits?", "headline"),
    ("Can Tehran pay for the militias?", "headline"),
    ("How far would Moscow go for its friend?", "body"),
])
def test_no_bound_from_a_statement_another_actor_or_a_body_question(nlp, codebook, headline, section):
    assert _headline_limits(nlp, codebook, headline, section=section) == []


def test_no_bound_over_an_article_that_codes_no_support(nlp, codebook):
    # a question headline over an article that names Moscow but codes none of its support: no support to bound
    body = "\n\nMoscow has asked for an inquiry into the shooting. The police have made no arrests yet."
    article, first = _hits(nlp, codebook, "Who shot the reporter?", body=body)
    assert not any(hit.dimension == "support" for hit in article)
    assert [hit for hit in article if hit.sent_id == first and hit.dimension == "limits"] == []


@pytest.mark.parametrize("body, supported", [
    # an answer that denies the question headline's doubt: it stands only where the article codes support
    ("\n\nNot really. Moscow has asked for an inquiry into the shooting. The police have made no arrests.", False),
    ("\n\nNot really. Russian jets have flown sorties for the Syrian army since the autumn.", True),
])
def test_a_denied_answer_to_a_question_headline_stands_or_falls_with_it(nlp, codebook, body, supported):
    article, first = _hits(nlp, codebook, "Is Moscow still on board?", body=body)
    assert any(hit.dimension == "support" for hit in article) is supported
    answer = [hit for hit in article if hit.sent_id == first + 1 and hit.dimension == "limits"]
    assert [(hit.code, hit.cue) for hit in answer] == ([("limits.commitment", "Not")] if supported else [])
