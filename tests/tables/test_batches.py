"""The analyser hands on each parsed Doc with the text it was parsed from, in the cache too, and converts a batch
to the tables each of its documents gets alone."""

from __future__ import annotations

import gc
import hashlib
from collections import Counter

import pyarrow as pa

from analysis.corpus.registry import Document, Source
from analysis.corpus.sections import RAW_TEXT_KEY
from analysis.tables.batches import BUILD_COLLECTOR_THRESHOLD, Analyser, BuildSettings, build_collector
from analysis.tables.cache import BuildCache
from analysis.tables.schemas import SCHEMAS

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


# Edge texts: empty, one word, a quote opening the text and one closing it, and letters beyond ASCII.
EDGE_TEXTS = ["",
              "Adjourned",
              "“We stay,” the Varn envoy said. The council of Brill agreed.\n",
              "Brill Herald\n\nThe mayor of Øresby said: “The ferry to Växholm runs”",
              *TEXTS]


def test_a_batch_gives_each_document_the_tables_it_gets_alone(nlp):
    analyser = Analyser(BuildSettings(None, None, "model", "build"), nlp=nlp)
    documents = [_document(f"e{i}", text) for i, text in enumerate(EDGE_TEXTS)]
    together = analyser.batch([(document, None) for document in documents]).tables
    alone = [analyser.batch([(document, None)]).tables for document in documents]
    for name, table in together.items():
        assert table.equals(pa.concat_tables([tables[name] for tables in alone])), name
    assert together["documents"].column("doc_id").to_pylist() == [document.doc_id for document in documents]


def test_an_empty_batch_gives_empty_tables(nlp):
    tables = Analyser(BuildSettings(None, None, "model", "build"), nlp=nlp).batch([]).tables
    assert set(tables) == set(SCHEMAS)
    assert all(table.num_rows == 0 for table in tables.values())


def test_the_build_collector_is_restored_after_the_block_even_when_it_fails():
    before = gc.get_threshold()
    try:
        with build_collector():
            assert gc.get_threshold() == (BUILD_COLLECTOR_THRESHOLD, *before[1:])
            gc.freeze()
            assert gc.get_freeze_count() > 0
            raise KeyError("an article failed")
    except KeyError:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_an_analyser_freezes_what_is_alive_once_it_has_loaded_only_when_asked(nlp):
    with build_collector():
        Analyser(BuildSettings(None, None, "model", "build"), nlp=nlp).lexicons()
        assert gc.get_freeze_count() == 0
        analyser = Analyser(BuildSettings(None, None, "model", "build"), nlp=nlp, freeze_loaded=True)
        analyser.lexicons()
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        analyser.lexicons()  # read already: nothing is loaded, nothing frozen
        assert gc.get_freeze_count() == 0


def test_the_shared_pipeline_is_loaded_again_once_the_gazetteer_changes(monkeypatch):
    from analysis.tables import batches

    loaded, gazetteer = [], ["with Portlow"]
    monkeypatch.setattr(batches, "_PIPELINES", {})
    monkeypatch.setattr(batches, "load_nlp", lambda *, model: loaded.append(model) or object())
    monkeypatch.setattr(batches, "default_gazetteer_key", lambda: gazetteer[0])
    first = batches.shared_nlp(None)
    assert batches.shared_nlp(None) is first and len(loaded) == 1  # the same gazetteer: kept
    gazetteer[0] = "with Portlow and Keelby"
    assert batches.shared_nlp(None) is not first and len(loaded) == 2


def test_the_blocks_set_blocks_returns_are_those_read_back_and_give_the_same_records(nlp):
    """The analyser hands `document_records` the blocks `set_blocks` returned instead of reading them back from the
    Doc: the same records, field for field and type for type, with overrides, indentation and hard-wrapped lines."""
    from analysis.corpus.sections import doc_blocks, set_blocks
    from analysis.tables.batches import document_records, read_codebook, read_marker_lexicon

    codebook, markers = read_codebook(nlp=nlp), read_marker_lexicon(nlp=nlp)
    texts = EDGE_TEXTS + ["Velmar votes today\n\n    An indented note on the vote.\n\nThe council met at noon and\n"
                          "voted late.\n\nPhoto: the council hall\n"]
    for i, text in enumerate(texts):
        document = _document(f"b{i}", text)
        doc = nlp(text)
        returned = set_blocks(doc, overrides={3: "caption"}, title="Velmar votes today")
        read = doc_blocks(doc)
        assert repr(returned) == repr(read)
        assert [type(value) for block in returned for value in block] == [
            type(value) for block in read for value in block]
        handed = document_records(document, doc, codebook=codebook, marker_lexicon=markers, blocks=returned)
        assert repr(handed) == repr(document_records(document, doc, codebook=codebook, marker_lexicon=markers))
