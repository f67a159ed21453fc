"""Tokens picked by their attributes from `Doc.to_array`, without making a `Token` object for each."""

from __future__ import annotations

from typing import Iterable

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc


def token_indices(doc: Doc, attr: str, values: Iterable[str], *, exclude: bool = False) -> np.ndarray:
    """Return the indices of the tokens whose `attr` ('DEP', 'POS', 'LOWER', ...) is one of `values`
    (with `exclude`: is none of them), in order."""
    ids = np.unique(np.array([get_string_id(value) for value in values], dtype=np.uint64))
    return np.flatnonzero(among(doc.to_array(attr), ids) != exclude)


def lemma_indices(doc: Doc, lemmas: Iterable[str]) -> np.ndarray:
    """Return the indices of the tokens whose lower-cased lemma is one of `lemmas`, in order."""
    lemma_ids = doc.to_array("LEMMA")
    wanted = frozenset(lemmas)
    ids = [value for value in np.unique(lemma_ids).tolist() if doc.vocab.strings[value].lower() in wanted]
    return np.flatnonzero(among(lemma_ids, np.array(ids, dtype=np.uint64)))


def among(column: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Return whether each entry of `column` is one of `values` (sorted, of the same type), as `np.isin` does,
    with one binary search per entry."""
    if not len(values):
        return np.zeros(len(column), dtype=bool)
    return values[np.searchsorted(values, column).clip(max=len(values) - 1)] == column
