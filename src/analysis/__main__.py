"""Command line: `python -m analysis build [--seeds DIR] [--out DIR] [--jobs N] [--model NAME]`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from analysis.config import DEFAULT_CACHE_DIR, DEFAULT_DATA_DIR, DEFAULT_SEEDS_DIR
from analysis.corpus.registry import DEFAULT_MAX_CHARS
from analysis.errors import InputError, ModelNotFoundError, OutputError

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("build", help="build the Parquet tables from the seeds")
    build_parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS_DIR, help="folder of .txt files and sources.csv")
    build_parser.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR, help="folder for the Parquet tables")
    build_parser.add_argument("--jobs", type=int, default=1, help="worker processes for spaCy (default 1)")
    build_parser.add_argument("--model", default=None, help="spaCy pipeline (default: $ANALYSIS_SPACY_MODEL or the installed small English model)")
    build_parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                              help=f"longest article accepted, in characters (default {DEFAULT_MAX_CHARS:,})")
    build_parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE_DIR,
                              help="folder for cached parses and tables (default data/interim/cache)")
    build_parser.add_argument("--no-cache", action="store_true", help="parse everything again and cache nothing")
    build_parser.add_argument("--quiet", action="store_true", help="log warnings only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    from analysis.tables.build import build

    if args.jobs < 1:
        print("error: --jobs must be at least 1", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        build(seeds_dir=args.seeds, out_dir=args.out, jobs=args.jobs, model=args.model, max_chars=args.max_chars,
              cache_dir=None if args.no_cache else args.cache)
    except InputError as err:
        print(f"error: {len(err.problems)} problem(s) in the input; nothing was written", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (ModelNotFoundError, OutputError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


if __name__ == "__main__":
    sys.exit(main())
