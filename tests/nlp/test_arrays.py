"""Tokens picked from the Doc's attribute arrays are those a loop over the tokens picks."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from analysis.corpus.sections import keep_raw_text
from analysis.nlp.arrays import (WHITESPACE_BELOW, FirstDependents, ParseArrays, among, string_ids, token_ends,
                                 token_span, whitespace_tokens)

WORDS = ["The", "Velmar", "Council", "said", "it", "would", "stay", ":", "Councils", "stay", "."]
LEMMAS = ["the", "Velmar", "Council", "say", "it", "would", "stay", ":", "council", "stay", "."]
POS = ["DET", "PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"]
HEADS = [2, 2, 3, 3, 6, 6, 3, 3, 9, 3, 3]
DEPS = ["det", "compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct", "nsubj", "conj", "punct"]


@pytest.fixture()
def doc():
    return Doc(spacy.blank("en").vocab, words=WORDS, lemmas=LEMMAS, pos=POS, heads=HEADS, deps=DEPS)


@pytest.mark.parametrize(("attr", "values", "exclude", "expected"), [
    ("DEP", ["nsubj"], False, [2, 4, 8]),
    ("DEP", ["nsubj", "punct"], False, [2, 4, 7, 8, 10]),
    ("POS", ["NOUN", "PROPN", "PRON"], False, [1, 2, 4, 8]),
    ("LOWER", ["stay", "the"], False, [0, 6, 9]),
    ("ORTH", [":"], False, [7]),
    ("LEMMA", ["say", "council"], False, [3, 8]),  # case-sensitive: 'Council' is not 'council'
    ("DEP", ["compound", "det", "punct", "ROOT"], True, [2, 4, 5, 6, 8, 9]),
    ("LOWER", ["nowhere"], False, []),
    ("TAG", [""], False, list(range(11))),  # no tags set: every token
])
def test_parse_indices(doc, attr, values, exclude, expected):
    assert ParseArrays(doc).indices(attr, values, exclude=exclude).tolist() == expected


@pytest.mark.parametrize("values", [
    ["nsubj", "punct"], ("punct", "nsubj", "punct"), {"nsubj", "punct"}, frozenset({"punct", "nsubj"}),
])
def test_parse_indices_same_for_any_collection_and_call(doc, values):
    """The word list's string ids are kept between calls: each kind of collection, given twice, and on another
    Doc, finds the same tokens."""
    parse = ParseArrays(doc)
    assert parse.indices("DEP", values).tolist() == [2, 4, 7, 8, 10]
    assert parse.indices("DEP", values).tolist() == [2, 4, 7, 8, 10]
    other = Doc(doc.vocab, words=["Rain", "fell", "."], deps=["nsubj", "ROOT", "punct"], heads=[1, 1, 1])
    assert ParseArrays(other).indices("DEP", values).tolist() == [0, 2]


@pytest.mark.parametrize(("lemmas", "expected"), [
    (["council"], [2, 8]),
    (["stay", "say"], [3, 6, 9]),
    (["absent"], []),
])
def test_lemma_indices_ignore_case(doc, lemmas, expected):
    assert ParseArrays(doc).lemma_indices(lemmas).tolist() == expected


@pytest.mark.parametrize("calls", [
    [(["council"], [2, 8]), (["stay", "say"], [3, 6, 9]), (["council"], [2, 8])],
    [(["absent"], []), (["say", "absent", "say"], [3]), (("stay",), [6, 9])],
    [(["stay", "council"], [2, 6, 8, 9]), ([], [])],
])
def test_lemma_indices_kept_between_calls_agree_with_the_doc(doc, calls):
    """Later calls on one ParseArrays, which read the lemmas' index kept from the first, answer as a fresh one
    does, and as the tokens' own lemmas say."""
    parse = ParseArrays(doc)
    for lemmas, expected in calls:
        assert parse.lemma_indices(lemmas).tolist() == expected
        assert [token.i for token in doc if token.lemma_.lower() in lemmas] == expected


@pytest.mark.parametrize(("lemmas", "expected"), [
    (["überfahrt"], [0, 2]),  # upper and title case lowered beyond ASCII
    (["øresund", "ärger"], [1, 3]),
    (["uberfahrt"], []),  # no folding of accents
])
def test_lemma_indices_lower_letters_beyond_ascii(lemmas, expected):
    doc = Doc(spacy.blank("en").vocab, words=["ÜBERFAHRTEN", "Øresunds", "Überfahrt", "Ärger"],
              lemmas=["ÜBERFAHRT", "Øresund", "Überfahrt", "ÄRGER"])
    assert ParseArrays(doc).lemma_indices(lemmas).tolist() == expected


