"""The anchored Matcher finds what a spaCy Matcher finds on the whole Doc, looking only around anchors."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from analysis.nlp.arrays import ParseArrays, string_ids
from analysis.nlp.matching import (AnchoredMatcher, _barriers, _may_hold, _narrowed, _split, anchors, open_run, token_tests,
                                    word_tests)

PATTERNS = {
    "refusal": [[{"LOWER": {"IN": ["will", "would"]}}, {"LOWER": "not"}, {"POS": "ADV", "OP": "?"},
                 {"LOWER": {"IN": ["stay", "help"]}}]],
    "gap": [[{"LOWER": "if"}, {"IS_PUNCT": False, "OP": "{1,3}"}, {"LOWER": "falls"}]],
    "open": [[{"LOWER": "stood"}, {"IS_ALPHA": True, "OP": "+"}, {"LOWER": "by"}]],
    "negated": [[{"LOWER": "no"}, {"LOWER": "more", "OP": "!"}, {"LOWER": "aid"}]],
    "pair": [[{"LOWER": "the"}, {"OP": "?"}, {"LOWER": "port"}]],
    # anchors at one end of a long or open run
    "sent": [[{"LOWER": "sent"}, {"IS_PUNCT": False, "OP": "{0,6}"}, {"LOWER": "home"}]],
    "stayed": [[{"LOWER": "stayed"}, {"POS": "ADV", "OP": "+"}, {"LOWER": {"IN": ["by", "behind"]}}]],
}
# Bounded runs at the start, at the end and of at least two tokens, matched as open runs cut to length.
RUNS = {
    "before": [[{"IS_ALPHA": True, "OP": "{1,2}"}, {"LOWER": "ferries"}]],
    "after": [[{"LOWER": "ferries"}, {"IS_ALPHA": True, "OP": "{0,2}"}]],
    "twice": [[{"LOWER": "stood"}, {"IS_ALPHA": True, "OP": "{2,3}"}, {"LOWER": "by"}]],
}
# One-token patterns with no anchor, tested on the Doc's arrays.
ONE_TOKEN = {
    "act": [[{"POS": "VERB", "DEP": {"NOT_IN": ["amod"]}, "LEMMA": {"NOT_IN": ["stay", "be"]}}]],
    "place": [[{"ENT_TYPE": "GPE", "TAG": {"IN": ["NNP", "NNPS"]}}]],
}


def matched(matcher, doc, *, parse=None):
    """The matches `matcher` finds in `doc`, as their starts, ends, labels and texts, sorted."""
    return sorted((start, end, doc.vocab.strings[label], doc[start:end].text)
                  for start, end, label in matcher.matches(doc, parse=parse))


@pytest.mark.parametrize(("pattern", "expected"), [
    # each anchor with the most tokens a match spans before and after it
    ([{"LOWER": "if"}, {"IS_PUNCT": False, "OP": "{1,3}"}, {"LOWER": "falls"}],
     [("LOWER", string_ids(frozenset({"if"})), 0, 4), ("LOWER", string_ids(frozenset({"falls"})), 4, 0)]),
    ([{"LOWER": {"IN": ["a", "b"]}}, {"LEMMA": {"IN": ["go", "come"]}, "POS": "VERB"}],
     [("LOWER", string_ids(frozenset({"a", "b"})), 0, 1), ("LEMMA", string_ids(frozenset({"go", "come"})), 1, 0)]),
    ([{"TEXT": "Ossia"}, {"OP": "?"}], [("ORTH", string_ids(frozenset({"Ossia"})), 0, 1)]),
    # a repeated anchor: a match may hold it at either of its two tokens
    ([{"LOWER": "no", "OP": "!"}, {"NORM": "aid", "OP": "{2}"}, {"LOWER": "more", "OP": "{0,2}"}],
     [("NORM", string_ids(frozenset({"aid"})), 2, 3)]),
    ([{"LOWER": "the", "OP": "?"}, {"POS": "NOUN"}], None),  # no required word
    ([{"LOWER": {"NOT_IN": ["a"]}}, {"IS_ALPHA": True}], None),  # no word it must be
    # no limit on one side of each anchor
    ([{"LOWER": "stood"}, {"OP": "*"}, {"LOWER": "by"}],
     [("LOWER", string_ids(frozenset({"stood"})), 0, None), ("LOWER", string_ids(frozenset({"by"})), None, 0)]),
    ([{"LOWER": "aid", "OP": "+"}, {"LOWER": "came"}],
     [("LOWER", string_ids(frozenset({"aid"})), None, None), ("LOWER", string_ids(frozenset({"came"})), None, 0)]),
])
def test_anchors(pattern, expected):
    assert anchors(pattern) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    ([{"LOWER": "if"}, {"IS_PUNCT": False, "OP": "{0,3}"}, {"LOWER": "falls"}],
     ([{"LOWER": "if"}, {"IS_PUNCT": False, "OP": "*"}, {"LOWER": "falls"}], 5)),
    ([{"LOWER": "no", "OP": "!"}, {"POS": "ADJ", "OP": "{2,4}"}],
     ([{"LOWER": "no", "OP": "!"}, {"POS": "ADJ"}, {"POS": "ADJ"}, {"POS": "ADJ", "OP": "*"}], 5)),
    ([{"LOWER": "if"}, {"OP": "{2}"}, {"LOWER": "falls"}], None),  # a run of fixed length
    ([{"LOWER": "if"}, {"OP": "{1,3}"}, {"LOWER": "so", "OP": "?"}], None),  # another token of no fixed length
    ([{"LOWER": "if"}, {"OP": "+"}, {"LOWER": "falls"}], None),  # already open
])
def test_open_run(pattern, expected):
    assert open_run(pattern) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    ([{"POS": "VERB", "LEMMA": {"NOT_IN": ["be", "go"]}}],
     [("POS", string_ids(frozenset({"VERB"})), True), ("LEMMA", string_ids(frozenset({"be", "go"})), False)]),
    ([{"TEXT": "Ossia", "DEP": {"IN": ["nsubj"]}}],
     [("ORTH", string_ids(frozenset({"Ossia"})), True), ("DEP", string_ids(frozenset({"nsubj"})), True)]),
    ([{}], []),  # any token
    ([{"POS": "VERB", "OP": "?"}], None),  # an operator
    ([{"POS": "NOUN"}, {"POS": "VERB"}], None),  # two tokens
    ([{"IS_ALPHA": True}], None),  # not a string attribute
    ([{"LOWER": {"REGEX": "^aid"}}], None),  # not a plain comparison
    ([{"LEMMA": {"IN": ["go"], "NOT_IN": ["come"]}}], None),
])
def test_token_tests(pattern, expected):
    assert token_tests(pattern) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ostravia will not stay. Its allies would not really help.",
     {("refusal", "will not stay"), ("refusal", "would not really help")}),
    ("If the old city falls, and if it falls soon, the war ends.",
     {("gap", "If the old city falls"), ("gap", "if it falls")}),
    ("The Velmar council stood firmly by its mayor.", {("open", "stood firmly by")}),
    ("No new aid came, and no more aid will.", {("negated", "No new aid")}),
    ("Nothing here matches at all.", set()),
    ("The port and the old port closed; the harbour did not.", {("pair", "The port"), ("pair", "the old port")}),
    ("Brill sent its two old Varn ferries home, and sent none of the other boats of the fleet home.",
     {("sent", "sent its two old Varn ferries home")}),  # eight words between: too far
    ("The mayor stayed very firmly behind her council.", {("stayed", "stayed very firmly behind")}),
])
def test_anchored_matcher_finds_the_matches(nlp, text, expected):
    matcher = AnchoredMatcher(nlp.vocab)
    for key, patterns in PATTERNS.items():
        matcher.add(key, patterns)
    assert {(label, words) for _, _, label, words in matched(matcher, nlp(text))} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Velmar council stayed calm and sent rations.", {("act", "sent")}),
    ("Troops were flown to Paris from Berlin.", {("act", "flown"), ("place", "Paris"), ("place", "Berlin")}),
    ("A proposed truce is unlikely.", set()),  # 'proposed' modifies a noun
])
def test_anchored_matcher_tests_one_token_patterns_on_arrays(nlp, text, expected):
    matcher = AnchoredMatcher(nlp.vocab)
    for key, patterns in ONE_TOKEN.items():
        matcher.add(key, patterns)
    assert {(label, words) for _, _, label, words in matched(matcher, nlp(text))} == expected


def test_anchored_matcher_equals_a_matcher_on_the_whole_doc(nlp):
    text = ("If Ostravia falls, the Velmar council would not stay. It stood by its mayor, and it stood quietly and "
            "firmly by the port. No aid came. If the harbour, the port and the city falls, nobody will not help. "
            "They sent the ferries home and sent the old, slow, rusty Varn ferries home, then stayed on by the port. "
            "Old grey ferries stood there all day by the quay, and ferries stood still by it. "
            "Crowds stood and then stood there all day by the pier, by the boats and by the gate.")  # merged windows
    doc = nlp(text)
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    for key, patterns in {**PATTERNS, **ONE_TOKEN, **RUNS}.items():
        plain.add(key, patterns)
        anchored.add(key, patterns)
    assert [(start, end, label) for start, end, label, _ in matched(anchored, doc)] == sorted(
        (s.start, s.end, s.label_) for s in plain(doc, as_spans=True))


def test_anchored_matcher_reads_the_columns_of_a_parse(nlp):
    # Patterns on the parse's columns (LOWER, POS, DEP, ORTH): the matches found on the Doc's own.
    doc = nlp("The Velmar council stood firmly by its mayor. Troops were flown to Paris.")
    anchored = AnchoredMatcher(nlp.vocab)
    for key, patterns in {**PATTERNS, **ONE_TOKEN, "full stop": [[{"ORTH": "."}]]}.items():
        anchored.add(key, patterns)
    expected = {("open", "stood firmly by"), ("act", "stood"), ("act", "flown"), ("place", "Paris"),
                ("full stop", ".")}
    found = matched(anchored, doc, parse=ParseArrays(doc))
    assert found == matched(anchored, doc)
    assert {(label, words) for _, _, label, words in found} == expected


# Patterns whose anchors share values: one value anchoring several patterns, an anchor of several values, one value
# as two anchors of a pattern. Each pattern's positions are its own, whichever order its anchors are met in.
SHARED_ANCHORS = {
    "port first": [[{"LOWER": "port"}, {"OP": "?"}, {"LOWER": {"IN": ["closed", "opened"]}}]],
    "port or quay": [[{"LOWER": {"IN": ["quay", "port"]}}, {"IS_ALPHA": True, "OP": "{0,2}"}, {"LOWER": "closed"}]],
    "port twice": [[{"LOWER": "port"}, {"IS_ALPHA": True, "OP": "{1,3}"}, {"LOWER": "port"}]],
    "closed port": [[{"LOWER": "closed"}, {"LOWER": "the", "OP": "?"}, {"LOWER": "port"}]],
}


@pytest.mark.parametrize("words", [
    ["the", "port", "closed", "and", "the", "quay", "closed"],
    ["quay", "and", "port", "then", "closed", "the", "port"],
    ["port", "port", "opened", "port"],
    ["they", "closed", "the", "quay", "."],
])
def test_anchored_matcher_equals_a_matcher_where_patterns_share_anchors(words):
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words)
    plain, anchored = Matcher(vocab), AnchoredMatcher(vocab)
    for key, patterns in SHARED_ANCHORS.items():
        plain.add(key, patterns)
        anchored.add(key, patterns)
    assert [(start, end, label) for start, end, label, _ in matched(anchored, doc)] == sorted(
        (s.start, s.end, s.label_) for s in plain(doc, as_spans=True))


# Patterns whose anchor or bounded run can sit on a Doc's first or last token.
EDGE_PATTERNS = {
    "run after": [{"LOWER": "ferry"}, {"IS_ALPHA": True, "OP": "{0,2}"}],
    "run before": [{"IS_ALPHA": True, "OP": "{1,3}"}, {"LOWER": "ferry"}],
    "run between": [{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "{1,2}"}, {"LOWER": "ferry"}],
    "repeated anchor": [{"LOWER": "ferry", "OP": "{1,2}"}, {"IS_PUNCT": True, "OP": "?"}],
    "negated last": [{"LOWER": "ferry"}, {"LOWER": "left", "OP": "!"}],
    "open before": [{"IS_ALPHA": True, "OP": "*"}, {"LOWER": "ferry"}],
    "any one token": [{}],
    "any two tokens": [{}, {}],
}


@pytest.mark.parametrize("words", [
    [],
    ["ferry"],
    ["Ferry", "ferry"],
    ["ferry", "left", "the", "old", "ferry"],
    ["the", "ferry", "ferry", "."],
    ["Ferry", "und", "Fähre", "über", "the", "grüne", "ferry"],
])
@pytest.mark.parametrize("key", EDGE_PATTERNS)
def test_anchored_matcher_equals_a_matcher_at_the_docs_edges(key, words):
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words)
    plain, anchored = Matcher(vocab), AnchoredMatcher(vocab)
    plain.add(key, [EDGE_PATTERNS[key]])
    anchored.add(key, [EDGE_PATTERNS[key]])
    assert sorted((start, end) for start, end, _ in anchored.matches(doc)) == sorted(
        (s.start, s.end) for s in plain(doc, as_spans=True))


@pytest.mark.parametrize(("windows", "others", "expected"), [
    ([(0, 5), (10, 15)], [([3], None, None)], [(0, 5)]),
    ([(0, 5), (10, 15)], [([5, 9], None, None)], []),  # the ends are excluded and the gap holds nothing
    ([(0, 5), (10, 15)], [([4], None, None), ([11], None, None)], []),  # the other anchors in different windows
    ([(0, 20)], [([8, 12], 2, 1)], [(6, 14)]),  # from 2 before the first to 1 after the last
    ([(0, 20)], [([8], 0, None), ([15], None, 0)], [(8, 16)]),  # one anchor bounds the start, the other the end
    ([(0, 10), (30, 40)], [([1, 33], 5, 0)], [(0, 2), (30, 34)]),
    ([(2, 8)], [], [(2, 8)]),  # a pattern with one anchor keeps every window
])
def test_narrowed_keeps_where_every_other_anchor_can_lie(windows, others, expected):
    assert _narrowed(windows, others) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    ([{"LOWER": "stood"}, {"POS": "ADV", "OP": "+"}, {"LOWER": {"IN": ["by", "behind"]}}],
     [[("LOWER", {"stood"}, True)], [("POS", {"ADV"}, True)], [("LOWER", {"by", "behind"}, True)]]),
    ([{"LOWER": "the"}, {"OP": "?"}, {"LOWER": "port"}], None),  # a token of no condition accepts every word
    ([{"LOWER": "no"}, {"LOWER": "more", "OP": "!"}, {"LOWER": "aid"}], None),  # a negated token
    ([{"LOWER": "stood"}, {"IS_ALPHA": True, "OP": "+"}, {"LOWER": "by"}], None),  # a flag, not a string
    # a flag beside a string condition: the string condition is read, the flag left out
    ([{"LOWER": "if"}, {"IS_PUNCT": False, "POS": {"NOT_IN": ["VERB"]}, "OP": "{1,3}"}, {"LOWER": "falls"}],
     [[("LOWER", {"if"}, True)], [("POS", {"VERB"}, False)], [("LOWER", {"falls"}, True)]]),
])
def test_word_tests(pattern, expected):
    tests = word_tests(pattern)
    if expected is None:
        assert tests is None
    else:
        assert tests == [[(attr, frozenset(get_string_id(word) for word in words), inside)
                          for attr, words, inside in token] for token in expected]


def test_barriers_are_the_words_no_token_of_the_pattern_accepts(nlp):
    doc = nlp("The mayor stood very firmly behind her council and then left.")
    tests = [[(attr, np.array(sorted(values), dtype=np.uint64), inside) for attr, values, inside in token]
             for token in word_tests([{"LOWER": "stood"}, {"POS": "ADV", "OP": "+"}, {"LOWER": "behind"}])]
    columns = {attr: doc.to_array(attr) for attr in ("LOWER", "POS")}
    # only 'stood', 'very', 'firmly', 'behind' and the adverb 'then' pass
    assert _barriers(tests, columns, len(doc)) == [0, 1, 6, 7, 8, 10, 11]


@pytest.mark.parametrize(("windows", "barriers", "expected"), [
    ([(0, 10)], [3, 4, 8], [(0, 3), (5, 8), (9, 10)]),
    ([(0, 10)], [0, 9], [(1, 9)]),  # barriers at the ends
    ([(2, 6), (8, 12)], [1, 7, 12], [(2, 6), (8, 12)]),  # barriers outside the windows
    ([(2, 6)], [2, 3, 4, 5], []),
])
def test_split_cuts_windows_at_barriers(windows, barriers, expected):
    assert _split(windows, barriers) == expected


def test_patterns_added_after_a_call_read_their_own_attributes():
    """The attributes read are found again after each `add`: a later pattern on the part of speech matches."""
    doc = Doc(spacy.blank("en").vocab, words=["Tugs", "towed", "the", "ferry"], pos=["NOUN", "VERB", "DET", "NOUN"])
    matcher = AnchoredMatcher(doc.vocab)
    matcher.add("TOW", [[{"LOWER": "towed"}, {"LOWER": "the"}]])
    assert [(start, end, label) for start, end, label, _ in matched(matcher, doc)] == [(1, 3, "TOW")]
    matcher.add("NOUN", [[{"POS": "NOUN"}]])
    assert [(start, end, label) for start, end, label, _ in matched(matcher, doc)] == [
        (0, 1, "NOUN"), (1, 3, "TOW"), (3, 4, "NOUN")]


def test_lemma_phrase_matcher_makes_one_span_per_match_in_order(nlp):
    from analysis.nlp.matching import LemmaPhraseMatcher

    matcher = LemmaPhraseMatcher(nlp.vocab, nlp.make_doc)
    matcher.add("withdrawal", ["pull out"])  # the lemma form and the surface form of 'pull out'
    matcher.add("aid", ["aid"], [[{"LOWER": "aid"}]])  # a phrase and a pattern on the same word
    matcher.add("airlift", ["airlift"])
    doc = nlp("Troops pull out, the airlift ends and aid pulled out too.")
    assert [(span.start, span.end, span.label_) for span in matcher(doc)] == [
        (1, 3, "withdrawal"), (5, 6, "airlift"), (8, 9, "aid"), (9, 11, "withdrawal")]


def test_lemma_phrase_matcher_between_bounds_is_the_call_on_their_span(nlp):
    from analysis.nlp.matching import LemmaPhraseMatcher

    matcher = LemmaPhraseMatcher(nlp.vocab, nlp.make_doc)
    matcher.add("withdrawal", ["pull out"])
    matcher.add("aid", ["aid"], [[{"LOWER": "aid"}]])
    doc = nlp("Troops pull out, the airlift ends and aid pulled out too.")
    pairs = [(start, end) for start in range(len(doc) + 1) for end in range(start, len(doc) + 1)]
    as_spans = [[(span.start, span.end, span.label_) for span in matcher(doc[start:end])] for start, end in pairs]
    between = [[(span.start, span.end, span.label_) for span in matcher.between(doc, start, end)]
               for start, end in pairs]
    assert between == as_spans
    assert matcher.between(doc, 1, 2) == [] and [span.label_ for span in matcher.between(doc, 1, 3)] == ["withdrawal"]


# Anchors shared between patterns in every way `_anchor_positions` groups them: one value in anchors of one and of two
# values, the same anchor (attribute and values) in three patterns with different reaches, an anchor on NORM beside
# one on LOWER of the same word, and a pattern with the same anchor twice.
SHARED_LISTS = {
    "one value": [[{"LOWER": "dock"}, {"IS_ALPHA": True, "OP": "{0,3}"}, {"LOWER": "shut"}]],
    "two values": [[{"LOWER": {"IN": ["dock", "pier"]}}, {"LOWER": "shut"}]],
    "same anchor, short": [[{"LOWER": {"IN": ["pier", "dock"]}}, {"LOWER": "was"}, {"LOWER": "shut"}]],
    "same anchor, open": [[{"LOWER": {"IN": ["dock", "pier"]}}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "again"}]],
    "by norm": [[{"NORM": "shut"}, {"LOWER": "again"}]],
    "twice": [[{"LOWER": "dock"}, {"OP": "?"}, {"LOWER": "dock"}]],
}


@pytest.mark.parametrize("words", [
    [],
    ["dock"],
    ["the", "dock", "was", "shut", "and", "the", "pier", "shut", "again"],
    ["pier", "dock", "dock", "shut", "shut", "again", "dock"],
    ["shut", "again", "the", "pier", "was", "quiet", "for", "a", "day", "and", "shut", "again"],
    ["nothing", "here", "matches", "."],
])
def test_anchored_matcher_shares_each_anchor_s_positions_between_its_patterns(words):
    vocab = spacy.blank("en").vocab
    plain, anchored = Matcher(vocab), AnchoredMatcher(vocab)
    for key, patterns in SHARED_LISTS.items():
        plain.add(key, patterns)
        anchored.add(key, patterns)
    assert len(anchored.anchor_numbers) == 6  # 'dock'; 'dock' or 'pier'; 'shut'; 'was'; 'again' (LOWER); 'shut' (NORM)
    doc, other = Doc(vocab, words=words), Doc(vocab, words=list(reversed(words)))
    for _ in range(2):  # a second Doc and a second call: the shared lists were not changed by the first
        for each in (doc, other):
            expected = {(start, end, label) for label, start, end in plain(each)}
            assert anchored.matches(each) == expected
            assert anchored.matches(each, parse=ParseArrays(each)) == expected


def test_anchor_positions_are_sorted_and_complete():
    vocab = spacy.blank("en").vocab
    anchored = AnchoredMatcher(vocab)
    for key, patterns in SHARED_LISTS.items():
        anchored.add(key, patterns)
    doc = Doc(vocab, words=["pier", "dock", "shut", "dock", "pier", "again", "shut"])
    parse = ParseArrays(doc)
    at = anchored._anchor_positions({attr: parse.column(attr) for attr in anchored._attrs()})
    for (attr, values), number in anchored.anchor_numbers.items():
        column = parse.column(attr).tolist()
        assert at.get(number, []) == [i for i, value in enumerate(column) if value in values]


def test_lemma_phrase_matcher_makes_a_span_once_and_only_when_asked(nlp):
    from analysis.nlp.matching import LemmaPhraseMatcher

    matcher = LemmaPhraseMatcher(nlp.vocab, nlp.make_doc)
    matcher.add("withdrawal", ["pull out"])
    matcher.add("aid", ["aid"], [[{"LOWER": "aid"}]])
    doc = nlp("Troops pull out. The aid stops. Aid pulled out too.")
    first = matcher.between(doc, 0, 4)
    assert [(span.start, span.end, span.label_) for span in first] == [(1, 3, "withdrawal")]
    assert sum(span is not None for span in matcher._spans) == 1  # the matches after token 4 are not Spans yet
    assert matcher.between(doc, 0, 4)[0] is first[0]  # the same Span on every request
    whole = matcher(doc)
    assert whole[0] is first[0] and all(span is not None for span in matcher._spans)
    assert [(span.start, span.end, span.label_) for span in whole] == [
        (1, 3, "withdrawal"), (5, 6, "aid"), (8, 9, "aid"), (9, 11, "withdrawal")]
    assert matcher(nlp("")) == [] and matcher.between(nlp("No cue here."), 0, 4) == []


def _windows_by_formula(positions, before, after, length):
    """`_windows` as first written: each position's window, merged with the one before where they touch."""
    windows = []
    for position in positions:
        start = 0 if before is None else max(0, position - before)
        end = length if after is None else min(length, position + after + 1)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(start, end) for start, end in windows]


