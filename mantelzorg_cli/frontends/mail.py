"""A profile passed on by e-mail: quoted with `>` at any depth, or forwarded under a
header block (`Van:`, `Verzonden:`, `Onderwerp:`).

The quote marks go, with one space after them; what is indented after the
mark stays indented; a line right under a quoted one that lost its `>` (a
mail client wrapped the quote anew) goes on with it. A forward's header
block is left out wherever it
stands. The profile is at the depth of its questions: what is quoted less
deeply (the replies and notes around it), what comes before the header
block it was forwarded under (the forwarder's note), and a signature after
its last question (from a `-- ` line on) are the mail's own text, left out
as a web page's menus are. What is quoted more deeply stays: a citation in
the intro.
"""

import re

from ..compiling import compiled
from ..reading.kinds import QUESTION
from ..reading.lines import classify
from .rewritten import Rewritten

_QUOTE = compiled(r"[ \t]*>(?:[ \t]*>)*[ \t]?")
_MIN_QUOTED = 3  # quoted lines in a row: one `>` line is a citation, not a forward
_FORWARD_MARK = compiled(
    r"-{2,}\s*(?:forwarded message|doorgestuurd bericht|oorspronkelijk bericht|original message)"
    r"\s*-{2,}|begin (?:forwarded|doorgestuurd) (?:message|bericht):?"
    # `Op ma 3 jun 2024 om 10:12 schreef …:`: with its time, not a sentence in an intro
    r"|(?:op|on) .{4,60}\d{1,2}[:.]\d{2}.{0,60} (?:schreef|wrote) .{0,120}:",
    re.I,
)
_HEADER_STARTS = frozenset("-BbOoVvFf>")  # what a header block's first line starts with
_HEADER_FIELD = compiled(
    r"(van|from|datum|date|onderwerp|subject|aan|to|cc|bcc|verzonden|sent|reply-to)\s*:", re.I
)
_WHEN = {"datum", "date", "verzonden", "sent"}
_ABOUT = {"onderwerp", "subject"}
_SENDER = ("van:", "from:")
_SIGNATURE = frozenset({"--", "-- "})
MAILS_OWN, FORWARD_HEADER = "the mail's own text", "the header of a forwarded mail"


def is_mail(lines: list[str]) -> bool:
    """Whether a run of lines is quoted, or a forward's header block stands in the text."""
    run = 0  # quoted lines in a row; a bare blank line between them does not part them
    at = 0
    while at < len(lines):
        start = lines[at].lstrip()[:1]
        run = run + 1 if start == ">" else run if not start else 0
        if run >= _MIN_QUOTED:
            return True
        if start in _HEADER_STARTS:
            length, scanned = _header_at(lines, at)
            if length:
                return True
            at = max(at, scanned - 1)  # a later field of a run that is no header starts none
        at += 1
    return False


def unmail(text: Rewritten) -> Rewritten:
    depths, kept = [], []
    for at, line in enumerate(text.lines):
        mark = _quote_mark(line)
        depth = mark.group().count(">") if mark else 0
        if not mark and line.strip() and depths and depths[-1] and kept[-1][1].strip():
            depth = depths[-1]  # a quoted line a mail client wrapped anew, losing its `>`
        depths.append(depth)
        kept.append((at, line[mark.end() :] if mark else line))
    lines = [line for _, line in kept]
    dropped = dict.fromkeys(_header_blocks(lines), FORWARD_HEADER)
    asked = [at for at, line in enumerate(lines) if at not in dropped and _asks(line)]
    if asked:
        depth = min(depths[at] for at in asked)
        at_depth = [at for at in range(len(lines)) if depths[at] == depth]
        # The forwarder's note above the header block it forwarded the profile under, and
        # a signature after the profile's last question.
        note_ends = min((at for at in dropped if depths[at] == depth and at < asked[0]), default=0)
        signature = _signature(lines, at_depth, asked[-1])
        for at in range(len(lines)):
            outside = depths[at] < depth or (
                depths[at] == depth and (at < note_ends or at >= signature)
            )
            if outside and lines[at].strip():  # a blank line parts what it parts, anywhere
                dropped.setdefault(at, MAILS_OWN)
    return text.keeping([(at, line) for at, line in kept if at not in dropped], dropped)


def _asks(line: str) -> bool:
    return bool(line.strip()) and classify(line).kind == QUESTION


def _signature(lines: list[str], at_depth: list[int], last_question: int) -> int:
    """Where a signature starts after the profile's last question (`-- `), or past the end."""
    return next(
        (at for at in at_depth if at > last_question and lines[at] in _SIGNATURE), len(lines)
    )


def _header_at(lines: list[str], at: int) -> tuple[int, int]:
    """How many lines a forward's header block starting at `at` has (0: none starts there),
    and where the run of fields after `at` ends: its mark and the fields after it, or
    fields that name the sender, when it was sent and what about."""
    stripped = _unquoted(lines[at])
    marked = bool(_FORWARD_MARK.fullmatch(stripped))
    if not marked and not stripped.lower().startswith(_SENDER):
        return 0, at + 1
    end = at + 1
    fields = set()
    while end < len(lines) and (field := _HEADER_FIELD.match(_unquoted(lines[end]))):
        fields.add(field.group(1).lower())
        end += 1
    # Unmarked, a mail's header names the sender, when it was sent and what about: a memo's
    # `Van:` and `Aan:` in an intro are no header.
    return (end - at if marked or (fields & _WHEN and fields & _ABOUT) else 0), end


def _header_blocks(lines: list[str]) -> list[int]:
    found: list[int] = []
    at = 0
    while at < len(lines):
        if not lines[at].strip():
            at += 1
            continue
        length, scanned = _header_at(lines, at)
        found.extend(range(at, at + length))
        at = at + length if length else max(at + 1, scanned - 1)
    return found


def _quote_mark(line: str) -> re.Match | None:
    return _QUOTE.match(line) if line.lstrip()[:1] == ">" else None


def _unquoted(line: str) -> str:
    mark = _quote_mark(line)
    return (line[mark.end() :] if mark else line).strip()