@pytest.mark.parametrize(("lemmas", "start", "end", "expected"), [
    (["stay", "say"], 0, 11, [3, 6, 9]),
    (["stay", "say"], 4, 9, [6]),
    (["stay", "say"], 6, 7, [6]),
    (["stay", "say"], 7, 9, []),
    (["council"], 0, 11, [8]),  # the lemma as it is: token 2's lemma is 'Council'
    (["absent"], 0, 11, []),
    (["stay", "say"], 3, 6, [3]),  # a range's first token is in it, its end is not
    (["stay", "say"], 9, 11, [9]),
    (["stay", "say"], 6, 6, []),  # an empty range
    (["stay", "say"], 11, 11, []),
    ([], 0, 11, []),  # no lemma
    (["the", "say", "would", "stay", "council"], 0, 11, [0, 3, 5, 6, 8, 9]),  # more than `FEW_VALUES` ids
])
def test_parse_lemma_ids_between_picks_what_a_loop_picks(doc, lemmas, start, end, expected):
    """The tokens of a range with one of the lemmas (string ids) are those a loop over the range picks, asked once or
    again with the same ids."""
    parse, ids = ParseArrays(doc), frozenset(get_string_id(lemma) for lemma in lemmas)
    assert [i for i in range(start, end) if parse.lemma[i] in ids] == expected
    assert parse.lemma_ids_between(ids, start, end) == expected
    assert parse.lemma_ids_between(ids, start, end) == expected


@pytest.mark.parametrize(("lemmas", "start", "end", "expected"), [
    (["council"], 0, 11, [2, 8]),  # lower-cased: token 2's lemma 'Council' too
    (["council"], 3, 11, [8]),
    (["stay", "say"], 4, 9, [6]),
    (["stay", "say"], 3, 6, [3]),  # a range's first token is in it, its end is not
    (["stay", "say"], 6, 6, []),  # an empty range
    (["absent"], 0, 11, []),
])
def test_parse_lemma_indices_between_picks_what_a_loop_picks(doc, lemmas, start, end, expected):
    """The tokens of a range whose lower-cased lemma is one of the words are those a loop over the range picks, asked
    once or again, and after another range of the same word list."""
    parse, words = ParseArrays(doc), frozenset(lemmas)
    assert [token.i for token in doc[start:end] if token.lemma_.lower() in words] == expected
    assert parse.lemma_indices_between(words, 0, 11) == [token.i for token in doc if token.lemma_.lower() in words]
    assert parse.lemma_indices_between(words, start, end) == expected
    assert parse.lemma_indices_between(words, start, end) == expected


def test_parse_lemma_ids_between_keeps_each_set_of_ids_apart(doc):
    parse = ParseArrays(doc)
    stay, say = frozenset({get_string_id("stay")}), frozenset({get_string_id("say")})
    assert parse.lemma_ids_between(stay, 0, 11) == [6, 9]
    assert parse.lemma_ids_between(say, 0, 11) == [3]
    assert parse.lemma_ids_between(stay | say, 0, 11) == [3, 6, 9]


@pytest.mark.parametrize("text", [
    "Moscow said it would stay. The base stays open. It said so again.",
    "Stay. Say nothing.\n\nThey stayed and said they would stay.",
])
def test_parse_lemma_ids_between_in_each_sentence_are_its_own_tokens(nlp, text):
    """Asked sentence by sentence, as the frame rules ask, each sentence gets the tokens of its range and no
    neighbour's."""
    doc = nlp(text)
    parse, ids = ParseArrays(doc), frozenset(get_string_id(lemma) for lemma in ("stay", "say"))
    for sentence in doc.sents:
        assert parse.lemma_ids_between(ids, sentence.start, sentence.end) == [
            token.i for token in sentence if token.lemma in ids]


