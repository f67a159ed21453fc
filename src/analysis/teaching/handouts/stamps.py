"""Incremental execution: run a notebook with papermill only when its inputs have changed.

Each executed output is keyed on a hash of the notebook, its parameters and what it reads
(the Parquet tables, the library source, the seeds and the pinned dependencies); the key is
kept in a stamp file, and a notebook whose key matches its stamp is not run again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path

from analysis.config import DEFAULT_DATA_DIR, DEFAULT_SEEDS_DIR, PROJECT_ROOT
from analysis.notebook_tidy import tidy_file

log = logging.getLogger(__name__)

DEFAULT_STAMPS_DIR = PROJECT_ROOT / "reports" / ".stamps"
LIBRARY_DIR = PROJECT_ROOT / "src" / "analysis"
DEFAULT_INPUTS = (DEFAULT_DATA_DIR, LIBRARY_DIR, DEFAULT_SEEDS_DIR, PROJECT_ROOT / "requirements.lock")
# This runner and the HTML export: no notebook imports them, so editing them re-runs nothing.
DEFAULT_EXCLUDED = (Path(__file__).resolve().parent,)
IGNORED_PARTS = frozenset({"__pycache__", ".ipynb_checkpoints"})
IGNORED_SUFFIXES = frozenset({".pyc"})
KERNEL = "python3"
PROFILE_TEMPLATE = PROJECT_ROOT / "notebooks" / "source_profile.ipynb"
PROFILE_PARAMETERS = {"DATA_DIR": "../data/processed", "FIGURES_DIR": "../reports/figures"}  # from notebooks/


def _files(path: Path, excluded: tuple[Path, ...]) -> list[tuple[str, Path]]:
    """The files at `path` (itself, or those under it but not under `excluded`), each named from its parent."""
    path = Path(path)
    if not path.is_dir():
        return [(path.name, path)] if path.exists() else []
    return sorted((f"{path.name}/{file.relative_to(path).as_posix()}", file) for file in path.rglob("*")
                  if file.is_file() and not IGNORED_PARTS & set(file.relative_to(path).parts)
                  and file.suffix not in IGNORED_SUFFIXES
                  and not any(file.resolve().is_relative_to(folder) for folder in excluded))


def execution_key(notebook: Path, *, parameters: Mapping[str, object] | None = None,
                  inputs: Iterable[Path] = DEFAULT_INPUTS, excluded: tuple[Path, ...] = DEFAULT_EXCLUDED) -> str:
    """A hash of the notebook's content, its parameters and every file under `inputs` but not `excluded`."""
    digest = hashlib.sha256(Path(notebook).read_bytes())
    for name, value in sorted((parameters or {}).items()):
        digest.update(f"\0parameter {name}={value!r}".encode())
    for root in inputs:
        for name, file in _files(root, tuple(Path(folder).resolve() for folder in excluded)):
            digest.update(f"\0file {name}\0".encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def is_current(stamp: Path, key: str, output: Path) -> bool:
    """Whether `output` exists and `stamp` records `key`."""
    return Path(output).exists() and Path(stamp).exists() and Path(stamp).read_text(encoding="utf-8").strip() == key


def record(stamp: Path, key: str) -> None:
    """Write `key` to `stamp`."""
    Path(stamp).parent.mkdir(parents=True, exist_ok=True)
    Path(stamp).write_text(key + "\n", encoding="utf-8")


def run_if_changed(notebook: Path, output: Path, stamp: Path, *, parameters: Mapping[str, object] | None = None,
                   inputs: Iterable[Path] = DEFAULT_INPUTS, force: bool = False) -> bool:
    """Execute `notebook` into `output` with papermill unless its key matches `stamp`; return whether it ran.

    The notebook runs in its own folder; the output is tidied (`analysis.notebook_tidy`). For a
    notebook executed in place the key is taken after the run, so the executed notebook is current.
    """
    inputs = tuple(inputs)
    if not force and is_current(stamp, execution_key(notebook, parameters=parameters, inputs=inputs), output):
        log.info("up to date: %s", output)
        return False
    import papermill  # imported here: it takes seconds (nbformat's schemas), and an unchanged run needs none

    log.info("executing %s -> %s", notebook, output)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(str(Path(notebook).resolve()), str(Path(output).resolve()),
                               parameters=dict(parameters or {}), kernel_name=KERNEL, progress_bar=False,
                               cwd=str(Path(notebook).resolve().parent))
    tidy_file(Path(output))
    record(stamp, execution_key(notebook, parameters=parameters, inputs=inputs))
    return True


def execute_notebooks(notebooks: Iterable[Path], *, stamps_dir: Path = DEFAULT_STAMPS_DIR,
                      force: bool = False) -> list[Path]:
    """Execute each notebook in place unless unchanged since its last run; return those executed."""
    return [Path(notebook) for notebook in notebooks
            if run_if_changed(notebook, notebook, Path(stamps_dir) / "notebooks" / f"{Path(notebook).stem}.key",
                              force=force)]


def render_profiles(doc_ids: Iterable[str], out_dir: Path, *, template: Path = PROFILE_TEMPLATE,
                    stamps_dir: Path = DEFAULT_STAMPS_DIR, force: bool = False) -> list[Path]:
    """Render `template` once per source into `out_dir/<doc_id>.ipynb` unless unchanged; return all outputs."""
    outputs = []
    for doc_id in doc_ids:
        output = Path(out_dir) / f"{doc_id}.ipynb"
        run_if_changed(template, output, Path(stamps_dir) / "sources" / f"{doc_id}.key",
                       parameters={"DOC_ID": doc_id, **PROFILE_PARAMETERS}, force=force)
        outputs.append(output)
    return outputs
