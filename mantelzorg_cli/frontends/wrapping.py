"""Hard-wrapped text (a PDF's, a mail's): lines broken where the next word did not fit.

A text is hard-wrapped at width W (at most 110 columns; W is about the 95th
percentile of its lines' lengths, as a link or an address can stick out)
when most lines that go on into another line are full, and most of those
end inside a sentence (a text of a sentence a line is no wrap): the
next line's first word would not have fitted after them. Such a line and
the next are one line again, unless the next starts something of its own
(a bullet, a question, the recognition, the contact); a question without
its end mark goes on into the next line while the two still ask it.
"""

import itertools

from ..compiling import compiled
from ..reading.kinds import BLANK, BULLET, CONTACT, QUESTION, TEXT
from ..reading.lines import classify
from ..reading.text import PAGE_BREAK, indent_of
from .rewritten import Rewritten

MIN_WIDTH, MAX_WIDTH = 40, 110  # columns: narrower is a list of short lines, not a wrap
_MIN_FULL = 3  # full lines: fewer prove nothing
_HEADING_LINES = 3  # a heading wrapped over more lines than this is no heading
_SENTENCE_ENDS = ".!?:;"
_CLOSING_MARKS = "”’\"')»"
_SLACK = 0.12  # a proportional font's lines differ in characters by this much
_STARTS_ANEW = compiled(r"\s*(?:[•·▪◦●‣]|[-*+–—o]\s|\(?\d{1,3}[.)]\s|[a-z][.)]\s)")
_GOES_ON = frozenset({TEXT, BULLET, CONTACT})  # what a wrapped line can be


def wrap_width(lines: list[str]) -> int | None:
    """The width the text is hard-wrapped at, or None when it is not."""
    widths = sorted((len(line.rstrip()) for line in lines if line.strip()), reverse=True)
    if len(widths) <= _MIN_FULL:
        return None
    width = widths[max(_MIN_FULL - 1, len(widths) // 20)]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    going_on = full = cut = 0
    for line, after in itertools.pairwise(lines):
        if line.strip() and _says_nothing_of_wrapping(line, after) is False:
            going_on += 1
            if is_full(line, after, width):
                full += 1
                cut += not ends_a_sentence(line)
    # A wrap cuts sentences where the margin falls; a sentence a line ends where it ends.
    return width if full >= _MIN_FULL and full * 2 >= going_on and cut * 2 >= full else None


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
    kept: list[tuple[int, list[str]]] = []  # each line, as the lines it is joined from
    kinds: list[str] = []  # the kind of each kept line, as its first line has it
    lines = text.lines
    for at, line in enumerate(lines):
        heading_starts = at + 1 < len(lines) and _starts_a_heading(line, lines[at + 1])
        # Full or not is the line above as printed: a joined line is longer than any.
        if kept and not heading_starts and is_full(lines[at - 1], line, width):
            parts = kept[-1][1]
            if goes_on(kinds[-1], parts, line):
                parts.append(line)
                continue
        kept.append((at, [line]))
        kinds.append(classify(line).kind if line.strip() else BLANK)
    return text.keeping([(at, joined_lines(parts)) for at, parts in kept], {})


def goes_on(kind: str, before: list[str], after: str) -> bool:
    """Whether `after` is the rest of the line cut into `before` (of `kind`): text after
    text, a bullet or the contact, or the rest of a heading cut before its end mark (while
    the two still ask the question)."""
    if not after.strip() or classify(after).kind != TEXT:
        return False
    if kind in _GOES_ON:
        return True
    if kind != QUESTION or len(before) > _HEADING_LINES:
        return False
    heading = joined_lines(before)
    return heading[-1:] not in "?:." and classify(joined(heading, after)).kind == QUESTION


def _starts_a_heading(line: str, after: str) -> bool:
    """Whether `line` and the next one are a heading together (and the next is none alone)."""
    return (
        bool(after.strip())
        and classify(joined(line, after)).kind == QUESTION
        and classify(after).kind != QUESTION
    )


def ends_a_sentence(line: str) -> bool:
    """`… zorgt.`, `… zorgen.”`: an end mark, closing quotes and brackets aside."""
    return line.rstrip().rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_ENDS


def is_full(line: str, after: str, width: int) -> bool:
    words = after.split(maxsplit=1)
    return bool(words) and len(line.rstrip()) + 1 + len(words[0]) > width * (1 - _SLACK)


def joined(before: str, after: str) -> str:
    """`mantelzorg-` and `vriendelijk` keep their hyphen and lose the space."""
    return joined_lines([before, after])


def joined_lines(parts: list[str]) -> str:
    """Lines cut apart, one again: with a space between two, but after a word broken with a
    hyphen (`mantelzorg-` and `vriendelijk`). Linear, however many the parts."""
    pieces: list[str] = []
    for part in parts:
        if not pieces:
            pieces.append(part.rstrip())
            continue
        part = part.strip()
        before = pieces[-1]
        hyphen = before[-1:] == "-" and before[-2:-1].isalpha() and part[:1].islower()
        pieces.append(part if hyphen else " " + part)
        pieces[-1] = pieces[-1].rstrip()
    return "".join(pieces)
