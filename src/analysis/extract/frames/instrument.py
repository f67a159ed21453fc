"""Assad as the instrument of someone other than Russia, denied to be one, or a noun of instruments in another sense.

`limits.instrument` reads Assad's side, said to be a means, tool, pawn or tenant, as Russia's instrument ('to
Moscow the president was only ever a means'). The user of an instrument is named by the complement's possessor or its 'of'
phrase ('Iran's proxy', 'a puppet of Tehran'), the subjective genitive, or by a 'for' phrase of the clause ('For
Tehran, Assad was a pawn'), the 'for' of the person concerned (Quirk et al. 1985, ch. 5 and 9); a 'for' on the
complement gives its purpose ('the vehicle for those goals'). Where that user is not Russian, the instrument is
another power's, and no limit of Russia's support. An 'of' phrase that names no actor at all gives the noun another
sense ('the main tool of repression', 'the tenant of a palace'): the complement names what Assad's side does or
holds, not who uses it. A complement denied by its determiner ('Assad is no puppet') says he is not one ('no' as a
negative determiner: Quirk et al. 1985, ch. 10). A subject that is Russia's or another party's ('He', taken up from
Putin; 'Turkey's government') is no Assad said to be an instrument.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.frames.agents import ASSAD, RUSSIA, Scene

# The codebook's code of Assad's side as Russia's instrument (checked at load: `coder.NAMED_CODES`).
INSTRUMENT = "limits.instrument"
# Prepositions that name the user of an instrument: 'of' on the complement ('a tool of Tehran'), 'for' on the clause
# ('For Tehran, Assad was a pawn'); a 'for' on the complement gives its purpose ('the vehicle for those goals').
USER_OF, USER_FOR = "of", "for"
# How the subject hangs on the copula.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The determiner that denies the complement ('no puppet'; 'never a pawn' is an adverb, left to `Polarity`).
NEGATIVE_DETERMINER = "no"


def not_russias_instrument(cue: Span, scene: Scene) -> bool:
    """Return True when the instrument the cue names is another party's ('a puppet of Tehran', 'Iran's proxy', 'For
    Tehran, Assad was a pawn'), is denied ('no puppet') or an 'of' phrase naming no actor gives it another sense ('a
    tool of repression'), or its subject is not Assad's side ('He' taken up from Putin, 'Turkey's government')."""
    complement = cue[-1]
    subject = next((child for child in complement.head.children if child.dep_ in SUBJECT_DEPS), None)
    owners = [subject, *(child for child in subject.children if child.dep_ == "poss")] if subject is not None else []
    if any(scene.side_of(owner) not in (None, ASSAD) for owner in owners):
        return True
    if any(child.dep_ == "det" and child.lower_ == NEGATIVE_DETERMINER for child in complement.children):
        return True
    for child in complement.children:
        if child.dep_ == "poss" and scene.side_of(child) not in (None, RUSSIA):
            return True
        if child.dep_ == "prep" and child.lower_ == USER_OF and _user(child, scene) != RUSSIA:
            return True
    return any(child.dep_ == "prep" and child.lower_ == USER_FOR and _user(child, scene) not in (None, RUSSIA)
               for child in complement.head.children)


def _user(preposition: Token, scene: Scene) -> str | None:
    """Return the side of the actor a preposition's object names ('of Tehran'), None for none ('of repression')."""
    return scene.side_of(next((child for child in preposition.children if child.dep_ == "pobj"), None))
