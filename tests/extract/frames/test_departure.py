"""Russia's means leaving Syria read on the parse, and bystanders' departures that are none of Russia's
(`departure.departure_cues`, `departure.not_russias_departure`), and Russia's means taken apart or packed up
(`departure.packing_cues`), on invented sentences in several registers: a wire
story, an analysis, a broadcast script, a feature."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia sent its air force to Syria in 2015 to save Assad's government. "
DEPARTURE = "limits.departure"
WITHDRAWALS = {DEPARTURE, "limits.abandonment"}


@pytest.mark.parametrize("text", [
    # going away or home, the mover the subject
    CONTEXT + "By the spring the warships had quietly slipped away from the harbour.",
    CONTEXT + "Most of the contingent's gunships have already left, satellite pictures suggest.",
    CONTEXT + "NARRATOR: Officers in Damascus learned that the Russians could leave whenever they chose.",
    # sent or ordered home, or back to Russia, the mover the object or the passive subject
    CONTEXT + "In March the Kremlin ordered the bulk of the force home.",
    CONTEXT + "Half of the Russian helicopters were flown back to Russia over the summer.",
    # withdrawn to another front or a place abroad
    CONTEXT + "Moscow withdrew its remaining bombers to Crimea in the autumn.",
])
def test_russian_means_leaving_are_a_departure(nlp, text):
    assert DEPARTURE in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # a person, a group of people or another party leaving, or leaving what is no place (a meeting)
    CONTEXT + "A surgeon who left Aleppo in 2013 described the first raids.",
    CONTEXT + "She left the country in 2014 and now teaches in Leipzig.",
    CONTEXT + "Iranian-backed militias pulled back from the heights under a Russian arrangement.",
    CONTEXT + "Putin left the summit without a deal on the truce.",
])
def test_departures_of_bystanders_are_none(nlp, text):
    assert not WITHDRAWALS & last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    CONTEXT + "Moscow withdrew from the arms control treaty the following year.",
    CONTEXT + "Russia pulled out of the grain agreement in the summer.",
    CONTEXT + "The Kremlin withdrew from the negotiations in Geneva after a week.",
])
def test_withdrawing_from_an_agreement_or_talks_leaves_no_place(nlp, text):
    assert DEPARTURE not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # another party's means, coming back, flying out on a mission, moving into the war or within it
    "Hezbollah sent its fighters home after the battle for the border town.",
    "Turkish troops must leave the north before any summit, Damascus insists.",
    "The Russian jets came back after the truce collapsed.",
    "Russian bombers flew from the coastal airfield to strike rebel positions.",
    "Moscow moved more jets from Russia to Syria that September.",
    "After the shooting down of its bomber, Russia moved an air defence battery to Hmeimim.",
])
def test_motion_into_or_within_the_war_is_no_departure_cue(nlp, text):
    assert not _departure_cue_texts(nlp, text)


@pytest.mark.parametrize("text", [
    "By the spring its warships had slipped away from the harbour.",
    "Ukraine is drawing the Russian squadrons away from the coast.",
])
def test_the_cue_reader_finds_means_sent_away(nlp, text):
    assert _departure_cue_texts(nlp, text)


@pytest.mark.parametrize("text", [
    # a means taken apart, the passive subject or the object; a small clause read as the subject
    CONTEXT + "Commercial imagery shows that the air-defence battery outside the port has been dismantled.",
    CONTEXT + "Engineers at the airfield took the radars apart over three nights.",
    CONTEXT + "Last week's imagery showed the radar at the hilltop dismantled.",
    # a Russian packer, packing with no object, packing its own containers or emptying its places
    CONTEXT + "On the coast, Russian crews are packing.",
    CONTEXT + 'A former driver at the base said: "They packed their own crates before anyone else."',
    CONTEXT + "A widely shared post claims Moscow emptied its bases in a week.",
])
def test_russian_means_taken_apart_or_packed_are_a_departure(nlp, text):
    assert DEPARTURE in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # another party's or a bystander's things, a packer that is none of Russia's, 'take' with no particle of taking apart
    "Rebels dismantled the checkpoints on the road to the airport.",
    "The militiamen packed their bags and drove north the next morning.",
    "Damascus took down the portraits of the president from the ministries.",
    "Syria's chemical arsenal was dismantled under the 2013 agreement.",
    "Russian jets took the ridge from the rebels within a week.",
    # a pronoun packer in a clause reported by someone else takes up that someone, not the paragraph's Russia
    CONTEXT + "The refugees said they packed their bags and left for the border.",
    CONTEXT + "The volunteers at the clinic told us they were packing.",
    CONTEXT + "They packed their bags before dawn and crossed the border, the shepherd's family said.",
    # a packer of no state packing its own things; filled rather than packed away; a craft taken down is downed
    CONTEXT + "Russian reporters packed up their cameras and flew home.",
    CONTEXT + "Russian transport planes packed with shells landed at the airbase.",
    CONTEXT + "Russian air defences took down two drones over the airbase.",
])
def test_packing_that_is_none_of_russias_is_no_cue(nlp, text):
    assert not _departure_cue_texts(nlp, text, reader="packing_cues")


def _departure_cue_texts(nlp, text, *, reader="departure_cues"):
    """Return the cues the departure module's `reader` finds in ``CONTEXT + text``."""
    from analysis.corpus.sections import set_blocks
    from analysis.extract.frames import departure
    from analysis.extract.frames.agents import Scene
    from analysis.tables.batches import units

    doc = nlp(CONTEXT + text)
    set_blocks(doc)
    sentences, entities = units(doc)
    scene = Scene(doc, sentences, entities)
    return [cue.text for span in scene.spans.values() for cue in getattr(departure, reader)(span, scene)]
