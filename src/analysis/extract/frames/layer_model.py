"""The learned framing layer (form G of `reports/framing_model.md`) as an editable resource:
`resources/framing_layer.json`, written by `bench/framing_model.py --export` (`make framing-layer`).

The file holds, per dimension, a logistic regression over a sentence's binary features (the rule coder's codes, cues
and links, lemma unigrams and bigrams, actors, argument markers, layout): its intercept and the weight of each kept
feature. Form G keeps a rule code the model scores at least `veto_below`, and adds a code to a sentence scored at least
`add_from` next to a parse-linked rule code, at most `add_share` × the rule coder's count per article and dimension.
Form G_ps (`form` of the file) is G with the additions' scores shifted from the training units' rule rate (`r_train` of
each dimension) to the article's (`rate_shifted`), and their cap a share of the article's rule-coded analysed sentences.
Form G_m is G with a higher `add_from` (0.60), so that it adds only where the model is surer; like every form, the
file gives the thresholds the build applies. Form G_mp is G_m with proper nouns masked in the words: a token whose
part of speech is `PROPN` enters the word and pair features as one placeholder (`layer_index.MASKED_WORD`), which the
file records (`proper_nouns_masked`, false where absent).
Its provenance records the SHA-256 of the resource files it was trained with, so that a build can warn when the
codebook or another resource changed since (`warn_if_stale`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import read_resource_text, resource_loader
from analysis.corpus.sections import SECTIONS
from analysis.errors import InputError
from analysis.extract.vocabulary import DIMENSIONS

logger = logging.getLogger(__name__)
FRAMING_LAYER_FILE = RESOURCES_DIR / "framing_layer.json"
FORM_G, FORM_G_PS, FORM_G_M = "G veto, gated adds", "G_ps veto, rate-shifted adds", "G_m veto, gated adds from 0.60"
FORM_G_MP = "G_mp veto, gated adds from 0.60, proper nouns masked"
FORMS = (FORM_G, FORM_G_PS, FORM_G_M, FORM_G_MP)
# The values a feature of each prefix may take: a closed set, or the form of its value (`DIM.` or `DIM:` + a name).
DIMENSION_VALUED = frozenset({"rule", "prev_rule", "next_rule", "para_rule"})
CODE_VALUED = frozenset({"code", "prev_code", "next_code"})
CUE_VALUED = frozenset({"cue", "link"})
SIDES = frozenset({"russia", "assad", "other"})
# The prefixes of the bench's feature names (`prefix=value`) and its features without a value.
FEATURE_PREFIXES = frozenset({"section", "position", "rule", "code", "cue", "link", "mod", "prev_rule", "prev_code",
                              "next_rule", "next_code", "para_rule", "actor", "prev_actor", "marker", "w", "b",
                              "modal"})
BARE_FEATURES = frozenset({"last_in_paragraph", "quoted", "negation"})
SHARES = ("veto_below", "add_from", "add_share")
PROVENANCE_KEYS = ("training_doc_ids", "c_grid", "min_batches", "commit", "command", "resources")


@dataclass(frozen=True)
class DimensionModel:
    """One dimension's logistic regression: the C it was trained with, its intercept and its feature weights; and the
    share of the training units in the analysed sections that the rules code in the dimension (`r_train`, form G_ps;
    None if the file gives none)."""

    c: float
    intercept: float
    weights: dict[str, float]
    r_train: float | None = None


@dataclass(frozen=True)
class FramingLayer:
    """The trained layer: the form's thresholds, a model per dimension, where it came from, the form (G, G_ps, G_m or
    G_mp) and whether its word and pair features name proper nouns by one placeholder (G_mp)."""

    veto_below: float
    add_from: float
    add_share: float
    models: dict[str, DimensionModel]
    provenance: dict
    form: str = FORM_G
    proper_nouns_masked: bool = False

    def score(self, dimension: str, features: set[str]) -> float:
        """Return the model's probability that a sentence with `features` holds a code of `dimension`."""
        model = self.models[dimension]
        # fsum rounds once, so the score does not depend on the (hash-seeded) order of `features`.
        logit = math.fsum([model.intercept, *(model.weights[name] for name in features if name in model.weights)])
        return 1.0 / (1.0 + math.exp(-logit))


def article_rule_rate(coded: int, analysed: int) -> float:
    """Return an article's rule rate in a dimension: (`coded` + 1) / (`analysed` + 2), `coded` of its `analysed`
    sentences (headline, standfirst and body) holding a rule code of the dimension."""
    return (coded + 1) / (analysed + 2)


def _logit(probability: float) -> float:
    return math.log(probability) - math.log1p(-probability)


def rate_shifted(score: float, *, article_rate: float, training_rate: float) -> float:
    """Return `score` moved from the training units' rule rate to the article's (Saerens et al. 2002):
    σ(logit `score` + logit `article_rate` − logit `training_rate`); a score of 0 or 1 stays."""
    if not 0 < score < 1:
        return score
    return 1.0 / (1.0 + math.exp(-(_logit(score) + _logit(article_rate) - _logit(training_rate))))


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
    return _value_problem(prefix, value)