def _narrowed_by_formula(windows, held):
    """`_narrowed` as first written: two searches per window and anchor, `max` and `min`."""
    import bisect

    narrowed = []
    for start, end in windows:
        for at, before, after in held:
            first, last = bisect.bisect_left(at, start), bisect.bisect_left(at, end)
            if first == last:
                break
            start = start if before is None else max(start, at[first] - before)
            end = end if after is None else min(end, at[last - 1] + after + 1)
        else:
            narrowed.append((start, end))
    return narrowed


def test_windows_and_narrowed_equal_their_formulas():
    from analysis.nlp.matching import _windows

    rng = np.random.default_rng(17)
    reaches = [None, 0, 1, 3, 8]
    for _ in range(3000):
        length = int(rng.integers(1, 60))
        positions = sorted(set(rng.integers(0, length, size=int(rng.integers(1, 6))).tolist()))
        before, after = (reaches[int(i)] for i in rng.integers(0, len(reaches), size=2))
        windows = _windows(positions, before, after, length)
        assert windows == _windows_by_formula(positions, before, after, length)
        held = [(sorted(set(rng.integers(0, length, size=int(rng.integers(1, 5))).tolist())),
                 *(reaches[int(i)] for i in rng.integers(0, len(reaches), size=2))) for _ in range(int(rng.integers(1, 4)))]
        assert _narrowed(windows, held) == _narrowed_by_formula(windows, held)
    assert _windows([], 2, 2, 10) == [] and _narrowed([], []) == [] and _narrowed([(0, 5)], []) == [(0, 5)]


