"""Dutch dates as ISO 8601, as precise as the source is."""

import datetime
import re

from ..compiling import compiled

_MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"(\d{4}|\d{2})"
_MONTH_NAME = compiled(rf"\b(?:{_MONTH})\b", re.I)
_PATTERNS = (
    # 30 maart 2017, 1e juli 2019, 30 mrt. '17
    compiled(rf"\b(\d{{1,2}})(?:e|ste|de)?\s+({_MONTH})\b\.?\s+'?{_YEAR}\b", re.I),
    compiled(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"),  # 2017-03-30
    compiled(rf"\b(\d{{1,2}})[-/.](\d{{1,2}})[-/.]{_YEAR}\b"),  # 30-03-2017
    compiled(rf"\b({_MONTH})\b\.?\s+'?{_YEAR}\b", re.I),  # maart 2017
    compiled(r"\b(\d{1,2})[-/](\d{4})\b"),  # 03-2017
    compiled(r"\b(\d{4})\b"),  # 2017
)


def parse_date(text: str) -> str | None:
    """`30 maart 2017` -> `2017-03-30`; `maart 2017` -> `2017-03`; `2017` -> `2017`.

    None when no pattern fits or the date does not exist.
    """
    for number, pattern in enumerate(_PATTERNS):
        match = pattern.search(text)
        if match:
            return _iso(number, match.groups())
    return None


def names_a_month(text: str) -> bool:
    """`maart`, `mrt.`, `Sept`: a month's name or abbreviation as a word of its own."""
    return _MONTH_NAME.search(text) is not None


def _iso(pattern: int, groups: tuple[str, ...]) -> str | None:
    if pattern == 0:
        day, month, year = int(groups[0]), _MONTHS[groups[1].lower()], _year(groups[2])
    elif pattern == 1:
        year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
    elif pattern == 2:
        day, month, year = int(groups[0]), int(groups[1]), _year(groups[2])
    elif pattern == 3:
        return _month(_year(groups[1]), _MONTHS[groups[0].lower()])
    elif pattern == 4:
        return _month(int(groups[1]), int(groups[0]))
    else:
        year = int(groups[0])  # also of digits in another script: ٢٠١٧
        return f"{year}" if 1900 <= year <= 2100 else None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and year >= 1900 else None


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)