def _value_problem(prefix: str, value: str) -> str | None:
    """Return why `value` is no value the build gives a feature of `prefix` (None if it is one)."""
    if prefix in DIMENSION_VALUED and value not in DIMENSIONS:
        return f"a {prefix} feature's value is one of {', '.join(DIMENSIONS)}"
    if prefix in CODE_VALUED | CUE_VALUED:
        separator = "." if prefix in CODE_VALUED else ":"
        dimension, found, name = value.partition(separator)
        if dimension not in DIMENSIONS or not found or not name:
            return f"a {prefix} feature's value is DIMENSION{separator}NAME with a dimension of {', '.join(DIMENSIONS)}"
    if prefix == "section" and value not in SECTIONS:
        return f"a section feature's value is one of {', '.join(SECTIONS)}"
    if prefix == "position" and not (value.isascii() and value.isdigit()):
        return "a position feature's value is a sentence's position in its paragraph (0, 1, …)"
    if prefix in ("actor", "prev_actor") and value not in SIDES:
        return f"an {prefix} feature's value is one of {', '.join(sorted(SIDES))}"
    if prefix == "b" and "_" not in value.strip("_"):
        return "a b feature's value is two words joined by '_'"
    return None


def resource_digests(folder: Path | None = None) -> dict[str, str]:
    """Return the SHA-256 of each resource file the layer's features read, by name: every file of `folder` (by default
    `RESOURCES_DIR`) but the layer itself and the `.md` notes (the codebook, cues, actors, markers and layout rules all
    shape the features)."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(Path(folder or RESOURCES_DIR).iterdir())
            if path.is_file() and path.suffix != ".md" and path.name != FRAMING_LAYER_FILE.name}


def stale_resources(layer: FramingLayer, folder: Path | None = None) -> list[str]:
    """Return the names of the resource files in `folder` (by default `RESOURCES_DIR`) that differ from those the layer
    was trained with (changed, added or removed since), in name order."""
    trained, current = layer.provenance.get("resources") or {}, resource_digests(folder)
    return sorted(name for name in set(trained) | set(current) if trained.get(name) != current.get(name))


def warn_if_stale(layer: FramingLayer) -> bool:
    """Log one warning line when `layer` was trained with other resource files than `RESOURCES_DIR` holds, once per
    process for the same files; return whether it was."""
    stale = stale_resources(layer)
    if stale and tuple(stale) not in _warned_stale:
        _warned_stale.add(tuple(stale))
        logger.warning("%s was trained with other resource files (%s differ); retrain it with `make framing-layer`",
                       FRAMING_LAYER_FILE.name, ", ".join(stale))
    return bool(stale)


_warned_stale: set[tuple[str, ...]] = set()


def read_framing_layer(path: Path | None = None) -> FramingLayer:
    """Return the layer in `path` (by default `FRAMING_LAYER_FILE`). Raises InputError with one line per bad entry."""
    path = Path(path or FRAMING_LAYER_FILE)
    try:
        data = json.loads(read_resource_text(path), object_pairs_hook=_no_duplicates)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError([f"{path.name}: not a readable JSON file: {error}"]) from None
    if not isinstance(data, dict):
        raise InputError([f"{path.name}: must hold a JSON object"])
    form = data.get("form")
    problems = [] if form in FORMS else [f"{path.name} form: must be one of {', '.join(repr(name) for name in FORMS)}"]
    masked = data.get("proper_nouns_masked", False)
    if masked is not (form == FORM_G_MP):
        problems.append(f"{path.name} proper_nouns_masked: must be true for form G_mp and false (or absent) for the "
                        "other forms")
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
    resources = provenance.get("resources", {})
    if not (isinstance(resources, dict) and all(isinstance(sha, str) for sha in resources.values())):
        problems.append(f"{path.name} provenance.resources: must map resource file names to their SHA-256")
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
        r_train = entry.get("r_train")
        if (r_train is not None or form == FORM_G_PS) and not (_is_number(r_train) and 0 < r_train < 1):
            problems.append(f"{where}.r_train: must be the training units' rule rate, a number between 0 and 1 "
                            f"(exclusive){' (form G_ps needs it)' if form == FORM_G_PS else ''}")
        models[dimension] = DimensionModel(entry.get("C"), entry.get("intercept"), dict(weights), r_train)
    if problems:
        raise InputError(problems)
    return FramingLayer(**{name: constants[name] for name in SHARES}, models=models, provenance=provenance, form=form,
                        proper_nouns_masked=masked)


@resource_loader()
def default_framing_layer() -> FramingLayer:
    """Return the layer in `FRAMING_LAYER_FILE`, read once."""
    return read_framing_layer()
