"""Blocks (paragraphs) and the section each belongs to.

A block is one non-blank line, or a run of lines joined by hard wrapping (a line that
does not end a sentence followed by a line that starts in lower case, unless both open with a
metadata field's label, as a feed's "link: …" under its "title: …"). Block spans
exclude surrounding whitespace, so everything between blocks is whitespace.

Each block gets exactly one section and the reason for it. Rules from
`resources/section_rules.csv` label chrome, captions, bylines and headings; `page.py` adds the
layout cues of `layout.py` and the block's zone on the page (masthead, header, body, tail,
comments), with the registry title to find the headline.

The build stores a parsed document's blocks on its `Doc` once, with `set_blocks`: a
`doc.spans["blocks"]` SpanGroup (labels: sections) and, parallel to it, each block's
line, indentation and reason in `doc.user_data` (both survive `DocBin(store_user_data=True)`).
Extractors read them back with `doc_blocks` instead of splitting the text again.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple

from analysis.config import RESOURCES_DIR
from analysis.corpus.layout import ends_sentence, metadata_field, without_edit_link
from analysis.corpus.page import Label, label_page
from analysis.corpus.resources import (compile_guarded, folded_strings, folds_exactly, gated_alternatives,
                                       read_resource_table, required_strings, resource_loader, search_gated)
from analysis.errors import InputError

if TYPE_CHECKING:
    from spacy.tokens import Doc

SECTIONS = ("headline", "standfirst", "byline", "caption", "body", "references", "comment", "boilerplate")
ANALYSED_SECTIONS = ("headline", "standfirst", "body")
EXCLUDED_SECTIONS = tuple(section for section in SECTIONS if section not in ANALYSED_SECTIONS)
SECTION_RULES_FILE = RESOURCES_DIR / "section_rules.csv"
RULE_COLUMNS = ("section", "pattern", "max_chars", "example", "note")
OVERRIDE_REASON = "override"
BLOCKS_SPAN_KEY = "blocks"
BLOCK_LAYOUT_KEY = "analysis.block_layout"
RAW_TEXT_KEY = "analysis.raw_text"
RULE_PLANS_CACHED = 8  # rule sets whose plan is kept (the default rules and a test's own)
HEADS_BELOW = 4  # a text shorter than this many times the strings looked for is read by heads


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

    @cached_property
    def required(self) -> frozenset[str] | None:
        """Strings of which every match of the pattern holds one (see `required_strings`), or None."""
        return required_strings(self.pattern)

    @cached_property
    def folded(self) -> frozenset[str] | None:
        """Where the rule has no required strings, lower-case strings of which a text it matches holds one once
        lower-cased, where the text `folds_exactly` (see `folded_strings`); else None."""
        return folded_strings(self.pattern) if self.required is None else None

    @cached_property
    def alternatives(self) -> tuple[tuple[re.Pattern, frozenset[str] | None], ...]:
        """The pattern's top-level alternatives, each with its required strings (see `alternatives`), where it has
        several; else ()."""
        found = gated_alternatives(self.pattern)
        return found if len(found) > 1 else ()

    def matches(self, text: str) -> bool:
        """Return True when the pattern matches somewhere in `text`: alternative by alternative where it has several,
        each searched only in a text holding one of its own required strings."""
        if not self.alternatives:
            return self.pattern.search(text) is not None
        return search_gated(self.alternatives, text)


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


@resource_loader()
def default_rules() -> tuple[SectionRule, ...]:
    return read_section_rules()


def _is_hard_wrapped(previous_line: str, next_line: str) -> bool:
    return (not ends_sentence(previous_line) and next_line.lstrip()[:1].islower()
            and not (metadata_field(previous_line) and metadata_field(next_line.lstrip())))


def split_blocks(text: str) -> list[tuple[int, int, int, bool]]:
    """Return `(line, start, end, indented)` for each block of `text`, in order.

    `line` is the 1-based line number where the block starts.
    """
    spans: list[list] = []
    offset = 0
    previous_blank, previous_line = True, ""
    for line_no, line in enumerate(text.splitlines(keepends=True), start=1):
        content = line.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            start = offset + len(content) - len(content.lstrip())
            end = offset + len(content.rstrip())
            if spans and not previous_blank and _is_hard_wrapped(previous_line, content):
                spans[-1][2] = end
            else:
                spans.append([line_no, start, end, content[:1].isspace()])
        previous_blank, previous_line = not stripped, stripped
        offset += len(line)
    return [tuple(span) for span in spans]


class _Strings(NamedTuple):
    """Strings found in a text: by a test of each (`all`), or, in a text shorter than `HEADS_BELOW` times their
    number, by their heads, their first three characters, among the text's runs of three characters (`heads` maps
    each head to the strings that start with it, `short` holds the strings shorter than a head)."""

    all: tuple[str, ...]
    heads: dict[tuple[str, ...], tuple[str, ...]]
    short: tuple[str, ...]

    def held(self, text: str) -> Iterable[str]:
        """Return the strings that `text` holds."""
        if len(text) >= HEADS_BELOW * len(self.all):
            return filter(text.__contains__, self.all)
        held = [string for head in self.heads.keys() & zip(text, text[1:], text[2:]) for string in self.heads[head]
                if string in text]
        held.extend(filter(text.__contains__, self.short))
        return held


def _strings(strings: Iterable[str]) -> _Strings:
    """Return the `_Strings` of `strings`, each kept once."""
    strings = tuple(dict.fromkeys(strings))
    heads: dict[tuple[str, ...], list[str]] = {}
    for string in strings:
        if len(string) >= 3:
            heads.setdefault(tuple(string[:3]), []).append(string)
    return _Strings(strings, {head: tuple(found) for head, found in heads.items()},
                    tuple(string for string in strings if len(string) < 3))


class _RuleBucket(NamedTuple):
    """The rules a text of some length may meet, as checks in the rules' order (`checks`: a search and the rule's
    label; a rule with several top-level alternatives has one check for each, in their order), found by the strings
    the text holds: `by_string` maps each required string to the positions of the checks requiring it, `by_folded`
    each folded string (looked for in the text lower-cased, where it `folds_exactly`) to those of the checks it gates
    (`strings` and `folded` find their keys in a text); `folded_rules` are the checks gated so (all candidates in a
    text that does not fold exactly), `ungated` the checks with neither."""

    by_string: dict[str, tuple[int, ...]]
    by_folded: dict[str, tuple[int, ...]]
    strings: _Strings
    folded: _Strings
    folded_rules: tuple[int, ...]
    ungated: tuple[int, ...]
    checks: tuple[tuple[Callable[[str], object], Label], ...]

    def label(self, text: str) -> Label | None:
        """Return the label of the first rule that `text` meets, or None."""
        candidates = set(self.ungated)
        for string in self.strings.held(text):
            candidates.update(self.by_string[string])
        if not self.folded_rules:  # no check gated by folded strings (the rules for long texts): nothing lower-cased
            pass
        elif folds_exactly(text):
            for string in self.folded.held(text.lower()):
                candidates.update(self.by_folded[string])
        else:
            candidates.update(self.folded_rules)
        for position in sorted(candidates):
            search, label = self.checks[position]
            if search(text) is not None:
                return label
        return None


def _rule_checks(rule: SectionRule) -> list[tuple[Callable[[str], object], frozenset[str] | None,
                                                 frozenset[str] | None]]:
    """Return the searches of `rule`, one per top-level alternative where it has several (see
    `SectionRule.matches`), each with the strings that gate it: its own required strings where it has them, else the
    rule's required or folded strings (see `SectionRule.required`, `SectionRule.folded`); None for none."""
    if not rule.alternatives:
        return [(rule.pattern.search, rule.required, rule.folded)]
    return [(alternative.search, required, None) if required is not None else
            (alternative.search, rule.required, rule.folded) for alternative, required in rule.alternatives]


