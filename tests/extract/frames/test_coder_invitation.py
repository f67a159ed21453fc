"""An invitation is diplomatic support only as the host's invitation that grounds a foreign force's presence ('at the
invitation of the government': intervention by invitation), not as the noun of a guest list or a visit. Invented
paragraphs."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Assad's government was losing ground in 2015. "
DIPLOMATIC = "support.diplomatic"


@pytest.mark.parametrize("text", [
    CONTEXT + "“We are in Syria at the invitation of its lawful government,” the Russian envoy said.",
    CONTEXT + "Russian jets arrived at the formal invitation of Damascus.",
    CONTEXT + "Russian engineers came upon the invitation of the Syrian cabinet.",
])
def test_presence_at_the_hosts_invitation_is_diplomatic_support(nlp, text):
    assert DIPLOMATIC in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    CONTEXT + "The Russian seminar on Syria is open by invitation only.",
    CONTEXT + "The Russian minister thanked his Syrian hosts for the invitation to speak.",
    CONTEXT + "The Russian embassy sent out invitations to the reception.",
])
def test_an_invitation_to_an_event_is_no_support(nlp, text):
    assert DIPLOMATIC not in last_sentence_codes(nlp, text, "support")
