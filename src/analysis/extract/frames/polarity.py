"""Polarity and modality: the words that turn a support cue into a limit (`resources/framing_modifiers.csv`).

Each modifier has a class (negation, ending, inability, refusal, reluctance, restriction,
condition, priority, modality, additive, degree, certainty, decrease, departure, prevention,
permission, relinquishing), an attachment and an effect:
- `dependent`: a word attached to the cue or to the verb that governs it ('would *not* send
  troops', '*no* troops', 'has *no longer* backed', '*only* air power'), a negative pronoun
  as the subject of that verb ('*nobody* expects Moscow to pull out') or 'nor' opening its clause,
  said of the cue as its predicative complement ('the strikes were *few*'), or focusing its
  quantifier ('*only* so many jets');
- `governor`: a word whose complement holds the cue ('*stopped* striking', '*refused* to rescue',
  '*unable* to save', 'its *inability* to rein in');
- `clause`: a subordinator opening a clause that conditions the cue ('will help *as long as* …',
  'protected *for as long as* …'); a cue inside the conditional clause itself is not conditioned, and
  a word heading a clause of its own is no subordinator ('the help they had *provided*');
- `subject`: a verb of decrease or departure, not negated, whose subject is the cue ('the contingent
  *shrank*', 'the squadrons *left*'; not 'the troops did not leave'), or its participle after the cue
  ('a dozen jets *left* in Syria', 'troops *leaving* Syria');
- `scope`: a subordinator opening the very clause that holds the cue, an open question over it
  ('asked *whether* Moscow would send jets');
- `turns`: the support becomes a limit; `bounds`: the support stands and a limit is added;
  `none`: the phrase blocks a shorter modifier inside it ('not only', 'not in question'); `keeps`:
  a negation on this word leaves the support standing, a negated negative ('will not *let* Damascus fall',
  'will not *hand* him over').
A modifier that is itself negated ('did not stop backing') does not count, nor does one on a comparative
whose standard holds the cue ('no better than its airstrikes'), nor anything above a 'without' that opens
the condition of a hypothetical clause ('without Russian bombers Damascus would have lost the province'); two negations
that both turn one cue cancel ('never advanced without Russian air cover'). A modifier on a
clause above the cue's own ('it is *not* clear that Moscow will send jets') bounds the support
rather than turning it.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from analysis.config import RESOURCES_DIR
from analysis.errors import InputError
from analysis.nlp.matching import LemmaPhraseMatcher

MODIFIERS_FILE = RESOURCES_DIR / "framing_modifiers.csv"
MODIFIER_COLUMNS = ("term", "class", "attach", "effect", "code", "note")
ATTACHMENTS = ("dependent", "governor", "clause", "subject", "scope")
EFFECTS = ("turns", "bounds", "none", "keeps")
TURNS, BOUNDS, NONE, KEEPS = "turns", "bounds", "none", "keeps"
NEGATION, RESTRICTION = "negation", "restriction"
# How the cue reaches the verb (or noun) that governs it: an object, a complement, a controlled clause.
CHAIN_DEPS = frozenset({"dobj", "pobj", "prep", "xcomp", "acomp", "attr", "oprd", "advcl", "acl",
                        "nsubjpass", "dative", "amod", "compound"})
NOUN_CHAIN_DEPS = frozenset({"conj", "appos"})
NOUNS = frozenset({"NOUN", "PROPN"})
# How a polarity word hangs on the cue or its chain: 'not', 'no', 'never', 'only', 'little', 'few', 'might'.
DEPENDENT_DEPS = frozenset({"neg", "det", "advmod", "npadvmod", "preconj", "amod", "dobj", "aux"})
DETERMINER_TAGS = frozenset({"DT", "PRP$", "POS", "WP$"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
MARK = "mark"
CONDITIONED_CLAUSES = frozenset({"advcl", "pcomp", "pobj"})
# How a subordinator reaches the words it conditions: 'for as long as', 'only if'.
CONDITION_PATH = frozenset({"mark", "advcl", "pcomp", "pobj", "prep", "advmod"})
CUE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A negative pronoun as subject negates its clause: '*no one* expects Moscow to walk away' (Quirk et al. 1985 §10.58).
NEGATIVE_SUBJECT_DEPS = CUE_SUBJECT_DEPS
# ... and so does a negative coordinator opening it: '*Nor* is Moscow beholden to him' (Quirk et al. 1985 §10.59).
NEGATIVE_DEPS = NEGATIVE_SUBJECT_DEPS | {"cc"}
# The quantifier of a noun: 'so *many* aircraft', 'a *few* jets'.
QUANTIFIER_DEPS = frozenset({"amod", "nummod"})
# A participle after its noun, a reduced relative clause: 'a dozen jets *left* in Syria' (Quirk et al. 1985 §17.30).
REDUCED_RELATIVE = "acl"
# A predicative complement says something of its clause's subject: 'the strikes were *few*' (Quirk et al. 1985 §10.8).
PREDICATIVE_DEPS = frozenset({"acomp", "attr"})
# Comparative adjectives and adverbs ('better', 'more'), whose 'than' phrase is the standard of comparison.
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
# Concessive prepositions and subordinators (Quirk et al. 1985 §15.39).
CONCESSIVES = frozenset({"despite", "notwithstanding", "although", "though"})
# Modals of a hypothetical main clause: 'without Russian bombers it *would* have lost' (Quirk et al. 1985 §15.36).
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "'d"})
# Correlative negation, one negation over a coordination (Quirk et al. 1985 §13.38): 'neither X nor Y'.
CORRELATIVE_NEGATIONS = frozenset({"neither", "nor"})
# Clauses that describe something else or set a condition: a modifier above them does not bear on the cue.
CLOSED_CLAUSES = frozenset({"relcl", "acl", "appos", "parataxis", "advcl"})


class Modifier(NamedTuple):
    """A polarity or modality word found on a cue."""

    text: str
    cls: str
    effect: str
    code: str


class ModifierLexicon(NamedTuple):
    """The modifier rows by lemma phrase, and a matcher for them."""

    rows: dict[str, dict[str, str]]
    matcher: LemmaPhraseMatcher


def read_modifiers(path: Path | None = None, *, vocab: Vocab, make_doc: Callable[[str], Doc],
                   limit_codes: frozenset[str] | None = None) -> ModifierLexicon:
    """Return the modifier lexicon in `path`. Raises InputError naming every bad row.

    With `limit_codes`, each row's `code` must be one of them (or empty for effects `none` and `keeps`).
    """
    path = Path(path or MODIFIERS_FILE)
    problems, rows = [], {}
    matcher = LemmaPhraseMatcher(vocab, make_doc)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != MODIFIER_COLUMNS:
            raise InputError([f"{path.name}: columns must be {','.join(MODIFIER_COLUMNS)}"])
        for line_no, row in enumerate(reader, start=2):
            where = f"{path.name} line {line_no} ('{row['term']}')"
            row_problems = []
            if not row["term"].strip() or row["term"] in rows:
                row_problems.append(f"{where}: term must be non-empty and unique")
            if row["attach"] not in ATTACHMENTS:
                row_problems.append(f"{where}: attach must be one of {', '.join(ATTACHMENTS)}")
            if row["effect"] not in EFFECTS:
                row_problems.append(f"{where}: effect must be one of {', '.join(EFFECTS)}")
            elif row["effect"] in (TURNS, BOUNDS) and limit_codes is not None and row["code"] not in limit_codes:
                row_problems.append(f"{where}: code '{row['code']}' is not a limits code of the codebook")
            if row_problems:
                problems.extend(row_problems)
                continue
            rows[row["term"]] = row
            matcher.add(row["term"], [row["term"]])
    if problems:
        raise InputError(problems)
    return ModifierLexicon(rows, matcher)


@lru_cache(maxsize=4)
def default_modifiers(vocab: Vocab, make_doc: Callable[[str], Doc]) -> ModifierLexicon:
    """Return the lexicon in `MODIFIERS_FILE`, read once per vocabulary."""
    return read_modifiers(vocab=vocab, make_doc=make_doc)


def governing_chain(cue: Span) -> list[Token]:
    """Return the cue's root and the words that govern it up to the head of its clause."""
    node, chain = cue.root, [cue.root]
    while not any(child.dep_ in SUBJECT_DEPS for child in node.children) and node.head.i != node.i:
        if node.dep_ not in CHAIN_DEPS and not (node.pos_ in NOUNS and node.dep_ in NOUN_CHAIN_DEPS):
            break
        if _conceded(node) or _compared(node) or _counterfactual(node.head):
            break
        node = node.head
        chain.append(node)
    return chain


def _after_determiner(token: Token, cls: str) -> bool:
    """Return True for a restricting adjective after a determiner: 'the only ally' is uniqueness, not restriction."""
    return cls == RESTRICTION and token.dep_ == "amod" and token.i > 0 and token.nbor(-1).tag_ in DETERMINER_TAGS


def _conceded(token: Token) -> bool:
    """Return True when `token` heads a concession ('despite *backing*', 'although Moscow *backs* him'):
    the concession grants the support, and the clause above does not scope over it."""
    return token.head.lower_ in CONCESSIVES or any(child.dep_ == MARK and child.lower_ in CONCESSIVES
                                                   for child in token.children)


def _counterfactual(word: Token) -> bool:
    """Return True when `word` ('without') opens the condition of a hypothetical clause ('*Without* Russian
    bombers it would have lost the province'): the condition grants what it names, and neither 'without' nor the modal
    or negation of the clause above bears on it (Quirk et al. 1985 §15.36, implied conditions)."""
    return word.lower_ == "without" and any(child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_MODALS
                                            for child in word.head.children)


def _compared(token: Token) -> bool:
    """Return True when `token` introduces the standard of a comparison ('no better *than* the interventions'): what
    bears on the comparative does not bear on the standard (Quirk et al. 1985 §15.63)."""
    return token.lower_ == "than" and token.head.tag_ in COMPARATIVE_TAGS