def _rule_bucket(rules: list[tuple[int, SectionRule]]) -> _RuleBucket:
    """Return the `_RuleBucket` of `rules` (each with its number in the rule set): their checks in the rules' order,
    which every position indexes, the positions by each required and each folded string, and the folded and the
    ungated checks' positions."""
    checks = [(search, (rule.section, f"rule:{number}"), required, folded)
              for number, rule in rules for search, required, folded in _rule_checks(rule)]
    by_string: dict[str, list[int]] = {}
    by_folded: dict[str, list[int]] = {}
    for position, (_, _, required, folded) in enumerate(checks):
        for string in required or ():
            by_string.setdefault(string, []).append(position)
        for string in folded or ():
            by_folded.setdefault(string, []).append(position)
    return _RuleBucket({string: tuple(positions) for string, positions in by_string.items()},
                       {string: tuple(positions) for string, positions in by_folded.items()},
                       _strings(by_string), _strings(by_folded),
                       tuple(position for position, (_, _, required, folded) in enumerate(checks)
                             if required is None and folded is not None),
                       tuple(position for position, (_, _, required, folded) in enumerate(checks)
                             if required is None and folded is None),
                       tuple((search, label) for search, label, _, _ in checks))


class _RulePlan(NamedTuple):
    """The rules of a rule set by text length: `buckets[i]` holds the rules whose `max_chars` is at least
    `limits[i]`; a text longer than the last limit meets no rule."""

    limits: tuple[int, ...]
    buckets: tuple[_RuleBucket, ...]

    def label(self, text: str) -> Label | None:
        """Return the label of the first rule that `text` (without its edit link) meets, or None."""
        text = without_edit_link(text)
        bucket = bisect_left(self.limits, len(text))
        return self.buckets[bucket].label(text) if bucket < len(self.limits) else None


