"""The corpus registry: `seeds/sources.csv` and the text files it lists, validated together."""

from __future__ import annotations

import hashlib
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath

from analysis.config import SECTION_OVERRIDES_FILE, SOURCES_FILE
from analysis.corpus.resources import read_resource_table
from analysis.errors import InputError

SOURCE_COLUMNS = ("doc_id", "file", "outlet", "title", "author", "published", "genre", "label", "notes")
REQUIRED_VALUES = ("doc_id", "file", "outlet", "label")
UNIQUE_COLUMNS = ("doc_id", "label")
FIRST_DAY = "-01-01"  # completes a partial date (YYYY or YYYY-MM) for the calendar check
ISO_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
OVERRIDE_COLUMNS = ("doc_id", "line", "section", "note")
DEFAULT_MAX_CHARS = 2_000_000


@dataclass(frozen=True)
class Source:
    """One row of `sources.csv`."""

    doc_id: str
    file: str
    outlet: str
    title: str
    author: str
    published: str
    genre: str
    label: str
    notes: str


@dataclass(frozen=True)
class Document:
    """A registered text: its metadata and its raw text (UTF-8 decoded, nothing else changed)."""

    source: Source
    text: str
    sha256: str

    @property
    def doc_id(self) -> str:
        return self.source.doc_id


def _display(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _valid_date(value: str) -> bool:
    """Return True for an ISO date, possibly partial (YYYY, YYYY-MM), that exists in the calendar."""
    if not ISO_PARTIAL_DATE.match(value):
        return False
    try:
        date.fromisoformat(value + FIRST_DAY[len(value) - len("YYYY"):])
    except ValueError:
        return False
    return True


def _plain_name_problem(name: str) -> str | None:
    """Return why `name` is not a plain file name inside the seeds folder, or None."""
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).is_absolute():
        return "is an absolute path"
    if name in (".", "..") or "/" in name or "\\" in name:
        return "is not a plain file name (no folders, no '..')"
    return None


def read_sources(seeds_dir: Path) -> tuple[list[Source], list[str], set[str]]:
    """Return the usable rows of `sources.csv`, the problems found in the file, and every file it names."""
    path = Path(seeds_dir) / SOURCES_FILE
    where = _display(path)
    if not path.is_file():
        return [], [f"{where}: file not found; every text in {Path(seeds_dir).name}/ needs a row in it"], set()
    rows, problems = read_resource_table(path, columns=SOURCE_COLUMNS, exact=False, where=where, encoding="utf-8-sig")
    sources: list[Source] = []
    named = {row.values["file"].strip() for row in rows}
    first_line_of: dict[tuple[str, str], int] = {}
    for line_no, values in rows:
        row = {name: values[name].strip() for name in SOURCE_COLUMNS}
        empty = [name for name in REQUIRED_VALUES if not row[name]]
        row_problems = [f"empty {', '.join(empty)}"] if empty else []
        for column in UNIQUE_COLUMNS:
            if row[column] and (column, row[column]) in first_line_of:
                row_problems.append(f"duplicate {column} '{row[column]}' "
                                    f"(first on line {first_line_of[column, row[column]]})")
            first_line_of.setdefault((column, row[column]), line_no)
        unsafe = _plain_name_problem(row["file"]) if row["file"] else None
        if unsafe:
            row_problems.append(f"file '{row['file']}' {unsafe}")
        elif row["file"] and row["doc_id"] and Path(row["file"]).stem != row["doc_id"]:
            missing = "" if (Path(seeds_dir) / row["file"]).exists() else \
                f", and no file '{row['file']}' is in {Path(seeds_dir).name}/ (a typo in `file`?)"
            row_problems.append(f"doc_id '{row['doc_id']}' is not the stem of file '{row['file']}'{missing}")
        if row["published"] and not _valid_date(row["published"]):
            row_problems.append(f"published '{row['published']}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) "
                                "that exists in the calendar")
        if row_problems:
            problems.extend(f"{where} line {line_no}: {problem}" for problem in row_problems)
            continue
        sources.append(Source(**row))
    return sources, problems, named


def _confined_file_problem(seeds_dir: Path, path: Path, *, row: str) -> str | None:
    """Return why `path` may not be read as a seed (a link leaving the folder, not a regular file), or None."""
    if not path.exists() and not path.is_symlink():
        return None
    if path.is_symlink() and path.resolve().parent != seeds_dir.resolve():
        return f"{_display(path)}: {row}is a symbolic link leading outside {seeds_dir.name}/; copy the file in instead"
    try:
        mode = path.stat().st_mode
    except OSError as err:
        return f"{_display(path)}: {row}cannot be read ({err.strerror or err})"
    if not stat.S_ISREG(mode):
        return f"{_display(path)}: {row}is not a regular file"
    return None


def read_text(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str | None, str | None]:
    """Return (text, None) for a usable UTF-8 file, else (None, problem)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return None, f"{_display(path)}: cannot be read ({err.strerror or err})"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return None, f"{_display(path)}: not valid UTF-8 at byte {err.start} ({err.reason})"
    if not text.strip():
        return None, f"{_display(path)}: empty or whitespace-only file"
    if len(text) > max_chars:
        return None, f"{_display(path)}: {len(text):,} characters, over the limit of {max_chars:,} for one article (see --max-chars)"
    return text, None


def load_corpus(seeds_dir: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> list[Document]:
    """Return the registered documents sorted by doc_id.

    Raises InputError listing every problem: unregistered or missing files, files outside the
    seeds folder (absolute, '..', links leading out, not regular files), bad UTF-8, empty files,
    files over `max_chars`, and malformed, duplicate or invalid rows in `sources.csv`.
    """
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.exists():
        raise InputError([f"{seeds_dir}: folder does not exist"])
    if not seeds_dir.is_dir():
        raise InputError([f"{seeds_dir}: not a folder"])
    sources, problems, named = read_sources(seeds_dir)
    for path in sorted(seeds_dir.glob("*.txt")):
        if path.name not in named:
            problems.append(f"{_display(path)}: no row in {SOURCES_FILE} names this file; add one (doc_id is the file stem)")
            problem = _confined_file_problem(seeds_dir, path, row="") or read_text(path, max_chars=max_chars)[1]
            if problem:
                problems.append(problem)
    documents = []
    for source in sources:
        path = seeds_dir / source.file
        problem = _confined_file_problem(seeds_dir, path, row=f"row '{source.doc_id}' of {SOURCES_FILE} names a file that ")
        if problem:
            problems.append(problem)
            continue
        if not path.is_file():
            problems.append(f"{_display(seeds_dir / SOURCES_FILE)}: row '{source.doc_id}' names file '{source.file}', which is not in {seeds_dir.name}/")
            continue
        text, problem = read_text(path, max_chars=max_chars)
        if problem:
            problems.append(problem)
            continue
        documents.append(Document(source, text, hashlib.sha256(text.encode("utf-8")).hexdigest()))
    if problems:
        raise InputError(problems)
    return sorted(documents, key=lambda document: document.doc_id)


def read_section_overrides(seeds_dir: Path) -> dict[str, dict[int, str]]:
    """Return hand corrections of sections, `{doc_id: {line: section}}`, from the optional sidecar file.

    Raises InputError naming each bad row.
    """
    from analysis.corpus.sections import SECTIONS

    path = Path(seeds_dir) / SECTION_OVERRIDES_FILE
    if not path.is_file():
        return {}
    where = _display(path)
    rows, problems = read_resource_table(path, columns=OVERRIDE_COLUMNS[:3], exact=False, where=where,
                                         encoding="utf-8-sig")
    overrides: dict[str, dict[int, str]] = {}
    first_line: dict[tuple[str, int], int] = {}
    for line_no, row in rows:
        section, doc_id = row["section"].strip(), row["doc_id"].strip()
        if section not in SECTIONS:
            problems.append(f"{where} line {line_no}: unknown section '{section}'; use one of {', '.join(SECTIONS)}")
        elif not row["line"].strip().isdigit():
            problems.append(f"{where} line {line_no}: line '{row['line']}' is not a line number")
        elif (doc_id, int(row["line"])) in first_line:
            problems.append(f"{where} line {line_no}: duplicate override of line {int(row['line'])} of '{doc_id}' "
                            f"(first on line {first_line[doc_id, int(row['line'])]})")
        else:
            first_line[doc_id, int(row["line"])] = line_no
            overrides.setdefault(doc_id, {})[int(row["line"])] = section
    if problems:
        raise InputError(problems)
    return overrides
