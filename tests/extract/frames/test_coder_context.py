"""Limits carried from one sentence to the next of its paragraph by the centering transitions of the coder
(`coder._transition`): invented two- and three-sentence paragraphs in several registers, hand-coded."""

from __future__ import annotations

import pytest

from analysis.extract.frames.coder import _is_figures_only
from tests.extract.frames.conftest import last_sentence_codes

REFUSAL = "Moscow refused to send more jets to Assad. "
TIRED = "Moscow has grown tired of paying for Damascus. "


@pytest.mark.parametrize("text, limited", [
    # the main subject takes Russia up by a pronoun or a definite description: the centre continues
    ("The Kremlin declined to send more jets to Assad's army. Within weeks its envoys were back in Moscow.", True),
    (REFUSAL + "By June they had moved the squadron to the Black Sea.", True),
    (TIRED + "At the ministry, they talk of other wars now.", True),
    ("HOST: What changed in the spring? GUEST: " + REFUSAL + "After that its pilots trained in the Arctic.", True),
    ("The Kremlin declined to send more jets to Assad's army. Russia's diplomats spent the spring in Ankara instead.",
     True),
    # the main subject is another actor, or Assad's opponents: the centre shifts, whatever the opening word
    (REFUSAL + "But the rebels pushed on towards Hama.", False),
    (REFUSAL + "Meanwhile, the Israeli air force struck a depot near Homs.", False),
    (TIRED + "So Iran stepped in with credit lines.", False),
    (TIRED + "The harvest was poor, and then the Turkish army crossed the border. " + "Ankara kept the towns it took.",
     False),
    # no actor as subject: an opening that takes up the sentence before still continues the limit
    (REFUSAL + "That autumn the officers were posted to Rostov.", True),
    # no actor and no continuing opening, or Russia named anew with nothing of the limit: nothing carried
    (REFUSAL + "The harvest in the north was good.", False),
    (REFUSAL + "Moscow hosted a football tournament that summer.", False),
])
def test_a_limit_carries_while_the_centre_stays_on_russia(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, cue", [
    (REFUSAL + "By June they had moved the squadron to the Black Sea.", "they"),
    (TIRED + "At the ministry, they talk of other wars now.", "they"),
    (REFUSAL + "That autumn the officers were posted to Rostov.", "That"),
])
def test_a_continued_limit_records_its_cue_and_agent(nlp, text, cue):
    carried = last_sentence_codes(nlp, text)
    carried = carried[carried.agent_link == "context"]
    assert carried.cue.tolist() == [cue]
    assert carried.agent.tolist() == ["Moscow"]
    assert text[carried.start.iloc[0]:carried.end.iloc[0]] == cue


@pytest.mark.parametrize("text, code", [
    # Russia's people or means named by the nationality adjective: the centre continues by bridging
    ("The Kremlin declined to send more jets to Assad's army. Russian envoys spent the spring in Ankara instead.",
     "limits.refusal"),
    ("HOST: And the money? GUEST: " + TIRED + "Russian diplomats spent the summer on a cruise.", "limits.friction"),
    (REFUSAL + "In the archive, a memo from two Russian generals lists the spare parts.", "limits.refusal"),
])
def test_a_limit_continued_under_a_russian_member(nlp, text, code):
    carried = last_sentence_codes(nlp, text)
    assert carried[["code", "cue", "agent_link"]].values.tolist() == [[code, "Russian", "context"]]


@pytest.mark.parametrize("text", [
    # Russians or Russian goods outside the state are no part of the centre: nothing carried
    REFUSAL + "Russian holidaymakers crowded the beaches of Antalya that August.",
    REFUSAL + "Russian novels sold well in the bookshops of Beirut that year.",
    TIRED + "Russian pupils marched against the draft in several cities.",
])
def test_a_russian_outside_the_state_carries_no_limit(nlp, text):
    assert not last_sentence_codes(nlp, text, "limits")


def test_a_russian_member_with_support_of_its_own_carries_no_limit(nlp):
    assert not last_sentence_codes(nlp, REFUSAL + "Russian bombers still struck the rebels around Idlib for Assad.",
                                   "limits")


SHIELD = "Moscow shielded Assad at the Security Council. "


@pytest.mark.parametrize("text", [
    # a limit of its own sets the sentence against the support
    "The Kremlin shielded Assad at the Security Council. Each time, it refused to send troops.",
    # the centre shifts to another actor, leaves the actors, or Russia is named anew
    SHIELD + "Then Turkey closed the border.",
    SHIELD + "The weather in the valley was mild.",
    SHIELD + "Moscow hosted a football tournament that summer.",
])
def test_support_is_not_carried_where_the_centre_leaves_russia(nlp, text):
    assert not last_sentence_codes(nlp, text, "support")


@pytest.mark.xfail(strict=True, reason="support is not continued by the centre: a sentence with no support cue of "
                                       "its own is no support, even when its subject takes Russia up")
@pytest.mark.parametrize("text", [
    "Moscow sent jets to Assad's army. Within a week its crews were busy around the clock.",
    "GUEST: The Kremlin shielded Assad at the Security Council. Each time, it raised its hand alone.",
])
def test_support_continued_by_a_russian_centre(nlp, text):
    assert last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text, limited", [
    # the writer's or the publication's 'we', outside every quotation: it points to the page, not back to Russia
    (REFUSAL + "We will update this story as it develops.", False),
    (TIRED + "Our correspondent in Beirut adds that the ferries were full.", False),
    (TIRED + "We asked the ministry for comment on Monday.", False),
    # a quoted speaker's 'we' speaks for the speaker's state
    (REFUSAL + "\u201cWe have done what we came to do,\u201d a Russian diplomat said.", True),
])
def test_the_writers_we_continues_no_limit(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, limited", [
    # 'this' with a noun the text names itself by points to the page, not back to Russia
    (REFUSAL + "This newsletter returns on Thursday.", False),
    (TIRED + "This episode was recorded before the vote in Geneva.", False),
    (REFUSAL + "This live blog has now closed.", False),
    # a noun of a text or of a matter as the active subject of a text's act: the issue or report in hand
    (REFUSAL + "This issue looks at three ways the war could end.", False),
    (TIRED + "This report examines the war in four parts.", False),
    # 'this' with any other noun, or 'that' with a text noun, takes up the sentence before
    (REFUSAL + "This decision left the airfield half empty.", True),
    (REFUSAL + "That report went unanswered for a month.", True),
    # 'issue', 'report', 'paper' with 'this' as often take up a matter or a document already named
    (REFUSAL + "This issue was never settled in the talks.", True),
    (REFUSAL + "This report was never answered by the ministry.", True),
    (REFUSAL + "This paper reached the generals within a day.", True),
    # 'this' as the subject of a copula whose complement names a text or a reading of one points to the discourse
    (REFUSAL + "This is the pamphlet's central thesis.", False),
    (TIRED + "This is one plausible reading of the minutes.", False),
    (REFUSAL + "This was the fullest account the envoy ever gave.", False),
    (TIRED + "This is the shortened version of our longer survey.", False),
    # near misses: a complement that names the state of affairs, 'that' with a reading noun, a reading noun as subject
    (REFUSAL + "This was a warning aimed at the palace.", True),
    (REFUSAL + "This was the pattern for the next two winters.", True),
    (TIRED + "That is one reading the generals shared.", True),
    (REFUSAL + "This account of the war ended with empty hangars.", True),
])
def test_a_this_that_names_the_text_continues_no_limit(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("stamp", ["0:05", "4:26", "12:40"])
@pytest.mark.parametrize("second", ["But the jets stayed at the base.",
                                    "It never sent the promised jets to Damascus either."])
def test_a_transcript_s_clock_stamp_between_paragraphs_neither_joins_nor_parts_them(nlp, stamp, second):
    first = "Moscow refused to send more jets to Assad's army.\n\n"
    columns = ["code", "cue", "agent_link"]
    plain = last_sentence_codes(nlp, first + second)[columns].values.tolist()
    stamped = last_sentence_codes(nlp, first + stamp + "\n\n" + second)[columns].values.tolist()
    assert stamped == plain


@pytest.mark.parametrize("text, figures_only", [
    ("0:05", True),
    ("1,812", True),
    ("12.5 %", True),
    ("٣:٠٥", True),  # digits of other scripts are figures
    ("१२", True),
    ("", False),  # no figure
    ("—", False),
    ("½", False),  # a vulgar fraction is numeric but no digit
    ("12 мая", False),  # a letter of any script is a word
    ("١٢ مايو", False),
    ("12 é", False),
    ("Ⅻ", False),  # a Roman numeral sign is neither digit nor letter
])
def test_a_sentence_is_figures_only_when_it_holds_a_digit_and_no_letter_of_any_script(text, figures_only):
    assert _is_figures_only(text) is figures_only



BACKED = "Moscow has backed Assad for a decade. "


@pytest.mark.parametrize("text, supported", [
    # the writer's own imperative, after a list number or alone: its agent is the reader addressed
    (BACKED + "2. support the tribunal and ask partners to do the same;", False),
    (BACKED + "Follow the money, then the missiles.", False),
    # nouns joined by 'and' below the imperative are still its objects
    (BACKED + "Watch the documentary and the interviews on the air campaign.", False),
    (BACKED + "Remember the vetoes and the air strikes.", False),
    # a sentence with a subject, or an imperative a speaker is quoted giving, still carries the topic
    (BACKED + "Then the missiles came.", True),
    (BACKED + "“Give them the missiles,” the general told his staff.", True),
])
def test_an_imperative_of_the_writer_takes_up_no_russian_topic(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, codes", [
    # the cue lies in a reported clause with a subject of its own, below the imperative: that subject's act
    (BACKED + "Remember that the jets saved the regime in 2015.", {"support.backing", "support.military"}),
    (BACKED + "Note that the vetoes shielded Damascus from sanctions.", {"support.backing", "support.diplomatic"}),
    (BACKED + "Consider how the air campaign rescued the regime.", {"support.backing", "support.military"}),
    # an imperative joined by 'and' to a clause with its own subject is a condition, no address to the reader
    (BACKED + "Send more jets, and the regime survives another year.",
     {"support.effect_survival", "support.military"}),
    # a coordinated imperative is still the writer's address
    (BACKED + "Follow the money and support the tribunal.", set()),
])
def test_only_a_cue_the_imperative_itself_governs_takes_up_no_russian_topic(nlp, text, codes):
    assert last_sentence_codes(nlp, text, "support") == codes


