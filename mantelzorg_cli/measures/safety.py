"""Patterns a user's vocabulary may not have: ones that do not compile, that match
where there is no text, or that a search could spend for ever on (catastrophic
backtracking). Python's `re` cannot be stopped mid-search, so they are refused
before any input is read.
"""

import re
import warnings
from _sre import MAXREPEAT  # the `re` engine's: what `+` and `*` repeat up to

_BACKTRACKING = ("MAX_REPEAT", "MIN_REPEAT")  # repeats that give back (not possessive)
_SMALL_BOUND = 3  # a repeat bounded by more is treated as unbounded: (a+){1,30}
_PROBES = ("", "zorg", "Zorg en werk.")  # a pattern that finds nothing in one of them


def problem(pattern: str) -> str | None:
    """Why `pattern` cannot be used, or None: it does not compile, matches where there
    is no text, or could take for ever on some texts."""
    with warnings.catch_warnings():  # re's "possible nested set" ([[): no concern of ours
        warnings.simplefilter("ignore")
        return _problem(pattern)


def _problem(pattern: str) -> str | None:
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
    if _shared_between_repeats(list(parsed)):
        return (
            f"pattern '{pattern}' has parts side by side that repeat and can match the same "
            "characters, like \\w*\\w* or .*\\w+: a text can be shared between them in many "
            "ways, and on some texts that takes for ever; put something they cannot match "
            "between them, or bound one, {0,3}"
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


def _split_one_way(items: list) -> bool:
    r"""Whether `items` is a run of one class and then a part that class cannot hold
    (`\w+ `, `\S+ `, `\w+\W+`, `['’&-]+\w+`): a text can be cut into such parts
    one way only."""
    if len(items) != 2 or str(items[0][0]) not in _BACKTRACKING:
        return False
    run = _characters(list(items[0][1][2]))
    after = items[1]
    if str(after[0]) in _BACKTRACKING:
        if after[1][0] < 1:
            return False
        after = list(after[1][2])
    else:
        after = [after]
    following = _characters(after)
    return run is not None and following is not None and not run & following


# Characters a one-character part is tried on, to tell whether two parts overlap.
_PROBE_CHARACTERS = "aAzZéß09_ \t\n.,;:!?-'’\"@#/&()€+*="


def _shared_between_repeats(items: list) -> bool:
    r"""Whether two repeats without a small bound stand side by side, or with only parts
    that may match nothing between them, and can match a same character (`\w*\w*`,
    `.*\w+`, `\w+\s*\w+`): a text that fails to match is shared between them in
    every way there is, in time that grows as its length to the power of their number.
    `\w+ +\w+` and `\d+\s+uur` are fine: what stands between cannot be shared, and so
    is `\w+(?:-+\w+)*`: a repeat that starts with what the one before cannot end with.

    A repeat of several parts is judged by the part it must start with and the part
    it must end with; when they are not clear, it is taken to share with anything."""
    open_repeats: list[frozenset | None] = []  # what each repeat in reach may end with
    for operator, argument in items:
        name = str(operator)
        if name in _BACKTRACKING:
            low, high, inner = argument
            inner = list(inner)
            if high > _SMALL_BOUND:
                first, last = _characters(inner[:1]), _characters(inner[-1:])
                if len(inner) > 1 and not (_mandatory(inner[0]) and _mandatory(inner[-1])):
                    first = last = None
                if any(other is None or first is None or other & first for other in open_repeats):
                    return True
                open_repeats = [*open_repeats, last] if low == 0 else [last]
            elif low > 0:
                open_repeats = []
            # Repeated, it stands beside itself: (?:\w+\s*){1,3} is \w+\s*\w+\s*…
            if _shared_between_repeats(inner * 2 if high > 1 else inner):
                return True
            continue
        if name in ("SUBPATTERN", "ASSERT", "ASSERT_NOT"):
            if _shared_between_repeats(list(argument[-1])):
                return True
        elif name == "BRANCH" and any(_shared_between_repeats(list(b)) for b in argument[1]):
            return True
        if name == "AT" and str(argument) == "AT_BOUNDARY":
            # \b after letters: what follows is no letter, so they share nothing with it
            open_repeats = [last for last in open_repeats if last is None or last - _WORD]
            continue
        if name in ("AT", "ASSERT", "ASSERT_NOT"):  # lookarounds: no text taken
            continue
        open_repeats = []
    return False


def _mandatory(item: tuple) -> bool:
    """Whether a part always takes a character: not a repeat that may take none."""
    operator, argument = item
    return str(operator) not in _BACKTRACKING or argument[0] >= 1


def _characters(items: list) -> frozenset | None:
    """The probe characters a one-character part matches; None when it is more than
    one character, or not read here (then it is taken to overlap anything)."""
    if len(items) != 1:
        return None
    operator, argument = items[0]
    if str(operator) in _BACKTRACKING:  # `-+` in `(?:-+\w+)*`: its class
        return _characters(list(argument[2]))
    name = str(operator)
    if name == "LITERAL":
        return frozenset(c for c in _PROBE_CHARACTERS if c.lower() == chr(argument).lower())
    if name == "NOT_LITERAL":
        return frozenset(c for c in _PROBE_CHARACTERS if c.lower() != chr(argument).lower())
    if name == "ANY":
        return frozenset(_PROBE_CHARACTERS.replace("\n", ""))
    if name == "IN":
        return frozenset(c for c in _PROBE_CHARACTERS if _in_class(c, argument))
    return None


_WORD = frozenset(c for c in _PROBE_CHARACTERS if c.isalnum() or c == "_")
_CATEGORIES = {
    "CATEGORY_DIGIT": str.isdigit,
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_WORD": lambda c: c.isalnum() or c == "_",
    "CATEGORY_LINEBREAK": lambda c: c == "\n",
}


def _in_class(character: str, members: list) -> bool:
    """Whether `character` is in a class `[…]` as the parser gives it."""
    negated, found = False, False
    for operator, argument in members:
        name = str(operator)
        if name == "NEGATE":
            negated = True
        elif name == "LITERAL":
            found = found or character.lower() == chr(argument).lower()
        elif name == "RANGE":
            low, high = argument
            found = found or any(
                low <= ord(c) <= high
                for c in {character, character.lower(), character.upper()}
                if len(c) == 1
            )
        elif name == "CATEGORY":
            category = str(argument)
            test = _CATEGORIES.get(category.replace("_NOT", ""))
            if test is None:
                return True  # not read here: taken as a match
            found = found or (test(character) != ("_NOT_" in category))
        else:
            return True
    return found != negated
