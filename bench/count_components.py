"""Cost of the project's own pipeline components while parsing, which raw `nlp.pipe` does not run.

Usage:
  .venv/bin/python bench/count_components.py prepare DOCS [--n 10]
  .venv/bin/python bench/count_components.py run DOCS [--callgrind LIB]

`prepare` parses `n` synthetic articles (`bench/corpus.py`) and writes to DOCS, for each component of the
project's pipeline (`analysis.nlp.pipeline.load_nlp`: block sentences, the gazetteer ruler, lemma norms),
their Docs as far along as the pipeline brings them to it. `run` reads two copies of each, runs each
component once over the first copy (warming its caches) and once over the second, and prints the second
pass's CPU milliseconds (`time.process_time`) per article. The collector is off, the library is the one on
PYTHONPATH (a frozen `src/`).

To count instructions, run it under valgrind's callgrind with `--instr-atstart=no --collect-atstart=no` and
give `--callgrind` a shared library built from this C (valgrind's headers):

  #include <valgrind/callgrind.h>
  void instrument(void) { CALLGRIND_START_INSTRUMENTATION; }
  void begin(void) { CALLGRIND_ZERO_STATS; CALLGRIND_TOGGLE_COLLECT; }
  void end(const char *name) { CALLGRIND_TOGGLE_COLLECT; CALLGRIND_DUMP_STATS_AT(name); }

Each component's second pass is then one dump, named after the component ("Client Request: NAME"),
whose `totals:` line is its instructions.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import logging
import pickle
import tempfile
import time
from pathlib import Path

from spacy.tokens import DocBin

from corpus import make_corpus

logger = logging.getLogger(__name__)
PROJECT_PREFIX = "analysis_"


def docs_before(nlp, texts: list[str], component: str) -> list:
    """Return the Docs of `texts` as the pipeline hands them to `component` (every earlier component run)."""
    from analysis.corpus.sections import keep_raw_text

    earlier = nlp.pipe_names[:nlp.pipe_names.index(component)]
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        keep_raw_text(doc, text)
        for name in earlier:
            doc = nlp.get_pipe(name)(doc)
        docs.append(doc)
    return docs


def prepare(path: Path, n: int) -> None:
    """Parse `n` synthetic articles and write, for each project component, their Docs as it meets them."""
    from analysis.corpus.registry import load_corpus
    from analysis.nlp.pipeline import chunk_spans, load_nlp

    nlp = load_nlp()
    with tempfile.TemporaryDirectory(prefix="count-components-") as work:
        make_corpus(Path(work) / "synthetic", n)
        texts = [document.text for document in load_corpus(Path(work) / "synthetic")]
    if any(len(chunk_spans(text)) > 1 for text in texts):
        raise ValueError("an article would be parsed in pieces; the components would see other Docs")
    path.write_bytes(pickle.dumps({name: DocBin(store_user_data=True, docs=docs_before(nlp, texts, name)).to_bytes()
                                   for name in nlp.pipe_names if name.startswith(PROJECT_PREFIX)}))


def run(path: Path, callgrind: Path | None) -> dict[str, float]:
    """Return the CPU milliseconds per article of each project component's second pass over the prepared Docs."""
    from analysis.nlp.pipeline import load_nlp

    nlp = load_nlp()
    prepared = pickle.loads(path.read_bytes())
    copies = {name: [list(DocBin().from_bytes(data).get_docs(nlp.vocab)) for _ in range(2)]
              for name, data in prepared.items()}
    marks = ctypes.CDLL(str(callgrind)) if callgrind else None
    if marks:
        marks.instrument()
    gc.disable()
    milliseconds = {}
    for name, (first, second) in copies.items():
        component = nlp.get_pipe(name)
        for docs in (first, second):
            if marks and docs is second:
                marks.begin()
            started = time.process_time()
            for doc in docs:
                component(doc)
            milliseconds[name] = 1000 * (time.process_time() - started) / len(docs)
            if marks and docs is second:
                marks.end(name.encode())
    return milliseconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("prepare", "run"))
    parser.add_argument("docs", type=Path)
    parser.add_argument("--n", type=int, default=10, help="synthetic articles to prepare (default 10)")
    parser.add_argument("--callgrind", type=Path, help="the marks' shared library, under callgrind")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.action == "prepare":
        prepare(args.docs, args.n)
        return 0
    for name, value in run(args.docs, args.callgrind).items():
        logger.info("%s: %.3f ms per article", name, value)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
