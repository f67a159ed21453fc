"""Will, refusal and ability are predicated of their subject (`Scene.subject_names_no_russian`): a negated act whose
subject names no Russian is no Russian reluctance, however Russian the paragraph; on invented sentences in several
registers: a feature, a report, a radio transcript, quoted speech."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Moscow sent more military advisers to Assad in May. "


@pytest.mark.parametrize("text, reluctant", [
    # a person or a thing that names no Russian is the subject of the negated act
    (CONTEXT + "Viktor Orlov, a farmer near the base, did not like the noise.", False),
    (CONTEXT + "The committee's report does not explain why.", False),
    (CONTEXT + "HOST: And the roads? GUEST: The storm did not ease until Friday.", False),
    # Russia, a phrase naming it, or a pronoun that takes it up is the subject
    (CONTEXT + "But the Kremlin would not commit ground troops.", True),
    (CONTEXT + "Officials in Moscow did not want a second front.", True),
    (CONTEXT + "\u201cWe will not send tanks,\u201d the Russian envoy said.", True),
])
def test_reluctance_needs_a_russian_or_pronoun_subject(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant
