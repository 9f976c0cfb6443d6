"""Where one profile ends and the next begins, in a file that holds several."""

import re
from collections.abc import Iterable, Iterator

from ..compiling import compiled
from .kinds import BLANK, BOILERPLATE, FOOTER, FOOTER_NAME, HEADER, QUESTION, RECOGNITION, TEXT
from .lines import Line, looks_like_title

# `cat a.txt b.txt` glues b's header to a's footer when a has no final newline.
# (Its punctuation is matched without spaces, so a run of spaces is crossed once: linear.)
_GLUED_HEADER = compiled(
    r"(organisaties(?:[ \t]*[^\w \t])*)[ \t]*(?=werk\s*&\s*mantelzorg[ \t]*$)", re.I | re.M
)


def unglue_headers(text: str) -> str:
    return _GLUED_HEADER.sub("\\1\n", text)


def split_profiles(lines: Iterable[Line]) -> Iterator[list[Line]]:
    """Cut the lines into stretches, one per profile (or per stray text), as they come.

    A stretch starts at a header, at the first content after a footer, and at
    a recognition line or an already seen question once the current stretch
    has one; the organisation line just before those two moves along. A
    stretch is given out when the next one starts, so a long file streams.
    """
    stretch: list[Line] = []
    seen: set[str] = set()
    dated = closed = False
    for line in lines:
        kind = line.kind
        starts_new = (
            kind == HEADER
            or (closed and kind != BLANK and kind not in BOILERPLATE)
            or (kind == RECOGNITION and (dated or bool(seen)))
            or (kind == QUESTION and line.key in seen)
        )
        if starts_new and has_content(stretch):
            moved = [] if kind == HEADER or closed else _title_at_end(stretch)
            yield stretch
            stretch = moved
            seen, dated, closed = set(), False, False
        stretch.append(line)
        if kind == QUESTION:
            seen.add(line.key)
        elif kind == RECOGNITION:
            dated = True
        elif kind in (FOOTER, FOOTER_NAME):
            closed = True
    if has_content(stretch):
        yield stretch


def has_content(stretch: list[Line]) -> bool:
    return any(line.kind != BLANK and line.kind not in BOILERPLATE for line in stretch)


def is_profile(stretch: list[Line]) -> bool:
    """A profile asks at least one of the four questions: a list of organisations
    and their dates (the site's overview page) is none."""
    return any(line.kind == QUESTION for line in stretch)


def lists_recognitions(stretch: list[Line]) -> bool:
    return any(line.kind == RECOGNITION for line in stretch)


def _title_at_end(stretch: list[Line]) -> list[Line]:
    """Take a title line, set off by a blank line, from the end of `stretch`."""
    end = len(stretch)
    while end and stretch[end - 1].kind == BLANK:
        end -= 1
    at = end - 1
    if at < 1 or stretch[at].kind != TEXT or stretch[at - 1].kind != BLANK:
        return []
    if not looks_like_title(stretch[at].whole):
        return []
    moved = stretch[at:]
    del stretch[at:]
    return moved
