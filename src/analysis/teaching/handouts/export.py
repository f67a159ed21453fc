"""Export executed notebooks to print-ready HTML handouts, titled, with an index page."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

from analysis.config import DEFAULT_SEEDS_DIR
from analysis.teaching.handouts.index import handout_title, profiled_source, source_registry, write_index
from analysis.teaching.handouts.printing import add_print_stylesheet, tidy_outputs

log = logging.getLogger(__name__)

TEMPLATE = "lab"


def _retitle(notebook: dict, title: str) -> None:
    """Replace the H1 in the notebook's first cell by `title`, so the printed page names its source."""
    first = notebook["cells"][0] if notebook["cells"] else None
    if first is None or first["cell_type"] != "markdown":
        return
    lines = "".join(first["source"]).split("\n")
    if lines[0].startswith("# "):
        first["source"] = "\n".join([f"# {title}", *lines[1:]])


@cache
def _exporter(*, keep_code: bool) -> HTMLExporter:
    """The HTML exporter (its template loaded once): without prompts, and without code unless `keep_code`."""
    return HTMLExporter(template_name=TEMPLATE, exclude_input=not keep_code,
                        exclude_input_prompt=True, exclude_output_prompt=True)


def export_notebook(path: Path, out_dir: Path, *, title: str, keep_code: bool = False,
                    retitle: bool = False) -> Path:
    """Export the executed notebook at `path` to `out_dir/<stem>.html`, print-ready; return the page.

    Code cells are left out unless `keep_code`; prompts always are. `retitle` puts `title` in
    the page's H1 as well as in its `<title>`.
    """
    notebook = tidy_outputs(nbformat.read(path, as_version=4))
    notebook.metadata["title"] = title
    if retitle:
        _retitle(notebook, title)
    body, _ = _exporter(keep_code=keep_code).from_notebook_node(notebook)
    page = Path(out_dir) / f"{Path(path).stem}.html"
    page.write_text(add_print_stylesheet(body), encoding="utf-8")
    log.info("exported %s to %s", path, page)
    return page


def export_handouts(notebooks: list[Path], out_dir: Path, *, keep_code: tuple[Path, ...] = (),
                    seeds_dir: Path = DEFAULT_SEEDS_DIR) -> list[Path]:
    """Export each notebook print-ready to `out_dir` and write its `index.html`; return the pages.

    Notebooks in `keep_code` keep their code cells (the exercises). A source profile is titled
    with its source's label.
    """
    notebooks = [Path(path) for path in notebooks]
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    registry = source_registry(seeds_dir)
    keep = {Path(path).resolve() for path in keep_code}
    pages = [export_notebook(path, out_dir, title=handout_title(path, registry),
                             keep_code=path.resolve() in keep,
                             retitle=profiled_source(path, registry) is not None)
             for path in notebooks]
    write_index(out_dir, notebooks, seeds_dir=seeds_dir)
    return pages
