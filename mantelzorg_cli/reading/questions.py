"""The four fixed questions, and telling a heading that asks one of them."""

import re

from ..compiling import compiled

QUESTIONS = {
    "awareness": (
        "Welke concrete acties heeft uw organisatie uitgevoerd om medewerkers bewust "
        "te maken van het thema?"
    ),
    "dialogue": "Hoe bevordert u de dialoog tussen leidinggevenden, mantelzorgers en collega’s?",
    "custom_solutions": (
        "Welke maatwerkoplossingen zijn in de organisatie mogelijk en hoe is dit geregeld?"
    ),
    "implementation": (
        "Welke concrete stappen hebt u gezet om het thema te implementeren en te borgen "
        "in de organisatie:"
    ),
}

# Marks in front of (and behind) a heading that are not part of its text:
# markdown `##` and `**`, a dash (`- **Welke …**` in a Markdown list), and a
# number such as `1.`, `1)` or `(1)`.
_HEADING_MARKS = compiled(r"^(?:[#*]+\s*)*(?:[-–—+]\s+)?(?:\(?\d{1,2}[.)]\s*)?(?:\*\*\s*)?")
_MARK_STARTS = frozenset("#*(0123456789-–—+")
_APOSTROPHES = "’'`‘´"
_WORD = compiled(r"[^\W_]+")

MIN_SHARE = 0.5  # Jaccard similarity of the word sets
MAX_WORDS = 40
MAX_LENGTH = 400  # characters: longer lines have too many words to be a heading


def heading_text(line: str) -> str:
    """The heading as written, without a number, a dash, `#` marks or `**`."""
    if line[0] in _MARK_STARTS:
        line = _HEADING_MARKS.sub("", line, count=1)
    return _without_trailing_marks(line) if line[-1:] in ("*", "#") else line


def _without_trailing_marks(line: str) -> str:
    """`… het thema? ##`, `… het thema?**`: without the marks and the space before them."""
    # String methods, not a regex: searched for, `\s*#+$` starts again at every
    # `#` of a long run, quadratic time on a line of `#` and letters.
    if line.endswith("**"):
        return line[:-2].rstrip()
    if line.endswith("#"):
        return line.rstrip("#").rstrip()
    return line


def _words(text: str) -> frozenset[str]:
    text = text.lower()
    for apostrophe in _APOSTROPHES:  # collega’s and collega's are one word
        if apostrophe in text:
            text = text.replace(apostrophe, "")
    words = set(_WORD.findall(text))
    if "hebt" in words:  # hebt and heeft: the same question
        words.remove("hebt")
        words.add("heeft")
    return frozenset(words)


_QUESTION_WORDS = {key: _words(text) for key, text in QUESTIONS.items()}
# A heading asks a question only if it shares half its words, and so one of these: a
# word of five letters or more (`dialoog`), `zijn`, `dit` or `hebt`. Without them, no
# question keeps the half of its words a match needs (a test checks).
_QUESTION_WORD = compiled(
    "|".join(
        [
            *sorted(
                {word for text in QUESTIONS.values() for word in re.findall(r"[^\W_]{5,}", text)}
            ),
            r"\bzijn\b",
            r"\bdit\b",
            r"\bhebt\b",
        ]
    ).lower()
)  # searched for in lower-cased text: faster than IGNORECASE


def may_ask_a_question(text: str) -> bool:
    """Whether `text` holds a word of which every heading that asks a question holds one:
    a cheap test where few texts do (a page's menus), not worth it on a profile's lines."""
    return bool(_QUESTION_WORD.search(text.lower()))


def match_question(heading: str) -> tuple[str, float] | None:
    """The key of the question `heading` asks and how well it matches, or None."""
    if len(heading) > MAX_LENGTH:
        return None
    words = _words(heading)
    if not 3 <= len(words) <= MAX_WORDS:
        return None
    best_key, best = "", 0.0
    for key, question in _QUESTION_WORDS.items():
        shared = len(words & question)
        score = shared / (len(words) + len(question) - shared)
        if score > best:
            best_key, best = key, score
    return (best_key, best) if best >= MIN_SHARE else None
