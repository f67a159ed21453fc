"""A win or a victory (`support.effect_survival`) that the sentence does not state as won.

Winning is an effect of Russia's support where the sentence asserts it ('Russian air power won Aleppo for Assad',
'a Russian victory'). Where the win is only an aim, an obligation, a refusal or a name, nothing has been won
(irrealis; Palmer 2001 on deontic and dynamic modality): it is the complement of a verb of wanting, trying or needing
('Assad wants to win the whole war', 'before it has to win Idlib'; FrameNet Desiring, Attempt, Required_event), of a
negated verb ('will not let him win', 'never guaranteed that it wins'), an infinitival relative ('not a war to be
won'), the standard a thing is set against ('worth more than a quick victory', 'short of a government victory',
'wound down rather than won'), or the name a verb of naming gives ('can call it a victory'; FrameNet
Labeling). A relative clause describes its noun, so what governs that noun does not reach the win inside it ('fly
away from the war it helped Assad win').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

OUTCOME = "support.effect_survival"
WINNING_LEMMAS = frozenset({"win", "victory"})
# Verbs whose complement or object is wanted, attempted or needed, not had (FrameNet Desiring, Attempt,
# Required_event).
WANTING_VERBS = frozenset({"want", "wish", "hope", "like", "try", "seek", "attempt", "aim", "intend", "plan", "prefer",
                           "need", "refuse"})
# 'have' of obligation, with an infinitive: 'has to win'.
OBLIGATION_VERBS = frozenset({"have"})
NAMING_VERBS = frozenset({"call", "term", "dub", "label"})
# How a complement clause hangs on the verb that governs it; an adverbial clause only as an infinitive ('pay for him
# to win'), not a clause of time or reason ('did not leave until the army had won').
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# How a noun hangs inside a larger noun phrase or a preposition's phrase, and how that phrase is its verb's object.
PHRASE_DEPS = frozenset({"pobj", "prep", "conj", "appos", "compound"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
RELATIVE_DEPS = frozenset({"relcl", "acl"})
# The standard of a comparison or a preference: 'than a quick victory', 'rather than', 'short of', 'instead of'
# (Quirk et al. 1985 §15.63 on comparison, §13.43 on 'rather than').
STANDARD_MARKERS = frozenset({"than", "rather"})
STANDARD_HEADS = frozenset({"short", "instead"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def unrealised_win(code_id: str, cue: Span) -> bool:
    """Return True for a win or victory cue that is wanted, needed, refused, denied, set against another outcome or
    only named, not stated as won; False for any other cue."""
    word = cue.root
    if code_id != OUTCOME or word.lemma_.lower() not in WINNING_LEMMAS:
        return False
    if word.pos_ in NOUN_TAGS:
        return _unrealised_noun(word)
    if word.dep_ in RELATIVE_DEPS and _infinitive(word):
        return True  # 'a war to be won'
    if word.dep_ == "conj" and any(child.dep_ == "cc" and child.lower_ in STANDARD_MARKERS and child.i < word.i
                                   for child in word.head.children):
        return True  # 'wound down rather than won'
    return _unrealised_clause(word)


def _unrealised_noun(noun: Token) -> bool:
    """Return True when the phrase of `noun` is the standard of a comparison, the name a verb of naming gives ('call it
    a victory'), or the object of a verb of wanting or of a negated verb ('wants a quick victory')."""
    node = noun
    while True:
        if node.dep_ == "pobj" and (node.head.lower_ in STANDARD_MARKERS or (
                node.head.lower_ == "of" and node.head.head.lower_ in STANDARD_HEADS)):
            return True
        if node.dep_ not in PHRASE_DEPS or node.head.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    verb = node.head
    if node.dep_ not in OBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return False
    return (verb.lemma_.lower() in NAMING_VERBS and node.dep_ == "oprd") or verb.lemma_.lower() in WANTING_VERBS or (
        _unrealised_clause(verb))


def _unrealised_clause(verb: Token) -> bool:
    """Return True when `verb`, or a verb whose complement clause holds it, is negated, is a verb of wanting, trying or
    needing, or is 'have' of obligation; the climb stops at any other clause (a relative clause describes its noun)."""
    node = verb
    while True:
        if any(child.dep_ == "neg" for child in node.children):
            return True
        complement = node.dep_ in COMPLEMENT_DEPS or (node.dep_ == "advcl" and _infinitive(node))
        if not complement or node.head.i == node.i:
            return False
        head = node.head.lemma_.lower()
        if head in WANTING_VERBS or (head in OBLIGATION_VERBS and _infinitive(node)):
            return True
        node = node.head


def _infinitive(verb: Token) -> bool:
    """Return True for a verb marked by infinitival 'to'."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