def _may_hold_by_formula(required, columns, start, end):
    """A window may hold a match when each condition of every required token holds for one of its words."""
    return all(any((int(columns[attr][k]) in values) == inside for k in range(start, end))
               for token in required for attr, values, inside in token)


def test_may_hold_equals_its_formula():
    rng = np.random.default_rng(35)
    attrs = ("LOWER", "POS", "DEP")
    for _ in range(3000):
        length = int(rng.integers(0, 30))
        columns = {attr: rng.integers(1, 6, size=length).astype(np.uint64) for attr in attrs}
        required = [[(str(attr), frozenset(rng.integers(1, 6, size=int(rng.integers(1, 4))).tolist()),
                      bool(rng.integers(0, 2))) for attr in rng.choice(attrs, size=int(rng.integers(1, 3)), replace=False)]
                    for _ in range(int(rng.integers(0, 4)))]
        start = int(rng.integers(0, length + 1))
        end = int(rng.integers(start, length + 1))
        assert _may_hold(required, columns, start, end) == _may_hold_by_formula(required, columns, start, end)


def test_required_tokens_leave_out_anchors_wildcards_and_optional_tokens(nlp):
    matcher = AnchoredMatcher(nlp.vocab)
    matcher.add("kept", [[{"LOWER": "stood"}, {"POS": "ADV", "OP": "+"}, {"OP": "?"}, {},
                          {"LOWER": {"IN": ["by", "behind"]}, "POS": "ADP"}, {"LOWER": {"NOT_IN": ["not"]}},
                          {"DEP": "pobj", "OP": "*"}]])
    ids = lambda *words: frozenset(get_string_id(word) for word in words)  # noqa: E731
    assert matcher.required == [[[("POS", ids("ADV"), True)],
                                 [("LOWER", ids("by", "behind"), True), ("POS", ids("ADP"), True)],
                                 [("LOWER", ids("not"), False)]]]
    matcher.add("negated", [[{"LOWER": "no"}, {"LOWER": "more", "OP": "!"}, {"LOWER": "aid"}]])
    assert matcher.required[1] == []  # a negated token is not tested
    # a condition `token_tests` cannot read (IS_PUNCT) is not tested; the others still are
    matcher.add("read", [[{"LOWER": "if"}, {"IS_PUNCT": False, "OP": "{1,3}"},
                          {"POS": "PROPN", "IS_TITLE": True}, {"LOWER": "falls"}]])
    assert matcher.required[2] == [[("POS", ids("PROPN"), True)]]


