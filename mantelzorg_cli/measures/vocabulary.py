r"""Measures: what an employer offers, found in the text of a paragraph or an item.

The vocabulary is a YAML file (`measures.yaml` in the package, or the user's
own). A pattern is only searched for in a text that holds the plain word it
needs (`thuis` for `\bthuis ?werk\w*`): a substring test is a hundred times
cheaper than a search, and most texts name only a few measures.
"""

import os
import re
from dataclasses import dataclass
from functools import cache, cached_property

_REQUIRED = ("id", "nl", "en", "patterns")


class VocabularyError(ValueError):
    """A vocabulary file that cannot be used; the message says where and why."""


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


def parse_vocabulary(text: str, name: str = "vocabulary", checked: bool = False) -> Vocabulary:
    """A vocabulary from YAML text; VocabularyError names the measure that is wrong.

    `checked`: its patterns are known to compile (the built-in vocabulary's,
    by the tests), so each is compiled when first needed.
    """
    import yaml  # here: only a run that tags reads YAML

    try:  # libyaml's loader when PyYAML has it: ten times faster than the Python one
        entries = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        raise VocabularyError(f"{name}: not YAML ({error})") from None
    if not isinstance(entries, list) or not entries:
        raise VocabularyError(f"{name}: expected a list of measures")
    measures, seen = [], set()
    for number, entry in enumerate(entries, 1):
        where = f"{name}: measure {number}"
        if not isinstance(entry, dict):
            raise VocabularyError(f"{where}: expected a mapping with {', '.join(_REQUIRED)}")
        missing = [key for key in _REQUIRED if not entry.get(key)]
        if missing:
            raise VocabularyError(f"{where}: missing {', '.join(missing)}")
        _check_types(entry, where)
        where = f"{name}: measure {entry['id']!r}"
        if entry["id"] in seen:
            raise VocabularyError(f"{where}: the id is used twice")
        seen.add(entry["id"])
        measures.append(
            Measure(
                id=str(entry["id"]),
                nl=str(entry["nl"]),
                en=str(entry["en"]),
                sections=tuple(entry.get("sections") or ()),
                description=str(entry.get("description") or ""),
                clues=tuple(
                    _clue(pattern, where, checked)
                    for pattern in _pattern_list(entry["patterns"], where)
                ),
                also=_compile(_pattern_list(entry["with"], where), where)
                if entry.get("with")
                else None,
            )
        )
    return Vocabulary(tuple(measures))


def _check_types(entry: dict, where: str) -> None:
    """The scalar keys are text and `sections` a list of text, as the file's readers expect."""
    for key in ("id", "nl", "en", "description"):
        if key in entry and not isinstance(entry[key], (str, int, float)):
            raise VocabularyError(f"{where}: {key} must be text")
    sections = entry.get("sections")
    if sections is not None and not (
        isinstance(sections, list) and all(isinstance(key, str) for key in sections)
    ):
        raise VocabularyError(f"{where}: sections must be a list of section keys")


def _clue(pattern: str, where: str, checked: bool) -> Clue:
    word = _required_text(pattern).lower()
    leading = bool(word) and pattern[:2] == "\\b" and pattern[2 : 2 + len(word)].lower() == word
    clue = Clue(word, pattern, leading)
    if not checked:
        _compile([pattern], where)  # a bad pattern is an error now, before any work
    return clue


def _pattern_list(patterns: object, where: str) -> list[str]:
    if isinstance(patterns, str):
        return [patterns]
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise VocabularyError(f"{where}: patterns must be a list of regular expressions")
    return patterns


def _compile(patterns: list[str], where: str) -> re.Pattern:
    try:
        # One pattern as written, so that an error's position is the writer's.
        joined = "|".join(f"(?:{p})" for p in patterns) if len(patterns) > 1 else patterns[0]
        compiled = re.compile(joined, re.IGNORECASE)
    except re.error as error:
        raise VocabularyError(f"{where}: bad pattern ({error})") from None
    if _repeats_a_repeat(_parsed(joined)):
        raise VocabularyError(
            f"{where}: pattern {joined!r} repeats without bound a part that repeats itself, "
            "like (a+)+: on some texts that takes for ever; bound the outer one, {0,3}"
        )
    return compiled


def _parsed(pattern: str) -> list:
    """`pattern` as the `re` module's parser sees it: (operator, argument) pairs."""
    try:
        from re import _parser  # Python 3.11 and later
    except ImportError:  # Python 3.10
        import sre_parse as _parser
    return list(_parser.parse(pattern, re.IGNORECASE))


def _repeats_a_repeat(items: list, inside_unbounded: bool = False) -> bool:
    r"""Whether an unbounded repeat holds a repeat: the shape that backtracks exponentially.

    `(a+)+` and `(?:\w+\s*)*` are refused; `(?:\w+ ){0,3}`, bounded outside, is not.
    """
    import _sre  # the `re` engine: its MAXREPEAT is what `+` and `*` repeat up to

    for operator, argument in items:
        name, unbounded = str(operator), inside_unbounded
        if name.endswith("_REPEAT"):  # MAX_, MIN_ and POSSESSIVE_REPEAT: (low, high, inner)
            _, high, inner = argument
            if high > 1 and inside_unbounded:
                return True
            groups, unbounded = [inner], inside_unbounded or high >= _sre.MAXREPEAT
        elif name in ("SUBPATTERN", "ASSERT", "ASSERT_NOT"):  # the group is the last part
            groups = [argument[-1]]
        elif name == "BRANCH":
            groups = argument[1]
        else:
            groups = [argument] if name == "ATOMIC_GROUP" else []
        if any(_repeats_a_repeat(group, unbounded) for group in groups):
            return True
    return False


def _required_text(pattern: str) -> str:
    r"""The longest run of plain characters outside groups that `pattern` needs as written.

    `\b[\w-]*beleid\w*` needs "beleid"; `\bfolders?` needs "folder" (the s is
    optional); `a|b` and `(?:a|b)c?` need nothing that can be told this simply: "".
    """
    runs, run, depth, index = [], "", 0, 0
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":  # \b, \w, \.: never part of a run
            runs.append(run)
            run, index = "", index + 2
            continue
        if character == "[":  # a class: skip to its end
            runs.append(run)
            run, index = "", _class_end(pattern, index)
            continue
        if character == "|" and depth == 0:
            return ""
        if character in "?*{" and depth == 0:
            run = run[:-1]  # the character before is optional
        if character == "{":  # {2,3}: a count, not text
            runs.append(run)
            run, index = "", pattern.find("}", index) % (len(pattern) + 1) + 1
            continue
        if character in "()?*+.^$|" or depth > 0:
            depth += (character == "(") - (character == ")")
            runs.append(run)
            run = ""
        else:
            run += character
        index += 1
    return max((text.strip() for text in [*runs, run]), key=len)  # " van " needs "van"


def _class_end(pattern: str, start: int) -> int:
    """The index after the `]` that closes the class opened at `start`."""
    index = start + 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":  # `[]a]`: a first `]` is a member
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index + 1


@cache
def default_vocabulary() -> Vocabulary:
    """The vocabulary that ships with mzextract."""
    # A plain path, not importlib.resources: that costs 10 ms of start-up.
    with open(os.path.join(os.path.dirname(__file__), "measures.yaml"), encoding="utf-8") as file:
        return parse_vocabulary(file.read(), "measures.yaml", checked=True)
