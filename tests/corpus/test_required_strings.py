"""The strings every match of a pattern holds, by which a section rule skips a block that cannot match it."""

import random
import re

import pytest

from analysis.corpus.resources import (CASE_FOLD_BREAKERS, alternatives, folded_strings, folds_exactly,
                                       gated_alternatives, read_resource_table, required_strings, search_gated)
from analysis.corpus.sections import RULE_COLUMNS, SECTION_RULES_FILE, SectionRule, default_rules


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
    (r"[.!?]\s+\w+/\w", {"/"}),  # of strings equally short, the fewest
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


@pytest.mark.parametrize("pattern, pieces", [
    (r"^Tide tables?|\bHigh water at|(?i:slack)", [r"^Tide tables?", r"\bHigh water at", r"(?i:slack)"]),
    (r"pier (?:open|closed)|quay", [r"pier (?:open|closed)", r"quay"]),  # a bar inside a group stays
    (r"[|/] ferry|\| quay|buoy", [r"[|/] ferry", r"\| quay", r"buoy"]),  # and one in a set, and an escaped one
    (r"[]|]x|[^]|]y|z", [r"[]|]x", r"[^]|]y", r"z"]),  # a "]" first in a set is a member
    (r"harbour master", [r"harbour master"]),
    (r"(pier)|quay \1", [r"(pier)|quay \1"]),  # a back-reference: its group may lie in another alternative
    (r"(?P<p>pier)|(?P=p)", [r"(?P<p>pier)|(?P=p)"]),
    (r"(?x) pier | quay", [r"(?x) pier | quay"]),  # verbose: a bar may be in a comment
    (r"pier(?#a|b)|quay", [r"pier(?#a|b)|quay"]),
    # a verbose group: a comment in it may hold a bracket that the bar count cannot see is no group's
    ("(?x: pier  # closes) at dusk | not split\n )|quay", ["(?x: pier  # closes) at dusk | not split\n )|quay"]),
])
def test_alternatives_of_a_pattern(pattern, pieces):
    assert [alternative.pattern for alternative in alternatives(re.compile(pattern))] == pieces


def test_alternatives_keep_the_flags():
    assert [bool(alternative.search("HIGH WATER")) for alternative in alternatives(re.compile("low|high", re.I))] \
        == [False, True]


def test_a_pattern_matches_somewhere_when_one_of_its_alternatives_does():
    patterns = [re.compile(pattern) for pattern in (
        r"^Tide tables?|\bHigh water at|(?i:slack) water$", r"(?:^|[.!?]\s+)Pier [A-Z]|\(quay\)$|[]|]\d",
        r"(?<=, )buoy|(?<!\w)berth(?=s\b)|\bdock\b")] + [rule.pattern for rule in default_rules()]
    words = ["Tide", "tables", "High", "water", "at", "slack", "SLACK", "Pier", "Quay", "(quay)", "buoy", "berths",
             "dock", "|", "]", "7", ",", ".", "!", " ", "  ", "\n", "Disclaimer:", "views", "expressed", "here"]
    generator = random.Random(17)
    texts = ["".join(generator.choice(words) for _ in range(generator.randint(1, 12))) for _ in range(3000)]
    texts += _examples()
    for pattern in patterns:
        pieces = alternatives(pattern)
        for text in texts:
            assert (pattern.search(text) is not None) == any(piece.search(text) is not None for piece in pieces), \
                (pattern, text)


def test_a_rule_searches_only_the_alternatives_whose_strings_a_text_holds():
    rule = SectionRule("boilerplate", re.compile(r"views expressed here|^(?i:disclaimer):\s"), 600)
    assert [required for _, required in rule.alternatives] == [frozenset({"views expressed here"}), frozenset({":"})]
    assert rule.matches("The views expressed here are mine.") and rule.matches("DISCLAIMER: mine")
    assert not rule.matches("Note: the views expressed are mine.")
    single = SectionRule("byline", re.compile(r"^By [A-Z]"), 120)
    assert single.alternatives == () and single.matches("By Jane Roe") and not single.matches("Jane Roe")


def test_gated_alternatives_give_the_whole_pattern_s_answer():
    from analysis.corpus.layout import CREDIT_AT_END, CREDIT_AT_END_GATED

    harbour = re.compile(r"\(Photo[^)]*\)$|\w/\w")
    assert [required for _, required in gated_alternatives(harbour)] == [frozenset({"(Photo"}), frozenset({"/"})]
    pieces = ["The ferry left.", " ", "(", ")", "Photo", "photo", ": ", "/", "Example Wire", "Jane Roe", "©", "|",
              "Credit", "Getty", "AFP", "12 May 2024", ",", "handout", "[", "]", "…", "Pier 4", "via", "."]
    generator = random.Random(17)
    texts = ["".join(generator.choice(pieces) for _ in range(generator.randint(1, 10))) for _ in range(5000)]
    for pattern, gated in ((harbour, gated_alternatives(harbour)), (CREDIT_AT_END, CREDIT_AT_END_GATED)):
        answers = [search_gated(gated, text) for text in texts]
        assert answers == [pattern.search(text) is not None for text in texts]
        assert any(answers) and not all(answers)