@pytest.mark.parametrize("text, limited", [
    # Assad's side, the recipient, as the main subject right after a limit: it bears that limit, so the limit carries
    (REFUSAL + "Assad learned the news from the radio.", True),
    (TIRED + "The Syrian government waited in vain for an answer.", True),
    ("Lavrov: " + REFUSAL + "Damascus will have to make do.", True),
    (REFUSAL + "A Syrian official heard the news on the radio.", True),
    # not Assad's armed forces, whose own war it is, nor a thing of his side, nor a sentence with support of its own
    (REFUSAL + "Assad's army retreated to the coast.", False),
    (REFUSAL + "The Syrian pound fell again that week.", False),
    (REFUSAL + "Syrian troops dug in around the airport.", False),
    (REFUSAL + "Assad still flew to Sochi on a Russian jet that Moscow sent for him.", False),
    # not another actor as the subject, nor across a paragraph break
    (REFUSAL + "Iran sent the regime its own advisers.", False),
    (REFUSAL + "Turkey held a general election the same week.", False),
    (REFUSAL + "\n\nAssad learned the news from the radio.", False),
])
def test_a_limit_carries_to_assads_side_as_the_subject(nlp, text, limited):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limited


def test_a_limit_carried_to_assads_side_records_its_subject_as_the_cue(nlp):
    carried = last_sentence_codes(nlp, REFUSAL + "Assad learned the news from the radio.")
    carried = carried[carried.agent_link == "context"]
    assert carried[["code", "cue", "agent"]].values.tolist() == [["limits.refusal", "Assad", "Moscow"]]



@pytest.mark.xfail(strict=True, reason="a limit carried to Assad's side carries on down a chain of sentences about "
                                       "him; stopping the chain cost three development limits units, none gained")
@pytest.mark.parametrize("text", [
    REFUSAL + "Damascus had to make do. Assad travelled to Tehran.",
    TIRED + "The Syrian government waited in vain. The regime opened a new border crossing.",
])
def test_a_limit_carries_to_assads_side_only_once(nlp, text):
    assert not last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="Assad's side acting on its own account right after a limit, on a new thing "
                                       "of its own, still carries the limit (the development gold often codes such "
                                       "an act as the limit's sequel: an object test cost 11 units and gained 2)")
@pytest.mark.parametrize("text", [
    REFUSAL + "Assad opened a hospital in Latakia.",
    REFUSAL + "The regime called early local elections.",
])
def test_assads_side_acting_on_its_own_account_carries_no_limit(nlp, text):
    assert not last_sentence_codes(nlp, text, "limits")
