"""The analyser hands on each parsed Doc with the text it was parsed from, in the cache too."""

from __future__ import annotations

import hashlib
from collections import Counter

from analysis.corpus.registry import Document, Source
from analysis.corpus.sections import RAW_TEXT_KEY
from analysis.tables.batches import Analyser, BuildSettings
from analysis.tables.cache import BuildCache

TEXTS = ["Velmar votes today\n\nThe council of Velmar met on Monday. It voted late.\n",
         "Ostravia abstains\n\n“We will wait,” the envoy said.\n\nNobody else spoke.\n"]


def _document(doc_id: str, text: str) -> Document:
    source = Source(doc_id, f"{doc_id}.txt", "Velmar Daily", "", "", "2021-03", "news", doc_id, "")
    return Document(source, text, hashlib.sha256(text.encode("utf-8")).hexdigest())


def test_parsed_and_cached_docs_keep_the_text_they_were_parsed_from(nlp, tmp_path):
    settings = BuildSettings(None, tmp_path, "model", "build")
    cache = BuildCache(tmp_path, model_key="model", vocab=lambda: nlp.vocab)
    analyser = Analyser(settings, nlp=nlp, cache=cache)
    documents = [_document(f"d{i}", text) for i, text in enumerate(TEXTS)]
    parsed = list(analyser.docs(documents, Counter(), Counter()))
    assert [doc.user_data[RAW_TEXT_KEY] for _, doc in parsed] == TEXTS
    assert [doc.text for _, doc in parsed] == TEXTS
    cached = [cache.load_doc(cache.parse_key(document)) for document in documents]
    assert [doc.user_data[RAW_TEXT_KEY] for doc in cached] == TEXTS
    assert [doc.text for doc in cached] == TEXTS
