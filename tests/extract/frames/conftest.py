"""Helpers shared by the frame coder's tests on invented sentences."""

from __future__ import annotations

import pandas as pd

from analysis.tables.build import analyse_text


def last_sentence_codes(nlp, text: str, dimension: str | None = None) -> pd.DataFrame | set[str]:
    """Return the codes table rows of the text's last sentence, or with `dimension` the set of its codes there."""
    tables = analyse_text(text, nlp=nlp)
    codes = tables["codes"]
    last = codes[codes.sent_id == tables["sentences"].sent_id.max()]
    return last if dimension is None else set(last[last.dimension == dimension].code)


def word_cue(doc, word: str):
    """Return the one-token Span of the first token whose lower-case text is `word`."""
    token = next(token for token in doc if token.lower_ == word)
    return doc[token.i:token.i + 1]
