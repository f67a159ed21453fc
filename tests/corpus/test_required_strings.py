"""The strings every match of a pattern holds, by which a section rule skips a block that cannot match it."""

import random
import re

import pytest

from analysis.corpus.resources import read_resource_table, required_strings
from analysis.corpus.sections import RULE_COLUMNS, SECTION_RULES_FILE, default_rules


@pytest.mark.parametrize("pattern, strings", [
    (r"harbour master", {"harbour master"}),
    (r"\bthe (?:pier|quay) is closed\b", {" is closed"}),
    (r"(?:pier|quay)s? closed", {" closed"}),
    (r"ferry (?:times|fares)", {"ferry "}),
    (r"(?:timetable|schedule)[:.]", {"timetable", "schedule"}),
    (r"^Tide tables?|\bHigh water at", {"Tide table", "High water at"}),
    (r"(?:a )?buoy", {"buoy"}),
    (r"(?:boat)+house", {"house"}),
    (r"(?:boat)+", {"boat"}),
    (r"(?:the )?\w+", None),  # nothing is always there
    (r"pier|\d+", None),  # one alternative holds no string
    (r"(?i:pier)", None),  # a letter in either case
    (r"(?i)quay", None),
    (r"[Ss]lipway", {"lipway"}),
    (r"Tide(?=s)", {"Tide"}),
    (r"\s[|/]\s| {2,}|\t", {"|", "/", "  ", "\t"}),  # a set of characters gives each, a repeat its least run
    (r"[^|/]pier", {"pier"}),  # but not a negated set
    (r"[a-z]{3}", None),  # nor a range
    (r"(?i)[pq]", None),
])
def test_required_strings_of_a_pattern(pattern, strings):
    assert required_strings(re.compile(pattern)) == (None if strings is None else frozenset(strings))


def test_every_text_the_navigation_separator_splits_holds_one_of_its_strings():
    from analysis.corpus.layout import NAV_SEPARATOR, NAV_SEPARATOR_STRINGS

    generator = random.Random(17)
    pieces = ["Home", "World", "jroe_42", "Dec 11", " ", "  ", "\t", " | ", " / ", "/", " › ", "»", " · ", "•", "> "]
    texts = ["".join(generator.choice(pieces) for _ in range(generator.randint(1, 8))) for _ in range(3000)]
    split = [text for text in texts if NAV_SEPARATOR.search(text)]
    assert split and all(any(string in text for string in NAV_SEPARATOR_STRINGS) for text in split)


def _examples() -> list[str]:
    rows, _ = read_resource_table(SECTION_RULES_FILE, columns=RULE_COLUMNS)
    return [row["example"] for _, row in rows]


def test_every_text_a_rule_matches_holds_one_of_its_required_strings():
    examples = _examples()
    words = [word for example in examples for word in re.split(r"(\W)", example) if word]
    generator = random.Random(17)
    texts = examples + ["".join(generator.choice(words) for _ in range(generator.randint(1, 25)))
                        for _ in range(3000)]
    matched = 0
    for rule in default_rules():
        for text in texts:
            if rule.pattern.search(text):
                matched += 1
                assert rule.required is None or any(string in text for string in rule.required), (rule, text)
    assert matched >= len(examples)
