"""Loading a YAML vocabulary, and refusing one that cannot be used.

Each measure needs `id`, `nl`, `en` and `terms`, `patterns` or `together` (or
more); `sections`, `description`, `with` and `not` are optional
(docs/measures.md). A file
with a wrong type, a twice-used id, a term with an empty word, a pattern
that does not compile or one that could backtrack for ever (`(a+)+`) is
refused with a `VocabularyError` that names the measure, before any input is
read.
"""

import unicodedata
from collections.abc import Hashable
from functools import cache

from ..compiling import compiled
from .model import AT_WORD, Clue, Measure, Together, Vocabulary, together_source
from .prefilter import required_word
from .safety import problem
from .terms import any_match_holds, term_pattern

_REQUIRED = ("id", "nl", "en")
_CLUES = ("terms", "patterns", "together")
_KEYS = "id, nl, en and terms, patterns or together"
_KNOWN = (
    *("id", "nl", "en", "sections", "description"),
    *("terms", "patterns", "together", "with", "not"),
)

_ID = compiled(r"[a-z][a-z0-9_]*")


class VocabularyError(ValueError):
    """A vocabulary file that cannot be used; the message says where and why."""


def parse_vocabulary(text: str, name: str = "vocabulary", checked: bool = False) -> Vocabulary:
    """A vocabulary from YAML text; VocabularyError names the measure that is wrong.

    `checked`: its patterns are known to compile (the built-in vocabulary's,
    by the tests), so each is compiled when first needed.
    """
    import yaml

    # As the profiles' text is (reading.text.normalise): an accent typed as a combining
    # mark must match the same letter written whole.
    text = unicodedata.normalize("NFC", text)
    try:
        entries = yaml.load(text, Loader=_loader(checked))
    except _KeyTwice as twice:
        raise VocabularyError(f"{name}: line {twice.line}: {twice.key} twice") from None
    except yaml.YAMLError as error:
        raise VocabularyError(f"{name}: {_yaml_problem(error)}") from None
    if not isinstance(entries, list) or not entries:
        raise VocabularyError(f"{name}: expected a list of measures")
    measures, seen = [], set()
    for number, entry in enumerate(entries, 1):
        where = f"{name}: measure {number}"
        if not isinstance(entry, dict):
            raise VocabularyError(f"{where}: expected a mapping with {_KEYS}")
        missing = [
            key
            for key in _REQUIRED
            if entry.get(key) is None or (isinstance(entry[key], str) and not entry[key].strip())
        ]
        if not any(entry.get(key) for key in _CLUES):
            missing.append(" or ".join(_CLUES))
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
                clues=(
                    *(_term(term, where, checked) for term in _list(entry, "terms", where)),
                    *(_clue(regex, where, checked) for regex in _list(entry, "patterns", where)),
                    *(_together(pair, where, checked) for pair in _pairs(entry, where)),
                ),
                with_clues=tuple(
                    _clue(regex, where, checked) for regex in _list(entry, "with", where)
                ),
                exceptions=tuple(
                    _term(term, where, checked, head=False) for term in _list(entry, "not", where)
                ),
            )
        )
    return Vocabulary(tuple(measures))


class _KeyTwice(Exception):
    def __init__(self, key: object, line: int) -> None:
        self.key, self.line = key, line


def _loader(checked: bool):
    """libyaml's safe loader when PyYAML has it (ten times faster than the Python one);
    for a user's file, one that refuses a key given twice, which YAML would let the
    second silently replace."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    if checked:
        return base

    class Loader(base):
        def construct_mapping(self, node, deep=False):
            seen = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if not isinstance(key, Hashable):
                    continue  # the base refuses it: "found unhashable key"
                if key in seen:
                    raise _KeyTwice(key, key_node.start_mark.line + 1)
                seen.add(key)
            return super().construct_mapping(node, deep)

    return Loader


def _yaml_problem(error: Exception) -> str:
    """PyYAML's error in one line: where, and what (its own runs over several)."""
    mark, problem = getattr(error, "problem_mark", None), getattr(error, "problem", None)
    if mark is None or problem is None:
        return "not YAML (" + " ".join(str(error).split()) + ")"
    return f"line {mark.line + 1}, column {mark.column + 1}: not YAML: {problem}"


