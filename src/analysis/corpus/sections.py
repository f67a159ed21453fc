"""Blocks (paragraphs) and the section each belongs to.

A block is one non-blank line, or a run of lines joined by hard wrapping (a line that
does not end a sentence followed by a line that starts in lower case). Block spans
exclude surrounding whitespace, so everything between blocks is whitespace.

Each block gets exactly one section. Rules from `resources/section_rules.csv` label
chrome, captions, bylines and headings; the position of a block in the page decides
the headline, the standfirst and the tail (references, comments, credits, chrome).

The build stores a parsed document's blocks on its `Doc` once, with `set_blocks`: a
`doc.spans["blocks"]` SpanGroup (labels: sections) and, parallel to it, each block's
line and indentation in `doc.user_data` (both survive `DocBin(store_user_data=True)`).
Extractors read them back with `doc_blocks` instead of splitting the text again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, NamedTuple

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import compile_guarded, read_resource_table
from analysis.errors import InputError

if TYPE_CHECKING:
    from spacy.tokens import Doc

SECTIONS = ("headline", "standfirst", "byline", "caption", "body", "references", "comment", "boilerplate")
ANALYSED_SECTIONS = ("headline", "standfirst", "body")
EXCLUDED_SECTIONS = tuple(section for section in SECTIONS if section not in ANALYSED_SECTIONS)
SECTION_RULES_FILE = RESOURCES_DIR / "section_rules.csv"
RULE_COLUMNS = ("section", "pattern", "max_chars", "example", "note")

HEADLINE_MAX_CHARS = 200
STANDFIRST_MAX_CHARS = 350
TAIL_SHORT_BLOCK_CHARS = 200
SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]$")
NUMBERED_ITEM = re.compile(r"^\d{1,4}\.\s+\S")
REFERENCE_HEADING = re.compile(r"^(?:References|Bibliography|Works [Cc]ited|Sources|Notes|Endnotes)$")
REFERENCE_ENTRY = re.compile(r"^[^.]{1,80}\.\s*\(?\d{4}[a-z]?\)?[.,]")
AUTHOR_HEADING = re.compile(r"^(?:Author|Authors|About the authors?|Written by)$")
BLOCKS_SPAN_KEY = "blocks"
BLOCK_LAYOUT_KEY = "analysis.block_layout"


class Block(NamedTuple):
    """A paragraph of the raw text with its section; `text == raw[start:end]`."""

    block_id: int
    line: int
    start: int
    end: int
    text: str
    indented: bool
    section: str


@dataclass(frozen=True)
class SectionRule:
    section: str
    pattern: re.Pattern
    max_chars: int


def read_section_rules(path: Path = SECTION_RULES_FILE) -> tuple[SectionRule, ...]:
    """Return the rules of an editable rules file.

    Raises InputError naming each bad row: unknown section, invalid pattern, a pattern with nested
    quantifiers (which could hang the build), or a max_chars that is not a whole number.
    """
    rows, problems = read_resource_table(path, columns=RULE_COLUMNS)
    rules = []
    for line_no, row in rows:
        if row["section"] not in SECTIONS:
            problems.append(f"{path} line {line_no}: unknown section '{row['section']}'")
            continue
        try:
            pattern = compile_guarded(row["pattern"])
        except (re.error, ValueError) as err:
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


def _rule_section(text: str, rules: tuple[SectionRule, ...]) -> str | None:
    for rule in rules:
        if len(text) <= rule.max_chars and rule.pattern.search(text):
            return rule.section
    return None


def _looks_like_headline(text: str) -> bool:
    return len(text) <= HEADLINE_MAX_CHARS and not re.search(r"[.!]$", text)


def label_sections(texts: list[str], indented: list[bool], *, rules: tuple[SectionRule, ...]) -> list[str]:
    """Return one section per block, from the block texts in page order."""
    n = len(texts)
    by_rule = [_rule_section(text, rules) for text in texts]
    sections: list[str | None] = list(by_rule)

    for i in range(n):
        repeated = (i > 0 and texts[i] == texts[i - 1]) or (i + 1 < n and texts[i] == texts[i + 1])
        if repeated and len(texts[i]) <= TAIL_SHORT_BLOCK_CHARS and sections[i] is None:
            sections[i] = "caption"
        elif (sections[i] is None and i + 1 < n and by_rule[i + 1] == "caption"
              and len(texts[i]) <= 100 and not SENTENCE_END.search(texts[i])):
            sections[i] = "caption"

    content = [i for i in range(n) if sections[i] is None]
    if content and _looks_like_headline(texts[content[0]]):
        headline = content[0]
        sections[headline] = "headline"
        following = headline + 1
        if (following < n and sections[following] is None and len(texts[following]) <= STANDFIRST_MAX_CHARS
                and SENTENCE_END.search(texts[following])):
            sections[following] = "standfirst"

    first_body = next((i for i in range(n) if sections[i] is None), n)
    tail_start = _tail_start(texts, indented, by_rule, first_body)
    mode = None
    for i in range(first_body, n):
        if i < tail_start:
            sections[i] = sections[i] or "body"
            continue
        text = texts[i]
        if by_rule[i] is not None:
            mode = ("references" if REFERENCE_HEADING.match(text) else
                    "comment" if by_rule[i] == "comment" else
                    "role" if AUTHOR_HEADING.match(text) else None)
            if by_rule[i] == "comment":
                sections[i] = "boilerplate"
            continue
        if mode == "role" and len(text) <= 120:
            sections[i] = "byline"
            mode = None
        elif mode == "references":
            sections[i] = "references"
        elif NUMBERED_ITEM.match(text) or (mode == "comment" and (indented[i] or len(text) > TAIL_SHORT_BLOCK_CHARS)):
            sections[i] = "comment"
            mode = "comment"
        elif len(text) <= TAIL_SHORT_BLOCK_CHARS:
            sections[i] = "boilerplate"
        else:
            sections[i] = "body"
    return [section or "body" for section in sections]


def _tail_start(texts: list[str], indented: list[bool], by_rule: list[str | None], first_body: int) -> int:
    """Index of the first block of the page's tail: credits, references, comments and chrome after the article.

    The tail opens at a block labelled by a rule after which no long, unlabelled,
    unnumbered, unindented block (that is, no more article prose) follows.
    """
    n = len(texts)
    tail_start = n
    for i in range(n - 1, first_body, -1):
        text = texts[i]
        if by_rule[i] is not None:
            tail_start = i
        elif len(text) > TAIL_SHORT_BLOCK_CHARS and not (
                NUMBERED_ITEM.match(text) or indented[i] or REFERENCE_ENTRY.match(text)):
            break
    return tail_start


def iter_blocks(text: str, *, rules: tuple[SectionRule, ...] | None = None,
                overrides: dict[int, str] | None = None) -> Iterator[Block]:
    """Yield the blocks of `text` with their sections; `overrides` maps a block's line to a section."""
    spans = split_blocks(text)
    texts = [text[start:end] for _, start, end, _ in spans]
    sections = label_sections(texts, [span[3] for span in spans], rules=rules or default_rules())
    overrides = overrides or {}
    for block_id, ((line, start, end, indented), section) in enumerate(zip(spans, sections)):
        yield Block(block_id, line, start, end, text[start:end], indented, overrides.get(line, section))


