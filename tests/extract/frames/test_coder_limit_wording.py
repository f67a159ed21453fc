"""Limit wording added by category in the fifty-third session (sources in the codebook's comments): bargaining,
giving sparingly, acting slowly, the genitive 'own', the reflexive beneficiary, the means of restraint, other
priorities, means to spare and the family of 'irritate'; on invented sentences, each with
cases where the words must not code a limit of Russia's."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Government troops were retreating near Hama. "


@pytest.mark.parametrize("text, code", [
    # conditions: the verbs and nouns of bargaining (Roget's Barter)
    ("Moscow was bargaining with Ankara over the fate of the northern towns.", "limits.conditions"),
    ("The Kremlin haggled over every shipment of fuel to Damascus.", "limits.conditions"),
    # commitment: giving sparingly (Roget's Parsimony)
    ("Moscow rations its help to the Syrian president.", "limits.commitment"),
    ("The Kremlin stinted on spare parts for the Syrian air force.", "limits.commitment"),
    # reluctance: acting late or slowly
    ("The Kremlin has been slow to send fuel to Damascus.", "limits.reluctance"),
    ("Moscow dragged its feet on the new deliveries to the Syrian army.", "limits.reluctance"),
    ("The Russian air campaign slowed.", "limits.reluctance"),
    ("Moscow promised the jets to Damascus and then delayed them.", "limits.reluctance"),
    # interests: the genitive possessor of 'own', and what Russia keeps for itself
    ("For the Kremlin, the war in Syria served Moscow's own agenda.", "limits.interests"),
    ("The Kremlin kept the best harbour for itself.", "limits.interests"),
    # leverage: the means of restraint (Roget's Restraint)
    ("Moscow gave the Syrian president cover and kept him on a leash.", "limits.leverage"),
    # priority: other priorities, and worth more to Russia than its client
    ("Moscow had other plans for its air group than the Syrian offensive.", "limits.priority"),
    ("The pipeline contract was worth more to Moscow than the regime's next offensive.", "limits.priority"),
    # capacity: means used up, or given only when there are some to spare
    ("By then Moscow had no jets to spare.", "limits.capacity"),
    ("Moscow lent Damascus what aircraft it could spare.", "limits.capacity"),
    ("By the spring the Russian contingent had nothing left for the Syrian army.", "limits.capacity"),
    # friction: the family of 'irritate'
    ("The Syrian president became an irritant to Moscow.", "limits.friction"),
])
def test_the_added_wording_codes_a_limit(nlp, text, code):
    assert code in last_sentence_codes(nlp, CONTEXT + text, "limits")


@pytest.mark.parametrize("text, code", [
    # another actor's bargaining, rationing, slowness or keeping, with Russia named in the paragraph before
    ("Moscow sent more jets. Tehran was bargaining with the Gulf over its oil.", "limits.conditions"),
    ("Moscow sent more jets. The Syrian government rations fuel in the capital.", "limits.commitment"),
    ("Moscow sent more jets. The rebels were slow to leave the ruined town.", "limits.reluctance"),
    ("Moscow sent more jets. Iran kept the smuggling routes for itself.", "limits.interests"),
    ("Moscow sent more jets. Turkey's own security was at stake on the border.", "limits.interests"),
    ("Moscow sent more jets. Ankara kept the rebel commanders on a leash.", "limits.leverage"),
    ("Moscow sent more jets. Turkey has other priorities on its border.", "limits.priority"),
    # 'spare' of harm: Russia sparing its client a strike is help
    ("Moscow's proposal was meant to spare the Syrian president an American strike.", "limits.capacity"),
    ("Only Moscow could spare the regime a Western strike.", "limits.capacity"),
    # a slowdown Russia imposes on the rebels is no limit of its help
    ("Russian jets slowed the rebel advance on the coast.", "limits.reluctance"),
    # 'for oneself' after a verb of seeing: by one's own means, no beneficiary
    ("Russian officers saw for themselves how the Syrian army fought.", "limits.interests"),
    # crowds waiting: 'wait' is left out
    ("Russian military police stood by as the buses waited at the crossing.", "limits.reluctance"),
])
def test_the_added_wording_of_another_codes_no_limit_of_russias(nlp, text, code):
    assert code not in last_sentence_codes(nlp, CONTEXT + text, "limits")


@pytest.mark.parametrize("text, code", [
    # 'ration' and 'stint' as nouns: soldiers' food and a term of service, not help given sparingly
    ("Moscow sent more jets. The Russian pilots shared their rations with the Syrian crews.", "limits.commitment"),
    ("After a long stint in Syria, the Russian general took over a district at home.", "limits.commitment"),
    # 'slow' with a particle before its object: Russia hindering the rebels
    ("Russian jets helped slow down the rebel offensive near the coast.", "limits.reluctance"),
    # time or means to spare with no negative quantifier: plenty, not the lack of it
    ("The Russian convoy reached the besieged Syrian garrison with hours to spare.", "limits.capacity"),
    # 'nothing left to prove' or 'to lose' is an idiom, not means used up
    ("After the parade in Damascus, the Russian contingent had nothing left to prove.", "limits.capacity"),
])
def test_the_added_wording_in_another_sense_codes_no_limit(nlp, text, code):
    assert code not in last_sentence_codes(nlp, CONTEXT + text, "limits")


@pytest.mark.parametrize("text, code", [
    # the kept senses: 'ration' as a verb, Russia's own campaign slowing down, no means to spare, little left to give
    ("Moscow began to ration the fuel it shipped to the Syrian army.", "limits.commitment"),
    ("The Russian air campaign for the Syrian army slowed down.", "limits.reluctance"),
    ("By the winter Moscow had few jets to spare for the Syrian army.", "limits.capacity"),
    ("By December the Russian contingent had little left to give the Syrian army.", "limits.capacity"),
])
def test_the_added_wording_still_codes_its_kept_senses(nlp, text, code):
    assert code in last_sentence_codes(nlp, CONTEXT + text, "limits")


@pytest.mark.parametrize("text, code", [
    # a restraint whose object is Assad's opponents: Russian leverage over them, not a limit on its support
    ("Russian officers kept the opposition delegates on a tight leash during the talks.", "limits.leverage"),
    ("Moscow put a brake on the rebel offensive in the north.", "limits.leverage"),
    # a bargain between Assad's side and a third party, with Russia named in the sentence before
    ("Moscow sent more jets. Assad was bargaining with Ankara over the water of the Euphrates.", "limits.conditions"),
    ("Moscow sent more jets. Damascus haggled with Tehran over the price of oil.", "limits.conditions"),
    ("Moscow sent more jets. The Syrian government was haggling with Baghdad over the oil price.", "limits.conditions"),
    # rationing by a subject that names no Russian: rationing at home, not help given sparingly
    ("Moscow sent more jets. The government rationed diesel for the farmers of the valley.", "limits.commitment"),
    ("Moscow sent more jets. The authorities rationed bread in the capital.", "limits.commitment"),
    # an attack that slows someone down hinders whom it strikes
    ("Russian bombing slowed them down, a rebel commander admitted.", "limits.reluctance"),
    ("The Russian air campaign slowed them down, the rebel spokesman said.", "limits.reluctance"),
    # a delayed motion against Damascus is shielding, not a delay of Russia's help
    ("At the council Russia delayed their motion against Damascus for a week.", "limits.reluctance"),
])
def test_the_added_wording_aimed_at_another_party_codes_no_limit(nlp, text, code):
    assert code not in last_sentence_codes(nlp, CONTEXT + text, "limits")


@pytest.mark.parametrize("text, code", [
    # Russia restraining its client, slowing or bargaining over its own help, or rationing what it sends; a noun of
    # restraint or bargaining whose clause's subject names no Russian
    ("Moscow kept Assad on a tight leash.", "limits.leverage"),
    ("Moscow kept the Syrian army on a short leash.", "limits.leverage"),
    ("Moscow put the brakes on its deliveries to Damascus.", "limits.leverage"),
    ("Moscow muzzled the Syrian president at the talks.", "limits.leverage"),
    ("Russia delayed its delivery of the S-300s to Damascus.", "limits.reluctance"),
    ("The Russian campaign slowed down.", "limits.reluctance"),
    ("Moscow bargained with Damascus over the base lease.", "limits.conditions"),
    # Assad's side bargaining with Russia: Russia is a party of the bargain
    ("Assad bargained hard with Moscow over the base.", "limits.conditions"),
    ("Russia rationed the fuel it sent to the Syrian army.", "limits.commitment"),
    ("Moscow sent more jets. Each shipment to the Syrian army arrived with a leash.", "limits.leverage"),
    # Russia's own offer or plan of help is no proposal put to others
    ("Moscow delayed its offer of new jets to Damascus.", "limits.reluctance"),
    ("The Kremlin put a brake on its offer of loans to Damascus.", "limits.leverage"),
    ("Moscow delayed its plan to send more advisers to Damascus.", "limits.reluctance"),
    ("The Kremlin slowed its own plan for the Syrian army.", "limits.reluctance"),
])
def test_the_added_wording_aimed_at_russias_help_or_client_still_codes_a_limit(nlp, text, code):
    assert code in last_sentence_codes(nlp, CONTEXT + text, "limits")


@pytest.mark.xfail(reason="an object pronoun is not read as the party a delay is aimed at: the resolver takes 'it' "
                          "up as the latest actor that agrees with it, here 'Damascus' inside the motion's own "
                          "phrase, not the motion that holds it", strict=True)
@pytest.mark.parametrize("text, code", [
    ("A Western motion against Damascus came before the council, and Russia delayed it.", "limits.reluctance"),
])
def test_a_delay_of_a_pronoun_for_a_move_against_damascus_is_a_known_gap(nlp, text, code):
    assert code not in last_sentence_codes(nlp, CONTEXT + text, "limits")


@pytest.mark.xfail(reason="the check reads what is held back from an active verb's object and a noun's 'on' only: a "
                          "passive's subject (the rebels kept on a leash by Moscow), a restraint a non-Russian puts "
                          "on Russia through a noun ('kept Moscow on a leash'), and the recipient of giving sparingly "
                          "are not read", strict=True)
@pytest.mark.parametrize("text, code", [
    ("The rebels were kept on a tight leash by Moscow.", "limits.leverage"),
    ("The opposition delegates were muzzled by Russian officers.", "limits.leverage"),
    ("Washington kept Moscow on a tight leash at the council.", "limits.leverage"),
    ("Western sanctions put a brake on Russian arms shipments to Damascus.", "limits.leverage"),
    ("Moscow doled out fuel to the rebel factions in the north.", "limits.commitment"),
])
def test_a_passive_a_restraint_put_on_russia_or_another_recipient_is_a_known_gap(nlp, text, code):
    assert code not in last_sentence_codes(nlp, CONTEXT + text, "limits")