def windows_handed_to_spacy(anchored: AnchoredMatcher) -> list[tuple[int, int]]:
    """Return a list that fills with the (start, end) of each window the first anchored pattern hands spaCy's Matcher."""
    windows = []
    spacy_matcher, *rest = anchored.anchored[0]

    def counted(span):
        windows.append((span.start, span.end))
        return spacy_matcher(span)

    anchored.anchored[0] = (counted, *rest)
    return windows


def test_anchored_matcher_cuts_open_windows_at_words_no_token_accepts_by_its_readable_conditions(nlp):
    # An open run after the anchors ('*') and a flag (IS_PUNCT) the arrays do not hold: the windows run to the Doc's
    # end, cut at the words whose part of speech no token accepts (the pronouns, and 'said': a verb of a left-out norm).
    pattern = [{"LOWER": "no"}, {"LOWER": "one", "DEP": "nsubj"}, {"LOWER": {"IN": ["in", "at"]}},
               {"IS_PUNCT": False, "POS": {"NOT_IN": ["VERB", "AUX", "PRON"]}, "OP": "{1,3}"},
               {"POS": {"IN": ["AUX", "PART", "ADV"]}, "OP": "*"}, {"POS": "VERB", "NORM": {"NOT_IN": ["say"]}}]
    assert word_tests(pattern) is not None
    doc = nlp("No one in the old town ever really left. No one at the port, they said, would not stay, and no one "
              "in Brill has said it. No one in the council chamber voted, and none of them said so.")
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    plain.add("nobody", [pattern])
    anchored.add("nobody", [pattern])
    windows = windows_handed_to_spacy(anchored)
    found = [(start, end) for start, end, _, _ in matched(anchored, doc)]
    assert found == sorted((s.start, s.end) for s in plain(doc, as_spans=True))
    assert found and max(end - start for start, end in windows) < len(doc) // 2  # not to the Doc's end