_last_plan: tuple[tuple[SectionRule, ...], _RulePlan] | None = None  # the last rule set asked for (held) and its plan


def _rule_plan(rules: tuple[SectionRule, ...]) -> _RulePlan:
    """Return the plan of `rules` (see `_planned`): the last rule set's where `rules` is that very tuple (found
    without hashing its rules, which costs as much as labelling a few blocks), else the kept or a new one."""
    global _last_plan
    last = _last_plan  # read once: another thread may replace it
    if last is not None and last[0] is rules:
        return last[1]
    plan = _planned(rules)
    _last_plan = (rules, plan)
    return plan


@lru_cache(maxsize=RULE_PLANS_CACHED)
def _planned(rules: tuple[SectionRule, ...]) -> _RulePlan:
    """Return the plan of `rules`: the rules grouped by the text lengths they allow, each group found by the strings
    a text holds."""
    numbered = list(enumerate(rules, start=1))
    limits = tuple(sorted({rule.max_chars for rule in rules}))
    return _RulePlan(limits, tuple(_rule_bucket([(number, rule) for number, rule in numbered
                                                 if rule.max_chars >= limit]) for limit in limits))


def _rule_label(text: str, rules: tuple[SectionRule, ...]) -> Label | None:
    return _rule_plan(rules).label(text)


def label_blocks(texts: list[str], indented: list[bool], *, rules: tuple[SectionRule, ...],
                 title: str | None = None) -> list[Label]:
    """Return `(section, reason)` per block, from the block texts in page order and the registry title if known."""
    plan = _rule_plan(rules)
    return label_page(texts, indented, [plan.label(text) for text in texts], title=title)


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


def raw_text(doc: Doc) -> str:
    """Return `doc.text`, computed once per `Doc` (spaCy rebuilds it from the tokens at every access)."""
    text = doc.user_data.get(RAW_TEXT_KEY)
    if text is None:
        text = doc.user_data[RAW_TEXT_KEY] = doc.text
    return text


def keep_raw_text(doc: Doc, text: str) -> None:
    """Store `text`, the text `doc` was parsed from, as what `raw_text` returns, so that it is not rebuilt."""
    doc.user_data[RAW_TEXT_KEY] = text


def set_blocks(doc: Doc, *, rules: tuple[SectionRule, ...] | None = None,
               overrides: dict[int, str] | None = None, title: str | None = None) -> list[Block]:
    """Store the blocks of `doc`, with their sections (see `iter_blocks`), on `doc` and return them.

    Replaces any blocks stored before. Raises ValueError when a block does not start and
    end on token boundaries (the tokenizer always splits at whitespace, so it should).
    """
    blocks = list(iter_blocks(raw_text(doc), rules=rules, overrides=overrides, title=title))
    spans = []
    for block in blocks:
        span = doc.char_span(block.start, block.end, label=block.section)
        if span is None:
            raise ValueError(f"block {block.block_id} (line {block.line}) does not align with the tokens of the Doc")
        spans.append(span)
    doc.spans[BLOCKS_SPAN_KEY] = spans
    doc.user_data[BLOCK_LAYOUT_KEY] = [(block.line, block.indented, block.reason) for block in blocks]
    return blocks


def doc_blocks(doc: Doc) -> list[Block]:
    """Return the blocks stored on `doc` by `set_blocks`, in text order.

    Raises ValueError when `doc` holds no blocks (`set_blocks` was not called).
    """
    layout = doc.user_data.get(BLOCK_LAYOUT_KEY)
    if layout is None or BLOCKS_SPAN_KEY not in doc.spans:
        raise ValueError("the Doc holds no blocks: call analysis.corpus.sections.set_blocks(doc) after parsing")
    raw = raw_text(doc)
    return [Block(block_id, line, span.start_char, span.end_char, raw[span.start_char:span.end_char], bool(indented),
                  span.label_, reason)
            for block_id, (span, (line, indented, reason)) in enumerate(zip(doc.spans[BLOCKS_SPAN_KEY], layout))]
