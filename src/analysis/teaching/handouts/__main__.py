"""Command line for the handouts: execute notebooks, render source profiles, export HTML."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from analysis.teaching.handouts.stamps import execute_notebooks, render_profiles


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.teaching.handouts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    execute = commands.add_parser("execute", help="execute notebooks in place, those whose inputs changed")
    execute.add_argument("notebooks", nargs="+", type=Path)
    profiles = commands.add_parser("profiles", help="render notebooks/source_profile.ipynb once per source")
    profiles.add_argument("--out", type=Path, required=True)
    profiles.add_argument("doc_ids", nargs="+")
    for command in (execute, profiles):
        command.add_argument("--force", action="store_true", help="execute even if nothing changed")
    export = commands.add_parser("export", help="export notebooks to print-ready HTML with an index.html")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--keep-code", type=Path, action="append", default=[], help="a notebook that keeps its code")
    export.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.command == "execute":
        execute_notebooks(args.notebooks, force=args.force)
    elif args.command == "profiles":
        render_profiles(args.doc_ids, args.out, force=args.force)
    else:
        from analysis.teaching.handouts.export import export_handouts  # nbconvert: only an export needs it

        export_handouts(args.notebooks, args.out, keep_code=tuple(args.keep_code))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
