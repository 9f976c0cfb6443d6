"""Text from a printed page (a PDF's text): running headers, page feet, page breaks.

Pages are told by form feeds (what `pdftotext` writes between them) or, in
text copied without them, by their feet (`Pagina 2 van 3`). A foot is
left out wherever it stands; a running header is the first line of a page
that repeats at the top of other pages (with its numbers ignored), and is
left out on every page but where it is the profile's own title (directly
above the recognition line). Where a page break cut a paragraph or an item,
the two halves are joined again: the blank lines around the break go,
unless the page ended a sentence and the next starts anew.
"""

import re

from ..reading.lines import RECOGNITION, classify
from .rewritten import Rewritten

PAGE_BREAK = "\f"
_FOOT = re.compile(
    r"(?:.{0,60}?[\s|–-])?(?:pagina|page|blz\.?|p\.)\s*\d{1,3}(?:\s*(?:van|of|/)\s*\d{1,3})?"
    r"|\d{1,3}\s*(?:/|van|of)\s*\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}",
    re.I,
)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = ".!?:;"


def is_printed(lines: list[str]) -> bool:
    """Two pages or more: form feeds, or at least two page feet."""
    breaks = sum(1 for line in lines if line.startswith(PAGE_BREAK))
    if breaks and any(line.strip() for line in lines):
        return breaks >= 2 or any(_is_foot(line) for line in lines)
    return sum(1 for line in lines if _is_numbered_foot(line)) >= 2


def unprint(text: Rewritten) -> Rewritten:
    lines = text.lines
    pages = _pages(lines)
    dropped: dict[int, str] = {}
    for page in pages:
        for at in (*_content(lines, page)[:1], *_content(lines, page)[-1:]):
            if _is_foot(lines[at]):
                dropped[at] = "a page foot"
    header = _running_header(lines, pages, dropped)
    if header is not None:
        for page_number, page in enumerate(pages):
            first = _first_content(lines, page, dropped)
            if first is None or _same_header(lines[first]) != header:
                continue
            if page_number == 0 and _above_recognition(lines, first, page):
                continue
            dropped[first] = "a running page header"
    kept = _joined_across_pages(lines, pages, dropped)
    return text.keeping(kept, dropped)


def _is_foot(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= 80 and bool(_FOOT.fullmatch(stripped))


def _is_numbered_foot(line: str) -> bool:
    """A foot that says which page: `Pagina 2 van 3`, `2/3`, not a bare number."""
    stripped = line.strip()
    return _is_foot(stripped) and not stripped.isdigit()


def _pages(lines: list[str]) -> list[range]:
    """Each page as a range of line numbers: a form feed, or a line after a foot, starts one."""
    starts = [0]
    feeds = any(line.startswith(PAGE_BREAK) for line in lines)
    for at in range(1, len(lines)):
        if lines[at].startswith(PAGE_BREAK) if feeds else _is_numbered_foot(lines[at - 1]):
            starts.append(at)
    ends = [*starts[1:], len(lines)]
    return [range(start, end) for start, end in zip(starts, ends, strict=True)]


def _content(lines: list[str], page: range) -> list[int]:
    return [at for at in page if lines[at].strip()]


def _first_content(lines: list[str], page: range, dropped: dict[int, str]) -> int | None:
    return next((at for at in _content(lines, page) if at not in dropped), None)


def _same_header(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).casefold())


def _running_header(lines: list[str], pages: list[range], dropped: dict) -> str | None:
    """The first line that at least two pages, and most of the pages after the first, start with."""
    firsts = [_first_content(lines, page, dropped) for page in pages]
    seen = [_same_header(lines[at]) for at in firsts if at is not None]
    later = seen[1:]
    for candidate in dict.fromkeys(later):
        count = later.count(candidate)
        if seen.count(candidate) >= 2 and count * 2 >= len(later):
            return candidate
    return None


def _above_recognition(lines: list[str], at: int, page: range) -> bool:
    after = next((n for n in range(at + 1, page.stop) if lines[n].strip()), None)
    return after is not None and classify(lines[after]).kind == RECOGNITION


def _joined_across_pages(
    lines: list[str], pages: list[range], dropped: dict[int, str]
) -> list[tuple[int, str]]:
    """The kept lines; at each break, no blank lines where a paragraph or item goes on."""
    kept: list[tuple[int, str]] = []
    for page in pages:
        body = [(at, lines[at].removeprefix(PAGE_BREAK)) for at in page if at not in dropped]
        if kept and body:
            last = next((line for _, line in reversed(kept) if line.strip()), "")
            first = next((line for _, line in body if line.strip()), "")
            blanks = []
            while kept and not kept[-1][1].strip():
                blanks.append(kept.pop())
            while body and not body[0][1].strip():
                blanks.append(body.pop(0))
            if _ends_a_block(last, first):
                kept.append(blanks[0] if blanks else (body[0][0] if body else page.start, ""))
        kept.extend(body)
    return kept


def _ends_a_block(last: str, first: str) -> bool:
    """Whether the page's last line ends what it says: a sentence, and the next starts anew."""
    last, first = last.strip(), first.strip()
    return not last or not first or (last[-1] in _SENTENCE_END and not first[0].islower())
