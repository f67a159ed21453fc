"""The spaCy pipeline: the configured English model plus the project's components.

Components (registered under the `analysis_` namespace):
- `analysis_block_sentences` marks the first token of every block as a sentence start,
  so the parser never joins a headline to the caption below it, and the word after a note's
  reference set against a sentence's closing mark ('… in July 2017.12 The minister …', '… the port.[3] The
  minister …').
- `analysis_gazetteer` (a `GazetteerRuler`, see `analysis.nlp.ruler`) tags the gazetteer's
  aliases before the statistical NER, fixing its systematic errors on these texts.
- `analysis_lemma_norms` (last) stores lower-cased lemmas in `token.norm_` for lemma
  phrase matching (see `analysis.nlp.matching`).
The tokenizer also splits a note's reference from the mark it is set against (`NOTE_NUMBER_SUFFIX`,
`NOTE_BRACKETS_SUFFIXES`).
"""

from __future__ import annotations

import logging
import re
from typing import Iterable, Iterator

import numpy as np
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from analysis.config import resolve_model_name
from analysis.corpus.resources import resource_loader
from analysis.nlp.gazetteer import Gazetteer, default_gazetteer
from analysis.nlp.models import meta_id, missing_model
from analysis.nlp.matching import LEMMA_NORMS
from analysis.nlp.ruler import GAZETTEER_RULER_FACTORY, patterns_digest
from analysis.corpus.sections import keep_raw_text, raw_text, split_blocks

logger = logging.getLogger(__name__)

