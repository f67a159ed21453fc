"""Safe replacement of the output folder (`--out`): the build only ever removes files it wrote.

The new files are written to a staging folder beside `--out` (`.<name>.staging`), with a
manifest (`.analysis-manifest.json`) listing the files the build owns. Entries of `--out` that
the build does not own (`.gitkeep`, notes, sub-folders) are moved into the staging folder, and
the two folders are then exchanged in one atomic step (Linux `renameat2`; elsewhere two renames
through `.<name>.retired`). A build killed at any point leaves the old or the new tables complete;
the next run finishes or undoes the interrupted swap before doing anything else.

A folder is accepted as `--out` when it is new, empty, holds a manifest, or holds only
`.gitkeep` and files with the build's own names (a checkout from before the manifest).
"""

from __future__ import annotations

import ctypes
import errno
import json
import logging
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from analysis.config import PROJECT_ROOT
from analysis.errors import OutputError

logger = logging.getLogger(__name__)
MANIFEST_FILE = ".analysis-manifest.json"
MANIFEST_FORMAT = 1
KEPT_FILES = frozenset({".gitkeep"})
AT_FDCWD = -100
RENAME_EXCHANGE = 2
LISTED_ENTRIES = 3


def _staging(out_dir: Path) -> Path:
    return out_dir.with_name(f".{out_dir.name}.staging")


def _retired(out_dir: Path) -> Path:
    return out_dir.with_name(f".{out_dir.name}.retired")


def read_manifest(folder: Path) -> dict | None:
    """Return the manifest of `folder` (`files`, `kept`, `generation`), or None when it has none.

    Raises OutputError when the manifest exists but is not one this build wrote.
    """
    path = folder / MANIFEST_FILE
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        files, kept, generation = manifest["files"], manifest.get("kept", []), manifest["generation"]
        if manifest["format"] != MANIFEST_FORMAT or not isinstance(generation, int) or not all(
                isinstance(name, str) and name == Path(name).name for name in [*files, *kept]):
            raise ValueError("unexpected content")
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise OutputError(f"{path}: unreadable build manifest ({err}); move the folder aside or give another --out")
    return {"files": list(files), "kept": list(kept), "generation": generation}


def _owned(folder: Path, own_names: frozenset[str]) -> set[str]:
    """Return the names in `folder` that the build owns: its manifest's files, or files with the build's names."""
    manifest = read_manifest(folder)
    listed = set(manifest["files"]) if manifest else set()
    return {path.name for path in folder.iterdir()
            if path.name in listed | own_names | {MANIFEST_FILE} and path.is_file() and not path.is_symlink()}


def _generation(folder: Path) -> int:
    manifest = read_manifest(folder)
    return manifest["generation"] if manifest else 0


def _discard(folder: Path, own_names: frozenset[str]) -> None:
    """Remove the files the build owns in `folder`, then the folder if nothing else is left in it."""
    if not folder.is_dir():
        return
    for name in _owned(folder, own_names):
        (folder / name).unlink()
    try:
        folder.rmdir()
    except OSError:
        logger.warning("left %s in place: it holds files the build did not write", folder)


def _move_back_kept(staging: Path, out_dir: Path) -> None:
    manifest = read_manifest(staging)
    for name in manifest["kept"] if manifest else ():
        if (staging / name).exists() and not (out_dir / name).exists():
            os.rename(staging / name, out_dir / name)


def recover(out_dir: Path, *, own_names: frozenset[str]) -> None:
    """Finish or undo a swap of `out_dir` that an earlier build left half done.

    Raises OutputError naming the folder to restore when the state is not one this module leaves.
    """
    out_dir = Path(out_dir).absolute()
    staging, retired = _staging(out_dir), _retired(out_dir)
    legacy = sorted(out_dir.parent.glob(f".{out_dir.name}.retired-*")) if out_dir.parent.is_dir() else []
    if not out_dir.exists() and legacy:
        if len(legacy) > 1:
            raise OutputError(f"{out_dir}: missing, and several earlier builds were left beside it "
                              f"({', '.join(path.name for path in legacy)}); rename the newest to {out_dir.name}")
        logger.warning("restoring %s from %s, left by an interrupted build", out_dir, legacy[0])
        os.rename(legacy[0], out_dir)
    staged = staging.is_dir() and read_manifest(staging) is not None
    if not out_dir.exists() and retired.is_dir():
        if staged and _generation(staging) > _generation(retired):
            logger.warning("finishing the interrupted replacement of %s", out_dir)
            os.rename(staging, out_dir)
        else:
            logger.warning("restoring %s from %s, left by an interrupted build", out_dir, retired)
            os.rename(retired, out_dir)
    if not out_dir.exists() and staged:
        logger.warning("finishing the interrupted creation of %s", out_dir)
        os.rename(staging, out_dir)
    if staging.is_dir():
        if out_dir.is_dir() and staged and _generation(staging) > _generation(out_dir):
            _move_back_kept(staging, out_dir)
        _discard(staging, own_names)
    if retired.is_dir() and out_dir.is_dir():
        _discard(retired, own_names)
    for path in legacy:
        if path.exists():
            logger.warning("%s was left by an interrupted build; %s is complete, so you may delete it", path, out_dir)


def _is_read_only(path: Path) -> bool:
    return not (path.stat().st_mode & stat.S_IWUSR) or not os.access(path, os.W_OK)