@pytest.mark.parametrize("pattern, strings", [
    (r"(?i:harbour master)", {"harbour master"}),  # a letter in either case, lower-cased
    (r"(?i)Quay|PIER", {"quay", "pier"}),
    (r"[Ss]lipway", {"lipway"}),  # a set of characters is an element of its own
    (r"\b(?i:ferr(?:y|ies))\b", {"ferr"}),
    (r"(?i)tide[ -]tables?", {"table"}),
    (r"(?i:buoy)s{2,}", {"buoy"}),
    (r"(?i)[pq]ier", {"ier"}),
    (r"(?i)ſlipway", {"lipway"}),  # a non-ASCII character breaks a string
    (r"(?i:\w+)", None),
])
def test_folded_strings_of_a_pattern(pattern, strings):
    assert folded_strings(re.compile(pattern)) == (None if strings is None else frozenset(strings))


def test_the_case_fold_breakers_are_every_non_ascii_character_matched_to_an_ascii_one():
    everything = "".join(chr(code) for code in range(128, 0x110000) if not 0xD800 <= code < 0xE000)
    matched = {char for ascii_char in map(chr, range(128))
               for char in re.findall(re.escape(ascii_char), everything, re.IGNORECASE)}
    assert matched == set(CASE_FOLD_BREAKERS)


@pytest.mark.parametrize("text, exactly", [("Sign up", True), ("Sign up — it’s free", True),
                                           ("ſign up", False), ("Dıstrict", False), ("İstanbul", False)])
def test_a_text_folds_exactly_without_a_case_fold_breaker(text, exactly):
    assert folds_exactly(text) is exactly


def test_every_text_a_rule_matches_holds_one_of_its_folded_strings_once_lower_cased():
    examples = _examples()
    words = [word for example in examples for word in re.split(r"(\W)", example) if word]
    words += [word.upper() for word in words[::7]] + ["ſ", "K", "ı", "İ", "—", "’"]
    generator = random.Random(17)
    texts = examples + ["".join(generator.choice(words) for _ in range(generator.randint(1, 25)))
                        for _ in range(3000)]
    folded_rules = [rule for rule in default_rules() if rule.folded is not None]
    matched = 0
    for rule in folded_rules:
        for text in texts:
            if rule.pattern.search(text) and folds_exactly(text):
                matched += 1
                assert any(string in text.lower() for string in rule.folded), (rule, text)
    assert len(folded_rules) >= 4 and matched >= len(folded_rules)


CASE_MUTATIONS = ("\u212a", "\u0131", "\u0130", "\u017f", "\u00df", "\ufb01", "\u03c2", "\u0301")


def _mutated(texts, *, seed):
    """Return each text with its case swapped and, at a few seeded places, a letter replaced by a character that case
    folding treats unusually (Kelvin sign, dotless and dotted i, long s, sharp s, a ligature, final sigma, an accent)."""
    rng = random.Random(seed)
    mutated = []
    for text in texts:
        chars = list(text.swapcase())
        for _ in range(min(3, len(chars))):
            chars[rng.randrange(len(chars))] = rng.choice(CASE_MUTATIONS)
        mutated.append("".join(chars))
    return mutated


def test_the_rule_plan_gives_the_first_rule_that_matches():
    from analysis.corpus.layout import without_edit_link
    from analysis.corpus.sections import _rule_plan

    rules = default_rules()
    examples = _examples()
    texts = examples + [example.upper() for example in examples] + [example.replace("s", "ſ") for example in examples]
    texts += ["SIGN UP for our newsletter", "We use COOKIES.", "Manage cookie settings | Privacy Policy",
              "The ferry left at dawn.", "Sıgn up for our newsletter", "TERMS OF USE"]
    texts += _mutated(examples, seed=27)

    def first_match(text):
        text = without_edit_link(text)
        return next(((rule.section, f"rule:{number}") for number, rule in enumerate(rules, start=1)
                     if len(text) <= rule.max_chars and rule.pattern.search(text)), None)

    labels = [_rule_plan(rules).label(text) for text in texts]
    assert labels == [first_match(text) for text in texts]
    assert ("boilerplate", "rule:16") in labels and ("boilerplate", "rule:17") in labels


