"""Verbs whose negation states no reluctance (`resources/negated_verbs.csv`), shared by every negated-verb pattern of
`limits.reluctance` ('would not send', 'did not intervene', 'has not sent', 'nobody in Moscow wants').

A negated negative affirms ('did not hesitate', 'never wavered'; Horn 1989, *A Natural History of Negation*, on double
negation), a denied ending keeps the activity going ('did not stop'), and a negated verb of thinking or answering
bears on what is thought or said, not on an act done for Assad ('did not think', 'would not comment'). A negated verb
of giving way is steadfastness ('did not back down', 'never budged'), and a negated verb of condemning, admitting or
recognising spares Assad's side or Russia itself ('did not condemn the shelling', 'never admitted the strike'). A
negated verb of changing states that what it governs stays as it was ('has not changed its line on Damascus', 'does not
alter its course'; FrameNet Cause_change, Undergo_change): continuity, not reluctance.

A negative imperative ('Do not rely on them', 'Don't write that Moscow backed him'; Quirk et al. 1985 §11.25, 'do not'
before the base form, with no subject) tells the reader or hearer what not to do: no reluctance of anyone's in the text,
unless a Russian speaker says it of its own means ('"Do not count on our jets," the envoy told Damascus'; the coder
keeps those, tied to their speaker).

Outside the verbs of knowing, whose negation is raised from the clause they govern ('did not think Moscow would send
jets' is a belief that it would not; Horn 1989, ch. 5, neg-raising), and of ending, the negation of a listed verb is spent on that verb,
and a support cue the verb governs keeps its polarity ('never wavered in its backing'; see `polarity`).
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Span, Token

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import read_resource_table, resource_loader
from analysis.errors import InputError

NEGATED_VERBS_FILE = RESOURCES_DIR / "negated_verbs.csv"
NEGATED_VERB_COLUMNS = ("term", "class", "note")
CHANGING = "changing"
NEGATED_VERB_CLASSES = ("negative", "ending", "knowing", "responding", "yielding", "judging", CHANGING)
# Classes whose negation is not spent on the verb itself: knowing, raised from the clause the verb governs (Horn 1989,
# ch. 5), and ending, which `polarity` decides by the owner of what ends ('did not stop the missiles' may hinder them).
UNSPENT_CLASSES = frozenset({"knowing", "ending"})
# The particles a listed phrasal verb may end in ('back down', 'give in'; Quirk et al. 1985 §16.3).
PARTICLES = frozenset({"down", "in", "away", "off", "out", "up", "back", "over"})
# The words by which a reluctance pattern negates its verb: 'not', 'never', 'cannot', a negative pronoun subject.
NEGATORS = frozenset({"not", "n't", "never", "cannot", "nobody", "none", "no"})
# The operator and negation that open a negative imperative ('do not', 'don't'; Quirk et al. 1985 §11.25).
IMPERATIVE_OPERATOR, IMPERATIVE_NEGATIONS = "do", frozenset({"not", "n't"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
BASE_FORM = "VB"


def read_negated_verb_classes(path: Path | None = None) -> dict[str, str]:
    """Return the verbs listed in `path` (a lemma, or a phrasal verb's lemma and particle: 'back down'), each with its
    class. Raises InputError naming every bad row."""
    path = Path(path or NEGATED_VERBS_FILE)
    rows, problems = read_resource_table(path, columns=NEGATED_VERB_COLUMNS, where=path.name)
    classes: dict[str, str] = {}
    for line_no, row in rows:
        where = f"{path.name} line {line_no} ('{row['term']}')"
        term = row["term"].strip()
        words = term.split(" ")
        if (not term or term != term.lower() or term in classes or len(words) > 2
                or (len(words) == 2 and words[1] not in PARTICLES)):
            problems.append(f"{where}: term must be one lower-case word or a verb and its particle "
                            f"({', '.join(sorted(PARTICLES))}), non-empty and unique")
        elif row["class"] not in NEGATED_VERB_CLASSES:
            problems.append(f"{where}: class must be one of {', '.join(NEGATED_VERB_CLASSES)}")
        else:
            classes[term] = row["class"]
    if problems:
        raise InputError(problems)
    return classes


def read_negated_verbs(path: Path | None = None) -> frozenset[str]:
    """Return the verbs listed in `path`. Raises InputError naming every bad row."""
    return frozenset(read_negated_verb_classes(path))


@resource_loader()
def _default_classes() -> dict[str, str]:
    """Return the verbs in `NEGATED_VERBS_FILE` with their classes, read once for all the sets below."""
    return read_negated_verb_classes()


@resource_loader()
def default_negated_verbs() -> frozenset[str]:
    """Return the verbs in `NEGATED_VERBS_FILE`."""
    return frozenset(_default_classes())


@resource_loader()
def default_spending_verbs() -> frozenset[str]:
    """Return the verbs in `NEGATED_VERBS_FILE` whose negation is spent on themselves: all but `UNSPENT_CLASSES`."""
    return frozenset(term for term, cls in _default_classes().items() if cls not in UNSPENT_CLASSES)


@resource_loader()
def default_yielding_verbs() -> frozenset[str]:
    """Return the verbs of giving way in `NEGATED_VERBS_FILE` ('yield', 'budge', 'back down', 'give in')."""
    return frozenset(term for term, cls in _default_classes().items() if cls == "yielding")


@resource_loader()
def default_changing_verbs() -> frozenset[str]:
    """Return the verbs of changing in `NEGATED_VERBS_FILE` ('change', 'alter', 'reverse')."""
    return frozenset(term for term, cls in _default_classes().items() if cls == CHANGING)


def is_phrasal_yielding(verb: Token) -> bool:
    """Return True when `verb` with its particle is a listed phrasal verb of giving way ('backed down', 'gave in'): a
    verb of giving way, not the verb of help its lemma alone is ('back', 'give'; Quirk et al. 1985 §16.3)."""
    return any(form in default_yielding_verbs() for form in verb_forms(verb)[1:])


def verb_forms(verb: Token) -> tuple[str, ...]:
    """Return the lower-case lemma of `verb` and, if it has a particle, the lemma with it ('back', 'back down')."""
    lemma = verb.lemma_.lower()
    particle = next((child.lower_ for child in verb.children if child.dep_ == "prt"), None)
    return (lemma, f"{lemma} {particle}") if particle else (lemma,)


def negates_a_listed_verb(cue: Span, verbs: frozenset[str]) -> bool:
    """Return True when the cue ends in a verb listed in `verbs` (see `verb_forms`), negated within the cue ('did not
    hesitate', 'did not back down', 'nobody in Moscow expects'): no reluctance. A verb of changing counts only with a
    negation of its own, a negator among its dependents ('has not changed'): a noun of change misread as the verb
    ('nobody talks about regime change') is no denied change."""
    verb = cue[-1]
    forms = verb_forms(verb)
    if verb.pos_ != "VERB" or not any(form in verbs for form in forms):
        return False
    if not default_changing_verbs().isdisjoint(forms):
        return any(child.lower_ in NEGATORS for child in verb.children)
    return any(token.lower_ in NEGATORS for token in cue[:-1])


def denies_a_listed_verb(cue: Span, verbs: frozenset[str]) -> bool:
    """Return True when the cue's root is a verb listed in `verbs` with a negation of its own ('never hesitated', 'did
    not hesitate'): a negated negative, no limit even for a code that keeps its negated cues."""
    root = cue.root
    return (root.pos_ == "VERB" and any(form in verbs for form in verb_forms(root))
            and any(child.dep_ == "neg" for child in root.children))


def is_negative_imperative(cue: Span) -> bool:
    """Return True when the cue opens its sentence (after any quotation mark) with 'do not' or 'don't' and a base-form
    verb with no subject ('Do not rely on them'): an instruction to the reader, no reluctance."""
    opening = next((token for token in cue.sent if not (token.is_quote or token.is_punct or token.is_space)), None)
    verb = cue.root
    return (len(cue) > 2 and opening is not None and opening.i == cue.start and cue[0].lower_ == IMPERATIVE_OPERATOR
            and cue[1].lower_ in IMPERATIVE_NEGATIONS and is_subjectless_base_form(verb))


def is_subjectless_base_form(verb: Token, blocking_deps: frozenset[str] = SUBJECT_DEPS) -> bool:
    """Return True when `verb` is in the base form with no child on `blocking_deps` (by default no subject): the verb
    of an imperative (Quirk et al. 1985 §11.23-11.26)."""
    return verb.tag_ == BASE_FORM and not any(child.dep_ in blocking_deps for child in verb.children)
