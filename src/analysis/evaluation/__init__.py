"""Evaluation: gold sets and the scores of the extractors against them."""
