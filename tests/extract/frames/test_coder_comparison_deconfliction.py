"""Two limits classes that recurred across batches and house styles (issue 14, part 2), on invented sentences in
several registers: a comparison of inferiority said of Russia's help ('less often', 'less willing'), and a
deconfliction line or hotline kept with another power's forces."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, limited", [
    # a wire story, a radio bulletin, a student essay, a think-tank brief
    (CONTEXT + "Russian bombers still fly over the province, though less often than last winter.", True),
    (CONTEXT + "NEWSREADER: Moscow appears less willing to defend the Syrian government this spring.", True),
    (CONTEXT + "In my view the Kremlin has grown fewer friends in Damascus and is less patient with Assad.", True),
    (CONTEXT + "Russian grain shipments to Damascus have become less frequent since the summer.", True),
    # denied, 'more or less', 'much less' (let alone), or a plain time span
    (CONTEXT + "Russia was no less determined to keep Assad in power.", False),
    (CONTEXT + "Russian jets have more or less guaranteed the regime's survival.", False),
    (CONTEXT + "Moscow sent jets to save Assad in less than a week.", False),
])
def test_comparison_of_inferiority_is_a_limit(nlp, text, limited):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, hedged", [
    # a defence newsletter, a feature, an op-ed, a parliamentary answer
    (CONTEXT + "Russia keeps a deconfliction line with the Turkish air force over the north.", True),
    (CONTEXT + "Moscow and its Syrian client watched as Israeli jets, warned over a Russian hotline, struck near Homs.",
     True),
    (CONTEXT + "The Kremlin has agreed to deconflict its flights with the American coalition.", True),
    # no Russian party to the arrangement
    (CONTEXT + "Aid agencies said the UN deconfliction system had failed again.", False),
])
def test_deconfliction_with_another_power_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, passed_on", [
    # a business daily, a podcast transcript, a policy memo
    (CONTEXT + "Moscow is counting on Chinese investors to rebuild the power grid.", True),
    (CONTEXT + "GUEST: Look, the Kremlin would love the Europeans to pay for the reconstruction.", True),
    (CONTEXT + "Russian diplomats have been lobbying for Gulf money to repair the ports.", True),
    # Russia's own money, or Assad's side asking
    (CONTEXT + "Russia wants its own money back from the Syrian treasury.", False),
    pytest.param(CONTEXT + "Assad wants Gulf money to rebuild Aleppo, Russian officials said.", False,
                 marks=pytest.mark.xfail(strict=True, reason="the Russian speaker of the reporting clause is taken as "
                                                             "the one who wants the money; the wanting verb's own "
                                                             "subject is not checked")),
])
def test_cost_passed_on_to_a_third_party_is_a_limit(nlp, text, passed_on):
    assert ("limits.capacity" in last_sentence_codes(nlp, text, "limits")) is passed_on
