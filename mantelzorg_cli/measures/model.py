r"""The vocabulary as objects, and tagging: which measures a text names.

A `Vocabulary` is a tuple of `Measure`s, each with its `Clue`s (patterns).
A pattern is only searched for in a text that holds the plain word it needs
(`thuis` for `\bthuis ?werk\w*`, see `prefilter`): a substring test is a
hundred times cheaper than a search, and most texts name only a few
measures. docs/measures.md says how to write a vocabulary.
"""

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Clue:
    """One pattern, and the plain word that a text must hold for it to match."""

    word: str  # lowercased; "" when the pattern needs nothing that can be told simply
    source: str  # the pattern as written
    leading: bool  # it starts with the word (`\bthuis ?werk`): try it only where the word is

    @cached_property
    def pattern(self) -> re.Pattern:
        # On first use: a run on one profile needs a fraction of the patterns.
        return re.compile(self.source, re.IGNORECASE)

    def matches(self, text: str, lowered: str) -> bool:
        if not self.leading or len(lowered) != len(text):  # (lower() may change a length: İ)
            return self.pattern.search(text) is not None
        start = lowered.find(self.word)
        while start >= 0:  # a match at the word's place: much cheaper than a search
            if self.pattern.match(text, start):
                return True
            start = lowered.find(self.word, start + 1)
        return False


@dataclass(frozen=True, eq=False)  # hashed by identity: looked up in every tag()
class Measure:
    """One entry of the vocabulary: its id and names, and the patterns that find it."""

    id: str
    nl: str
    en: str
    sections: tuple[str, ...]
    description: str
    clues: tuple[Clue, ...]  # its patterns; any one is enough
    also: re.Pattern | None  # `with:` in the file: one of these must match as well

    def found_in(self, text: str) -> bool:
        """Any pattern, searched without looking for words first."""
        return any(clue.pattern.search(text) for clue in self.clues) and self.also_in(text)

    def also_in(self, text: str) -> bool:
        return self.also is None or self.also.search(text) is not None


class Vocabulary:
    """The measures in the order a record lists them, indexed by the word each pattern needs.

    `tag_all` looks for every word once in all of a profile's texts, then
    tries only the patterns whose word is there.
    """

    def __init__(self, measures: tuple[Measure, ...]) -> None:
        self.measures = measures
        self._by_word: dict[str, list[tuple[Measure, Clue]]] = {}
        for measure in measures:
            for clue in measure.clues:
                self._by_word.setdefault(clue.word, []).append((measure, clue))

    def tag(self, text: str) -> list[str]:
        """The ids of the measures that `text` names, in vocabulary order."""
        return self.tag_all([text])[0]

    def tag_all(self, texts: list[str]) -> list[list[str]]:
        """`tag` of each text; the words of all of them are looked for at once."""
        whole = "\n".join(texts).lower()
        present = [(word, clues) for word, clues in self._by_word.items() if word in whole]
        return [self._tag(text, present) for text in texts]

    def _tag(self, text: str, present: list[tuple[str, list]]) -> list[str]:
        lowered = text.lower()
        found: set[Measure] = set()
        for word, clues in present:
            if word in lowered:  # "" is in every text
                for measure, clue in clues:
                    if (
                        measure not in found
                        and clue.matches(text, lowered)
                        and measure.also_in(text)
                    ):
                        found.add(measure)
        return [measure.id for measure in self.measures if measure in found]
