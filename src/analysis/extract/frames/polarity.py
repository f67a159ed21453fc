"""Polarity and modality: the words that turn a support cue into a limit (`resources/framing_modifiers.csv`).

Each modifier has a class (negation, ending, inability, refusal, reluctance, restriction,
condition, priority, modality, additive, degree, certainty, decrease, departure, prevention,
permission, relinquishing, duration), an attachment and an effect:
- `dependent`: a word attached to the cue or to the verb that governs it ('would *not* send
  troops', '*no* troops', 'has *no longer* backed', '*only* air power'), a negative pronoun
  as the subject of that verb ('*nobody* expects Moscow to pull out') or 'nor' opening its clause,
  said of the cue as its predicative complement ('the strikes were *few*'), or focusing its
  quantifier ('*only* so many jets'); a phrase of several words also as a 'prep' adjunct of that verb when the
  adjunct is the phrase and no more ('backed him *until recently*'; not '*up to a point* ten miles from the
  border'), a duration as any 'prep' adjunct ('struck *for a few days*');
- `governor`: a word whose complement holds the cue ('*stopped* striking', '*refused* to rescue',
  '*unable* to save', 'its *inability* to rein in'), or, for a verb of ending used intransitively, whose subject
  is the cue ('the airstrikes *stopped*');
- `clause`: a subordinator opening a clause that conditions the cue ('will help *as long as* …',
  'protected *for as long as* …'); a cue inside the conditional clause itself is not conditioned,
  a word heading a clause of its own is no subordinator ('the help they had *provided*'), and an 'if' whose
  clause names a danger to the client or a need by its predicate or its subject ('will return *if* the government is in
  danger', '*if* militants strike') states the contingency of a guarantee, not a bound (see `CONTINGENCY_WORDS`);
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
rather than turning it, except a negation of the full verb whose subject the cue is ('the Russian airlift *never*
came'), which turns it.
A noun cue that stands alone between quotation marks of its own, scare quotes ('Russia\'s "guarantees"'), bounds
the support: the writer mentions the word rather than uses it, and so doubts it (see `DISTANCING`); not a word quoted
as what a speaker promised or said ('promised "support"'). A cue that opens the focus of a negated pseudo-cleft
('What the Kremlin will not do is desert him') is turned by the cleft's negation. A cue that is the subject of a
verb of hindering denied ('the strikes did not stop the rebels', 'slowed nothing') or of a denied effect ('had no
effect', 'made little difference') is bounded: the means were used and failed (see `HINDERING_VERBS`).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Callable, NamedTuple

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import read_resource_text, resource_loader
from analysis.errors import InputError
from analysis.extract.frames.negated_verbs import default_spending_verbs, default_yielding_verbs, verb_forms
from analysis.nlp.arrays import FirstDependents, ParseArrays, string_ids
from analysis.nlp.matching import LemmaPhraseMatcher

MODIFIERS_FILE = RESOURCES_DIR / "framing_modifiers.csv"
MODIFIER_COLUMNS = ("term", "class", "attach", "effect", "code", "note")
ATTACHMENTS = ("dependent", "governor", "clause", "subject", "scope")
EFFECTS = ("turns", "bounds", "none", "keeps")
TURNS, BOUNDS, NONE, KEEPS = "turns", "bounds", "none", "keeps"
# Scare quotes: a word set in quotation marks of its own is mentioned rather than used, and the writer keeps a
# distance from it (Predelli 2003, "Scare quotes and their relation to other semantic issues"; Quirk et al. 1985
# App. III.21): 'twelve years of Russian "support"' names the support and doubts it. The class and limits code it
# gives.
DISTANCING, DISTANCING_CODE = "distancing", "limits.commitment"
# ... but a word quoted as what a speaker promised, offered or said ('Putin promised "support"', 'called it "help"') is
# the speaker's word reported, not one the writer holds at a distance (Quirk et al. 1985 §14.29, direct speech)
REPORTED_WORD_VERBS = frozenset({"promise", "pledge", "offer", "vow", "say", "announce", "declare", "guarantee",
                                 "proclaim", "assure", "swear"})
NAMING_VERBS = frozenset({"call", "term", "dub", "label"})
NAMED_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})
# The focus of a negated pseudo-cleft ('What the Kremlin will not do is *desert* him'; Quirk et al. 1985 §18.29) is denied
# by the negation of the cleft's 'do', which the parse puts in another clause; the words read back from the focus.
CLEFT_MODALS = frozenset({"will", "would", "wo", "did", "does", "do", "can", "could", "ca"})
CLEFT_NEGATIONS = frozenset({"not", "n't", "never"})
CLEFT_COPULAS = frozenset({"is", "was", "'s"})
CLEFT_COPULA_IDS = frozenset(get_string_id(word) for word in CLEFT_COPULAS)
TO_ID = get_string_id("to")
CLEFT_CODE = "limits.commitment"
NEGATION, RESTRICTION, ENDING, DURATION = "negation", "restriction", "ending", "duration"
# A duration row is a pattern on the parse rather than a phrase: its term names a quantifier and the slot `<period>`
# ('for a few <period>'), which any noun of a unit of time the lexicon lists as class `period` fills, in any number,
# with an optional adjective before it ('for a few more days', 'for a couple of short weeks'; Quirk et al. 1985 §8.57,
# duration adverbials). The period rows fill the slot and are no modifiers of their own.
PERIOD, PERIOD_SLOT = "period", "<period>"
# The slot compares a noun's lemma, the singular: a period term is one word of lower-case letters not ending in 's'
# (no unit of time ends in 's' in the singular; 'weeks' or 'half hour' would never match), with effect `none` and no
# code, since it is no modifier of its own.
PERIOD_TERM = re.compile(r"[a-z]+(?<!s)")
# Every class a row may have; one outside them (a typo, 'periodd') would load as a live modifier of no known kind.
MODIFIER_CLASSES = (NEGATION, ENDING, "inability", "refusal", "reluctance", RESTRICTION, "condition", "priority",
                    "modality", "additive", "degree", "certainty", "decrease", "departure", "prevention", "permission",
                    "relinquishing", DURATION, PERIOD)
# Complements of a verb used transitively ('stopped the strikes', 'ended its support for'): without them an aspectual
# verb of ending is intransitive, with the activity that ends as its subject ('the strikes stopped').
COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "pcomp", "dative", "attr", "oprd"})
# How the cue reaches the verb (or noun) that governs it: an object, a complement, a controlled clause.
CHAIN_DEPS = frozenset({"dobj", "pobj", "prep", "xcomp", "acomp", "attr", "oprd", "advcl", "acl",
                        "nsubjpass", "dative", "amod", "compound"})
NOUN_CHAIN_DEPS = frozenset({"conj", "appos"})
NOUNS = frozenset({"NOUN", "PROPN"})
# Determiners that give a noun its owner or take it up from the text before: 'its support', 'that support'.
OWNING_DETERMINERS = frozenset({"its", "their", "his", "our", "this", "that", "these", "those"})
# The 'going' of the 'be going to' future, on which its negation hangs ('is not going to stop backing').
GOING_ID = get_string_id("going")
# How a polarity word hangs on the cue or its chain: 'not', 'no', 'never', 'only', 'little', 'few', 'might'.
DEPENDENT_DEPS = frozenset({"neg", "det", "advmod", "npadvmod", "preconj", "amod", "dobj", "aux"})
# ... and how a modifier of several words hangs on it, also as a prepositional adjunct of the cue's clause:
# 'struck *for a few days*' (Quirk et al. 1985 §8.57, duration adverbials), 'backed him *until recently*',
# 'will help *up to a point*'; for a class other than duration, only when the 'prep' phrase is the modifier and no
# more ('escorted them *up to a point* ten miles from the border' names a place, not a degree).
PHRASE_DEPS = DEPENDENT_DEPS | {"prep"}
# A duration up to now, no bound (Quirk et al. 1985 §8.57): the present perfect, 'have' as 'has'/'have'/'ve' with no
# modal ('have struck for a few days'; not 'had struck', 'will have struck'), or 'now' / 'so far' after the span
# ('for a few days now').
PERFECT_ID = get_string_id("have")
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
MODAL_TAG = "MD"
UP_TO_NOW = tuple(tuple(get_string_id(word) for word in words) for words in (("now",), ("so", "far")))
DETERMINER_TAGS = frozenset({"DT", "PRP$", "POS", "WP$"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
MARK = "mark"
MARK_DEPS = frozenset({MARK})
CONDITIONED_CLAUSES = frozenset({"advcl", "pcomp", "pobj"})
# How a subordinator reaches the words it conditions: 'for as long as', 'only if'.
CONDITION_PATH = frozenset({"mark", "advcl", "pcomp", "pobj", "prep", "advmod"})
CUE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A negative pronoun as subject negates its clause: '*no one* expects Moscow to walk away' (Quirk et al. 1985 §10.58).
NEGATIVE_SUBJECT_DEPS = CUE_SUBJECT_DEPS
# ... and so does a negative coordinator opening it: '*Nor* is Moscow beholden to him' (Quirk et al. 1985 §10.59).
NEGATIVE_DEPS = NEGATIVE_SUBJECT_DEPS | {"cc"}
# The negative pronouns that, as its subject, deny a verb of ending or decrease as 'not' does: '*None of this* ended the
# partnership', '*nothing* stopped the airlift' (Quirk et al. 1985 §10.58; 'no one' is 'one' determined by 'no').
NEGATIVE_PRONOUN_IDS = frozenset(get_string_id(word) for word in ("none", "nothing", "nobody", "neither"))
NO_ID, ONE_ID = get_string_id("no"), get_string_id("one")
# ... unless an exception names who did it: 'nothing *but* the sanctions', 'none *other* than Putin' (Quirk et al. 1985
# §9.58, exceptive prepositions).
EXCEPTIVE_IDS = frozenset(get_string_id(word) for word in ("but", "except", "save", "other", "bar", "besides"))
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
CONCESSIVE_IDS = frozenset(get_string_id(word) for word in CONCESSIVES)
WITHOUT_ID, THAN_ID = get_string_id("without"), get_string_id("than")
# Modals of a hypothetical main clause: 'without Russian bombers it *would* have lost' (Quirk et al. 1985 §15.36).
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "'d"})
HYPOTHETICAL_MODAL_IDS = frozenset(get_string_id(word) for word in HYPOTHETICAL_MODALS)
# Correlative negation, one negation over a coordination (Quirk et al. 1985 §13.38): 'neither X nor Y'.
CORRELATIVE_NEGATIONS = frozenset({"neither", "nor"})
# An open condition that names a danger to the client, an attack by its enemies or a need ('if the government is
# in danger', 'if the country were attacked', 'if militants strike again', 'if needed') is the contingency a guarantee
# is given against: it promises the help in that event rather than bounding it (Quirk et al. 1985 §15.34, open
# conditions; FrameNet Attack, Being_at_risk, Needing). Its subordinator, and the words of the danger or the need,
# read on the clause's predicate (its head, or a copula's complement: 'is *in danger*') and its subject's head ('if the
# *threat* grows'), not on words deeper in the clause ('if he accepts the reforms the constitution *requires*').
CONTINGENCY_MARKS = frozenset({"if"})
CONTINGENCY_WORDS = frozenset({"attack", "assault", "offensive", "threaten", "threat", "danger", "endanger", "risk",
                               "peril", "jeopardy", "trouble", "collapse", "crumble", "falter", "need", "necessary",
                               "require"})
# Assad's armed enemies are a danger only as the subject of a verb of attack ('if militants *strike* again'; FrameNet
# Attack), not as a party to the condition ('if he makes peace with the opposition').
CONTINGENCY_ENEMIES = frozenset({"rebel", "opposition", "insurgent", "militant", "terrorist", "jihadist", "enemy"})
ATTACK_VERBS = frozenset({"attack", "assault", "strike", "storm", "invade", "raid", "besiege", "overrun", "march",
                          "advance", "bomb", "shell", "hit", "threaten"})
# Linking verbs whose complement is the predicate: 'is *in danger*', 'came *under attack*' (Quirk et al. 1985 §16.21).
LINKING_VERBS = frozenset({"be", "come", "fall", "remain", "stay"})
# Clauses that describe something else or set a condition: a modifier above them does not bear on the cue.
CLOSED_CLAUSES = frozenset({"relcl", "acl", "appos", "parataxis", "advcl"})
# Means that did not hinder what they were used against ('the strikes did not stop the rebels', 'the bombing slowed
# nothing', 'the strikes had no effect'): the support was given and failed, so it stands and is bounded (FrameNet
# Hindering and Thwarting, negated; Success_or_failure). A verb of hindering with an object, denied by a negation or
# by a negative pronoun as its object, or a denied effect as the object of 'have' or 'make'.
HINDERING_VERBS = frozenset({"stop", "halt", "slow", "prevent", "stem", "check", "arrest", "blunt", "reverse",
                             "thwart"})
NEGATIVE_OBJECTS = frozenset({"nothing"})
EFFECT_VERBS = frozenset({"have", "make"})
EFFECT_NOUNS = frozenset({"effect", "difference", "impact"})
DENYING_DETERMINERS = frozenset({"no", "little"})
INEFFECTIVE, INEFFECTIVE_CODE = "ineffective", "limits.capacity"
# What the means were used against, in the phrase a denied verb of hindering takes: Assad's armed opponents, their
# moves, or another power's strikes ('did not stop the rebel advance', 'did not stop the Israeli strikes'); not the
# war's toll or the war itself ('did not stop the killing', 'did not halt the flow of refugees', 'did not stop the
# war'), which the means never meant to hinder (FrameNet Hindering, its Protagonist an opponent).
HINDERED_OPPONENTS = frozenset({
    "rebel", "rebels", "opposition", "insurgent", "insurgents", "insurgency", "militant", "militants", "jihadist",
    "jihadists", "islamist", "islamists", "fighters", "opponents", "enemy", "enemies", "isis", "isil", "daesh",
    "nusra", "hts", "advance", "advances", "offensive", "counteroffensive", "counter-offensive", "assault", "attack",
    "attacks", "onslaught", "push", "march", "momentum", "gains", "uprising", "columns", "israeli", "israel",
    "turkish", "turkey", "strikes", "raids", "drones"})


class Modifier(NamedTuple):
    """A polarity or modality word found on a cue; `tokens`: the indices of a lexicon phrase's words in its Doc (empty
    for the modifiers read off a construction: scare quotes, a cleft's negation, an ineffective result)."""

    text: str
    cls: str
    effect: str
    code: str
    tokens: tuple[int, ...] = ()