@pytest.mark.parametrize(("column", "values", "expected"), [
    ([5, 1, 9, 5, 2**63 + 1], [1, 5], [True, True, False, True, False]),
    ([5, 1, 9], [9, 10, 2**64 - 1], [False, False, True]),  # past the last value
    ([0, 3], [], [False, False]),
    ([], [4], []),
    ([5, 1, 9, 2**63 + 1, 7, 3], [1, 2, 7, 9, 2**64 - 1], [False, True, True, False, True, False]),  # searched
    ([7, 2**64 - 1, 0], [0, 7, 2**64 - 1], [True, True, True]),  # as many values as `among` compares
    ([2**64 - 1, 2**63, 4], [2**64 - 1], [True, False, False]),  # one value, the largest id
    ([], [], []),
    # searched: entries in a value's bucket (the same low bits) that are not the value, beside the value itself
    ([5 + 2**14, 5, 5 + 2**40, 2**64 - 2**14 + 5, 6], [5, 6 + 2**14, 8, 2**63], [False, True, False, False, False]),
    ([2**64 - 1, 2**14 - 1, 2**15 - 1], [1, 2, 3, 2**64 - 1], [True, False, False]),  # the largest bucket
])
def test_among(column, values, expected):
    assert among(np.array(column, dtype=np.uint64), np.array(values, dtype=np.uint64)).tolist() == expected


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("n_values", [4, 30, 500])
def test_among_agrees_with_isin(seed, n_values):
    """Entries drawn from the values, from their buckets and at random are found as `np.isin` finds them."""
    generator = np.random.default_rng(seed)
    values = np.unique(generator.integers(0, 2**64 - 1, size=n_values, dtype=np.uint64, endpoint=True))
    shifted = values + (generator.integers(1, 2**40, size=len(values), dtype=np.uint64) << np.uint64(14))
    column = generator.permutation(np.concatenate(
        [values, shifted, generator.integers(0, 2**64 - 1, size=2000, dtype=np.uint64, endpoint=True)]))
    assert among(column, values).tolist() == np.isin(column, values).tolist()


def test_among_s_bucket_tables_are_kept_per_list_and_never_shared_by_another():
    """A table is built once per list of values (of its type) and read-only; a second list, the same list again
    after others, and the same bytes read as another integer type each find what `np.isin` finds."""
    from analysis.nlp.arrays import _buckets

    generator = np.random.default_rng(7)
    column = generator.integers(0, 2**64 - 1, size=3000, dtype=np.uint64, endpoint=True)
    first = np.unique(np.concatenate([column[:40], [5, 6, 7, 8]]).astype(np.uint64))
    second = np.unique(np.concatenate([column[40:90], [5 + 2**14]]).astype(np.uint64))
    for values in (first, second, first, second[:10], first):
        assert among(column, values).tolist() == np.isin(column, values).tolist()
    assert _buckets(first.tobytes(), first.dtype.str) is _buckets(first.tobytes(), first.dtype.str)
    assert not _buckets(first.tobytes(), first.dtype.str).flags.writeable
    signed, values = column.view(np.int64), first.view(np.int64)
    assert among(signed, np.sort(values)).tolist() == np.isin(signed, values).tolist()
    small = np.array([3, 2**14 + 3, 9, 11, 2**20], dtype=np.int32)
    assert among(np.arange(2**14 + 10, dtype=np.int32), np.sort(small)).tolist() == np.isin(
        np.arange(2**14 + 10), small).tolist()


@pytest.mark.parametrize(("i", "children"), [
    (3, [2, 6, 7, 9, 10]),  # the root's dependents on both sides, in order
    (2, [0, 1]),
    (6, [4, 5]),
    (9, [8]),
    (0, []),
    (10, []),
])
def test_parse_children(doc, i, children):
    assert ParseArrays(doc).children(i) == children


def test_parse_columns(doc):
    parse = ParseArrays(doc)
    assert parse.head == [2, 2, 3, 3, 6, 6, 3, 3, 9, 3, 3]
    assert parse.dep == DEPS
    assert parse.pos == POS
    assert parse.lower[8] == get_string_id("councils")
    assert parse.lemma[8] == get_string_id("council")


def test_parse_entity_type_column():
    doc = Doc(spacy.blank("en").vocab, words=WORDS, ents=["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O",
                                                         "O"])
    parse = ParseArrays(doc)
    assert {"ENT_TYPE", "ORTH"} <= parse.attrs
    assert parse.indices("ORTH", ["Velmar"]).tolist() == [1]
    assert parse.indices("ENT_TYPE", ["ORG"]).tolist() == [1, 2]
    assert parse.column("ENT_TYPE").tolist() == doc.to_array("ENT_TYPE").tolist()


def test_parse_space_columns():
    doc = Doc(spacy.blank("en").vocab, words=["Talks", "resumed", " ", "today", "."],
              spaces=[True, False, False, False, False])
    parse = ParseArrays(doc)
    assert parse.column("SPACY").tolist() == [1, 0, 0, 0, 0]
    assert parse.column("IS_SPACE").tolist() == [0, 0, 1, 0, 0]


