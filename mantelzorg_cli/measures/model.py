r"""The vocabulary as objects, and tagging: which measures a text names, and on which words.

A `Vocabulary` is a tuple of `Measure`s, each with its `Clue`s (a term or a
pattern). A clue is only tried on a text that holds the plain word it needs
(`thuis` for `\bthuis ?werk\w*`, see `prefilter`): a substring test is a
hundred times cheaper than a search, and most texts name only a few
measures. docs/measures.md says how to write a vocabulary.

The longer word wins: a clue found at the end of a compound (`*brief` in
nieuwsbrief, `*betaald verlof` in onbetaald verlof) does not count where
another measure's clue starts earlier in that word and runs into it.
"""

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Clue:
    """One term or pattern, and the plain word that a text must hold for it to match."""

    word: str  # lowercased; "" when the pattern needs nothing that can be told simply
    source: str  # the pattern, as written or as made from a term
    leading: bool  # it starts with the word (`\bthuis ?werk`): try it only where the word is
    term: str = ""  # the term it was made from, as written in the vocabulary

    @cached_property
    def pattern(self) -> re.Pattern:
        # On first use: a run on one profile needs a fraction of the patterns.
        return re.compile(self.source, re.IGNORECASE)

    def first_match(self, text: str, lowered: str) -> re.Match | None:
        if not self.leading or len(lowered) != len(text):  # (lower() may change a length: İ)
            return self.pattern.search(text)
        start = lowered.find(self.word)
        while start >= 0:  # a match at the word's place: much cheaper than a search
            match = self.pattern.match(text, start)
            if match:
                return match
            start = lowered.find(self.word, start + 1)
        return None


@dataclass(frozen=True, eq=False)  # hashed by identity: looked up in every tag()
class Measure:
    """One entry of the vocabulary: its id and names, and the clues that find it."""

    id: str
    nl: str
    en: str
    sections: tuple[str, ...]
    description: str
    clues: tuple[Clue, ...]  # its terms and patterns; any one is enough
    also: re.Pattern | None  # `with:` in the file: one of these must match as well

    def also_in(self, text: str) -> re.Match | bool:
        """True without `with:`; else the match of one of its patterns, or None."""
        return True if self.also is None else self.also.search(text)


@dataclass(frozen=True)
class Hit:
    """A measure found in a text: the words that showed it, and the clue that matched."""

    measure: str
    words: str
    start: int
    clue: str  # the term or pattern as written in the vocabulary
    also: str = ""  # the words a `with:` pattern matched, if the measure has one


class Vocabulary:
    """The measures in the order a record lists them, indexed by the word each clue needs.

    `hits_all` looks for every word once in all of a profile's texts, then
    tries only the clues whose word is there.
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
        return [[hit.measure for hit in hits] for hits in self.hits_all(texts)]

    def hits_all(self, texts: list[str], every_clue: bool = False) -> list[list["Hit"]]:
        """For each text, the first hit of each measure it names, in vocabulary order.

        `every_clue`: try every clue, not only those whose word a text holds
        (what the word test must never change).
        """
        whole = "\n".join(texts).lower()
        present = [
            (word, clues) for word, clues in self._by_word.items() if every_clue or word in whole
        ]
        return [self._hits(text, present, every_clue) for text in texts]

    def _hits(self, text: str, present: list[tuple[str, list]], every_clue: bool) -> list[Hit]:
        lowered = text.lower()
        candidates = [
            (measure, clue)
            for word, clues in present
            if every_clue or word in lowered  # "" is in every text
            for measure, clue in clues
        ]
        found: dict[Measure, Hit] = {}
        for measure, clue in candidates:
            if measure in found:
                continue
            match = clue.first_match(text, lowered)
            while match and _inside_a_longer_word(match, measure, candidates):
                match = clue.pattern.search(text, match.start() + 1)  # (overlapping too)
            also = match and measure.also_in(text)
            if also:
                with_words = "" if also is True else also[0]
                clue_text = clue.term or clue.source
                found[measure] = Hit(measure.id, match[0], match.start(), clue_text, with_words)
        return [found[measure] for measure in self.measures if measure in found]


def _inside_a_longer_word(match: re.Match, measure: Measure, candidates: list) -> bool:
    """Whether another measure's clue starts earlier in the matched word and runs into it."""
    own_start = _own_span(match)[0]
    if own_start == match.start():  # not found at the end of a compound
        return False
    for other, clue in candidates:
        if other is not measure:
            longer = clue.pattern.match(match.string, match.start())
            if longer:
                start, end = _own_span(longer)
                if start < own_start < end:
                    return True
    return False


def _own_span(match: re.Match) -> tuple[int, int]:
    """Where a clue's own first word is: without the compound in front, or anything after."""
    if "head" in match.re.groupindex and match.start("head") >= 0:
        return match.span("head")
    return match.span()
