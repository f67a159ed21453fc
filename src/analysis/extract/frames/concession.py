"""Support granted, then bounded: a clause that the adversative 'but' sets against the support a sentence states.

'But' joins a second clause that runs against what the first leads one to expect (Quirk et al. 1985, ch. 13, the
coordinator 'but'; Halliday & Hasan 1976, ch. 5, adversative conjunction). After a clause of Russian support the
second clause bounds it: 'Moscow held the umbrella over Damascus, but it decided where the holes went', 'Russian jets
struck the rebels' lines, but there were too few of them', 'the Kremlin guards him at the Council, but it will not pay
for his army'. The sentence states a limit (`limits.commitment`, support that is bounded) when
- its support is stated before the 'but', and none after it: a second clause of support ('..., but that did not stop
  Moscow arming him') affirms the support rather than bounding it;
- 'but' coordinates a clause or a predicate (a verb or an auxiliary as the second conjunct); between nouns it corrects
  or restricts a phrase ('not the rebels but the army'), with no clause set against the support;
- it is not the second half of 'not only ... but' (or 'not just', 'not merely'), which adds to the first clause;
- neither clause's subject is another actor or Assad's opponents ('Moscow said it was bombing the jihadists, but the
  rebels said the bombs fell on them', 'Israeli officials played the delivery down but conceded ...'): one account is
  set against another, or another's view against itself, not a bound against the support. A second predicate with no
  subject of its own shares the first's (Quirk et al. 1985 §13.5, coordinated predicates).

The adversative works across a sentence boundary too (Halliday & Hasan 1976, ch. 5: conjunction is a cohesive relation
between sentences): a sentence that opens with 'But' or 'Yet' right after a sentence that grants Russian support (its
means or acts, tied to Russia in that sentence), and states no limit of its own, sets itself against that support
('Moscow kept the radars running. Yet the batteries stayed silent when the drones came.'; see
`opens_against_what_went_before` and the coder). 'But for', a preposition ('but for the jets' is 'without the jets';
Quirk et al. 1985 §9.59), opens a condition, not a contrast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from analysis.extract.frames.agents import OTHER, Scene, shared_subject

if TYPE_CHECKING:
    from analysis.nlp.arrays import ParseArrays

# The code of support that is bounded (checked at load: `coder.NAMED_CODES`).
CONCESSION = "limits.commitment"
BUT = frozenset({get_string_id("but")})
NOT = get_string_id("not")
# Focusing adverbs that make 'not ... but' additive (Quirk et al. 1985, ch. 13, the correlative 'not only ... but also').
ADDITIVE_FOCUS = frozenset(get_string_id(word) for word in ("only", "just", "merely", "simply"))
CLAUSE_POS = frozenset({"VERB", "AUX"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
CONJUNCT_DEPS = frozenset({"conj"})
# The adversative conjunctions that open a sentence against the one before (Halliday & Hasan 1976, ch. 5).
ADVERSATIVE_OPENERS = frozenset(get_string_id(word) for word in ("but", "yet"))
FOR = get_string_id("for")


def adversative_after_support(span: Span, scene: Scene, *, support: Sequence[tuple[int, int]]) -> Token | None:
    """Return the first 'but' of `span` that sets a clause against the support stated before it (see the module), or
    None; `support` holds the character offsets of the sentence's support cues."""
    parse = scene.parse
    for but in parse.lemma_ids_between(BUT, span.start + 1, span.end):
        at = span.doc[but].idx
        if (parse.dep[but] != "cc" or not any(end <= at for _, end in support)
                or any(start > at for start, _ in support) or _additive(span.start, but, parse)):
            continue
        conjunct = next((child for child in parse.children(parse.head[but])
                         if child > but and parse.dep[child] == "conj"), None)
        if conjunct is None or parse.pos[conjunct] not in CLAUSE_POS:
            continue
        subjects = (shared_subject(span.doc[clause], subjects=SUBJECT_DEPS, through=CONJUNCT_DEPS)
                    for clause in (parse.head[but], conjunct))
        if not any(subject is not None and scene.bearer_side_at(subject.i) == OTHER for subject in subjects):
            return span.doc[but]
    return None


def _additive(start: int, but: int, parse: "ParseArrays") -> bool:
    """Return True when 'not only', 'not just' or the like comes between token `start` and the 'but' at `but`."""
    return any(parse.lower[i] in ADDITIVE_FOCUS and parse.lower[i - 1] == NOT for i in range(start + 1, but))


def opens_against_what_went_before(span: Span, parse: "ParseArrays") -> Token | None:
    """Return the 'But' or 'Yet' that opens `span` (an opening quotation mark passed over), or None; not the
    preposition of 'But for ...'."""
    first = span.start + 1 if span[0].is_quote and len(span) > 1 else span.start
    if parse.lower[first] not in ADVERSATIVE_OPENERS or first + 1 >= span.end or parse.lower[first + 1] == FOR:
        return None
    return span.doc[first]
