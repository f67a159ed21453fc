"""The "nothing changed" check: a stamp of a build's inputs and outputs, kept in the build cache.

A build that wrote every table without a failure records in `<cache>/builds/<out key>.json` a
digest of all the tables depend on (every file under the seeds folder, the resource files, the
library's code, the spaCy pipeline's name and version, `--max-chars`) and the SHA-256 of each file
it wrote. A later build with the same cache, inputs and untouched output files has nothing to do:
the check needs the standard library only, so it runs before pandas, pyarrow or spaCy is imported.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import NamedTuple

from analysis.config import RESOURCES_DIR
from analysis.errors import ModelNotFoundError
from analysis.extract.vocabulary import LAYER_OFF
from analysis.nlp.models import installed_model_id

logger = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parents[1]
STAMP_FORMAT = 1
STAMPS_DIR = "builds"


class Stamp(NamedTuple):
    """What the last complete build into one output folder read and wrote."""

    inputs: str
    outputs: dict[str, str]
    rows: dict[str, int]
    documents: int


def _files_digest(hasher, root: Path, paths) -> None:
    for path in sorted(paths):
        if path.is_file():
            hasher.update(f"{path.relative_to(root).as_posix()}\x00{path.stat().st_size}\x00".encode("utf-8"))
            hasher.update(path.read_bytes())


def inputs_digest(seeds_dir: Path, *, model_key: str, max_chars: int, framing_layer: str = LAYER_OFF) -> str:
    """Return the digest of everything a build's tables depend on (the framing layer's setting when it is on).
    Raises OSError when a file cannot be read."""
    setting = "" if framing_layer == LAYER_OFF else f"{framing_layer}\x00"
    hasher = hashlib.sha256(f"{STAMP_FORMAT}\x00{model_key}\x00{max_chars}\x00{setting}".encode("utf-8"))
    for root, paths in ((Path(seeds_dir), Path(seeds_dir).rglob("*")), (RESOURCES_DIR, RESOURCES_DIR.rglob("*")),
                        (PACKAGE_DIR, PACKAGE_DIR.rglob("*.py"))):
        hasher.update(b"\x01")
        _files_digest(hasher, root, paths)
    return hasher.hexdigest()


def _stamp_path(cache_dir: Path, out_dir: Path) -> Path:
    key = hashlib.sha256(str(Path(out_dir).absolute()).encode("utf-8")).hexdigest()
    return Path(cache_dir) / STAMPS_DIR / f"{key}.json"


def _file_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _unchanged(cache_dir: Path, out_dir: Path, inputs: str) -> Stamp | None:
    """Return the stamp of the last build into `out_dir` if its inputs were `inputs` and its files are intact."""
    try:
        data = json.loads(_stamp_path(cache_dir, out_dir).read_text(encoding="utf-8"))
        stamp = Stamp(data["inputs"], dict(data["outputs"]), dict(data["rows"]), int(data["documents"]))
        if data["format"] != STAMP_FORMAT:
            return None
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if stamp.inputs != inputs or not stamp.outputs or any(
            _file_hash(Path(out_dir) / name) != digest for name, digest in stamp.outputs.items()):
        return None
    return stamp


def check(seeds_dir: Path, out_dir: Path, cache_dir: Path | None, *, model: str | None,
          max_chars: int, framing_layer: str = LAYER_OFF) -> tuple[str | None, Stamp | None]:
    """Return the digest of the build's inputs and, when nothing changed since the last build into `out_dir`,
    its stamp. Without a cache, or when an input cannot be read or the pipeline is missing, both are None:
    the build then goes ahead and reports the problem.
    """
    if cache_dir is None:
        return None, None
    try:
        inputs = inputs_digest(seeds_dir, model_key=installed_model_id(model), max_chars=max_chars,
                               framing_layer=framing_layer)
    except (OSError, ModelNotFoundError):
        return None, None
    return inputs, _unchanged(cache_dir, out_dir, inputs)


def record(cache_dir: Path, out_dir: Path, inputs: str, *, names: list[str], rows: dict[str, int],
           documents: int) -> None:
    """Store the stamp of a complete build of `names` into `out_dir`; a stamp that cannot be written is skipped."""
    outputs = {name: _file_hash(Path(out_dir) / name) for name in sorted(names)}
    path = _stamp_path(cache_dir, out_dir)
    if None in outputs.values():
        return
    stamp = {"format": STAMP_FORMAT, **Stamp(inputs, outputs, rows, documents)._asdict()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(json.dumps(stamp, indent=1), encoding="utf-8")
        temporary.replace(path)
    except OSError as err:
        logger.warning("could not write the build stamp %s (%s)", path, err.strerror or err)