@pytest.mark.parametrize("text, label", [
    ("Ferry times: 0900", ("boilerplate", "rule:1")),  # the first rule met wins, though later ones match too
    ("Sign up for ferry news 2024", ("boilerplate", "rule:2")),
    ("SIGN UP today", ("boilerplate", "rule:2")),  # a folded string, looked for in the text lower-cased
    ("ſign up today", ("boilerplate", "rule:2")),  # a character folding to an ASCII letter: the rule is searched
    ("Tide tables, 2024", ("boilerplate", "rule:3")),  # a rule without strings is always searched
    ("Ferry times and tide tables for the whole of the coming summer season", None),  # too long for every rule
    ("The harbour is quiet", None),
    ("Ferry times ſeason: tides for the coming week", ("boilerplate", "rule:1")),  # longer than any folded rule allows
    ("Tide tables for the coming week: ſign up here", None),
])
def test_a_rule_set_s_plan_gives_its_first_rule_met(text, label):
    from analysis.corpus.sections import _rule_plan

    rules = (SectionRule("boilerplate", re.compile(r"^Ferry times\b"), 60),
             SectionRule("boilerplate", re.compile(r"(?i)\bsign up\b"), 40),
             SectionRule("boilerplate", re.compile(r"\b\d{4}$"), 30))
    assert [rule.required is None and rule.folded is None for rule in rules] == [False, False, True]
    assert _rule_plan(rules).label(text) == label


HELD_STRINGS = ("sig", "sign up", "signal", "ferry", "up", ":", "é", "tide table", "able", "Sign")
HELD_LONG_TEXT = "sign up for the ferry: tide table at the quay, signal at dawn " * 3  # each string tested in it


@pytest.mark.parametrize("text", [
    "", "s", "si", "sig", "sign", "sign up", "Sign up", "up", "a: b", "café", "signa", "signal box",
    "the ferry", "ferry timetable", "tide tables and ferry signals", "tide tabl", "abl", "ferr y",
    HELD_LONG_TEXT,
])
def test_the_strings_a_text_holds_found_by_their_heads_are_those_it_holds(text):
    from analysis.corpus.sections import HEADS_BELOW, _strings

    strings = _strings(HELD_STRINGS + ("sig",))
    assert strings.all == HELD_STRINGS
    assert sorted(strings.held(text)) == sorted(string for string in HELD_STRINGS if string in text)
    assert (len(text) < HEADS_BELOW * len(HELD_STRINGS)) == (text != HELD_LONG_TEXT)  # read by heads but the last


@pytest.mark.parametrize("text, label", [
    ("Tide today", ("boilerplate", "rule:1")),  # the first alternative, gated by its own string
    ("FERRY NEWS", ("boilerplate", "rule:1")),  # the second, with no strings of its own: gated by the rule's folded ones
    ("ferry newſ", ("boilerplate", "rule:1")),  # a character folding to an ASCII letter: searched
    ("at the quay", ("boilerplate", "rule:1")),  # the last alternative
    ("quayside", ("caption", "rule:2")),  # no alternative of the first rule matches: the next rule's label
    ("Quay", None),
    ("", None),
])
def test_a_rule_s_alternatives_are_each_a_check_gated_by_its_own_strings_or_the_rule_s(text, label):
    from analysis.corpus.sections import _rule_checks, _rule_plan

    rules = (SectionRule("boilerplate", re.compile(r"^Tides? today|(?i:ferry news)$|\bquay\b"), 60),
             SectionRule("caption", re.compile(r"quay"), 60))
    checks = _rule_checks(rules[0])
    assert [(required, folded) for _, required, folded in checks] == [
        (frozenset({" today"}), None), (None, rules[0].folded), (frozenset({"quay"}), None)]
    assert _rule_plan(rules).label(text) == label
    assert label == next(((rule.section, f"rule:{number}") for number, rule in enumerate(rules, start=1)
                          if rule.pattern.search(text)), None)


def test_the_last_rule_set_s_plan_is_found_by_identity_and_another_set_gets_its_own():
    from analysis.corpus.sections import _rule_plan

    ferry = (SectionRule("boilerplate", re.compile(r"^Ferry times\b"), 60),)
    tide = (SectionRule("caption", re.compile(r"^Tide tables\b"), 60),)
    same_as_ferry = (SectionRule("boilerplate", re.compile(r"^Ferry times\b"), 60),)
    plan = _rule_plan(ferry)
    assert _rule_plan(ferry) is plan
    assert _rule_plan(tide).label("Tide tables today") == ("caption", "rule:1")
    assert _rule_plan(tide).label("Ferry times today") is None  # not the last set's plan
    assert _rule_plan(same_as_ferry) is plan  # an equal rule set: the plan kept for it
    assert _rule_plan(ferry).label("Ferry times today") == ("boilerplate", "rule:1")
