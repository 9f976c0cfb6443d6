"""One line of a profile, and what kind of line it is.

Classifying looks at a line alone; what the line means in its place (an
organisation, a website, a continuation) is decided by `segment`.
"""

import re
from dataclasses import dataclass

from .questions import heading_text, match_question
from .text import fold, indent_of

BLANK = "blank"
HEADER = "header"  # Werk&Mantelzorg
FOOTER = "footer"  # Overzicht van alle organisaties
FOOTER_NAME = "footer_name"  # X is 1 van de erkende organisaties.
RECOGNITION = "recognition"
QUESTION = "question"
CONTACT = "contact"
URL = "url"
BULLET = "bullet"
TEXT = "text"

BOILERPLATE = frozenset({HEADER, FOOTER, FOOTER_NAME})


@dataclass(slots=True)
class Line:
    kind: str
    line: str  # the whole line, folded
    text: str = ""  # its content: without bullet marker, label or heading number
    indent: int = 0
    marker: str = ""  # a bullet's marker style: the symbol, or `1.` `1)` `(1)` `a.` `a)`
    key: str = ""  # a question's key
    score: float = 0.0  # how well a question matched


_HEADER = re.compile(r"werk\s*&\s*mantelzorg", re.I)
_FOOTER = re.compile(r"overzicht van alle organisaties\W*", re.I)
_FOOTER_NAME = re.compile(
    r"(.+?)\s+is\s+(?:1|één|een)\s+van\s+de\s+erkende\s+organisaties\W*", re.I
)
_RECOGNITION = re.compile(
    r"erkend(?:\s+als)?\s+mantelzorgvriendelijk\w*(?:\s+(?:werkgever|organisatie))?"
    r"(?:\s+(?:sinds|vanaf|per|op))?\s*:?\s*",
    re.I,
)
_CONTACT = re.compile(
    r"(?:voor\s+meer\s+informatie|meer\s+informatie|voor\s+vragen"
    r"|contact(?:persoon|gegevens)?\s*:|contactpersoon\b)",
    re.I,
)
_URL = re.compile(
    r"(?:https?://\S+|www\.[\w-]+(?:\.[\w-]+)+\S*|[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|be|info)(?:/\S*)?)/?",
    re.I,
)
# A marker may stand alone on its line, its text on the next (PDF and web copies).
_SYMBOL_BULLET = re.compile(r"([•·▪◦●‣])\s*")
_BULLET = re.compile(r"(?:([-*–—o])|\d{1,3}([.)])|(\()\d{1,3}\)|[a-z]([.)]))(?:\s+(?=\S)|$)")
_RULE = re.compile(r"([-*_=~])(?:\s*\1){2,}")  # `---`, `***`: a separator, not text
# `B.V.`, `N.V.`: a full stop that ends an abbreviation, not a sentence.
_ABBREVIATION = re.compile(r"(?:\b\w\.){2,}$")


def classify(raw: str) -> Line:
    line = fold(raw)
    if not line or _RULE.fullmatch(line):
        return Line(BLANK, line)
    indent = indent_of(raw)
    # Cheap tests first: each pattern below only runs on lines that could match it.
    short = len(line) < 40
    if short and _HEADER.fullmatch(line):
        return Line(HEADER, line)
    if short and _FOOTER.fullmatch(line):
        return Line(FOOTER, line)
    if "organisaties" in line and (m := _FOOTER_NAME.fullmatch(line)):
        return Line(FOOTER_NAME, line, m.group(1))
    if line[0] in "Ee" and (m := _RECOGNITION.match(line)):
        return Line(RECOGNITION, line, line[m.end() :])
    symbol = _SYMBOL_BULLET.match(line)
    if not symbol and (question := _question(line)):
        return question
    if not symbol and _CONTACT.match(line) and ("contact" in line.lower() or "@" in line):
        return Line(CONTACT, line, line, indent)
    if " " not in line and _URL.fullmatch(line):
        return Line(URL, line, line, indent)
    if symbol:
        return Line(BULLET, line, line[symbol.end() :], indent, symbol.group(1))
    if m := _BULLET.match(line):
        dash, number, bracketed, letter = m.groups()
        marker = dash or (f"1{number}" if number else "(1)" if bracketed else f"a{letter}")
        return Line(BULLET, line, line[m.end() :], indent, marker)
    return Line(TEXT, line, line, indent)


def _question(line: str) -> Line | None:
    heading = heading_text(line)
    found = match_question(heading)
    if found is None:
        return None
    key, score = found
    return Line(QUESTION, line, heading, key=key, score=score)


def join_wrapped_headings(lines: list[Line]) -> list[Line]:
    """Join a heading hard-wrapped over two lines, when joined it matches better."""
    joined: list[Line] = []
    skip = False
    for this, after in zip(lines, [*lines[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if this.kind == QUESTION and after is not None and after.kind == TEXT:
            both = _question(f"{this.line} {after.line}")
            if both is not None and both.key == this.key and both.score > this.score:
                joined.append(both)
                skip = True
                continue
        joined.append(this)
    return joined


def looks_like_title(line: str) -> bool:
    """A short line that names something rather than saying something."""
    if len(line.split()) > 15 or line[-1] in "?:!;,":
        return False
    return line[-1] != "." or bool(_ABBREVIATION.search(line))