def _on_its_noun(token: Token, cue: Span) -> bool:
    """Return True unless `token` is an adjective on a noun above the cue: 'the *former* control of the
    transit' describes the control, not the cue."""
    return token.dep_ != "amod" or token.head.i == cue.root.i


def _negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)


def _attached(row: dict[str, str], phrase: Span, chain: list[Token], cue: Span) -> bool:
    """Return True when the modifier `phrase` bears on `cue`, whose governing words are `chain`."""
    root, chain_ids = phrase.root, {token.i for token in chain}
    if phrase.start < cue.end and cue.start < phrase.end:
        return False
    if row["attach"] == "governor":
        return root.i in chain_ids and root.i != cue.root.i and not _negated(root)
    if row["attach"] == "dependent":
        deps = DEPENDENT_DEPS | NEGATIVE_DEPS if row["class"] == NEGATION else DEPENDENT_DEPS
        return ((root.head.i in chain_ids and root.i not in chain_ids and root.dep_ in deps
                 and not _after_determiner(root, row["class"]) and _on_its_noun(root, cue))
                or _predicated_of(root, chain) or _on_its_quantifier(root, cue))
    if row["attach"] == "subject":
        subject_of = any(token.dep_ in CUE_SUBJECT_DEPS and token.head.i == root.i for token in chain)
        return not _negated(root) and (subject_of or (root.dep_ == REDUCED_RELATIVE and root.head.i == cue.root.i))
    if row["attach"] == "scope":
        return root.dep_ == MARK and root.head.i in chain_ids
    if root.dep_ == MARK:
        return root.head.dep_ in CONDITIONED_CLAUSES and root.head.i not in chain_ids and _conditions(root, chain_ids)
    return root.dep_ in CONDITION_PATH and root.i not in chain_ids and _conditions(root, chain_ids)


