r"""The vocabulary as objects, and tagging: which measures a text names, and on which words.

A `Vocabulary` is a tuple of `Measure`s, each with its `Clue`s (a term, a
pattern, or a `Together` pair: a term of each of two lists in one sentence).
A clue is only tried on a text that holds the plain word it needs (`thuis`
for `\bthuis ?werk\w*`, see `prefilter`): a substring test is a hundred
times cheaper than a search, and most texts name only a few measures.
docs/measures.md says how to write a vocabulary.

The longer word wins: a clue found at the end of a compound (`*brief` in
nieuwsbrief, `*betaald verlof` in onbetaald verlof) does not count where
another measure's clue starts earlier in that word and runs into it; nor
does one inside the words a measure lists under `not:` (roosterbeleid is
not a policy on care).
"""

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ..compiling import compiled
from .index import WordIndex

_NEAR = 200  # characters around a match in which a `not:` term that overlaps it must start
# How `terms` starts a term's pattern: not inside a word (not \b: a word may start with a
# sign), then the term's own word as `head`; a `*word` puts a compound's first part between.
WORD_START, HEAD = r"(?<!\w)", "(?P<head>"

# Where a clue's one word is in every match: at its start, or inside its first word.
AT_WORD, IN_WORD = "at", "in"


@dataclass(frozen=True)
class Clue:
    """One term or pattern, and the plain words of which a text must hold one for it to match."""

    words: tuple[str, ...]  # lower case, or as written (OR); none when it needs nothing simple
    source: str  # the pattern, as written or as made from a term
    anchor: str  # AT_WORD: every match starts with its one word (`\bthuis ?werk`); IN_WORD:
    # the word is in the first word of every match (`*overleg`); "": anywhere, or unknown
    term: str = ""  # the term it was made from, as written in the vocabulary
    others: tuple[tuple[str, ...], ...] = ()  # the text must hold one of each of these too

    def may_match(self, lowered: str) -> bool:
        """Whether `lowered` holds one plain form of each of the clue's other words."""
        for words in self.others:  # (loops, not all() and any(): called 40 times a profile)
            for word in words:
                if word in lowered:
                    break
            else:
                return False
        return True

    def may_be_in(self, present: set[str]) -> bool:
        """Whether a text of which `present` are the plain words may hold a match."""
        return all(not present.isdisjoint(words) for words in (self.words, *self.others) if words)

    def match_at(self, text: str, at: int) -> re.Match | None:
        """A match that starts at `at`."""
        return self.pattern.match(text, at)

    @cached_property
    def headed(self) -> bool:
        """Whether a match may start before the clue's own word (`_own_span`): a `*word`
        term's may (`terms`); one whose own word comes first never does."""
        return "head" in self.pattern.groupindex and not self.source.startswith(WORD_START + HEAD)

    @cached_property
    def pattern(self) -> re.Pattern:
        # On first use: a run on one profile needs a fraction of the patterns.
        return compiled(self.source, re.IGNORECASE)

    def first_match(self, text: str, lowered: str, start: int = 0) -> re.Match | None:
        """The first match in `text` from `start`: tried only where the word is, when that
        is known; much cheaper than a search."""
        if start or not self.anchor or len(lowered) != len(text):  # (lower() may change a
            return self.pattern.search(text, start)  # length: İ)
        (word,) = self.words
        at = lowered.find(word)
        while at >= 0:
            for start in [at] if self.anchor == AT_WORD else _word_starts(text, at):
                match = self.pattern.match(text, start)
                if match:
                    return match
            at = lowered.find(word, at + 1)
        return None


# What no term's match crosses (`terms`): the parts of a text a `Together` is tried in.
_STOPS = ".;!?\n"
_SENTENCE = compiled(f"[^{re.escape(_STOPS)}]+")
# Between the two terms of a `Together`: nor a colon (a heading's), and at most 90 characters.
_BETWEEN = f"[^{re.escape(_STOPS)}:]{{0,90}}?"

Term = tuple[str, tuple[str, ...]]  # a term's pattern, and the words a match of it holds


def together_source(halves: tuple[tuple[Term, ...], ...]) -> str:
    """The pattern of a term of each half, near each other in one sentence, in either order."""
    first, second = ("|".join(source for source, _ in half) for half in halves)
    return f"(?:{first}){_BETWEEN}(?:{second})|(?:{second}){_BETWEEN}(?:{first})"


