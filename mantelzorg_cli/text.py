"""What "as written" means: Unicode NFC, folded white space, and lines."""

import re
import unicodedata

# Invisible characters that copy-and-paste leaves inside words; they are not
# white space to Python, so they are removed rather than folded.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_LINE_BREAK = re.compile(r"\r\n?")


def fold(text: str) -> str:
    """Every run of white space (NBSP included) becomes one space; trimmed."""
    return " ".join(text.split())


def normalise(text: str) -> str:
    """NFC, `\n` for every line break, no invisible characters: once per document."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = _LINE_BREAK.sub("\n", text)
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def indent_of(line: str) -> int:
    """Columns of leading white space; a tab counts as four."""
    body = line.lstrip()
    lead = line[: len(line) - len(body)]
    return len(lead.expandtabs(4)) if "\t" in lead else len(lead)
