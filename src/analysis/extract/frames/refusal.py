"""A refusal whose refuser, its subject, is neither Russia nor Assad's side ('the jury rejected the account').

A verb of refusing is predicated of its subject, the one who refuses (FrameNet Agree_or_refuse_to_act, its Speaker;
Palmer 2001 on subject-oriented modality). The codebook's refusal is a two-party code: Russia turning down Assad, or
Assad's side turning Russia down ('Damascus said no'). A refusal whose subject is a noun phrase that names neither a
Russian nor Assad's side ('residents reject that account', 'the judge refused permission', 'the paper rejects the
objection') is a third party's, whatever Russia the paragraph names. A pronoun subject is left to the resolution of
its referent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, shared_subject

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene

REFUSAL = "limits.refusal"


def refused_by_a_third_party(code_id: str, cue: Span, scene: "Scene") -> bool:
    """Return True for a refusal cue headed by a verb whose subject is a noun phrase that names no Russian
    (`Scene.subject_names_no_russian`) and nothing of Assad's side; False otherwise."""
    verb = cue.root
    if code_id != REFUSAL or verb.pos_ != "VERB":
        return False
    subject = shared_subject(verb)
    if subject is None or subject.pos_ == "PRON" or not scene.subject_names_no_russian(verb):
        return False
    phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
    return not any(i in scene.assad or scene.side_of(scene.doc[i]) == ASSAD for i in phrase)