# Texts with whitespace tokens of several kinds: runs of spaces, line breaks, tabs, a no-break space, an em space and
# an ideographic space (the last below `WHITESPACE_BELOW`), letters beyond ASCII and a character beyond the BMP.
SPACED_TEXTS = [
    "Talks resumed  today.",
    "\n\nThe Quell ferry sailed.\n\n  Nobody waved.\t\tThen rain.\n",
    "Depot\u00a0 stock \u2003 rose\u3000 again \u3000\u3000 .",
    "Fähre über Øresund \U0001F6A2  ausgefallen!  ",
    " ",
    "Adjourned",
    "",
]


@pytest.mark.parametrize("text", SPACED_TEXTS)
@pytest.mark.parametrize("kept", [True, False])
def test_parse_offsets_and_space_column_are_spacys(nlp, text, kept):
    """The tokens' end offsets and whitespace column, read from the offsets and the kept text (or, without it, from the
    Doc), are `to_array`'s IDX + LENGTH and IS_SPACE."""
    doc = nlp.make_doc(text)
    if kept:
        keep_raw_text(doc, text)
    parse = ParseArrays(doc)
    starts = doc.to_array("IDX").astype(np.int64)
    assert parse.char_offsets(np.arange(len(doc)), np.arange(len(doc)) + 1) == (
        starts.tolist(), (starts + doc.to_array("LENGTH").astype(np.int64)).tolist())
    assert parse.column("IS_SPACE").tolist() == doc.to_array("IS_SPACE").tolist()
    assert parse.column("IS_SPACE").dtype == doc.to_array("IS_SPACE").dtype


@pytest.mark.parametrize("kept", ["Talks resumed  today", "Talks resumed-- today.", ""])
def test_a_kept_text_of_another_length_leaves_the_space_column_to_the_doc(nlp, kept):
    """A kept text that is not the Doc's own length (a stage that changed one and not the other) is not read: the
    whitespace column is `to_array`'s IS_SPACE."""
    doc = nlp.make_doc("Talks resumed  today.")
    keep_raw_text(doc, kept)
    assert ParseArrays(doc).column("IS_SPACE").tolist() == doc.to_array("IS_SPACE").tolist()


def test_parse_offsets_after_merging_and_splitting_tokens(nlp):
    doc = nlp.make_doc("The Brill  harbour master left early .")
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:4])  # 'Brill  harbour', a whitespace token inside
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[2], ["mas", "ter"], heads=[(doc[2], 1), doc[1]])
    keep_raw_text(doc, doc.text)
    parse = ParseArrays(doc)
    assert parse.char_offsets(np.arange(len(doc)), np.arange(len(doc)) + 1) == (
        [token.idx for token in doc], [token.idx + len(token) for token in doc])
    assert parse.column("IS_SPACE").tolist() == [int(token.is_space) for token in doc]


@pytest.mark.parametrize(("starts", "spaces", "last_length", "expected"), [
    ([0, 6, 13], [1, 0, 0], 1, [5, 13, 14]),  # 'Talks resumed.': a space after the first token only
    ([0, 2, 3], [0, 0, 0], 4, [2, 3, 7]),
    ([0], [1], 9, [9]),
    ([], [], 0, []),
])
def test_token_ends(starts, spaces, last_length, expected):
    ends = token_ends(np.array(starts, dtype=np.int64), np.array(spaces, dtype=np.int64), last_length)
    assert ends.tolist() == expected


@pytest.mark.parametrize(("text", "starts", "ends", "expected"), [
    ("ab \n cd", [0, 2, 5], [2, 5, 7], [0, 1, 0]),
    ("a\u00a0\u2003b", [0, 1, 3], [1, 3, 4], [0, 1, 0]),
    ("x\u3000\u3001y", [0, 1, 2, 3], [1, 2, 3, 4], [0, 1, 0, 0]),  # U+3001 is punctuation, not space
    ("a  b", [0, 1, 1], [1, 3, 1], [0, 1, 0]),  # an empty range is no whitespace, as `''.isspace()`
    ("\U0001F6A2 \t", [0, 1], [1, 3], [0, 1]),
])
def test_whitespace_tokens(text, starts, ends, expected):
    found = whitespace_tokens(text, np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64))
    assert found.tolist() == expected
    assert found.tolist() == [int(text[start:end].isspace()) for start, end in zip(starts, ends)]


def test_every_whitespace_character_lies_below_the_table_s_end():
    assert [code for code in range(WHITESPACE_BELOW, 0x110000) if chr(code).isspace()] == []