def set_blocks(doc: Doc, *, rules: tuple[SectionRule, ...] | None = None,
               overrides: dict[int, str] | None = None) -> list[Block]:
    """Store the blocks of `doc`, with their sections (see `iter_blocks`), on `doc` and return them.

    Replaces any blocks stored before. Raises ValueError when a block does not start and
    end on token boundaries (the tokenizer always splits at whitespace, so it should).
    """
    blocks = list(iter_blocks(doc.text, rules=rules, overrides=overrides))
    spans = []
    for block in blocks:
        span = doc.char_span(block.start, block.end, label=block.section)
        if span is None:
            raise ValueError(f"block {block.block_id} (line {block.line}) does not align with the tokens of the Doc")
        spans.append(span)
    doc.spans[BLOCKS_SPAN_KEY] = spans
    doc.user_data[BLOCK_LAYOUT_KEY] = [(block.line, block.indented) for block in blocks]
    return blocks


def doc_blocks(doc: Doc) -> list[Block]:
    """Return the blocks stored on `doc` by `set_blocks`, in text order.

    Raises ValueError when `doc` holds no blocks (`set_blocks` was not called).
    """
    layout = doc.user_data.get(BLOCK_LAYOUT_KEY)
    if layout is None or BLOCKS_SPAN_KEY not in doc.spans:
        raise ValueError("the Doc holds no blocks: call analysis.corpus.sections.set_blocks(doc) after parsing")
    return [Block(block_id, line, span.start_char, span.end_char, span.text, bool(indented), span.label_)
            for block_id, (span, (line, indented)) in enumerate(zip(doc.spans[BLOCKS_SPAN_KEY], layout))]
