"""Check that a change left the tables as they were: build them with an older commit's `src/` and with this one's.

Usage: .venv/bin/python bench/compare_tables.py OLD_COMMIT [--n 200]

The old `src/` is taken with `git archive` into a temporary folder; each build runs in a fresh
process, without a cache, on `seeds/` and on `n` synthetic articles (`bench/corpus.py`). Prints,
per input, whether every Parquet table and the coding sheet are byte for byte the same (the
manifest is left out: its `generation` counts builds); exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from corpus import make_corpus

ROOT = Path(__file__).resolve().parents[1]
TABLE_SUFFIXES = (".parquet", ".csv")


def build(src: Path, seeds: Path, out: Path) -> dict[str, bytes]:
    """Build the tables of `seeds` into `out` with the library in `src`; return each table file's bytes."""
    subprocess.run([sys.executable, "-m", "analysis", "build", "--seeds", str(seeds), "--out", str(out), "--quiet",
                    "--no-cache"], check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"})
    return {path.name: path.read_bytes() for path in sorted(out.iterdir()) if path.suffix in TABLE_SUFFIXES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", help="the commit whose src/ builds the reference tables")
    parser.add_argument("--n", type=int, default=200, help="synthetic articles (default 200)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="compare-tables-") as work:
        work = Path(work)
        archive = subprocess.run(["git", "archive", args.old, "src"], check=True, cwd=ROOT, capture_output=True).stdout
        tarfile.open(fileobj=io.BytesIO(archive)).extractall(work / "old")
        make_corpus(work / "synthetic", args.n)
        same = True
        for name, seeds in (("seeds", ROOT / "seeds"), (f"{args.n} synthetic articles", work / "synthetic")):
            old = build(work / "old" / "src", seeds, work / "out-old" / seeds.name)
            new = build(ROOT / "src", seeds, work / "out-new" / seeds.name)
            differ = sorted(file for file in old.keys() | new.keys() if old.get(file) != new.get(file))
            print(f"{name}: {len(new)} files, " + (f"DIFFER: {', '.join(differ)}" if differ else "byte-identical"))
            same = same and not differ
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
