"""Measures: a paragraph's or an item's text in, the ids of the measures it names out.

`model` (a `Vocabulary` of `Measure`s; tagging) ← `loading` (a YAML
vocabulary read and checked) ← `prefilter` (the word each pattern needs);
`measures.yaml` is the built-in vocabulary.
"""

from .loading import VocabularyError, default_vocabulary, parse_vocabulary
from .model import Measure, Vocabulary

__all__ = ["Measure", "Vocabulary", "VocabularyError", "default_vocabulary", "parse_vocabulary"]
