"""One line of a profile, and what kind of line it is (`kinds`).

Classifying looks at a line alone; what the line means in its place (an
organisation, a website, a continuation) is decided by `parts`.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..compiling import compiled
from .dates import names_a_month
from .kinds import (
    BLANK,
    BULLET,
    CONTACT,
    FOOTER,
    FOOTER_NAME,
    HEADER,
    QUESTION,
    RECOGNITION,
    TEXT,
    URL,
)
from .questions import heading_text, match_question
from .text import fold, indent_of


@dataclass(slots=True)
class Line:
    """One line of a profile, classified (`classify`): its kind, and what the kind has."""

    kind: str
    whole: str  # the whole line, folded
    text: str = ""  # its content: without bullet marker, label or heading number
    indent: int = 0
    marker: str = ""  # a bullet's marker style: the symbol, or `1.` `1)` `(1)` `a.` `a)`
    key: str = ""  # a question's key
    score: float = 0.0  # how well a question matched
    number: int = -1  # its place among the lines read (set by `explain`)


_HEADER = compiled(r"werk\s*&\s*mantelzorg", re.I)
# The site's link under a profile: to the list of all, or back to it (`« Terug naar het
# overzicht`, which a CMS page adds and a copy of it keeps).
_FOOTER = compiled(
    r"(?:overzicht van alle organisaties|\W*terug naar (?:het |de )?overzicht)\W*", re.I
)
# The footer's and the recognition's words, which a web page also looks for
# (`frontends.webpage`).
ONE_OF_THE_RECOGNISED = r"van\s+de\s+erkende\s+organisaties"
RECOGNITION_LABEL = (
    r"erkend(?:\s+als)?\s+mantelzorgvriendelijk\w*(?:\s+(?:werkgever|organisatie)\b)?"
)
_FOOTER_NAME = compiled(rf"(.+?)\s+is\s+(?:1|één|een)\s+{ONE_OF_THE_RECOGNISED}\W*", re.I)
_FOOTER_LENGTH = 200  # characters: a name of a title's 15 words and the sentence around it
# How a sentence starts that speaks of the organisation instead of naming it:
# `Onze organisatie is een van de erkende organisaties.` in an answer.
_NOT_A_NAME = frozenset({
    "wij", "we", "ik", "u", "jij", "je", "zij", "ze", "hij", "men",  # pronouns
    "onze", "ons", "mijn", "uw", "jullie", "hun", "haar", "zijn",  # possessives
    "deze", "dit", "die", "dat",  # demonstratives
    "er", "hier", "daar", "ook", "zo",  # adverbs a sentence starts with
})  # fmt: skip
_ARTICLES = frozenset(("de", "het", "een", "’t", "'t"))
_RECOGNITION = compiled(RECOGNITION_LABEL + r"(?:\s+(?:sinds|vanaf|per|op)\b)?\s*(:?)\s*", re.I)
_DATE_WORDS = 6  # `30 maart 2017 (verlengd in 2020)`: a date as written is a few words
_UNREADABLE_DATE_WORDS = 2  # `sinds: binnenkort`: a label's value, not a sentence
_CONTACT = compiled(
    r"(?:voor\s+meer\s+informatie|meer\s+informatie|voor\s+vragen"
    r"|contact(?:persoon|gegevens)?\s*:|contactpersoon\b)",
    re.I,
)
_URL = compiled(
    r"(?:https?://\S+|www\.[\w-]+(?:\.[\w-]+)+\S*|[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|be|info)(?:/\S*)?)/?",
    re.I,
)
# A marker may stand alone on its line, its text on the next (PDF and web copies).
_SYMBOL_BULLET = compiled(r"([•·▪◦●‣])\s*")
_BULLET = compiled(r"(?:([-*+–—o])|\d{1,3}([.)])|(\()\d{1,3}\)|[a-z]([.)]))(?:\s+(?=\S)|$)")
# `- 2 -`: a page's number, which a printed page's foot may be (`frontends.printed`).
PAGE_NUMBER = r"[-–—]\s*\d{1,4}\s*[-–—]"
_PAGE_NUMBER = compiled(PAGE_NUMBER)
_RULE = compiled(r"([-*_=~])(?:\s*\1){2,}")  # `---`, `***`: a separator, not text
# `B.V.`, `N.V.`: a full stop that ends an abbreviation, not a sentence. Its last
# two letters tell, so only they are matched: a search for the whole abbreviation
# starts again at every letter of `a.a.a.…`, quadratic time.
_ABBREVIATION_END = compiled(r"\b\w\.\w\.")
# A name may also end in one of these (`Bouwbedrijf Middelkamp & Zn.`).
_NAME_ABBREVIATIONS = frozenset(
    ("zn.", "gem.", "st.", "stg.", "kon.", "co.", "inc.", "ltd.", "corp.", "bros.", "coöp.")
)


def classify(raw: str) -> Line:
    """The kind of one line, seen alone (docs/reading-rules.md, "line by line").

    The tests run in priority order, and the first that fits decides: blank
    (or a `---` rule), header, footer, footer name, recognition, question,
    contact, web address, bullet, text. So `1. Welke concrete acties …?` is
    a question, not a numbered item (though a `•` line never is one), and a
    recognition line that names a month is never taken for text. A new kind
    goes where its priority is.
    """
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
    if (
        "organisaties" in line
        and len(line) <= _FOOTER_LENGTH
        and (m := _FOOTER_NAME.fullmatch(line))
        and _is_name(m.group(1))
    ):
        return Line(FOOTER_NAME, line, m.group(1))
    if (
        line[0] in "Ee"
        and (m := _RECOGNITION.match(line))
        and _is_date_as_written(date := line[m.end() :], after_colon=bool(m.group(1)))
    ):
        return Line(RECOGNITION, line, date)
    symbol = _SYMBOL_BULLET.match(line)
    if not symbol and (question := _question(line)):
        return question
    if not symbol and _CONTACT.match(line) and ("contact" in line.lower() or "@" in line):
        return Line(CONTACT, line, line, indent)
    if " " not in line and _URL.fullmatch(line):
        return Line(URL, line, line, indent)
    if symbol:
        return Line(BULLET, line, line[symbol.end() :], indent, symbol.group(1))
    if line[0] in "-–—" and _PAGE_NUMBER.fullmatch(line):  # `- 2 -`: a page's number
        return Line(TEXT, line, line, indent)
    if m := _BULLET.match(line):
        dash, number, bracketed, letter = m.groups()
        marker = dash or (f"1{number}" if number else "(1)" if bracketed else f"a{letter}")
        return Line(BULLET, line, line[m.end() :], indent, marker)
    return Line(TEXT, line, line, indent)


def _is_name(text: str) -> bool:
    """`Gemeente Dalfsen`, `De Zorggroep`: not a list item, nor `Wij`, `Onze organisatie`, `Het`."""
    if _SYMBOL_BULLET.match(text) or _BULLET.match(text) or not looks_like_title(text):
        return False
    first, *rest = text.split()
    if first.lower() in _ARTICLES:  # `Het Kompas` is a name; `Het bedrijf` and `Het` are not
        return bool(rest) and rest[0][:1].isupper()
    return first.lower() not in _NOT_A_NAME


def _is_date_as_written(text: str, after_colon: bool) -> bool:
    """What follows the recognition label: nothing, or a date, even one that cannot be read.

    `zijn betekent voor ons dat …` is a sentence that starts with the label.
    """
    words = text.split()
    if not words:
        return True  # the date may follow on the next line
    if len(words) > _DATE_WORDS:
        return False
    mentions_a_date = any(c.isdigit() for c in text) or names_a_month(text)
    return mentions_a_date or (after_colon and len(words) <= _UNREADABLE_DATE_WORDS)


def _question(line: str) -> Line | None:
    heading = heading_text(line)
    found = match_question(heading)
    if found is None:
        return None
    key, score = found
    return Line(QUESTION, line, heading, key=key, score=score)


def join_wrapped_headings(lines: Iterable[Line]) -> Iterator[Line]:
    """Join a heading hard-wrapped over two lines, when joined it matches better.

    A line at a time, holding only a question until the line after it is seen.
    """
    held: Line | None = None  # a question that the next line may continue
    for line in lines:
        if held is not None:
            both = _question(f"{held.whole} {line.whole}") if line.kind == TEXT else None
            if both is not None and both.key == held.key and both.score > held.score:
                both.number = held.number
                yield both
                held = None
                continue
            yield held
            held = None
        if line.kind == QUESTION:
            held = line
        else:
            yield line
    if held is not None:
        yield held


def looks_like_title(line: str) -> bool:
    """A short line that names something rather than saying something."""
    if len(line.split()) > 15 or line[-1] in "?:!;,":
        return False
    if line[-1] != ".":
        return True
    last_word = line.rsplit(None, 1)[-1].lower()
    return last_word in _NAME_ABBREVIATIONS or bool(
        _ABBREVIATION_END.fullmatch(line, max(0, len(line) - 4))
    )
