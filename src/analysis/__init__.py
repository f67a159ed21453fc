"""Argument analysis of news and opinion texts: sections, sentences, entities and more as tidy tables."""

from analysis.tables.schemas import load_tables

__version__ = "0.1.0"
__all__ = ["load_tables", "__version__"]