def test_parse_string_columns_hold_labels_first_met_in_a_later_doc():
    vocab = spacy.blank("en").vocab
    first = Doc(vocab, words=["Tugs", "idled"], heads=[1, 1], deps=["arr32-subject", "ROOT"],
                pos=["NOUN", "VERB"], tags=["arr32-plural", "arr32-past"])
    later = Doc(vocab, words=["Barges", "drifted", "far"], heads=[1, 1, 1], deps=["arr32-agent", "ROOT", "arr32-far"],
                pos=["NOUN", "VERB", "ADV"], tags=["arr32-plural", "arr32-past", "arr32-adverb"])
    for doc in (first, later, first):
        parse = ParseArrays(doc)
        assert (parse.dep, parse.pos, parse.tag) == ([t.dep_ for t in doc], [t.pos_ for t in doc],
                                                     [t.tag_ for t in doc])


def test_parse_of_an_empty_doc():
    parse = ParseArrays(Doc(spacy.blank("en").vocab, words=[]))
    assert (parse.head, parse.dep) == ([], [])


@pytest.mark.parametrize("text", [
    "The Ostrava ferry, which nobody had repaired, was towed to Brill by two tugs on Monday.",
    "Did the committee of Varn ever ask whether its grain would reach the coast?",
    "Lina Quell: We will not sell the mill, and we never promised to.",
    "Brill, Varn and Ostrava sent ferries, tugs and old barges to the coast.",
    "The mayor of Varn and her deputy stayed, but the council left and never came back.",
    "",  # an empty Doc
    "Adjourned",  # one token, no verb phrase
    "Die Fähre über den Øresund: ausgefallen!",  # no English verb, letters beyond ASCII
])
def test_parse_arrays_are_spacys_tokens(nlp, text):
    doc = nlp(text)
    parse = ParseArrays(doc)
    assert [parse.children(token.i) for token in doc] == [[child.i for child in token.children] for token in doc]
    assert [parse.tag[token.i] for token in doc] == [token.tag_ for token in doc]
    assert [parse.conjuncts(token.i) for token in doc] == [[word.i for word in token.conjuncts] for token in doc]
    for labels, words in (SUBJECTS_AND_MARKS, (frozenset({"mark"}), frozenset({"whether"}))):
        assert parse.first_dependents(labels, words=words) == [next(
            (child.i for child in token.children if child.dep_ in labels and (words is None or child.lower_ in words)),
            -1) for token in doc]
    assert [parse.lowered_lemma(token.i) for token in doc] == [token.lemma_.lower() for token in doc]


SUBJECTS_AND_MARKS = (frozenset({"nsubj", "nsubjpass", "mark"}), None)


@pytest.mark.parametrize(("labels", "words", "expected"), [
    (frozenset({"nsubj"}), None, [-1, -1, -1, 2, -1, -1, 4, -1, -1, 8, -1]),  # the first subject of 'said', 'stay'
    (frozenset({"nsubj", "punct"}), None, [-1, -1, -1, 2, -1, -1, 4, -1, -1, 8, -1]),  # 'Council' before ':'
    (frozenset({"punct"}), None, [-1, -1, -1, 7, -1, -1, -1, -1, -1, -1, -1]),
    (frozenset({"nsubj"}), frozenset({"it", "councils"}), [-1, -1, -1, -1, -1, -1, 4, -1, -1, 8, -1]),
    (frozenset({"ROOT"}), None, [-1] * 11),  # a root is no dependent of its own
    (frozenset({"dobj"}), None, [-1] * 11),
])
def test_parse_first_dependents(doc, labels, words, expected):
    parse = ParseArrays(doc)
    assert parse.first_dependents(labels, words=words) == expected
    assert parse.first_dependents(labels, words=words) == expected  # kept, and the same


def test_parse_first_dependents_of_an_empty_doc():
    assert ParseArrays(Doc(spacy.blank("en").vocab, words=[])).first_dependents(frozenset({"nsubj"})) == []


@pytest.mark.parametrize(("i", "conjuncts"), [
    (3, [9]),  # 'said' and the clause coordinated with it
    (9, [3]),
    (2, []),
])
def test_parse_conjuncts(doc, i, conjuncts):
    assert ParseArrays(doc).conjuncts(i) == conjuncts


def test_parse_lowered_lemma_and_head_column(doc):
    parse = ParseArrays(doc)
    assert [parse.lowered_lemma(i) for i in (1, 2, 8)] == ["velmar", "council", "council"]
    assert parse.lemma_indices(["council"]).tolist() == [2, 8]  # from the lowered lemmas kept
    assert parse.column("HEAD").tolist() == HEADS


