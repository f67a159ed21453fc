"""'Stop' or 'cease' with nothing stopped that does not close its clause (`limits.reluctance`).

The codebook reads a finite 'stop' or 'cease' with no object as the end of the activity the sentence before names
('bombed for a week, and then they stopped'; FrameNet Activity_stop, its Activity left to the context). That holds
only where the clause closes on the verb or a new clause with a subject of its own follows ('they stopped, and the
regime fell back'). A verb that goes on to others without a new subject is a halt in a run of acts ('stopped and
searched the convoy', 'stopped, questioned and released him', 'stopped and then resumed'), and a comma aside before an
infinitive leaves the activity named after all ('ceased, for a time, to comment').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.frames.agents import CLAUSE_SUBJECT_DEPS, _has_own_subject

STOP_VERBS = frozenset({"stop", "cease"})
# The marks and coordinators after the verb that the codebook's pattern accepts before a new clause.
CLAUSE_LINKS = frozenset({",", "and", "but"})
# How far past the link a new clause's subject may come ('and then, a week later, they ...' is rare; 'and the regime').
SUBJECT_WINDOW = 4


def stop_goes_on(cue: Span) -> bool:
    """Return True when the cue is 'stop' or 'cease' with the mark after it and the verb goes on (see module doc): it
    has an infinitive, or a coordinated verb without a subject of its own, or the ',', 'and' or 'but' after it is not
    followed by a new subject."""
    verb, link = cue[0], cue[-1]
    if len(cue) != 2 or verb.norm_ not in STOP_VERBS or not (link.is_punct or link.pos_ == "CCONJ"):
        return False
    if any(child.dep_ == "xcomp" or (child.dep_ == "conj" and child.pos_ == "VERB" and not _has_own_subject(child))
           for child in verb.children):
        return True
    if link.lower_ == "," and not any(token.pos_ in ("VERB", "AUX") for token in link.doc[link.i + 1:link.sent.end]):
        return False  # 'Then they stopped, for good': a comma with no verb after it closes the clause
    return link.lower_ in CLAUSE_LINKS and not _subject_follows(link)


def _subject_follows(link: Token) -> bool:
    """Return True when a subject comes within `SUBJECT_WINDOW` tokens after `link`, in its sentence."""
    end = min(link.i + 1 + SUBJECT_WINDOW, link.sent.end)
    return any(token.dep_ in CLAUSE_SUBJECT_DEPS for token in link.doc[link.i + 1:end])
