"""The framing codebook (`resources/codebook.toml`): reading, checking and trying cues out.

Cues match on spaCy lemmas (see `analysis.nlp.matching`) or through Matcher patterns; how a
match becomes a code — tied to a Russian agent, turned by negation or modality, carried by
the paragraph — is the coder's work, in `analysis.extract.frames.coder`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import parse_resource_toml, read_resource_text, read_resource_toml, resource_loader
from analysis.errors import InputError
from analysis.nlp.matching import LemmaPhraseMatcher
from analysis.extract.vocabulary import DIMENSIONS

CODEBOOK_FILE = RESOURCES_DIR / "codebook.toml"
CODE_FIELDS = {"id", "dimension", "definition", "examples", "cues", "patterns", "requires", "negated"}
REQUIRED_FIELDS = ("id", "dimension", "definition")
CONDITIONS = ("agent", "russia", "assad", "recipient", "asset", "tied", "own", "third")
NEGATION_RULES = ("skip", "keep")
# A pattern names a word list of the codebook's [lists] table as the value of IN or NOT_IN: {LOWER = {IN = "@bases"}}.
LIST_REFERENCE = "@"
LIST_OPERATORS = ("IN", "NOT_IN")


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


def _lists_problems(lists: object, name: str) -> list[str]:
    """Return the problems of the codebook's [lists] table: it must map names to lists of non-empty strings."""
    if not isinstance(lists, dict):
        return [f"{name}: [lists] must be a table of named word lists"]
    return [f"{name}: list '{key}' must be a list of non-empty strings" for key, words in lists.items()
            if not (_is_list_of(words, str) and all(word.strip() for word in words))]


def _expanded_lists(lists: dict[str, list[str]], name: str) -> tuple[dict[str, list[str]], list[str]]:
    """Return the [lists] table with each entry that names another list ("@armed_opponents") written out as that
    list's words, and a problem per unknown name or per list named by a list that itself names one."""
    problems = []

    def words_of(key: str) -> list[str]:
        words = []
        for word in lists[key]:
            other = word.removeprefix(LIST_REFERENCE) if word.startswith(LIST_REFERENCE) else None
            if other is None:
                words.append(word)
            elif other not in lists or any(entry.startswith(LIST_REFERENCE) for entry in lists[other]):
                problems.append(f"{name}: list '{key}' names '{word}', which is no list of words in [lists]")
            else:
                words.extend(lists[other])
        return words

    return {key: words_of(key) for key in lists}, problems


def _resolved_patterns(entry: dict, lists: dict[str, list[str]], where: str) -> tuple[dict, list[str]]:
    """Return the entry with each list its patterns name ("@bases") written out, and a problem per unknown name."""
    if not (isinstance(entry.get("patterns"), list) and all(_is_list_of(p, dict) for p in entry["patterns"])):
        return entry, []
    problems = []

    def written_out(value, number: int):
        if not isinstance(value, dict):
            return value
        resolved = dict(value)
        for operator in LIST_OPERATORS:
            name = value.get(operator)
            if isinstance(name, str) and name.startswith(LIST_REFERENCE):
                words = lists.get(name.removeprefix(LIST_REFERENCE))
                if words is None:
                    problems.append(f"{where}: pattern {number} names no list '{name}'; the lists are "
                                    f"{', '.join(sorted(lists)) or 'none'}")
                resolved[operator] = words or []
        return resolved

    patterns = [[{key: written_out(value, number) for key, value in token.items()} for token in pattern]
                for number, pattern in enumerate(entry["patterns"], start=1)]
    return {**entry, "patterns": patterns}, problems


@resource_loader(maxsize=16)
def codebook_list(name: str, path: Path | None = None) -> tuple[str, ...]:
    """Return the word list `name` of the codebook's [lists] table (the default codebook without `path`), for code
    that reads the same words as the codebook's patterns (`frames.senses.small_means_heads`). Raises InputError
    for a file that cannot be read or a list it does not have."""
    path = Path(path or CODEBOOK_FILE)
    data, problems = read_resource_toml(path)
    lists = data.get("lists", {}) if not problems else {}
    problems = problems or _lists_problems(lists, path.name)
    if not problems:
        lists, problems = _expanded_lists(lists, path.name)
    if not problems and name not in lists:
        problems = [f"{path.name}: no list '{name}' in [lists]"]
    if problems:
        raise InputError(problems)
    return tuple(lists[name])


