"""A motive of Russia's own gain whose hits the sentence filters would drop is not weighed at all: the coder codes it
after the sentence's other codes and asks its rules only where another support, a narrower interest, Assad's side or
(for an asset) an economic motive may keep it (`coder._unkept_motive`). Same hits as before; on invented sentences."""

from __future__ import annotations

import pytest

from analysis.extract.frames import coder
from analysis.extract.frames.coder import CodeHit

CONTEXT = "The Syrian army was falling back near Hama. "


def _coded(nlp, monkeypatch, text):
    """Return the motive codes whose rules were asked on the last sentence of `text`, and its codes."""
    from analysis.corpus.sections import set_blocks
    from analysis.extract.framing import read_codebook
    from analysis.tables.batches import units

    asked: list[str] = []
    original = coder._support_hits

    def recording(code, cue, *args, **kwargs):
        asked.append(code.id)
        return original(code, cue, *args, **kwargs)

    monkeypatch.setattr(coder, "_support_hits", recording)
    doc = nlp(CONTEXT + text)
    set_blocks(doc)
    sentences, entities = units(doc)
    hits = list(coder.iter_code_hits(doc, sentences, entities, codebook=read_codebook(nlp=nlp)))
    last = max(sentence.sent_id for sentence in sentences)
    return {code for code in asked if code in coder.OWN_GAIN_MOTIVES}, {hit.code for hit in hits if hit.sent_id == last}


@pytest.mark.parametrize("text", [
    # an asset named on its own, no one of Assad's side: `_without_bare_motives` drops it
    "The frigate's home port on the coast was put on high alert, the admiral said.",
    "Officials said the new naval base would bring Russia great-power status.",
    # the only act is a limit: `without_motives_of_a_limit` drops the motives
    "Moscow pulled half of its bombers out of Syria, mindful of its naval base on the coast.",
])
def test_a_motive_the_filters_drop_is_not_weighed(nlp, monkeypatch, text):
    asked, codes = _coded(nlp, monkeypatch, text)
    assert asked == set()
    assert not codes & coder.OWN_GAIN_MOTIVES


@pytest.mark.parametrize("text, kept", [
    # the reason of an act of support: weighed and coded
    ("Moscow backs the regime to keep its naval base on the coast.", True),
    # a narrower interest beside it: weighed, as a motive's root may make its verb of retaining a purpose
    ("Moscow kept its naval base on the coast and its great-power status.", False),
])
def test_a_motive_another_hit_may_keep_is_weighed(nlp, monkeypatch, text, kept):
    asked, codes = _coded(nlp, monkeypatch, text)
    assert asked
    assert bool(codes & coder.OWN_GAIN_MOTIVES) is kept


def _hit(code: str, modifier: str | None = None) -> CodeHit:
    return CodeHit(0, code, code.split(".")[0], "cue", 0, 3, "Moscow", "subject", modifier)


@pytest.mark.parametrize("code_id, others, unkept", [
    ("support.motive_economic", ["limits.capacity"], True),
    ("support.motive_strategic", ["support.motive_economic", "limits.departure"], True),
    ("support.motive_economic", ["support.military", "limits.capacity"], False),  # another support keeps it
    ("support.motive_status", ["limits.interests", "limits.capacity"], False),  # a narrower interest: weighed
    ("support.motive_economic", ["limits.hedging"], False),  # a limit the talks' filter may drop
    ("support.motive_economic", [], False),  # no limit: only an asset may be bare
])
def test_unkept_motive_on_hits(code_id, others, unkept):
    # span and scene are read only for an asset with no limit beside it
    assert coder._unkept_motive(code_id, [_hit(code) for code in others], None, None) is unkept
