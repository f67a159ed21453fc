"""Classes of missed limits that recurred across the ordinary genres of batches 15-18 and older batches (issue 14,
part 2), on invented sentences in several registers: a time limit on the help, help given sparingly or paid for,
Russia's own reasons or forces, means going home; and, as a known gap, Russia's standing relationship with Assad's
opponents' patron or Russia named with that power in a list (not where the list is the parties of a word of dealing,
'Russia, Iran and Turkey would meet': see `frames.counterparts`); Russia named second beside it ('Turkish and Russian
soldiers') is hedging."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "
# Tried as codebook patterns this session: they fixed development errors in many batches but lowered the check group.
HEDGING_GAP = pytest.mark.xfail(strict=True, reason="friendship, and a partner named with a diacritic or by a person, "
                                "are not hedging cues, nor listed coordination with another power (issue 14)")


def _gap(text: str) -> object:
    return pytest.param(text, True, marks=HEDGING_GAP)


@pytest.mark.parametrize("text, hedged", [
    # a think-tank brief, a radio interview, a regional daily, a student essay
    (CONTEXT + "The Kremlin now guards its partnership with Ankara more jealously than any Syrian front line.", True),
    _gap(CONTEXT + "GUEST: Moscow values its friendship with the Turks above a few villages."),
    _gap(CONTEXT + "Analysts at the Varna Institute say Putin's partnership with Erdoğan comes first."),
    (CONTEXT + "Since the rapprochement with Turkey, Russian officers have spoken less of Idlib.", True),
    # a relationship with Assad's own side or his ally is no hedge
    (CONTEXT + "The Kremlin guards its partnership with Damascus jealously.", False),
    (CONTEXT + "Moscow will not risk its friendship with Tehran for a few villages.", False),
    # relations as such, which may be bad ones
    (CONTEXT + "Russia's relations with Washington are at their lowest point since the Cold War.", False),
    (CONTEXT + "The Kremlin's relationship with Israel soured badly after the border incident.", False),
    (CONTEXT + "Moscow's relationship with Riyadh broke down over oil quotas that winter.", False),
])
def test_a_relationship_with_assads_opponents_patron_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text", [
    # good relations kept with a rival of Assad's or another power: a video script, a column, a wire story
    CONTEXT + "NARRATOR: Moscow also wanted good working relations with Israel.",
    CONTEXT + "The Kremlin has kept close ties with Ankara through every Idlib offensive.",
    CONTEXT + "\u201cRussia has warm relations with the Gulf,\u201d the analyst said.",
])
def test_good_relations_with_another_power_are_hedging(nlp, text):
    assert "limits.hedging" in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, hedged", [
    # a wire caption, a broadcast script, a parliamentary answer, a blog
    (CONTEXT + "Starting next week, the highway is to be guarded by Turkish and Russian soldiers riding together.", True),
    _gap(CONTEXT + "President Erdogan and President Vladimir Putin stood side by side at the lectern."),
    # ... listed with it as the parties of a word of dealing (see `frames.counterparts`)
    (CONTEXT + "The minister said Russia, Iran and Turkey would meet again in the spring.", True),
    _gap(CONTEXT + "Turkey is now Moscow's closest partner in the north, the blogger writes."),
    # Russia named with Assad's ally, or another power's partner who is not Russia's
    (CONTEXT + "Iranian and Russian advisers will run the checkpoints from Monday.", False),
    (CONTEXT + "Turkey is Washington's partner in the north, the blogger writes.", False),
])
def test_russia_named_with_another_power_in_any_order_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, bounded", [
    # a column, a podcast, a court report, a lecture summary
    (CONTEXT + "Moscow's help, the columnist argues, has always run on a Russian timetable.", True),
    (CONTEXT + "GUEST: Russian support for the regime now has a clock on it.", True),
    (CONTEXT + "The expert told the tribunal that Russian air cover came with a calendar attached.", True),
    # Russia's help given round the clock, and a timetable that is not Russia's help
    (CONTEXT + "Russian jets flew round the clock over the northern plain.", False),
    (CONTEXT + "The lecture ended early because the bus timetable had changed.", False),
    # haste against the clock, and a timetable or a calendar that schedules the help
    (CONTEXT + "Russian engineers worked against the clock to rebuild the bridge for Assad's tanks.", False),
    (CONTEXT + "Moscow drew up a timetable for shipping the new air-defence batteries to Damascus.", False),
    (CONTEXT + "The Russian staff handed the Syrian generals a calendar of joint drills.", False),
    # a timetable for leaving
    (CONTEXT + "Diplomats say the Kremlin already has a timetable for its withdrawal.", True),
])
def test_a_time_limit_on_russian_help_is_a_bounded_commitment(nlp, text, bounded):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is bounded


BILL_GAP = pytest.mark.xfail(strict=True, reason="a bill is the help's price, a condition (see "
                             "test_the_bill_for_the_help_is_a_condition), no capacity cost: paying it for Assad's side is "
                             "help given, and narrowed to a bill as a burden it fixed no development error")


@pytest.mark.parametrize("text, code, limited", [
    # an economics blog, a parliamentary sketch, a trade weekly, a radio phone-in
    (CONTEXT + "Moscow has been lavish with speeches and frugal with roubles.", "limits.commitment", True),
    (CONTEXT + "The Kremlin, one MP quipped, likes its clients held cheaply.", "limits.commitment", True),
    pytest.param(CONTEXT + "Traders in Latakia say the bill for Russian fuel now lands in Damascus.", "limits.capacity", True,
                 marks=BILL_GAP),
    # a draft law, and help given generously
    (CONTEXT + "The Duma passed the lease bill on Tuesday.", "limits.capacity", False),
    # the bill paid for Assad's side is help given; a bill that mounts or cannot be paid is a cost
    (CONTEXT + "Moscow picked up the bill for the regime's new armoured vehicles.", "limits.capacity", False),
    (CONTEXT + "The Kremlin paid the whole bill for rebuilding the Syrian air force.", "limits.capacity", False),
    pytest.param(CONTEXT + "The Russian treasury can no longer foot the bill for the Syrian campaign.", "limits.capacity", True,
                 marks=BILL_GAP),
    pytest.param(CONTEXT + "Russia faces a mounting bill for its war in Syria.", "limits.capacity", True,
                 marks=BILL_GAP),
    (CONTEXT + "Moscow has been lavish with money and generous with jets.", "limits.commitment", False),
])
def test_help_given_sparingly_or_paid_for_is_a_limit(nlp, text, code, limited):
    assert (code in last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, narrower", [
    # a defence newsletter, a memoir, a wire story, a talk-show transcript
    (CONTEXT + "The Russian batteries at the airfield exist to shield their own crews.", True),
    (CONTEXT + "Moscow, the ambassador wrote, had reasons of its own and its own security to think of.", True),
    (CONTEXT + "The Kremlin said its jets were there to guard its own personnel.", True),
    (CONTEXT + "ANCHOR: So the Russians are guarding their own bases first?", True),
    # the possessive determiner alone: a quoted student, a parliamentary answer
    (CONTEXT + "\u201cThe Russians protected their base and nothing else,\u201d a student wrote.", True),
    (CONTEXT + "The minister said Russia would defend its citizens and its bases.", True),
    # the owner is Assad's side ('his'), or 'own' is not the emphatic possessive
    (CONTEXT + "Russian jets protected his forces on the road to Palmyra.", False),
    (CONTEXT + "The Syrian army has its own reasons to hold the ridge.", False),
    (CONTEXT + "Russian engineers own the contract for the power plant.", False),
    (CONTEXT + "Moscow was ready to risk its own pilots to keep the regime standing.", False),
])
def test_russias_own_people_or_reasons_are_narrower_interests(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, departed", [
    # a regional radio bulletin, a veterans' magazine, a caption
    (CONTEXT + "Most of the Russian helicopter crews will return home before the winter, the bulletin said.", True),
    (CONTEXT + "The last Russian sappers came home to a quiet ceremony in Rostov.", True),
    (CONTEXT + "Russian transport planes were seen flying home empty over the coast.", True),
    # another actor's people coming home
    (CONTEXT + "Syrian refugees in Lebanon say they want to return home.", False),
    # a rotation of crews, and a return put off until a condition is met
    (CONTEXT + "Russian bomber crews fly home each spring, and fresh ones take their place.", False),
    (CONTEXT + "The Russian engineers will return home only when the dam is repaired, the general vowed.", False),
    (CONTEXT + "Russian sappers will not come home until the last mine is cleared, Moscow says.", False),
])
def test_russian_means_returning_home_is_a_departure(nlp, text, departed):
    assert ("limits.departure" in last_sentence_codes(nlp, text, "limits")) is departed


@pytest.mark.parametrize("text, sidelined", [
    # a wire story, a memoir, a TV explainer
    (CONTEXT + "The map was settled between generals from Moscow and Amman, and the Syrian cabinet was notified once it "
               "was drawn.", True),
    (CONTEXT + "Moscow settled the evacuation overnight, and Damascus was told the next morning.", True),
    (CONTEXT + "PRESENTER: Russian generals chose the route, and the regime was notified after the convoys had left.", True),
    # told by Russia in a meeting, told to act (pressure, another code), or telling someone else
    (CONTEXT + "Assad was told by Putin himself that the jets would stay.", False),
    (CONTEXT + "Moscow told its own diplomats about the deal first.", False),
    # told of Russian help, with no word of being told after the fact
    (CONTEXT + "The Syrian staff was informed of the fresh Russian shipments of shells.", False),
    (CONTEXT + "Damascus was notified of the Russian air bridge well ahead of time.", False),
    # told the terms
    (CONTEXT + "Russia and Turkey agreed the buffer zone, and the regime was simply told the terms.", True),
])
def test_assads_side_only_told_of_a_decision_is_sidelined(nlp, text, sidelined):
    assert ("limits.friction" in last_sentence_codes(nlp, text, "limits")) is sidelined


@pytest.mark.parametrize("text, reluctant", [
    # a newsletter, a speech, a quoted analyst
    (CONTEXT + "What the Kremlin will not do is put its own infantry into the villages.", True),
    (CONTEXT + "What Russia would not do, the envoy admitted, was bomb the border crossings.", True),
    pytest.param(CONTEXT + "\u201cWhat they won't do is fly the wounded out,\u201d the analyst said of the Russian crews.",
                 True, marks=pytest.mark.xfail(strict=True, reason="with its 'be' in the cue the cleft's root is the "
                                               "copula, and a pronoun subject inside the clause is not tied to it")),
    # a pseudo-cleft that states what Russia did
    (CONTEXT + "What Moscow did next was send more jets to the coast.", False),
    # a cleft whose focus is a limit named to be denied
    (CONTEXT + "What the Kremlin will not do is desert its client.", False),
    (CONTEXT + "What the Kremlin will not do is walk away from the regime.", False),
])
def test_a_negated_pseudo_cleft_is_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text", [
    # a limit in the focus of a negated pseudo-cleft is named only to be denied
    CONTEXT + "What the Kremlin will not do is abandon Assad.",
    CONTEXT + "What the Kremlin will not do is desert its client.",
    CONTEXT + "What the Kremlin will not do is walk away from the regime.",
])
def test_a_limit_in_the_focus_of_a_negated_cleft_is_denied(nlp, text):
    assert not last_sentence_codes(nlp, text, "limits") & {"limits.abandonment", "limits.departure"}


@pytest.mark.parametrize("text, pressed", [
    # a podcast, a wire analysis, a seminar handout
    (CONTEXT + "GUEST: Moscow now wants a settlement it can sell at home.", True),
    (CONTEXT + "Russian diplomats spent the autumn drafting the outlines of a settlement for the north.", True),
    # the plural, the inhabited places
    (CONTEXT + "Russian military police patrolled three settlements near the river.", False),
    # a village struck, and a local deal brokered for the government (an act on Assad's side)
    (CONTEXT + "Russian bombers hit a small settlement west of the dam.", False),
    (CONTEXT + "Russian drones circled over the hilltop settlement of Tal Hamra.", False),
    (CONTEXT + "Russian officers brokered a settlement that made the rebels hand over their rifles.", False),
    # a settlement Russia presses for, with its modifier
    (CONTEXT + "Russia kept pressing for a negotiated settlement.", True),
])
def test_a_settlement_russia_seeks_is_pressure_on_damascus(nlp, text, pressed):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is pressed


@pytest.mark.parametrize("text, narrower", [
    # a letters page, a business daily
    (CONTEXT + "In the end the Kremlin held on to its naval port and let the rest go.", True),
    (CONTEXT + "Russia's planners mainly want to retain their airfield on the coast, the paper says.", True),
    # bases that are not Russia's, or Russia's bases only named
    (CONTEXT + "The Syrian army tried to keep its bases near the river.", False),
    (CONTEXT + "Russian bases on the coast were quiet on Sunday.", False),
    # the bases as the purpose of an act of support are its motive
    (CONTEXT + "Moscow armed the regime to keep its port on the coast.", False),
])
def test_russia_keeping_its_own_bases_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower



@pytest.mark.xfail(strict=True, reason="means reduced to a part of what they were ('a shadow of', 'a third of that', "
                   "'little resemblance to') have no cue: as a commitment limit the pattern made the means it "
                   "describes a limit only and dropped the support the devset codes beside it (issue 14)")
@pytest.mark.parametrize("text", [
    # a veterans' forum, a wire story
    CONTEXT + "Veterans say the Russian mission is a pale shadow of its first winter.",
    CONTEXT + "Today's Russian contingent bears little resemblance to the force of 2016.",
])
def test_means_reduced_to_a_part_of_what_they_were_are_a_limit(nlp, text):
    assert "limits.commitment" in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, controlled", [
    # a phone-in, a wire analysis, a memoir, a defence newsletter
    (CONTEXT + "CALLER: So the Russians get the final say over every offensive?", True),
    (CONTEXT + "In the north, Russian generals now decide when the Syrian guns may fire.", True),
    (CONTEXT + "Everyone at the embassy knew that Moscow called the shots in Latakia.", True),
    # deciding one's own act, or a say that is not Russia's
    (CONTEXT + "Moscow will decide whether to send more jets next week.", False),
    (CONTEXT + "The Kremlin alone will determine when its last advisers go home.", False),
    (CONTEXT + "Russian commanders decide where their helicopters refuel.", False),
    (CONTEXT + "Moscow, not the Syrian president, now decides whether the regime may strike Idlib.", True),
    (CONTEXT + "Syrian voters want a say in the new constitution.", False),
])
def test_russian_control_over_what_damascus_does_is_leverage(nlp, text, controlled):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is controlled


@pytest.mark.parametrize("text, stretched", [
    # a quoted analyst, a memoir, a lecture, a briefing
    (CONTEXT + "\u201cMoscow can't be everywhere,\u201d the analyst said.", True),
    (CONTEXT + "I met a Russian soldier in Homs. He shrugged: \u201cWe cannot be in two cities at once.\u201d", True),
    (CONTEXT + "Russian air power could not be everywhere at once.", True),
    (CONTEXT + "Russian jets cannot be in two places simultaneously.", True),
    # another party's patrols, means that can be everywhere, a claim that cannot be true
    (CONTEXT + "Russia watched. Turkish patrols cannot be everywhere along the border.", False),
    (CONTEXT + "Russian jets can be everywhere within an hour.", False),
    (CONTEXT + "Moscow said the claims could not be true.", False),
])
def test_means_that_cannot_be_everywhere_are_a_capacity_limit(nlp, text, stretched):
    assert ("limits.capacity" in last_sentence_codes(nlp, text, "limits")) is stretched


@pytest.mark.parametrize("text, priced", [
    # a quoted trader, a business page, a podcast
    (CONTEXT + "\u201cThe Russians gave us the sky and then sent us the bill,\u201d a trader said.", True),
    (CONTEXT + "Now Russian companies are presenting the invoice to Damascus.", True),
    (CONTEXT + "GUEST: And every month the Russian bill to Damascus grows.", True),
    # the verb of naming, a bill that is no Russian help's, a bill paid, a draft law
    (CONTEXT + "Russian state television billed the battle as the last of the war.", False),
    (CONTEXT + "Russia watched. The Turkish army sent Ankara the bill for its border posts.", False),
    (CONTEXT + "Moscow picked up the bill for the regime's new armoured vehicles.", False),
    (CONTEXT + "Russia watched. The people of the north are paying the bill for the war.", False),
    (CONTEXT + "Russian deputies voted on the bill for the Tartus lease.", False),
    (CONTEXT + "The Senate bill targets Russian firms that arm the Syrian regime.", False),
    (CONTEXT + "After the inspectors left, Moscow gave Damascus a clean bill of health.", False),
])
def test_the_bill_for_the_help_is_a_condition(nlp, text, priced):
    assert ("limits.conditions" in last_sentence_codes(nlp, text, "limits")) is priced


@pytest.mark.parametrize("text, narrower", [
    # a guidebook, a seminar note, a column, an answer in parliament
    (CONTEXT + "Moscow says it is protecting no individual, only a principle.", True),
    (CONTEXT + "Russia backs the state, and the state is not a person.", True),
    (CONTEXT + "Whether Russia needs this particular president is another matter.", True),
    (CONTEXT + "For Moscow, its bases matter more than the fate of any individual in Damascus.", True),
    (CONTEXT + "The Kremlin is tied to no particular leader in Damascus.", True),
    # a person as the subject of an event, and 'any' with no person
    (CONTEXT + "No person was hurt when a Russian jet crashed near the base.", False),
    (CONTEXT + "Russian jets struck any position the rebels held.", False),
    # 'no' or 'any' before an office or 'man': who came or went, and the idioms of 'man'
    (CONTEXT + "Russia sent no leader to the funeral in Damascus.", False),
    (CONTEXT + "Moscow backs Assad and says it will leave no man behind.", False),
    (CONTEXT + "Russian jets circled over the no man's land between the lines.", False),
])
def test_no_one_person_in_particular_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, narrower", [
    # minutes of a meeting, a quoted diplomat: the capital as the metonym of Assad's government
    (CONTEXT + "She said Moscow had reasons for its veto that were not about Damascus at all.", True),
    (CONTEXT + "\u201cIt is not Damascus that signs,\u201d the Russian diplomat said.", True),
    # Damascus as a place the jets did not reach
    (CONTEXT + "Russian jets did not fly to Damascus that week.", False),
])
def test_damascus_denied_as_what_russia_stands_for_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower
