"""Bad input as a careless or hostile user would give it: one line naming the culprit, exit status 2, outputs untouched.

Each case edits a copy of the seeds or of a resource file, runs `python -m analysis build`
through `main`, and checks the message and that the previous output folder is byte-identical.
None of these cases loads the spaCy pipeline; faults during and after the analysis are in
`tests/tables/test_faults.py`, a build killed during the swap of `--out` in `tests/tables/test_output.py`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import analysis.extract.framing
import analysis.extract.markers
import analysis.extract.naming
import analysis.tables.build
from analysis.__main__ import main
from analysis.config import RESOURCES_DIR
from analysis.corpus.sections import read_section_rules
from analysis.nlp.gazetteer import read_gazetteer
from tests.conftest import PREVIOUS_TABLE, run_build, snapshot

@pytest.fixture
def resources(tmp_path, monkeypatch):
    """A writable copy of the resource files, used by the build instead of the packaged ones."""
    folder = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, folder)
    monkeypatch.setattr(analysis.tables.build, "default_rules", lambda: read_section_rules(folder / "section_rules.csv"))
    monkeypatch.setattr(analysis.tables.build, "default_gazetteer", lambda: read_gazetteer(folder / "gazetteer.csv"))
    monkeypatch.setattr(analysis.extract.framing, "CODEBOOK_FILE", folder / "codebook.toml")
    monkeypatch.setattr(analysis.extract.markers, "MARKERS_FILE", folder / "markers.csv")
    monkeypatch.setattr(analysis.extract.naming, "NAMING_FILE", folder / "naming.csv")
    monkeypatch.setattr(analysis.extract.naming, "EVALUATIVE_FILE", folder / "evaluative.csv")
    monkeypatch.setattr(analysis.tables.build, "default_naming_lexicon", analysis.extract.naming.read_naming_lexicon)
    return folder


def append_source(seeds: Path, row: str) -> None:
    with (seeds / "sources.csv").open("a", encoding="utf-8", newline="") as handle:
        handle.write(row + "\n")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- sources.csv and the seed files -----------------------------------------------------------

def _absolute_file(seeds, resources):
    (seeds.parent / "secret.txt").write_text("A private note.\n", encoding="utf-8")
    append_source(seeds, f"secret,{seeds.parent / 'secret.txt'},X,,,,test,Secret,")
    return "sources.csv line 7: file '", "is an absolute path"


def _dotdot_file(seeds, resources):
    (seeds.parent / "secret.txt").write_text("A private note.\n", encoding="utf-8")
    append_source(seeds, "secret,../secret.txt,X,,,,test,Secret,")
    return "sources.csv line 7: file '../secret.txt'", "not a plain file name"


def _symlink_out_of_the_folder(seeds, resources):
    (seeds.parent / "secret.txt").write_text("A private note.\n", encoding="utf-8")
    (seeds / "secret.txt").symlink_to(seeds.parent / "secret.txt")
    append_source(seeds, "secret,secret.txt,X,,,,test,Secret,")
    return "seeds/secret.txt: row 'secret'", "symbolic link leading outside seeds/"


def _fifo_as_file(seeds, resources):
    os.mkfifo(seeds / "pipe.txt")
    append_source(seeds, "pipe,pipe.txt,X,,,,test,Pipe,")
    return "seeds/pipe.txt: row 'pipe'", "is not a regular file"


def _folder_as_file(seeds, resources):
    (seeds / "drafts.txt").mkdir()
    append_source(seeds, "drafts,drafts.txt,X,,,,test,Drafts,")
    return "seeds/drafts.txt: row 'drafts'", "is not a regular file"


def _impossible_date(seeds, resources):
    (seeds / "005_new.txt").write_text("Russia backed Assad.\n", encoding="utf-8")
    append_source(seeds, "005_new,005_new.txt,X,,,2017-02-31,test,New,")
    return "sources.csv line 7: published '2017-02-31'", "exists in the calendar"


def _duplicate_label(seeds, resources):
    (seeds / "005_new.txt").write_text("Russia backed Assad.\n", encoding="utf-8")
    append_source(seeds, "005_new,005_new.txt,X,,,2017,test,Vox 2017,")
    return "sources.csv line 7: duplicate label 'Vox 2017'", "(first on line 5)"


def _huge_field(seeds, resources):
    (seeds / "005_new.txt").write_text("Russia backed Assad.\n", encoding="utf-8")
    append_source(seeds, f'005_new,005_new.txt,X,,,2017,test,New,"{"n" * 1_000_000}"')
    return "sources.csv line 7:", "fields are limited to 131,072 characters"


def _sources_not_utf8(seeds, resources):
    path = seeds / "sources.csv"
    path.write_bytes(path.read_bytes().replace("’".encode(), b"\x92", 1))
    return "seeds/sources.csv: not valid UTF-8 at byte", "invalid start byte"


# --- resource files -----------------------------------------------------------------------------

def _catastrophic_section_rule(seeds, resources):
    with (resources / "section_rules.csv").open("a", encoding="utf-8") as handle:
        handle.write('boilerplate,"^(a+)+$",400,,\n')
    return "section_rules.csv line", "'^(a+)+$': nested quantifier"


def _gazetteer_not_utf8(seeds, resources):
    path = resources / "gazetteer.csv"
    path.write_bytes(path.read_bytes() + "Señor,Russia,state,,name,GPE,false,\n".encode("latin-1"))
    return "gazetteer.csv: not valid UTF-8 at byte", "invalid continuation byte"


def _gazetteer_bad_actor_type(seeds, resources):
    with (resources / "gazetteer.csv").open("a", encoding="utf-8") as handle:
        handle.write("Wagner,Wagner,mercenary,Russia,name,ORG,false,,\n")
    return "gazetteer.csv line", "('Wagner'): actor_type 'mercenary' is not one of"


def _codebook_not_utf8(seeds, resources):
    path = resources / "codebook.toml"
    path.write_bytes(path.read_bytes() + b'\n# caf\xe9\n')
    return "codebook.toml: not valid UTF-8 at byte", "invalid continuation byte"


def _codebook_wrong_type(seeds, resources):
    (resources / "codebook.toml").write_text('code = "x"\n', encoding="utf-8")
    return "codebook.toml:", "expected a list of [[code]] tables"


def _codebook_cues_as_string(seeds, resources):
    text = (resources / "codebook.toml").read_text(encoding="utf-8")
    (resources / "codebook.toml").write_text(text + '\n[[code]]\nid = "support.air"\ndimension = "support"\n'
                                             'definition = "Air war."\ncues = "airstrike"\n', encoding="utf-8")
    return "('support.air'): cues must be a list of non-empty strings", "not 'airstrike'"


def _codebook_unknown_dimension(seeds, resources):
    text = (resources / "codebook.toml").read_text(encoding="utf-8")
    (resources / "codebook.toml").write_text(text + '\n[[code]]\nid = "support.air"\ndimension = "suport"\n'
                                             'definition = "Air war."\ncues = ["airstrike"]\n', encoding="utf-8")
    return "('support.air'): dimension must be one of support, limits", "not 'suport'"


def _markers_wrong_header(seeds, resources):
    replace_in(resources / "markers.csv", "marker,category,rule,note", "marker,kind,rule,note")
    return "markers.csv: missing column(s) category", "expected marker,category,rule,note"


def _evaluative_ragged_row(seeds, resources):
    with (resources / "evaluative.csv").open("a", encoding="utf-8") as handle:
        handle.write("thug\n")
    return "evaluative.csv line", "expected 3 fields, found 1"


def _evaluative_duplicate_term(seeds, resources):
    with (resources / "evaluative.csv").open("a", encoding="utf-8") as handle:
        handle.write("Dictator,negative,\n")
    return "evaluative.csv line", "('Dictator'): duplicate term (first on line 2)"


def _naming_duplicate_rule(seeds, resources):
    with (resources / "naming.csv").open("a", encoding="utf-8") as handle:
        handle.write("leader,Vladimir Putin,syrian,\n")
    return "naming.csv line", "('leader'): duplicate head and requires (first on line 2)"


def _override_twice(seeds, resources):
    (seeds / "section_overrides.csv").write_text("doc_id,line,section,note\n004_128d85b3e3899c5b,3,body,\n"
                                                 "004_128d85b3e3899c5b,3,caption,\n", encoding="utf-8")
    return "seeds/section_overrides.csv line 3: duplicate override of line 3", "(first on line 2)"


INPUT_CASES = [_evaluative_duplicate_term, _naming_duplicate_rule, _override_twice,
               _absolute_file, _dotdot_file, _symlink_out_of_the_folder, _fifo_as_file, _folder_as_file,
               _impossible_date, _duplicate_label, _huge_field, _sources_not_utf8,
               _catastrophic_section_rule, _gazetteer_not_utf8, _gazetteer_bad_actor_type, _codebook_not_utf8,
               _codebook_wrong_type, _codebook_cues_as_string, _codebook_unknown_dimension, _markers_wrong_header,
               _evaluative_ragged_row]


@pytest.mark.parametrize("make_bad", INPUT_CASES, ids=lambda f: f.__name__.strip("_"))
def test_bad_input_is_one_line_exit_2_outputs_untouched(make_bad, seeds_copy, resources, previous_out, capsys):
    names, says = make_bad(seeds_copy, resources)
    before = snapshot(previous_out)
    assert run_build(seeds_copy, previous_out) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if names in line]
    assert lines and says in lines[0], err[:2000]
    assert snapshot(previous_out) == before


def test_a_secret_file_outside_the_seeds_never_reaches_the_tables(seeds_copy, resources, previous_out, capsys):
    _dotdot_file(seeds_copy, resources)
    assert run_build(seeds_copy, previous_out) == 2
    assert "A private note" not in capsys.readouterr().err


def test_a_rejected_row_does_not_also_report_its_file_as_unregistered(seeds_copy, resources, previous_out, capsys):
    _impossible_date(seeds_copy, resources)
    assert run_build(seeds_copy, previous_out) == 2
    assert "005_new.txt: no row in sources.csv" not in capsys.readouterr().err


@pytest.mark.parametrize("separator", ["\u2028", "\x85", "\n"], ids=["line separator", "NEL", "newline"])
def test_sources_csv_is_parsed_as_csv(seeds_copy, separator):
    from analysis.corpus.registry import read_sources

    append_source(seeds_copy, f'005_new,005_new.txt,X,,,2017,test,New,"first{separator}second"')
    append_source(seeds_copy, "006_bad,006_bad.txt,X,,,2017,test")
    sources, problems, _ = read_sources(seeds_copy)
    assert sources[-1].notes == f"first{separator}second"
    bad_line = 9 if separator == "\n" else 8
    assert problems == [f"seeds/sources.csv line {bad_line}: expected 9 fields, found 7 (check quoting of commas)"]


def test_a_catastrophic_rule_is_refused_quickly(tmp_path):
    from analysis.errors import InputError

    path = tmp_path / "section_rules.csv"
    path.write_text("section,pattern,max_chars,example,note\nboilerplate,(.*)*x,400,,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"section_rules.csv line 2: invalid pattern '\(\.\*\)\*x': nested quantifier"):
        read_section_rules(path)


# --- the output folder (--out) and the cache (--cache) ------------------------------------------

def _out_is_a_file(tmp_path, seeds):
    (tmp_path / "tables.parquet").write_bytes(b"not a folder")
    return tmp_path / "tables.parquet", [], "is a file, not a folder"


def _out_is_the_seeds_folder(tmp_path, seeds):
    (seeds / "drafts").mkdir()
    (seeds / "drafts" / "idea.txt").write_text("keep me", encoding="utf-8")
    return seeds, [], "is the seeds folder"


def _out_inside_the_seeds_folder(tmp_path, seeds):
    return seeds / "drafts", [], "is inside the seeds folder"


def _out_above_the_seeds_folder(tmp_path, seeds):
    return tmp_path, [], "holds the seeds folder"


def _out_is_the_project_root(tmp_path, seeds):
    from analysis.config import PROJECT_ROOT

    return PROJECT_ROOT, [], "is the project folder"


def _out_holds_other_files(tmp_path, seeds):
    out = tmp_path / "mine"
    (out / "chapter").mkdir(parents=True)
    (out / "thesis.docx").write_bytes(b"two years of work")
    (out / "old.parquet").write_bytes(b"someone else's table")
    return out, [], "not empty and not written by this build (it holds chapter, old.parquet, thesis.docx)"


def _out_is_read_only(tmp_path, seeds):
    out = tmp_path / "processed"
    out.mkdir()
    (out / "documents.parquet").write_bytes(PREVIOUS_TABLE)
    out.chmod(0o555)
    return out, [], "is read-only"


def _a_table_is_read_only(tmp_path, seeds):
    out = tmp_path / "processed"
    out.mkdir()
    (out / "documents.parquet").write_bytes(PREVIOUS_TABLE)
    (out / "documents.parquet").chmod(0o444)
    return out, [], "documents.parquet is read-only"


def _parent_is_not_writable(tmp_path, seeds):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    return locked / "processed", [], f"cannot be created, {locked} is not a writable folder"


def _cache_is_a_file(tmp_path, seeds):
    (tmp_path / "cache.db").write_bytes(b"a file")
    return tmp_path / "new", ["--cache", str(tmp_path / "cache.db")], "cache.db: --cache names a file, not a folder"


OUTPUT_CASES = [_out_is_a_file, _out_is_the_seeds_folder, _out_inside_the_seeds_folder, _out_above_the_seeds_folder,
                _out_is_the_project_root, _out_holds_other_files, _out_is_read_only, _a_table_is_read_only,
                _parent_is_not_writable, _cache_is_a_file]


@pytest.mark.parametrize("make_bad", OUTPUT_CASES, ids=lambda f: f.__name__.strip("_"))
def test_a_bad_output_folder_is_refused_before_any_work(make_bad, tmp_path, seeds_copy, monkeypatch, capsys):
    out, options, says = make_bad(tmp_path, seeds_copy)
    monkeypatch.setattr(analysis.tables.build, "load_corpus", lambda *a, **k: pytest.fail("work began"))
    before = snapshot(tmp_path)
    status = main(["build", "--seeds", str(seeds_copy), "--out", str(out), "--quiet", *(options or ["--no-cache"])])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1, err
    named = options[-1] if options else str(out)
    assert err.startswith(f"error: {named}: ") and says in err, err
    assert snapshot(tmp_path) == before
