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