def test_anchored_matcher_skips_windows_a_required_token_rules_out(nlp):
    # 'stood' and 'by' in both clauses; only the second has the adverb between them that the pattern needs.
    doc = nlp("The guards stood by the gate, and the clerks stood quietly by the door.")
    pattern = [{"LOWER": "stood"}, {"POS": "ADV", "OP": "+"}, {"LOWER": "by"}]
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    plain.add("stood", [pattern])
    anchored.add("stood", [pattern])
    windows = windows_handed_to_spacy(anchored)
    assert [(start, end) for start, end, _, _ in matched(anchored, doc)] == sorted(
        (s.start, s.end) for s in plain(doc, as_spans=True)) == [(10, 13)]
    assert [doc[start:end].text for start, end in windows] == ["stood quietly by"]


@pytest.mark.parametrize("pattern", [
    # a required token on an attribute only it reads, beside a wildcard, a negated token or a flag: no word tests
    [{"LOWER": "stood"}, {"OP": "?"}, {"POS": "ADV"}],
    [{"LOWER": "stood"}, {"LOWER": "not", "OP": "!"}, {"DEP": "prep"}],
    [{"LOWER": "stood"}, {"IS_ALPHA": True}, {"DEP": "prep"}],
    [{"LOWER": "waited"}, {}, {"TAG": "IN"}, {"OP": "*"}, {"DEP": "pobj"}],
    [{"IS_PUNCT": True}, {"LOWER": "waited"}, {"POS": {"NOT_IN": ["ADP"]}}],
])
def test_anchored_matcher_reads_the_attributes_of_required_tokens(pattern):
    words = ["the", "guards", "stood", "quietly", "by", "the", "gate", ",", "waited", "long", "at", "its", "bars"]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["DET", "NOUN", "VERB", "ADV", "ADP", "DET", "NOUN", "PUNCT", "VERB", "ADV", "ADP", "DET", "NOUN"],
              tags=["DT", "NNS", "VBD", "RB", "IN", "DT", "NN", ",", "VBD", "RB", "IN", "PRP$", "NNS"],
              deps=["det", "nsubj", "ROOT", "advmod", "prep", "det", "pobj", "punct", "conj", "advmod", "prep",
                    "poss", "pobj"],
              heads=[1, 2, 2, 2, 2, 6, 4, 2, 2, 8, 8, 12, 10])
    plain, anchored = Matcher(doc.vocab), AnchoredMatcher(doc.vocab)
    plain.add("x", [pattern])
    anchored.add("x", [pattern])
    expected = sorted((s.start, s.end) for s in plain(doc, as_spans=True))
    assert expected
    assert sorted((start, end) for start, end, _ in anchored.matches(doc)) == expected


