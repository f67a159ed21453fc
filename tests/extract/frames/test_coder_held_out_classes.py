"""Classes of error that recurred across house styles (issue 14, part 2), on invented sentences in several registers:
attachment denied by a negative pronoun subject, hedging with anyone at all or in a relation kept with Assad's rivals,
and a negation that stays in its own coordinated clause."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, denied", [
    # a podcast transcript, a diplomatic memoir, a tabloid column, a seminar handout
    (CONTEXT + "HOST: Honestly, nobody at the Russian foreign ministry is sentimental about Assad.", True),
    (CONTEXT + "Ask around the Russian embassy and you find that no one is in love with the Syrian president.", True),
    (CONTEXT + "Trust me, none of Putin's men are fond of Assad.", True),
    (CONTEXT + "Russian officials were not in love with the regime in Damascus.", True),
    # attachment stated, or a negative subject that is not the one attached
    (CONTEXT + "The Kremlin is rather fond of Assad, the handout claims.", False),
    (CONTEXT + "Nobody doubts that Moscow is fond of its Syrian client.", False),
])
def test_attachment_denied_by_a_negative_subject_is_narrower_interest(nlp, text, denied):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is denied


@pytest.mark.parametrize("text, hedged", [
    # a village vox pop, a wire analysis, a think-tank brief
    (CONTEXT + "\u201cThe Russians will talk to anybody with a checkpoint,\u201d a farmer said.", True),
    (CONTEXT + "Analysts say Moscow now negotiates with everyone in the north, including former rebels.", True),
    (CONTEXT + "In practice the Russian envoys met anyone who asked for a meeting.", True),
    # the partner is Assad's own side
    (CONTEXT + "Russian envoys talked to the Syrian defence minister in Latakia.", False),
    # 'everyone' that is not the partner of a contact
    (CONTEXT + "The Russian-brokered truce was welcomed by everyone in Latakia.", False),
    (CONTEXT + "Moscow agreed with everyone at the summit that the fighting had to stop.", False),
])
def test_contact_with_anyone_at_all_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, code", [
    # the negation of the first clause does not reach a coordinated clause with its own subject: a wire story, a
    # blog, a parliamentary question
    (CONTEXT + "The offensive could not be stopped, and Moscow talked to the rebels anyway.", "limits.hedging"),
    (CONTEXT + "The Kremlin never sent ground troops, and in 2017 it announced a drawdown.", "limits.abandonment"),
    (CONTEXT + "Is it not true that Damascus lost the town and that Russia then withdrew its jets?",
     "limits.abandonment"),
])
def test_a_negation_stays_in_its_own_coordinated_clause(nlp, text, code):
    assert code in last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="a negation is read on a limits cue's own verb only, so a verb coordinated "
                                       "under it without a subject of its own ('or withdraw') is not read as negated")
def test_a_coordinated_verb_without_a_subject_shares_the_negation(nlp):
    text = CONTEXT + "Moscow did not abandon Assad or withdraw its jets."
    assert "limits.abandonment" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # a quoted Russian officer, a podcast, an editorial
    CONTEXT + "\u201cThe Russians have a war of their own to win first,\u201d the Latakia trader said.",
    CONTEXT + "GUEST: Look, Moscow has its own crisis at home these days.",
    CONTEXT + "Russia now has its own front to hold, and it is not in Syria.",
])
def test_a_war_of_russias_own_is_another_priority_not_support(nlp, text):
    codes = last_sentence_codes(nlp, text)
    assert "limits.priority" in set(codes.code)
    assert "support.military" not in set(codes.code)


@pytest.mark.parametrize("text, code", [
    # the owner's campaign stated without the emphatic 'own' is still the means; Assad's own war is no limit of Russia's
    (CONTEXT + "Moscow's Syrian campaign saved the regime in 2015.", "support.military"),
    (CONTEXT + "Moscow sent four more jets. Assad has his own war to win.", None),
])
def test_only_russias_own_war_is_another_priority(nlp, text, code):
    codes = set(last_sentence_codes(nlp, text).code)
    assert "limits.priority" not in codes
    assert code is None or code in codes


@pytest.mark.xfail(strict=True, reason="a possessive pronoun is not resolved to Assad when deciding who bears a limit, "
                                       "so Assad's own war beside a Russian name reads as Russia's other priority")
def test_assads_own_war_beside_a_russian_name_is_no_priority(nlp):
    text = CONTEXT + "Assad, meanwhile, has his own war to win against Russia's wishes."
    assert "limits.priority" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # a headline, a quoted Syrian officer, a parliamentary answer: support as the subject of an intransitive verb of
    # ending is its end
    CONTEXT + "Where Moscow's help ended",
    CONTEXT + "\u201cBy the spring the Russian airstrikes had simply stopped,\u201d the colonel said.",
    CONTEXT + "My Lords, the Russian air support for the Syrian army ceased in March.",
])
def test_support_that_ends_intransitively_is_a_limit(nlp, text):
    codes = last_sentence_codes(nlp, text)
    assert "limits.abandonment" in set(codes.code)
    assert "support" not in set(codes.dimension)


@pytest.mark.parametrize("text, ended", [
    # a negated end, an end transitive on another thing, and a noun inside the subject are no end of the support
    (CONTEXT + "The Russian airstrikes never stopped, the pharmacist said.", False),
    (CONTEXT + "Russian airstrikes ended the siege within a week.", False),
    (CONTEXT + "Most histories of Moscow's air campaign end with the fall of Aleppo.", False),
])
def test_only_the_support_itself_ending_is_a_limit(nlp, text, ended):
    assert ("limits.abandonment" in last_sentence_codes(nlp, text, "limits")) is ended


@pytest.mark.parametrize("text, limited", [
    # a denied doubt or dispute is certainty: a radio review, a think-tank paper, a court report (a Russian subject,
    # so that the negated verb would otherwise read as Russia's reluctance)
    (CONTEXT + "For the panel, Moscow's backing of Assad was never in doubt.", False),
    (CONTEXT + "Moscow's envoys do not dispute that Russian jets turned the war in 2015.", False),
    (CONTEXT + "The Kremlin did not question that its airlift kept the garrison supplied, the tribunal heard.", False),
    # doubt stated is a bound on the commitment
    (CONTEXT + "By 2023 Russia's commitment to Assad was in doubt.", True),
])
def test_a_denied_doubt_is_certainty_not_a_limit(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, conditioned", [
    # a trader quoted in a feature, an op-ed, a briefing note: what comes with the help is its price or its bound
    (CONTEXT + "\u201cEvery Russian crate came with a bill attached,\u201d a Homs merchant said.", True),
    (CONTEXT + "Moscow's backing for Assad always came with strings.", True),
    (CONTEXT + "Note: Russian air cover comes with a fixed expiry.", True),
    # what comes with it is more help, or no cost at all
    (CONTEXT + "Russian air cover came with ground advisers and spare parts.", False),
    (CONTEXT + "Officials insisted that the Russian loan to Damascus came with no strings.", False),
    (CONTEXT + "The Russian grain deal came with a cut in the bread price for Syrians.", False),
])
def test_help_that_comes_with_a_price_is_conditional(nlp, text, conditioned):
    assert ("limits.conditions" in last_sentence_codes(nlp, text, "limits")) is conditioned


@pytest.mark.parametrize("text, conditioned", [
    # the help itself as what something comes with: a phone-in, a leader column, a wire quote, the paragraph's Russia
    (CONTEXT + "Moscow flew in more bombers that winter. From the first week, the aid came with a clock running.",
     True),
    (CONTEXT + "The Kremlin's help had long come with a shopping list.", True),
    (CONTEXT + "Russian jets returned in force. Their backing always comes with edges, a retired envoy said.", True),
    # denied, another party's help, or a definite companion of the journey (comitative 'with')
    (CONTEXT + "Russian jets returned in force. Its protection never came with strings.", False),
    (CONTEXT + "Ankara's help came with a long shopping list.", False),
    (CONTEXT + "Russian aid came with the first convoy from Latakia.", False),
])
def test_help_that_comes_with_anything_new_comes_with_its_terms(nlp, text, conditioned):
    assert ("limits.conditions" in last_sentence_codes(nlp, text, "limits")) is conditioned


@pytest.mark.parametrize("text, conditioned", [
    # more help accompanying the help is a second gift: a bulletin, a column, a trade newsletter
    (CONTEXT + "Russian help came with ground advisers and spare parts.", False),
    (CONTEXT + "The Kremlin's aid came with more aid the following spring.", False),
    (CONTEXT + "Russian jets returned in force. Their backing always comes with extra jets and fuel, a retired envoy "
               "said.", False),
    # near-misses: what comes with it is a new burden, not more help
    (CONTEXT + "The Kremlin's help came with a long shopping list.", True),
    (CONTEXT + "Moscow's backing of the Syrian leader came with a deadline.", True),
])
def test_help_that_comes_with_more_help_is_not_conditional(nlp, text, conditioned):
    assert ("limits.conditions" in last_sentence_codes(nlp, text, "limits")) is conditioned


@pytest.mark.parametrize("text", [
    CONTEXT + "The Kremlin's aid came with strings and more jets.",
    CONTEXT + "Russian aid came with a deadline and extra fuel.",
    # a burden among help of every class: the one noun that is no help keeps the terms wherever it stands
    CONTEXT + "Moscow's backing came with new helicopters and a veto over the talks.",
    CONTEXT + "Russian help came with instructors, vaccines and a bill.",
    # a word of any sense with no word of help before it, and help that carries a clause of its own, are terms
    CONTEXT + "The Kremlin's aid came with a monitoring system.",
    CONTEXT + "The Kremlin's help came with officers who would check every appointment.",
])
def test_help_that_comes_with_more_help_and_a_burden_keeps_its_terms(nlp, text):
    assert "limits.conditions" in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # near-misses of the above: every noun it comes with is help, of the classes the list now names
    CONTEXT + "Russian aid came with instructors and drones.",
    CONTEXT + "The Kremlin's backing came with spare parts, flour and medicine.",
    CONTEXT + "Moscow's support came with contractors and missile systems.",
])
def test_help_that_comes_with_only_more_help_sets_no_terms(nlp, text):
    assert "limits.conditions" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, idle", [
    # a wire factbox, a pilot's memoir, a radio bulletin: the means kept or fallen silent are no support
    (CONTEXT + "When Turkish drones struck the convoy, the Russian batteries at the airfield stayed silent.", True),
    (CONTEXT + "By June the Russian gunships had fallen quiet.", True),
    (CONTEXT + "NEWS: Russian jets remained idle at Hmeimim all week.", True),
    # the means in use
    (CONTEXT + "Russian jets struck rebel depots near Hama all week.", False),
])
def test_means_kept_silent_are_a_limit_not_support(nlp, text, idle):
    codes = last_sentence_codes(nlp, text)
    assert ("limits.commitment" in set(codes.code)) is idle
    assert ("support.military" in set(codes.code)) is not idle


@pytest.mark.parametrize("text", [
    # an actor kept silent made no comment: that says nothing of its means
    CONTEXT + "Asked about the Israeli strikes, the Kremlin stayed silent.",
    CONTEXT + "Russian officials went quiet after the vote in Damascus.",
])
def test_an_actor_kept_silent_is_no_idle_means(nlp, text):
    assert "limits.commitment" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, sidelined", [
    # a correspondent's dispatch, a think-tank note, a live blog: Russia decides while Assad's side is left out
    (CONTEXT + "Moscow and Ankara settled the new lines on Tuesday; the Syrian foreign ministry was not "
     "consulted.", True),
    (CONTEXT + "Russia drew the map of the buffer zone. Damascus was never at the table.", True),
    (CONTEXT + "LIVE: Russian and Turkish generals drew up the buffer-zone map without the regime's envoys in the "
     "room.", True),
    # another party left out, or Assad's side present
    (CONTEXT + "Moscow hosted the talks; the Iranian delegation was not invited.", False),
    # absent from an occasion that is no negotiation
    (CONTEXT + "Moscow held its victory parade in May; the Syrian president was not present.", False),
    (CONTEXT + "Moscow hosted the talks, and the Syrian delegation was at the table throughout.", False),
])
def test_assads_side_left_out_of_russias_talks_is_friction(nlp, text, sidelined):
    assert ("limits.friction" in last_sentence_codes(nlp, text, "limits")) is sidelined


@pytest.mark.parametrize("text, unsigned", [
    # a report, a travel notice, a group chat: Russia signs with other powers and Assad's side signs nothing
    (CONTEXT + "Russia, Iran and Turkey put their names to a memorandum on the zones. Syria was not a signatory.", True),
    (CONTEXT + "Moscow and Ankara wrote the truce between them; the Syrian government did not sign it.", True),
    (CONTEXT + "The deal was struck with the Russians, and nobody in Damascus signed anything.", True),
    # another party unsigned, or Assad's side signing
    (CONTEXT + "Moscow and Ankara wrote the truce between them; the rebel factions did not sign it.", False),
    (CONTEXT + "Moscow and Ankara wrote the truce between them; the Syrian government signed it a day later.", False),
])
def test_assads_side_no_signatory_to_russias_deal_is_friction(nlp, text, unsigned):
    assert ("limits.friction" in last_sentence_codes(nlp, text, "limits")) is unsigned


@pytest.mark.parametrize("text, unsigned", [
    (CONTEXT + "Russia and Turkey wrote the memorandum; Damascus did not sign the memorandum.", True),
    # a decree, a petition, a bill of Assad's side's own unsigned: no deal of Russia's
    (CONTEXT + "Russia and Turkey wrote the memorandum. The president did not sign the decree until Friday.", False),
    (CONTEXT + "Russia and Turkey wrote the memorandum. Nobody in the government signed the petition.", False),
])
def test_what_assads_side_did_not_sign_is_the_deal(nlp, text, unsigned):
    assert ("limits.friction" in last_sentence_codes(nlp, text, "limits")) is unsigned


@pytest.mark.xfail(strict=True, reason="the negative-subject patterns of `limits.interests` end at the adjective, so a "
                                       "negative subject fond of anything ('long campaigns') denies an attachment; "
                                       "adding the object to the pattern puts Assad inside the cue, which then reads "
                                       "as Assad's own limit and is dropped")
def test_a_negative_subject_fond_of_something_else_denies_no_attachment(nlp):
    text = (CONTEXT + "Moscow kept its jets in Syria. Nobody at the Russian general staff is fond of long winter "
            "campaigns.")
    assert "limits.interests" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, hedged", [
    # a relation Russia keeps with Assad's rivals
    (CONTEXT + "Moscow guards its partnership with Ankara more closely than any promise to Damascus.", True),
    (CONTEXT + "The Kremlin prizes its relationship with Israel, whatever the generals in Damascus think.", True),
    (CONTEXT + "Russian diplomats kept up a quiet dialogue with the opposition all winter.", True),
    # joint work on a track of its own, and a relation with Assad's side
    (CONTEXT + "Russia worked in cooperation with Turkey on a prisoner exchange.", False),
    (CONTEXT + "Moscow values its partnership with Damascus above all else.", False),
])
def test_a_relation_kept_with_assads_rivals_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged
