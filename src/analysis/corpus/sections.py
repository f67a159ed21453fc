"""Blocks (paragraphs) and the section each belongs to.

A block is one non-blank line, or a run of lines joined by hard wrapping (a line that
does not end a sentence followed by a line that starts in lower case). Block spans
exclude surrounding whitespace, so everything between blocks is whitespace.

Each block gets exactly one section and the reason for it. Rules from
`resources/section_rules.csv` label chrome, captions, bylines and headings; `page.py` adds the
layout cues of `layout.py` and the block's zone on the page (masthead, header, body, tail,
comments), with the registry title to find the headline.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from analysis.config import RESOURCES_DIR
from analysis.corpus.layout import SENTENCE_END
from analysis.corpus.page import Label, label_page
from analysis.errors import InputError

SECTIONS = ("headline", "standfirst", "byline", "caption", "body", "references", "comment", "boilerplate")
ANALYSED_SECTIONS = ("headline", "standfirst", "body")
EXCLUDED_SECTIONS = tuple(section for section in SECTIONS if section not in ANALYSED_SECTIONS)
SECTION_RULES_FILE = RESOURCES_DIR / "section_rules.csv"
RULE_COLUMNS = ("section", "pattern", "max_chars", "example", "note")
OVERRIDE_REASON = "override"


class Block(NamedTuple):
    """A paragraph of the raw text with its section and the reason for it; `text == raw[start:end]`."""

    block_id: int
    line: int
    start: int
    end: int
    text: str
    indented: bool
    section: str
    reason: str = ""


@dataclass(frozen=True)
class SectionRule:
    section: str
    pattern: re.Pattern
    max_chars: int


def read_section_rules(path: Path = SECTION_RULES_FILE) -> tuple[SectionRule, ...]:
    """Return the rules of an editable rules file. Raises InputError naming each bad row."""
    rules, problems = [], []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != RULE_COLUMNS:
            raise InputError([f"{path}: columns must be {','.join(RULE_COLUMNS)}"])
        for line_no, row in enumerate(reader, start=2):
            if row["section"] not in SECTIONS:
                problems.append(f"{path} line {line_no}: unknown section '{row['section']}'")
                continue
            try:
                pattern = re.compile(row["pattern"])
            except re.error as err:
                problems.append(f"{path} line {line_no}: invalid pattern {row['pattern']!r}: {err}")
                continue
            if not row["max_chars"].isdigit():
                problems.append(f"{path} line {line_no}: max_chars '{row['max_chars']}' is not a whole number")
                continue
            rules.append(SectionRule(row["section"], pattern, int(row["max_chars"])))
    if problems:
        raise InputError(problems)
    return tuple(rules)


@lru_cache(maxsize=1)
def default_rules() -> tuple[SectionRule, ...]:
    return read_section_rules()


def _is_hard_wrapped(previous_line: str, next_line: str) -> bool:
    return not SENTENCE_END.search(previous_line.rstrip()) and next_line.lstrip()[:1].islower()


def split_blocks(text: str) -> list[tuple[int, int, int, bool]]:
    """Return `(line, start, end, indented)` for each block of `text`, in order.

    `line` is the 1-based line number where the block starts.
    """
    spans: list[list] = []
    offset = 0
    previous_blank = True
    for line_no, line in enumerate(text.splitlines(keepends=True), start=1):
        content = line.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            start = offset + len(content) - len(content.lstrip())
            end = offset + len(content.rstrip())
            if spans and not previous_blank and _is_hard_wrapped(text[spans[-1][1]:spans[-1][2]], content):
                spans[-1][2] = end
            else:
                spans.append([line_no, start, end, content[:1].isspace()])
        previous_blank = not stripped
        offset += len(line)
    return [tuple(span) for span in spans]


def _rule_label(text: str, rules: tuple[SectionRule, ...]) -> Label | None:
    for number, rule in enumerate(rules, start=1):
        if len(text) <= rule.max_chars and rule.pattern.search(text):
            return rule.section, f"rule:{number}"
    return None


def label_blocks(texts: list[str], indented: list[bool], *, rules: tuple[SectionRule, ...],
                 title: str | None = None) -> list[Label]:
    """Return `(section, reason)` per block, from the block texts in page order and the registry title if known."""
    return label_page(texts, indented, [_rule_label(text, rules) for text in texts], title=title)


def label_sections(texts: list[str], indented: list[bool], *, rules: tuple[SectionRule, ...],
                   title: str | None = None) -> list[str]:
    """Return one section per block, from the block texts in page order (and the registry title, if known)."""
    return [section for section, _ in label_blocks(texts, indented, rules=rules, title=title)]


def iter_blocks(text: str, *, rules: tuple[SectionRule, ...] | None = None,
                overrides: dict[int, str] | None = None, title: str | None = None) -> Iterator[Block]:
    """Yield the blocks of `text` with their sections; `overrides` maps a block's line to a section,
    `title` is the registry title (the headline, where the text holds it)."""
    spans = split_blocks(text)
    texts = [text[start:end] for _, start, end, _ in spans]
    labels = label_blocks(texts, [span[3] for span in spans], rules=rules or default_rules(), title=title)
    overrides = overrides or {}
    for block_id, ((line, start, end, indented), (section, reason)) in enumerate(zip(spans, labels)):
        if line in overrides:
            section, reason = overrides[line], OVERRIDE_REASON
        yield Block(block_id, line, start, end, text[start:end], indented, section, reason)
