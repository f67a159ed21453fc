"""A paragraph that opens with a demonstrative subject ('That reluctance ...') or with a coordinator ('But ...', 'Nor
...') takes up the limit of the paragraph before it (`cohesion.opens_with_encapsulation`,
`cohesion.opens_with_conjunction`, hooked into the coder's continued limit); on invented sentences in several
registers (a column, a wire story, a blog post, an analysis)."""

from __future__ import annotations

import pytest

from analysis.extract.frames.cohesion import opens_with_conjunction, opens_with_encapsulation
from analysis.nlp.arrays import ParseArrays
from tests.extract.frames.conftest import last_sentence_codes


@pytest.mark.parametrize("text, expected", [
    ("That reluctance has a long history.", True),
    ("This is the heart of the matter.", True),
    ("“Those terms were new to everyone in the room.", True),
    # a complementiser, an object, or a demonstrative that is not the subject
    ("That the envoy stayed home surprised nobody.", False),
    ("The minister repeated that point twice.", False),
    ("In that year the harbour was dredged.", False),
    # the subject of a reported clause, not of the main one
    ("This is a sharp change, analysts said.", False),
])
def test_a_demonstrative_subject_opens_an_encapsulation(nlp, text, expected):
    doc = nlp(text)
    assert opens_with_encapsulation(doc[:], ParseArrays(doc)) is expected


@pytest.mark.parametrize("text, limits", [
    # a column: the refusal of the paragraph before, labelled
    ("The Kremlin has refused to pay for rebuilding the Syrian government's ruined cities.\n\n"
     "That decision will shape the next decade.", True),
    # a wire story: the limit summed up by a demonstrative pronoun
    ("Russian officials said Moscow could no longer afford to keep its squadrons in Syria.\n\n"
     "This is a sharp change from last year.", True),
    # a blog post: a new paragraph with a subject of its own continues nothing
    ("The Kremlin has refused to pay for rebuilding the Syrian government's ruined cities.\n\n"
     "Farmers near the river planted wheat again this spring.", False),
])
def test_a_labelling_paragraph_continues_the_limit_before_it(nlp, text, limits):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limits


@pytest.mark.parametrize("text, expected", [
    ("But the envoys came home empty-handed.", True),
    ("Nor did the ministry say when the convoy would sail.", True),
    ("\u201cAnd then the phones went quiet.", True),
    # the first word of a correlative pair, a sentence adverb, a conjunction inside the sentence
    ("Both the harbour and the airfield were quiet.", False),
    ("However, the envoys came home empty-handed.", False),
    ("The envoys came home, but the convoy sailed.", False),
])
def test_a_coordinator_opens_a_conjunction(nlp, text, expected):
    doc = nlp(text)
    assert opens_with_conjunction(doc[:], ParseArrays(doc)) is expected


@pytest.mark.parametrize("text, limits", [
    # an analysis: a new paragraph joined on by an adversative or a negative additive coordinator
    ("Moscow has refused to send more bombers to the Syrian government's air bases.\n\n"
     "Yet its envoys still talk as if nothing had changed.", True),
    ("The Kremlin can no longer afford to rebuild the Syrian government's ruined cities.\n\n"
     "Nor did its envoys say so in Damascus.", True),
    # a wire story: the coordinator's sentence is about another actor, so the centre shifts
    ("Moscow has refused to send more bombers to the Syrian government's air bases.\n\n"
     "But Turkey moved its artillery closer to the border.", False),
    # Assad's side or his opponents as the actor, or support stated by a Russian named there: a new point of the war
    ("Moscow has refused to send more bombers to the Syrian government's air bases.\n\n"
     "But Assad flew to Moscow in 2015 to thank Putin.", False),
    ("Moscow has refused to send more bombers to the Syrian government's air bases.\n\n"
     "Yet the rebels held on in Idlib.", False),
    ("Moscow has refused to send more bombers to the Syrian government's air bases.\n\n"
     "And the Syrian army retook Aleppo.", False),
    ("Moscow has refused to send more bombers to the Syrian government's air bases.\n\n"
     "And Russian jets struck rebel positions.", False),
])
def test_a_conjoined_paragraph_continues_the_limit_before_it(nlp, text, limits):
    assert bool(last_sentence_codes(nlp, text, "limits")) is limits
