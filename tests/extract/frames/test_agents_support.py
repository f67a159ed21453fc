"""How the support code finds its relation — a Russian agent acting for Assad's side — on invented sentences
(`analysis.extract.frames.agents`, as the coder uses it)."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Assad's army held the coast road. Moscow flew more sorties over Hama this week. "
CARRIED = "Moscow has kept its jets over Hama. Its bombers cover every government advance. "


@pytest.mark.parametrize("text", [
    # a relational noun whose party only the context names: a humanitarian bulletin, a feature, a column
    CONTEXT + "Aid partners delivered blankets to the camps.",
    CONTEXT + "Partners report that two clinics reopened on Tuesday.",
    CONTEXT + "The word alliance hides more than it shows.",
])
def test_a_relational_noun_without_its_russian_party_is_no_support(nlp, text):
    assert "support.motive_ally" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text, supported", [
    # a noun of the supporter's own role takes up the paragraph's Russian supporter
    (CONTEXT + "A patron that counts its costs is still a patron.", True),
    (CONTEXT + "Even so, the protector wants a way out of the war.", True),
    # a relation that may be anyone's does not
    (CONTEXT + "A friend that counts its costs is still a friend.", False),
])
def test_a_supporter_noun_takes_up_the_paragraphs_russian_supporter(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text", [
    # the Russian party on the noun's own phrase, or taken up by a demonstrative
    "Assad, Moscow's closest ally, flew to Sochi on Monday.",
    "Damascus has long been the Kremlin's most loyal client in the region.",
    CONTEXT + "That ally needed every sortie it could get.",
])
def test_a_relational_noun_with_its_russian_party_is_the_alliance(nlp, text):
    assert "support.motive_ally" in last_sentence_codes(nlp, text, "support")



@pytest.mark.parametrize("text", [
    # means that Assad's side owns: a bare 'government' modifier, or a relative clause with his side as subject
    "Assad's army held the coast road. Putin and the Turkish president agreed a truce that delayed a government "
    "offensive.",
    "Assad's army held the coast road. Moscow weighed its options. The offensive that Damascus had prepared for "
    "weeks was called off.",
    "Assad's army held the coast road. Moscow weighed its options. Government troops massed near the town.",
])
def test_means_owned_by_assads_side_are_not_russian_support(nlp, text):
    assert "support.military" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # Russian means beside his, and a relative clause with a Russian subject
    "Assad's army held the coast road. Russian gunships flew ahead of a government offensive.",
    "Assad's army held the coast road. Moscow weighed its options. The offensive that Russian planners drew up "
    "began at dawn.",
])
def test_means_beside_or_planned_by_russians_stay_support(nlp, text):
    assert "support.military" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # a Russian agent acting jointly with a third party, on the country rather than for Assad's side
    "Assad's army held the coast road. Moscow and Ankara shared out the Syrian border provinces.",
    "Assad's army held the coast road. Russia and Turkey mapped out the future of the Syrian north.",
    "Assad's army held the coast road. Moscow and Washington drafted a plan for the Syrian ceasefire.",
])
def test_a_joint_act_with_a_third_party_is_no_support(nlp, text):
    assert last_sentence_codes(nlp, text, "support") == set()


@pytest.mark.parametrize("text, code", [
    # the joint act goes to Assad's side, or the Russian acts alone
    ("Assad's army held the coast road. Russia and Iran sent more advisers to the Syrian army.", "support.service"),
    ("Assad's army held the coast road. Russian soldiers will patrol the corridor.", "support.military"),
])
def test_a_joint_act_for_assads_side_or_a_russian_act_alone_stays_support(nlp, text, code):
    assert code in last_sentence_codes(nlp, text, "support")


def test_means_of_russia_and_a_co_backer_are_support(nlp):
    text = "Assad's army held the coast road. Russian and Iranian soldiers guarded the airport."
    assert "support.military" in last_sentence_codes(nlp, text, "support")


@pytest.mark.xfail(strict=True, reason="the gazetteer does not say which actors fight on Assad's side, so a joint act "
                                       "with Iran as co-subject is read as one with a third party")
def test_a_joint_act_with_a_co_backer_is_support(nlp):
    text = "Assad's army held the coast road. Russia and Iran guarded the airport."
    assert "support.military" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text, supported", [
    # a forum where the means are voted on is no country abroad (a committee report, a wire story, a study guide)
    (CONTEXT + "Russia has used its veto in the Security Council many times on Syria.", True),
    (CONTEXT + "Moscow defended the Syrian government in the UN Security Council again.", True),
    # a country abroad still is
    (CONTEXT + "Russia has sent its bombers to Ukraine.", False),
])
def test_a_forum_is_no_place_abroad_where_the_means_are_used(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # a noun of transfer that names no recipient takes up the paragraph's (a wire story, a weekly, a headline)
    ("Russia shipped air-defence batteries to the Syrian army in the autumn. By October the ministry said the delivery"
     " was complete.", True),
    ("Assad's army held the coast road. Whatever the Kremlin says about reform, the shipments continue.", True),
    # a transfer to another party, or one that another actor takes
    ("Assad's army held the coast road. Russian gas deliveries to Hungary fell sharply.", False),
    ("Assad's army held the coast road. Ankara took delivery of the Russian missiles in July.", False),
    # ... or one whose own predicate names another party as its goal (a trade column, a shipping report)
    ("Assad's army held the coast road. A Russian shipment of fertiliser reached Egypt on Monday.", False),
    ("Assad's army held the coast road. Russian deliveries bound for Iran were held up at the border.", False),
    ("Assad's army held the coast road. The Russian deliveries reached Latakia before dawn.", True),
])
def test_a_transfer_that_names_no_recipient_goes_to_the_paragraphs_side(nlp, text, supported):
    assert ("support.service" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text", [
    # a veto, or a motion blocked, cast jointly with another permanent member still shields Assad's side
    "Assad's army held the coast road. Russia and China vetoed the draft on the Syrian sieges.",
    "Assad's army held the coast road. Moscow and Beijing blocked a resolution against the Syrian government.",
    "Assad's army held the coast road. Russia and China have vetoed again and again.",
])
def test_a_joint_veto_stays_support(nlp, text):
    assert "support.diplomatic" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # a member's vote against a motion, cast alone or with others, is a veto's shield for Assad's side
    "Assad's army held the coast road. Russia and Bolivia voted against the draft on the sieges.",
    "Assad's army held the coast road. Eleven members voted in favour; Moscow and Beijing voted against.",
    "Assad's army held the coast road. The Russian Federation voted against, as did China.",
    # the member it votes with is a co-voter, not the party helped
    "Assad's army held the coast road. Russia vetoed the text on the sieges, once more together with China.",
    "Assad's army held the coast road. Moscow used its third veto with Beijing on the sieges.",
])
def test_a_vote_against_a_motion_or_with_another_member_is_the_veto(nlp, text):
    assert "support.diplomatic" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # a vote on another country's matter, or against a course of action rather than a motion, shields no one of his
    "Assad's army held the coast road. Russia voted against the Assembly resolution on the war in Ukraine.",
    "Assad's army held the coast road. The Duma voted against sending more Russian troops abroad.",
    "Assad's army held the coast road. Russia vetoed the resolution on Ukraine.",
])
def test_a_vote_on_another_matter_is_no_veto_for_assad(nlp, text):
    assert "support.diplomatic" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # a sentence led by another state's own act takes up no Russian support or limit carried from before
    CARRIED + "Pakistan keeps no aircraft in Syria.",
    CARRIED + "Canada ended its bombing missions in 2016.",
    CARRIED + "Chinese scholars dismissed the accusation.",
    CARRIED + "India imposed no sanctions on Damascus.",
    CARRIED + "Japan will continue its humanitarian assistance to Syrians.",
])
def test_another_states_act_takes_up_no_carried_russian_code(nlp, text):
    assert last_sentence_codes(nlp, text)["dimension"].tolist() == []


@pytest.mark.parametrize("text", [
    # a vote against a course of action against Syria or Assad's side shields him, as a veto of the motion would
    "Assad's army held the coast road. Russia and China voted against referring the situation in Syria to the court.",
    "Assad's army held the coast road. Russia voted against condemning the Syrian government.",
])
def test_a_vote_against_acting_on_syria_is_the_veto(nlp, text):
    assert "support.diplomatic" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # a vote against a motion of Assad's side's own is cast against him
    "Assad's army held the coast road. Russia voted against the Syrian government's proposal.",
    "Assad's army held the coast road. Moscow voted against the Syrian draft.",
    "Assad's army held the coast road. Russia vetoed Damascus's motion.",
])
def test_a_vote_against_his_own_side_s_motion_is_no_veto_for_assad(nlp, text):
    assert "support.diplomatic" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # a country's name as a compound, headline style, names the motion's topic, not its sponsor
    "Assad's army held the coast road. Moscow and Beijing veto Syria text again",
    # an adjective with a complement names the motion's target
    "Assad's army held the coast road. Russia vetoed a draft hostile to the Syrian government.",
    # the sponsors in the motion's passive 'by' phrase are no matter it is about
    "Assad's army held the coast road. Russia vetoed a text drafted by Norway and Japan that called for a truce.",
])
def test_the_topic_target_or_sponsors_of_a_motion_leave_the_veto_for_assad(nlp, text):
    assert "support.diplomatic" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text, supported", [
    # a free relative as the thing given, with no party it goes to: the party is the paragraph's
    ("The Syrian army was falling back near Hama. What Moscow gave was air power.", True),
    ("The Syrian army was falling back near Hama. Moscow gave what was cheap.", True),
    # the parse's 'what' as an indirect object is no party: the object after it is
    ("The Syrian army was falling back near Hama. A flat in Moscow is what Russia can still give him.", True),
    # another party named as the one it goes to
    ("The Syrian army was falling back near Hama. What Moscow gave Turkey was a seat at the table.", False),
    ("The Syrian army was falling back near Hama. What Moscow gave to Ankara was a seat at the table.", False),
])
def test_a_gift_named_by_a_free_relative_goes_to_the_paragraphs_party(nlp, text, supported):
    assert ("support.service" in last_sentence_codes(nlp, text, "support")) is supported


VETOED = ("Moscow blocked the Western draft on Syria in October.\n\n"
          "Assad's army held the coast road through the winter. Ankara closed the border crossings on Friday.\n\n")


@pytest.mark.parametrize("text, supported", [
    # a definite or plural veto with no agent of its own is the Russian veto the article has named
    (VETOED + "The vetoes will go on while the West writes resolutions with sanctions in them.", True),
    (VETOED + "Her chapter is the best account of the three double vetoes of that year.", True),
    (VETOED + "The editors of the state daily praised the veto on their front page.", True),
    # near misses: an indefinite or bare veto is any member's, or the word itself
    (VETOED + "If you want a veto on television, you write a text like that one.", False),
    (VETOED + "Veto: the power of a permanent member to block a draft resolution.", False),
    # and no Russian named before it in the article
    ("Assad's army held the coast road.\n\nThe vetoes will go on while the West writes resolutions.", False),
])
def test_an_unowned_veto_takes_up_the_articles_russian(nlp, text, supported):
    assert ("support.diplomatic" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # another member named as the latest caster of a veto, or holding the one the sentence names
    (VETOED + "Washington vetoed a text on the Gaza blockade last week. The veto drew a walkout.", False),
    (VETOED + "Critics in Congress expected this, and Washington has promised the veto.", False),
    # near misses: Russia cast the latest veto, or a veto whose caster is unnamed everywhere
    (VETOED + "Washington vetoed a text on Gaza in March. Moscow vetoed the Syria text in May. The veto drew a "
              "walkout.", True),
    (VETOED + "The veto drew a walkout by the Gulf delegations.", True),
])
def test_an_unowned_veto_another_member_cast_is_not_russias(nlp, text, supported):
    assert ("support.diplomatic" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # a 'for', 'by' or 'into' phrase of time is an adjunct of duration or date, no party the help goes to (a column, a
    # hearing, an obituary): the object names the recipient
    ("Assad's army held the coast road. Moscow kept Assad in his palace for nine years.", True),
    ("Assad's army held the coast road. The Kremlin advised the Syrian army for a decade.", True),
    ("Assad's army held the coast road. Russia trained the Syrian army into the winter.", True),
    # near misses: a party after the same prepositions, or an object of another side, stays another party's
    ("Assad's army held the coast road. Moscow sold wheat to Egypt for years.", False),
    ("Assad's army held the coast road. Moscow kept Ankara happy for nine years.", False),
    ("Assad's army held the coast road. The Kremlin advised Turkish officials for a decade.", False),
    # a part of a period ('most of', 'the rest of') and a generation are phrases of time too
    ("Assad's army held the inland towns. The Kremlin kept Assad in office for most of the decade.", True),
    ("Assad's army held the inland towns. The Kremlin kept Assad in office for the rest of the year.", True),
    ("Assad's army held the inland towns. The Kremlin kept Assad in office for a generation.", True),
])
def test_a_phrase_of_time_names_no_recipient(nlp, text, supported):
    assert ("support.service" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # a definite 'the man' or 'that man' takes up the person named before it, as 'him' would (a hearing, a column,
    # a review): Assad's side is the recipient
    ("Bashar al-Assad lost the war in December. The Kremlin sheltered the man and kept its bases.", True),
    ("Bashar al-Assad lost the war in December. For years Moscow kept that man in his palace.", True),
    ("Bashar al-Assad faced a revolt. Russian officers advised the man on every offensive.", True),
    # near misses: a person of another side before it, an indefinite 'a man', a modified 'the old man'
    ("Recep Tayyip Erdogan lost the vote in December. The Kremlin welcomed the man warmly.", False),
    ("Bashar al-Assad lost the war in December. The Kremlin kept a man in the palace.", False),
    ("Bashar al-Assad lost the war in December. The Kremlin kept the old man in the palace.", False),
    # 'the man' with a clause or phrase of its own is someone it describes, not Assad
    ("Bashar al-Assad lost the war in December. The Kremlin sheltered the man who had led the militias against "
     "him.", False),
    ("Bashar al-Assad lost the war in December. Russian advisers trained the man in charge of the opposition "
     "brigades.", False),
    ("Bashar al-Assad lost the war in December. Moscow later hosted the man from Daraa who had beaten him.", False),
    # a person named by a common noun in between is the nearer antecedent
    ("Bashar al-Assad gave a captured opposition general to the Jordanians. Later the Kremlin sheltered the man.",
     False),
])
def test_an_epithet_takes_up_assad_as_the_recipient(nlp, text, supported):
    assert bool({"support.service", "support.relation"} & last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("after, supported", [
    # a manner phrase, his side's seat, an indefinite description in apposition and a clause whose subject is the
    # Russian sheltering him leave 'the man' his
    ("Moscow housed the man like a son.", True),
    ("The Kremlin still sheltered the man in Damascus.", True),
    ("The Kremlin sheltered the man in power.", True),
    ("The Kremlin sheltered the man, a loyal client.", True),
    ("The Kremlin sheltered the man it had rescued in 2015.", True),
    # the seat nouns and his capital on the epithet's own phrase
    ("Moscow flew weapons to the man in power.", True),
    ("Moscow flew weapons to the man in the palace.", True),
    ("Moscow flew weapons to the man in Damascus.", True),
    # a clause of keeping him, down a verb it governs or with its 'for' left at the end
    ("The Kremlin sheltered the man it had kept in power for a decade.", True),
    ("The Kremlin sheltered the man it had decided not to save.", True),
    # near misses: a proper name in apposition, a place that is not his side's, a clause with a relative pronoun or
    # a subject of another side
    ("The Kremlin sheltered the man, Ali Hamdan.", False),
    ("The Kremlin sheltered the man in charge of the opposition brigades.", False),
    ("The Kremlin sheltered the man the rebels had chosen as their leader.", False),
    ("The Kremlin sheltered the man who had led the militias against him.", False),
    # an institution of his side names someone in it, and a seat of someone else's is no seat of his
    ("The Kremlin sheltered the man in the Syrian army.", False),
    ("The Kremlin sheltered the man in the Syrian defence ministry.", False),
    ("The Kremlin sheltered the man in the Syrian embassy in Beirut.", False),
    ("Moscow flew weapons to the man in the Turkish palace.", False),
    ("Moscow flew weapons to the man in the rebels' palace.", False),
    ("Moscow flew weapons to the man in power in rebel Idlib.", False),
    # a description in apposition that is a common noun for a person names someone else
    ("The Kremlin sheltered the man, a former bodyguard.", False),
    ("The Kremlin sheltered the man, a senior officer.", False),
    ("The Kremlin sheltered the man, an army deserter.", False),
    # a clause with a Russian subject that does not keep him: he is in it, or it does something else to the man
    ("The Kremlin sheltered the man Putin had chosen to replace him.", False),
    ("The Kremlin sheltered the man it had rescued from Bashar al-Assad.", False),
    ("The Kremlin sheltered the man it had sent to Latakia.", False),
    ("The Kremlin sheltered the man it had hired to negotiate with the rebels.", False),
    ("The Kremlin sheltered the man it had sent to protect the base.", False),
])
def test_an_epithet_with_a_modifier_that_does_not_identify_someone_else_takes_up_assad(nlp, after, supported):
    text = "Bashar al-Assad lost most of the east. " + after
    assert ("support.relation" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # means moved to a war that its own 'in' phrase places abroad are used there, not on Assad's side
    (CONTEXT + "Half of the Russian jets went off to the conflict in Ukraine within a month.", False),
    (CONTEXT + "Moscow sent its best helicopters into the fighting in Libya.", False),
    # near misses: a war placed in Syria, a place in Syria, or an 'in' phrase that is no country
    (CONTEXT + "Half of the Russian jets went off to the conflict in Syria within a month.", True),
    (CONTEXT + "Moscow sent its best helicopters to the front in Idlib.", True),
    (CONTEXT + "Moscow sent its best helicopters to the war in the spring.", True),
])
def test_means_moved_to_a_war_placed_abroad_are_used_abroad(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported
