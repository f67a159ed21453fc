"""One reader for the editable resource files (CSV and TOML), and a guard for their regular expressions.

Every reader returns what it could read together with a list of one-line problems, each
naming the file and the line, so that callers report every problem at once. A loader that keeps
what it read for the process (`resource_loader`) is emptied whenever `resources_digest` finds the
files changed, so that what it returns afterwards is what that digest names; `read_as_digested` tells
whether every file read since holds what the digest names (not so when a file was edited meanwhile).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from re import _constants as sre_constants, _parser as sre_parser
from typing import Callable, NamedTuple

UNBOUNDED = sre_constants.MAXREPEAT
REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
NESTED_REPEAT_LIMIT = 10
CASE_FOLD_BREAKERS = "\u0130\u0131\u017f\u212a"  # İ, ı, ſ, Kelvin sign: `re.IGNORECASE` matches them to i, s, k
CASE_FOLD_BREAKER = re.compile(f"[{CASE_FOLD_BREAKERS}]")
FIELD_SIZE_LIMIT = csv.field_size_limit()
_LOADERS: list = []  # every `resource_loader`, emptied together
_last_digest: str | None = None  # the resource files' digest when `resources_digest` last read them
_digested: dict[str, str] = {}  # each of those files' SHA-256 then, by resolved path (a string: quick to compare)
_read: dict[str, str] = {}  # the SHA-256 of each file a reader read since, by resolved path


class Row(NamedTuple):
    """One CSV record: the physical line it starts on and its values by column."""

    line: int
    values: dict[str, str]


def resource_loader(*, maxsize: int = 1) -> Callable[[Callable], Callable]:
    """Return a decorator keeping a loader's results (`functools.lru_cache`) until `resources_digest` finds the
    resource files changed."""
    def decorate(loader: Callable) -> Callable:
        cached = lru_cache(maxsize=maxsize)(loader)
        _LOADERS.append(cached)
        return cached
    return decorate


def resources_digest(folder: Path) -> str:
    """Return the SHA-256 of the resource files in `folder` (names and bytes; not the `.md` notes), first emptying
    every `resource_loader` when it differs from the digest this process last took, or a file was read since in
    another state: a loader then reads the files again on its next call."""
    global _last_digest
    paths = sorted(path for path in Path(folder).iterdir() if path.is_file() and path.suffix != ".md")
    shas = [(path, hashlib.sha256(path.read_bytes()).hexdigest()) for path in paths]
    files = {str(path.resolve()): sha for path, sha in shas}
    digest = hashlib.sha256("".join(f"{path.name}\x00{sha}\x00" for path, sha in shas).encode("utf-8")).hexdigest()
    if digest != _last_digest or not read_as_digested(_last_digest):
        for loader in _LOADERS:
            loader.cache_clear()
        _read.clear()
    _last_digest = digest
    _digested.clear()
    _digested.update(files)
    return digest


def read_as_digested(digest: str | None) -> bool:
    """Return True when `digest` is the last `resources_digest` and every resource file read since held what it
    names."""
    return digest == _last_digest and all(_read.get(path, sha) == sha for path, sha in _digested.items())


def _read_bytes(path: Path) -> bytes:
    """Return the bytes of `path`, noting their SHA-256 for `read_as_digested`. Raises OSError."""
    data = path.read_bytes()
    _read[str(path.resolve())] = hashlib.sha256(data).hexdigest()
    return data


def read_resource_text(path: Path) -> str:
    """Return the UTF-8 text of the resource file `path`, noted as read. Raises OSError and UnicodeDecodeError."""
    return _read_bytes(Path(path)).decode("utf-8")


def _decode(path: Path, *, encoding: str, where: str) -> tuple[str | None, str | None]:
    """Return (text, None), or (None, problem named by `where`) for a missing, unreadable or non-UTF-8 file."""
    try:
        data = _read_bytes(path)
    except FileNotFoundError:
        return None, f"{where}: file not found"
    except OSError as err:
        return None, f"{where}: cannot be read ({err.strerror or err})"
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as err:
        return None, f"{where}: not valid UTF-8 at byte {err.start} ({err.reason})"


def read_resource_table(path: Path, *, columns: tuple[str, ...], exact: bool = True, where: str | None = None,
                        encoding: str = "utf-8") -> tuple[list[Row], list[str]]:
    """Return the records of the CSV file `path` and the problems found reading it.

    The header must be `columns` exactly (or, with `exact=False`, contain them). Each record
    keeps the line it starts on, also when a quoted field spans lines; values are stripped of
    nothing. A record with the wrong number of fields, a field over the size limit, a file that
    is not UTF-8 and a bad header are problems named by `where` (default: the path). Never raises
    for bad content.
    """
    path = Path(path)
    where = where or str(path)
    text, problem = _decode(path, encoding=encoding, where=where)
    if problem:
        return [], [problem]
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[Row] = []
    problems: list[str] = []
    line = 1
    try:
        header = next(reader, None)
        if header is None:
            return [], [f"{where}: empty file; expected a header row {','.join(columns)}"]
        header = [name.strip() for name in header]
        missing = [name for name in columns if name not in header]
        if missing:
            return [], [f"{where}: missing column(s) {', '.join(missing)}; expected {','.join(columns)}"]
        if exact and tuple(header) != columns:
            return [], [f"{where}: columns must be {','.join(columns)}"]
        line = reader.line_num + 1
        for values in reader:
            if any(value.strip() for value in values):
                if len(values) != len(header):
                    problems.append(f"{where} line {line}: expected {len(header)} fields, found {len(values)} "
                                    "(check quoting of commas)")
                else:
                    rows.append(Row(line, dict(zip(header, values))))
            line = reader.line_num + 1
    except csv.Error as err:
        return rows, [*problems, f"{where} line {line}: {err} (fields are limited to {FIELD_SIZE_LIMIT:,} characters)"
                      if "field larger" in str(err) else f"{where} line {line}: malformed CSV: {err}"]
    return rows, problems


def read_resource_toml(path: Path, *, where: str | None = None) -> tuple[dict, list[str]]:
    """Return the TOML document in `path` (an empty dict when unreadable) and the problems found reading it."""
    path = Path(path)
    where = where or path.name
    text, problem = _decode(path, encoding="utf-8", where=where)
    if problem:
        return {}, [problem]
    return parse_resource_toml(text, where=where)


def parse_resource_toml(text: str, *, where: str) -> tuple[dict, list[str]]:
    """Return the TOML document `text` of the resource file named by `where` (an empty dict when it is not TOML) and
    the problem found parsing it, as `read_resource_toml` names it."""
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as err:
        return {}, [f"{where}: not valid TOML: {err}"]


def _children(op, av) -> list:
    """Return the sub-patterns of one parsed pattern item."""
    if op in REPEATS:
        return [av[2]]
    if op == sre_constants.SUBPATTERN:
        return [av[3]]
    if op == sre_constants.BRANCH:
        return list(av[1])
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]
    if op == sre_constants.ATOMIC_GROUP:
        return [av]
    return []


def _has_repeat(items) -> bool:
    """Return True when the parsed pattern `items` repeats something more than once."""
    return any((op in REPEATS and av[1] > 1 and av[0] != av[1]) or any(_has_repeat(sub) for sub in _children(op, av))
               for op, av in items)


def _has_nested_repeat(items) -> bool:
    """Return True when a long or unbounded repeat in `items` holds another repeat."""
    for op, av in items:
        if op in REPEATS and (av[1] == UNBOUNDED or av[1] > NESTED_REPEAT_LIMIT) and _has_repeat(av[2]):
            return True
        if any(_has_nested_repeat(sub) for sub in _children(op, av)):
            return True
    return False


def required_strings(pattern: re.Pattern) -> frozenset[str] | None:
    """Return strings of which every match of `pattern` holds at least one, so that a text holding none of them has no
    match; None where the pattern gives no such strings (a letter matched in either case breaks a string)."""
    return _required(sre_parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))


def folded_strings(pattern: re.Pattern) -> frozenset[str] | None:
    """Return lower-case strings of which every match of `pattern` holds at least one once lower-cased, letters
    matched in either case or not, in a text that `folds_exactly`; None where the pattern gives no such strings. A
    non-ASCII character of the pattern breaks a string."""
    return _required(sre_parser.parse(pattern.pattern, pattern.flags), False, folded=True)


def folds_exactly(text: str) -> bool:
    """Return True when `text` holds none of the non-ASCII characters that `re.IGNORECASE` matches to an ASCII
    letter (`CASE_FOLD_BREAKERS`), so that a match of an ASCII string in either case is one in `text.lower()`."""
    return text.isascii() or CASE_FOLD_BREAKER.search(text) is None


def _as_required(code: int, ignore_case: bool, folded: bool) -> str | None:
    """Return the character `code` as part of a required string: lower-cased where folded (None when not ASCII),
    None where matched in either case otherwise."""
    char = chr(code)
    if folded:
        return char.lower() if char.isascii() else None
    return None if ignore_case else char


def _required(items, ignore_case: bool, *, folded: bool = False) -> frozenset[str] | None:
    """Return the required strings of a parsed sequence (see `required_strings` and, where `folded`,
    `folded_strings`): those of its element whose shortest string is longest, a run of literal characters being one
    element, a set of characters (`[|/]`) giving each, a character repeated at least n times (` {2,}`) n of it."""
    found, run = [], []
    for op, av in items:
        char = _as_required(av, ignore_case, folded) if op == sre_constants.LITERAL else None
        if char is not None:
            run.append(char)
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        strings = None
        if op == sre_constants.SUBPATTERN:
            _, added, removed, sub = av
            strings = _required(sub, (ignore_case or bool(added & sre_constants.SRE_FLAG_IGNORECASE))
                                and not removed & sre_constants.SRE_FLAG_IGNORECASE, folded=folded)
        elif op == sre_constants.ATOMIC_GROUP:
            strings = _required(av, ignore_case, folded=folded)
        elif op in REPEATS and av[0] >= 1:
            repeated = list(av[2])
            single = len(repeated) == 1 and repeated[0][0] == sre_constants.LITERAL
            char = _as_required(repeated[0][1], ignore_case, folded) if single else None
            strings = frozenset({char * av[0]}) if char is not None else _required(av[2], ignore_case, folded=folded)
        elif op == sre_constants.IN and all(item == sre_constants.LITERAL for item, _ in av):
            chars = {_as_required(code, ignore_case, folded) for _, code in av}
            strings = None if None in chars else frozenset(chars)
        elif op == sre_constants.BRANCH:
            branches = [_required(branch, ignore_case, folded=folded) for branch in av[1]]
            strings = None if None in branches else frozenset().union(*branches)
        if strings:
            found.append(strings)
    if run:
        found.append(frozenset({"".join(run)}))
    return max(found, key=lambda strings: (min(map(len, strings)), -len(strings)), default=None)


def alternatives(pattern: re.Pattern) -> tuple[re.Pattern, ...]:
    """Return the top-level alternatives of `pattern` (`a|b|c`), each compiled alone with its flags, so that `pattern`
    matches somewhere in a text exactly when one of them does; `(pattern,)` for a pattern with one alternative, in
    verbose mode (also in a group, `(?x:…)`, whose comments may hold brackets), with a comment or with a
    back-reference (whose group may lie in another alternative)."""
    source = pattern.pattern
    parsed = sre_parser.parse(source, pattern.flags)
    if pattern.flags & re.VERBOSE or "(?#" in source or _refers_back(parsed) or _verbose_group(parsed):
        return (pattern,)
    pieces, start, depth, in_set, i = [], 0, 0, False, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            i += 1 + (source[i + 1:i + 2] == "^")
            i += source[i:i + 1] == "]"  # a "]" first in a set is a member, not its end
            continue
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            pieces.append(source[start:i])
            start = i + 1
        i += 1
    if not pieces:
        return (pattern,)
    return tuple(re.compile(piece, pattern.flags) for piece in [*pieces, source[start:]])


def gated_alternatives(pattern: re.Pattern) -> tuple[tuple[re.Pattern, frozenset[str] | None], ...]:
    """Return the top-level alternatives of `pattern` (see `alternatives`), each with its required strings (see
    `required_strings`), for `search_gated`."""
    return tuple((alternative, required_strings(alternative)) for alternative in alternatives(pattern))


def search_gated(gated: tuple[tuple[re.Pattern, frozenset[str] | None], ...], text: str) -> bool:
    """Return True when one of the `gated_alternatives` matches somewhere in `text`, each searched only in a text
    holding one of its required strings: the same answer as searching the whole pattern."""
    return any((required is None or any(map(text.__contains__, required))) and alternative.search(text) is not None
               for alternative, required in gated)


def _refers_back(items) -> bool:
    """Return True when the parsed pattern `items` holds a back-reference (`\\1`, `(?P=name)`, `(?(1)…)`)."""
    return any(op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS)
               or any(_refers_back(sub) for sub in _children(op, av)) for op, av in items)


def _verbose_group(items) -> bool:
    """Return True when the parsed pattern `items` holds a group that turns on verbose mode (`(?x:…)`)."""
    return any(op == sre_constants.SUBPATTERN and av[1] & sre_constants.SRE_FLAG_VERBOSE
               or any(_verbose_group(sub) for sub in _children(op, av)) for op, av in items)


def compile_guarded(pattern: str) -> re.Pattern:
    """Return `pattern` compiled, refusing nested quantifiers such as `(a+)+`, `(a*)*` or `(.*)*`.

    A repeat with no upper bound (or one above NESTED_REPEAT_LIMIT) around another repeat can
    take exponential time on a short line. Raises ValueError saying why (re.error for bad syntax).
    """
    compiled = re.compile(pattern)
    if _has_nested_repeat(sre_parser.parse(pattern)):
        raise ValueError("nested quantifier (a repeated group that itself repeats, as in (a+)+) "
                         "can take exponential time; rewrite it without the outer repeat")
    return compiled