class ModifierLexicon(NamedTuple):
    """The modifier rows by lemma phrase, and a matcher for them."""

    rows: dict[str, dict[str, str]]
    matcher: LemmaPhraseMatcher


def read_modifiers(path: Path | None = None, *, vocab: Vocab, make_doc: Callable[[str], Doc],
                   limit_codes: frozenset[str] | None = None) -> ModifierLexicon:
    """Return the modifier lexicon in `path`. Raises InputError with one line for each bad row, naming the row and
    all its problems, every bad row at once.

    Each row's class must be one of `MODIFIER_CLASSES`; a `period` row's term must be a unit of time in lemma form
    (see `PERIOD_TERM`), with effect `none` and an empty code. With `limit_codes`, each row's `code` must be one of
    them (or empty for effects `none` and `keeps`). A file with `duration` rows and no `period` row at all gets one
    more line of its own (a bad `period` row has its own line).
    """
    path = Path(path or MODIFIERS_FILE)
    problems, rows, has_periods = [], {}, False
    matcher = LemmaPhraseMatcher(vocab, make_doc)
    reader = csv.DictReader(io.StringIO(read_resource_text(path), newline=""))
    if tuple(reader.fieldnames or ()) != MODIFIER_COLUMNS:
        raise InputError([f"{path.name}: columns must be {','.join(MODIFIER_COLUMNS)}"])
    for line_no, row in enumerate(reader, start=2):
        where = f"{path.name} line {line_no} ('{row['term']}')"
        row_problems = []
        has_periods = has_periods or row["class"] == PERIOD
        if not row["term"].strip() or row["term"] in rows:
            row_problems.append("term must be non-empty and unique")
        if row["class"] not in MODIFIER_CLASSES:
            row_problems.append(f"class '{row['class']}' must be one of {', '.join(MODIFIER_CLASSES)}")
        if row["attach"] not in ATTACHMENTS:
            row_problems.append(f"attach must be one of {', '.join(ATTACHMENTS)}")
        if row["effect"] not in EFFECTS:
            row_problems.append(f"effect must be one of {', '.join(EFFECTS)}")
        elif row["effect"] in (TURNS, BOUNDS) and limit_codes is not None and row["code"] not in limit_codes:
            row_problems.append(f"code '{row['code']}' is not a limits code of the codebook")
        if (row["term"].split().count(PERIOD_SLOT) == 1) != (row["class"] == DURATION) or (
                row["class"] != DURATION and PERIOD_SLOT in row["term"]):
            row_problems.append(f"a {DURATION} term has the slot {PERIOD_SLOT} once, and no other term has it")
        if row["class"] == PERIOD and not (PERIOD_TERM.fullmatch(row["term"]) and row["effect"] == NONE
                                           and not row["code"]):
            row_problems.append(f"a {PERIOD} row is one lower-case word in the singular, not ending in 's' (the slot "
                                f"{PERIOD_SLOT} compares lemmas), with effect {NONE} and no code")
        if row_problems:
            problems.append(f"{where}: {'; '.join(row_problems)}")
            continue
        rows[row["term"]] = row
        if row["class"] not in (DURATION, PERIOD):
            matcher.add(row["term"], [row["term"]])
    periods = sorted(term for term, row in rows.items() if row["class"] == PERIOD)
    durations = [term for term, row in rows.items() if row["class"] == DURATION]
    if durations and not has_periods:
        problems.append(f"{path.name}: the {DURATION} rows need {PERIOD} rows to fill their slot {PERIOD_SLOT}")
    if problems:
        raise InputError(problems)
    for term in durations:
        matcher.add(term, [], [_duration_pattern(term, periods)])
    rows = {term: row for term, row in rows.items() if row["class"] != PERIOD}
    return ModifierLexicon(rows, matcher)


