"""Views: what the notebooks ask of the tables (per-source summaries, close reading, figures); DataFrames in, DataFrames out."""
