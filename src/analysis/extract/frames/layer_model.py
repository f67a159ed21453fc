"""The learned framing layer (form G of `reports/framing_model.md`) as an editable resource:
`resources/framing_layer.json`, written by `bench/framing_model.py --export` (`make framing-layer`).

The file holds, per dimension, a logistic regression over a sentence's binary features (the rule coder's codes, cues
and links, lemma unigrams and bigrams, actors, argument markers, layout): its intercept and the weight of each kept
feature. Form G keeps a rule code the model scores at least `veto_below`, and adds a code to a sentence scored at least
`add_from` next to a parse-linked rule code, at most `add_share` × the rule coder's count per article and dimension.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import resource_loader
from analysis.errors import InputError
from analysis.extract.vocabulary import DIMENSIONS

FRAMING_LAYER_FILE = RESOURCES_DIR / "framing_layer.json"
# The prefixes of the bench's feature names (`prefix=value`) and its features without a value.
FEATURE_PREFIXES = frozenset({"section", "position", "rule", "code", "cue", "link", "mod", "prev_rule", "prev_code",
                              "next_rule", "next_code", "para_rule", "actor", "prev_actor", "marker", "w", "b",
                              "modal"})
BARE_FEATURES = frozenset({"last_in_paragraph", "quoted", "negation"})
SHARES = ("veto_below", "add_from", "add_share")
PROVENANCE_KEYS = ("training_doc_ids", "c_grid", "min_batches", "commit", "command")


@dataclass(frozen=True)
class DimensionModel:
    """One dimension's logistic regression: the C it was trained with, its intercept and its feature weights."""

    c: float
    intercept: float
    weights: dict[str, float]


@dataclass(frozen=True)
class FramingLayer:
    """The trained layer: form G's thresholds, a model per dimension and where it came from."""

    veto_below: float
    add_from: float
    add_share: float
    models: dict[str, DimensionModel]
    provenance: dict

    def score(self, dimension: str, features: set[str]) -> float:
        """Return the model's probability that a sentence with `features` holds a code of `dimension`."""
        model = self.models[dimension]
        # fsum rounds once, so the score does not depend on the (hash-seeded) order of `features`.
        logit = math.fsum([model.intercept, *(model.weights[name] for name in features if name in model.weights)])
        return 1.0 / (1.0 + math.exp(-logit))


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    keys = [key for key, _ in pairs]
    duplicated = sorted({key for key in keys if keys.count(key) > 1})
    if duplicated:
        raise ValueError(f"duplicate keys {', '.join(duplicated)}")
    return dict(pairs)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def feature_name_problem(name) -> str | None:
    """Return why `name` is no feature name of the bench (None if it is one)."""
    if not isinstance(name, str) or not name or any(character.isspace() for character in name):
        return "a feature name is a non-empty string without spaces"
    prefix, equals, value = name.partition("=")
    if not equals:
        return None if name in BARE_FEATURES else f"a feature without '=' is one of {', '.join(sorted(BARE_FEATURES))}"
    if prefix not in FEATURE_PREFIXES or not value:
        return f"a feature is PREFIX=VALUE with a prefix of {', '.join(sorted(FEATURE_PREFIXES))}"
    return None


def read_framing_layer(path: Path | None = None) -> FramingLayer:
    """Return the layer in `path` (by default `FRAMING_LAYER_FILE`). Raises InputError with one line per bad entry."""
    path = Path(path or FRAMING_LAYER_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError([f"{path.name}: not a readable JSON file: {error}"]) from None
    if not isinstance(data, dict):
        raise InputError([f"{path.name}: must hold a JSON object"])
    problems = []
    constants = data.get("constants")
    constants = constants if isinstance(constants, dict) else {}
    for name in SHARES:
        if not (_is_number(constants.get(name)) and 0 <= constants[name] <= 1):
            problems.append(f"{path.name} constants.{name}: must be a number from 0 to 1")
    provenance = data.get("provenance")
    provenance = provenance if isinstance(provenance, dict) else {}
    for name in PROVENANCE_KEYS:
        if name not in provenance:
            problems.append(f"{path.name} provenance.{name}: missing")
    dimensions = data.get("dimensions")
    dimensions = dimensions if isinstance(dimensions, dict) else {}
    if sorted(dimensions) != sorted(DIMENSIONS):
        problems.append(f"{path.name} dimensions: must be exactly {', '.join(DIMENSIONS)}")
    models = {}
    for dimension in DIMENSIONS:
        if dimension not in dimensions:
            continue
        entry = dimensions[dimension]
        where = f"{path.name} dimensions.{dimension}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be an object with C, intercept and weights")
            continue
        if not (_is_number(entry.get("C")) and entry["C"] > 0):
            problems.append(f"{where}.C: must be a positive number")
        if not _is_number(entry.get("intercept")):
            problems.append(f"{where}.intercept: must be a finite number")
        weights = entry.get("weights")
        if not isinstance(weights, dict) or not weights:
            problems.append(f"{where}.weights: must map feature names to weights")
            continue
        for name, weight in weights.items():
            problem = feature_name_problem(name)
            if problem:
                problems.append(f"{where}.weights '{name}': {problem}")
            elif not _is_number(weight):
                problems.append(f"{where}.weights '{name}': the weight must be a finite number")
        models[dimension] = DimensionModel(entry.get("C"), entry.get("intercept"), dict(weights))
    if problems:
        raise InputError(problems)
    return FramingLayer(**{name: constants[name] for name in SHARES}, models=models, provenance=provenance)


@resource_loader()
def default_framing_layer() -> FramingLayer:
    """Return the layer in `FRAMING_LAYER_FILE`, read once."""
    return read_framing_layer()
