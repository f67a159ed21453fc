"""The build cache: parsed `Doc`s and per-document tables, reused when nothing they depend on changed.

A parsed Doc is keyed on the file's hash, the spaCy pipeline (name and version), the
gazetteer patterns its entity ruler holds and the library's code. A document's tables are
keyed on its parse, its row in `sources.csv`, its section overrides and every resource file
(codebook, lexicons, rules). Editing the codebook therefore recomputes codes from cached
Docs without parsing again, and adding an article parses only that article. Taking the
resource files' digest empties the lexicons a process keeps when the files changed (see
`analysis.corpus.resources.resources_digest`), so that a build stores the tables of the files its keys name
even after an edit in a live process; tables made while a resource file was edited are not stored.

Each entry is a folder `docs/<key>/` (a spaCy `DocBin`) or `tables/<key>/` (one Arrow IPC file
per table, read back without decoding) with an `entry.json` giving the format version and each
file's SHA-256. Nothing is ever unpickled: an entry whose format, hashes or content do not
check out is ignored with a warning and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Callable

import pyarrow as pa
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from analysis.config import RESOURCES_DIR
from analysis.corpus.registry import Document
from analysis.corpus.resources import read_as_digested, resources_digest
from analysis.errors import OutputError
from analysis.extract.vocabulary import LAYER_OFF
from analysis.nlp.pipeline import default_gazetteer_key, gazetteer_key, model_id
from analysis.tables.schemas import SCHEMAS
from analysis.tables.stream import from_ipc_bytes, to_ipc_bytes

logger = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parents[1]
CACHE_FORMAT = 4
ENTRY_FILE = "entry.json"
DOC_FILE = "doc.spacy"
TABLE_SUFFIX = ".arrow"


def _digest(*parts: bytes | str) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8") if isinstance(part, str) else part)
        hasher.update(b"\x00")
    return hasher.hexdigest()


def _files_digest(paths: list[Path]) -> str:
    return _digest(*(part for path in sorted(paths) for part in (path.name, path.read_bytes())))


def check_cache_dir(folder: Path) -> None:
    """Raise OutputError when `folder` cannot serve as the cache (it names a file, or lies under one)."""
    folder = Path(folder)
    existing = next((path for path in (folder, *folder.absolute().parents) if path.exists()), None)
    if existing is not None and not existing.is_dir():
        what = "names a file" if existing == folder else f"lies under the file {existing}"
        raise OutputError(f"{folder}: --cache {what}, not a folder")


class BuildCache:
    """A folder of cached Docs (`docs/`) and per-document tables (`tables/`, Arrow tables sorted by key).

    Give the loaded pipeline as `nlp`, or its `model_key` (see `analysis.nlp.pipeline.model_id`)
    and a `vocab` function called only when a cached Doc is read, so that a build whose tables
    are all cached never loads the pipeline.
    """

    def __init__(self, folder: Path, *, nlp: Language | None = None, model_key: str = "",
                 vocab: Callable[[], Vocab] | None = None):
        self.folder = Path(folder)
        self.vocab = (lambda: nlp.vocab) if nlp is not None else vocab
        self.resources = resources_digest(RESOURCES_DIR)  # first: it empties the lexicons read from older files
        self.resources_edited = False  # a resource file was read in another state than `resources` names
        code = _files_digest(list(PACKAGE_DIR.rglob("*.py")))
        model_key, gazetteer = (model_id(nlp), gazetteer_key(nlp)) if nlp is not None else (model_key,
                                                                                          default_gazetteer_key())
        self.parse_salt = _digest(str(CACHE_FORMAT), model_key, gazetteer, code)
        self.tables_salt = _digest(self.parse_salt, self.resources)

    def parse_key(self, document: Document) -> str:
        return _digest(self.parse_salt, document.sha256)

    def tables_key(self, document: Document, overrides: dict[int, str] | None, *,
                   framing_layer: str = LAYER_OFF) -> str:
        """Return the key of a document's tables; the framing layer's setting is part of it when the layer is on."""
        return _digest(self.tables_salt, document.sha256, repr(document.source), repr(sorted((overrides or {}).items())),
                       *(() if framing_layer == LAYER_OFF else (framing_layer,)))

    def _write(self, kind: str, key: str, files: dict[str, bytes]) -> None:
        """Store an entry atomically (a folder renamed into place); a cache that cannot be written is skipped."""
        entry = self.folder / kind / key
        meta = {"format": CACHE_FORMAT, "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}}
        temporary = None
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            temporary = Path(tempfile.mkdtemp(dir=entry.parent, prefix=".tmp-"))
            for name, data in {**files, ENTRY_FILE: json.dumps(meta).encode("utf-8")}.items():
                (temporary / name).write_bytes(data)
            if entry.exists():
                shutil.rmtree(entry)
            temporary.rename(entry)
        except OSError as err:
            logger.warning("could not write the cache entry %s (%s); building without it", entry, err.strerror or err)
            if temporary is not None:
                shutil.rmtree(temporary, ignore_errors=True)

    def _read(self, kind: str, key: str, names: tuple[str, ...]) -> dict[str, bytes] | None:
        """Return the files of an entry whose format and hashes check out; else None (with a warning if it exists)."""
        entry = self.folder / kind / key
        if not entry.is_dir():
            return None
        try:
            meta = json.loads((entry / ENTRY_FILE).read_text(encoding="utf-8"))
            files = {name: (entry / name).read_bytes() for name in names}
            if meta["format"] != CACHE_FORMAT or set(meta["files"]) != set(names) or any(
                    hashlib.sha256(data).hexdigest() != meta["files"][name] for name, data in files.items()):
                raise ValueError("format or content hash does not match")
        except (OSError, ValueError, KeyError, TypeError) as err:
            logger.warning("ignoring the cache entry %s (%s); rebuilding it", entry, err)
            return None
        return files

    def load_tables(self, key: str) -> dict[str, pa.Table] | None:
        files = self._read("tables", key, tuple(f"{name}{TABLE_SUFFIX}" for name in SCHEMAS))
        if files is None:
            return None
        try:
            return {name: from_ipc_bytes(files[f"{name}{TABLE_SUFFIX}"], name) for name in SCHEMAS}
        except (OSError, ValueError, pa.ArrowException) as err:
            logger.warning("ignoring the cache entry %s (%s); rebuilding it", self.folder / "tables" / key, err)
            return None

    def save_tables(self, key: str, tables: dict[str, pa.Table]) -> None:
        """Store a document's tables, unless a resource file read since the cache was made differs from its key's."""
        if not read_as_digested(self.resources):
            if not self.resources_edited:
                logger.warning("a resource file changed during the build; its tables are not cached")
            self.resources_edited = True
            return
        self._write("tables", key, {f"{name}{TABLE_SUFFIX}": to_ipc_bytes(table) for name, table in tables.items()})

    def load_doc(self, key: str) -> Doc | None:
        files = self._read("docs", key, (DOC_FILE,))
        if files is None:
            return None
        try:
            return next(iter(DocBin().from_bytes(files[DOC_FILE]).get_docs(self.vocab())))
        except (ValueError, StopIteration, KeyError, TypeError) as err:
            logger.warning("ignoring the cache entry %s (%s); rebuilding it", self.folder / "docs" / key, err)
            return None

    def save_doc(self, key: str, doc: Doc) -> None:
        self._write("docs", key, {DOC_FILE: DocBin(docs=[doc], store_user_data=True).to_bytes()})
