"""Per-stage cost of the analysis after parsing, on prepared Docs: CPU time per stage, or one warm pass to count.

Usage:
  .venv/bin/python bench/count_stages.py prepare DOCS [--n 10]    parse n synthetic articles into DOCS
  .venv/bin/python bench/count_stages.py run DOCS [--passes 2] [--stage all|frames|build|pipeline]
                                                  [--framing-layer off|gated]

`run` reads two copies of the Docs and prepares both, runs the stage once on the first copy (warming the
lexicons) and, with `--passes 2`, once more on the second, then prints CPU milliseconds (`time.process_time`)
per article and stage for the last pass. The collector is off. Under valgrind's callgrind, the instructions of
one warm pass are those of `--passes 2` minus those of `--passes 1`. The library is the one on PYTHONPATH (a
frozen `src/`).

Stages: `frames` codes the prepared Docs; `all` runs `document_tables` on each; `build` runs what a build runs
after parsing, a batch at a time: `Analyser.batch` (cutting blocks, every table, the Arrow tables, checking),
the Docs handed over as if from the parse cache, then writing the batch (Parquet and coding sheet) to a
temporary folder. With `--framing-layer gated`, `all` and `build` also apply the learned framing layer (its own
stage, as the command line's build does by default).
`pipeline` runs what the build's pipeline adds to the bare model's `nlp.pipe` (which the
1,000-article ratio's raw run is): tokenizing with the project's tokenizer, and its three components (the block
sentences and the gazetteer ruler on freshly tokenized Docs, the lemma norms on the prepared Docs), each part timed
on its own.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import tempfile
import time
import types
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

from corpus import make_corpus


def prepare(path: Path, n: int) -> None:
    """Parse `n` synthetic articles and write their documents and Docs to `path`."""
    from analysis.corpus.registry import load_corpus
    from analysis.nlp.pipeline import load_nlp, parse_texts

    with tempfile.TemporaryDirectory(prefix="count-stages-") as work:
        make_corpus(Path(work) / "synthetic", n)
        documents = load_corpus(Path(work) / "synthetic")
    docs = DocBin(store_user_data=True, docs=parse_texts(load_nlp(), (document.text for document in documents)))
    path.write_bytes(pickle.dumps((documents, docs.to_bytes())))


class _PreparedDocs:
    """A stand-in for the build cache that holds no tables and hands over the prepared Docs as cached parses."""

    def __init__(self, documents, docs):
        self.docs = {document.doc_id: doc for document, doc in zip(documents, docs)}

    def tables_key(self, document, overrides, *, framing_layer="off"):
        return document.doc_id

    def parse_key(self, document):
        return document.doc_id

    def load_tables(self, key):
        return None

    def load_doc(self, key):
        return self.docs[key]

    def save_tables(self, key, tables):
        pass


def _table_writer(staging):
    """The build's TableWriter for `staging`, for the library on PYTHONPATH (before `table_writer`, from `457d5c7`
    back, its coding sheet came from pandas)."""
    from analysis.tables import build
    from analysis.tables.stream import TableWriter

    if hasattr(build, "table_writer"):
        return build.table_writer(staging)
    return TableWriter(staging, sheet_file=build.CODING_SHEET_FILE, sheet=build.coding_sheet)


def run_build(documents, copies, nlp, codebook, markers, passes: int, *, framing_layer: str = "off") -> Counter:
    """Run the `build` stage over each copy of the Docs in turn (the learned framing layer as `framing_layer`
    says); return the last pass's seconds per stage."""
    from analysis.tables import batches
    from analysis.tables.output import Staging

    # only when asked, so that an older library (without the layer) runs as before
    layer_setting = (framing_layer,) if framing_layer != "off" else ()
    for docs in copies[:passes]:
        analyser = batches.Analyser(batches.BuildSettings(None, None, "", "count-stages", *layer_setting), nlp=nlp,
                                    codebook=codebook, marker_lexicon=markers, cache=_PreparedDocs(documents, docs))
        timings: Counter = Counter()
        started = time.process_time()
        with tempfile.TemporaryDirectory(prefix="count-stages-") as out:
            with batches.timed(timings, batches.WRITE_STAGE):
                writer = _table_writer(Staging(Path(out)))
            for batch in batches.make_batches(documents, {}):
                result = analyser.batch(batch)
                timings.update(result.timings)
                with batches.timed(timings, batches.WRITE_STAGE):
                    writer.write(result.tables)
            with batches.timed(timings, batches.WRITE_STAGE):
                writer.close()
        del timings[batches.CACHE_STAGE]
        timings["outside the stages"] = time.process_time() - started - sum(timings.values())
        timings["all"] = time.process_time() - started
    return timings


def run_pipeline(documents, copies, nlp, passes: int) -> Counter:
    """Run the pipeline's own parts over the texts and each copy of the Docs in turn; return the last pass's seconds
    per part."""
    from analysis.corpus.sections import keep_raw_text
    from analysis.nlp.matching import LEMMA_NORMS
    from analysis.nlp.pipeline import BLOCK_SENTENCES, GAZETTEER_RULER
    from analysis.tables import batches

    components = {"the block sentences": nlp.get_pipe(BLOCK_SENTENCES),
                  "the gazetteer ruler": nlp.get_pipe(GAZETTEER_RULER)}
    lemma_norms = nlp.get_pipe(LEMMA_NORMS)
    for docs in copies[:passes]:
        timings: Counter = Counter()
        for document in documents:
            with batches.timed(timings, "tokenizing"):
                nlp.make_doc(document.text)
            for name, component in components.items():
                tokenized = nlp.make_doc(document.text)
                keep_raw_text(tokenized, document.text)
                with batches.timed(timings, name):
                    component(tokenized)
        for doc in docs:
            with batches.timed(timings, "the lemma norms"):
                lemma_norms(doc)
    return timings


def run(path: Path, passes: int, stage: str, *, framing_layer: str = "off") -> None:
    """Run `stage` over the prepared Docs `passes` times (at most 2, each pass on its own copy); print the last
    pass's CPU milliseconds per article and stage."""
    from analysis.corpus.sections import set_blocks
    from analysis.extract.frames.coder import iter_code_hits
    from analysis.extract.quotations import iter_quotations
    from analysis.nlp.pipeline import load_nlp
    from analysis.tables import batches

    batches.time = types.SimpleNamespace(perf_counter=time.process_time)  # stage timers in CPU time
    nlp = load_nlp()
    documents, data = pickle.loads(path.read_bytes())
    copies = [list(DocBin().from_bytes(data).get_docs(nlp.vocab)) for _ in range(2)]
    codebook = batches.read_codebook(nlp=nlp)
    markers = batches.read_marker_lexicon(nlp=nlp)
    if stage == "pipeline":
        gc.disable()
        timings = run_pipeline(documents, copies, nlp, passes)
        for name, seconds in sorted(timings.items()):
            print(f"{name}: {1000 * seconds / len(documents):.2f} ms per article")
        return
    if stage == "build":
        gc.disable()
        timings = run_build(documents, copies, nlp, codebook, markers, passes, framing_layer=framing_layer)
        for name, seconds in sorted(timings.items()):
            print(f"{name}: {1000 * seconds / len(documents):.2f} ms per article")
        return
    inputs = []
    for docs in copies:
        for document, doc in zip(documents, docs):
            set_blocks(doc, title=document.source.title)
        if stage == "frames":
            docs = [(doc, *batches.units(doc)) for doc in docs]
            docs = [(doc, sentences, entities, list(iter_quotations(doc, sentences, entities,
                                                                     author=document.source.author,
                                                                     doc_id=document.doc_id)))
                    for document, (doc, sentences, entities) in zip(documents, docs)]
        inputs.append(docs)
    # only when asked, so that an older library (without the layer) runs as before
    layer_setting = {"framing_layer": framing_layer} if framing_layer != "off" else {}
    gc.disable()
    for docs in inputs[:passes]:
        timings: Counter = Counter()
        for document, item in zip(documents, docs):
            if stage == "frames":
                doc, sentences, entities, quotations = item
                with batches.timed(timings, "coding frames"):
                    list(iter_code_hits(doc, sentences, entities, codebook=codebook, quotations=quotations))
            else:
                with batches.timed(timings, "all"):
                    batches.document_tables(document, item, codebook=codebook, marker_lexicon=markers,
                                            timings=timings, **layer_setting)
    for name, seconds in sorted(timings.items()):
        print(f"{name}: {1000 * seconds / len(documents):.2f} ms per article")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("prepare", "run"))
    parser.add_argument("docs", type=Path)
    parser.add_argument("--n", type=int, default=10, help="synthetic articles to prepare (default 10)")
    parser.add_argument("--passes", type=int, choices=(1, 2), default=2, help="passes to run (default 2)")
    parser.add_argument("--stage", choices=("all", "frames", "build", "pipeline"), default="all")
    parser.add_argument("--framing-layer", choices=("off", "gated"), default="off",
                        help="with --stage all or build, apply the learned framing layer too")
    args = parser.parse_args()
    if args.action == "prepare":
        prepare(args.docs, args.n)
    else:
        run(args.docs, args.passes, args.stage, framing_layer=args.framing_layer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