@dataclass(frozen=True)
class Together(Clue):
    """`together:` a term of each of two lists in one sentence. Its whole pattern (every
    term of both lists, twice) takes 40 ms to compile: a sentence is searched with the
    pattern of only the terms whose words it holds, which is small, and the same: a
    term can only match where its words are."""

    halves: tuple[tuple[Term, ...], ...] = ()  # the two lists' terms

    def first_match(self, text: str, lowered: str, start: int = 0) -> re.Match | None:
        if len(lowered) != len(text):
            return self.pattern.search(text, start)
        for sentence in _SENTENCE.finditer(lowered):
            begin, end = sentence.span()
            if end <= start:
                continue
            pattern = self._of_sentence(text, sentence[0], begin, end)
            match = pattern and pattern.search(text, max(begin, start), end)
            if match:
                return match
        return None

    def match_at(self, text: str, at: int) -> re.Match | None:
        """A match that starts at `at`, tried with the terms of its sentence."""
        begin = max(text.rfind(stop, 0, at) for stop in _STOPS) + 1
        ends = [found for found in (text.find(stop, at) for stop in _STOPS) if found >= 0]
        end = min(ends, default=len(text))
        lowered = _lower(text[begin:end])
        if len(lowered) != end - begin:
            return self.pattern.match(text, at)
        pattern = self._of_sentence(text, lowered, begin, end)
        return pattern.match(text, at, end) if pattern else None

    def _of_sentence(self, text: str, lowered: str, begin: int, end: int) -> re.Pattern | None:
        """The pattern of the terms that may match in this sentence; None if a half has none."""
        kept = tuple(
            tuple(
                (source, words)
                for source, words in half
                if not words
                or any(word in (lowered if word.islower() else text[begin:end]) for word in words)
            )
            for half in self.halves
        )
        if not all(kept):
            return None
        # Not kept between runs (`compiled`): a pattern of one sentence's words would make
        # the store grow with every profile read. re caches it for this run.
        return re.compile(together_source(kept), re.IGNORECASE)


def _word_starts(text: str, at: int) -> list[int]:
    """Where a word holding position `at` may start: every start of a run of letters
    in the same stretch without a space (R&O-gesprek: at R, at O, at g)."""
    start = at
    while start and not text[start - 1].isspace():
        start -= 1
    if start == at:  # (most often)
        return [at]
    return [start, *(i for i in range(start + 1, at + 1) if not _is_letter(text[i - 1]))]


def _is_letter(character: str) -> bool:
    return character.isalnum() or character == "_"  # what \w matches


@dataclass(frozen=True, eq=False)  # hashed by identity: looked up in every tag()
class Measure:
    """One entry of the vocabulary: its id and names, and the clues that find it."""

    id: str
    nl: str
    en: str
    sections: tuple[str, ...]
    description: str
    clues: tuple[Clue, ...]  # its terms and patterns; any one is enough
    with_clues: tuple[Clue, ...] = ()  # `with:` in the file: one of these must match as well
    exceptions: tuple[Clue, ...] = ()  # `not:` in the file: words in which a clue does not count

    def also_in(
        self, text: str, lowered: str, words: AbstractSet[str] | None = None
    ) -> re.Match | bool:
        """True without `with:`; else the match of its patterns as one alternation would
        find it (the leftmost; at one place, the first pattern's), or None. Each is tried
        only if the text holds its word (`words`: the plain words the index found in it):
        one pattern of them all cost 20 µs a search. Without `words`, each is searched for."""
        if not self.with_clues:
            return True
        first = None
        for clue in self.with_clues:
            if words is None:
                match = clue.pattern.search(text)
            elif clue.words and words.isdisjoint(clue.words):
                continue
            else:
                match = clue.first_match(text, lowered)
            if match and (first is None or match.start() < first.start()):
                first = match
        return first

    def exceptions_in(self, present: set[str] | None) -> tuple[Clue, ...]:
        """The `not:` clues a text of which `present` are the plain words may hold
        (all of them when that is not known)."""
        if present is None or not self.exceptions:
            return self.exceptions
        return tuple(exception for exception in self.exceptions if exception.may_be_in(present))


