"""A learned sentence classifier for the framing dimensions: spaCy's `textcat_multilabel`.

The classifier reads a sentence as a bag of words and word pairs (`spacy.TextCatBOW.v3`), or
with spaCy's ensemble of that bag and a small CNN over words and their affixes
(`spacy.TextCatEnsemble.v2`, `architecture="ensemble"`); optionally also the sentence before it in
its paragraph (each of its words marked as context) and the rule coder's dimensions for the
sentence and the one before (one token per dimension coded). Both dimensions are labels of one
`textcat_multilabel`, or each the only label of its own (`multilabel=False`). Training is on the
CPU, from a fixed seed, with the examples in a fixed order, so the same units give the same weights.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
import pandas as pd
import spacy
from spacy.tokens import Doc
from spacy.training import Example
from thinc.api import Adam

from analysis.extract.vocabulary import DIMENSIONS

CONTEXT_PREFIX = "ctx:"
RULE_TOKEN = "rule:{}"
ARCHITECTURES = ("bow", "ensemble")
CNN_WIDTH = 64


@dataclass(frozen=True, kw_only=True)
class ClassifierSettings:
    """What the classifier reads and how it is trained. Raises ValueError for an unknown architecture."""

    context: bool = True
    rule_features: bool = False
    architecture: str = "bow"
    multilabel: bool = True
    ngram_size: int = 2
    epochs: int = 2
    learn_rate: float = 0.003
    batch_size: int = 16
    seed: int = 0

    def __post_init__(self):
        if self.architecture not in ARCHITECTURES:
            raise ValueError(f"architecture {self.architecture!r}: not one of {', '.join(ARCHITECTURES)}")


def _words(tokenizer, text: str) -> list[str]:
    return [token.lower_ for token in tokenizer(text) if not token.is_space]


def feature_docs(nlp, units: pd.DataFrame, settings: ClassifierSettings) -> list[Doc]:
    """Return one Doc per unit (columns `text`, `context`, `rule_<dimension>`, `context_<dimension>`) holding its features."""
    docs = []
    for unit in units.itertuples():
        words = _words(nlp.tokenizer, unit.text)
        if settings.context and unit.context:
            words += [CONTEXT_PREFIX + word for word in _words(nlp.tokenizer, unit.context)]
        if settings.rule_features:
            words += [RULE_TOKEN.format(dimension) for dimension in DIMENSIONS if getattr(unit, f"rule_{dimension}")]
            if settings.context:
                words += [CONTEXT_PREFIX + RULE_TOKEN.format(dimension) for dimension in DIMENSIONS
                          if getattr(unit, f"context_{dimension}")]
        docs.append(Doc(nlp.vocab, words=words or ["<empty>"]))
    return docs


def _model_config(settings: ClassifierSettings) -> dict:
    bow = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": settings.ngram_size,
           "no_output_layer": False}
    if settings.architecture == "bow":
        return bow
    embed = {"@architectures": "spacy.MultiHashEmbed.v2", "width": CNN_WIDTH, "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
             "rows": [5000, 1000, 2500, 500], "include_static_vectors": False}
    encode = {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": CNN_WIDTH, "window_size": 1,
              "maxout_pieces": 3, "depth": 2}
    return {"@architectures": "spacy.TextCatEnsemble.v2", "linear_model": bow,
            "tok2vec": {"@architectures": "spacy.Tok2Vec.v2", "embed": embed, "encode": encode}}


def train_classifier(units: pd.DataFrame, *, settings: ClassifierSettings = ClassifierSettings()):
    """Return a blank English pipeline whose `textcat_multilabel` component(s) are trained on `units`.

    `units` has `text`, `context`, `rule_support`, `rule_limits` and gold `support`, `limits`
    (1, 0, or NA: a dimension whose gold is NA is left out of that unit's loss).
    """
    spacy.util.fix_random_seed(settings.seed)
    nlp = spacy.blank("en")
    for labels in [DIMENSIONS] if settings.multilabel else [(dimension,) for dimension in DIMENSIONS]:
        name = f"textcat_{'_'.join(labels)}"
        nlp.add_pipe("textcat_multilabel", name=name, config={"model": _model_config(settings)})
        nlp.config["initialize"]["components"][name] = {"labels": list(labels)}
    examples = []
    for doc, unit in zip(feature_docs(nlp, units, settings), units.itertuples()):
        cats = {dimension: float(getattr(unit, dimension)) for dimension in DIMENSIONS
                if not pd.isna(getattr(unit, dimension))}
        examples.append(Example.from_dict(doc, {"cats": cats}))
    optimizer = nlp.initialize(lambda: examples, sgd=Adam(settings.learn_rate))
    order = random.Random(settings.seed)
    for _ in range(settings.epochs):
        order.shuffle(examples)
        for begin in range(0, len(examples), settings.batch_size):
            nlp.update(examples[begin:begin + settings.batch_size], sgd=optimizer, drop=0.0)
    return nlp


def classifier_scores(nlp, units: pd.DataFrame, *, settings: ClassifierSettings = ClassifierSettings()) -> pd.DataFrame:
    """Return one row per unit with the classifier's `support` and `limits` scores (0 to 1), on `units`' index."""
    docs = feature_docs(nlp, units, settings)
    columns = {}
    for _, textcat in nlp.pipeline:
        scores = textcat.model.ops.to_numpy(textcat.predict(docs)) if docs else np.zeros((0, len(textcat.labels)))
        columns.update({label: scores[:, i] for i, label in enumerate(textcat.labels)})
    return pd.DataFrame(columns, index=units.index)[list(DIMENSIONS)]
