"""How the coder turns cues into codes (`analysis.extract.frames.coder`), on invented sentences."""

from __future__ import annotations

import pytest

from analysis.tables.build import analyse_text
from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text", [
    CONTEXT + "Russian troops did not leave Syria.",
    CONTEXT + "Moscow never left the country, whatever the rumours said.",
    CONTEXT + "The Kremlin will not walk away from Assad.",
])
def test_a_denied_departure_or_abandonment_is_support_and_no_reluctance(nlp, text):
    assert "support.backing" in last_sentence_codes(nlp, text, "support")
    assert last_sentence_codes(nlp, text, "limits") == set()


@pytest.mark.parametrize("text, supported", [
    # the limit is said of the means: their adjective or, for a subject, the predicate
    (CONTEXT + "Russian money was scarce by the winter.", False),
    (CONTEXT + "Moscow kept a smaller squadron at the coast.", False),
    # a two-party limit said of them leaves the support standing
    (CONTEXT + "Russian air support was never unconditional.", True),
    # the means alone
    (CONTEXT + "Russian money was arriving by the winter.", True),
])
def test_means_described_as_limited_are_no_support(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # a low price said of the means: they were given, and cheaply
    (CONTEXT + "Russian vetoes were cheap for Moscow.", True),
    (CONTEXT + "Russian air cover was the cheapest help Damascus ever had.", True),
    # costing a low amount is a low price too
    (CONTEXT + "Russian vetoes in New York cost Moscow little.", True),
    (CONTEXT + "Russian vetoes in New York cost almost nothing.", True),
    # a high price is the limit alone, said by an adjective or by costing a great deal
    (CONTEXT + "Russian ground troops were expensive for Moscow.", False),
    (CONTEXT + "Russian ground troops cost Moscow a fortune.", False),
])
def test_means_described_as_cheap_stay_support_beside_the_limit(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported
    assert last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, supported", [
    # the subject of a coordinated clause takes up the first clause's subject, not a later noun
    (CONTEXT + "Russia is tired of Syria, yet it is not walking away from Assad.", True),
    (CONTEXT + "Iran is tired of Syria, yet it is not walking away from Assad.", False),
])
def test_a_coordinated_subject_pronoun_takes_up_the_first_subject(nlp, text, supported):
    assert ("support.backing" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # a counterfactual condition whose main clause denies that Assad's side goes on
    (CONTEXT + "Without Russia the Syrian president would not be in power today.", True),
    (CONTEXT + "Russian pilots flew every night. Without them Assad would not still be standing.", True),
    # the same clause without the condition
    (CONTEXT + "Assad would not be in power today.", False),
])
def test_a_counterfactual_denying_that_assad_lasts_is_support(nlp, text, supported):
    assert ("support.effect_survival" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, limited", [
    # a corrective 'X, not Y' grants one thing and denies another
    (CONTEXT + "Moscow guarded the Syrian state, not the man who ran it.", True),
    (CONTEXT + "The Kremlin sold Damascus time, not victory.", True),
    # the focusing 'not only' adds rather than denies
    (CONTEXT + "Moscow guarded the Syrian state, not only the man who ran it.", False),
    (CONTEXT + "Moscow guarded the Syrian state and the man who ran it.", False),
])
def test_a_contrastive_negation_limits_the_support(nlp, text, limited):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.xfail(strict=True, reason="a contrastive 'not' after a denying 'No,' opens an answer rather than "
                                       "correcting a phrase, but is read as a commitment bound")
def test_a_denial_followed_by_not_is_no_contrastive_negation(nlp):
    text = CONTEXT + "Russian jets kept flying for Assad. No, not in the way the rumours say."
    assert "limits.commitment" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="a negation on a clause above the departure ('nothing suggests') is not "
                                       "read as denying it, and 'leave' alone is no departure cue")
