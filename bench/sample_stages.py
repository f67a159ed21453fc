"""Sample where a warm build pass spends its CPU time, with no cost per call: a profile cProfile cannot skew.

Usage:
  .venv/bin/python bench/sample_stages.py DOCS [--passes 3] [--top 40] [--framing-layer off|gated]

DOCS is a file of prepared Docs (`count_stages.py prepare`). The build stage (`count_stages.run_build`) runs once
to warm the lexicons, then `--passes` times under a `SIGPROF` interval timer on the process's CPU clock; at each
tick the handler counts every function on the stack once (inclusive) and the innermost one (own), by its file,
first line and name, and the innermost line (own lines). A call into C or Cython (spaCy's `Doc.__getitem__`,
NumPy) is charged to the Python line that makes it. cProfile charges each call with its own bookkeeping, several
times what a `Token` costs (PROFILE.md, round 46); a sample costs the same wherever it falls. The kernel's tick
bounds the rate (one sample per 4 ms at 250 Hz), so about 250 samples per CPU second. The library is the one on
PYTHONPATH (a frozen `src/`).
"""

from __future__ import annotations

import argparse
import gc
import pickle
import signal
import sys
import time
import types
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

from count_stages import run_build

INTERVAL = 0.0005  # seconds of CPU time between samples asked for (the kernel's tick is coarser)


def _where(code: types.CodeType) -> str:
    """Return a function's file (from the package or site-packages down), first line and name."""
    path = code.co_filename.split("/src/")[-1].split("site-packages/")[-1]
    return f"{path}:{code.co_firstlineno}({code.co_name})"


def sample(path: Path, passes: int, *, framing_layer: str = "off") -> tuple[int, Counter, Counter, Counter]:
    """Run the build stage over the prepared Docs in `path` once unsampled, then `passes` times sampled; return the
    samples, and the inclusive, own and own-line counts."""
    from analysis.nlp.pipeline import load_nlp
    from analysis.tables import batches

    nlp = load_nlp()
    documents, data = pickle.loads(path.read_bytes())
    copies = [list(DocBin().from_bytes(data).get_docs(nlp.vocab)) for _ in range(passes + 1)]
    codebook = batches.read_codebook(nlp=nlp)
    markers = batches.read_marker_lexicon(nlp=nlp)
    gc.disable()
    run_build(documents, copies[:1], nlp, codebook, markers, 1, framing_layer=framing_layer)
    inclusive, own, own_lines = Counter(), Counter(), Counter()

    def tick(signum, frame):
        own[_where(frame.f_code)] += 1
        own_lines[f"{_where(frame.f_code)}:{frame.f_lineno}"] += 1
        inclusive.update({_where(outer.f_code) for outer in _stack(frame)})

    previous = signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    try:
        for docs in copies[1:]:
            run_build(documents, [docs], nlp, codebook, markers, 1, framing_layer=framing_layer)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    return sum(own.values()), inclusive, own, own_lines


def _stack(frame: types.FrameType | None):
    """Yield `frame` and the frames that called it, innermost first."""
    while frame is not None:
        yield frame
        frame = frame.f_back


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", type=Path, help="prepared Docs (count_stages.py prepare)")
    parser.add_argument("--passes", type=int, default=3, help="sampled passes (default 3)")
    parser.add_argument("--top", type=int, default=40, help="rows per list (default 40)")
    parser.add_argument("--framing-layer", choices=("off", "gated"), default="off",
                        help="apply the learned framing layer too")
    args = parser.parse_args()
    started = time.process_time()
    samples, inclusive, own, own_lines = sample(args.docs, args.passes, framing_layer=args.framing_layer)
    print(f"{samples:,} samples, {time.process_time() - started:.1f} CPU s in all")
    for title, counts in (("inclusive", inclusive), ("own", own), ("own lines", own_lines)):
        print(f"\n{title}:")
        for where, count in counts.most_common(args.top):
            print(f"{100 * count / max(samples, 1):6.2f} %  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
