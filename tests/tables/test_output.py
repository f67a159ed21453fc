"""Safe replacement of `--out`: only the build's own files go, and a build killed at any step leaves old or new tables."""

from __future__ import annotations

import json
import os

import pytest

import analysis.tables.output as output
from analysis.errors import OutputError
from analysis.tables.output import MANIFEST_FILE, check_out_dir, recover, replace_out_dir

OWN = frozenset({"a.parquet", "b.parquet"})
KEPT = {".gitkeep": b"", "notes.txt": b"my notes", "drafts/idea.txt": b"an idea"}


class Killed(BaseException):
    """Stands for SIGKILL: no `except Exception` and no cleanup runs."""


def writers(version: str) -> dict:
    return {name: (lambda path, name=name: path.write_bytes(f"{version}-{name}".encode())) for name in sorted(OWN)}


def tables(folder) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in sorted(OWN) if (folder / name).is_file()}


def complete(version: str) -> dict[str, bytes]:
    return {name: f"{version}-{name}".encode() for name in sorted(OWN)}


@pytest.fixture
def out(tmp_path):
    """An output folder with the old tables, a manifest, and files and a sub-folder the build does not own."""
    folder = tmp_path / "processed"
    folder.mkdir()
    for name, data in KEPT.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
    replace_out_dir(folder, writers("old"), own_names=OWN)
    return folder


def kept_intact(folder) -> bool:
    return all((folder / name).is_file() and (folder / name).read_bytes() == data for name, data in KEPT.items())


def siblings(folder) -> list[str]:
    return sorted(path.name for path in folder.parent.iterdir())


def test_only_the_builds_own_files_are_replaced(out):
    replace_out_dir(out, writers("new"), own_names=OWN)
    assert tables(out) == complete("new") and kept_intact(out)
    assert json.loads((out / MANIFEST_FILE).read_text())["generation"] == 2
    assert siblings(out) == ["processed"]


def _kill_on_call(monkeypatch, target, attribute, call: int):
    original, calls = getattr(target, attribute), []

    def dying(*args, **kwargs):
        calls.append(args)
        if len(calls) == call:
            raise Killed
        return original(*args, **kwargs)

    monkeypatch.setattr(target, attribute, dying)


def _killed(path):
    raise Killed


def _no_exchange(monkeypatch):
    monkeypatch.setattr(output, "_exchange", lambda first, second: False)


KILL_POINTS = {  # each prepares the kill and returns the writers to use
    "while writing the staging folder": lambda mp: {**writers("new"), "b.parquet": _killed},
    "after carrying one kept entry": lambda mp: _kill_on_call(mp, os, "rename", 2),
    "before the exchange": lambda mp: _kill_on_call(mp, output, "_exchange", 1),
    "after the exchange": lambda mp: _kill_on_call(mp, output, "_discard", 1),
    "fallback: after retiring the old folder": lambda mp: _no_exchange(mp) or _kill_on_call(mp, os, "rename", 5),
    "fallback: after moving the new folder in": lambda mp: _no_exchange(mp) or _kill_on_call(mp, os, "rename", 6),
    "fallback: after parking the old folder": lambda mp: _no_exchange(mp) or _kill_on_call(mp, output, "_discard", 1),
}


@pytest.mark.parametrize("kill", list(KILL_POINTS.values()), ids=list(KILL_POINTS))
def test_a_build_killed_at_any_step_leaves_old_or_new_tables(out, monkeypatch, kill):
    with monkeypatch.context() as patch:
        chosen = kill(patch) or writers("new")
        with pytest.raises(Killed):
            replace_out_dir(out, chosen, own_names=OWN)
    if out.is_dir():
        assert tables(out) in (complete("old"), complete("new"))
    recover(out, own_names=OWN)
    assert tables(out) in (complete("old"), complete("new"))
    assert kept_intact(out) and siblings(out) == ["processed"]
    replace_out_dir(out, writers("next"), own_names=OWN)
    assert tables(out) == complete("next") and kept_intact(out)


def test_a_folder_left_by_the_old_two_step_writer_is_restored(tmp_path):
    out = tmp_path / "processed"
    retired = tmp_path / ".processed.retired-4242"
    retired.mkdir()
    (retired / "a.parquet").write_bytes(b"old-a.parquet")
    recover(out, own_names=OWN)
    assert (out / "a.parquet").read_bytes() == b"old-a.parquet" and not retired.exists()


def test_two_old_folders_left_behind_are_reported_by_name(tmp_path):
    for pid in ("1", "2"):
        (tmp_path / f".processed.retired-{pid}").mkdir()
    with pytest.raises(OutputError, match=r"processed: missing, and several earlier builds .*"
                                          r"\.processed\.retired-1, \.processed\.retired-2\); rename the newest"):
        recover(tmp_path / "processed", own_names=OWN)


def test_a_full_disk_leaves_the_folder_as_it_was(out):
    before = {path: path.read_bytes() for path in out.rglob("*") if path.is_file()}

    def full(path):
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match=r"processed: could not write b\.parquet \(No space left on device\)"):
        replace_out_dir(out, {**writers("new"), "b.parquet": full}, own_names=OWN)
    assert {path: path.read_bytes() for path in out.rglob("*") if path.is_file()} == before
    assert siblings(out) == ["processed"]


def test_a_foreign_manifest_is_refused(out):
    (out / MANIFEST_FILE).write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(OutputError, match=r"processed/\.analysis-manifest\.json: unreadable build manifest"):
        check_out_dir(out, seeds_dir=out.parent / "seeds", own_names=OWN)


LEGACY_CONTENTS = {
    "a new folder": None,
    "an empty folder": {},
    "a checkout from before the manifest": {".gitkeep": b"", "a.parquet": b"old", "b.parquet": b"old"},
}


@pytest.mark.parametrize("contents", list(LEGACY_CONTENTS.values()), ids=list(LEGACY_CONTENTS))
def test_folders_the_build_may_write_are_accepted(tmp_path, contents):
    target = tmp_path / "processed"
    if contents is not None:
        target.mkdir()
        for name, data in contents.items():
            (target / name).write_bytes(data)
    check_out_dir(target, seeds_dir=tmp_path / "seeds", own_names=OWN)
    replace_out_dir(target, writers("new"), own_names=OWN)
    assert tables(target) == complete("new")
    assert (target / ".gitkeep").exists() == bool(contents)


def test_a_folder_with_a_manifest_accepts_files_added_later(out):
    check_out_dir(out, seeds_dir=out.parent / "seeds", own_names=OWN)