def _check_types(entry: dict, where: str) -> None:
    """The keys are known, the scalar ones text and `sections` a list of text, as the
    file's readers expect; an id is a name a CSV column and a shell can carry."""
    unknown = sorted(str(key) for key in entry if key not in _KNOWN)
    if unknown:
        raise VocabularyError(
            f"{where}: unknown key {', '.join(unknown)} (known: {', '.join(_KNOWN)})"
        )
    for key in ("id", "nl", "en", "description"):
        if key in entry and not isinstance(entry[key], str):
            raise VocabularyError(
                f"{where}: {key} must be text; YAML reads yes, no, 010 or 1.5 otherwise: quote it"
            )
    if not _ID.fullmatch(entry["id"]):
        raise VocabularyError(
            f"{where}: id {entry['id']!r} must be lower-case letters, digits and _, "
            "starting with a letter (flexible_hours)"
        )
    sections = entry.get("sections")
    if sections is not None and not (
        isinstance(sections, list) and all(isinstance(key, str) for key in sections)
    ):
        raise VocabularyError(f"{where}: sections must be a list of section keys")


def _clue(pattern: str, where: str, checked: bool) -> Clue:
    word, leading = required_word(pattern)
    clue = Clue((word,) if word else (), pattern, AT_WORD if leading else "")
    if not checked:
        _check(pattern, where)  # a bad pattern is an error now, before any work
    return clue


def _term(term: str, where: str, checked: bool, head: bool = True) -> Clue:
    try:
        pattern, words, anchor, others = term_pattern(term, head)
    except ValueError as error:
        raise VocabularyError(f"{where}: {error}") from None
    if not checked:
        _check(pattern, where)
    return Clue(words, pattern, anchor, term, others)


def _together(pair: list[list[str]], where: str, checked: bool) -> Clue:
    """A term of each list in one sentence, in either order: one clue, tried on a text
    that holds a word of each list."""
    try:
        made = [[term_pattern(term, head=False) for term in side] for side in pair]
    except ValueError as error:
        raise VocabularyError(f"{where}: together: {error}") from None
    # Each term with the words every match of it holds (which may be short: `Together`).
    halves = tuple(
        tuple((pattern[0], any_match_holds(term)) for pattern, term in zip(*side, strict=True))
        for side in zip(made, pair, strict=True)
    )
    source = together_source(halves)
    if not checked:  # each term as if alone (one that matches no text is refused), then all
        for pattern, _ in (term for half in halves for term in half):
            _check(pattern, where)
        _check(source, where)
    # A side whose every term needs a word worth a first test needs one of all their words.
    needs = [
        tuple(sorted({word for term in side for word in term[1]}))
        if all(term[1] for term in side)
        else ()
        for side in made
    ]
    described = " + ".join("/".join(side) for side in pair)
    # The other side's words are tested in the lowered text: not an abbreviation's (OR).
    others = tuple(words for words in needs[1:] if words and all(w.islower() for w in words))
    return Together(needs[0], source, "", f"together: {described}", others, halves)


def _pairs(entry: dict, where: str) -> list[list[list[str]]]:
    """The entries of `together`: each two lists of terms."""
    pairs = entry.get("together")
    if pairs is None:
        return []
    if pairs == []:
        raise VocabularyError(f"{where}: together is empty; leave it out")
    shaped = isinstance(pairs, list) and all(
        isinstance(pair, list)
        and len(pair) == 2
        and all(
            isinstance(side, list) and side and all(isinstance(t, str) for t in side)
            for side in pair
        )
        for pair in pairs
    )
    if not shaped:
        raise VocabularyError(f"{where}: together must be a list of pairs of lists of terms")
    return pairs


def _check(pattern: str, where: str) -> None:
    """A pattern that cannot be used (`safety`) is a VocabularyError, now, before any work."""
    reason = problem(pattern)
    if reason:
        raise VocabularyError(f"{where}: {reason}")


def _list(entry: dict, key: str, where: str) -> list[str]:
    """The terms, patterns, `with` patterns or `not` terms of an entry: one text, or a list."""
    if key in entry and entry[key] in ([], "", None):
        raise VocabularyError(f"{where}: {key} is empty; leave it out")
    values = entry.get(key) or []
    if isinstance(values, str):
        return [values]
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        what = "words" if key in ("terms", "not") else "regular expressions"
        raise VocabularyError(f"{where}: {key} must be a list of {what}")
    return values


@cache
def default_vocabulary() -> Vocabulary:
    """The vocabulary that ships with mzextract: frozen (`frozen`), unless the YAML was
    edited since."""
    from . import frozen

    # A plain path, not importlib.resources: that costs 10 ms of start-up.
    with open(frozen.SOURCE, "rb") as file:
        source = file.read()
    return frozen.thawed(source) or parse_vocabulary(
        source.decode("utf-8"), "measures.yaml", checked=True
    )