def test_a_departure_denied_from_above_is_support(nlp):
    text = CONTEXT + "Nothing in the Kremlin's conduct suggests that it is preparing to leave."
    assert last_sentence_codes(nlp, text, "support")


@pytest.mark.xfail(strict=True, reason="a headline in title case is tagged as a run of proper nouns, so its verb "
                                       "('Defends') matches no lemma cue")
def test_a_title_case_headline_verb_is_a_cue(nlp):
    text = "Kremlin Defends Syrian Government Against Rebel Offensive\n\nMoscow spoke on Monday."
    codes = analyse_text(text, nlp=nlp)["codes"]
    assert "support.backing" in set(codes[codes.sent_id == 0].code)


@pytest.mark.parametrize("text, related", [
    # the general relation gives way to a specific limits cue on its verb
    (CONTEXT + "The Kremlin held back the Syrian army.", False),
    (CONTEXT + "Russian officers grew frustrated with the Syrian army.", False),
    # ... and stands where no cue covers the verb
    (CONTEXT + "Putin received the Syrian president in Sochi.", True),
])
def test_the_general_relation_gives_way_to_a_limits_cue(nlp, text, related):
    assert ("support.relation" in last_sentence_codes(nlp, text, "support")) is related


@pytest.mark.parametrize("text, reluctant", [
    # a negated action in the perfect, as in the past
    (CONTEXT + "Russian mediators have not taken up the request.", True),
    (CONTEXT + "Moscow had never sent its newest jets.", True),
    # a negated abandonment in the perfect is support, not reluctance
    (CONTEXT + "Moscow has not abandoned Assad.", False),
])
def test_a_negated_action_in_the_perfect_is_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text, reluctant", [
    # 'never' before a finite verb, with no operator, as 'did not': a wire story, a quoted officer, a lecture
    (CONTEXT + "The Kremlin never promised Damascus a second air campaign.", True),
    (CONTEXT + "\u201cWe never sent ground troops to Syria,\u201d a Russian colonel said.", True),
    (CONTEXT + "The Kremlin never pays for what the Syrian army loses.", True),
    # a denied ending, loss or possession keeps the support; another actor's act is no Russian limit
    (CONTEXT + "Moscow never ended its air campaign over Hama.", False),
    (CONTEXT + "The Russians never had to ask twice.", False),
    (CONTEXT + "Iran never sent its own pilots to Syria.", False),
])
def test_never_before_a_finite_verb_is_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant


@pytest.mark.parametrize("text", [
    # a denied giving way is steadfastness; a denied condemnation, apology or recognition spares Assad's side
    CONTEXT + "Through the winter of sieges the Kremlin never blinked.",
    CONTEXT + "Moscow never condemned the shelling of the market in Maarat.",
    CONTEXT + "The Kremlin never criticised the Syrian air force in public.",
    CONTEXT + "Moscow never apologised for the strike on the clinic.",
    CONTEXT + "Russia never recognised the council the rebels set up in Idlib.",
])
def test_never_before_a_verb_of_yielding_or_judging_is_no_reluctance(nlp, text):
    assert "limits.reluctance" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, reluctant", [
    # the negated 'be going to' future, as 'will not': a wire story, a quoted officer, a column
    (CONTEXT + "Moscow is not going to pay for the reconstruction of the regime's cities.", True),
    (CONTEXT + "\u201cWe are not going to fight for every hill,\u201d a Russian general said.", True),
    (CONTEXT + "The Kremlin was never going to send ground troops for Assad.", True),
    # a negated abandonment or permission keeps the support; another actor's intention is no Russian limit
    (CONTEXT + "Moscow is not going to abandon Assad.", False),
    (CONTEXT + "Moscow is not going to let Washington remove the Syrian president.", False),
    (CONTEXT + "Iran is not going to send more fighters to Syria.", False),
])
def test_a_negated_going_to_future_is_reluctance(nlp, text, reluctant):
    assert ("limits.reluctance" in last_sentence_codes(nlp, text, "limits")) is reluctant