# "Brill  sent tugs." : two spaces after 'Brill' (the second one a token), none before the full stop.
RANGE_WORDS, RANGE_SPACES = ["Brill", " ", "sent", "tugs", "."], [True, False, True, False, False]


@pytest.mark.parametrize(("start", "end", "expected"), [
    (0, 5, (0, 1)),  # one word
    (0, 11, (0, 3)),  # across the whitespace token
    (2, 8, (0, 3)),  # partly covered words at both ends
    (5, 11, (1, 3)),  # from the space after 'Brill': begins at the next token, the whitespace token
    (7, 12, (2, 3)),  # up to the space after 'sent', which belongs to 'sent'
    (7, 13, (2, 4)),
    (12, 17, (3, 5)),  # to the end of the text
    (16, 17, (4, 5)),
    (-1, 4, None),  # outside the text
    (12, 18, None),
    (17, 18, None),
])
def test_expanded_ranges(start, end, expected):
    doc = Doc(spacy.blank("en").vocab, words=RANGE_WORDS, spaces=RANGE_SPACES)
    assert doc.text == "Brill  sent tugs."
    assert ParseArrays(doc).expanded_ranges([start], [end]) == [expected]


@pytest.mark.parametrize("text", [
    "The ferry, which nobody had repaired, was towed to Brill.\n\nTwo tugs  waited.",
    "Lina Quell: We will not sell the mill.",
])
def test_expanded_ranges_are_char_spans(nlp, text):
    """Every character range of the text gives the tokens `Doc.char_span` expands it to."""
    doc = nlp(text)
    pairs = [(start, end) for start in range(-1, len(text) + 1) for end in range(start + 1, len(text) + 2)]
    ranges = ParseArrays(doc).expanded_ranges([start for start, _ in pairs], [end for _, end in pairs])
    spans = [doc.char_span(start, end, alignment_mode="expand") for start, end in pairs]
    assert ranges == [None if span is None else (span.start, span.end) for span in spans]


@pytest.mark.parametrize(("starts", "stops", "expected"), [
    ([0], [1], ([0], [5])),  # one word: its end is before the space after it
    ([0, 3], [2, 5], ([0, 12], [7, 17])),  # a word and the whitespace token after it; the last two words
    ([1], [4], ([6], [16])),  # from the whitespace token (after the space that follows 'Brill') to 'tugs'
    ([2, 2, 0], [3, 3, 5], ([7, 7, 0], [11, 11, 17])),  # repeated and unsorted ranges
])
def test_char_offsets_are_the_spans_offsets(starts, stops, expected):
    doc = Doc(spacy.blank("en").vocab, words=RANGE_WORDS, spaces=RANGE_SPACES)
    assert ParseArrays(doc).char_offsets(np.array(starts), np.array(stops)) == expected
    spans = [doc[start:stop] for start, stop in zip(starts, stops)]
    assert expected == ([span.start_char for span in spans], [span.end_char for span in spans])


def test_expanded_ranges_of_an_empty_doc():
    assert ParseArrays(Doc(spacy.blank("en").vocab, words=[])).expanded_ranges([0], [1]) == [None]


def test_lowered_lemmas_are_the_same_on_docs_of_other_vocabularies():
    """Lemmas lowered on one Doc are kept by their string id, which is the same in every vocabulary."""
    first = Doc(spacy.blank("en").vocab, words=["FERRIES", "Ferries"], lemmas=["FERRY", "Ferry"])
    second = Doc(spacy.blank("en").vocab, words=["ferry", "Ørsted"], lemmas=["Ferry", "ØRSTED"])
    assert [ParseArrays(first).lowered_lemma(i) for i in range(2)] == ["ferry", "ferry"]
    assert [ParseArrays(second).lowered_lemma(i) for i in range(2)] == ["ferry", "ørsted"]
    assert ParseArrays(second).lemma_indices(["ørsted", "ferry"]).tolist() == [0, 1]


@pytest.mark.parametrize(("sent_starts", "expected"), [
    ([True, False, False, True, False, True], [0, 0, 0, 3, 3, 5]),
    ([False, False, True, False, False, False], [0, 0, 2, 2, 2, 2]),  # no start at the first token: 0, as `Span.sent`
])
def test_parse_sentence_start_is_spacys(sent_starts, expected):
    words = ["Gulls", "wheel", ".", "Ferries", "wait", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=sent_starts)
    parse = ParseArrays(doc)
    assert [parse.sentence_start(i) for i in range(len(doc))] == expected
    assert [doc[i:i + 1].sent.start for i in range(len(doc))] == expected


