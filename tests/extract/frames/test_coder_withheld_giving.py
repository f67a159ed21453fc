"""A verb of giving that names no one to receive it, done by a Russian tied on the parse and turned by a modifier,
is a limit ('The Kremlin has not been able to deliver this'); not where the doer is not Russian (a limit on Iran's or
Turkey's help), nor where another party receives it, nor where the giving is only hedged; invented text (see
`coder._withheld_giving`)."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has backed the Syrian government since 2015. "


@pytest.mark.parametrize("text", [
    CONTEXT + "The Kremlin has not been able to deliver this.",
    CONTEXT + "The spare parts were never sent by Moscow.",
    CONTEXT + "The Kremlin has never been willing to deliver that.",
])
def test_giving_withheld_by_a_russian_doer_is_a_limit(nlp, text):
    assert "limits.commitment" in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # another doer: a limit on Iran's or Turkey's help is none of Russia's
    CONTEXT + "Tehran has not been able to deliver this.",
    CONTEXT + "The Turkish navy was never sent to guard the convoys.",
    # another party would have received it: the rebels are not bounded Russian help
    CONTEXT + "The Kremlin has not been able to deliver this to the rebels.",
    # only hedged, not withheld
    CONTEXT + "The Kremlin may be able to deliver this.",
])
def test_giving_of_another_or_only_hedged_is_no_limit(nlp, text):
    assert not last_sentence_codes(nlp, text, "limits")


def test_information_withheld_is_no_limit(nlp):
    # giving a name is telling, not help: no limit, though the doer is Russian and the verb negated
    text = CONTEXT + "A Russian colonel, who did not give us his name, told us the road was safe."
    assert not last_sentence_codes(nlp, text, "limits")


def test_a_phrasal_verb_of_relinquishing_is_no_giving(nlp):
    # 'not given up' keeps the commitment: the particle makes another verb, whose negation is no limit
    text = CONTEXT + "A Russian envoy said the Kremlin had not given up on the offensive."
    assert not last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # evidence, assurances and messages are told, not given as help
    CONTEXT + "The Russian general did not provide any evidence for the claim.",
    CONTEXT + "Moscow has not given any assurances.",
    CONTEXT + "The Kremlin has not sent a clear signal.",
    # 'not give a damn': not caring, no giving at all
    CONTEXT + "Moscow does not give a damn about what the West says.",
])
def test_evidence_assurances_messages_and_not_caring_are_no_withheld_giving(nlp, text):
    assert "limits.commitment" not in last_sentence_codes(nlp, text, "limits")
