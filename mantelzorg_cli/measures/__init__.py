"""Measures: what employers offer, found in a paragraph's or item's text.

`vocabulary` holds the model (a `Vocabulary` of `Measure`s with their
patterns), tagging, and loading and checking a YAML vocabulary;
`measures.yaml` is the built-in one.
"""