def test_numbered_matches_are_between_s_spans_made_only_when_asked(nlp):
    from analysis.nlp.matching import LemmaPhraseMatcher

    matcher = LemmaPhraseMatcher(nlp.vocab, nlp.make_doc)
    matcher.add("withdrawal", ["pull out"])
    matcher.add("aid", ["aid"], [[{"LOWER": "aid"}]])
    doc = nlp("Troops pull out. The aid stops. Aid pulled out too.")
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            numbered = matcher.numbered_between(doc, start, end)
            assert all(span is None for span in matcher._spans)  # no Span made by the numbering
            spans = matcher.between(doc, start, end)
            assert [(first, last, label) for _, first, last, label in numbered] == [
                (span.start, span.end, span.label_) for span in spans]
            assert all(matcher.span(number) is span for (number, _, _, _), span in zip(numbered, spans))
            matcher._spans = [None] * len(matcher._spans)
    numbered = matcher.numbered_between(doc, 0, len(doc))
    spans = [matcher.span(number) for number, _, _, _ in numbered]
    assert spans == matcher.between(doc, 0, len(doc)) and matcher.between(doc, 0, 4)[0] is spans[0]
    assert [(start, end, label) for _, start, end, label in numbered] == [
        (1, 3, "withdrawal"), (5, 6, "aid"), (8, 9, "aid"), (9, 11, "withdrawal")]
    assert matcher.numbered_between(nlp("No cue here."), 0, 4) == []