def check_out_dir(out_dir: Path, *, seeds_dir: Path, own_names: frozenset[str]) -> None:
    """Check that the build may replace `out_dir`; run before any work.

    Raises OutputError for a file, a link, the seeds folder, a folder inside it or above it, the
    project root, a read-only folder or table, an unwritable parent, and a non-empty folder that
    holds anything the build did not write.
    """
    out_dir, resolved, seeds = Path(out_dir).absolute(), Path(out_dir).resolve(), Path(seeds_dir).resolve()
    if out_dir.is_symlink():
        raise OutputError(f"{out_dir}: is a symbolic link; give the folder it points to as --out")
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: is a file, not a folder; give a folder for the tables as --out")
    clash = ("is the seeds folder" if resolved == seeds else "holds the seeds folder" if resolved in seeds.parents
             else "is inside the seeds folder" if seeds in resolved.parents else None)
    if clash:
        raise OutputError(f"{out_dir}: {clash} ({seeds}); give a folder of its own as --out")
    if resolved == PROJECT_ROOT or resolved in PROJECT_ROOT.parents:
        raise OutputError(f"{out_dir}: is the project folder or above it; give a folder of its own as --out")
    if not out_dir.exists():
        existing = next(parent for parent in resolved.parents if parent.exists())
        if not existing.is_dir() or _is_read_only(existing):
            raise OutputError(f"{out_dir}: cannot be created, {existing} is not a writable folder")
        return
    if _is_read_only(out_dir) or _is_read_only(resolved.parent):
        raise OutputError(f"{out_dir}: is read-only (or its parent {resolved.parent} is); "
                          "make it writable or give another --out")
    owned = _owned(out_dir, own_names)
    protected = sorted(name for name in owned if _is_read_only(out_dir / name))
    if protected:
        raise OutputError(f"{out_dir}: {protected[0]} is read-only; make it writable or give another --out")
    if read_manifest(out_dir) is None:
        foreign = sorted(path.name for path in out_dir.iterdir() if path.name not in owned | KEPT_FILES)
        if foreign:
            raise OutputError(f"{out_dir}: not empty and not written by this build (it holds "
                              f"{', '.join(foreign[:LISTED_ENTRIES])}{', …' if len(foreign) > LISTED_ENTRIES else ''}); "
                              "give an empty or new folder as --out")


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step; return False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        rename_exchange = libc.renameat2
    except (OSError, AttributeError):
        return False
    if rename_exchange(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(first))


def _swap(out_dir: Path, staging: Path) -> None:
    if not out_dir.exists():
        os.rename(staging, out_dir)
    elif _exchange(staging, out_dir):
        return
    else:
        os.rename(out_dir, _retired(out_dir))
        os.rename(staging, out_dir)
        os.rename(_retired(out_dir), staging)


class Staging:
    """The staging folder of a replacement in progress; `writing(name)` gives the path of one file to write."""

    def __init__(self, folder: Path):
        self.folder = folder

    @contextmanager
    def writing(self, name: str) -> Iterator[Path]:
        """Yield the staged path of `name`; an OSError while writing it names the file."""
        try:
            yield self.folder / name
        except OSError as err:
            raise _WriteFailed(name, err) from err


class _WriteFailed(Exception):
    def __init__(self, name: str, cause: OSError):
        self.name, self.cause = name, cause
        super().__init__(name)


@contextmanager
def staged_out_dir(out_dir: Path, names: list[str], *, own_names: frozenset[str]) -> Iterator[Staging]:
    """Yield a staging folder for the files `names`, then replace them in `out_dir` all at once.

    The caller writes each file through `Staging.writing`, possibly a little at a time; when the
    block ends normally, a manifest is added and the staging folder swapped with `out_dir`.
    Everything else in `out_dir` is kept. If the block raises, `out_dir` is left as it was and
    the staging folder removed; a file that cannot be written (for example on a full disk)
    raises OutputError naming it.
    """
    out_dir = Path(out_dir).absolute()
    staging = _staging(out_dir)
    recover(out_dir, own_names=own_names)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    generation = _generation(out_dir) + 1 if out_dir.is_dir() else 1
    kept = sorted(path.name for path in out_dir.iterdir()
                  if path.name not in _owned(out_dir, own_names) | set(names)) if out_dir.is_dir() else []
    manifest = {"format": MANIFEST_FORMAT, "files": sorted(names), "kept": kept, "generation": generation}
    written = own_names | frozenset(names) | {MANIFEST_FILE}
    try:
        try:
            staging.mkdir(mode=0o755)
        except OSError as err:
            raise _WriteFailed(staging.name, err) from err
        stage = Staging(staging)
        yield stage
        with stage.writing(MANIFEST_FILE) as path:
            path.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    except _WriteFailed as failed:
        _discard(staging, written)
        raise OutputError(f"{out_dir}: could not write {failed.name} ({failed.cause.strerror or failed.cause}); "
                          f"{out_dir} was left as it was") from failed.cause
    except BaseException:
        _discard(staging, written)
        raise
    try:
        for name in kept:
            os.rename(out_dir / name, staging / name)
        _swap(out_dir, staging)
    except OSError as err:
        recover(out_dir, own_names=written)
        raise OutputError(f"{out_dir}: could not replace it ({err.strerror or err}); it was left as it was") from err
    _discard(staging, written)


def replace_out_dir(out_dir: Path, writers: dict[str, Callable[[Path], None]], *, own_names: frozenset[str]) -> None:
    """Replace the files the build owns in `out_dir` with new ones, all at once.

    `writers` maps each file name to a function writing that file at the path it is given.
    Everything else in `out_dir` is kept. Raises OutputError (with `out_dir` unchanged) when
    a file cannot be written, for example on a full disk.
    """
    with staged_out_dir(out_dir, list(writers), own_names=own_names) as staging:
        for name, write in writers.items():
            with staging.writing(name) as path:
                write(path)
