"""A failure is predicated of its subject (`limits.diplomatic_failure` requires `tied`): one whose subject names no
Russian is another actor's, whoever else its clause names; on invented sentences in several registers (wire copy,
an editorial, a parliamentary answer)."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, failure", [
    # another actor fails, with Russia named in the clause
    (CONTEXT + "At the summit, Ankara failed to persuade the Kremlin to halt the offensive.", False),
    (CONTEXT + "Moscow says the inspectors will leave if the Syrian government fails to cooperate.", False),
    # Russia's own failure
    (CONTEXT + "The Kremlin failed to bring Damascus and the opposition to the table, the minister told peers.", True),
    (CONTEXT + "Russia's peace plan for the province has stalled, diplomats said.", True),
])
def test_a_failure_belongs_to_its_subject(nlp, text, failure):
    assert ("limits.diplomatic_failure" in last_sentence_codes(nlp, text, "limits")) is failure
