"""The four fixed questions, and telling a heading that asks one of them."""

import re

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
# markdown `##` and `**`, and a number such as `1.`, `1)` or `(1)`.
_HEADING_MARKS = re.compile(r"^(?:[#*]+\s*)*(?:\(?\d{1,2}[.)]\s*)?(?:\*\*\s*)?")
_TRAILING_MARKS = re.compile(r"\s*(?:\*\*|#+)$")
_APOSTROPHES = dict.fromkeys(map(ord, "’'`‘´"))
_WORD = re.compile(r"[^\W_]+")
# Spelling variants that count as the same word.
_SAME_WORD = {"hebt": "heeft"}

MIN_SHARE = 0.5  # Jaccard similarity of the word sets
MAX_WORDS = 40


def heading_text(line: str) -> str:
    """The heading as written, without a number, `#` marks or `**`."""
    return _TRAILING_MARKS.sub("", _HEADING_MARKS.sub("", line, count=1))


def _words(text: str) -> frozenset[str]:
    words = _WORD.findall(text.lower().translate(_APOSTROPHES))
    return frozenset(_SAME_WORD.get(word, word) for word in words)


_QUESTION_WORDS = {key: _words(text) for key, text in QUESTIONS.items()}


def match_question(heading: str) -> tuple[str, float] | None:
    """The key of the question `heading` asks and how well it matches, or None."""
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
