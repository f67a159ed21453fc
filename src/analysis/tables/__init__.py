"""Tables layer: records to DataFrames, the table schemas, the build and its cache."""

from analysis.tables.schemas import load_tables

__all__ = ["load_tables"]