def test_parse_sentence_of_a_doc_without_sentence_starts_is_spacys_error():
    """With no sentence boundaries set, a token's sentence is `Span.sent`'s error, not a sentence opening at 0."""
    doc = Doc(spacy.blank("en").vocab, words=["Gulls", "wheel", "over", "the", "pier"])
    assert not doc.has_annotation("SENT_START")
    with pytest.raises(ValueError, match="E030"):
        ParseArrays(doc).sentence_start(3)


@pytest.mark.parametrize("hook", ["sents", "sent"])
def test_parse_sentence_on_a_doc_with_sentence_hooks_is_the_hooks(hook):
    """Sentence hooks decide a token's sentence, as they do `Span.sent`'s, over the sentence starts."""
    words = ["Gulls", "wheel", ".", "Ferries", "wait", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True, False, False, True, False, False])
    if hook == "sents":
        doc.user_hooks["sents"] = lambda d: iter([d[0:2], d[2:6]])
    else:
        doc.user_span_hooks["sent"] = lambda span: span.doc[0:2] if span.start < 2 else span.doc[2:6]
    parse = ParseArrays(doc)
    expected = [(0, 2), (0, 2), (2, 6), (2, 6), (2, 6), (2, 6)]
    assert [parse.sentence_bounds(i) for i in range(len(doc))] == expected
    assert [(doc[i:i + 1].sent.start, doc[i:i + 1].sent.end) for i in range(len(doc))] == expected
    assert [parse.sentence_start(i) for i in range(len(doc))] == [0, 0, 2, 2, 2, 2]


@pytest.mark.parametrize("sent_starts", [[True, False, False, True, False, True], [False, False, True, False, False,
                                                                                   False]])
def test_parse_sentence_bounds_are_spacys(sent_starts):
    doc = Doc(spacy.blank("en").vocab, words=["Gulls", "wheel", ".", "Ferries", "wait", "."], sent_starts=sent_starts)
    parse = ParseArrays(doc)
    assert [parse.sentence_bounds(i) for i in range(len(doc))] == [
        (doc[i:i + 1].sent.start, doc[i:i + 1].sent.end) for i in range(len(doc))]


@pytest.mark.parametrize(("sent_starts", "expected"), [
    ([True, False, False, True, False, True], [0, 3, 5]),
    ([False, False, True, False, False, False], [0, 2]),  # no start at the first token: one opens there all the same
    ([True, None, None, True, None, None], [0, 3]),  # unknown boundaries open no sentence
])
def test_parse_sentence_starts_are_those_of_doc_sents(sent_starts, expected):
    doc = Doc(spacy.blank("en").vocab, words=["Gulls", "wheel", ".", "Ferries", "wait", "."], sent_starts=sent_starts)
    assert ParseArrays(doc).sentence_starts() == expected
    assert [sentence.start for sentence in doc.sents] == expected


def test_parse_sentence_starts_on_a_doc_with_a_sents_hook_are_the_hooks():
    doc = Doc(spacy.blank("en").vocab, words=["Gulls", "wheel", ".", "Ferries", "wait", "."],
              sent_starts=[True, False, False, True, False, False])
    doc.user_hooks["sents"] = lambda d: iter([d[0:2], d[2:6]])
    assert ParseArrays(doc).sentence_starts() == [0, 2]


def test_parse_sentence_starts_of_a_doc_without_sentence_starts_are_spacys_error():
    doc = Doc(spacy.blank("en").vocab, words=["Gulls", "wheel", "over", "the", "pier"])
    with pytest.raises(ValueError, match="E030"):
        ParseArrays(doc).sentence_starts()


@pytest.mark.parametrize("text", ["Gulls wheel over the pier. Ferries wait!  Nobody boards.\n\nThe harbour master "
                                  "shrugs.", "“Wait,” she said. He did not.", ""])
def test_parse_sentence_starts_of_parsed_texts(nlp, text):
    doc = nlp(text)
    assert ParseArrays(doc).sentence_starts() == [sentence.start for sentence in doc.sents]


@pytest.mark.parametrize(("start", "end"), [
    (1, 3), (0, len(WORDS)), (4, 4), (len(WORDS), len(WORDS)),
    # bounds a slice normalises: negative, reversed, beyond the end
    (-3, -1), (5, 2), (8, 40), (-40, 2),
])
def test_token_span_is_the_slice(doc, start, end):
    span, sliced = token_span(doc, start, end), doc[start:end]
    assert (span.start, span.end, span.text, span.label) == (sliced.start, sliced.end, sliced.text, sliced.label)
    assert span.doc is doc


