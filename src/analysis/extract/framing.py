"""The framing coder: applies the editable codebook (`resources/codebook.toml`) to sentences.

A code fires in a sentence when one of its cues matches (on spaCy lemmas, see
`analysis.nlp.matching`, or through a Matcher pattern) and its context conditions hold; a negated cue counts only where the code
says so. Only headline, standfirst and body sentences are coded.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import read_resource_toml
from analysis.nlp.entities import EntityMention
from analysis.errors import InputError
from analysis.nlp.matching import LemmaPhraseMatcher
from analysis.corpus.sections import ANALYSED_SECTIONS
from analysis.extract.vocabulary import DIMENSIONS
from analysis.nlp.sentences import Sentence, record_span

CODEBOOK_FILE = RESOURCES_DIR / "codebook.toml"
CODE_FIELDS = {"id", "dimension", "definition", "examples", "cues", "patterns", "requires", "negated"}
REQUIRED_FIELDS = ("id", "dimension", "definition")
CONDITIONS = ("russia", "assad")
NEGATION_RULES = ("skip", "keep")
RUSSIA = "Russia"
ASSAD_ACTORS = frozenset({"Bashar al-Assad", "Syrian government"})
ASSAD_WORDS = frozenset({"regime", "client"})
SYRIAN_TITLES = frozenset({"leader", "president", "dictator", "government", "ruler"})
BACK_REFERENCES = frozenset({"it", "its", "they", "them", "their", "both", "this", "these", "he", "his", "him"})
NEGATORS = frozenset({"not", "never", "no", "without", "n't", "nor", "neither"})


@dataclass(frozen=True)
class Code:
    """One entry of the codebook."""

    id: str
    dimension: str
    definition: str
    examples: tuple[str, ...]
    cues: tuple[str, ...]
    patterns: tuple[tuple[dict, ...], ...]
    requires: tuple[str, ...]
    negated: str


class CodeHit(NamedTuple):
    """A code firing in a sentence; `start`/`end` are the cue's offsets."""

    sent_id: int
    code: str
    dimension: str
    cue: str
    start: int
    end: int


class Codebook:
    """The codes, and a matcher built from their cues and patterns."""

    def __init__(self, codes: Sequence[Code], vocab: Vocab, make_doc):
        self.codes = {code.id: code for code in codes}
        self.vocab, self.make_doc = vocab, make_doc
        self.matcher = LemmaPhraseMatcher(vocab, make_doc)
        for code in codes:
            self.matcher.add(code.id, code.cues, [list(pattern) for pattern in code.patterns])


def _is_list_of(value, kind) -> bool:
    return isinstance(value, list) and all(isinstance(item, kind) for item in value)


FIELD_CHECKS = {
    "id": (lambda value: isinstance(value, str), "a string"),
    "dimension": (lambda value: value in DIMENSIONS, f"one of {', '.join(DIMENSIONS)}"),
    "definition": (lambda value: isinstance(value, str), "a string"),
    "examples": (lambda value: _is_list_of(value, str), "a list of strings"),
    "cues": (lambda value: _is_list_of(value, str) and all(cue.strip() for cue in value),
             "a list of non-empty strings (cues = [\"airstrike\"], not cues = \"airstrike\")"),
    "patterns": (lambda value: isinstance(value, list) and all(_is_list_of(p, dict) for p in value),
                 "a list of patterns, each a list of token tables"),
    "requires": (lambda value: _is_list_of(value, str) and all(c in CONDITIONS for c in value),
                 f"among {', '.join(CONDITIONS)} (a list)"),
    "negated": (lambda value: value in NEGATION_RULES, " or ".join(NEGATION_RULES)),
}


def _entry_problems(entry: dict, where: str, *, vocab: Vocab) -> list[str]:
    """Return the problems of one codebook entry: fields unknown, missing, of the wrong type, invalid patterns."""
    unknown = sorted(set(entry) - CODE_FIELDS)
    missing = [field for field in REQUIRED_FIELDS if not entry.get(field)]
    problems = [f"{where}: unknown field(s) {', '.join(unknown)}"] if unknown else []
    problems += [f"{where}: missing {', '.join(missing)}"] if missing else []
    wrong = [field for field, (check, _) in FIELD_CHECKS.items()
             if field in entry and field not in missing and not check(entry[field])]
    problems += [f"{where}: {field} must be {FIELD_CHECKS[field][1]}, not {entry[field]!r}" for field in wrong]
    if not entry.get("cues") and not entry.get("patterns"):
        problems.append(f"{where}: needs at least one cue or pattern")
    for pattern in entry.get("patterns", ()) if "patterns" not in wrong else ():
        try:
            Matcher(vocab, validate=True).add("check", [list(pattern)])
        except (ValueError, TypeError) as err:
            problems.append(f"{where}: invalid pattern {list(pattern)}: {str(err).splitlines()[0]}")
    return problems


