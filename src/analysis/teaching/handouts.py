"""Seminar handouts: an index page for the HTML exports of the notebooks and per-source reports."""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

from analysis.config import DEFAULT_SEEDS_DIR
from analysis.corpus.registry import read_sources


def notebook_summary(path: Path) -> tuple[str, str]:
    """Return a notebook's H1 title and the first sentence of the text under it."""
    cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    first = "".join(cells[0]["source"]) if cells and cells[0]["cell_type"] == "markdown" else ""
    lines = [line for line in first.splitlines() if line.strip()]
    title = lines[0].lstrip("# ").strip() if lines else Path(path).stem
    rest = " ".join(lines[1:]).replace("**", "").removeprefix("What you will learn. ")
    return title, rest.split(". ")[0].rstrip(".") + "." if rest else ""


def write_index(html_dir: Path, notebooks: list[Path], *, seeds_dir: Path = DEFAULT_SEEDS_DIR) -> Path:
    """Write `index.html` in `html_dir` listing each exported notebook with one line on it; return its path.

    A notebook named after a `doc_id` registered in `seeds_dir` is a per-source report, listed
    with the source's label, outlet and date.
    """
    registry = {source.doc_id: source for source in read_sources(seeds_dir)[0]}
    items = []
    for notebook in notebooks:
        if notebook.stem in registry:
            source = registry[notebook.stem]
            title = f"Source profile: {source.label}"
            line = f"{source.outlet}, {source.published}: {source.title or 'untitled'}."
        else:
            title, line = notebook_summary(notebook)
        page = f"{notebook.stem}.html"
        items.append(f"<li><a href='{html.escape(page)}'>{html.escape(title)}</a> — {html.escape(line)}</li>")
    page = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Seminar handouts</title>"
            "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5}"
            "li{margin:.5em 0}@media print{a{color:black;text-decoration:none}}</style></head><body>"
            "<h1>Russian support for Assad in the press: seminar handouts</h1><ul>"
            + "".join(items) + "</ul></body></html>\n")
    path = Path(html_dir) / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


if __name__ == "__main__":
    html_dir, *notebooks = sys.argv[1:]
    write_index(Path(html_dir), [Path(notebook) for notebook in notebooks])