def _duration_pattern(term: str, periods: list[str]) -> list[dict]:
    """Return the Matcher pattern of a duration `term` ('for a few <period>', 'for a <period> or two'): its words as
    written, the indefinite article 'a' also as 'an' ('for an hour or two'), in its slot an optional adjective and a
    noun among `periods` (lemmas; see `PERIOD_SLOT`), and after an opening 'for' one optional adverb ('for just a
    few days', 'for only a few days')."""
    pattern = []
    for position, word in enumerate(term.lower().split()):
        if word == PERIOD_SLOT:
            pattern += [{"POS": "ADJ", "OP": "?"}, {"NORM": {"IN": periods}, "POS": "NOUN"}]
        elif word == "a":
            pattern.append({"LOWER": {"IN": ["a", "an"]}})
        else:
            pattern.append({"LOWER": word})
        if position == 0 and word == "for":
            pattern.append({"POS": "ADV", "OP": "?"})
    return pattern


@resource_loader(maxsize=4)
def default_modifiers(vocab: Vocab, make_doc: Callable[[str], Doc]) -> ModifierLexicon:
    """Return the lexicon in `MODIFIERS_FILE`, read once per vocabulary."""
    return read_modifiers(vocab=vocab, make_doc=make_doc)


class Phrase(NamedTuple):
    """A modifier phrase of the lexicon found in a sentence: its token range, its root's index, its text and its
    lexicon row."""

    start: int
    end: int
    root: int
    text: str
    row: dict[str, str]


