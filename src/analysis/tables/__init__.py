"""Tables layer: records to DataFrames, the table schemas, the build and its cache."""

__all__ = ["load_tables"]


def __getattr__(name: str):
    """Import `load_tables` (and with it pandas) on first use, so that `import analysis` stays light."""
    if name == "load_tables":
        from analysis.tables.schemas import load_tables

        return load_tables
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
