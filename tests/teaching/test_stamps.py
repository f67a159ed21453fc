"""Incremental execution: a notebook is keyed on what it reads and runs again only when that changes."""

from __future__ import annotations

import json

import papermill
import pytest

from analysis.teaching.handouts.stamps import execution_key, is_current, record, run_if_changed


@pytest.fixture
def project(tmp_path):
    """A notebook, a data folder and a library folder, each with one file."""
    (tmp_path / "processed").mkdir()
    (tmp_path / "processed" / "documents.parquet").write_bytes(b"PAR1 rows")
    (tmp_path / "analysis" / "__pycache__").mkdir(parents=True)
    (tmp_path / "analysis" / "views.py").write_text("X = 1\n")
    notebook = tmp_path / "01_corpus.ipynb"
    notebook.write_text(json.dumps({"cells": []}))
    return notebook, (tmp_path / "processed", tmp_path / "analysis")


def test_the_key_changes_with_the_notebook_the_tables_the_library_and_the_parameters(project):
    notebook, inputs = project
    key = execution_key(notebook, inputs=inputs)
    assert execution_key(notebook, inputs=inputs) == key
    (inputs[1] / "__pycache__" / "views.cpython-311.pyc").write_bytes(b"compiled")
    assert execution_key(notebook, inputs=inputs) == key, "byte-code is not an input"
    assert execution_key(notebook, inputs=inputs, parameters={"DOC_ID": "000"}) != key
    assert execution_key(notebook, inputs=inputs, parameters={"DOC_ID": "000"}) != \
        execution_key(notebook, inputs=inputs, parameters={"DOC_ID": "001"})
    for changed in (notebook, inputs[0] / "documents.parquet", inputs[1] / "views.py"):
        before = changed.read_bytes()
        changed.write_bytes(before + b" ")
        assert execution_key(notebook, inputs=inputs) != key, changed.name
        changed.write_bytes(before)
    (inputs[0] / "quotations.parquet").write_bytes(b"PAR1")
    assert execution_key(notebook, inputs=inputs) != key, "a new table is an input"


def test_the_runner_itself_is_not_an_input(project):
    notebook, inputs = project
    runner = inputs[1] / "teaching" / "handouts"
    runner.mkdir(parents=True)
    key = execution_key(notebook, inputs=inputs, excluded=(runner,))
    (runner / "export.py").write_text("CSS = 'new'\n")
    assert execution_key(notebook, inputs=inputs, excluded=(runner,)) == key
    assert execution_key(notebook, inputs=inputs, excluded=()) != key


def test_a_stamp_is_current_only_with_its_key_and_its_output(tmp_path):
    stamp, output = tmp_path / "stamps" / "a.key", tmp_path / "a.ipynb"
    assert not is_current(stamp, "k", output)
    record(stamp, "k")
    assert not is_current(stamp, "k", output)
    output.write_text("{}")
    assert is_current(stamp, "k", output) and not is_current(stamp, "other", output)


def test_a_second_run_with_nothing_changed_executes_nothing(project, tmp_path, monkeypatch):
    notebook, inputs = project
    runs = []
    monkeypatch.setattr(papermill, "execute_notebook", lambda source, output, **_: runs.append(output)
                        or open(output, "w").write(json.dumps({"cells": [], "metadata": {}})))
    output, stamp = tmp_path / "out" / "report.ipynb", tmp_path / "stamps" / "report.key"
    options = {"inputs": inputs, "parameters": {"DOC_ID": "000"}}
    assert run_if_changed(notebook, output, stamp, **options)
    assert not run_if_changed(notebook, output, stamp, **options)
    assert run_if_changed(notebook, output, stamp, force=True, **options)
    (inputs[0] / "documents.parquet").write_bytes(b"PAR1 other rows")
    assert run_if_changed(notebook, output, stamp, **options)
    assert len(runs) == 3


def test_a_notebook_executed_in_place_is_current_after_its_run(project, tmp_path, monkeypatch):
    notebook, inputs = project
    monkeypatch.setattr(papermill, "execute_notebook", lambda source, output, **_: open(output, "w").write(
        json.dumps({"cells": [], "metadata": {"executed": True}})))
    stamp = tmp_path / "stamps" / "nb.key"
    assert run_if_changed(notebook, notebook, stamp, inputs=inputs)
    assert not run_if_changed(notebook, notebook, stamp, inputs=inputs)
