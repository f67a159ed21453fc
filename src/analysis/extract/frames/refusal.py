"""A refusal whose refuser, its subject, is neither Russia nor Assad's side ('the jury rejected the account').

A verb of refusing is predicated of its subject, the one who refuses (FrameNet Agree_or_refuse_to_act, its Speaker;
Palmer 2001 on subject-oriented modality). The codebook's refusal is a two-party code: Russia turning down Assad, or
Assad's side turning Russia down ('Damascus said no'). A refusal whose subject is another actor ('Ankara refused the
offer') or a noun phrase that names no one before it and neither a Russian nor Assad's side ('residents reject that
account', 'a court turned the motion down') is a third party's, whatever Russia the paragraph names. A pronoun subject
and a definite description ('the envoy', 'the ministry', 'its diplomats'), which may take up a Russian named earlier
(Quirk et al. 1985 §5.26, anaphoric 'the'), are left to the resolution of their referent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from analysis.extract.frames.agents import ASSAD, DEFINITES, OTHER, shared_subject

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene

REFUSAL = "limits.refusal"


def refused_by_a_third_party(code_id: str, cue: Span, scene: "Scene") -> bool:
    """Return True for a refusal cue headed by a verb whose subject names no Russian
    (`Scene.subject_names_no_russian`) and nothing of Assad's side, and is either another actor (`Scene.side_of`) or
    a noun phrase with no definite determiner or possessor; False otherwise."""
    verb = cue.root
    if code_id != REFUSAL or verb.pos_ != "VERB":
        return False
    subject = shared_subject(verb)
    if subject is None or subject.pos_ == "PRON" or not scene.subject_names_no_russian(verb):
        return False
    if scene.side_of(subject) != OTHER and _definite(subject):
        return False  # 'the ambassador', 'the ministry': may take up a Russian named before
    phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
    return not any(i in scene.assad or scene.side_of(scene.doc[i]) == ASSAD for i in phrase)


def _definite(noun: Token) -> bool:
    """Return True when `noun` has a definite determiner or a possessor ('the envoy', 'its ministry')."""
    return any(child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in DEFINITES) for child in noun.children)
