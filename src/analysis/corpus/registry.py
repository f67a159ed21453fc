"""The corpus registry: `seeds/sources.csv` and the text files it lists, validated together."""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from analysis.config import SECTION_OVERRIDES_FILE, SOURCES_FILE
from analysis.errors import InputError

SOURCE_COLUMNS = ("doc_id", "file", "outlet", "title", "author", "published", "genre", "label", "notes")
REQUIRED_VALUES = ("doc_id", "file", "outlet", "label")
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


def read_sources(seeds_dir: Path) -> tuple[list[Source], list[str]]:
    """Return the rows of `sources.csv` that are usable, and the problems found in the file."""
    path = Path(seeds_dir) / SOURCES_FILE
    where = _display(path)
    if not path.is_file():
        return [], [f"{where}: file not found; every text in {Path(seeds_dir).name}/ needs a row in it"]
    try:
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        return [], [f"{where}: not valid UTF-8 at byte {err.start}"]
    reader = csv.reader(content.splitlines())
    header = next(reader, None)
    if header is None:
        return [], [f"{where}: empty file; expected a header row {','.join(SOURCE_COLUMNS)}"]
    header = [name.strip() for name in header]
    missing = [name for name in SOURCE_COLUMNS if name not in header]
    if missing:
        return [], [f"{where}: missing column(s) {', '.join(missing)}; expected {','.join(SOURCE_COLUMNS)}"]
    problems: list[str] = []
    sources: list[Source] = []
    first_line_of: dict[str, int] = {}
    for line_no, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            problems.append(f"{where} line {line_no}: expected {len(header)} fields, found {len(values)} (check quoting of commas)")
            continue
        row = {name: value.strip() for name, value in zip(header, values)}
        empty = [name for name in REQUIRED_VALUES if not row[name]]
        if empty:
            problems.append(f"{where} line {line_no}: empty {', '.join(empty)}")
            continue
        doc_id = row["doc_id"]
        if doc_id in first_line_of:
            problems.append(f"{where} line {line_no}: duplicate doc_id '{doc_id}' (first on line {first_line_of[doc_id]})")
            continue
        first_line_of[doc_id] = line_no
        if Path(row["file"]).stem != doc_id:
            problems.append(f"{where} line {line_no}: doc_id '{doc_id}' is not the stem of file '{row['file']}'")
            continue
        if row["published"] and not ISO_PARTIAL_DATE.match(row["published"]):
            problems.append(f"{where} line {line_no}: published '{row['published']}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
            continue
        sources.append(Source(**{name: row[name] for name in SOURCE_COLUMNS}))
    return sources, problems


def read_text(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str | None, str | None]:
    """Return (text, None) for a usable UTF-8 file, else (None, problem)."""
    data = path.read_bytes()
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

    Raises InputError listing every problem: unregistered or missing files, bad UTF-8,
    empty files, files over `max_chars`, and malformed or duplicate rows in `sources.csv`.
    """
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.exists():
        raise InputError([f"{seeds_dir}: folder does not exist"])
    if not seeds_dir.is_dir():
        raise InputError([f"{seeds_dir}: not a folder"])
    sources, problems = read_sources(seeds_dir)
    registered = {source.file for source in sources}
    for path in sorted(seeds_dir.glob("*.txt")):
        if path.name not in registered:
            problems.append(f"{_display(path)}: no row in {SOURCES_FILE}; add one (doc_id is the file stem)")
            problem = read_text(path, max_chars=max_chars)[1]
            if problem:
                problems.append(problem)
    documents = []
    for source in sources:
        path = seeds_dir / source.file
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
    overrides: dict[str, dict[int, str]] = {}
    problems = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [name for name in OVERRIDE_COLUMNS[:3] if name not in (reader.fieldnames or [])]
        if missing:
            raise InputError([f"{where}: missing column(s) {', '.join(missing)}; expected {','.join(OVERRIDE_COLUMNS)}"])
        for line_no, row in enumerate(reader, start=2):
            section = (row["section"] or "").strip()
            if section not in SECTIONS:
                problems.append(f"{where} line {line_no}: unknown section '{section}'; use one of {', '.join(SECTIONS)}")
            elif not (row["line"] or "").strip().isdigit():
                problems.append(f"{where} line {line_no}: line '{row['line']}' is not a line number")
            else:
                overrides.setdefault(row["doc_id"].strip(), {})[int(row["line"])] = section
    if problems:
        raise InputError(problems)
    return overrides