def test_a_numbered_match_s_span_is_refused_for_another_doc_or_mask(nlp):
    from analysis.nlp.matching import LemmaPhraseMatcher

    matcher = LemmaPhraseMatcher(nlp.vocab, nlp.make_doc)
    matcher.add("aid", ["aid"], [[{"LOWER": "aid"}]])
    doc, other = nlp("The aid stops. Aid comes back."), nlp("Aid is late.")
    mask = np.ones(len(doc), dtype=bool)
    with pytest.raises(RuntimeError):
        matcher.span(0)  # nothing numbered yet
    numbered = matcher.numbered_between(doc, 0, len(doc), within=mask)
    assert matcher.span(numbered[1][0], doc, within=mask).start == 4
    matcher.between(doc, 0, len(doc), parse=None)  # the same Doc with no mask: its matches made again
    with pytest.raises(RuntimeError):
        matcher.span(numbered[1][0])
    numbered = matcher.numbered_between(doc, 0, len(doc), within=mask)
    matcher(other)  # another Doc matched between the numbering and the Span
    with pytest.raises(RuntimeError):
        matcher.span(numbered[0][0])
    numbered = matcher.numbered_between(other, 0, len(other))
    with pytest.raises(RuntimeError):
        matcher.span(numbered[0][0], doc)  # numbered for `other`, asked for `doc`
    assert matcher.span(numbered[0][0], other).text == "Aid"


