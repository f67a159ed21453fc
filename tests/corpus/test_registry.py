"""The registry and its validation: every problem reported at once, exit status 2, outputs untouched."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.config import PROJECT_ROOT
from analysis.corpus.registry import SOURCE_COLUMNS, load_corpus
from analysis.errors import InputError

SHARED_SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"


def test_seeds_are_byte_copies_of_the_shared_captures():
    from tests.conftest import SEEDS_DIR

    shared = sorted(SHARED_SEEDS.glob("*.txt"))
    if not shared:
        pytest.xfail(reason="../shared/seeds is not beside this clone, so the byte-for-byte copy cannot be checked")
    for path in shared:
        assert (SEEDS_DIR / path.name).read_bytes() == path.read_bytes(), path.name


def test_registry_lists_every_seed_with_its_metadata():
    from tests.conftest import SEEDS_DIR

    documents = load_corpus(SEEDS_DIR)
    assert [d.doc_id for d in documents] == sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
    by_id = {d.doc_id: d.source for d in documents}
    assert by_id["000_cc9731c93b3c9352"].outlet == "E-International Relations"
    assert by_id["001_e194f75b6d3ed1ce"].author == "Stuart Crawford"
    assert by_id["003_faabb163a6313536"].published == "2017-11"
    assert by_id["004_128d85b3e3899c5b"].author == ""
    assert all(source.label and source.notes for source in by_id.values())


def _rewrite_sources(seeds: Path, edit) -> None:
    path = seeds / "sources.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows = edit(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=SOURCE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def _unregistered_file(seeds: Path) -> str:
    (seeds / "999_new.txt").write_text("A new article.\n", encoding="utf-8")
    return "seeds/999_new.txt: no row in sources.csv"


def _row_without_file(seeds: Path) -> str:
    (seeds / "003_faabb163a6313536.txt").unlink()
    return "names file '003_faabb163a6313536.txt', which is not in seeds/"


def _invalid_utf8(seeds: Path) -> str:
    (seeds / "001_e194f75b6d3ed1ce.txt").write_bytes("Assad’s".encode("utf-8") + b"\xff rest")
    return "seeds/001_e194f75b6d3ed1ce.txt: not valid UTF-8 at byte 9"


def _whitespace_only(seeds: Path) -> str:
    (seeds / "002_63bdf6bcbc9bc48c.txt").write_text(" \n\t\n", encoding="utf-8")
    return "seeds/002_63bdf6bcbc9bc48c.txt: empty or whitespace-only file"


def _duplicate_doc_id(seeds: Path) -> str:
    _rewrite_sources(seeds, lambda rows: rows + [rows[0]])
    return "duplicate doc_id '000_cc9731c93b3c9352' (first on line 2)"


def _missing_column(seeds: Path) -> str:
    path = seeds / "sources.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",label,", ",lable,", 1), encoding="utf-8")
    return "seeds/sources.csv: missing column(s) label"


def _bad_date(seeds: Path) -> str:
    _rewrite_sources(seeds, lambda rows: [{**row, "published": "Dec 2017"} if i == 4 else row for i, row in enumerate(rows)])
    return "line 6: published 'Dec 2017' is not an ISO date"


def _ragged_row(seeds: Path) -> str:
    path = seeds / "sources.csv"
    path.write_text(path.read_text(encoding="utf-8") + "005_x,005_x.txt,Outlet\n", encoding="utf-8")
    return "line 7: expected 9 fields, found 3"


def _typo_in_file_column(seeds: Path) -> str:
    _rewrite_sources(seeds, lambda rows: [{**row, "file": "000_cc9731c93b3c935.txt"} if i == 0 else row
                                          for i, row in enumerate(rows)])
    return ("doc_id '000_cc9731c93b3c9352' is not the stem of file '000_cc9731c93b3c935.txt', "
            "and no file '000_cc9731c93b3c935.txt' is in seeds/")


BAD_INPUTS = [_unregistered_file, _row_without_file, _invalid_utf8, _whitespace_only,
              _duplicate_doc_id, _missing_column, _bad_date, _ragged_row, _typo_in_file_column]


def test_a_typo_in_the_file_column_names_both_the_row_and_the_file_it_leaves_unregistered(seeds_copy):
    _typo_in_file_column(seeds_copy)
    with pytest.raises(InputError) as caught:
        load_corpus(seeds_copy)
    assert caught.value.problems[-1] == ("seeds/000_cc9731c93b3c9352.txt: no row in sources.csv names this file; "
                                         "add one (doc_id is the file stem)")


def test_a_doc_id_that_is_not_the_stem_of_an_existing_file_is_not_called_a_typo(seeds_copy):
    _rewrite_sources(seeds_copy, lambda rows: [{**row, "doc_id": "000_renamed"} if i == 0 else row
                                               for i, row in enumerate(rows)])
    with pytest.raises(InputError) as caught:
        load_corpus(seeds_copy)
    assert caught.value.problems == ["seeds/sources.csv line 2: doc_id '000_renamed' is not the stem of file "
                                     "'000_cc9731c93b3c9352.txt'"]


@pytest.mark.parametrize("make_bad", BAD_INPUTS, ids=lambda f: f.__name__.strip("_"))
def test_each_bad_input_is_named(seeds_copy, make_bad):
    expected = make_bad(seeds_copy)
    with pytest.raises(InputError) as caught:
        load_corpus(seeds_copy)
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems


def test_every_problem_is_reported_at_once(seeds_copy):
    expected = [make_bad(seeds_copy) for make_bad in (_unregistered_file, _invalid_utf8, _whitespace_only, _duplicate_doc_id)]
    with pytest.raises(InputError) as caught:
        load_corpus(seeds_copy)
    for text in expected:
        assert any(text in problem for problem in caught.value.problems), text


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_bad_input_exits_2_and_leaves_outputs_untouched(seeds_copy, tmp_path, capsys):
    out = tmp_path / "processed"
    out.mkdir()
    (out / "documents.parquet").write_bytes(b"previous build")
    (out / ".gitkeep").write_bytes(b"")
    before = _digest(out)
    _unregistered_file(seeds_copy)
    _invalid_utf8(seeds_copy)
    status = main(["build", "--seeds", str(seeds_copy), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert status == 2
    assert "seeds/999_new.txt" in err and "seeds/001_e194f75b6d3ed1ce.txt" in err
    assert _digest(out) == before


def test_command_line_exit_status_is_2(seeds_copy, tmp_path):
    _whitespace_only(seeds_copy)
    result = subprocess.run([sys.executable, "-m", "analysis", "build", "--seeds", str(seeds_copy),
                             "--out", str(tmp_path / "out"), "--quiet"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "empty or whitespace-only" in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_unregistered_file_is_also_checked_for_its_content(seeds_copy):
    (seeds_copy / "999_new.txt").write_bytes(b"ab\xffcd")
    with pytest.raises(InputError) as caught:
        load_corpus(seeds_copy)
    assert caught.value.problems == ["seeds/999_new.txt: no row in sources.csv names this file; add one (doc_id is the file stem)",
                                     "seeds/999_new.txt: not valid UTF-8 at byte 2 (invalid start byte)"]