def excepted(match: re.Match, exceptions: tuple[Clue, ...]) -> bool:
    """Whether the words `match` found are part of the words of one of `exceptions`."""
    # Words that overlap the match lie near it: search only there.
    near = (max(0, match.start() - _NEAR), match.end() + _NEAR)
    return any(
        other.start() < match.end() and match.start() < other.end()
        for exception in exceptions
        for other in exception.pattern.finditer(match.string, *near)
    )


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

    `hits_all` finds the words of each text in one pass, then tries only
    the clues whose word is there.
    """

    def __init__(self, measures: tuple[Measure, ...]) -> None:
        self.measures = measures
        self._place = {measure: place for place, measure in enumerate(measures)}
        # word -> [(place in the vocabulary, measure, clue)]; "" for clues that need none
        self._by_word: dict[str, list[tuple[int, Measure, Clue]]] = {}
        place = 0
        for measure in measures:
            for clue in measure.clues:
                for word in clue.words or ("",):
                    self._by_word.setdefault(word, []).append((place, measure, clue))
                place += 1
        other_words = {  # of `not:` (`_ExceptionsOf`) and `with:` (`Measure.also_in`)
            word
            for measure in measures
            for exception in measure.exceptions
            for words in (exception.words, *exception.others)
            for word in words
        } | {word for measure in measures for clue in measure.with_clues for word in clue.words}
        self._index = WordIndex(sorted({word for word in self._by_word if word} | other_words))

    def tag(self, text: str) -> list[str]:
        """The ids of the measures that `text` names, in vocabulary order."""
        return self.tag_all([text])[0]

    def tag_all(self, texts: list[str]) -> list[list[str]]:
        """`tag` of each text (a profile's, for the `not:` words it holds)."""
        return [[found.measure.id for found in text] for text in self._found_all(texts, False)]

    def hits_all(self, texts: list[str], every_clue: bool = False) -> list[list[Hit]]:
        """For each text, the first hit of each measure it names, in vocabulary order.

        Each text's words are found in one pass (`index`). `every_clue`: try
        every clue on every text (what the word test must never change).
        """
        return [list(map(_hit, text)) for text in self._found_all(texts, every_clue)]

    def _found_all(self, texts: list[str], every_clue: bool) -> list[list["_Found"]]:
        lowered = [_lower(text) for text in texts]
        held: list[set[str] | None]  # each text's plain words; None: not looked for
        if every_clue:
            held, present = [None] * len(texts), None
        else:
            held = [self._index.words_in(*text) for text in zip(lowered, texts, strict=True)]
            present = set().union(*held)
        clues_of: list[dict[int, tuple[Measure, Clue]]] = []
        for words in held:
            clues = {}
            # "": the clues that need no word; a word of `not:` or `with:` alone has none
            for word in (*(self._by_word if words is None else words), ""):
                for place, measure, clue in self._by_word.get(word, ()):
                    clues[place] = (measure, clue)
            clues_of.append(clues)
        exceptions = _ExceptionsOf(present)
        return [
            self._hits(text, lower, words, [clues[place] for place in sorted(clues)], exceptions)
            for text, lower, words, clues in zip(texts, lowered, held, clues_of, strict=True)
        ]

    def _hits(
        self,
        text: str,
        lowered: str,
        words: AbstractSet[str] | None,
        candidates: list[tuple[Measure, Clue]],
        exceptions: "_ExceptionsOf",
    ) -> list["_Found"]:
        """The first hit of each measure among `candidates` (in vocabulary order);
        without the text's `words` known, each clue is searched for, none tried
        only where its word is."""
        searched = words is None
        found: dict[Measure, _Found] = {}
        for measure, clue in candidates:
            if measure in found:
                continue
            if searched:
                match = clue.pattern.search(text)
            elif clue.others and not clue.may_match(lowered):
                continue
            else:
                match = clue.first_match(text, lowered)
            if not match:  # (most candidates: their word is there, not their pattern)
                continue
            not_in = exceptions[measure]
            while match and (
                (clue.headed and _inside_a_longer_word(match, measure, candidates))
                or (not_in and excepted(match, not_in))
            ):
                match = clue.first_match(text, lowered, match.start() + 1)  # (overlapping too)
            also = match and measure.also_in(text, lowered, words)
            if also:
                found[measure] = _Found(measure, clue, match, also)
        if len(found) < 2:
            return list(found.values())
        return sorted(found.values(), key=lambda hit: self._place[hit.measure])


class _Found(NamedTuple):
    """A hit as found: made into a `Hit` only for those who ask (explain), not to tag."""

    measure: Measure
    clue: Clue
    match: re.Match
    also: re.Match | bool  # True: the measure has no `with:`


def _hit(found: _Found) -> Hit:
    measure, clue, match, also = found
    return Hit(
        measure.id,
        match[0],
        match.start(),
        clue.term or clue.source,
        "" if also is True else also[0],
    )


class _ExceptionsOf(dict):
    """measure -> the `not:` clues of it that a profile's words allow, worked out
    once a profile, when first asked for: most measures have none that can match."""

    def __init__(self, present: set[str] | None) -> None:
        super().__init__()
        self.present = present

    def __missing__(self, measure: Measure) -> tuple[Clue, ...]:
        exceptions = self[measure] = measure.exceptions_in(self.present)
        return exceptions


def _lower(text: str) -> str:
    """`text` in lower case, as the words a clue needs are written: İ lowers to i and a
    combining dot (İzin, izin), which is dropped. A length that changes so makes a
    clue search rather than try at a word's place (`Clue.first_match`)."""
    return text.lower().replace("\u0307", "")


def _inside_a_longer_word(match: re.Match, measure: Measure, candidates: list) -> bool:
    """Whether another measure's clue starts earlier in the matched word and runs into it.
    (Asked of a clue with a head: only its matches may start before their own word.)"""
    own_start = match.start("head")
    if own_start <= match.start():  # not found at the end of a compound (or -1: no head)
        return False
    for other, clue in candidates:
        if other is not measure:
            longer = clue.match_at(match.string, match.start())
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
