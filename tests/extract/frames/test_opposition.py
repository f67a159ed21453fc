"""Pressure that is not Russia's (`opposition.pressure_of_another`): pressure another party applies, or pressure an
act of blocking opposes, on invented sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Assad's army shelled the eastern suburbs again. "


@pytest.mark.parametrize("text, pressed", [
    # a wire story, a parliamentary briefing, a blog post: Russia blocks what others would ask of Damascus
    (CONTEXT + "Russia has used its veto to block resolutions that would have put pressure on Damascus.", False),
    (CONTEXT + "Moscow cast its veto against a draft that called on the government to halt the shelling.", False),
    (CONTEXT + "Russia vetoed a draft asking for a truce in Aleppo.", False),
    # an editorial and a radio report: the pressure's own adjective names another party
    (CONTEXT + "Russia said Western pressure would not remove a sitting government.", False),
    (CONTEXT + "The Kremlin brushed off outside pressure on the Syrian president.", False),
    # Russia's own pressure on Damascus stays a limit
    (CONTEXT + "Moscow pressed the Syrian government to sign a truce in the north.", True),
    (CONTEXT + "The Kremlin's pressure on Assad grew over the summer.", True),
    (CONTEXT + "Russian envoys called on the government to open the crossings.", True),
    # Russia's own pressure beside or joined to another party's, and pressure in a clause of its own beside a blocking
    (CONTEXT + "Russia joined international pressure on Damascus to open the crossings.", True),
    (CONTEXT + "Western and Russian pressure on Assad grew over the summer.", True),
    (CONTEXT + "Russia added to Western pressure on the Syrian president.", True),
    (CONTEXT + "Moscow backed the foreign demands on the government to end the siege.", True),
    (CONTEXT + "Moscow opposed the Western plan while it pressed Assad to accept a truce.", True),
    (CONTEXT + "The Kremlin rejected the European proposal, though its diplomats pushed Damascus to free prisoners.",
     True),
])
def test_pressure_of_another_party_is_no_russian_leverage(nlp, text, pressed):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is pressed


@pytest.mark.xfail(strict=True, reason="refusing another party's pressure is read as Russia's refusal (limits.refusal)")
def test_rejected_pressure_is_no_refusal(nlp):
    assert not last_sentence_codes(nlp, CONTEXT + "The Kremlin rejected outside pressure on the Syrian president.",
                                   "limits")


@pytest.mark.parametrize("text, limited", [
    # a limit inside the proposal a blocking act governs is the proposer's demand (`limit_of_a_blocked_proposal`)
    (CONTEXT + "Russia vetoed a draft demanding an end to the air strikes on the city.", False),
    (CONTEXT + "Moscow voted against a resolution calling for a halt to the bombing of the town.", False),
    (CONTEXT + "The Kremlin blocked a text that urged a withdrawal of foreign forces.", False),
    (CONTEXT + "Russia vetoed a draft that would have required the withdrawal of all foreign troops.", False),
    (CONTEXT + "Moscow has blocked a proposal to cut the aid convoys.", False),
    # the blocking act that itself turns the support is Russia's refusal, and a limit outside the blocked phrase stays
    (CONTEXT + "Russia resisted calls to send more troops to Syria.", True),
    (CONTEXT + "Moscow stopped the air strikes on the city after it vetoed the draft.", True),
    # a noun of blocking takes its proposal through 'of' ('a veto of a draft'), not through any other phrase on it
    (CONTEXT + "Russia's veto of a draft demanding an end to the air strikes came late.", False),
    (CONTEXT + "From the first veto to the withdrawal of the jets, Moscow kept its word.", True),
    # the blocked proposal is Russia's own advice, and the party that blocks is Assad's side: the limit stays
    (CONTEXT + "Assad resisted Russian advice on a withdrawal of foreign forces.", True),
])
def test_limit_inside_a_blocked_proposal_is_no_russian_limit(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text", [
    CONTEXT + "Russia vetoed a draft demanding an end to the air strikes on the city.",
    CONTEXT + "Moscow has blocked a proposal to cut the aid convoys.",
])
def test_blocking_the_proposal_stays_support(nlp, text):
    assert "support.diplomatic" in last_sentence_codes(nlp, text, "support")
