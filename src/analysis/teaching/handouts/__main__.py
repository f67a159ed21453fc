"""Command line for the handouts: export HTML."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from analysis.teaching.handouts.export import export_handouts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.teaching.handouts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="export notebooks to print-ready HTML with an index.html")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--keep-code", type=Path, action="append", default=[], help="a notebook that keeps its code")
    export.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    export_handouts(args.notebooks, args.out, keep_code=tuple(args.keep_code))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
