"""Remove volatile metadata from executed notebooks, so re-running unchanged notebooks changes nothing.

Usage: `python -m analysis.notebook_tidy NOTEBOOK [NOTEBOOK ...]` (run by `make notebooks`).
It drops papermill's timestamps and durations, per-cell execution times, and the
interpreter version, and numbers cell ids in order.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

VOLATILE_NOTEBOOK_KEYS = ("papermill", "widgets")
VOLATILE_CELL_KEYS = ("papermill", "execution", "ExecuteTime")


def tidy(notebook: dict) -> dict:
    """Return `notebook` (nbformat JSON) without volatile metadata."""
    for key in VOLATILE_NOTEBOOK_KEYS:
        notebook["metadata"].pop(key, None)
    notebook["metadata"]["language_info"] = {"name": notebook["metadata"].get("language_info", {}).get("name", "python")}
    for index, cell in enumerate(notebook["cells"]):
        for key in VOLATILE_CELL_KEYS:
            cell["metadata"].pop(key, None)
        if "id" in cell:
            cell["id"] = f"cell-{index:02d}"
    return notebook


def tidy_file(path: Path) -> None:
    """Rewrite the notebook at `path` in place, tidied, in nbformat's own layout."""
    notebook = tidy(json.loads(Path(path).read_text(encoding="utf-8")))
    Path(path).write_text(json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    for name in argv:
        tidy_file(Path(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
