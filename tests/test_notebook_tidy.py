"""Executed notebooks lose volatile metadata and keep what readers and nbval need."""

from __future__ import annotations

from analysis.notebook_tidy import tidy


def test_tidy_drops_timestamps_durations_and_versions_but_keeps_tags_and_outputs():
    notebook = {
        "metadata": {"papermill": {"start_time": "2026-01-01", "duration": 3.2},
                     "language_info": {"name": "python", "version": "3.11.7"},
                     "kernelspec": {"name": "python3"}},
        "cells": [
            {"cell_type": "code", "id": "a1b2", "metadata": {"tags": ["parameters"], "papermill": {"duration": 1.0},
                                                             "execution": {"iopub.status.busy": "2026"}},
             "outputs": [{"output_type": "stream", "text": "hi"}], "execution_count": 1, "source": "x = 1"},
        ],
    }
    tidied = tidy(notebook)
    assert tidied["metadata"] == {"language_info": {"name": "python"}, "kernelspec": {"name": "python3"}}
    cell = tidied["cells"][0]
    assert cell["metadata"] == {"tags": ["parameters"]}
    assert cell["id"] == "cell-00"
    assert cell["outputs"] == [{"output_type": "stream", "text": "hi"}] and cell["execution_count"] == 1
