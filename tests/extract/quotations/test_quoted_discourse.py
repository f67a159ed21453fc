"""Which person, body or group a pronoun inside quoted words takes up (`analysis.extract.quotations.names`): quoted
words (a memo, a letter, a speaker's account) are a discourse of their own, whose pronouns take up its own subjects
before anyone the author names outside it; invented texts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, name", [
    # a memo quoted whole: its 'his' is the memo's own subject
    ("The minutes record one exchange in full:\n\n“Our guest wanted it known that the council had heard the offer "
     "before anyone else. In his words: ‘Our engineers mend the jetty. Nobody pays for another.’ He went home that "
     "evening.”\n\nNobody at the town hall has confirmed the account. The mayor, Ivo Tarn, declined to comment.",
     "Our engineers mend the jetty. Nobody pays for another.", "Our guest"),
    # a speaker's account: its 'they' is the group the speaker names, not one the author named before
    ("Fishing crews from the south have stayed ashore all week. Dr Lena Marsh compared the truce with the old "
     "accords. “In Iceland we learned how a brief pause turns into years. The net-menders learned it as well; they "
     "lived through the cod disputes. So they call it ‘provisional’ every time. That word is meant for the quay,” "
     "she said.", "provisional", "The net-menders"),
    # a quoted article: its 'it' is the body it is about
    ("Jon Vale sent the class a paragraph from a weekly. “Norvik Council would dredge the channel and pay for the "
     "lights, but it never stopped calling the work ‘a loan’. The bill came due in spring,” the paragraph read.",
     "a loan", "Norvik Council"),
])
def test_a_pronoun_in_quoted_words_takes_up_their_own_subject(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # no subject of the pronoun's kind in the quoted words: the author's subjects, as before
    ("Ivo Tarn chaired the meeting on Monday. “I asked for the figures twice. In the end he called them ‘final’, "
     "and that was that,” said Mira Holt, the treasurer.", "final", "Ivo Tarn"),
    # a subject of the other gender in the quoted words is passed over for the 'he'
    ("The review quotes the diary at length: “Ana Berg, a widow from the coast, kept the keys that winter. He "
     "called the shed ‘the office’ and never went in.”", "the office", None),
    # a pronoun outside the quoted words takes up the author's subject, not the person subject inside them
    ("“Pavel Dune kept the keys that winter,” Karl Moen said on Monday. “He never lost one,” he added.",
     "He never lost one,", "Karl Moen"),
])
def test_a_pronoun_outside_or_without_an_inner_subject_is_resolved_as_before(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.xfail(reason="an object of the quoted words ('I asked him') is no antecedent: only their subjects are",
                   strict=True)
def test_a_pronoun_in_quoted_words_takes_up_their_object(quotes_of):
    text = ("Further down, the reporter, Sara Lund, recalls meeting a customs officer:\n\n“I put it to him that the "
            "depot might close. He shrugged. ‘We lease the sheds, not the province,’ he replied.”")
    assert quotes_of(text)["We lease the sheds, not the province,"].speaker_name == "a customs officer"


@pytest.mark.parametrize("text, quote, name", [
    # a subject inside a quote the quoted speaker reports is not the quoted speaker's own subject
    ("Hana Obi remembers the day. “Our skipper, Nils Aas, came aboard at six. ‘Mara Vick is wrong about the pier,’ "
     "he said.”", "Mara Vick is wrong about the pier,", "Nils Aas"),
    # a woman named as the subject of the quoted words is passed over by their 'he'
    ("Ivo Tarn chaired the meeting. “My sister read the figures. He called them ‘final’,” said Ada Berg.",
     "final", "Ivo Tarn"),
    # things as the plural subject of quoted words say nothing: their 'they' is the author's group
    ("The dockers voted on Friday. “The cranes stopped at noon. They said ‘enough’ and went home,” said Pia Lund, "
     "a clerk.", "enough", "The dockers"),
    ("The fish buyers met the crews on Monday. “The prices went up in March. They called it ‘a war tax’,” said Ole "
     "Sand, a fisherman.", "a war tax", "The fish buyers"),
])
def test_quoted_words_take_up_only_their_own_speaking_subjects(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # near cases: a man, or a group of people, as the subject of the quoted words is still taken up
    ("Ivo Tarn chaired the meeting. “My uncle read the figures. He called them ‘final’,” said Ada Berg.",
     "final", "My uncle"),
    ("Nils Aas, a crane driver, spoke to the crowd. “The dockers met at six. They called the offer ‘an insult’ and "
     "walked out,” he said.", "an insult", "The dockers"),
])
def test_a_speaking_subject_of_the_quoted_words_is_still_taken_up(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.xfail(reason="an inner subject of unknown gender wins over the author's subject: a first name gives "
                          "no gender", strict=True)
def test_a_woman_named_in_quoted_words_is_no_he(quotes_of):
    text = ("Ivo Tarn chaired the meeting. “Our treasurer, Mira Holt, read the figures. He called them ‘final’,” "
            "said Ada Berg.")
    assert quotes_of(text)["final"].speaker_name == "Ivo Tarn"