class Polarity:
    """The modifiers that bear on the cues of one Doc (see `modifiers_of`), read on the Doc's parse arrays; the
    lexicon's phrases are found once per sentence, the sentence of a cue by `sentence_of` (`Span.sent` if not
    given)."""

    # Per token, its first subject and its first concessive subordinator, or -1 (read once a Doc, at the first use).
    _first_subjects = FirstDependents(SUBJECT_DEPS)
    _concessive_marks = FirstDependents(MARK_DEPS, words=CONCESSIVES)

    def __init__(self, doc: Doc, lexicon: ModifierLexicon, *, parse: ParseArrays | None = None,
                 sentence_of: Callable[[Span], Span] | None = None, spending_verbs: frozenset[str] | None = None,
                 open_condition: Callable[[Span], bool] | None = None):
        self.lexicon = lexicon
        # a condition phrase that bounds nothing ('as long as our partners need us'; the coder passes
        # `senses.duration_of_need`): none without it
        self.open_condition = open_condition
        self.spending_verbs = default_spending_verbs() if spending_verbs is None else spending_verbs
        self.parse = parse or ParseArrays(doc)
        self.sentence_of = sentence_of or (lambda cue: cue.sent)
        self._terms = string_ids(frozenset(lexicon.rows))
        self._phrases: dict[int, list[Phrase]] = {}  # by the start of their sentence

    def phrases(self, sentence: Span) -> list[Phrase]:
        """Return the lexicon's phrases in `sentence`, the longest where they overlap, in text order."""
        if sentence.start not in self._phrases:
            self._phrases[sentence.start] = [
                Phrase(span.start, span.end, span.root.i, span.text, self.lexicon.rows[span.label_])
                for span in filter_spans(self.lexicon.matcher(sentence, parse=self.parse))]
        return self._phrases[sentence.start]

    def governing_chain(self, cue: Span) -> list[int]:
        """Return the indices of the cue's root and of the words that govern it up to the head of its clause."""
        parse, node = self.parse, cue.root.i
        chain, subjects = [node], self._first_subjects
        while subjects[node] < 0 and parse.head[node] != node:
            if parse.dep[node] not in CHAIN_DEPS and not (parse.pos[node] in NOUNS and parse.dep[node] in NOUN_CHAIN_DEPS):
                break
            if self._conceded(node) or self._compared(node) or self._counterfactual(parse.head[node]):
                break
            node = parse.head[node]
            chain.append(node)
        return chain

    def modifiers_of(self, cue: Span) -> list[Modifier]:
        """Return the modifiers that bear on `cue` within its sentence, those that turn it first.

        A modifier on the cue's own clause keeps its effect; one on a clause above it bounds, unless
        a relative, adverbial, conditional or concessive clause lies between (`CLOSED_CLAUSES`,
        `CONCESSIVES`: 'lost the port *despite* Russian guns'; a hypothetical condition, see
        `_counterfactual`; a coordinated clause with its own subject, see `_coordinated_clause`) or the word it
        hangs on is itself a modifier ('did not stop'). A negation of a `keeps` word ('not let') is
        no modifier, unless that word is the cue itself ('did not abandon').
        """
        parse, phrases = self.parse, self.phrases(self.sentence_of(cue))
        distanced = [m for m in (self._scare_quoted(cue), self._cleft_denied(cue), self._ineffective(cue))
                     if m is not None]
        if not phrases:
            return sorted(distanced, key=lambda modifier: modifier.effect != TURNS)
        chain = self.governing_chain(cue)
        wider, node = [], chain[-1]
        while (parse.dep[node] not in CLOSED_CLAUSES and parse.head[node] != node and not self._conceded(node)
               and not self._compared(node) and not self._counterfactual(parse.head[node])
               and not self._coordinated_clause(node)):
            node = parse.head[node]
            if parse.norm[node] not in self._terms:
                wider.append(node)
        own, above = set(chain), set(chain + wider)
        predicate = self._predicate_of_subject(cue, chain)
        kept = {phrase.root for phrase in phrases
                if phrase.row["effect"] == KEEPS and not cue.start <= phrase.root < cue.end}
        kept |= self._denied_governors(phrases, above, cue)
        kept |= {i for i in above if self._spends_its_negation(i, cue)}
        found = []
        for phrase in phrases:
            row = phrase.row
            if row["effect"] in (NONE, KEEPS) or (row["class"] == NEGATION and parse.head[phrase.root] in kept):
                continue
            if self._attached(phrase, chain, own, cue):
                found.append(Modifier(phrase.text, row["class"], row["effect"], row["code"],
                                      tuple(range(phrase.start, phrase.end))))
            elif self._attached(phrase, chain + wider, above, cue):
                negates_predicate = row["class"] == NEGATION and parse.head[phrase.root] == predicate
                found.append(Modifier(phrase.text, row["class"], row["effect"] if negates_predicate else BOUNDS,
                                      row["code"], tuple(range(phrase.start, phrase.end))))
        found = _without_double_negation(found) + distanced
        return sorted(found, key=lambda modifier: modifier.effect != TURNS)

    def _denied_governors(self, phrases: list[Phrase], governing: set[int], cue: Span) -> set[int]:
        """Return the indices of the negated governor modifiers among the `governing` words of `cue` ('did *not* stop
        backing', '*never* ceased to arm', 'has *not* ended its support'), and of the 'going' of a negated 'be going
        to' future over one ('is *not* going to stop arming'): the negation is spent on the governor, which denies the
        ending or the refusal, so the support goes on (Horn 1989, negation of an aspectual verb).
        For a noun cue whose phrase names no owner ('did not stop the missiles') only a governor denied by a negative
        pronoun as its subject is returned ('*nothing* stopped the missiles': they went on): with a subject of its own,
        the object of a verb of ending is as often the thing hindered (FrameNet Hindering) as an activity of the
        subject's own."""
        governors = {phrase.root for phrase in phrases if phrase.row["attach"] == "governor"
                     and phrase.root in governing and not cue.start <= phrase.root < cue.end}
        if cue.root.pos_ in NOUNS and not any(child.dep_ == "poss" or child.lower_ in OWNING_DETERMINERS
                                              for child in cue.root.children):
            return {i for i in governors if self._denied_by_its_subject(i)}
        return {i for i in governors if self._negated(i)} | {
            self.parse.head[i] for i in governors if self._negated_going_to(i)}

    def _spends_its_negation(self, i: int, cue: Span) -> bool:
        """Return True when token `i` is a negated verb of `spending_verbs` (see `negated_verbs`): 'never *wavered* in
        its backing', 'did not *admit* that its jets struck', 'did not *back down*'. The negation is spent on that verb,
        so the support it governs stands; the cue's own verb counts only as a listed phrasal verb ('back down')."""
        if not self._negated(i):
            return False
        verb = cue.doc[i]
        forms = verb_forms(verb)
        listed = [form for form in forms if form in self.spending_verbs]
        return bool(listed) and (not cue.start <= i < cue.end or " " in listed[-1]) and not self._yielded_to(verb, cue)

    def _yielded_to(self, verb: Token, cue: Span) -> bool:
        """Return True when the cue lies in what a verb of giving way is given way to ('would not *give in* to the
        demand for more jets', 'did not *yield* to calls for troops'): the help asked for is refused, so the negation
        bears on it."""
        if default_yielding_verbs().isdisjoint(verb_forms(verb)):
            return False
        return any(child.dep_ == "prep" and child.lower_ == "to" and child.i < cue.start
                   and child.left_edge.i <= cue.root.i <= child.right_edge.i for child in verb.children)

    def _negated_going_to(self, i: int) -> bool:
        """Return True when token `i` is the verb of a negated 'be going to' future ('is *not* going to stop'), whose
        negation hangs on 'going' (Quirk et al. 1985 §4.47)."""
        parse, head = self.parse, self.parse.head[i]
        return parse.dep[i] == "xcomp" and parse.lower[head] == GOING_ID and self._negated(head)

    @staticmethod
    def _scare_quoted(cue: Span) -> Modifier | None:
        """Return the distancing modifier of a noun cue that stands alone between an opening and a closing quotation
        mark ('our "partner"'), else None."""
        doc = cue.doc
        if cue.start == 0 or cue.end >= len(doc):
            return None
        opening, closing = doc[cue.start - 1], doc[cue.end]
        # the marks before the cue's root: the root is found only for a cue between two marks
        if not (opening.is_quote and closing.is_quote and opening.is_left_punct and closing.is_right_punct):
            return None
        if cue.root.pos_ not in NOUNS:
            return None
        head = cue.root.head
        if head.i != cue.root.i and cue.root.dep_ in COMPLEMENT_DEPS and (
                head.lemma_.lower() in REPORTED_WORD_VERBS or (head.lemma_.lower() in NAMING_VERBS and any(
                    child.lower_ in NAMED_PRONOUNS and child.dep_ == "dobj" for child in head.children))):
            return None
        return Modifier(opening.text + closing.text, DISTANCING, BOUNDS, DISTANCING_CODE)

    def _cleft_denied(self, cue: Span) -> Modifier | None:
        """Return a negation that turns a cue which opens the focus of a negated pseudo-cleft ('What the Kremlin will
        not do is abandon him', 'what it would not do, he said, was leave'), else None."""
        # a copula right before the cue, or before its 'to', read on the parse arrays: the sentence is found only then
        lower, i = self.parse.lower, cue.start - 1
        if i >= 0 and lower[i] == TO_ID:
            i -= 1
        if i < 0 or lower[i] not in CLEFT_COPULA_IDS:
            return None
        doc, sentence_start = cue.doc, self.sentence_of(cue).start
        i = cue.start - 1
        if i >= sentence_start and doc[i].lower_ == "to":
            i -= 1
        if i < sentence_start or doc[i].lower_ not in CLEFT_COPULAS:
            return None
        i -= 1
        if i >= sentence_start and doc[i].text == ",":
            tag_start = next((j for j in range(i - 1, max(sentence_start, i - 7) - 1, -1) if doc[j].text == ","), None)
            if tag_start is None:
                return None
            i = tag_start - 1
        if i - 2 < sentence_start or doc[i].lower_ != "do" or doc[i - 1].lower_ not in CLEFT_NEGATIONS:
            return None
        if doc[i - 2].lower_ not in CLEFT_MODALS:
            return None
        if not any(doc[j].lower_ == "what" for j in range(max(sentence_start, i - 6), i - 2)):
            return None
        negation = doc[i - 1]
        return Modifier(negation.text, NEGATION, TURNS, CLEFT_CODE)

    def _predicate_of_subject(self, cue: Span, chain: list[int]) -> int | None:
        """Return the full verb whose subject the cue is ('Russian jets *did not come*'), unless that verb is itself a
        word of the lexicon ('the troops did not *leave*'); else None. A copula is no such verb: 'the support was
        not unconditional' denies the complement, not the support. A negation of that verb denies what the
        means did, so it turns the cue as one on the cue's own chain does (Quirk et al. 1985 §10.55, clause
        negation: the predication is negated of its subject)."""
        parse, root = self.parse, chain[-1]
        if parse.dep[root] not in CUE_SUBJECT_DEPS or parse.head[root] == root:
            return None
        predicate = parse.head[root]
        return None if (parse.norm[predicate] in self._terms or parse.pos[predicate] != "VERB"
                        or self._hindered_object(predicate) is not None) else predicate

    def _hindered_object(self, verb: int) -> int | None:
        """Return the object of `verb` when it is a verb of hindering (`HINDERING_VERBS`: 'stop the rebels'), else
        None."""
        parse = self.parse
        if parse.lowered_lemma(verb) not in HINDERING_VERBS:
            return None
        return next((child for child in parse.children(verb) if parse.dep[child] == "dobj"), None)

    def _ineffective(self, cue: Span) -> Modifier | None:
        """Return the bound of means that failed: the cue is the subject of a verb of hindering, negated, whose object
        names Assad's opponents or their moves (`HINDERED_OPPONENTS`: 'the strikes did not stop the rebels', not
        'did not stop the war'), or whose object is a negative pronoun ('slowed nothing'),
        or of 'have' or 'make' with a denied effect as object ('had no effect', 'made little difference'); else
        None (see `HINDERING_VERBS`)."""
        parse, root = self.parse, cue.root.i
        if parse.dep[root] not in CUE_SUBJECT_DEPS or parse.head[root] == root:
            return None
        verb = parse.head[root]
        hindered = self._hindered_object(verb)
        if hindered is not None:
            negation = next((child for child in parse.children(verb) if parse.dep[child] == "neg"), None)
            opponent = not HINDERED_OPPONENTS.isdisjoint(token.lower_ for token in cue.doc[hindered].subtree)
            word = (hindered if parse.lowered_lemma(hindered) in NEGATIVE_OBJECTS
                    else negation if opponent else None)
        elif parse.lowered_lemma(verb) in EFFECT_VERBS and not self._negated(verb):
            word = next((determiner for child in parse.children(verb) if parse.dep[child] == "dobj"
                         and parse.lowered_lemma(child) in EFFECT_NOUNS for determiner in parse.children(child)
                         if parse.lowered_lemma(determiner) in DENYING_DETERMINERS), None)
        else:
            word = None
        return None if word is None else Modifier(cue.doc[word].text, INEFFECTIVE, BOUNDS, INEFFECTIVE_CODE)

    def is_negated(self, cue: Span) -> bool:
        """Return True when a negation bears on `cue` ('did not abandon', 'no withdrawal'). In a sentence whose lexicon
        phrases hold no negation only a negated pseudo-cleft can be one, so the cue's climbs are left out there."""
        if not any(phrase.row["class"] == NEGATION for phrase in self.phrases(self.sentence_of(cue))):
            return self._cleft_denied(cue) is not None
        return any(modifier.cls == NEGATION for modifier in self.modifiers_of(cue))

    def _attached(self, phrase: Phrase, chain: list[int], chain_ids: set[int], cue: Span) -> bool:
        """Return True when the modifier `phrase` bears on `cue`, whose governing words are `chain` (as a set:
        `chain_ids`)."""
        parse, row, root = self.parse, phrase.row, phrase.root
        if phrase.start < cue.end and cue.start < phrase.end:
            return False
        if row["attach"] == "governor":
            return (root in chain_ids and root != cue.root.i and not self._negated(root)
                    and not self._negated_going_to(root)) or (
                row["class"] == ENDING and self._ends_its_subject(root, cue.root.i))
        if row["attach"] == "dependent":
            if row["class"] == DURATION and self._up_to_now(phrase, root):
                return False
            deps = DEPENDENT_DEPS | NEGATIVE_DEPS if row["class"] == NEGATION else (
                PHRASE_DEPS if row["class"] == DURATION or self._whole_phrase(phrase, cue.doc) else DEPENDENT_DEPS)
            return ((parse.head[root] in chain_ids and root not in chain_ids and parse.dep[root] in deps
                     and not self._after_determiner(root, row["class"]) and self._on_its_noun(root, cue))
                    or self._predicated_of(root, chain) or self._on_its_quantifier(root, cue))
        if row["attach"] == "subject":
            subject_of = any(parse.dep[i] in CUE_SUBJECT_DEPS and parse.head[i] == root for i in chain)
            return not self._negated(root) and (
                subject_of or (parse.dep[root] == REDUCED_RELATIVE and parse.head[root] == cue.root.i))
        if row["attach"] == "scope":
            return parse.dep[root] == MARK and parse.head[root] in chain_ids
        if parse.dep[root] == MARK:
            return (parse.dep[parse.head[root]] in CONDITIONED_CLAUSES and parse.head[root] not in chain_ids
                    and self._conditions(root, chain_ids) and not self._contingency(root))
        return (parse.dep[root] in CONDITION_PATH and root not in chain_ids and self._conditions(root, chain_ids)
                and not (self.open_condition is not None and self.open_condition(cue.doc[phrase.start:phrase.end])))

    @staticmethod
    def _whole_phrase(phrase: Phrase, doc: Doc) -> bool:
        """Return True when `phrase` is of several words and its root's subtree is the phrase and no more ('until
        recently', 'up to a point'; not 'up to a point ten miles from the border'): see `PHRASE_DEPS`."""
        root = doc[phrase.root]
        return (phrase.end - phrase.start > 1 and root.left_edge.i == phrase.start
                and root.right_edge.i == phrase.end - 1)

    def _up_to_now(self, phrase: Phrase, root: int) -> bool:
        """Return True when the duration `phrase` (its root `root`) runs up to now: its verb is in the present perfect,
        a 'have' tagged VBP/VBZ with no modal ('have been striking for a few days'; not 'had struck', 'will have
        struck'), or 'now' or 'so far' follows it."""
        parse = self.parse
        verb = parse.head[root]
        auxiliaries = [child for child in parse.children(verb) if parse.dep[child] in ("aux", "auxpass")]
        if (any(parse.lemma[child] == PERFECT_ID and parse.tag[child] in PRESENT_TAGS for child in auxiliaries)
                and not any(parse.tag[child] == MODAL_TAG for child in auxiliaries)):
            return True
        following = tuple(parse.lower[i] for i in range(phrase.end, min(phrase.end + 2, len(parse.lower))))
        return any(following[:len(words)] == words for words in UP_TO_NOW)

    def _contingency(self, subordinator: int) -> bool:
        """Return True when token `subordinator` ('if') opens a clause whose predicate or subject's head names a danger
        or a need (`CONTINGENCY_WORDS`), or whose subject is Assad's enemies with a verb of attack: the condition of a
        guarantee, not a bound on the help."""
        parse = self.parse
        if parse.lowered_lemma(subordinator) not in CONTINGENCY_MARKS:
            return False
        verb = parse.head[subordinator]
        predicate = {parse.lowered_lemma(verb)}
        subjects = set()
        for child in parse.children(verb):
            if parse.dep[child] in CUE_SUBJECT_DEPS:
                subjects.add(parse.lowered_lemma(child))
            elif parse.dep[child] in PREDICATIVE_DEPS:
                predicate.add(parse.lowered_lemma(child))
            elif parse.dep[child] == "prep" and parse.lowered_lemma(verb) in LINKING_VERBS:
                predicate.update(parse.lowered_lemma(i) for i in parse.children(child) if parse.dep[i] == "pobj")
        return (not (predicate | subjects).isdisjoint(CONTINGENCY_WORDS)
                or (not subjects.isdisjoint(CONTINGENCY_ENEMIES) and not predicate.isdisjoint(ATTACK_VERBS)))

    def _conceded(self, i: int) -> bool:
        """Return True when token `i` heads a concession ('despite *backing*', 'although Moscow *backs* him'):
        the concession grants the support, and the clause above does not scope over it."""
        parse = self.parse
        return parse.lower[parse.head[i]] in CONCESSIVE_IDS or self._concessive_marks[i] >= 0

    def _ends_its_subject(self, verb: int, cue_root: int) -> bool:
        """Return True when the verb of ending `verb` is used intransitively, not negated, with the cue itself as its
        subject ('the airstrikes stopped', 'where that backing ends'; not 'accounts of the campaign end'): an aspectual
        verb's intransitive use has the activity that ends as its subject (Levin 1993 §55.1, aspectual verbs)."""
        parse = self.parse
        return (parse.dep[cue_root] in CUE_SUBJECT_DEPS and parse.head[cue_root] == verb
                and not self._negated(verb) and not any(parse.dep[child] in COMPLEMENT_DEPS
                                                         for child in parse.children(verb)))

    def _coordinated_clause(self, i: int) -> bool:
        """Return True when token `i` heads a clause coordinated with the one before and has its own subject ('the war
        could not be won, and Moscow sent jets'): each such clause carries its own polarity, so a modifier of the first
        does not bear on the second (Quirk et al. 1985 §13.14, clausal coordination)."""
        return self.parse.dep[i] == "conj" and self._first_subjects[i] >= 0

    def _counterfactual(self, i: int) -> bool:
        """Return True when token `i` ('without') opens the condition of a hypothetical clause ('*Without* Russian
        bombers it would have lost the province'): the condition grants what it names, and neither 'without' nor the
        modal or negation of the clause above bears on it (Quirk et al. 1985 §15.36, implied conditions)."""
        parse = self.parse
        return parse.lower[i] == WITHOUT_ID and any(
            parse.dep[child] == "aux" and parse.lower[child] in HYPOTHETICAL_MODAL_IDS
            for child in parse.children(parse.head[i]))

    def _compared(self, i: int) -> bool:
        """Return True when token `i` introduces the standard of a comparison ('no better *than* the interventions'):
        what bears on the comparative does not bear on the standard (Quirk et al. 1985 §15.63)."""
        return self.parse.lower[i] == THAN_ID and self.parse.tag[self.parse.head[i]] in COMPARATIVE_TAGS

    def _after_determiner(self, i: int, cls: str) -> bool:
        """Return True for a restricting adjective after a determiner: 'the only ally' is uniqueness, not
        restriction."""
        return cls == RESTRICTION and self.parse.dep[i] == "amod" and i > 0 and self.parse.tag[i - 1] in DETERMINER_TAGS

    def _on_its_noun(self, i: int, cue: Span) -> bool:
        """Return True unless token `i` is an adjective on a noun above the cue: 'the *former* control of the
        transit' describes the control, not the cue."""
        return self.parse.dep[i] != "amod" or self.parse.head[i] == cue.root.i

    def _negated(self, i: int) -> bool:
        """Return True when token `i` has a negation ('not', 'never') among its dependents, or a negative pronoun as its
        active subject ('*None of this* ended the partnership', '*no one* stopped the airlift')."""
        return any(self.parse.dep[child] == "neg" for child in self.parse.children(i)) or self._denied_by_its_subject(i)

    def _denied_by_its_subject(self, i: int) -> bool:
        """Return True when token `i` has a negative pronoun (`NEGATIVE_PRONOUN_IDS`, or 'one' determined by 'no') as
        its active subject."""
        parse = self.parse
        return any(parse.dep[child] == "nsubj" and (parse.lower[child] in NEGATIVE_PRONOUN_IDS or (
            parse.lower[child] == ONE_ID and any(parse.lower[grand] == NO_ID for grand in parse.children(child))))
            and not any(parse.lower[grand] in EXCEPTIVE_IDS for grand in parse.children(child))
            for child in parse.children(i))

    def _on_its_quantifier(self, i: int, cue: Span) -> bool:
        """Return True when token `i` focuses the quantifier of the cue: 'only so many aircraft', 'only a few jets'
        (Quirk et al. 1985 §8.116, focusing subjuncts)."""
        parse, quantifier = self.parse, self.parse.head[i]
        return (parse.dep[i] == "advmod" and parse.dep[quantifier] in QUANTIFIER_DEPS
                and parse.head[quantifier] == cue.root.i and not cue.start <= quantifier < cue.end)

    def _predicated_of(self, i: int, chain: list[int]) -> bool:
        """Return True when token `i` is the predicative complement of a clause whose subject is on the cue's chain:
        'the strikes were *few*', 'its help was *sporadic*'."""
        parse = self.parse
        return parse.dep[i] in PREDICATIVE_DEPS and any(
            parse.dep[token] in CUE_SUBJECT_DEPS and parse.head[token] == parse.head[i] for token in chain)

    def _conditions(self, subordinator: int, chain_ids: set[int]) -> bool:
        """Return True when token `subordinator` hangs, within a few words, on the cue's chain ('for as long as')."""
        parse, node = self.parse, subordinator
        for _ in range(4):
            if parse.dep[node] not in CONDITION_PATH or parse.head[node] == node or parse.head[node] in chain_ids:
                break
            node = parse.head[node]
        return parse.head[node] in chain_ids


def _without_double_negation(found: list[Modifier]) -> list[Modifier]:
    """Return `found` less its negations when two of them turn the cue: they cancel ('*never* advanced
    *without* Russian air cover'; Horn 1989, double negation and litotes). The correlatives 'neither … nor' are one
    negation shared by the coordinated words, not two."""
    negations = [modifier for modifier in found if modifier.cls == NEGATION and modifier.effect == TURNS
                 and modifier.text.lower() not in CORRELATIVE_NEGATIONS]
    if len(negations) != 2:
        return found
    return [modifier for modifier in found if modifier not in negations]
