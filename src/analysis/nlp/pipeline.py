"""The spaCy pipeline: the configured English model plus the project's components.

Components (registered under the `analysis_` namespace):
- `analysis_block_sentences` marks the first token of every block as a sentence start,
  so the parser never joins a headline to the caption below it.
- `analysis_gazetteer` (a `GazetteerRuler`, see `analysis.nlp.ruler`) tags the gazetteer's
  aliases before the statistical NER, fixing its systematic errors on these texts.
- `analysis_lemma_norms` (last) stores lower-cased lemmas in `token.norm_` for lemma
  phrase matching (see `analysis.nlp.matching`).
"""

from __future__ import annotations

import logging
from typing import Iterable, Iterator

import numpy as np
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from analysis.config import resolve_model_name
from analysis.nlp.gazetteer import Gazetteer, default_gazetteer
from analysis.nlp.models import meta_id, missing_model
from analysis.nlp.matching import LEMMA_NORMS
from analysis.nlp.ruler import GAZETTEER_RULER_FACTORY
from analysis.corpus.sections import keep_raw_text, raw_text, split_blocks

logger = logging.getLogger(__name__)

BLOCK_SENTENCES = "analysis_block_sentences"
GAZETTEER_RULER = "analysis_gazetteer"
CHUNK_CHARS = 50_000


@Language.component(BLOCK_SENTENCES)
def block_sentences(doc: Doc) -> Doc:
    """Return `doc` with a sentence start on the first token of each block.

    It finds block starts in the raw text itself: it runs while parsing, before the build
    stores the blocks on the Doc (`analysis.corpus.sections.set_blocks`).
    """
    block_starts = [start for _, start, _, _ in split_blocks(raw_text(doc))]
    columns = doc.to_array([IDX, SENT_START])
    columns[np.isin(columns[:, 0], block_starts), 1] = 1  # `is_sent_start = True`, for all such tokens at once
    return doc.from_array([SENT_START], columns[:, 1:])


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
