"""The tokenizer's suffixes for notes' references, written to open with a character: on any string they find what the
same suffixes written with their look-behinds first find, alone and among spaCy's own suffixes."""

from __future__ import annotations

import random
import re

import pytest
import spacy

from analysis.nlp import pipeline

# The suffixes as first written: each look-behind before the character it stands before.
LOOK_BEHIND_FIRST = (pipeline.NOTE_NUMBER + "$", pipeline.NOTE_BRACKETS_SUFFIXES[0], r"(?<=[.,;:!?”’\")\]])\[$")
# Pieces of text around a reference: marks, brackets, digits (one of another script), letters, years, abbreviations.
PIECES = ("a", "z", "Q", "JK", "o", "x", ".", ",", ";", "!", "?", "”", "’", '"', ")", "]", "[", " ", "\n", "0", "1", "4",
          "9", "12", "٣", "2017", "1899", "no", "No", "vol", "Sept", "approx", "cha", "tel", "word", "ab.", "[b]", "[3]")


def random_texts(count: int, *, seed: int) -> list[str]:
    generator = random.Random(seed)
    return ["".join(generator.choice(PIECES) for _ in range(generator.randint(0, 7))) for _ in range(count)]


def spans(pattern: re.Pattern, texts: list[str]) -> list[tuple[int, int] | None]:
    return [match.span() if (match := pattern.search(text)) else None for text in texts]


@pytest.mark.parametrize(("written", "first_written"), list(zip(
    (pipeline.NOTE_NUMBER_SUFFIX, *pipeline.NOTE_BRACKETS_SUFFIXES), LOOK_BEHIND_FIRST)))
def test_each_suffix_finds_what_it_finds_with_its_look_behinds_first(written, first_written):
    texts = random_texts(20_000, seed=3)
    assert spans(re.compile(written), texts) == spans(re.compile(first_written), texts)


def test_the_tokenizers_suffixes_find_what_they_find_with_the_look_behinds_first():
    defaults = spacy.blank("en").Defaults.suffixes
    written = spacy.util.compile_suffix_regex([*defaults, pipeline.NOTE_NUMBER_SUFFIX,
                                               *pipeline.NOTE_BRACKETS_SUFFIXES])
    first_written = spacy.util.compile_suffix_regex([*defaults, *LOOK_BEHIND_FIRST])
    texts = random_texts(20_000, seed=5)
    assert spans(written, texts) == spans(first_written, texts)


@pytest.mark.parametrize(("text", "suffix"), [
    ("client.4", "4"),
    ("lower.”15", "15"),
    ("2017.112", "112"),
    ("Vol.3", None),
    ("approx.5", None),
    ("2.5", None),
    ("port.[", "["),
    ("talks”.[b", "b"),
    ("ports[", None),
])
def test_a_notes_reference_is_its_words_suffix(text, suffix):
    pattern = re.compile("|".join([pipeline.NOTE_NUMBER_SUFFIX, *pipeline.NOTE_BRACKETS_SUFFIXES]))
    match = pattern.search(text)
    assert (match.group() if match else None) == suffix
