"""What "as written" means: Unicode NFC, folded white space, and lines."""

import unicodedata

from ..compiling import compiled

# Invisible characters that copy-and-paste leaves inside words (zero-width
# spaces and joiners, the BOM, the soft hyphen, the grapheme joiner, fillers
# and invisible operators) and the bidirectional controls of right-to-left
# text: they are not white space to Python, so they are removed rather than
# folded.
_JOINERS = "\u200b-\u200f"
_JOINERS_BUT_ZWJ = "\u200b\u200c\u200e\u200f"
_INVISIBLE_CHARACTERS = (
    f"\u00ad\u034f\u061c\u115f\u1160\u180e{_JOINERS}\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\u3164\ufeff\uffa0"
)
_PICTOGRAPH = "\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
_INVISIBLE = compiled(
    # ...but the joiner (U+200D) inside an emoji sequence: 👩‍👧 is one picture, 👩👧 two.
    f"[{_INVISIBLE_CHARACTERS.replace(_JOINERS, _JOINERS_BUT_ZWJ)}]"
    f"|(?<![{_PICTOGRAPH}])\u200d|\u200d(?![{_PICTOGRAPH}])"
)
_VISIBLE = compiled(rf"[^\s{_INVISIBLE_CHARACTERS}]")
# Every way text ends a line: CRLF, a lone CR, vertical tab, NEL, the Unicode
# line and paragraph separators. A form feed ends one too, but it is left in
# place until the front ends have read the pages it marks (`split_at_page_breaks`).
_LINE_BREAK = compiled("\r\n?|[\v\x85\u2028\u2029]")
PAGE_BREAK = "\f"
# Anything `normalise` rewrites: one fast search spares most documents both rewrites.
_REWRITTEN = compiled(f"[\r\v\x85\u2028\u2029{_INVISIBLE_CHARACTERS}]")


def fold(text: str) -> str:
    """Every run of white space (NBSP included) becomes one space; trimmed."""
    return " ".join(text.split())


def is_blank(text: str) -> bool:
    """Nothing but white space and invisible characters."""
    return _VISIBLE.search(text) is None


def normalise(text: str) -> str:
    """`\n` for every line break (a form feed stays), no invisible characters, NFC: once
    per document."""
    if _REWRITTEN.search(text):
        # Invisible characters go before NFC: a soft hyphen can part what composes.
        text = _INVISIBLE.sub("", _LINE_BREAK.sub("\n", text))
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def indent_of(line: str) -> int:
    """Columns of leading white space; a tab counts as four."""
    body = line.lstrip()
    lead = line[: len(line) - len(body)]
    return len(lead.expandtabs(4)) if "\t" in lead else len(lead)


# What a terminal would act on rather than show: C0 and C1 controls (ESC
# starts a colour or a title change), line and paragraph separators, and
# the bidi controls that reorder what follows them.
_UNPRINTABLE = compiled("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(message: str) -> str:
    """`message` as one line that shows every character: `\\x1b` for ESC, and so on."""
    return _UNPRINTABLE.sub(lambda found: ascii(found.group())[1:-1], message)
