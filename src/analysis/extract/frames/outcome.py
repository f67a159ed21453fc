"""A win or a victory (`support.effect_survival`) that the sentence does not state as won.

A win here is also ground won back ('retake', 'recapture', 'regain', 'reclaim', 'reconquer': FrameNet Conquering, the
codebook's cues of retaking): 'vowed to retake every province' is as unrealised as 'wants to win every province'.

Winning is an effect of Russia's support where the sentence asserts it ('Russian air power won Aleppo for Assad',
'a Russian victory'). Where the win is only an aim, an obligation, a refusal or a name, nothing has been won
(irrealis; Palmer 2001 on deontic and dynamic modality): it is the complement of a verb of wanting, trying or needing
('Assad wants to win back every province', 'before it has to win Idlib', 'hopes for a quick victory', 'is eager to win';
FrameNet Desiring, Attempt, Required_event, Commitment), of a negated verb ('will not let him win', 'never guaranteed
that it wins'), a win denied by 'no' ('no victory for Assad'), one said to be possible or impossible ('a military
victory is impossible'; Palmer 2001 on epistemic modality), an infinitival relative ('not a war to be won'), the
standard a thing is set against ('worth more than a quick victory', 'short of a government victory', 'wound down
rather than won'), or the name a verb of naming or describing gives ('can call it a victory', 'portrayed the deal as a
victory'; FrameNet Labeling, Communicate_categorization). A win denied in the main clause of a hypothetical whose
'without' names the help ('without Russia, Assad would not have won') is stated as won thanks to that help (Quirk et
al. 1985 §15.36). A relative clause describes its noun, so what governs that noun does not reach the win inside it
('sail home from a war it helped Assad win').
A win that is only the topic of talk or an aim, the 'of', 'for' or 'about' phrase of a word of speaking or aiming
('spoke of retaking the whole country', 'talk about winning', 'the goal of retaking Idlib'; FrameNet Statement and
Purpose, whose Topic or Goal is not an event that took place), and one that a verb of intending takes as its infinitive
('meant to retake every inch'), is not won either.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.frames.polarity import HYPOTHETICAL_MODAL_IDS, WITHOUT_ID

OUTCOME = "support.effect_survival"
WINNING_LEMMAS = frozenset({"win", "victory", "retake", "recapture", "regain", "reclaim", "reconquer"})
# Verbs, nouns and adjectives whose complement, object or 'for'/'of' phrase is wanted, attempted, needed or promised,
# not had (FrameNet Desiring, Attempt, Required_event, Commitment): 'wants a victory', 'hopes for a victory', 'the
# hope of victory', 'is eager to win', 'expects to win', 'promised Assad victory'.
WANTING_VERBS = frozenset({"want", "wish", "hope", "like", "try", "seek", "attempt", "aim", "intend", "plan", "prefer",
                           "need", "refuse", "expect", "promise", "pledge", "vow", "dream", "long", "yearn", "push",
                           "strive", "eager", "keen", "determined", "desperate", "anxious"})
WANTED_PREPOSITIONS = frozenset({"for", "of"})
# Words of speaking and of aiming whose 'of' or 'about' phrase is the topic talked of or the goal set, not an event
# that took place (FrameNet Statement, Topic; Purpose, Goal): 'spoke of retaking', 'talk about winning', 'the goal of
# retaking Idlib', 'his ambition of victory'.
TOPIC_WORDS = frozenset({"speak", "talk", "goal", "ambition"})
TOPIC_PREPOSITIONS = frozenset({"of", "about"})
# Verbs of intending that take the win as their infinitive only ('meant to retake', 'set out to win'); 'mean' with a
# finite clause is a verb of signifying ('this means the army can win'), which says nothing of aims.
INTENDING_VERBS = frozenset({"mean"})
# Lemmas the lemmatiser gets wrong for a word of wanting ('hopes' read as 'hop'), mapped to the word's lemma.
LEMMA_SLIPS = {"hop": "hope"}
# Adjectives of a copula that give its subject as possible or not, not as had (Palmer 2001, epistemic modality).
MODAL_ADJECTIVES = frozenset({"possible", "impossible", "likely", "unlikely", "achievable", "unachievable",
                              "unattainable", "attainable", "feasible", "unfeasible", "conceivable", "inconceivable"})
# 'have' of obligation, with an infinitive: 'has to win'.
OBLIGATION_VERBS = frozenset({"have"})
NAMING_VERBS = frozenset({"call", "term", "dub", "label"})
# Verbs that give their object a name or description in an 'as' phrase ('portrayed the deal as a victory'; FrameNet
# Labeling, Communicate_categorization).
DESCRIBING_VERBS = NAMING_VERBS | frozenset({"describe", "portray", "depict", "present", "characterise", "characterize",
                                             "cast", "bill", "tout", "brand", "frame", "paint", "spin", "sell"})
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
        return True  # 'frozen rather than won'
    if word.dep_ == "pcomp" and _of_a_topic(word):
        return True  # 'spoke of retaking the whole country', 'the goal of retaking Idlib'
    return _unrealised_clause(word)


def _of_a_topic(word: Token) -> bool:
    """Return True when `word` is the object of an 'of' or 'about' that hangs on a word of speaking or aiming (see
    `TOPIC_WORDS`), or of a 'for' or 'of' on a word of wanting: the win is what is talked of, aimed at or wanted."""
    preposition, governor = word.head, _governor(word.head)
    return word.dep_ in ("pobj", "pcomp") and (
        (preposition.lower_ in TOPIC_PREPOSITIONS and governor in TOPIC_WORDS)
        or (preposition.lower_ in WANTED_PREPOSITIONS and governor in WANTING_VERBS))


def _unrealised_noun(noun: Token) -> bool:
    """Return True when `noun` is denied by 'no' or said to be possible or not, or its phrase is the standard of a
    comparison, the name a verb of naming or describing gives ('call it a victory', 'portrayed it as a victory'), the
    object or 'for'/'of' phrase of a word of wanting ('wants a quick victory', 'hopes for a victory') or the object of
    a negated verb."""
    if any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children) or _modal_subject(noun):
        return True
    node = noun
    while True:
        if node.dep_ == "pobj" and (node.head.lower_ in STANDARD_MARKERS or (
                node.head.lower_ == "of" and node.head.head.lower_ in STANDARD_HEADS)):
            return True
        if node.dep_ == "pobj" and _governor(node.head) in (
                DESCRIBING_VERBS if node.head.lower_ == "as" else
                WANTING_VERBS if node.head.lower_ in WANTED_PREPOSITIONS else ()):
            return True  # 'portrayed the deal as a victory', 'hopes for a quick victory'
        if _of_a_topic(node):
            return True  # 'the goal of victory', 'talk about victory'
        if node.dep_ not in PHRASE_DEPS or node.head.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    verb = node.head
    if node.dep_ not in OBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return False
    return (_lemma(verb) in NAMING_VERBS and node.dep_ == "oprd") or _lemma(verb) in WANTING_VERBS or (
        _unrealised_clause(verb))


def _unrealised_clause(verb: Token) -> bool:
    """Return True when `verb`, or a verb whose complement clause holds it, is negated, is a verb of wanting, trying or
    needing, or is 'have' of obligation; the climb stops at any other clause (a relative clause describes its noun)."""
    node = verb
    while True:
        if any(child.dep_ == "neg" for child in node.children) and not _counterfactual(node):
            return True
        complement = node.dep_ in COMPLEMENT_DEPS or (node.dep_ == "advcl" and _infinitive(node))
        if not complement or node.head.i == node.i:
            return False
        head = _lemma(node.head)
        if head in WANTING_VERBS or (head in OBLIGATION_VERBS | INTENDING_VERBS and _infinitive(node)):
            return True
        node = node.head


def _governor(preposition: Token) -> str:
    """Return the lemma of the word a preposition's phrase hangs on, in lower case."""
    return _lemma(preposition.head) if preposition.dep_ == "prep" else ""


def _lemma(token: Token) -> str:
    """Return the token's lemma in lower case, with the lemmatiser's slips on words of wanting put right."""
    lemma = token.lemma_.lower()
    return LEMMA_SLIPS.get(lemma, lemma)


def _modal_subject(noun: Token) -> bool:
    """Return True for the subject of a copula whose complement gives it as possible or not ('a victory is
    impossible'), not in the main clause of a hypothetical ('the victory would have been impossible without Russia')."""
    return noun.dep_ == "nsubj" and not _counterfactual(noun.head) and any(
        child.dep_ == "acomp" and child.lemma_.lower() in MODAL_ADJECTIVES for child in noun.head.children)


def _counterfactual(verb: Token) -> bool:
    """Return True for the main clause of a hypothetical whose condition is a 'without' phrase ('without Russia, Assad
    would not have won'): the clause denies what would have followed had the help been missing."""
    return any(child.dep_ == "prep" and child.lower == WITHOUT_ID for child in verb.children) and any(
        child.dep_ == "aux" and child.lower in HYPOTHETICAL_MODAL_IDS for child in verb.children)


def _infinitive(verb: Token) -> bool:
    """Return True for a verb marked by infinitival 'to'."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
