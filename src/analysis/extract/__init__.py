"""Extractors: a parsed `Doc` in, typed records out (quotations, framing codes, argument markers, naming)."""
