"""A page's text before it is parsed: what is never the profile cut out, in one pass.

Comments, `<!…>` and `<?…>`, scripts and styles go; so do a head, menus,
forms and the like that show no sign of the profile (no heading-like tag,
no word *mantelzorgvriendelijk*), and the site's header and footer when they
show none either and no element but `html` and `body` is open around them; markup left
open at the end is dropped, as a browser would. Linear in the page's size,
whatever is left unclosed.
"""

import re

from ..compiling import compiled
from ..reading.questions import may_ask_a_question

# Elements that are never the profile, cut out of the page text before parsing
# when they show no sign of it (what is left of them is removed after parsing,
# unless it holds the profile: `webpage` drops these and a few more).
CUT_BEFORE_PARSING = (
    "head", "script", "style", "noscript", "template", "svg", "nav", "aside", "form", "iframe",
    "button", "select",
)  # fmt: skip
_RAW_TEXT = frozenset({"script", "style"})  # hold text, never elements: always cut
# Chrome only outside the content: an article's own header and footer are part of it
# (`webpage`). Cut only where no element but the page's own is open.
_SITE_PARTS = ("header", "footer")
# A start or end tag (attribute values may hold `>`), or a `role="main"`.
_TAG = compiled(
    r"""<(/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|role\s*=\s*["']?[^"'>]*?\bmain\b"""
)
_PAGE_ELEMENTS = frozenset({"html", "head", "body"})
_VOID = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
))  # fmt: skip
_CUT = (*CUT_BEFORE_PARSING, *_SITE_PARTS)
# `<!…>` (a comment, DOCTYPE, CDATA section), `<?…>`, or a start tag of the above.
_CUT_START = compiled(rf"<(?:[!?]|({'|'.join(_CUT)})(?=[\s/>]))", re.I)
_OPENING = {name: compiled(rf"<{name}(?=[\s/>])", re.I) for name in _CUT}
# What may hide an end tag that is none (`<!-- </nav> -->`, `'</nav>'` in a script, an
# attribute's value): a block that holds one is left to the parser.
_MAY_HIDE_AN_END = compiled(r"""<[!?]|<(?:script|style)(?=[\s/>])|=\s*(?:"[^"]*<|'[^']*<)""", re.I)
_CLOSING = {name: compiled(rf"</{name}\s*>", re.I) for name in _CUT}
# Signs that a block may hold the profile: a tag that can be a question
# heading (see `webpage._QUESTION_HOLDERS`), the word of the recognition line, or
# a word of the questions (`questions.may_ask_a_question`, for a question in a `<div>`).
_HOLDER_TAG = compiled(r"<(?:h[1-6]|p|strong|b|dt|td)(?=[\s/>])", re.I)
_RECOGNITION_WORD = ("antelzorgvriendelijk", "ANTELZORGVRIENDELIJK")  # without its M or m
_MARKUP_START = compiled(r"<[a-zA-Z/!?]")
# `&#` without a number: html.parser reads all that follows a second one as text.
_BARE_CHARREF = compiled(r"&#(?![0-9]|[xX][0-9a-fA-F])")


def cut_never_content(page: str) -> str:
    """The page text without what is never the profile, and without markup left open at its end.

    Cut: comments, `<!…>` and `<?…>`, scripts and styles, and every other
    `CUT_BEFORE_PARSING` block that shows no sign of the profile, and a
    header or footer like it outside the content; a block that does is
    looked into, so the chrome inside it is cut all the same. A block
    without its closing tag, with another of its kind inside (`<nav><nav>…
    </nav>…</nav>`), or with a comment, a script or an attribute that may
    hide an end tag that is none, is left to the parser: where it ends is the
    parser's to say. Cutting the text spares BeautifulSoup, the slow part, most of a
    saved page.
    """
    kept: list[str] = []
    closing = _ClosingTags(page)
    signs = _ProfileSigns(page)
    inside = _OpenElements(page)
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
            if close is None or (
                name not in _RAW_TEXT
                and (
                    _OPENING[name].search(page, found.end(), close[0])
                    or _MAY_HIDE_AN_END.search(page, found.end(), close[1])
                    or (
                        inside.open_at(start) or signs.of_anchors(found.end(), close[0])
                        if name in _SITE_PARTS
                        else signs.within(found.end(), close[0])
                    )
                )
            ):
                looked = found.end()
                continue
            cut_to = close[1]
        inside.cut(start, cut_to)
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


class _OpenElements:
    """Whether an element other than the page's own (`html`, `body`) is open at a place,
    in the text kept so far.

    Read as the parser will: a closing tag closes the innermost open element of its
    name and those inside it, or nothing if none is open; `<x/>` closes itself. An
    element left open (`<p>` without `</p>`) keeps it so: then nothing is cut, which
    is safe. After a `role="main"`, whose element's end is not looked for, content is
    open to the end. Places are asked for in order; each stretch is read once, and
    each tag costs the same however deep it stands.
    """

    def __init__(self, page: str) -> None:
        self._page = page
        self._open: list[str] = []
        self._count: dict[str, int] = {}  # of each name in `_open`
        self._to_the_end = False
        self._read_to = 0

    def open_at(self, position: int) -> bool:
        self._read(position)
        return self._to_the_end or bool(self._open)

    def cut(self, start: int, end: int) -> None:
        """`page[start:end]` is cut: the parser never sees it."""
        self._read(start)
        self._read_to = max(self._read_to, end)

    def _read(self, end: int) -> None:
        if self._to_the_end or end <= self._read_to:
            return
        for tag in _TAG.finditer(self._page, self._read_to, end):
            if tag.group(2) is None:  # role="main"
                self._to_the_end = True
                break
            name = tag.group(2).lower()
            if name in _PAGE_ELEMENTS or name in _VOID:
                continue
            if tag.group(1):
                self._close(name)
            elif not tag.group(3).rstrip().endswith("/"):
                self._open.append(name)
                self._count[name] = self._count.get(name, 0) + 1
        self._read_to = end

    def _close(self, name: str) -> None:
        if not self._count.get(name):
            return  # a stray end tag: the parser ignores it
        while True:
            closed = self._open.pop()
            self._count[closed] -= 1
            if closed == name:
                return


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

    def of_anchors(self, start: int, end: int) -> bool:
        """Whether a stretch may hold what makes a header or footer part of the profile:
        the recognition line, or a question's heading."""
        return self._recognition_word(start, end) >= 0 or bool(
            _HOLDER_TAG.search(self._page, start, end) and may_ask_a_question(self._page[start:end])
        )

    def _first(self, start: int, end: int) -> int:
        tag = _HOLDER_TAG.search(self._page, start, end)
        if tag:
            return tag.start()
        found = self._recognition_word(start, end)
        if found >= 0:
            return found
        # A question written in a tag of no heading's kind (`<div>`): its words. The
        # stretch's start stands for where they are (lower-casing may move them: İ).
        return start if may_ask_a_question(self._page[start:end]) else -1

    def _recognition_word(self, start: int, end: int) -> int:
        """Where the recognition line's word is in the stretch; -1 if it is not."""
        return max(self._page.find(word, start, end) for word in _RECOGNITION_WORD)