def test_a_match_span_s_kept_root_is_span_root_on_every_range(nlp):
    from analysis.nlp.matching import MatchSpan

    doc = nlp("Moscow sent jets to the coast. They stayed, and the rebels, tired, fell back!  Then: nothing.")
    doc.user_span_hooks.clear()
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span, plain = MatchSpan(doc, start, end, label="cue"), Span(doc, start, end, label="cue")
            assert "root" not in span.__dict__  # found only when asked
            assert span.root.i == plain.root.i and span.root is span.root
            assert span == plain and span.label_ == "cue" and span.text == plain.text
    assert MatchSpan(doc, 2, 2).root.i == Span(doc, 2, 2).root.i  # an empty range: spaCy's answer


def test_the_lemma_phrase_matcher_s_spans_keep_their_root(nlp):
    from analysis.nlp.matching import LemmaPhraseMatcher, MatchSpan

    matcher = LemmaPhraseMatcher(nlp.vocab, nlp.make_doc)
    matcher.add("withdrawal", ["pull out"])
    doc = nlp("Troops pull out of the town.")
    span = matcher(doc)[0]
    assert isinstance(span, MatchSpan) and span.root is span.root and span.root.text == "pull"


def _in_a_run(mask, start, end):
    return start < end and bool(mask[start:end].all())


@pytest.mark.parametrize("seed", range(8))
def test_anchored_matches_within_a_mask_are_those_in_its_runs(seed):
    """With a mask, every match that lies in a run of masked tokens is found, as without it; the anchors outside
    are not read (a mask of none finds no anchored match)."""
    vocab = spacy.blank("en").vocab
    anchored = AnchoredMatcher(vocab)
    for key, patterns in SHARED_LISTS.items():
        anchored.add(key, patterns)
    generator = np.random.default_rng(seed)
    words = generator.choice(["dock", "pier", "shut", "was", "again", "the", "quiet", "."], size=60).tolist()
    doc = Doc(vocab, words=words)
    whole = anchored.matches(doc)
    for mask in (generator.random(len(doc)) < 0.7, np.ones(len(doc), dtype=bool), np.zeros(len(doc), dtype=bool)):
        masked = anchored.matches(doc, parse=ParseArrays(doc), within=mask)
        inside = {match for match in whole if _in_a_run(mask, match[0], match[1])}
        assert inside == {match for match in masked if _in_a_run(mask, match[0], match[1])}
        if not mask.any():
            assert masked == set()


def test_numbered_matches_within_a_mask_for_ranges_inside_it(nlp):
    from analysis.nlp.matching import LemmaPhraseMatcher

    matcher = LemmaPhraseMatcher(nlp.vocab, nlp.make_doc)
    matcher.add("closure", [], [[{"LOWER": "dock"}, {"IS_ALPHA": True, "OP": "{0,3}"}, {"LOWER": "shut"}]])
    matcher.add("aid", ["aid"])
    doc = nlp("The dock was shut. Aid came. The dock stayed shut. Then the dock was shut again.")
    sentences = list(doc.sents)
    within = np.zeros(len(doc), dtype=bool)
    for sentence in (sentences[0], sentences[2]):
        within[sentence.start:sentence.end] = True
    masked = [matcher.numbered_between(doc, sentence.start, sentence.end, within=within)
              for sentence in (sentences[0], sentences[2])]
    assert len(matcher._starts) == 3  # the last sentence's match is not looked for; the phrase 'aid' is
    plain = [matcher.numbered_between(doc, sentence.start, sentence.end) for sentence in (sentences[0], sentences[2])]
    assert len(matcher._starts) == 4  # matched again without the mask
    assert [[match[1:] for match in found] for found in masked] == [[match[1:] for match in found] for found in plain]
    assert [match[1:] for match in plain[0]] == [(1, 4, "closure")]


def test_numbered_matches_within_a_mask_at_sentence_edges_and_on_an_empty_doc(nlp):
    """A match across two masked sentences is in no sentence's answer, with the mask or without it; an empty Doc and
    an empty mask find nothing."""
    from analysis.nlp.matching import LemmaPhraseMatcher

    matcher = LemmaPhraseMatcher(nlp.vocab, nlp.make_doc)
    matcher.add("closure", [], [[{"LOWER": "dock"}, {"OP": "?"}, {"LOWER": "shut"}]])
    doc = nlp("Aid reached the dock. Shut the gate, the dock shut.")
    sentences = list(doc.sents)
    assert len(sentences) == 2
    within = np.ones(len(doc), dtype=bool)
    for mask in (within, None):
        found = [[match[1:] for match in matcher.numbered_between(doc, sentence.start, sentence.end, within=mask)]
                 for sentence in sentences]
        assert found == [[], [(10, 12, "closure")]]
    assert (3, 6, "closure") in [(span.start, span.end, span.label_) for span in matcher(doc)]  # across the edge
    empty = nlp("")
    assert matcher.numbered_between(empty, 0, 0, within=np.zeros(0, dtype=bool)) == []
    assert matcher.by_pattern.matches(doc, within=np.zeros(len(doc), dtype=bool)) == set()
