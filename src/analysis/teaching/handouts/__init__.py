"""Seminar handouts: notebooks executed when their inputs change, exported print-ready (A4) to HTML,
with an index page.

Command line (run by `make notebooks`, `make reports` and `make html`)::

    python -m analysis.teaching.handouts execute [--force] NOTEBOOK...
    python -m analysis.teaching.handouts profiles [--force] --out DIR DOC_ID...
    python -m analysis.teaching.handouts export --out DIR [--keep-code NOTEBOOK]... NOTEBOOK...
"""

from analysis.teaching.handouts.export import export_handouts, export_notebook
from analysis.teaching.handouts.index import handout_title, notebook_summary, write_index

__all__ = ["export_handouts", "export_notebook", "handout_title", "notebook_summary", "write_index"]
