"""Text from a printed page (a PDF's text): running headers, page feet, page breaks.

Pages are told by form feeds (what `pdftotext` writes between them) or, in
text copied without them, by their feet (`Pagina 2 van 3`). A foot is
left out wherever it stands; a running header is a short first line of a
page that repeats at the top of most pages (with its numbers ignored), and
is left out on every page but where it is the profile's own title (directly
above the recognition line). Where a page break cut a paragraph or an item,
the two halves are joined again: the blank lines around the break go,
unless the page's last line ends what it says: it ends a sentence, the next
page starts anew (not lower-case, not indented), and in a hard-wrapped text
the last line is not full.
"""

import re

from ..compiling import compiled
from ..reading.kinds import BULLET, QUESTION, RECOGNITION, TEXT
from ..reading.lines import PAGE_NUMBER, classify
from ..reading.text import PAGE_BREAK
from .rewritten import Rewritten
from .wrapping import ends_a_sentence, goes_on, is_full, joined_lines

_FOOT = compiled(
    r"(?:.{0,60}?[\s|–-])?(?:pagina|page|blz\.?|p\.)\s*\d{1,3}(?:\s*(?:van|of|/)\s*\d{1,3})?"
    rf"|\d{{1,3}}\s*(?:/|van|of)\s*\d{{1,3}}|{PAGE_NUMBER}|\d{{1,3}}",
    re.I,
)
_DIGITS = compiled(r"\d+")
_FOOT_ENDS = frozenset("0123456789-–—")
_HEADER_WORDS = 12
_TOP_LINES = 3  # of the first page, where its running header may stand


def is_printed(lines: list[str]) -> bool:
    """Two pages or more: form feeds, or at least two page feet."""
    breaks = sum(line.count(PAGE_BREAK) for line in lines if PAGE_BREAK in line)
    if breaks and any(line.strip() for line in lines):
        return breaks >= 2 or any(_is_foot(line) for line in lines)
    # A foot ends in its number (or the dash of `- 2 -`): a cheap test before the pattern.
    # Two: one `Pagina 2 van 3` or `2/3` alone is as likely a line of the text.
    return sum(1 for line in lines if _may_end_a_foot(line) and _is_numbered_foot(line)) >= 2


def unprint(text: Rewritten, width: int | None) -> Rewritten:
    """`text` without its page headers and feet, with what a page break cut whole again;
    `width`: what the text is hard-wrapped at (`wrapping.wrap_width`), if it is."""
    text = _page_breaks_first(text)
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
    kept = _joined_across_pages(lines, pages, dropped, width)
    return text.keeping(kept, dropped)


def _page_breaks_first(text: Rewritten) -> Rewritten:
    """Each form feed at the start of a line: what stood before it on its line (a mail's
    `> ` quoting a PDF's text, the end of a page) ends the page before."""
    kept = []
    for at, line in enumerate(text.lines):
        head, *pages = line.split(PAGE_BREAK)
        if head.strip() or not pages:
            kept.append((at, head))
        kept.extend((at, PAGE_BREAK + page) for page in pages)
    return text.keeping(kept, {})


def _may_end_a_foot(line: str) -> bool:
    last = line[-1:]
    return last in _FOOT_ENDS or last.isspace()


def _is_foot(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= 80 and bool(_FOOT.fullmatch(stripped))


def _is_numbered_foot(line: str) -> bool:
    """A foot that says which page: `Pagina 2 van 3`, `2/3`, not a bare number."""
    stripped = line.strip()
    return _is_foot(stripped) and not stripped.isdigit()


def _pages(lines: list[str]) -> list[range]:
    """Each page as a range of line numbers: a form feed starts one, and so does the first
    line after a foot that numbers its page (a text copied without its form feeds), when
    that foot ends its page (not one at the top of it, under a form feed)."""
    starts = [0]
    after_foot = False
    content = False  # the page so far holds a line that is not blank
    for at in range(1, len(lines)):
        line, before = lines[at], lines[at - 1]
        if before.strip():
            after_foot = after_foot or (content and _is_numbered_foot(before))
            content = True
        if line.startswith(PAGE_BREAK) or (after_foot and line.strip()):
            starts.append(at)
            after_foot = content = False
    ends = [*starts[1:], len(lines)]
    return [range(start, end) for start, end in zip(starts, ends, strict=True)]


def _content(lines: list[str], page: range) -> list[int]:
    return [at for at in page if lines[at].strip()]


def _first_content(lines: list[str], page: range, dropped: dict[int, str]) -> int | None:
    return next((at for at in _content(lines, page) if at not in dropped), None)


def _same_header(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).casefold())