BLOCK_SENTENCES = "analysis_block_sentences"
GAZETTEER_RULER = "analysis_gazetteer"
CHUNK_CHARS = 50_000
NOT_SENT_START = np.array(-1).astype(np.uint64)  # `is_sent_start = False`, as `Doc.to_array` stores it
# Abbreviations whose point is followed by the number they label or date, not by a note's ('Vol.3', 'Art.5', 'para.12',
# 'ca.500', 'Sept.30'): a number's label, a rough amount, a month.
NUMBERED_ABBREVIATIONS = ("no", "nos", "nr", "vol", "vols", "fig", "figs", "art", "para", "paras", "ch", "chap", "sec",
                          "sect", "pp", "ed", "eds", "ver", "res", "tab", "pt", "col", "ref", "ca", "approx", "tel",
                          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# A note's reference number, as reports and journals print a superscript in plain text, right after the mark that
# closes a sentence or a clause: after a word of two lower-case letters or more ('a client.4', not 'No.1' nor a
# `NUMBERED_ABBREVIATIONS` one), a closing quote or bracket ('“… lower.”5', '‘staged’.11') or a year ('in July
# 2017.112'), never after other digits ('2.5'); it never starts with 0 ('2016.03', 'tel.020').
NOTE_AFTER = (r"[a-z]{2}[.,;:!?]", r"[a-z][.!?][”’\")\]]", r"[”’\")\]][.,;:!?]", r"\b(?:1[89]|20)\d\d[.,;:!?]")
NOTE_NOT_AFTER = tuple(rf"\b(?i:{'|'.join(word for word in NUMBERED_ABBREVIATIONS if len(word) == length)})\."
                       for length in sorted({len(word) for word in NUMBERED_ABBREVIATIONS}))  # fixed-width each
NOTE_NUMBER = ("(?:" + "|".join(f"(?<={before})" for before in NOTE_AFTER) + ")"
               + "".join(f"(?<!{before})" for before in NOTE_NOT_AFTER) + r"[1-9]\d{0,2}")
# The same at the end of a word, for the tokenizer, written to open with its first digit: the suffix expression's
# alternatives are tried at every position of the words the tokenizer splits, and one that opens with a character
# class is passed over at once where the class fails, so its look-behinds are asked after the digit.
NOTE_NUMBER_SUFFIX = ("[1-9](?:" + "|".join(f"(?<={before}[1-9])" for before in NOTE_AFTER) + ")"
                      + "".join(f"(?<!{before}[1-9])" for before in NOTE_NOT_AFTER) + r"\d{0,2}$")
# A note's reference in square brackets, as encyclopedias, reports and word processors print it in plain text, right
# after a closing mark or another reference ('the port.[3]', 'the talks”.[b]', 'a draft.[JK4]', '2017.[1][2]'): a
# number, one or two lower-case letters, or a reviewer's initials and a comment's number; never a word ('[sic]',
# '[edit]', '[laughs]').
NOTE_LABEL = r"(?:[1-9]\d{0,2}|[a-z]{1,2}|[A-Z]{1,3}[1-9]\d{0,2})"
NOTE_BRACKETS = rf"\[{NOTE_LABEL}\]"
# The suffixes that split such a reference, once the tokenizer's own suffix has taken its closing bracket, into its
# label and its opening bracket, as the tokenizer splits a reference set apart ('the port [3].'): '[', '3', ']'.
# (The bracket alone opens with it, for the reason given at `NOTE_NUMBER_SUFFIX`.)
NOTE_BRACKETS_SUFFIXES = (r"(?<=[.,;:!?”’\")\]]\[)" + NOTE_LABEL + "$", r"\[(?<=[.,;:!?”’\")\]]\[)$")
# A note's reference set against a sentence's closing mark (not a comma's), and, as group `opens`, the space before
# the word it parts from the sentence it closes: a capital or an opening mark.
AFTER_NOTE_REFERENCE = re.compile(rf"(?<=[.!?”’\")\]])(?:{NOTE_NUMBER}|(?:{NOTE_BRACKETS})+)"
                                  r"(?P<opens>[ \t]+(?=[A-Z“‘\"(]))?")
# Where `AFTER_NOTE_REFERENCE` can match: right after a sentence's closing mark that a digit or a bracket follows.
MARK_BEFORE_NOTE = re.compile(r"[.!?”’\")\]](?=[1-9\[])")


@Language.component(BLOCK_SENTENCES)
def block_sentences(doc: Doc) -> Doc:
    """Return `doc` with a sentence start on the first token of each block, and on the word after a note's
    reference that closes a sentence (`AFTER_NOTE_REFERENCE`); neither a reference set against a sentence's mark nor
    that mark opens one (a straight quote before it closes its quotation: '… for the port."[4] Nobody …').

    It finds block starts in the raw text itself: it runs while parsing, before the build
    stores the blocks on the Doc (`analysis.corpus.sections.set_blocks`).
    """
    text = raw_text(doc)
    notes = notes_after_marks(text)
    columns = doc.to_array([IDX, SENT_START])
    for note in notes:
        first, end = np.searchsorted(columns[:, 0], (note.start(), note.end() - len(note["opens"] or "")))
        columns[max(first - 1, 0):end, 1] = NOT_SENT_START
    starts = [start for _, start, _, _ in split_blocks(text)] + [note.end() for note in notes if note["opens"]]
    columns[np.isin(columns[:, 0], starts), 1] = 1  # `is_sent_start = True`, for all such tokens at once
    return doc.from_array([SENT_START], columns[:, 1:])


def notes_after_marks(text: str) -> list[re.Match]:
    """Return the matches of `AFTER_NOTE_REFERENCE` in `text`, as its `finditer` gives them.

    The pattern is tried only where it can start (`MARK_BEFORE_NOTE`): a search that opens with its
    look-behinds would test them at every character.
    """
    notes, end = [], 0
    for mark in MARK_BEFORE_NOTE.finditer(text):
        if mark.end() >= end and (note := AFTER_NOTE_REFERENCE.match(text, mark.end())):
            notes.append(note)
            end = note.end()
    return notes


def load_nlp(*, model: str | None = None, gazetteer: Gazetteer | None = None) -> Language:
    """Return the English pipeline with the project's components added.

    Raises ModelNotFoundError, with what to install, when the model is missing.
    """
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise missing_model(name) from err
    before = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(
        [*nlp.Defaults.suffixes, NOTE_NUMBER_SUFFIX, *NOTE_BRACKETS_SUFFIXES]).search
    nlp.add_pipe(BLOCK_SENTENCES, before=before)
    ruler = nlp.add_pipe(GAZETTEER_RULER_FACTORY, name=GAZETTEER_RULER,
                         before="ner" if "ner" in nlp.pipe_names else None)
    ruler.add_patterns((gazetteer or default_gazetteer()).ruler_patterns())
    nlp.add_pipe(LEMMA_NORMS, last=True)
    logger.info("loaded spaCy pipeline %s %s", name, nlp.meta.get("version", ""))
    return nlp


def chunk_spans(text: str, *, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Return `(start, end)` pieces that cover `text` exactly, each at most about `limit` characters.

    Pieces break at block starts; a block longer than `limit` breaks after a sentence end or,
    failing that, at a space, so that no piece is too long for the parser.
    """
    if len(text) <= limit:
        return [(0, len(text))]
    cuts = [start for _, start, _, _ in split_blocks(text)][1:]
    pieces, start = [], 0
    for cut in cuts + [len(text)]:
        while cut - start > limit:
            window = text[start:start + limit]
            inner = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            inner = inner + 2 if inner > limit // 2 else window.rfind(" ") + 1
            step = inner if inner > 0 else limit
            pieces.append((start, start + step))
            start += step
        if pieces and cut - pieces[-1][0] <= limit and pieces[-1][1] == start and start != 0:
            pieces[-1] = (pieces[-1][0], cut)
        else:
            pieces.append((start, cut))
        start = cut
    return [(a, b) for a, b in pieces if b > a]


def parse_texts(nlp: Language, texts: Iterable[str], *, n_process: int = 1, batch_size: int = 8) -> Iterator[Doc]:
    """Yield one `Doc` per text, parsing long texts in pieces (see `chunk_spans`) and joining them.

    The joined `Doc` has exactly the text it was given, so character offsets are unchanged. Each Doc
    keeps that text (`keep_raw_text`), so that neither the components nor the build rebuild it.
    """
    pieces: list[tuple[int, str]] = []

    def chunks() -> Iterator[Doc]:
        for text in texts:
            spans = chunk_spans(text)
            pieces.append((len(spans), text))
            for start, end in spans:
                doc = nlp.make_doc(text[start:end])
                keep_raw_text(doc, text[start:end])
                yield doc

    parsed = nlp.pipe(chunks(), n_process=n_process, batch_size=batch_size)
    index = 0
    while True:
        first = next(parsed, None)
        if first is None:
            return
        count, text = pieces[index]
        index += 1
        if count == 1:
            yield first
        else:
            joined = Doc.from_docs([first] + [next(parsed) for _ in range(count - 1)], ensure_whitespace=False,
                                   exclude=["user_data"])
            keep_raw_text(joined, text)
            yield joined


def model_id(nlp: Language) -> str:
    """Return `lang_name-version` of the statistical pipeline, for provenance."""
    return meta_id(nlp.meta)


@resource_loader()
def default_gazetteer_key() -> str:
    """Return the digest of the gazetteer's patterns that `load_nlp` gives a pipeline now (see `gazetteer_key`)."""
    return patterns_digest(default_gazetteer().ruler_patterns())


def gazetteer_key(nlp: Language) -> str:
    """Return the digest of the gazetteer patterns that the entity ruler of `nlp` holds ("" without one): what its
    parses depend on, whatever the gazetteer file holds since."""
    return nlp.get_pipe(GAZETTEER_RULER).patterns_digest if GAZETTEER_RULER in nlp.pipe_names else ""