def read_codebook(path: Path | None = None, *, nlp) -> Codebook:
    """Return the codebook in `path`, checked against `nlp`'s vocabulary.

    Patterns may name a word list of the file's [lists] table ("@bases"), written out here. Raises InputError naming
    every bad entry: a file that is not UTF-8 or not TOML, unknown or missing fields, fields of the wrong type (a
    string where a list is due), an unknown dimension, duplicate ids, unknown conditions, a code with no cue, invalid
    Matcher patterns, a pattern naming no list, and a missing code the coder names itself (`coder.NAMED_CODES`:
    'limits.reluctance', 'support.backing', 'limits.leverage', ...). The codes come from `checked_codes`, which
    reads and checks a text of the file once.
    """
    return Codebook(checked_codes(path, vocab=nlp.vocab), nlp.vocab, nlp.make_doc)


# The text of the codebook checked last and its codes (see `checked_codes`).
_last_checked: tuple[str, tuple[Code, ...]] | None = None


def checked_codes(path: Path | None = None, *, vocab: Vocab) -> tuple[Code, ...]:
    """Return the codes of the codebook in `path`, checked as `read_codebook` checks them (its patterns added to a
    Matcher on `vocab`), without compiling a matcher; raise its InputError.

    When the file holds the text checked last, its codes are returned again without parsing or checking it: none of
    the checks depends on the vocabulary, so a build that checks the codebook before the model loads and then reads
    it for the model checks it once. The cache is keyed by the file's text, not by a `resource_loader`'s arguments:
    the vocabulary differs between the two calls, and a codebook given by its path may lie outside the resources
    folder whose digest empties those loaders.
    """
    global _last_checked
    path = Path(path or CODEBOOK_FILE)
    try:
        text = read_resource_text(path)
    except (OSError, UnicodeDecodeError):
        text = None
    last = _last_checked  # read once: another thread may set it between two reads
    if text is not None and last is not None and last[0] == text:
        return last[1]
    data, problems = read_resource_toml(path) if text is None else parse_resource_toml(text, where=path.name)
    if problems:
        raise InputError(problems)
    codes, seen = [], set()
    entries, lists = data.get("code", []), data.get("lists", {})
    if set(data) - {"code", "lists"} or not entries or not _is_list_of(entries, dict):
        raise InputError([f"{path.name}: expected a list of [[code]] tables, perhaps a [lists] table, and nothing else"])
    if problems := _lists_problems(lists, path.name):
        raise InputError(problems)
    lists, problems = _expanded_lists(lists, path.name)
    if problems:
        raise InputError(problems)
    for number, entry in enumerate(entries, start=1):
        where = f"{path.name} code {number} ('{entry.get('id', '?')}')"
        entry, entry_problems = _resolved_patterns(entry, lists, where)
        entry_problems += _entry_problems(entry, where, vocab=vocab)
        if isinstance(entry.get("id"), str) and entry["id"] in seen:
            entry_problems.append(f"{where}: duplicate id")
        seen.add(str(entry.get("id")))
        if entry_problems:
            problems.extend(entry_problems)
            continue
        codes.append(Code(entry["id"], entry["dimension"], entry["definition"], tuple(entry.get("examples", ())),
                          tuple(entry.get("cues", ())), tuple(tuple(p) for p in entry.get("patterns", ())),
                          tuple(entry.get("requires", ())), entry.get("negated", "skip")))
    from analysis.extract.frames.coder import NAMED_CODES  # here: the coder reads the codebook's types

    problems.extend(f"{path.name}: no code '{code_id}', which the coder names" for code_id in
                    sorted(NAMED_CODES - {code.id for code in codes}))
    if problems:
        raise InputError(problems)
    checked = tuple(codes)
    if text is not None:
        _last_checked = (text, checked)
    return checked


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


def codebook_table(path: Path | None = None) -> "pd.DataFrame":
    """Return the codebook as a table (id, dimension, definition, cues) without loading spaCy."""
    import pandas as pd

    entries = tomllib.loads(Path(path or CODEBOOK_FILE).read_text(encoding="utf-8")).get("code", [])
    return pd.DataFrame([{"code": e["id"], "dimension": e["dimension"], "definition": e["definition"],
                          "cues": ", ".join(e.get("cues", []))} for e in entries])