def test_string_ids_are_the_ids_the_parse_lists_hold(doc):
    parse = ParseArrays(doc)
    ids = string_ids(frozenset({"say", "council", "nowhere"}))
    assert ids == {get_string_id("say"), get_string_id("council"), get_string_id("nowhere")}
    assert [i for i, lemma in enumerate(parse.lemma) if lemma in ids] == [3, 8]  # case-sensitive, as the lemmas are
    assert string_ids(frozenset({"say", "council", "nowhere"})) is ids  # kept per word list


class _Helper:
    """A helper that reads its Doc's first subjects and first 'whether' marks through `FirstDependents`."""

    subjects = FirstDependents(frozenset({"nsubj"}))
    questions = FirstDependents(frozenset({"mark"}), words=frozenset({"whether"}))

    def __init__(self, parse):
        self.parse = parse


def test_first_dependents_read_once_per_instance(doc):
    parse = ParseArrays(doc)
    asked = []
    first_dependents = parse.first_dependents
    parse.first_dependents = lambda labels, *, words=None: asked.append((labels, words)) or first_dependents(
        labels, words=words)
    helper = _Helper(parse)
    assert helper.subjects == [-1, -1, -1, 2, -1, -1, 4, -1, -1, 8, -1]
    assert helper.subjects is helper.subjects  # kept on the instance: asked once
    assert helper.questions == [-1] * 11
    assert asked == [(frozenset({"nsubj"}), None), (frozenset({"mark"}), frozenset({"whether"}))]
    other = _Helper(ParseArrays(Doc(spacy.blank("en").vocab, words=["Rain"])))
    assert other.subjects == [-1] and helper.subjects[3] == 2  # each instance reads its own Doc
    assert isinstance(_Helper.subjects, FirstDependents)  # read on the class, the descriptor itself


def test_token_starts_are_the_tokens_offsets(doc):
    parse = ParseArrays(doc)
    # 'The Velmar Council said it would stay : Councils stay .' with a space after every word
    assert parse.token_starts == [0, 4, 11, 19, 24, 27, 33, 38, 40, 49, 54]
    assert parse.token_starts is parse.token_starts  # read once


# Two sentences, each with its own root: 'Rain fell on the quay .' and 'Gulls left .'
TWO_ROOTS_WORDS = ["Rain", "fell", "on", "the", "quay", ".", "Gulls", "left", "."]
TWO_ROOTS_HEADS = [1, 1, 1, 4, 2, 1, 7, 7, 7]
TWO_ROOTS_DEPS = ["nsubj", "ROOT", "prep", "det", "pobj", "punct", "nsubj", "ROOT", "punct"]


@pytest.mark.parametrize(("start", "end", "expected"), [
    (0, 9, 1),  # two roots: the first
    (5, 9, 7),  # the second sentence's root, past the first's punctuation
    (1, 2, 1),  # the root alone
    (2, 5, 2),  # no root inside: the word whose head lies outside ('on')
    (3, 5, 4),  # no root inside, the article under the noun: the noun
    (6, 7, 6),  # one word
])
def test_span_root_is_spacys(start, end, expected):
    doc = Doc(spacy.blank("en").vocab, words=TWO_ROOTS_WORDS, heads=TWO_ROOTS_HEADS, deps=TWO_ROOTS_DEPS)
    assert ParseArrays(doc).span_root(start, end) == expected
    assert doc[start:end].root.i == expected


def test_span_root_on_a_doc_with_a_root_hook_is_the_hooks():
    doc = Doc(spacy.blank("en").vocab, words=TWO_ROOTS_WORDS, heads=TWO_ROOTS_HEADS, deps=TWO_ROOTS_DEPS)
    doc.user_span_hooks["root"] = lambda span: span[-1]
    assert ParseArrays(doc).span_root(0, 3) == 2


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (2, 2, 0, 3, 1)])
def test_lowered_lemmas_are_read_token_by_token_in_any_order(order):
    """A lemma is lowered when first asked for and kept across Docs: any order of asking gives each token's own."""
    words = ["Quellor", "QUELLOR", "Brandt-Ovik", "tarns"]
    lemmas = ["Quellor", "QUELLOR", "BRANDT-OVIK", "Tarn"]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    parse = ParseArrays(doc)
    assert [parse.lowered_lemma(i) for i in order] == [lemmas[i].lower() for i in order]
    assert [ParseArrays(doc).lowered_lemma(i) for i in order] == [lemmas[i].lower() for i in order]