def _on_its_quantifier(word: Token, cue: Span) -> bool:
    """Return True when `word` focuses the quantifier of the cue: 'only so many aircraft', 'only a few jets'
    (Quirk et al. 1985 §8.116, focusing subjuncts)."""
    quantifier = word.head
    return (word.dep_ == "advmod" and quantifier.dep_ in QUANTIFIER_DEPS and quantifier.head.i == cue.root.i
            and not cue.start <= quantifier.i < cue.end)


def _predicated_of(word: Token, chain: list[Token]) -> bool:
    """Return True when `word` is the predicative complement of a clause whose subject is on the cue's chain:
    'the strikes were *few*', 'its help was *sporadic*'."""
    return word.dep_ in PREDICATIVE_DEPS and any(token.dep_ in CUE_SUBJECT_DEPS and token.head.i == word.head.i
                                                 for token in chain)


def _conditions(subordinator: Token, chain_ids: set[int]) -> bool:
    """Return True when `subordinator` hangs, within a few words, on the cue's chain ('for as long as')."""
    node = subordinator
    for _ in range(4):
        if node.dep_ not in CONDITION_PATH or node.head.i == node.i or node.head.i in chain_ids:
            break
        node = node.head
    return node.head.i in chain_ids


def modifiers_of(cue: Span, lexicon: ModifierLexicon) -> list[Modifier]:
    """Return the modifiers that bear on `cue` within its sentence, those that turn it first.

    A modifier on the cue's own clause keeps its effect; one on a clause above it bounds, unless
    a relative, adverbial, conditional or concessive clause lies between (`CLOSED_CLAUSES`,
    `CONCESSIVES`: 'lost the port *despite* Russian guns'; a hypothetical condition, see
    `_counterfactual`) or the word it
    hangs on is itself a modifier ('did not stop'). A negation of a `keeps` word ('not let') is
    no modifier, unless that word is the cue itself ('did not abandon').
    """
    sentence = cue.sent
    chain = governing_chain(cue)
    wider, node = [], chain[-1]
    while (node.dep_ not in CLOSED_CLAUSES and node.head.i != node.i and not _conceded(node) and not _compared(node)
           and not _counterfactual(node.head)):
        node = node.head
        if node.norm_ not in lexicon.rows:
            wider.append(node)
    phrases = filter_spans(lexicon.matcher(sentence))
    kept = {phrase.root.i for phrase in phrases
            if lexicon.rows[phrase.label_]["effect"] == KEEPS and not cue.start <= phrase.root.i < cue.end}
    found = []
    for phrase in phrases:
        row = lexicon.rows[phrase.label_]
        if row["effect"] in (NONE, KEEPS) or (row["class"] == NEGATION and phrase.root.head.i in kept):
            continue
        if _attached(row, phrase, chain, cue):
            found.append(Modifier(phrase.text, row["class"], row["effect"], row["code"]))
        elif _attached(row, phrase, chain + wider, cue):
            found.append(Modifier(phrase.text, row["class"], BOUNDS, row["code"]))
    return sorted(_without_double_negation(found), key=lambda modifier: modifier.effect != TURNS)


def _without_double_negation(found: list[Modifier]) -> list[Modifier]:
    """Return `found` less its negations when two of them turn the cue: they cancel ('*never* advanced
    *without* Russian air cover'; Horn 1989, double negation and litotes). The correlatives 'neither … nor' are one
    negation shared by the coordinated words, not two."""
    negations = [modifier for modifier in found if modifier.cls == NEGATION and modifier.effect == TURNS
                 and modifier.text.lower() not in CORRELATIVE_NEGATIONS]
    if len(negations) != 2:
        return found
    return [modifier for modifier in found if modifier not in negations]


def is_negated(cue: Span, lexicon: ModifierLexicon) -> bool:
    """Return True when a negation bears on `cue` ('did not abandon', 'no withdrawal')."""
    return any(modifier.cls == NEGATION for modifier in modifiers_of(cue, lexicon))
