"""The build cache: parsed `Doc`s and per-document tables, reused when nothing they depend on changed.

A parsed Doc is keyed on the file's hash, the spaCy pipeline (name and version), the
gazetteer (which feeds the entity ruler) and the library's code. A document's tables are
keyed on its parse, its row in `sources.csv`, its section overrides and every resource file
(codebook, lexicons, rules). Editing the codebook therefore recomputes codes from cached
Docs without parsing again, and adding an article parses only that article.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from analysis.config import RESOURCES_DIR
from analysis.corpus.registry import Document
from analysis.nlp.gazetteer import GAZETTEER_FILE
from analysis.nlp.pipeline import model_id

logger = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _digest(*parts: bytes | str) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8") if isinstance(part, str) else part)
        hasher.update(b"\x00")
    return hasher.hexdigest()


def _files_digest(paths: list[Path]) -> str:
    return _digest(*(part for path in sorted(paths) for part in (path.name, path.read_bytes())))


class BuildCache:
    """A folder of cached Docs (`docs/`) and per-document tables (`tables/`)."""

    def __init__(self, folder: Path, *, nlp: Language):
        self.folder = Path(folder)
        self.vocab = nlp.vocab
        code = _files_digest(list(PACKAGE_DIR.rglob("*.py")))
        self.parse_salt = _digest(model_id(nlp), GAZETTEER_FILE.read_bytes(), code)
        resources = [path for path in RESOURCES_DIR.iterdir() if path.is_file() and path.suffix != ".md"]
        self.tables_salt = _digest(self.parse_salt, _files_digest(resources))

    def parse_key(self, document: Document) -> str:
        return _digest(self.parse_salt, document.sha256)

    def tables_key(self, document: Document, overrides: dict[int, str] | None) -> str:
        return _digest(self.tables_salt, document.sha256, repr(document.source), repr(sorted((overrides or {}).items())))

    def _path(self, kind: str, key: str, suffix: str) -> Path:
        return self.folder / kind / f"{key}{suffix}"

    def _write(self, path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)

    def load_tables(self, key: str) -> dict[str, pd.DataFrame] | None:
        path = self._path("tables", key, ".pkl")
        if not path.is_file():
            return None
        try:
            return pickle.loads(path.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            logger.warning("ignoring unreadable cache entry %s", path)
            return None

    def save_tables(self, key: str, tables: dict[str, pd.DataFrame]) -> None:
        self._write(self._path("tables", key, ".pkl"), pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL))

    def load_doc(self, key: str) -> Doc | None:
        path = self._path("docs", key, ".spacy")
        if not path.is_file():
            return None
        try:
            return next(iter(DocBin().from_bytes(path.read_bytes()).get_docs(self.vocab)))
        except (ValueError, StopIteration):
            logger.warning("ignoring unreadable cache entry %s", path)
            return None

    def save_doc(self, key: str, doc: Doc) -> None:
        self._write(self._path("docs", key, ".spacy"), DocBin(docs=[doc], store_user_data=True).to_bytes())
