"""Views stay linear in the number of sources: the table operations they run do not grow with it."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.views import argument, comparison, voices

SENTENCES_PER_SOURCE = 4


def synthetic_tables(n_sources: int) -> dict[str, pd.DataFrame]:
    """Return hand-built tables for `n_sources` sources, each with the same small article."""
    ids = [f"{i:03d}_synthetic" for i in range(n_sources)]
    documents = pd.DataFrame({"doc_id": ids, "label": [f"Outlet {i:03d}" for i in range(n_sources)],
                              "published": [f"{2000 + i % 25}-01" for i in range(n_sources)]})
    texts = ["Russia sent jets.", "Moscow left Assad.", "An analyst said so.", "The dictator fell."]
    sentences = pd.DataFrame([{"doc_id": doc_id, "sent_id": s, "block_id": s, "section": "body", "start": 20 * s,
                               "end": 20 * s + len(text), "text": text, "n_tokens": 4, "has_elision": False,
                               "voice": "author"}
                              for doc_id in ids for s, text in enumerate(texts)])
    codes = pd.DataFrame([{"doc_id": doc_id, "sent_id": s, "code": code, "dimension": code.split(".")[0],
                           "cue": "x", "start": 20 * s, "end": 20 * s + 1}
                          for doc_id in ids for s, code in ((0, "support.military"), (1, "limits.abandonment"))])
    quotations = pd.DataFrame([{"doc_id": doc_id, "quote_id": 0, "sent_id": 2, "section": "body", "start": 43,
                                "end": 50, "text": "so", "kind": "indirect", "speaker": "An analyst",
                                "speaker_name": pd.NA, "speaker_actor": pd.NA, "cue": "say",
                                "speaker_start": 40, "speaker_end": 50, "cue_start": pd.NA, "cue_end": pd.NA}
                               for doc_id in ids]).astype({"speaker_start": "Int64", "speaker_end": "Int64"})
    markers = pd.DataFrame([{"doc_id": doc_id, "sent_id": 2, "marker": "said", "category": "evidence_quotation",
                             "start": 51, "end": 55, "voice": "author"} for doc_id in ids])
    labels = pd.DataFrame([{"doc_id": doc_id, "sent_id": 3, "actor": "Bashar al-Assad", "label": "The dictator",
                            "head": "dictator", "evaluative": True, "start": 60, "end": 72, "voice": "author"}
                           for doc_id in ids])
    return {"documents": documents, "sentences": sentences, "codes": codes, "quotations": quotations,
            "markers": markers, "labels": labels}


def _operations(monkeypatch, n_sources: int, view=lambda tables: comparison.source_summary(tables)) -> int:
    """Return how many column or row selections, groupbys, merges and pivots `view` (the summary) runs for
    `n_sources` sources."""
    calls = {"n": 0}
    for name in ("__getitem__", "groupby", "merge", "pivot_table"):
        original = getattr(pd.DataFrame, name)

        def counted(self, *args, _original=original, **kwargs):
            calls["n"] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(pd.DataFrame, name, counted)
    tables = synthetic_tables(n_sources)
    view(tables)
    monkeypatch.undo()
    return calls["n"]


def test_source_summary_runs_as_many_table_operations_for_200_sources_as_for_5(monkeypatch):
    assert _operations(monkeypatch, 200) == _operations(monkeypatch, 5)


def test_voice_groups_look_at_each_quotation_once(monkeypatch):
    tables = synthetic_tables(200)
    seen = []
    original = voices.voice_group
    monkeypatch.setattr(voices, "voice_group", lambda row, **kwargs: seen.append(row.doc_id) or original(row, **kwargs))
    counts = voices.voices_by_source(tables["quotations"], tables["sentences"], tables["documents"])
    assert len(seen) == len(tables["quotations"])
    assert counts[voices.VOICE_GROUPS[1]].sum() == 200


@pytest.mark.parametrize("n_sources", [5, 200])
def test_source_summary_has_one_row_per_synthetic_source(n_sources):
    summary = comparison.source_summary(synthetic_tables(n_sources))
    assert len(summary) == n_sources
    assert (summary.n_sentences == SENTENCES_PER_SOURCE).all()
    assert (summary.support_share == 0.25).all() and (summary.assad_named_as == "dictator").all()


def _contrast_and_framing(tables):
    return argument.contrast_and_framing(tables["markers"], tables["codes"], tables["sentences"], tables["documents"])


def test_contrast_and_framing_runs_as_many_table_operations_for_200_sources_as_for_5(monkeypatch):
    assert _operations(monkeypatch, 200, _contrast_and_framing) == _operations(monkeypatch, 5, _contrast_and_framing)
