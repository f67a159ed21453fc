"""Corpus layer: the source registry, its validation, raw texts, blocks and sections."""
