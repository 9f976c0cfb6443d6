"""A page's text before it is parsed: what is never the profile cut out, in one pass.

Comments, `<!…>` and `<?…>`, scripts and styles go; so do a head, menus,
forms and the like that show no sign of the profile (no heading-like tag,
no word *mantelzorgvriendelijk*); markup left open at the end is dropped, as
a browser would. Linear in the page's size, whatever is left unclosed.
"""

import re

# Elements that are never the profile, cut out of the page text before parsing
# when they show no sign of it (what is left of them is removed after parsing,
# unless it holds the profile: `webpage` drops these and a few more).
CUT_BEFORE_PARSING = (
    "head", "script", "style", "noscript", "template", "svg", "nav", "aside", "form", "iframe",
    "button", "select",
)  # fmt: skip
_RAW_TEXT = frozenset({"script", "style"})  # hold text, never elements: always cut
# `<!…>` (a comment, DOCTYPE, CDATA section), `<?…>`, or a start tag of the above.
_CUT_START = re.compile(rf"<(?:[!?]|({'|'.join(CUT_BEFORE_PARSING)})(?=[\s/>]))", re.I)
_CLOSING = {name: re.compile(rf"</{name}\s*>", re.I) for name in CUT_BEFORE_PARSING}
# Signs that a block may hold the profile: a tag that can be a question
# heading (see `webpage._QUESTION_HOLDERS`), or the word of the recognition line.
_HOLDER_TAG = re.compile(r"<(?:h[1-6]|p|strong|b|dt|td)(?=[\s/>])", re.I)
_RECOGNITION_WORD = ("antelzorgvriendelijk", "ANTELZORGVRIENDELIJK")  # without its M or m
_MARKUP_START = re.compile(r"<[a-zA-Z/!?]")
# `&#` without a number: html.parser reads all that follows a second one as text.
_BARE_CHARREF = re.compile(r"&#(?![0-9]|[xX][0-9a-fA-F])")


def cut_never_content(page: str) -> str:
    """The page text without what is never the profile, and without markup left open at its end.

    Cut: comments, `<!…>` and `<?…>`, scripts and styles, and every other
    `CUT_BEFORE_PARSING` block that shows no sign of the profile; a block
    that does is looked into, so the chrome inside it is cut all the same.
    A block without its closing tag is left to the parser. Cutting the text
    spares BeautifulSoup, the slow part, most of a saved page.
    """
    kept: list[str] = []
    closing = _ClosingTags(page)
    signs = _ProfileSigns(page)
    end = len(page)
    copied = looked = 0  # page[:copied] is kept or cut; markup is looked for from `looked`
    while found := _CUT_START.search(page, looked, end):
        start, name = found.start(), found.group(1)
        if name is None:
            cut_to = _declaration_end(page, start)
            if cut_to < 0:  # never closed: like a browser, read the rest as a comment
                end = start
                break
        else:
            name = name.lower()
            close = closing.after(name, found.end())
            if close is None or (name not in _RAW_TEXT and signs.within(found.end(), close[0])):
                looked = found.end()
                continue
            cut_to = close[1]
        kept.append(page[copied:start])
        copied = looked = cut_to
    kept.append(page[copied:end])
    text = "".join(kept)
    # Markup opened after the last `>` never ends. A browser drops it; html.parser
    # would look for its end again from every `<` in it, in time growing as n².
    unended = _MARKUP_START.search(text, text.rfind(">") + 1)
    if unended:
        text = text[: unended.start()]
    return _BARE_CHARREF.sub("&amp;#", text)


def _declaration_end(page: str, start: int) -> int:
    """Where `<!--…-->`, another `<!…>` or a `<?…>` at `start` ends; -1 if it does not."""
    if page.startswith("<!--", start):
        end = page.find("-->", start + 2)  # from 2: `<!-->` is an empty comment
        return end + 3 if end >= 0 else -1
    end = page.find(">", start + 2)
    return end + 1 if end >= 0 else -1


class _ClosingTags:
    """The next closing tag of each kind, for positions that only grow.

    Each stretch of the page is searched once per kind, however many opening
    tags (nested, or never closed) share one closing tag or have none.
    """

    def __init__(self, page: str) -> None:
        self._page = page
        self._next: dict[str, tuple[int, int] | None] = {}  # None: there is no more

    def after(self, name: str, position: int) -> tuple[int, int] | None:
        span = self._next.get(name, (-1, -1))
        if span is not None and span[0] < position:
            found = _CLOSING[name].search(self._page, position)
            span = self._next[name] = found.span() if found else None
        return span


class _ProfileSigns:
    """Whether a stretch of the page shows a sign of the profile.

    Blocks nested in a spared block ask about stretches that hold the sign
    found last; it answers them without a new search.
    """

    def __init__(self, page: str) -> None:
        self._page = page
        self._last = -1

    def within(self, start: int, end: int) -> bool:
        if not start <= self._last < end:
            found = self._first(start, end)
            if found < 0:
                return False
            self._last = found
        return True

    def _first(self, start: int, end: int) -> int:
        tag = _HOLDER_TAG.search(self._page, start, end)
        if tag:
            return tag.start()
        for word in _RECOGNITION_WORD:
            found = self._page.find(word, start, end)
            if found >= 0:
                return found
        return -1
