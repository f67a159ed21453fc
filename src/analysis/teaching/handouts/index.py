"""Handout titles and the index page that lists the HTML exports of the notebooks and per-source profiles."""

from __future__ import annotations

import ast
import html
import json
from pathlib import Path

from analysis.config import DEFAULT_SEEDS_DIR
from analysis.corpus.registry import Source, read_sources
from analysis.teaching.handouts.printing import print_stylesheet

PARAMETER_TAGS = ("parameters", "injected-parameters")  # papermill's injected values come last and win
SOURCE_PARAMETER = "DOC_ID"
PROFILE_TITLE = "Source profile: {label}"
INDEX_TITLE = "Seminar handouts"
INDEX_HEADING = "Russian support for Assad in the press: seminar handouts"
INDEX_CSS = ("body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5}li{margin:.5em 0}"
             "@media print{body{margin:0;max-width:none}}")


def _cells(path: Path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["cells"]


def notebook_summary(path: Path) -> tuple[str, str]:
    """Return a notebook's H1 title and the first sentence of the text under it."""
    cells = _cells(path)
    first = "".join(cells[0]["source"]) if cells and cells[0]["cell_type"] == "markdown" else ""
    lines = [line for line in first.splitlines() if line.strip()]
    title = lines[0].lstrip("# ").strip() if lines else Path(path).stem
    rest = " ".join(lines[1:]).replace("**", "").removeprefix("What you will learn. ")
    return title, rest.split(". ")[0].rstrip(".") + "." if rest else ""


def notebook_parameters(cells: list[dict]) -> dict[str, object]:
    """Return the constants assigned in a notebook's parameter cells, papermill's injected ones last."""
    values: dict[str, object] = {}
    for tag in PARAMETER_TAGS:
        for cell in cells:
            if cell["cell_type"] != "code" or tag not in cell["metadata"].get("tags", []):
                continue
            for statement in ast.parse("".join(cell["source"])).body:
                if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
                    values.update({target.id: statement.value.value for target in statement.targets
                                   if isinstance(target, ast.Name)})
    return values


def profiled_source(path: Path, registry: dict[str, Source]) -> Source | None:
    """The source a per-source profile is about (its `DOC_ID`, else its file name); None for a handout."""
    doc_id = notebook_parameters(_cells(path)).get(SOURCE_PARAMETER, Path(path).stem)
    return registry.get(doc_id)


def handout_title(path: Path, registry: dict[str, Source]) -> str:
    """A handout's title: 'Source profile: <label>' for a source profile, else the notebook's H1."""
    source = profiled_source(path, registry)
    return PROFILE_TITLE.format(label=source.label) if source else notebook_summary(path)[0]


def source_registry(seeds_dir: Path = DEFAULT_SEEDS_DIR) -> dict[str, Source]:
    """The registered sources by `doc_id`."""
    return {source.doc_id: source for source in read_sources(seeds_dir)[0]}


def write_index(html_dir: Path, notebooks: list[Path], *, seeds_dir: Path = DEFAULT_SEEDS_DIR) -> Path:
    """Write `index.html` in `html_dir` listing each exported notebook with one line on it; return its path.

    A source profile (a notebook whose `DOC_ID` or file name is a `doc_id` registered in
    `seeds_dir`) is listed with the source's label, outlet and date.
    """
    registry = source_registry(seeds_dir)
    items = []
    for notebook in notebooks:
        source = profiled_source(notebook, registry)
        title = handout_title(notebook, registry)
        line = (f"{source.outlet}, {source.published}: {source.title or 'untitled'}." if source
                else notebook_summary(notebook)[1])
        page = f"{notebook.stem}.html"
        items.append(f"<li><a href='{html.escape(page)}'>{html.escape(title)}</a> — {html.escape(line)}</li>")
    page = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{INDEX_TITLE}</title>"
            f"<style>{INDEX_CSS}</style>{print_stylesheet()}</head><body>"
            f"<h1>{INDEX_HEADING}</h1><ul>" + "".join(items) + "</ul></body></html>\n")
    path = Path(html_dir) / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
