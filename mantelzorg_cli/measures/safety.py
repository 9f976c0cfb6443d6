"""Patterns a user's vocabulary may not have: ones that do not compile, that match
where there is no text, or that a search could spend for ever on (catastrophic
backtracking). Python's `re` cannot be stopped mid-search, so they are refused
before any input is read.
"""

import re
from _sre import MAXREPEAT  # the `re` engine's: what `+` and `*` repeat up to

_SMALL_BOUND = 3  # a repeat bounded by more is treated as unbounded: (a+){1,30}
_PROBES = ("", "zorg", "Zorg en werk.")  # a pattern that finds nothing in one of them


def problem(pattern: str) -> str | None:
    """Why `pattern` cannot be used, or None: it does not compile, matches where there
    is no text, or could take for ever on some texts."""
    if not pattern:
        return "an empty pattern matches every text"
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError) as error:  # a{99999999999}: Overflow
        return f"bad pattern ({error})"
    parsed = _parsed(pattern)  # once: a long pattern takes a while
    # The parser's shortest match; the probes catch what it cannot see through (\b).
    empty = parsed.getwidth()[0] == 0
    if empty or any((found := compiled.search(probe)) and not found[0] for probe in _PROBES):
        return (
            f"pattern '{pattern}' can match where there is no text (like \\b or a*): "
            "it would tag nearly every text"
        )
    if _wildcards(parsed) > 1:
        return (
            f"pattern '{pattern}' has more than one .* or .+: a search tries every way "
            "to share a text between them; bound them, .{0,60}"
        )
    if _repeats_a_repeat(parsed):
        return (
            f"pattern '{pattern}' repeats without bound a part that repeats itself "
            "or offers a choice, like (a+)+ or (a|ab)*: on some texts that takes for ever; "
            "bound the outer one, {0,3}"
        )
    return None


def _parsed(pattern: str):
    """`pattern` as the `re` module's parser sees it: (operator, argument) pairs, and
    `getwidth()`, the shortest and longest text it can match."""
    try:
        from re import _parser  # Python 3.11 and later
    except ImportError:  # Python 3.10
        import sre_parse as _parser
    return _parser.parse(pattern, re.IGNORECASE)


def _repeats_a_repeat(items: list, inside_unbounded: bool = False) -> bool:
    r"""Whether a repeat without a small bound holds a repeat or a choice: the shapes
    that backtrack exponentially on some texts.

    `(a+)+`, `(a+){1,30}`, `(a|a)*` and `(?:\w+\s*)*` are refused; `(?:\w+ ){0,3}`
    and `(?:en|of) ` are not.
    """
    for operator, argument in items:
        name, unbounded = str(operator), inside_unbounded
        if name.endswith("_REPEAT"):  # MAX_, MIN_ and POSSESSIVE_REPEAT: (low, high, inner)
            _, high, inner = argument
            if high > 1 and inside_unbounded:
                return True
            if _split_one_way(list(inner)):  # (?:\w+ ){0,8}: each word ends at its space
                continue
            groups = [inner]
            unbounded = inside_unbounded or high >= MAXREPEAT or high > _SMALL_BOUND
        elif name in ("SUBPATTERN", "ASSERT", "ASSERT_NOT"):  # the group is the last part
            groups = [argument[-1]]
        elif name == "BRANCH":
            if inside_unbounded:  # (a|ab)*: the text can be split between them many ways
                return True
            groups = argument[1]
        else:
            groups = [argument] if name == "ATOMIC_GROUP" else []
        if any(_repeats_a_repeat(group, unbounded) for group in groups):
            return True
    return False


def _wildcards(items: list) -> int:
    """How many unbounded repeats of any character (`.*`, `.+`) `items` holds."""
    count = 0
    for operator, argument in items:
        name = str(operator)
        if name.endswith("_REPEAT"):
            _, high, inner = argument
            inner = list(inner)
            if high >= MAXREPEAT and len(inner) == 1 and str(inner[0][0]) == "ANY":
                count += 1
            else:
                count += _wildcards(inner)
        elif name in ("SUBPATTERN", "ASSERT", "ASSERT_NOT"):
            count += _wildcards(list(argument[-1]))
        elif name == "BRANCH":
            count += max((_wildcards(list(branch)) for branch in argument[1]), default=0)
    return count


# The classes a word or its separator are made of, and the ones they exclude.
_APART = {
    ("CATEGORY_WORD", "CATEGORY_NOT_WORD"),
    ("CATEGORY_NOT_SPACE", "CATEGORY_SPACE"),
}


def _split_one_way(items: list) -> bool:
    r"""Whether `items` is a run of one class and then a separator that class cannot
    hold (`\w+ `, `\S+ `, `\w+\W+`): a text can be cut into such parts one way only."""
    if len(items) != 2 or not str(items[0][0]).endswith("_REPEAT"):
        return False
    word = _category(items[0][1][2])
    separator = items[1]
    if str(separator[0]).endswith("_REPEAT") and separator[1][0] >= 1:
        return (word, _category(separator[1][2])) in _APART
    if str(separator[0]) == "LITERAL":
        return word in ("CATEGORY_WORD", "CATEGORY_NOT_SPACE") and chr(separator[1]).isspace()
    return False


def _category(items) -> str:
    r"""The category a one-class part is made of (\w, \S, …), or ""."""
    items = list(items)
    if len(items) == 1 and str(items[0][0]) == "IN" and len(items[0][1]) == 1:
        kind, value = items[0][1][0]
        return str(value) if str(kind) == "CATEGORY" else ""
    return ""
