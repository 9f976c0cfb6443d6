"""Measures: a paragraph's or an item's text in, the ids of the measures it names out,
with the words that showed each.

`loading` reads a YAML vocabulary (`measures.yaml` is the built-in one) and
checks it, refusing with `safety` patterns that could take for ever, making
each term a pattern with `terms` and finding the word a written pattern
needs with `prefilter`; `model` holds the `Vocabulary` of `Measure`s and
their `Clue`s and tags, with `index` telling which of the vocabulary's plain
words each text holds (a clue's pattern is compiled on first use, by `..compiling`).
"""

from .loading import VocabularyError, default_vocabulary, parse_vocabulary
from .model import Measure, Vocabulary

__all__ = ["Measure", "Vocabulary", "VocabularyError", "default_vocabulary", "parse_vocabulary"]
