"""Hard-wrapped text (a PDF's, a mail's): lines broken where the next word did not fit.

A text is hard-wrapped at width W (at most 110 columns; W is about the 95th
percentile of its lines' lengths, as a link or an address can stick out)
when most lines that go on into another line are full: the
next line's first word would not have fitted after them. Such a line and
the next are one line again, unless the next starts something of its own
(a bullet, a question, the recognition, the contact); a question without
its end mark goes on into the next line while the two still ask it.
"""

import itertools
import re

from ..reading.kinds import BULLET, CONTACT, QUESTION, TEXT
from ..reading.lines import classify
from ..reading.text import PAGE_BREAK, indent_of
from .rewritten import Rewritten

MAX_WIDTH = 110
_MIN_FULL = 3  # full lines: fewer prove nothing
_SLACK = 0.12  # a proportional font's lines differ in characters by this much
_STARTS_ANEW = re.compile(r"\s*(?:[•·▪◦●‣]|[-*+–—o]\s|\(?\d{1,3}[.)]\s|[a-z][.)]\s)")
_GOES_ON = frozenset({TEXT, BULLET, CONTACT})  # what a wrapped line can be


def wrap_width(lines: list[str]) -> int | None:
    """The width the text is hard-wrapped at, or None when it is not."""
    widths = sorted((len(line.rstrip()) for line in lines if line.strip()), reverse=True)
    if len(widths) <= _MIN_FULL:
        return None
    width = widths[max(_MIN_FULL - 1, len(widths) // 20)]
    if width > MAX_WIDTH:
        return None
    going_on = full = 0
    for line, after in itertools.pairwise(lines):
        if line.strip() and _says_nothing_of_wrapping(line, after) is False:
            going_on += 1
            full += is_full(line, after, width)
    return width if full >= _MIN_FULL and full * 2 >= going_on else None


def _says_nothing_of_wrapping(line: str, after: str) -> bool:
    """A line after which the next starts anew, whatever the width: a bullet, a page (a
    form feed), nothing, or an indented line (which goes on with an item anyway)."""
    return (
        not after.strip()
        or PAGE_BREAK in after
        or bool(_STARTS_ANEW.match(after))
        or indent_of(after) > indent_of(line)
    )


def unwrap(text: Rewritten, width: int) -> Rewritten:
    kept: list[tuple[int, str]] = []
    lines = text.lines
    for at, line in enumerate(lines):
        heading_starts = at + 1 < len(lines) and _starts_a_heading(line, lines[at + 1])
        if kept and not heading_starts and is_full(kept[-1][1], line, width):
            start, before = kept[-1]
            if goes_on(before, line):
                kept[-1] = (start, joined(before, line))
                continue
        kept.append((at, line))
    return text.keeping(kept, {})


def goes_on(before: str, after: str) -> bool:
    """Whether `after` is the rest of `before`'s line, when something cut it: text after
    text, a bullet or the contact, or the rest of a heading cut before its end mark (while
    the two still ask the question)."""
    if not after.strip() or classify(after).kind != TEXT:
        return False
    kind = classify(before).kind
    return kind in _GOES_ON or (
        kind == QUESTION
        and before.rstrip()[-1:] not in "?:."
        and classify(joined(before, after)).kind == QUESTION
    )


def _starts_a_heading(line: str, after: str) -> bool:
    """Whether `line` and the next one are a heading together (and the next is none alone)."""
    return (
        bool(after.strip())
        and classify(joined(line, after)).kind == QUESTION
        and classify(after).kind != QUESTION
    )


def is_full(line: str, after: str, width: int) -> bool:
    words = after.split(maxsplit=1)
    return bool(words) and len(line.rstrip()) + 1 + len(words[0]) > width * (1 - _SLACK)


def joined(before: str, after: str) -> str:
    """`mantelzorg-` and `vriendelijk` keep their hyphen and lose the space."""
    before, after = before.rstrip(), after.strip()
    if before[-1:] == "-" and before[-2:-1].isalpha() and after[:1].islower():
        return before + after
    return f"{before} {after}"
