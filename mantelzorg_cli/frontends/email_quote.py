"""A profile forwarded by e-mail: its lines quoted with `>`, at any depth.

The quote marks go, with one space after them; what is indented after the
mark stays indented. When the quoted lines hold the profile (a question
among them), the lines around them are the mail's own (the forwarder's
note, the headers of the forward, a signature) and are left out, as a web
page's menus are. The header block of a forward inside the quote (`Van:`,
`Datum:`, `Onderwerp:`) is left out too.
"""

import re

from ..reading.kinds import QUESTION
from ..reading.lines import classify
from .rewritten import Rewritten

_QUOTE = re.compile(r"[ \t]*>(?:[ \t]*>)*[ \t]?")
_MIN_QUOTED = 3  # quoted lines in a row: one `>` line is a citation, not a forward
_FORWARD_MARK = re.compile(
    r"-{2,}\s*(?:forwarded message|doorgestuurd bericht|oorspronkelijk bericht|original message)"
    r"\s*-{2,}|begin (?:forwarded|doorgestuurd) (?:message|bericht):?"
    r"|(?:op|on) .{4,120} (?:schreef|wrote) .{0,120}:",
    re.I,
)
_HEADER_FIELD = re.compile(
    r"(?:van|from|datum|date|onderwerp|subject|aan|to|cc|bcc|verzonden|sent|reply-to)\s*:", re.I
)


def is_quoted(lines: list[str]) -> bool:
    """Whether a run of lines is quoted: a forwarded or replied-to mail."""
    run = 0
    for line in lines:
        run = run + 1 if line.lstrip()[:1] == ">" else 0
        if run >= _MIN_QUOTED:
            return True
    return False


def unquote(text: Rewritten) -> Rewritten:
    kept: list[tuple[int, str]] = []
    dropped: dict[int, str] = {}
    quoted = []
    for at, line in enumerate(text.lines):
        mark = _QUOTE.match(line) if line.lstrip()[:1] == ">" else None
        quoted.append(mark is not None)
        kept.append((at, line[mark.end() :] if mark else line))
    holds_profile = _holds_a_question(kept, quoted, True)
    if holds_profile and not _holds_a_question(kept, quoted, False):
        dropped = {at: "the mail's own text" for at, inside in enumerate(quoted) if not inside}
    for at in _forward_headers([line for _, line in kept]):
        dropped.setdefault(at, "the header of a forwarded mail")
    return text.keeping([(at, line) for at, line in kept if at not in dropped], dropped)


def _holds_a_question(kept: list[tuple[int, str]], quoted: list[bool], wanted: bool) -> bool:
    """Whether the quoted (`wanted` True) or the unquoted lines ask one of the questions."""
    return any(quoted[at] is wanted and classify(line).kind == QUESTION for at, line in kept)


def _forward_headers(lines: list[str]) -> list[int]:
    """The lines of a forward's header block: its mark and the fields after it, or a
    run of fields that starts with the sender (`Van:` / `From:`)."""
    found = []
    at = 0
    while at < len(lines):
        stripped = lines[at].strip()
        marked = bool(_FORWARD_MARK.fullmatch(stripped))
        if marked or stripped[:5].lower() in ("van: ", "from:"):
            end = at + 1
            while end < len(lines) and _HEADER_FIELD.match(lines[end].strip()):
                end += 1
            if marked or end - at >= 2:
                found.extend(range(at, end))
                at = end
                continue
        at += 1
    return found
