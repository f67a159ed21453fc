"""A quoted sentence with no cue of its own after a sentence about its speaker (`free_standing_attribution`):
invented texts in several registers."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from analysis.extract.quotations.attribution import _main_clause_after_participle
from analysis.extract.quotations.lexicon import default_lexicon


@pytest.mark.parametrize("text, quote, speaker", [
    # a quotation that ends on a quote of its own, whose mark follows the full stop
    ("Ilse Varga said the guards had been warned twice. “The captain told us plainly: ‘Nobody sails tonight.’”",
     "The captain told us plainly: ‘Nobody sails tonight.’", "Ilse Varga"),
    # the sentence before reports its speaker in a tag set into it
    ("The second phase, Marr said, would require the port to pay its share. “The city has paid a lot for this "
     "bridge, and it wants a deal that lasts.”",
     "The city has paid a lot for this bridge, and it wants a deal that lasts.", "Marr"),
    ("The rebuild, the coach insisted, would take two seasons. “Nobody here expects a trophy in May.”",
     "Nobody here expects a trophy in May.", "the coach"),
])
def test_a_quoted_sentence_takes_the_speaker_of_the_sentence_before(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # the teller of a tag reports the whole sentence, a person named as its subject included
    ("Olga Marin runs a shipping agency. A visiting admiral, she added, would promise new cranes every spring. "
     "“Then he flies home and nothing arrives.”", "Then he flies home and nothing arrives.", "she"),
    ("The envoy spoke for an hour. Putin, she said, would never abandon Assad. “Moscow does not leave its friends.”",
     "Moscow does not leave its friends.", "she"),
    # a tag before the root, which the parser reads as its complement
    ("Ivo Tarn has watched the base for a decade. In 2017, he recalled, Putin announced a withdrawal and the jets "
     "flew home. “They were back within a month.”", "They were back within a month.", "he"),
])
def test_the_teller_of_a_tag_speaks_the_quoted_sentence_after_it(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a reporting verb with an object of its own is no tag
    ("In 2018, he recalled the date of the visit, Assad flew to Sochi. “It was a short trip.”",
     "It was a short trip.", "Assad"),
    # 'according to' is no tag with a teller
    ("Assad flew to Moscow in 2015. Putin, according to aides, received him warmly. “We will not let Damascus "
     "fall.”", "We will not let Damascus fall.", "Putin"),
])
def test_a_subject_keeps_the_quote_without_a_tag(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a host clause that reports its subject's words, in a clause of its own, is that subject's speech: the tag's
    # teller, a news agency or diplomats, only relays it
    ("The talks in Sochi ended early. Peskov, the agency said, insisted the drawdown would not weaken Damascus. "
     "“Our commitments remain.”", "Our commitments remain.", "Peskov"),
    ("The draft went to a vote on Friday. Nebenzia, diplomats said, warned the council that Moscow would veto it. "
     "“This text will not pass.”", "This text will not pass.", "Nebenzia"),
    ("Moscow answered within hours. Zakharova, RIA Novosti reported, accused Washington of shielding the rebels in "
     "Idlib. “Everyone knows who pays them.”", "Everyone knows who pays them.", "Zakharova"),
])
def test_the_subject_of_a_reporting_host_keeps_the_quote(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


def test_a_sentence_with_no_speaker_or_tag_gives_none(quotes_of):
    found = quotes_of("The second phase would require the port to pay its share. “The city has paid a lot.”")
    assert found["The city has paid a lot."].speaker is None


# 'Asked whether ferries ran, she smiled.' with the opening participle made the root, as the parser may
ASKED_WORDS = ["Asked", "whether", "ferries", "ran", ",", "she", "smiled", "."]
ASKED_PARSE = dict(heads=[0, 3, 3, 0, 6, 6, 3, 0],
                   deps=["ROOT", "mark", "nsubj", "ccomp", "punct", "nsubj", "advcl", "punct"],
                   pos=["VERB", "SCONJ", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"])


@pytest.mark.parametrize("subject, root_tag, found", [
    # the main clause the parser hung on the opening participle: its person subject is the participle's
    ("she", "VBN", ("smiled", "she")),
    ("she", "VBD", ("smiled", "she")),
    # near misses: a subject that is no person, and a root in the base form, an imperative ('Ask whether …')
    ("tide", "VBN", None),
    ("she", "VB", None),
])
def test_an_opening_participle_read_as_the_root_takes_the_main_clause_subject(nlp, subject, root_tag, found):
    words = ASKED_WORDS[:5] + [subject] + ASKED_WORDS[6:]
    tags = [root_tag, "IN", "NNS", "VBD", ",", "PRP" if subject == "she" else "NN", "VBD", "."]
    pos = ASKED_PARSE["pos"][:5] + ["PRON" if subject == "she" else "NOUN"] + ASKED_PARSE["pos"][6:]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, False, True, True, False, False],
              heads=ASKED_PARSE["heads"], deps=ASKED_PARSE["deps"], pos=pos, tags=tags,
              sent_starts=[True] + [False] * 7)
    clause = _main_clause_after_participle(doc[0], default_lexicon())
    assert (tuple(word.text for word in clause) if clause is not None else None) == found


@pytest.mark.parametrize("words, heads, deps, pos, tags, found", [
    # 'Asked whether troops left when she came, the town smiled.': 'when she came' is subordinate, and the main
    # clause's subject is no person
    (["Asked", "whether", "troops", "left", "when", "she", "came", ",", "the", "town", "smiled", "."],
     [0, 3, 3, 0, 6, 6, 3, 10, 9, 10, 3, 0],
     ["ROOT", "mark", "nsubj", "ccomp", "advmod", "nsubj", "advcl", "punct", "det", "nsubj", "advcl", "punct"],
     ["VERB", "SCONJ", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
     ["VBN", "IN", "NNS", "VBD", "WRB", "PRP", "VBD", ",", "DT", "NN", "VBD", "."], None),
    # 'Asked whether troops left, he smiled when bells rang.': the main clause comes first, its clause of time after
    (["Asked", "whether", "troops", "left", ",", "he", "smiled", "when", "bells", "rang", "."],
     [0, 3, 3, 0, 6, 6, 3, 9, 9, 6, 0],
     ["ROOT", "mark", "nsubj", "ccomp", "punct", "nsubj", "advcl", "advmod", "nsubj", "advcl", "punct"],
     ["VERB", "SCONJ", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
     ["VBN", "IN", "NNS", "VBD", ",", "PRP", "VBD", "WRB", "NNS", "VBD", "."], ("smiled", "he")),
    # 'Asked whether troops left if storms came, he smiled.': the parser hangs the 'if' of the clause before the comma,
    # and its subject, on the main verb; the main clause's own subject comes after the comma
    (["Asked", "whether", "troops", "left", "if", "storms", "came", ",", "he", "smiled", "."],
     [0, 3, 3, 0, 9, 9, 5, 9, 9, 3, 0],
     ["ROOT", "mark", "nsubj", "ccomp", "mark", "nsubj", "acl", "punct", "nsubj", "advcl", "punct"],
     ["VERB", "SCONJ", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"],
     ["VBN", "IN", "NNS", "VBD", "IN", "NNS", "VBD", ",", "PRP", "VBD", "."], ("smiled", "he")),
])
def test_a_subordinate_clause_after_an_opening_participle_is_no_main_clause(nlp, words, heads, deps, pos, tags, found):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              sent_starts=[True] + [False] * (len(words) - 1))
    clause = _main_clause_after_participle(doc[0], default_lexicon())
    assert (tuple(word.text for word in clause) if clause is not None else None) == found


def test_a_quoted_sentence_after_an_opening_participle_takes_the_main_clause_subject(quotes_of):
    text = ("Lena Voss runs the ferry desk. Asked whether the crossings would resume in May, she smiled. "
            "“We have enough boats.”")
    assert quotes_of(text)["We have enough boats."].speaker_name == "Lena Voss"
