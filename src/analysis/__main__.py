"""Command line: `python -m analysis build [--seeds DIR] [--out DIR] [--jobs N] [--engine local|dask] [--timings] ...`,
`python -m analysis check-article seeds/NEW.txt` and `python -m analysis coding-sheet`.

Every bad input and environment fault ends with one-line messages on stderr and exit status 2;
`--debug` adds the traceback.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import traceback
from pathlib import Path

from analysis.config import DEFAULT_CACHE_DIR, DEFAULT_DATA_DIR, DEFAULT_SEEDS_DIR, PROJECT_ROOT
from analysis.corpus.registry import DEFAULT_MAX_CHARS
from analysis.extract.vocabulary import DEFAULT_FRAMING_LAYER, FRAMING_LAYERS
from analysis.errors import (EXIT_BAD_INPUT, ArticleError, InputError, ModelNotFoundError, OneLineArgumentParser,
                             OutputError)

CODING_SHEET = PROJECT_ROOT / "coding" / "coding_sheet.csv"


def _parser() -> argparse.ArgumentParser:
    parser = OneLineArgumentParser(prog="python -m analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineArgumentParser)
    build_parser = commands.add_parser("build", help="build the Parquet tables from the seeds")
    build_parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS_DIR, help="folder of .txt files and sources.csv")
    build_parser.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR, help="folder for the Parquet tables")
    build_parser.add_argument("--jobs", type=int, default=1,
                              help="worker processes, each parsing and analysing whole batches (default 1)")
    build_parser.add_argument("--engine", choices=("local", "dask"), default="local",
                              help="local: --jobs processes here; dask: a Dask cluster (default local)")
    build_parser.add_argument("--scheduler", default=None,
                              help="address of a running Dask scheduler (with --engine dask; default: start 2 local workers)")
    build_parser.add_argument("--timings", action="store_true", help="print the seconds spent in each stage")
    build_parser.add_argument("--model", default=None, help="spaCy pipeline (default: $ANALYSIS_SPACY_MODEL or the installed small English model)")
    build_parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                              help=f"longest article accepted, in characters (default {DEFAULT_MAX_CHARS:,})")
    build_parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE_DIR,
                              help="folder for cached parses and tables (default data/interim/cache)")
    build_parser.add_argument("--no-cache", action="store_true", help="parse everything again and cache nothing")
    build_parser.add_argument("--keep-going", action="store_true",
                              help="when an article fails, build the others and list the failed ones (exit status 2)")
    build_parser.add_argument("--debug", action="store_true", help="print the traceback of an unexpected failure")
    build_parser.add_argument("--quiet", action="store_true", help="log warnings only, no progress bar")
    build_parser.add_argument("--framing-layer", choices=FRAMING_LAYERS, default=DEFAULT_FRAMING_LAYER,
                              help="the learned framing layer: gated (form G, G_ps or G_m, as "
                                   "resources/framing_layer.json names it) or off (the rule coder alone); default: %(default)s")
    check_parser = commands.add_parser("check-article", help="check an added article and list what it adds")
    check_parser.add_argument("file", type=Path, help="the article's .txt file in the seeds folder")
    check_parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS_DIR, help="folder of .txt files and sources.csv")
    check_parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the built tables")
    sheet_parser = commands.add_parser("coding-sheet", help="copy the blank coding sheet, never over a filled-in one")
    sheet_parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the built tables")
    sheet_parser.add_argument("--to", type=Path, default=CODING_SHEET, help="the seminar's sheet")
    return parser


def _teaching_command(args) -> int:
    """Run `check-article` or `coding-sheet` and return the exit status."""
    from analysis.tables.build import CODING_SHEET_FILE
    from analysis.teaching.articles import check_article, claim_coding_sheet

    if args.command == "coding-sheet":
        copied = claim_coding_sheet(blank=args.data / CODING_SHEET_FILE, target=args.to)
        print(f"{args.to}: {'written from the blank sheet' if copied else 'already there, left as it is'}")
        return 0
    try:
        print(check_article(args.file, seeds_dir=args.seeds, data_dir=args.data), flush=True)
    except InputError as err:
        return _fail([f"{len(err.problems)} problem(s) with {args.file}", *err.problems], debug=False)
    except BrokenPipeError:  # the reader stopped early (`| head`): the rest goes nowhere, quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _fail(lines: list[str], *, debug: bool) -> int:
    """Print `lines` as one error (the traceback too with `debug`) and return the exit status."""
    if debug:
        traceback.print_exc(file=sys.stderr)
    print(f"error: {lines[0]}", file=sys.stderr)
    for line in lines[1:]:
        print(f"  {line}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _print_timings(timings: dict[str, float]) -> None:
    """Print seconds per stage, longest first (stages in worker processes are summed over the workers)."""
    print("seconds per stage (summed over workers):", file=sys.stderr)
    for stage, seconds in sorted(timings.items(), key=lambda item: -item[1]):
        print(f"  {seconds:8.2f}  {stage}", file=sys.stderr)


def _unchanged(args) -> bool:
    """Return True, logging it, when nothing changed since the last build into `--out` (checked before the
    heavy imports: pandas, pyarrow and spaCy are then never loaded)."""
    from analysis.tables.fresh import check

    _, stamp = check(args.seeds, args.out, args.cache, model=args.model, max_chars=args.max_chars,
                     framing_layer=args.framing_layer)
    if stamp is not None:
        logging.getLogger("analysis.tables.build").info(
            "nothing changed since the last build of %s (%d documents)", args.out.absolute(), stamp.documents)
    return stamp is not None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command != "build":
        return _teaching_command(args)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    if args.jobs < 1:
        return _fail(["--jobs must be at least 1"], debug=False)
    if args.scheduler and args.engine != "dask":
        return _fail(["--scheduler needs --engine dask"], debug=False)
    if not args.no_cache and _unchanged(args):
        return 0

    gc.disable()  # what the build imports lives as long as the process: no cycles to look for in it, now or later
    try:
        from analysis.tables.build import build
    finally:
        gc.freeze()
        gc.enable()

    failures: list[ArticleError] | None = [] if args.keep_going else None
    try:
        report = build(seeds_dir=args.seeds, out_dir=args.out, jobs=args.jobs, model=args.model,
                       max_chars=args.max_chars, cache_dir=None if args.no_cache else args.cache, failures=failures,
                       engine=args.engine, scheduler=args.scheduler, show_progress=not args.quiet,
                       framing_layer=args.framing_layer)
    except InputError as err:
        return _fail([f"{len(err.problems)} problem(s) in the input; nothing was written", *err.problems], debug=False)
    except (ModelNotFoundError, OutputError) as err:
        return _fail([str(err)], debug=args.debug)
    except ArticleError as err:
        return _fail([f"{err}; nothing was written (--keep-going builds the other articles)"], debug=args.debug)
    except OSError as err:
        return _fail([f"{err.filename or 'the build'}: {err.strerror or err}; run with --debug for details"],
                     debug=args.debug)
    if args.timings:
        _print_timings(report.timings)
    if failures:
        return _fail([f"{len(failures)} article(s) failed; the tables were written without them",
                      *map(str, failures)], debug=False)
    return 0


if __name__ == "__main__":
    status = main()
    gc.freeze()  # the process ends here: its last collection need not walk what the build leaves alive
    sys.exit(status)