def read_codebook(path: Path | None = None, *, nlp) -> Codebook:
    """Return the codebook in `path`, checked against `nlp`'s vocabulary.

    Raises InputError naming every bad entry: a file that is not UTF-8 or not TOML, unknown or
    missing fields, fields of the wrong type (a string where a list is due), an unknown dimension,
    duplicate ids, unknown conditions, a code with no cue, and invalid Matcher patterns.
    """
    path = Path(path or CODEBOOK_FILE)
    data, problems = read_resource_toml(path)
    if problems:
        raise InputError(problems)
    codes, seen = [], set()
    entries = data.get("code", [])
    if set(data) - {"code"} or not entries or not _is_list_of(entries, dict):
        raise InputError([f"{path.name}: expected a list of [[code]] tables and nothing else"])
    for number, entry in enumerate(entries, start=1):
        where = f"{path.name} code {number} ('{entry.get('id', '?')}')"
        entry_problems = _entry_problems(entry, where, vocab=nlp.vocab)
        if isinstance(entry.get("id"), str) and entry["id"] in seen:
            entry_problems.append(f"{where}: duplicate id")
        seen.add(str(entry.get("id")))
        if entry_problems:
            problems.extend(entry_problems)
            continue
        codes.append(Code(entry["id"], entry["dimension"], entry["definition"], tuple(entry.get("examples", ())),
                          tuple(entry.get("cues", ())), tuple(tuple(p) for p in entry.get("patterns", ())),
                          tuple(entry.get("requires", ())), entry.get("negated", "skip")))
    if problems:
        raise InputError(problems)
    return Codebook(codes, nlp.vocab, nlp.make_doc)


def with_cue(codebook: Codebook, code_id: str, cue: str) -> Codebook:
    """Return a copy of `codebook` in which code `code_id` also has `cue` (lemma form, as in the file).

    Raises InputError for an unknown code or an empty cue; the codebook file is not touched.
    """
    problems = []
    if code_id not in codebook.codes:
        problems.append(f"codebook: no code '{code_id}'; codes are {', '.join(codebook.codes)}")
    if not isinstance(cue, str) or not cue.strip():
        problems.append("codebook: a cue must be a non-empty string")
    if problems:
        raise InputError(problems)
    codes = [replace(code, cues=(*code.cues, cue.strip().lower())) if code.id == code_id else code
             for code in codebook.codes.values()]
    return Codebook(codes, codebook.vocab, codebook.make_doc)


def _is_negated(span: Span) -> bool:
    inside = {token.i for token in span}
    for token in span:
        if any(child.dep_ == "neg" for child in (*token.children, *token.head.children)):
            return True
    window = span.doc[max(span.sent.start, span.start - 3):span.start]
    return any(token.lower_ in NEGATORS and token.i not in inside for token in window)


class _Context(NamedTuple):
    russia: bool
    assad: bool
    refers_back: bool


def _contexts(doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention]) -> dict[int, _Context]:
    by_sentence: dict[int, list[EntityMention]] = {}
    for mention in entities:
        by_sentence.setdefault(mention.sent_id, []).append(mention)
    contexts = {}
    for sentence in sentences:
        mentions = by_sentence.get(sentence.sent_id, [])
        span = record_span(doc, sentence)
        lemmas = [token.lemma_.lower() for token in span]
        syrian_title = any(word == "syrian" and lemmas[i + 1] in SYRIAN_TITLES for i, word in enumerate(lemmas[:-1]))
        contexts[sentence.sent_id] = _Context(
            russia=any(m.actor == RUSSIA or m.affiliation == RUSSIA for m in mentions),
            assad=(any(m.actor in ASSAD_ACTORS or m.text == "Damascus" for m in mentions)
                   or bool(ASSAD_WORDS & set(lemmas)) or syrian_title),
            refers_back=any(token.lower_ in BACK_REFERENCES for token in span),
        )
    return contexts


def iter_code_hits(doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention], *,
                   codebook: Codebook) -> Iterator[CodeHit]:
    """Yield the code hits of `doc`, in sentence order, for headline, standfirst and body sentences."""
    contexts = _contexts(doc, sentences, entities)
    previous: dict[int, int] = {}
    last_coded = None
    for sentence in sentences:
        if sentence.section in ANALYSED_SECTIONS:
            previous[sentence.sent_id] = last_coded
            last_coded = sentence.sent_id
    for sentence in sentences:
        if sentence.section not in ANALYSED_SECTIONS:
            continue
        here = contexts[sentence.sent_id]
        before = contexts.get(previous[sentence.sent_id]) if here.refers_back and previous[sentence.sent_id] is not None else None
        holds = {
            "russia": here.russia or bool(before and before.russia),
            "assad": here.assad or bool(before and before.assad),
        }
        span = record_span(doc, sentence)
        matches = codebook.matcher(span)
        by_code: dict[str, list[Span]] = {}
        for match in matches:
            by_code.setdefault(match.label_, []).append(match)
        for code_id in sorted(by_code):
            code = codebook.codes[code_id]
            if not all(holds[condition] for condition in code.requires):
                continue
            for match in sorted(filter_spans(by_code[code_id]), key=lambda m: m.start):
                if code.negated == "skip" and _is_negated(match):
                    continue
                yield CodeHit(sentence.sent_id, code.id, code.dimension, match.text, match.start_char, match.end_char)


def codebook_table(path: Path | None = None) -> "pd.DataFrame":
    """Return the codebook as a table (id, dimension, definition, cues) without loading spaCy."""
    import pandas as pd

    entries = tomllib.loads(Path(path or CODEBOOK_FILE).read_text(encoding="utf-8")).get("code", [])
    return pd.DataFrame([{"code": e["id"], "dimension": e["dimension"], "definition": e["definition"],
                          "cues": ", ".join(e.get("cues", []))} for e in entries])
