"""Whose side an actor phrase is on (`Scene.side_of`): read from the phrase's head and what describes that head as an
actor, not from any word of Assad's side anywhere in the phrase; on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes


def _side_of(nlp, text: str, head: str) -> str | None:
    from analysis.corpus.sections import set_blocks
    from analysis.extract.frames.agents import Scene
    from analysis.tables.batches import units

    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return Scene(doc, sentences, entities).side_of(next(token for token in doc if token.text == head))


@pytest.mark.parametrize("text, head", [
    # a word of his side as the head's modifier, possessor or 'of' phrase
    ("By noon the Syrian army had crossed the canal.", "army"),
    ("Syrian government forces shelled the orchards again.", "forces"),
    ("The generals of the regime argued over the plan.", "generals"),
    ("The regime's engineers repaired the bridge within a week.", "engineers"),
    # as the head itself, or in a conjunct beside an opponent (conjuncts as before)
    ("Damascus and its militias held the plain.", "Damascus"),
    ("The insurgents and the regime traded prisoners at the ford.", "insurgents"),
    # a name whose head names the state's own forces or the state
    ("The Syrian Arab Army pushed north in the spring.", "Army"),
    ("The Syrian Arab Republic lodged a complaint.", "Republic"),
])
def test_a_phrase_headed_or_described_by_assads_side_is_his(nlp, text, head):
    assert _side_of(nlp, text, head) == "assad"


@pytest.mark.parametrize("text, head, side", [
    # his enemies named by their relation to him, or by the prefix 'anti-': a party against him
    ("The regime's enemies regrouped in the hills.", "enemies", "other"),
    ("Opponents of Damascus regrouped in the hills.", "Opponents", "other"),
    ("Critics of the regime met in a rented hall.", "Critics", "other"),
    ("Anti-regime fighters regrouped in the hills.", "fighters", "other"),
    ("The anti-Assad alliance met in a rented hall.", "alliance", "other"),
    # an opponent word as the head or its modifier: read as without the side word ('the opposition' is no actor of
    # the gazetteer; his opponents are told by their words), or another actor's when one is named in the phrase
    ("Syrian rebels crossed the canal at dawn.", "rebels", None),
    ("The Syrian opposition boycotted the talks.", "opposition", None),
    ("Syrian opposition fighters regrouped in the hills.", "fighters", None),
    ("Rebel commanders of the Syrian south regrouped in the hills.", "commanders", None),
    ("Turkish-backed Syrian rebels crossed the canal at dawn.", "rebels", "other"),
])
def test_a_side_word_describing_whom_an_opponent_opposes_does_not_make_the_phrase_his(nlp, text, head, side):
    assert _side_of(nlp, text, head) == side


@pytest.mark.parametrize("text, head", [
    ("Syrian rebels crossed the canal at dawn.", "rebels"),
    ("Syrian opposition fighters regrouped in the hills.", "fighters"),
])
def test_his_opponents_named_with_a_side_word_bear_a_code_as_his_opponents(nlp, text, head):
    from analysis.corpus.sections import set_blocks
    from analysis.extract.frames.agents import Scene
    from analysis.tables.batches import units

    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    scene = Scene(doc, sentences, entities)
    assert scene.bearer_side_at(next(token for token in doc if token.text == head).i) == "other"


@pytest.mark.parametrize("text, head, side", [
    # the country's or the capital's name inside the name of another body: a name of no known side
    ("The Syrian Patriotic League boycotted the talks.", "League", None),
    ("The Damascus Reform Circle boycotted the talks.", "Circle", None),
    ("Two Russian majors negotiated the Free Syrian Brigade's surrender.", "Brigade", None),
    # ... or of another actor, when one is named in the phrase
    ("The Syrian Patriotic League of Ankara boycotted the talks.", "League", "other"),
    # not a person's name, a date or a designation of arms: those keep the country's side
    ("Syrian envoy Karim Nasser spoke at the council.", "Nasser", "assad"),
    ("Moscow repaired the Syrian S-200 batteries.", "batteries", "assad"),
    # the state's own institutions, named by the country: its ruling party, news agency, central bank and courts
    ("The Syrian Baath Party welcomed the talks.", "Party", "assad"),
    ("The Syrian Arab News Agency welcomed the talks.", "Agency", "assad"),
    ("The Syrian Central Bank welcomed the loan.", "Bank", "assad"),
])
def test_a_place_word_inside_the_name_of_another_body_is_not_his(nlp, text, head, side):
    assert _side_of(nlp, text, head) == side


@pytest.mark.xfail(strict=True, reason="known gap: a name whose head names armed forces ('Army', 'Forces') is read "
                                       "as the state's own, whatever the name's other words say of whom it fights for")
def test_an_opposition_name_headed_by_a_noun_of_armed_forces_is_not_his(nlp):
    assert _side_of(nlp, "The Syrian Liberation Army boycotted the talks.", "Army") is None


@pytest.mark.parametrize("text, head", [
    # the country's people as a party stay its side: the state is often named by its people ('delivered ... to the
    # Syrians'); reading them as no side was tried in session 44 and dropped
    ("Moscow delivered the batteries to the Syrians.", "Syrians"),
    ("Moscow pledged grain to the Syrian people.", "people"),
    ("Moscow pledged grain to Syria's citizens.", "citizens"),
])
def test_the_countrys_people_are_read_as_its_side(nlp, text, head):
    assert _side_of(nlp, text, head) == "assad"


@pytest.mark.parametrize("text, head, side", [
    # a nationality adjective on a noun of enmity or opposition is theirs, not a side: the head decides
    ("Syrian critics of the dam met in a rented hall.", "critics", "other"),
    ("Syrian opponents met in a rented hall.", "opponents", "other"),
    ("The Syrian state's critics met in a rented hall.", "critics", "other"),
    ("Syrian government critics met in a rented hall.", "critics", "other"),
    ("Syrian rebels crossed the canal at dawn.", "rebels", None),
    ("Syrian dissidents met in a rented hall.", "dissidents", None),
    # near misses: a head of his side with the same possessor is his; the critics of his army are against him
    ("The Syrian state's envoys met in a rented hall.", "envoys", "assad"),
    ("The Syrian army's critics met in a rented hall.", "critics", "other"),
    # his forces described by their relation to the rebels stay his
    ("The Syrian army, a frequent rebel target, shelled the town.", "army", "assad"),
    ("Syrian government troops, a rebel target for years, pulled back.", "troops", "assad"),
    ("The regime's Palestine Liberation Army shelled the camp.", "Army", "assad"),
])
def test_a_nationality_adjective_on_an_enmity_head_does_not_make_it_his(nlp, text, head, side):
    assert _side_of(nlp, text, head) == side


@pytest.mark.parametrize("text, supported", [
    ("The canal front was quiet. Moscow sent weapons to the regime's enemies.", False),
    ("The canal front was quiet. Moscow sent weapons to Syrian opposition fighters.", False),
    ("The canal front was quiet. Moscow sent weapons to Syrian government forces.", True),
    ("The canal front was quiet. Moscow sent weapons to the Syrian army.", True),
])
def test_help_goes_to_assads_side_only_when_the_recipients_head_is_his(nlp, text, supported):
    assert ("support.military" in last_sentence_codes(nlp, text, "support")) is supported
