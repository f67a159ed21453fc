"""Support words in the sense that names Russia's help (`codebook.toml`, `gazetteer.csv`), on invented sentences in
several registers: a trade-press report, an exile site's quotation, a defence weekly, a wire report."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, supported", [
    # Assad named by his first name alone, as Syrians and the opposition press often name him
    (CONTEXT + "\u201cThe Russians will fight for Bashar at the United Nations,\u201d the lawyer said.", True),
    (CONTEXT + "Moscow has kept sending Bashar wheat and fuel.", True),
    # another patron's help is no Russian support
    (CONTEXT + "Iran and Hezbollah kept Bashar in power.", False),
])
def test_the_first_name_alone_names_assad(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported
