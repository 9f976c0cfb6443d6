r"""Markdown: `#` headings, `**bold**` and `*emphasis*`, links, `+` lists, `\` escapes.

Lists, indented sub-lists and `---` rules read as they are; what goes is
the markup around the words: a heading's `#` marks, emphasis marks, a
link's target (its text stays, as a page's link text does), a quote's `>`,
and the backslash of an escape. A text is Markdown when it has a `#`
heading, a link, or two spans in `**`.
"""

from ..compiling import compiled
from .rewritten import Rewritten

# Each pattern stops at the next mark it looks for, so no line takes more than linear time.
_HEADING = compiled(r"[ ]{0,3}#{1,6}[ \t]+(?=\S)")
_LINK = compiled(r"!?\[([^\[\]\n]*)\]\(([^()\s]*)(?:[ \t]+\"[^\"\n]*\")?\)")
_AUTOLINK = compiled(r"<((?:https?://|mailto:|www\.)[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_STRONG = compiled(r"(\*\*|__)(?=\S)([^*_\n]*?[^\s*_])\1(?!\w)")
# One `*` or `_` around words, not a list marker (`* item`) nor inside a word or an address
# (e-mail_adres, _hr_@x.nl).
_EMPHASIS = compiled(r"(?<![\w*@])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\w*@])")
_QUOTE = compiled(r"[ ]{0,3}>[ ]?")
_ESCAPE = compiled(r"\\([!-/:-@\[-`{-~])")  # any ASCII punctuation, as CommonMark has it
_HELD = "\ufffe"  # a noncharacter: where an escaped mark waits while emphasis is read
_HELD_AT = compiled(_HELD)


def is_markdown(lines: list[str]) -> bool:
    strong = 0
    for line in lines:
        if ("#" in line[:4] and _HEADING.match(line)) or ("](" in line and _LINK.search(line)):
            return True
        strong += len(_STRONG.findall(line)) if "**" in line or "__" in line else 0
        if strong >= 2:
            return True
    return False


def unmark(text: Rewritten) -> Rewritten:
    return text.keeping([(at, _plain(line)) for at, line in enumerate(text.lines)], {})


def _plain(line: str) -> str:
    if heading := _HEADING.match(line):
        line = _without_closing_marks(line[heading.end() :])
    elif quote := _QUOTE.match(line):
        line = line[quote.end() :]
    if "[" in line:
        line = _LINK.sub(r"\1", line)
    if "<" in line:
        line = _AUTOLINK.sub(r"\1", line)
    escaped: list[str] = []
    if "\\" in line and _HELD not in line:  # `\*` is a star, not emphasis: held aside
        line = _ESCAPE.sub(lambda found: escaped.append(found.group(1)) or _HELD, line)
    if "*" in line or "_" in line:
        line = _EMPHASIS.sub(r"\2", _STRONG.sub(r"\2", line))
    if escaped:
        held = iter(escaped)
        line = _HELD_AT.sub(lambda _: next(held), line)
    return line


def _without_closing_marks(heading: str) -> str:
    """`Title ##` is `Title`; `C#` stays."""
    text = heading.rstrip()
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and bare[-1:] in " \t" else text
