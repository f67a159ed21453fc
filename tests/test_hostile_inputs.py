"""Bad input as a careless or hostile user would give it: one line naming the culprit, exit status 2, outputs untouched.

Each case edits a copy of the seeds or of a resource file, runs `python -m analysis build`
through `main`, and checks the message and that the previous output folder is byte-identical.
None of these cases loads the spaCy pipeline.
"""

from __future__ import annotations

import hashlib
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

PREVIOUS_TABLE = b"previous build"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too) with its bytes, and every sub-folder."""
    return {str(path.relative_to(folder)): (path.read_bytes() if path.is_file() else b"<dir>")
            for path in sorted(folder.rglob("*"))}


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


@pytest.fixture
def previous_out(tmp_path):
    """An output folder holding a previous build (as a checkout without a manifest has it)."""
    out = tmp_path / "processed"
    out.mkdir()
    (out / ".gitkeep").write_bytes(b"")
    (out / "documents.parquet").write_bytes(PREVIOUS_TABLE)
    return out


def run_build(seeds: Path, out: Path, *extra: str) -> int:
    return main(["build", "--seeds", str(seeds), "--out", str(out), "--quiet", "--no-cache", *extra])


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
        handle.write("Wagner,Wagner,mercenary,Russia,name,ORG,false,\n")
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


# --- spreadsheet-safe exports and the cache -------------------------------------------------------

@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_the_coding_sheet_escapes_formulas(cell, tmp_path):
    import pandas as pd

    from analysis.tables.build import CODING_SHEET_FILE, write_tables
    from analysis.tables.schemas import SCHEMAS, to_frame

    tables = {name: to_frame([], name) for name in SCHEMAS}
    tables["sentences"] = pd.DataFrame([{"doc_id": "d", "sent_id": 0, "block_id": 0, "section": "body", "start": 0,
                                         "end": len(cell), "text": cell, "n_tokens": 1, "has_elision": False}]
                                       ).astype({c.name: c.dtype for c in SCHEMAS["sentences"]})
    write_tables(tables, tmp_path / "out")
    sheet = pd.read_csv(tmp_path / "out" / CODING_SHEET_FILE, keep_default_na=False)
    assert sheet.text.tolist() == ["'" + cell]
    assert pd.read_parquet(tmp_path / "out" / "sentences.parquet").text.tolist() == [cell]


def test_a_tampered_cache_entry_is_rebuilt_never_executed(tiny_seeds, tmp_path, caplog):
    from analysis.tables.build import build

    cache = tmp_path / "cache"
    first = build(seeds_dir=tiny_seeds, out_dir=tmp_path / "first", cache_dir=cache)
    for entry in (cache / "tables").iterdir():
        (entry / "documents.parquet").write_bytes(b"\x80\x04cos\nsystem\n(S'touch pwned'\ntR.")
    (next((cache / "docs").iterdir()) / "doc.spacy").write_bytes(b"garbage")
    second = build(seeds_dir=tiny_seeds, out_dir=tmp_path / "second", cache_dir=cache)
    assert all(first[name].equals(second[name]) for name in first)
    assert "ignoring the cache entry" in caplog.text and "documents.parquet" not in caplog.text
    assert not (tmp_path / "pwned").exists() and not any(cache.rglob("*.pkl"))


# --- an unexpected failure inside one article ------------------------------------------------------

TINY_ARTICLES = {"a": "Russia backed Assad.\n\nMoscow sent jets.\n", "b": "Iran backed Assad too.\n",
                 "c": "Turkey backed the rebels.\n"}


@pytest.fixture
def tiny_seeds(tmp_path):
    seeds = tmp_path / "tiny"
    seeds.mkdir()
    rows = ["doc_id,file,outlet,title,author,published,genre,label,notes"]
    for doc_id, text in TINY_ARTICLES.items():
        (seeds / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{doc_id},{doc_id}.txt,Test,,,2020,test,Test {doc_id},")
    (seeds / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return seeds


def _fails_on_b(original):
    def failing(doc, *args, **kwargs):
        if doc.text.startswith("Iran"):
            raise RuntimeError("boom")
        return original(doc, *args, **kwargs)
    return failing


def _fail_in_markers(monkeypatch):
    monkeypatch.setattr(analysis.tables.build, "iter_markers", _fails_on_b(analysis.tables.build.iter_markers))
    return "finding argument markers"


def _fail_in_labels(monkeypatch):
    monkeypatch.setattr(analysis.tables.build, "iter_labels", _fails_on_b(analysis.tables.build.iter_labels))
    return "finding labels"


def _fail_in_parsing(monkeypatch):
    original = analysis.tables.build.parse_texts

    def failing(nlp, texts, **kwargs):
        for doc in original(nlp, texts, **kwargs):
            if doc.text.startswith("Iran"):
                raise RuntimeError("boom")
            yield doc

    monkeypatch.setattr(analysis.tables.build, "parse_texts", failing)
    return "parsing with spaCy"


FAILURES = [_fail_in_markers, _fail_in_labels, _fail_in_parsing]


@pytest.mark.parametrize("fail", FAILURES, ids=lambda f: f.__name__.strip("_"))
def test_a_failing_article_is_named_with_its_stage(fail, tiny_seeds, previous_out, monkeypatch, capsys):
    stage = fail(monkeypatch)
    before = snapshot(previous_out)
    assert run_build(tiny_seeds, previous_out) == 2
    err = capsys.readouterr().err
    assert err == f"error: b: failed while {stage}: RuntimeError: boom; nothing was written (--keep-going builds the other articles)\n"
    assert snapshot(previous_out) == before


@pytest.mark.parametrize("fail", FAILURES, ids=lambda f: f.__name__.strip("_"))
def test_keep_going_builds_the_other_articles(fail, tiny_seeds, tmp_path, monkeypatch, capsys):
    from analysis.tables import load_tables

    stage = fail(monkeypatch)
    assert run_build(tiny_seeds, tmp_path / "out", "--keep-going") == 2
    assert f"  b: failed while {stage}: RuntimeError: boom" in capsys.readouterr().err.splitlines()
    assert load_tables(tmp_path / "out")["documents"].doc_id.tolist() == ["a", "c"]


def test_debug_prints_the_traceback(tiny_seeds, tmp_path, monkeypatch, capsys):
    _fail_in_markers(monkeypatch)
    assert run_build(tiny_seeds, tmp_path / "out", "--debug") == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: boom" in err and not (tmp_path / "out").exists()


def test_a_full_disk_is_one_line_and_leaves_the_tables(tiny_seeds, previous_out, monkeypatch, capsys):
    import pandas as pd

    def full(frame, path, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", full)
    before = snapshot(previous_out)
    assert run_build(tiny_seeds, previous_out) == 2
    assert capsys.readouterr().err == (f"error: {previous_out}: could not write documents.parquet (No space left on device); "
                                       f"{previous_out} was left as it was\n")
    assert snapshot(previous_out) == before