def _running_header(lines: list[str], pages: list[range], dropped: dict) -> str | None:
    """The first line of most pages after the first (of the second, when there are two),
    that also starts another page: a short line, not a question or a bullet (a question
    that a file asks twice, once per profile, may start two pages). On the first page it
    may stand a few lines down, below the site's header: the organisation's name."""
    firsts = [_first_content(lines, page, dropped) for page in pages]
    written = {_same_header(lines[at]): lines[at] for at in reversed(firsts) if at is not None}
    later = [_same_header(lines[at]) for at in firsts[1:] if at is not None]
    top = {_same_header(lines[at]) for at in _content(lines, pages[0])[:_TOP_LINES]}
    for candidate in dict.fromkeys(later):
        count = later.count(candidate)
        if (
            count + (candidate in top) >= 2
            and count * 2 > len(later)
            and _can_be_header(written[candidate].strip())
        ):
            return candidate
    return None


def _can_be_header(line: str) -> bool:
    """A title's words, not the rest of a sentence (`maken van het thema?`)."""
    words = line.split()
    return (
        0 < len(words) <= _HEADER_WORDS
        and not words[0][0].islower()
        and line[-1] not in "?,;"
        and classify(line).kind not in (QUESTION, BULLET)
    )


def _above_recognition(lines: list[str], at: int, page: range) -> bool:
    after = next((n for n in range(at + 1, page.stop) if lines[n].strip()), None)
    return after is not None and classify(lines[after]).kind == RECOGNITION


def _joined_across_pages(
    lines: list[str], pages: list[range], dropped: dict[int, str], width: int | None
) -> list[tuple[int, str]]:
    """The kept lines; at each break, no blank lines where a paragraph or item goes on."""
    kept: list[tuple[int, list[str]]] = []  # each line, as the lines it is joined from
    tail = ""  # the last line as printed: a line joined across a break is longer than any
    merged_kind = None  # the kind of the last kept line, when it was joined across a break
    apart = False  # a page of nothing but blank lines came between: what it parts stays apart
    for page in pages:
        body = [(at, lines[at].removeprefix(PAGE_BREAK)) for at in page if at not in dropped]
        if not any(line.strip() for _, line in body):
            apart = apart or bool(kept)
            continue
        tail_of_page = next(line for _, line in reversed(body) if line.strip())
        if kept:
            blanks = []
            while len(kept[-1][1]) == 1 and not kept[-1][1][0].strip():
                blanks.append(kept.pop())
            while not body[0][1].strip():
                at, line = body.pop(0)
                blanks.append((at, [line]))
            first = body[0][1]
            if apart or _ends_a_block(tail, first, width):
                kept.append(blanks[0] if blanks else (body[0][0], [""]))
            else:
                parts = kept[-1][1]
                last_kind = merged_kind or classify(parts[0]).kind
                if _cut_in_two(last_kind, parts, tail, first, width):
                    parts.append(first)
                    body.pop(0)
                    merged_kind = last_kind
        if body:
            merged_kind = None  # the last kept line is one of this page's, as printed
        kept.extend((at, [line]) for at, line in body)
        tail = tail_of_page
        apart = False
    return [(at, joined_lines(parts)) for at, parts in kept]


def _cut_in_two(last_kind: str, last: list[str], tail: str, first: str, width: int | None) -> bool:
    """Whether the page broke one line (cut into `last`) in two: the next goes on in lower
    case, or the last printed line ran to the margin, and the next is the rest of the line
    (`wrapping.goes_on`)."""
    goes_on_below = first.strip()[:1].islower() or (
        width is not None and is_full(tail, first, width)
    )
    return goes_on_below and not first[:1].isspace() and goes_on(last_kind, last, first)


def _ends_a_block(last: str, first: str, width: int | None) -> bool:
    """Whether the page's last line ends what it says: the next is no indented
    continuation, the last (in a hard-wrapped text) is not full, and it ends a
    sentence, with the next line starting anew."""
    if not last.strip() or not first.strip():
        return True
    if first[:1].isspace() and classify(first).kind == TEXT:
        return False  # an indented line goes on with the item above it
    if width is not None and is_full(last, first, width):
        return False
    return ends_a_sentence(last) and not first.strip()[0].islower()
