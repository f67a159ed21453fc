"""The verbs whose negation states no reluctance (`negated_verbs`), one list for every negated-verb pattern of
`limits.reluctance`: invented sentences in several registers (a wire story, an interview, a column)."""

from __future__ import annotations

import pytest

from analysis.errors import InputError
from analysis.extract.frames.negated_verbs import read_negated_verbs
from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Assad's army was retreating towards Hama. "


@pytest.mark.parametrize("text, reluctant", [
    # a negated negative, a denied ending, a negated belief or answer, after 'will' or 'would' as after 'did'
    (CONTEXT + "Moscow would not hesitate to strike the rebels again, the envoy said.", False),
    (CONTEXT + "Russia won't waver in its support for Damascus.", False),
    (CONTEXT + "The Kremlin will not stop its airstrikes on the rebel columns.", False),
    (CONTEXT + "Moscow would not think of leaving its ally alone.", False),
    (CONTEXT + "The Russian defence ministry would not comment on the offensive.", False),
    # the verbs of acting stay reluctance
    (CONTEXT + "Moscow would not send more jets to Hama.", True),
    (CONTEXT + "The Kremlin did not commit ground troops.", True),
    (CONTEXT + "Nobody in Moscow wants a second front in Syria.", True),
])
def test_listed_verbs_state_no_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text", [
    # giving way denied is steadfastness, a phrasal verb with its particle too
    CONTEXT + "Moscow would not budge on the ceasefire text.",
    CONTEXT + "The Kremlin did not blink when the sanctions were announced.",
    CONTEXT + "Russia did not back down over the Latakia airbase.",
    CONTEXT + "Moscow did not relent over the offensive on the northern towns.",
    # a denied condemnation, blame or apology spares the one judged
    CONTEXT + "The Russian foreign ministry did not condemn the shelling of the market.",
    CONTEXT + "Moscow did not criticise the Syrian air force for the raid.",
    CONTEXT + "Russia's defence ministry did not blame the Syrian gunners.",
    CONTEXT + "The Kremlin has not apologised for the strike on the clinic.",
])
def test_denied_giving_way_or_judging_is_no_reluctance(nlp, text):
    assert "limits.reluctance" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # a negated negative keeps no limit, even in a code that counts its negated cues
    CONTEXT + "Moscow never hesitated to veto the resolutions against Damascus.",
    CONTEXT + "The Kremlin did not hesitate to fly more bombers to the coast.",
])
def test_a_denied_hesitation_is_no_limit(nlp, text):
    assert last_sentence_codes(nlp, text, "limits") == set()


@pytest.mark.parametrize("rows, problem", [
    ("term,class,note\nhesitate,negative,\nhesitate,negative,\n", "unique"),
    ("term,class,note\nlook far away,negative,\n", "one lower-case word or a verb and its particle"),
    ("term,class,note\nlook sharp,negative,\n", "one lower-case word or a verb and its particle"),
    ("term,class,note\nsend,acting,\n", "class must be"),
    ("term,note\nhesitate,\n", "missing column"),
    ("term,class,note\nhesitate,negative\n", "line 2: expected 3 fields, found 2"),
    ("term,class,note\nh\xe9sitate,negative,\n".encode("latin-1"), "not valid UTF-8"),
])
def test_bad_rows_are_named(tmp_path, rows, problem):
    path = tmp_path / "negated_verbs.csv"
    path.write_bytes(rows if isinstance(rows, bytes) else rows.encode("utf-8"))
    with pytest.raises(InputError, match=problem):
        read_negated_verbs(path)


@pytest.mark.parametrize("text", [
    # a denied ending names a limit only to deny it, as the tenth session's coding decision reads it (`1/?`)
    CONTEXT + "Russia did not end its support for the Syrian government.",
    CONTEXT + "Moscow has not suspended its arms deliveries to Damascus.",
    CONTEXT + "Nobody in the Kremlin will end the air campaign this year.",
])
def test_a_denied_ending_is_no_reluctance(nlp, text):
    assert "limits.reluctance" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, absent", [
    # a phrasal verb of giving way is not the verb of help its lemma is ('back', 'give')
    ("Assad's army held the coast road. Moscow did not back down over the port.", {"support.backing"}),
    ("Assad's army held the coast road. The Kremlin would not give in to Assad.", {"support.service"}),
    # the help named in what one does not give way to is refused: the negation bears on it
    ("Assad's army held the coast road. Moscow would not give in to the army's demand for more jets.",
     {"support.military", "support.service"}),
])
def test_giving_way_is_no_help_and_what_is_not_given_way_to_is_refused(nlp, text, absent):
    assert not set(last_sentence_codes(nlp, text).code) & absent


@pytest.mark.parametrize("text, reluctant", [
    # a travel advisory, a style note, a quoted officer: an instruction to the reader or hearer
    (CONTEXT + "Russian patrols hold the road. Do not rely on them when planning a journey.", False),
    (CONTEXT + "Don't write that the Kremlin backed Assad out of friendship.", False),
    (CONTEXT + "\u201cDo not count on the Russians,\u201d the officer said.", False),
    # a Russian speaker's own: what it will not do
    (CONTEXT + "\u201cDo not count on our jets any longer,\u201d the Russian envoy told the minister.", True),
    # a negated statement with a subject, and a question with one
    (CONTEXT + "Moscow did not send its infantry.", True),
    (CONTEXT + "Why didn't Russia send its infantry?", True),
])
def test_a_negative_imperative_is_no_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text, reluctant", [
    # a denied change states that the line, the course or the decision stays as it was: continuity, no reluctance
    (CONTEXT + "Moscow hasn't changed its line on the Syrian government.", False),
    (CONTEXT + "The Kremlin did not alter its course after the raid on the depot.", False),
    (CONTEXT + "Russia has not reversed its decision to keep the squadron at the airbase.", False),
    (CONTEXT + "\u201cWe will never change horses halfway through the race,\u201d the Russian envoy said.", False),
    # near misses: a verb of acting denied stays reluctance, and so does one beside a change that is not denied
    (CONTEXT + "Moscow would not send more jets to Hama.", True),
    (CONTEXT + "After the front changed, the Kremlin did not commit any more ground troops.", True),
])
def test_a_denied_change_is_continuity_not_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.xfail(strict=True, reason="a support cue that is itself the denied verb of changing ('changed' read as an "
                                       "act done for Assad) is turned by its own negation; the negation should be "
                                       "spent on the change, leaving the support")
def test_a_denied_change_of_the_support_itself_is_no_limit(nlp):
    assert last_sentence_codes(nlp, CONTEXT + "Moscow hasn't changed its support for Assad.", "limits") == set()


@pytest.mark.xfail(strict=True, reason="a negated noun of evidence ('no sign', 'no indication') governing a clause of "
                                       "withdrawal denies the limit; the coder reads the withdrawal as stated")
def test_no_sign_of_a_withdrawal_is_no_withdrawal(nlp):
    text = CONTEXT + "The Kremlin gave no indication that it would withdraw its bombers from the coast."
    assert "limits.abandonment" not in last_sentence_codes(nlp, text, "limits")
