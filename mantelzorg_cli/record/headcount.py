"""How many people work there, read from the intro."""

import re

from ..compiling import compiled

_APPROXIMATE = (
    r"circa|ca\.?|ongeveer|ruim|bijna|meer\s+dan|±|\+/-|zo['’]n|rond\s+de|plusminus|pakweg"
)
_PEOPLE = (
    r"\w*medewerkers|werknemers|mensen|personeelsleden|personen|collega['’]?s|ambtenaren|werkenden"
)
_HEAD_COUNT = compiled(
    rf"(?:(?<!\w)({_APPROXIMATE})\s*)?"
    # At most 9 digits: longer numbers are no head count (and Python refuses 4,300).
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3}){1,2}|\d{1,9})(?![\d%]|[.,]\d)"
    rf"(\s+(?:[^\W\d]+\s+){{0,3}}?(?:{_PEOPLE})\b)",
    re.I,
)
_ONE_IN = compiled(r"\bop(?:\s+de)?\s+$", re.I)  # 1 op de 6
_YEAR_AFTER = compiled(r"\b(?:in|sinds|per|vanaf)\s+$", re.I)
_NEXT_WORDS = compiled(r"(?:\s+\S+){0,3}")
_EMPHASIS_MARKS = compiled(r"[*_]+(?=\d)|(?<=\d)[*_]+")


def find_head_count(intro: str) -> tuple[int | None, bool]:
    """The number of people working there and whether it is approximate."""
    if "*" in intro or "_" in intro:
        intro = _EMPHASIS_MARKS.sub("", intro)  # `**612** mensen`: emphasis, not a word
    for match in _HEAD_COUNT.finditer(intro):
        approximate, number, words = match.groups()
        if "procent" in words.lower():
            continue
        before = intro[max(0, match.start(2) - 12) : match.start(2)]
        if _ONE_IN.search(before) or (_is_year(number) and _YEAR_AFTER.search(before)):
            continue
        if "mantelzorg" in _NEXT_WORDS.match(intro, match.end()).group().lower():
            continue  # 80 medewerkers zijn mantelzorger
        return int(number.replace(".", "")), approximate is not None
    return None, False


def _is_year(number: str) -> bool:
    return len(number) == 4 and 1900 <= int(number) <= 2100
