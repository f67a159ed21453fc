"""Limit classes said without a stock cue word (`codebook.toml` limits codes, through the coder), on invented
sentences in several registers: wire copy, commentary, quoted speech, a transcript, a reader's question."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "
NAVY = "Russia's navy had kept a squadron off Latakia to cover the Syrian president. "


@pytest.mark.parametrize("text, departed", [
    # caused motion of Russian means with the place as its source
    (NAVY + "In May it sailed its frigates out of the harbour for good.", True),
    (CONTEXT + "Over the summer the Kremlin shifted its crews from Syria to another war.", True),
    (CONTEXT + "\u201cThe Russian commander pulled his battalions out of the province in a week,\u201d a deserter said.", True),
    (CONTEXT + "Moscow quietly flew its last helicopters, two radar units and the field hospital out of Latakia.", True),
    # motion towards Syria, or with no source, is no departure
    (CONTEXT + "Moscow flew more helicopters from Russia to Latakia.", False),
    (CONTEXT + "The Kremlin moved its frigates closer to the Syrian coast.", False),
    # Assad's side moving is not Russia leaving
    (CONTEXT + "The Syrian president moved his family out of the capital.", False),
])
def test_russian_means_moved_out_of_a_place_is_a_departure(nlp, text, departed):
    assert ("limits.departure" in last_sentence_codes(nlp, text, "limits")) is departed


@pytest.mark.parametrize("text, hedged", [
    (CONTEXT + "Russian envoys kept meeting the regime's enemies in Geneva.", True),
    (CONTEXT + "Russian diplomats met \u201cmoderate\u201d opposition figures in Geneva.", True),
    (CONTEXT + "ANCHOR: And the Kremlin? GUEST: Moscow is negotiating with Assad's rivals as we speak.", True),
    # talking to Assad himself is no hedge
    (CONTEXT + "Moscow kept talking to the Syrian president.", False),
])
def test_contact_with_assads_opponents_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, hedged", [
    (CONTEXT + "All summer the Kremlin courted the exiled opposition.", True),
    # a court of law is no courting
    (CONTEXT + "Moscow vetoed every referral of the Syrian leadership to an international court.", False),
    (CONTEXT + "\u201cRussia will never deliver an ally to a court in The Hague,\u201d the envoy said.", False),
    (CONTEXT + "A court in Vienna later heard the case against a Russian arms broker.", False),
])
def test_courting_is_the_verb_not_a_court_of_law(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, hedged", [
    (CONTEXT + "Lavrov spoke by telephone with his Turkish counterpart late on Friday.", True),
    (CONTEXT + "\u201cThe Kremlin prefers to sit down with the Turks over a map,\u201d the researcher said.", True),
    (CONTEXT + "In Astana the Russian delegation sat with the rebels for six hours.", True),
    # speaking to Assad's side, or about the other power, is no contact with his rivals
    (CONTEXT + "Putin spoke by telephone with the Syrian president on Sunday.", False),
    (CONTEXT + "Lavrov spoke at length about the Turkish incursion.", False),
    # an interview or an address to another country's audience is no talks with it
    (CONTEXT + "In a rare interview, Putin spoke to Israeli television about the war.", False),
    (CONTEXT + "Lavrov spoke to American reporters after the meeting.", False),
    (CONTEXT + "Putin spoke with Turkish President Erdogan on Tuesday.", True),
])
def test_speaking_or_sitting_down_with_assads_rivals_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, tolerated", [
    (CONTEXT + "For a week the Kremlin let the Turks pound the Syrian army's positions.", True),
    (CONTEXT + "\u201cMoscow lets Israeli aircraft hit Iranian depots whenever they like,\u201d the analyst said.", True),
    (CONTEXT + "Russia allowed Ankara to shell the government's forward posts.", True),
    # Assad's own side or his other backers striking, or a permission denied, is no attack tolerated
    (CONTEXT + "Russia let Syrian jets strike the rebels at will.", False),
    (CONTEXT + "Moscow allowed Iranian militias to attack the rebel suburbs.", False),
    (CONTEXT + "Russia will not let Turkey attack Syrian troops again.", False),
])
def test_letting_another_power_strike_is_abandonment(nlp, text, tolerated):
    assert ("limits.abandonment" in last_sentence_codes(nlp, text, "limits")) is tolerated


@pytest.mark.parametrize("text, obstructed", [
    (CONTEXT + "Since Ankara shut the Straits to warships, Russian landing ships have sailed the long way round.", True),
    (CONTEXT + "\u201cTurkey's closure of its airspace hurt the Russian airlift badly,\u201d a logistics officer said.", True),
    (CONTEXT + "Last April Ankara closed its airspace to Russian transport planes heading south.", True),
    # Russia closing a passage is its own act, a closure denied is none, and one with no Russian named is another story
    (CONTEXT + "Russian jets closed the airspace over Aleppo to rebel drones.", False),
    (CONTEXT + "Ankara will not close the Straits to Russian ships, the minister said.", False),
    (CONTEXT + "Ankara closed its ports to cattle traders from the north.", False),
    # the passage closed to a party that is not Russian, whoever else the sentence names
    (CONTEXT + "Turkey closed its airspace to Syrian flights in 2012, and Russia protested at the UN.", False),
    (CONTEXT + "Turkey closed the Straits to naval traffic in February, and Russia's navy now sails round Gibraltar.", True),
])
def test_a_third_party_closing_russias_supply_routes_is_obstruction(nlp, text, obstructed):
    assert ("limits.obstruction" in last_sentence_codes(nlp, text, "limits")) is obstructed


@pytest.mark.parametrize("text, obstructed", [
    # the passage named first, in a passive with its owner or in a relative clause on it
    (CONTEXT + "Since the spring the Turkish straits are shut to Russian landing ships.", True),
    (CONTEXT + "Moscow's landing ships have to go round: the Dardanelles, which Ankara closed to warships, are out.",
     True),
    # a passive with no closing power named is no third party's act
    (CONTEXT + "Since the spring the straits are shut to Russian landing ships.", False),
])
def test_a_passage_named_before_its_closure_is_obstruction(nlp, text, obstructed):
    assert ("limits.obstruction" in last_sentence_codes(nlp, text, "limits")) is obstructed


@pytest.mark.parametrize("text, obstructed", [
    # a briefing's list or a card: Russia named some sentences before, the passage closed to armed traffic or to all
    (CONTEXT + "Russia kept its bases on the coast. Its jets flew fewer sorties. Turkey closed the Straits to "
     "warships in February.", True),
    (CONTEXT + "Russia kept its bases on the coast. Its jets flew fewer sorties. Turkey's closure of the Straits "
     "made resupply slower.", True),
    # the passage closed to civilian traffic is another story, whatever the text named before
    (CONTEXT + "Russia kept its bases on the coast. Its jets flew fewer sorties. Turkey closed its ports to "
     "cattle traders in February.", False),
    # nor does anything carry Russia where no Russian was named before
    (CONTEXT + "Turkey closed the Straits to warships in February.", False),
])
def test_a_closure_to_armed_traffic_takes_up_the_russian_named_before(nlp, text, obstructed):
    assert ("limits.obstruction" in last_sentence_codes(nlp, text, "limits")) is obstructed


@pytest.mark.parametrize("text, hedged", [
    # Russia coordinated with another power as one party, named second
    (CONTEXT + "In Vienna the United States and Russia settled on a date for a second round.", True),
    (CONTEXT + "From next month Turkish and Russian patrols will share the highway.", True),
    (CONTEXT + "\u201cIsrael and Russia talk every day,\u201d a former pilot said.", True),
    # Assad's side or his other backer beside Russia is no hedge
    (CONTEXT + "Syrian and Russian jets pounded the rebel suburbs.", False),
    (CONTEXT + "Iranian and Russian advisers planned the offensive with Syrian officers.", False),
    # the two powers set against each other, in either order, are opponents, not partners
    (CONTEXT + "Washington and Moscow traded accusations over the convoy, a diplomat said.", False),
    (CONTEXT + "Russia and the United States clashed again at the Security Council on Thursday.", False),
    (CONTEXT + "\u201cTurkey and Russia back opposite sides in this war,\u201d the columnist writes.", False),
    (CONTEXT + "The United States and Russia blamed each other for the collapse of the truce.", False),
])
def test_russia_named_second_beside_another_power_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, used", [
    ("Moscow sent its bombers to save Assad in 2015. \u201cFor the Kremlin, the president was only ever a tool,\u201d the historian said.", True),
    ("Moscow sent its bombers to save Assad in 2015. Assad became a vehicle for those aims, and vehicles wear out.", True),
    ("Moscow sent its bombers to save Assad in 2015. The bases are what matter; the regime is merely the tenant.", True),
    # Russian means as the means of his survival, or Assad doing something, are no instrument
    ("Moscow sent its bombers to save Assad in 2015. Russian air power was the means of his survival.", False),
    ("Moscow sent its bombers to save Assad in 2015. Assad flew to Moscow again in the spring.", False),
    # another power's instrument, an instrument denied, or the noun in another sense
    ("Moscow sent its bombers to save Assad in 2015. The president was a puppet of Tehran, the exiles said.", False),
    ("Moscow sent its bombers to save Assad in 2015. For Tehran, the president was only ever a pawn.", False),
    ("Moscow sent its bombers to save Assad in 2015. \u201cAssad is no puppet,\u201d the minister said.", False),
    ("Moscow sent its bombers to save Assad in 2015. The regime was the main tool of repression in Homs.", False),
    ("Moscow sent its bombers to save Assad in 2015. Assad remains a tool of the Kremlin.", True),
    ("Moscow sent its bombers to save Assad in 2015. Assad was the vehicle for its aims, not one of them.", True),
    # the subject is Russia's or another party's, not Assad's side
    ("Putin sent his bombers to save Assad in 2015. He is a means to an end for the oligarchs, the author argues.", False),
    ("Moscow sent its bombers to save Assad in 2015. Turkey's government became a vehicle for Islamist ambitions.", False),
])
def test_assad_said_to_be_an_instrument_is_a_limit(nlp, text, used):
    assert ("limits.instrument" in last_sentence_codes(nlp, text, "limits")) is used


@pytest.mark.parametrize("text, strained", [
    (CONTEXT + "Ties between the Kremlin and the Syrian palace were never easy.", True),
    (CONTEXT + "Russian officers were not happy with the Syrian general staff.", True),
    (CONTEXT + "\u201cThe Kremlin is never happy when Assad speaks for it,\u201d one diplomat said.", True),
    # the same words, not negated, or said of no Russian
    (CONTEXT + "Ties between the Kremlin and the Syrian palace were easy.", False),
    (CONTEXT + "Assad was not pleased with the rebels' offer.", False),
])
def test_a_negated_positive_evaluation_is_friction(nlp, text, strained):
    assert ("limits.friction" in last_sentence_codes(nlp, text, "limits")) is strained


@pytest.mark.parametrize("text, bounded", [
    (CONTEXT + "Beyond speeches at the UN, the Kremlin did little for him that year.", True),
    (CONTEXT + "Moscow would give its client as little as possible, the memo said.", True),
    (CONTEXT + "\u201cThe Kremlin had nothing more to give Assad,\u201d the envoy told us.", True),
    # a quantifier that is not negative
    (CONTEXT + "Moscow has done a great deal for Assad.", False),
])
def test_a_negative_quantifier_as_what_russia_does_bounds_its_commitment(nlp, text, bounded):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is bounded


@pytest.mark.parametrize("text, narrower", [
    (CONTEXT + "Moscow's loyalty, a senator wrote, runs to the Syrian army, not to Assad.", True),
    (CONTEXT + "The Kremlin's quarrel is with the West, not with the rebels.", False),
])
def test_a_contrast_that_denies_assad_as_partner_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, continued", [
    # a third-person pronoun or a coordinator takes up the limit of the sentence before
    (CONTEXT + "Moscow was reluctant to send more jets to Assad. It had different plans for its pilots.", True),
    (CONTEXT + "Moscow was reluctant to send more jets to Assad. And the crews were tired.", True),
    # 'I' and 'you' point to the speaker and the reader, not back to the limit
    (CONTEXT + "Moscow was reluctant to send more jets to Assad. I did not believe the rumours at first.", False),
    (CONTEXT + "Moscow was reluctant to send more jets to Assad. Your letters on the subject are welcome.", False),
])
def test_a_first_or_second_person_opening_continues_no_limit(nlp, text, continued):
    codes = last_sentence_codes(nlp, text)
    assert bool(len(codes[(codes.dimension == "limits") & (codes.agent_link == "context")])) is continued


@pytest.mark.parametrize("text, departed", [
    (CONTEXT + "By spring Moscow had sent half of its attack helicopters home.", True),
    (CONTEXT + "\u201cWe are flying the last crews home this week,\u201d a Russian colonel said.", True),
    (CONTEXT + "The Kremlin sent Russian advisers to Damascus.", False),
])
def test_russian_means_sent_home_is_a_departure(nlp, text, departed):
    assert ("limits.departure" in last_sentence_codes(nlp, text, "limits")) is departed


@pytest.mark.parametrize("text, narrower", [
    (CONTEXT + "Moscow's generals were never loyal to Assad himself.", True),
    (CONTEXT + "Nor is Moscow beholden to him.", True),
    (CONTEXT + "\u201cWe are not attached to any one family,\u201d a Russian diplomat told the seminar.", True),
    # attachment denied to someone else
    (CONTEXT + "The rebels were never loyal to their Turkish sponsors.", False),
])
def test_a_denied_attachment_to_assad_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, bounded", [
    (CONTEXT + "Russia is unlikely to fly more sorties for the regime this year.", True),
    (CONTEXT + "The Kremlin seems unlikely ever to deploy more jets for Assad, the analysts wrote.", True),
    (CONTEXT + "Russia is likely to fly more sorties for the regime this year.", False),
])
def test_an_unlikely_support_is_a_commitment_bound(nlp, text, bounded):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is bounded


@pytest.mark.parametrize("text, strained", [
    (CONTEXT + "In Damascus, ministers grumble that Moscow takes the best contracts.", True),
    (CONTEXT + "In private, Russian officers gripe about the Syrian generals.", True),
    (CONTEXT + "Russian officers praised the Syrian generals.", False),
])
def test_a_verb_of_complaining_is_friction(nlp, text, strained):
    assert ("limits.friction" in last_sentence_codes(nlp, text, "limits")) is strained


@pytest.mark.parametrize("text, abandoned", [
    (CONTEXT + "His allies in Moscow deserted him.", True),
    (CONTEXT + "Russian sappers cleared the desert road to Palmyra for Assad's army.", False),
])
def test_desert_abandons_only_as_a_verb(nlp, text, abandoned):
    assert ("limits.abandonment" in last_sentence_codes(nlp, text, "limits")) is abandoned


@pytest.mark.parametrize("text, hedged", [
    (CONTEXT + "Moscow wants the border question resolved with Turkey first.", False),
    (CONTEXT + "The Kremlin hopes to settle the north with Turkey before the spring.", True),
    (CONTEXT + "Putin meets his Israeli counterpart in Sochi on Friday.", True),
    (CONTEXT + "Russian envoys received a delegation of the Syrian opposition in Moscow.", True),
    (CONTEXT + "Putin meets his Syrian counterpart in Sochi on Friday.", False),
])
def test_settling_or_meeting_with_other_powers_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, strained", [
    (CONTEXT + "A Kremlin-funded channel ran a report blaming Assad's cousins for the fuel shortage.", True),
    (CONTEXT + "A Russian general blamed the Syrian president for the rout.", True),
    # criticism of someone else
    (CONTEXT + "Russia blamed the rebels for the rout near Hama.", False),
])
def test_criticism_addressed_to_assads_side_is_friction(nlp, text, strained):
    assert ("limits.friction" in last_sentence_codes(nlp, text, "limits")) is strained


@pytest.mark.parametrize("text, departed", [
    (CONTEXT + "Drone footage showed two Russian supply ships quitting Latakia at dawn.", True),
    (CONTEXT + "Hezbollah fighters moved into the barracks that Russian advisers had vacated.", True),
    (CONTEXT + "The Syrian president left Damascus for a summit in Riyadh.", False),
])
def test_russian_means_leaving_a_named_place_is_a_departure(nlp, text, departed):
    assert ("limits.departure" in last_sentence_codes(nlp, text, "limits")) is departed


@pytest.mark.parametrize("text, hedged", [
    (CONTEXT + "Moscow and Ankara have carved up the border strip on their own.", True),
    (CONTEXT + "A joint Russian and Israeli hotline has run since the first weeks of the war.", True),
    (CONTEXT + "BRUSSELS (Wire) - Russia and the United States signed a truce plan for the south on Monday.", True),
    # Russia with Assad's ally is no hedge
    (CONTEXT + "Moscow and Tehran have carved up the border strip on their own.", False),
])
def test_russia_coordinated_with_another_power_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, narrower", [
    (CONTEXT + "In the end the Kremlin valued the harbour over the president.", True),
    (CONTEXT + "In the end the Kremlin put its port above its client.", True),
    (CONTEXT + "\u201cWe value a working army over any one president,\u201d a Russian envoy said.", True),
    # the man preferred, or a preference between other things
    (CONTEXT + "The Kremlin chose Assad over every rival it was offered.", False),
    (CONTEXT + "Moscow chose the port over the airfield.", False),
])
def test_a_preference_that_passes_over_assad_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, code, limited", [
    (CONTEXT + "Will the Russians withdraw?", "limits.departure", True),
    (CONTEXT + "Russian advisers withdrew.", "limits.departure", True),
    (CONTEXT + "Russian advisers withdrew their objections to the plan.", "limits.departure", False),
    (CONTEXT + "Kremlin insiders say Moscow is finished with the Syrian president.", "limits.abandonment", True),
    (CONTEXT + "Officials in Moscow say they are through with Assad.", "limits.abandonment", True),
    (CONTEXT + "Once Russia is done with the rebels, it will go home.", "limits.abandonment", False),
])
def test_leaving_or_being_done_with_syria_is_a_limit(nlp, text, code, limited):
    assert (code in last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, elsewhere", [
    (CONTEXT + "\u201cBy then the Russian battalions were wanted back home,\u201d a veteran recalled.", True),
    (CONTEXT + "The Russian bombers are now needed elsewhere, a defence source said.", True),
    (CONTEXT + "Russian jets are needed over Idlib, the Syrian command says.", False),
])
def test_russian_means_needed_elsewhere_are_another_priority(nlp, text, elsewhere):
    assert ("limits.priority" in last_sentence_codes(nlp, text, "limits")) is elsewhere


def test_a_motion_verb_in_another_clause_is_no_departure(nlp):
    text = CONTEXT + "Russian helicopters that once flew from Latakia are wanted back home."
    assert "limits.departure" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, code, limited", [
    (CONTEXT + "The Kremlin will arm Damascus only once the lease is signed.", "limits.conditions", True),
    (CONTEXT + "Russian jets flew for the regime only after Damascus had signed the lease.", "limits.conditions", True),
    (CONTEXT + "The Kremlin will arm Damascus when the lease is signed.", "limits.conditions", False),
    (CONTEXT + "Does the Kremlin deal with anyone other than the president?", "limits.hedging", True),
    (CONTEXT + "The Kremlin, a former envoy says, keeps every option open.", "limits.hedging", True),
    (CONTEXT + "Moscow kept its lines open to the Syrian opposition.", "limits.hedging", True),
    (CONTEXT + "The Kremlin keeps the airbase open.", "limits.hedging", False),
])
def test_restricted_times_and_open_doors_are_limits(nlp, text, code, limited):
    assert (code in last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, reluctant", [
    (CONTEXT + "Why didn't Russia send its newest fighters to the regime?", True),
    (CONTEXT + "READER: Why won't Moscow send more jets to Assad?", True),
    (CONTEXT + "Why don't we ask Moscow what it plans for Assad?", False),
    (CONTEXT + "Why didn't Russia hesitate to back Assad?", False),
])
def test_a_negated_question_about_russian_action_is_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text, reluctant", [
    (CONTEXT + "By March the Kremlin had quietly ceased funding the Syrian militias.", True),
    (CONTEXT + "After the summit Moscow stopped openly arming the regime's irregulars.", True),
    (CONTEXT + "Moscow's jets stopped abruptly during the ceasefire talks.", False),
])
def test_stopping_an_activity_past_an_adverb_is_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text, abandoned", [
    (CONTEXT + "As Turkish guns shelled the regime's fuel depots, the Kremlin looked the other way.", True),
    (CONTEXT + "Letters: the Kremlin turned a blind eye as Turkish drones struck Syrian convoys.", True),
    (CONTEXT + "Moscow looked at the map of the front for a long time.", False),
])
def test_tolerating_attacks_on_assads_side_is_abandonment(nlp, text, abandoned):
    assert ("limits.abandonment" in last_sentence_codes(nlp, text, "limits")) is abandoned


@pytest.mark.xfail(strict=True, reason="means that fail to stop Assad's enemies: a support cue as the subject of a verb of "
                                       "prevention whose object is a negative pronoun is not read as ineffective support")
def test_russian_means_that_halted_nothing_are_a_limit(nlp):
    text = CONTEXT + "Russian air power halted none of the rebel columns."
    assert last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="'no trace of' Russian means is an absence of support, but with an adverb "
                                       "between them the parse hangs 'of ...' on the verb, so 'no' does not reach the cue")
def test_no_trace_of_russian_means_is_a_limit(nlp):
    text = CONTEXT + "There was no trace yesterday of Russian helicopters above the besieged town."
    assert last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="a narrower interest said by predication ('not what Moscow fights for') has no cue")
def test_assad_denied_as_the_aim_is_a_narrower_interest(nlp):
    text = CONTEXT + "Moscow keeps its harbour. The man in the palace is not what it fights for."
    assert "limits.interests" in last_sentence_codes(nlp, text, "limits")


def test_support_that_sends_a_bill_is_a_cost(nlp):
    text = CONTEXT + "Whatever Moscow hands to Damascus, it sends the bill later."
    assert last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="extent by proportion ('a quarter of its size') is no restriction modifier")
def test_means_reduced_to_a_fraction_are_a_limit(nlp):
    text = CONTEXT + "The Russian helicopter wing is now a quarter of its size in 2017."
    assert last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="an elliptical 'Moscow did not' ending a heading without a full stop is not matched")
def test_an_elliptical_denial_in_a_heading_is_reluctance(nlp):
    text = CONTEXT + "Tehran sent more men, and Moscow did not"
    assert "limits.reluctance" in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, bounded", [
    # a nominal 'where' clause whose verb is stopping, ending or drawing the line: a headline, a report, a handout
    ("Moscow and Assad: how much it will pay, and where it stops", True),
    (CONTEXT + "The record of the Russian campaign also shows where Moscow stopped.", True),
    (CONTEXT + "Russia shielded the regime for a decade. Where it drew the line is the subject of this chapter.", True),
    # a relative clause on a place, or one after a comma, is a place, not a bound
    (CONTEXT + "Putin flew to the Russian airbase where he stopped for two hours.", False),
    (CONTEXT + "Assad's plane landed at a Russian airfield, where the motorcade stopped.", False),
    # an adverbial clause of place, or a place after a preposition, is a place, not a bound
    (CONTEXT + "Russia backed the regime. Where they stopped, the army dug in.", False),
    (CONTEXT + "Moscow sent an escort. The Syrian president's motorcade drove on to where it stopped.", False),
    # another actor's bound, that actor the subject of the 'where' clause whoever the main clause's subject is
    (CONTEXT + "Russia backed the regime. Erdogan told the Kremlin where Turkey would draw the line.", False),
    (CONTEXT + "Russia backed the regime. The minister made clear where Israel draws the line.", False),
    (CONTEXT + "Russia backed the regime. Observers wonder where Hezbollah will stop.", False),
    # 'end' takes the process as its subject: the war ending, a boundary, or 'end up' (come to be)
    (CONTEXT + "Russian jets kept bombing the province. Syrians ask where it will all end.", False),
    (CONTEXT + "Russia backed the regime. Few could tell where Moscow ends and Tehran begins.", False),
    (CONTEXT + "Russia backed the regime. The Kremlin knows where it will end up.", False),
    # a Russian subject of the 'where' clause after a main clause of another subject bounds Russia
    (CONTEXT + "Russia backed the regime. Diplomats ask where the Kremlin will stop.", True),
])
def test_where_russia_stops_bounds_its_commitment(nlp, text, bounded):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is bounded


@pytest.mark.parametrize("text, diverted", [
    # a talk, a mobile brief, an analysis: the other war itself named as what takes Russia's means
    (CONTEXT + "Russia kept its bases on the coast. Ukraine eats everything now.", True),
    (CONTEXT + "Russia kept its bases on the coast. The Ukraine war has taken the best crews.", True),
    (CONTEXT + "Ukraine is pulling the Russian squadrons out of Syria.", True),
    # the country taking ground is a combatant's act, and nothing carries Russia where none was named before
    (CONTEXT + "Ukraine took the town from Russian troops in November.", False),
    (CONTEXT + "The Ukraine war has taken the best crews.", False),
])
def test_the_other_war_taking_russias_means_is_priority(nlp, text, diverted):
    assert ("limits.priority" in last_sentence_codes(nlp, text, "limits")) is diverted


@pytest.mark.parametrize("text, diverted", [
    # the war or its place takes Russia's forces, its stock or everything
    (CONTEXT + "Russia kept its bases on the coast. The war in Ukraine has taken the pilots.", True),
    (CONTEXT + "Russia kept its bases on the coast. Ukraine is draining the Russian squadrons.", True),
    # people from the place take something, the place takes in people, the war takes a toll: no means of Russia's
    (CONTEXT + "Russia kept its bases on the coast. Refugees from Ukraine took the last places in the shelters.", False),
    (CONTEXT + "Russia kept its bases on the coast. Ukraine absorbed a million refugees from the east.", False),
    (CONTEXT + "Russia kept its bases on the coast. The Ukraine war has taken a toll on grain prices.", False),
])
def test_the_other_war_takes_means_not_people_or_a_toll(nlp, text, diverted):
    assert ("limits.priority" in last_sentence_codes(nlp, text, "limits")) is diverted


@pytest.mark.parametrize("text, narrower", [
    # a review, a feed, an essay: Russia's hold on Syrian assets by lease, its own term beside Assad's
    (CONTEXT + "A Russian firm took the grain terminal at Latakia on a thirty-year lease.", True),
    (CONTEXT + "Moscow signed a long lease on the airfield, and its jets stayed.", True),
    # a lease of another power's, or a lease with no Russian about it
    (CONTEXT + "A Chinese firm took the grain terminal at Latakia on a thirty-year lease.", False),
    (CONTEXT + "The cafe owner renewed the lease on his shop.", False),
])
def test_a_russian_lease_on_syrian_assets_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, narrower", [
    # a subtitle, a feed, a script, a commentary: the bases as the focus of a pseudo-cleft on what Russia came for
    (CONTEXT + "Russian jets flew over Hama for years. The airfield is what they came for.", True),
    (CONTEXT + "The coast and the harbour were what the Kremlin cared about.", True),
    (CONTEXT + "What Moscow guarded all along was the port.", True),
    # ... or as the purpose of being or coming there
    (CONTEXT + "\u201cWe are here for the runway,\u201d the Russian colonel told the Syrian officers.", True),
    (CONTEXT + "The Russians went to Syria for the ports.", True),
    # a base as a destination, a free relative on no one's wants, or a thing the base is for
    (CONTEXT + "The Syrian president left the capital for the Russian base on the coast.", False),
    (CONTEXT + "Russian jets flew over Hama for years. The harbour is what the fishermen lost.", False),
    (CONTEXT + "Russian jets flew over Hama for years. The new radar is for the base.", False),
    # ... nor a free relative whose subject is a common noun, or 'come' without its 'for', nor a trip to a town
    (CONTEXT + "Russian jets flew over Hama for years. The port is what the fishing families always wanted.", False),
    (CONTEXT + "Russian jets flew over Hama for years. The harbour is what will stay.", False),
    (CONTEXT + "Russian jets flew over Hama for years. The harbour is what Moscow has always wanted.", True),
    (CONTEXT + "The Russian sailors went to Limassol for the harbour.", False),
    # a short noun phrase as the free relative's subject, marked as someone's or a people's; a Syrian town
    (CONTEXT + "Russian jets flew over Hama for years. The harbour is what its fleet always needed.", True),
    (CONTEXT + "Russian jets flew over Hama for years. The airfield is what Russian commanders wanted.", True),
    (CONTEXT + "Russian jets flew over Hama for years. What its sailors guarded was the port.", True),
    (CONTEXT + "The Russians came to Tartus for the harbour.", True),
    (CONTEXT + "The Russian sailors went to Piraeus for the port.", False),
])
def test_russias_bases_as_what_it_came_for_are_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, limited", [
    # 'small' said of Russia's force or share, attributively or predicatively
    (CONTEXT + "Moscow sent only a small contingent of engineers.", True),
    (CONTEXT + "The Kremlin kept its deployment small.", True),
    # ... not of a thing or a remark: a catalogue's condition line, a stage direction, a note
    (CONTEXT + "The Russian officer unfolded a small map of the coast.", False),
    (CONTEXT + "Russian envoys made a small correction to the draft's wording.", False),
    # ... said of the help, its means or their pronoun, not of a place or a gap
    (CONTEXT + "The Russian garrison at the airfield remained small.", True),
    (CONTEXT + "Russian aid arrived in March, but it was small.", True),
    (CONTEXT + "Moscow has kept its own pledge small.", True),
    (CONTEXT + "The Russian engineers said the hangar was small.", False),
    (CONTEXT + "Russian diplomats found the gap between the two drafts small.", False),
])
def test_small_limits_the_help_only_as_a_force_or_a_quantity(nlp, text, limited):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, narrower", [
    (CONTEXT + "Russia kept its jets at the base. Russia took the port on a long lease.", True),
    # the idiom of a renewed life is no lease, with Russia named or not
    (CONTEXT + "Russia kept its jets at the base. The war gave the regime a new lease of life.", False),
    (CONTEXT + "Russia kept its jets at the base. Moscow's intervention gave Assad a new lease on life.", False),
])
def test_a_new_lease_of_life_is_no_lease(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


BOMBED = "Russian jets bombed the rebel columns for a week. "


@pytest.mark.parametrize("text, coded", [
    (CONTEXT + BOMBED + "Then they stopped.", True),
    (CONTEXT + BOMBED + "A week later the raids were over, and they stopped.", True),
    (CONTEXT + BOMBED + "Their crews flew for a week and then largely stopped; nothing came after.", True),
    (CONTEXT + BOMBED + "Then they stopped, and the regime lost the town.", True),
    # a comma with no verb after it closes the clause
    (CONTEXT + BOMBED + "Then they stopped, for good.", True),
    (CONTEXT + BOMBED + "Then they stopped, abruptly.", True),
    (CONTEXT + BOMBED + "The shelling of the city stopped.", False),
    (CONTEXT + BOMBED + "Russian officers told the militia when to stop.", False),
    (CONTEXT + BOMBED + "The Russian convoy stopped at the checkpoint.", False),
    (CONTEXT + BOMBED + "Russian jets have not stopped.", False),
    # a halt in a run of acts, a question, or an activity named after a comma aside ends nothing
    (CONTEXT + BOMBED + "Russian troops stopped and searched the convoy.", False),
    (CONTEXT + BOMBED + "Russian military police stopped, questioned and released him.", False),
    (CONTEXT + BOMBED + "The jets stopped, refuelled and flew again.", False),
    (CONTEXT + BOMBED + "They stopped and then resumed a day later.", False),
    (CONTEXT + BOMBED + "Has Russia stopped?", False),
    (CONTEXT + BOMBED + "The Russian government ceased, for a time, to comment.", False),
    (CONTEXT + BOMBED + "Russian patrols stop, search cars and move on.", False),
])
def test_stopping_with_nothing_stopped_ends_russias_activity(nlp, text, coded):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is coded


CEASEFIRE = "Moscow agreed a ceasefire with Ankara. "


@pytest.mark.parametrize("text, coded", [
    (CONTEXT + CEASEFIRE + "The Syrian president was informed by telephone.", True),
    (CONTEXT + CEASEFIRE + "Damascus was told over the phone the same evening and said nothing.", True),
    (CONTEXT + CEASEFIRE + "The government in Damascus was informed.", True),
    (CONTEXT + CEASEFIRE + "Syrian generals were not always asked.", True),
    (CONTEXT + CEASEFIRE + "The government in Damascus was told shortly before.", True),
    (CONTEXT + CEASEFIRE + "The government in Damascus was told that more jets would come.", False),
    (CONTEXT + CEASEFIRE + "Assad was never asked to step down.", False),
    (CONTEXT + CEASEFIRE + "Washington was informed by telephone.", False),
    # a teller who is no Russian, news that is not Russia's, or one told who is not Assad's side
    (CONTEXT + CEASEFIRE + "Assad's generals were told over the phone by their own officers.", False),
    (CONTEXT + CEASEFIRE + "The president was informed by telephone of his landslide re-election.", False),
    (CONTEXT + CEASEFIRE + "Syrian Kurds were informed by telephone.", False),
    (CONTEXT + CEASEFIRE + "Syrian refugees were told in a phone call to leave.", False),
    (CONTEXT + CEASEFIRE + "The Syrian people were informed.", False),
    # a question put to Assad's side about something, or by others, is no consultation withheld
    (CONTEXT + CEASEFIRE + "Assad was not asked about torture.", False),
    (CONTEXT + CEASEFIRE + "The Syrian president was not even asked about the talks by reporters.", False),
    (CONTEXT + CEASEFIRE + "Syrian refugees were not asked.", False),
])
def test_assads_side_told_but_not_asked_is_friction(nlp, text, coded):
    assert ("limits.friction" in last_sentence_codes(nlp, text, "limits")) is coded


@pytest.mark.parametrize("text, elsewhere", [
    # Russia's means going to the other war, or kept there since, come second to it
    (CONTEXT + "After the spring, half the Russian crews at the airbase went to Ukraine.", True),
    (CONTEXT + "Russian officers went to Kursk for training.", True),
    (CONTEXT + "\u201cOur sharpest gunners moved to the other front,\u201d a Russian colonel conceded.", True),
    (CONTEXT + "By autumn two Russian air wings had headed off to another war.", True),
    (CONTEXT + "Most of the jets Moscow kept at the airbase have been in Ukraine since the spring.", True),
    (CONTEXT + "The Russian engineers who built the runway have long been at the Kharkiv front.", True),
    # a party that is not Russia going there, a place of Ukraine's own, or another sense of 'the other front', is no
    # priority
    (CONTEXT + "Thousands of Syrian refugees went to Ukraine.", False),
    (CONTEXT + "Syrian officers went to Kursk for training.", False),
    (CONTEXT + "Syrian volunteers have been in Donbas since the winter.", False),
    (CONTEXT + "The rebels moved to the other front of the valley.", False),
    (CONTEXT + "Russia's envoy went to Ukraine's border.", False),
])
def test_russian_means_gone_to_the_other_war_are_another_priority(nlp, text, elsewhere):
    assert ("limits.priority" in last_sentence_codes(nlp, text, "limits")) is elsewhere


@pytest.mark.xfail(strict=True, reason="known gap: a clause that names a Russian anywhere ('with the Russians') has "
                   "no other bearer, so Assad's side's officers gone to the other war take the Russians as agent")
def test_assads_side_gone_to_the_other_war_is_no_russian_priority(nlp):
    text = CONTEXT + "Syrian officers went to Kursk to train with the Russians."
    assert "limits.priority" not in last_sentence_codes(nlp, text, "limits")


FALLEN = "The Syrian president had flown to exile in December. "


@pytest.mark.parametrize("text, narrower", [
    # a verb of retaining with the keeper's own possessive on a base (FrameNet Retaining; Quirk et al. 1985 §6.28)
    (FALLEN + "The Kremlin now wants to keep its naval facility on the coast.", True),
    (FALLEN + "\u201cWe will hold on to our airfield whatever the new rulers say,\u201d a Russian general told reporters.", True),
    (FALLEN + "Officials in Moscow hope to retain their ports for another decade.", True),
    (FALLEN + "Russia is hanging on to its air bases for now.", True),
    # near-misses: Assad's side keeping its own bases, Russia keeping a promise, a base of another's ('his'), a base
    # held with no retaining verb, or kept by no Russian
    (FALLEN + "The Syrian army kept its bases in the north until the spring.", False),
    (FALLEN + "Moscow kept its promises to the family.", False),
    (FALLEN + "Moscow kept his port open for grain ships.", False),
    (FALLEN + "The new rulers will hold on to their ports, their spokesman said.", False),
])
def test_keeping_its_own_bases_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, narrower", [
    # the bases kept, with nothing after the object but a place or a time: Russia holds on to them
    (FALLEN + "Russia kept its bases in the north for another winter.", True),
    (FALLEN + "Moscow will retain its airfields despite the new rulers.", True),
    (FALLEN + "Russia will hold on to its port whatever the new rulers decide.", True),
    # near-misses: a complement of the object says the state the bases are kept in, not that Russia keeps them (an
    # adjective or a participle after the object, or a predicative the parser labels 'oprd')
    (FALLEN + "Russia kept its bases open to Syrian officers.", False),
    (FALLEN + "Moscow kept its naval port running to ship arms to the regime.", False),
    (FALLEN + "Russian crews kept their airfield busy with sorties against the rebels.", False),
    (FALLEN + "Moscow kept its air base operational through the winter.", False),
])
def test_keeping_its_bases_in_a_state_is_no_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, narrower", [
    # Russia's own aim of keeping its bases, under a verb of wanting or trying that is no act of support
    (FALLEN + "Moscow is trying hard to keep its bases.", True),
    (FALLEN + "Officials in Moscow hope to retain their ports for another decade.", True),
    # near-misses: keeping the bases as the purpose of an act of support, however far up the chain of infinitives the
    # act is ('in order to', a participle clause, a noun of support the infinitive hangs on) is its motive, no limit
    (FALLEN + "Moscow armed the regime in order to keep its port.", False),
    (FALLEN + "Moscow backed Assad, hoping to keep its naval port.", False),
    (FALLEN + "Russia sent jets to Assad in order to keep its airbase.", False),
    (FALLEN + "Russia's aid to keep its port flowed to Damascus.", False),
])
def test_keeping_its_bases_as_the_purpose_of_support_is_no_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower
