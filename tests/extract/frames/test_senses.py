"""Word senses told apart on the parse (`senses`): a verb of pressure used as a verb of motion, 'stretch' as a length
rather than a strain, an offensive and a flight that are not Russia's, a bill paid or enacted rather than charged, on
invented sentences in several registers, and their effect on the codes."""

from __future__ import annotations

import pytest

from analysis.extract.frames.senses import (extends_rather_than_strains, moves_rather_than_presses,
                                             paid_or_enacted_rather_than_charged, paid_rather_than_bounding,
                                             small_of_no_means, spares_no_attack)
from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import Scene
from analysis.nlp.arrays import ParseArrays
from analysis.tables.batches import units
from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, verb, moves", [
    # a war diary, a wire story, a radio report
    ("By dawn the armoured column had pushed into the valley.", "pushed", True),
    ("Loyalist brigades kept pressing on towards the coast all week.", "pressing", True),
    ("Government troops pushed north along the highway.", "pushed", True),
    # pressure: an object told to act, or a 'for' phrase
    ("Moscow pushed Damascus into talks with the opposition.", "pushed", False),
    ("The Russian envoy pressed for a truce in the south.", "pressed", False),
    ("Diplomats pressed the president to release the detainees.", "pressed", False),
])
def test_moves_rather_than_presses(nlp, text, verb, moves):
    doc = nlp(text)
    cue = next(doc[token.i:token.i + 1] for token in doc if token.text == verb)
    assert moves_rather_than_presses(cue, ParseArrays(doc)) is moves


@pytest.mark.parametrize("text, pressed", [
    # a front-line dispatch and a blog post: Assad's army advances under Russian jets, nobody is pressed
    (CONTEXT + "With Russian jets overhead, the Syrian army pushed into the eastern suburbs.", False),
    (CONTEXT + "Backed by Russian bombers, regime units pressed on through the night.", False),
    # a column: Russia presses Assad
    (CONTEXT + "Moscow pushed Assad to accept the ceasefire terms.", True),
])
def test_an_advance_is_no_leverage(nlp, text, pressed):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is pressed


OPENING = "Assad's army held the coast road near Latakia. "


@pytest.mark.parametrize("text, supported", [
    # a wire story, a radio bulletin, a timeline entry, a briefing: the offensive is waged by another party
    (OPENING + "The Kremlin kept its counsel. The offensive began on a Wednesday and moved fast.", False),
    (OPENING + "Moscow said little. Insurgents hold two towns after an offensive launched last week.", False),
    (OPENING + "HOST: Russian diplomats were in Ankara that week. Meanwhile a big offensive was under way.", False),
    (OPENING + "Lavrov spoke in Geneva. When the offensive came, several units simply fled.", False),
    # Russia tied to the offensive on the parse
    (OPENING + "Russia's offensive in the hills began at dawn.", True),
    (OPENING + "The Kremlin weighed its options. The offensive that Russian planners drew up began at dawn.", True),
    (OPENING + "Moscow launched an offensive against the rebel enclave.", True),
])
def test_an_offensive_is_russias_only_when_tied_to_it(nlp, text, supported):
    assert ("support.military" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # a podcast turn, a quoted diplomat, a documentary narration: flying as the air force's work
    (OPENING + "HOST: The Kremlin weighed its options. The Russians fly, the army walks.", True),
    (OPENING + 'As one Russian diplomat put it, "We fly for the state."', True),
    (OPENING + "NARRATOR (V.O.): Moscow hesitated for a week. Then it started flying.", True),
    # a journey, a transport, a flag
    (OPENING + "Putin flew to Tehran for talks with Iran's leaders.", False),
    (OPENING + "Moscow flew foreign reporters into the city.", False),
    (OPENING + "Russian flags fly over the base at Hmeimim.", False),
    # a person or an office holder who flies travels, whatever the phrase after the verb
    (OPENING + "Russia's deputy foreign minister flew from Moscow overnight for the meeting with Assad.", False),
    (OPENING + "Shoigu flew overnight for a meeting with Assad.", False),
    (OPENING + "A Kremlin envoy flew overnight on the eve of the Syrian leader's speech.", False),
])
def test_flying_is_the_air_forces_work_only_without_a_journey(nlp, text, supported):
    assert ("support.military" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, extends", [
    # a length or a widened meaning: a fuel-crisis report, a legal analysis, a border dispatch
    ("Bread queues in Homs stretched for two kilometres on Sunday.", True),
    ("Critics said the allies had stretched the mandate into a licence for war.", True),
    ("Turkish and Russian patrols share a long stretch of the frontier.", True),
    # means under strain, by themselves or spread over fronts
    ("Russia's air wing has been stretched by the war in Ukraine.", False),
    ("The new war stretched Moscow's transport fleet across two seas.", False),
    ("Its crews are stretched to breaking point.", False),
    ("Russia's squadrons, stretched between two wars, could spare few jets.", False),
])
def test_extends_rather_than_strains(nlp, text, extends):
    doc = nlp(text)
    cue = next(doc[token.i:token.i + 1] for token in doc if token.lemma_ == "stretch")
    assert extends_rather_than_strains(cue, ParseArrays(doc)) is extends


@pytest.mark.parametrize("text, strained", [
    (CONTEXT + "Petrol queues in Latakia have stretched for miles since Moscow's tankers stopped calling.", False),
    (CONTEXT + "Russian envoys said Western capitals had stretched the truce text into a pretext for strikes.", False),
    (CONTEXT + "Russia's squadrons were stretched by the fighting in Ukraine.", True),
])
def test_a_length_is_no_overstretch(nlp, text, strained):
    assert ("limits.capacity" in last_sentence_codes(nlp, text, "limits")) is strained


@pytest.mark.parametrize("text, noun, paid", [
    # a business page, a parliamentary report, a quoted farmer
    ("Moscow quietly picked up the bill for the new radars.", "bill", True),
    ("The upper house voted on the bill in March.", "bill", True),
    ("\u201cWe are the ones paying the bill,\u201d the farmer said.", "bill", True),
    # a legislature's draft law, and WordNet's fixed names
    ("The Senate bill would freeze the assets of Russian arms firms.", "bill", True),
    ("Moscow gave the new government a clean bill of health.", "bill", True),
    # the price charged: sent, presented, mounting
    ("The Russian firms have started sending the invoice.", "invoice", False),
    ("Every month the bill for the war grows.", "bill", False),
    ("The bill for the house in Latakia came to a million roubles.", "bill", False),
])
def test_paid_or_enacted_rather_than_charged(nlp, text, noun, paid):
    doc = nlp(text)
    cue = next(doc[token.i:token.i + 1] for token in doc if token.text == noun)
    assert paid_or_enacted_rather_than_charged(cue, ParseArrays(doc)) is paid


@pytest.mark.parametrize("text, noun, paid", [
    # a cost that a party other than Russia pays, accepts or incurs: the verb's subject, its passive 'by' phrase, or the
    # subject of the relative clause that takes the noun up
    ("The shopkeepers of the old town bore the expense of the siege alone.", "expense", True),
    ("The price of the blockade was paid by the farmers of the valley.", "price", True),
    ("The report listed every expense the rebels had incurred.", "expense", True),
    # near misses: Russia pays, the payment is denied or only wanted, the price is low, no payer is named or known
    ("Moscow bore the expense of the airlift for three winters.", "expense", False),
    ("When the bill came, the Kremlin accepted every cost of the campaign.", "cost", False),
    ("It is a price the generals will not pay.", "price", False),
    ("Nobody knows the price the generals are willing to pay.", "price", False),
    ("The farmers paid only a modest price for the seed.", "price", False),
    ("They paid a heavy price.", "price", False),
    ("The cost of the campaign kept rising all winter.", "cost", False),
])
def test_paid_rather_than_bounding(nlp, text, noun, paid):
    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    scene = Scene(doc, sentences, entities)
    cue = next(doc[token.i:token.i + 1] for token in doc if token.text == noun)
    assert paid_rather_than_bounding(cue, ParseArrays(doc), scene.side_of) is paid


@pytest.mark.parametrize("sentence, backed", [
    # a party kept up: Assad's side, a pronoun, a ruler or a state
    ("Moscow kept the Syrian government standing through the siege.", True),
    ("Russia kept him afloat when the money ran out.", True),
    ("The Kremlin kept a cornered dictator alive for a decade.", True),
    # near misses: a thing or another's party kept up, and the noun 'standing'
    ("Russian grants kept the local newspaper alive through the war.", False),
    ("Moscow's loans kept the national carrier afloat for a while.", False),
    ("Moscow kept Ankara's hopes of a buffer zone alive.", False),
    ("By sticking with the president, the Kremlin kept its standing in the region.", False),
])
def test_keeping_up_is_backing_only_of_a_party(nlp, sentence, backed):
    assert ("support.backing" in last_sentence_codes(nlp, OPENING + sentence, "support")) is backed


@pytest.mark.parametrize("text, of_no_means", [
    # what is small: the help, its means or their pronoun
    ("The Russian squadron at the coast stayed small.", False),
    ("Moscow kept its contribution small.", False),
    ("Aid came in the spring, though it was small.", False),
    # a place, a gap, a crowd: nothing of the help
    ("The Russian pilots thought the hangar small.", True),
    ("The gap between the two drafts was small.", True),
    ("The crowd at the quay was small.", True),
])
def test_small_of_no_means(nlp, text, of_no_means):
    doc = nlp(text)
    cue = next(doc[token.i:token.i + 1] for token in doc if token.lower_ == "small")
    assert small_of_no_means(cue) is of_no_means


@pytest.mark.parametrize("text, first, last, spares_none", [
    # the attack is the verb's object, or a threat's or pretext's that is
    ("The plan averted Western air strikes.", "averted", "strikes", False),
    ("The offer removed the threat of British raids.", "removed", "raids", False),
    ("The talks took French strikes off the table.", "took", "table", False),
    # the attack is in another phrase near the verb
    ("Crews removed the wreckage of Turkish strikes.", "removed", "strikes", True),
    ("Volunteers removed glass after Israeli raids.", "removed", "raids", True),
])
def test_spares_no_attack(nlp, text, first, last, spares_none):
    doc = nlp(text)
    start = next(token.i for token in doc if token.text == first)
    end = next(token.i for token in doc if token.text == last) + 1
    assert spares_no_attack(doc[start:end]) is spares_none


@pytest.mark.parametrize("sentence, occupied", [
    # an actor, or a pronoun for one, busy with another task; means tied up in another place
    ("By the spring they were busy with the war next door.", True),
    ("The Kremlin is busy with its own border these days.", True),
    ("Most of the Russian bombers were tied up in the north by then.", True),
    # near misses: a place full of activity, 'busy' with no 'with', and two fates 'tied up with' each other
    ("The harbour below the town was busy with supply ships all week.", False),
    ("The airfield stayed busy through the night.", False),
    ("Assad's future is tied up with the Kremlin's.", False),
    # money held in a place, and the idiom 'tied up in knots', occupy no actor elsewhere
    ("Much of the Russian capital was tied up in Swiss accounts.", False),
    ("Russian savings are tied up in property abroad.", False),
    ("The Russian generals were tied up in knots over the new rules.", False),
    ("Their engineers were tied up in the east all winter.", True),
])
def test_an_actor_occupied_elsewhere_is_another_priority(nlp, sentence, occupied):
    text = "Moscow sent its jets to keep Assad in power in 2015. " + sentence
    assert ("limits.priority" in last_sentence_codes(nlp, text, "limits")) is occupied


@pytest.mark.parametrize("noun, listed", [
    # the codebook's attributive 'small' nouns are the senses' means, with the help itself beside them
    ("contingent", True), ("fleet", True), ("pledge", True), ("help", True),
    ("map", False), ("correction", False),
])
def test_small_means_come_from_the_codebook_list(noun, listed):
    from analysis.extract.frames.senses import small_means_heads

    assert (noun in small_means_heads()) is listed


def test_a_missing_codebook_list_is_an_input_error():
    from analysis.errors import InputError
    from analysis.extract.framing import codebook_list

    with pytest.raises(InputError):
        codebook_list("no_such_list")


ARRIVED = "Russian bombers arrived in 2015 to back Bashar al-Assad. "


@pytest.mark.parametrize("text, bounded", [
    # the cost of the war to Russia, paid, borne or incurred by Russia, is the codebook's own limit
    (ARRIVED + "The Kremlin is paying a heavy price for propping up Assad.", True),
    (ARRIVED + "Russia has borne heavy costs in Syria.", True),
    (ARRIVED + "The costs Russia has incurred in Syria keep rising.", True),
    (ARRIVED + "Few in Moscow will accept the cost of propping up Assad much longer.", True),
    (ARRIVED + "Moscow can no longer bear the cost of propping up Assad.", True),
    (CONTEXT + "Moscow shouldered the expense of the Syrian airlift for three winters.", True),
    (CONTEXT + "The cost of the Syrian campaign weighed on Moscow.", True),
    # near miss: a cost that another party pays is no bound on Russia's means
    (ARRIVED + "The shopkeepers of Homs bore the expense of the siege alone.", False),
])
def test_a_cost_russia_pays_is_a_limit(nlp, text, bounded):
    assert ("limits.capacity" in last_sentence_codes(nlp, text, "limits")) is bounded
