"""Hard-wrapped text (a PDF's, a mail's): lines broken where the next word did not fit.

A text is hard-wrapped at width W (at most 110 columns; W is about the 95th
percentile of its lines' lengths, as a link or an address can stick out)
when most lines that go on into another line are full: the
next line's first word would not have fitted after them. Such a line and
the next are one line again, unless the next starts something of its own
(a bullet, a question, the recognition, the contact). A question wrapped
over two lines is joined later, by `reading.lines.join_wrapped_headings`.
"""

import itertools

from ..reading.lines import BULLET, CONTACT, TEXT, classify
from .rewritten import Rewritten

MAX_WIDTH = 110
_MIN_FULL = 3  # full lines: fewer prove nothing
_SLACK = 0.12  # a proportional font's lines differ in characters by this much
_BULLET_STARTS = set("•·▪◦●‣-*–—+o0123456789(")  # a bullet starts anew: not a wrap
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
        if line.strip() and after.strip() and after.lstrip()[:1] not in _BULLET_STARTS:
            going_on += 1
            full += _is_full(line, after, width)
    return width if full >= _MIN_FULL and full * 2 >= going_on else None


def unwrap(text: Rewritten, width: int) -> Rewritten:
    kept: list[tuple[int, str]] = []
    kinds: list[str] = []
    for at, line in enumerate(text.lines):
        kind = classify(line).kind if line.strip() else ""
        if kept and kind == TEXT and kinds[-1] in _GOES_ON and _is_full(kept[-1][1], line, width):
            start, before = kept[-1]
            kept[-1] = (start, _joined(before, line))
            continue
        kept.append((at, line))
        kinds.append(kind)
    return text.keeping(kept, {})


def _is_full(line: str, after: str, width: int) -> bool:
    first_word = after.split(maxsplit=1)[0]
    return len(line.rstrip()) + 1 + len(first_word) > width * (1 - _SLACK)


def _joined(before: str, after: str) -> str:
    """`mantelzorg-` and `vriendelijk` keep their hyphen and lose the space."""
    before, after = before.rstrip(), after.strip()
    if before[-1:] == "-" and before[-2:-1].isalpha() and after[:1].islower():
        return before + after
    return f"{before} {after}"
