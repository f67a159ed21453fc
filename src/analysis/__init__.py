"""Argument analysis of news and opinion texts: sections, sentences, entities and more as tidy tables."""

__version__ = "0.1.0"
__all__ = ["load_tables", "__version__"]


def __getattr__(name: str):
    """Import `load_tables` (and with it pandas) on first use, so that `import analysis` stays light."""
    if name == "load_tables":
        from analysis.tables.schemas import load_tables

        return load_tables
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
