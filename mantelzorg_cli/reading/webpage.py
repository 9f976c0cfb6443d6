"""A saved web page as the lines of the profile it holds.

The page text is first cut free of what is never the profile (comments,
scripts, styles; head, menus and forms that show no sign of it), then parsed
with BeautifulSoup and stripped of the rest of the chrome (site header and
footer, cookie banners, …), and the element that holds the profile is
written as the same lines a plain-text profile has, so one segmenter reads
both: blocks become lines with blank lines between them, list items become
`•` lines indented by their depth.

Every step takes time linear in the size of the page, however deep its
nesting and whatever markup it leaves unclosed: nothing recurses, and no
search is started again from each of many places.
"""

import re
from collections.abc import Iterable
from itertools import chain

from bs4 import BeautifulSoup, NavigableString, Tag

from .questions import heading_text, match_question
from .text import fold

PARSER = "html.parser"

_NEVER_CONTENT = frozenset((
    "head", "script", "style", "noscript", "template", "svg", "iframe", "object",
    "embed", "canvas", "form", "button", "select", "nav", "aside", "dialog",
))  # fmt: skip
# The same, cut out of the page text before parsing when they show no sign of
# the profile (what is left of them is removed after parsing, unless it holds the profile).
_CUT_BEFORE_PARSING = (
    "head", "script", "style", "noscript", "template", "svg", "nav", "aside", "form", "iframe",
    "button", "select",
)  # fmt: skip
_RAW_TEXT = frozenset({"script", "style"})  # hold text, never elements: always cut
# `<!…>` (a comment, DOCTYPE, CDATA section), `<?…>`, or a start tag of the above.
_CUT_START = re.compile(rf"<(?:[!?]|({'|'.join(_CUT_BEFORE_PARSING)})(?=[\s/>]))", re.I)
_CLOSING = {name: re.compile(rf"</{name}\s*>", re.I) for name in _CUT_BEFORE_PARSING}
# Signs that a block may hold the profile: a tag that can be a question
# heading (see _QUESTION_HOLDERS), or the word of the recognition line.
_HOLDER_TAG = re.compile(r"<(?:h[1-6]|p|strong|b|dt|td)(?=[\s/>])", re.I)
_RECOGNITION_WORD = ("antelzorgvriendelijk", "ANTELZORGVRIENDELIJK")  # without its M or m
_MARKUP_START = re.compile(r"<[a-zA-Z/!?]")
# `&#` without a number: html.parser reads all that follows a second one as text.
_BARE_CHARREF = re.compile(r"&#(?![0-9]|[xX][0-9a-fA-F])")

_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog"}
_CHROME_NAMES = re.compile(
    r"cookie|consent|gdpr|breadcrumb|\bmenu|navbar|skip-?link|share|social|sidebar|modal|popup",
    re.I,
)
_BLOCKS = frozenset((
    "address", "article", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot", "tr", "ul",
))  # fmt: skip
_LISTS = frozenset({"ul", "ol"})
_CONTENT = frozenset({"main", "article"})
_CELLS = frozenset({"td", "th"})
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_QUESTION_HOLDERS = frozenset([*_HEADINGS, "p", "strong", "b", "dt", "td"])
# How far a heading's text can be spread: elements and strings, and levels of markup.
_HEADING_NODES = 200
_HEADING_DEPTH = 12
_RECOGNITION = re.compile(r"erkend\s+(?:als\s+)?mantelzorgvriendelijk", re.I)
# The recognition line itself, not a mention of it ("Ook erkend als mantelzorgvriendelijk?").
_RECOGNITION_LINE = re.compile(
    r"\s*erkend\s+(?:als\s+)?mantelzorgvriendelijk\w*(?:\s+(?:werkgever|organisatie))?"
    r"\s*(?::|(?:sinds|vanaf|per|op)\b)",
    re.I,
)
_FOOTER_NAME = re.compile(r"van\s+de\s+erkende\s+organisaties", re.I)
_OWN_MARKER = re.compile(r"^[•·▪◦●‣–—-]\s*")
_INDENT = "    "  # one nesting level of a list
# Items nested deeper are sub-items all the same (the record has two levels);
# the cap keeps lines short however deep a page nests its lists.
_MAX_INDENTS = 2


def page_to_text(page: str) -> str:
    soup = BeautifulSoup(_cut_never_content(page), PARSER)
    survey = _Survey(soup)
    # By id: bs4's == compares markup, not identity.
    holding_profile = _with_holders([*survey.questions, *survey.recognition_lines])
    for tag in survey.chrome:
        if id(tag) not in holding_profile and not tag.decomposed:
            tag.decompose()
    root = _profile_element(soup, survey)
    lines = _Lines()
    lines.walk(root)
    return "\n".join(lines.done())


def _cut_never_content(page: str) -> str:
    """The page text without what is never the profile, and without markup left open at its end.

    Cut: comments, `<!…>` and `<?…>`, scripts and styles, and every other
    `_CUT_BEFORE_PARSING` block that shows no sign of the profile; a block
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


class _Survey:
    """One pass over the page: the question headings, the chrome, the anchors of the profile."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.questions: list[Tag] = []
        self.recognition_lines: list[Tag] = []
        self.chrome: list[Tag] = []
        self.anchors: list[Tag] = []  # the recognition line, the footer line, the title
        self._in_content: dict[int, bool] = {}
        has_title = False
        for node in soup.descendants:
            if isinstance(node, Tag):
                if node.name in _QUESTION_HOLDERS and _asks_question(node):
                    self.questions.append(node)
                elif node.name in _NEVER_CONTENT or self._is_chrome(node):
                    self.chrome.append(node)
                elif node.name == "h1" and not has_title:
                    self.anchors.append(node)
                    has_title = True
            elif _RECOGNITION.search(node) or _FOOTER_NAME.search(node):
                self.anchors.append(node.parent)
                has_title = has_title or node.parent.name == "h1"  # then the title already
                if type(node) is NavigableString and _RECOGNITION_LINE.match(node):
                    self.recognition_lines.append(node.parent)

    def _is_chrome(self, tag: Tag) -> bool:
        if tag.name in ("header", "footer"):  # the site's, not an article's own
            return not self._inside_content(tag)
        attributes = tag.attrs
        if not attributes:
            return False
        if attributes.get("role") in _CHROME_ROLES or "hidden" in attributes:
            return True
        if attributes.get("aria-hidden") == "true":
            return True
        names = " ".join([*attributes.get("class", ()), attributes.get("id", "")])
        return bool(names) and bool(_CHROME_NAMES.search(names))

    def _inside_content(self, tag: Tag) -> bool:
        """Inside `main`, `article` or `role="main"`.

        Remembered for each element passed on the way up, so a thousand nested
        headers cost one walk up, not a thousand.
        """
        passed = []
        inside = False
        for parent in tag.parents:
            known = self._in_content.get(id(parent))
            if known is not None:
                inside = known
                break
            if parent.name in _CONTENT or parent.get("role") == "main":
                inside = True
                break
            passed.append(parent)
        for parent in passed:
            self._in_content[id(parent)] = inside
        return inside


def _asks_question(tag: Tag) -> bool:
    text = _heading_text(tag)
    if text is None:
        return False
    text = fold(text)
    return 20 <= len(text) <= 400 and match_question(heading_text(text)) is not None


def _heading_text(tag: Tag) -> str | None:
    """The text of `tag`, or None when it spreads wider or deeper than a heading's does.

    Bounded, so nested holders (`<b>` in `<b>` …) are not each read to the
    bottom; and not `tag.descendants`, which first walks down to the last one.
    """
    strings = []
    seen = 0
    stack = [iter(tag.contents)]
    while stack:
        for node in stack[-1]:
            seen += 1
            if seen > _HEADING_NODES:
                return None
            if type(node) is NavigableString:
                strings.append(node)
            elif isinstance(node, Tag) and node.contents:
                if len(stack) == _HEADING_DEPTH:
                    return None
                stack.append(iter(node.contents))
                break
        else:
            stack.pop()
    return "".join(strings)


def _with_holders(tags: list[Tag]) -> set[int]:
    """The ids of `tags` and of every element holding one; each element is passed once."""
    held: set[int] = set()
    for node in tags:
        while node is not None and id(node) not in held:
            held.add(id(node))
            node = node.parent
    return held


def _profile_element(soup: BeautifulSoup, survey: _Survey) -> Tag:
    """The smallest element holding the questions, the recognition line, the title, the
    footer line, and the answer to the last question: the first text after its heading
    (when nothing follows, the text before it, so the profile is never a heading alone)."""
    if not survey.questions:
        return soup.body or soup
    anchors = [*survey.questions, *(tag for tag in survey.anchors if not tag.decomposed)]
    last = _outermost(survey.questions[-1], survey.questions)
    beside = _text_after(last) or _text_before(last)
    if beside is not None:
        anchors.append(beside)
    return _smallest_holder(anchors)


def _outermost(question: Tag, questions: list[Tag]) -> Tag:
    """`question`, or the question heading that holds it (`<p><strong>…</strong></p>`)."""
    ids = {id(tag) for tag in questions}
    while id(question.parent) in ids:
        question = question.parent
    return question


def _text_after(tag: Tag) -> NavigableString | None:
    """The first text after `tag` and everything it holds."""
    while tag.next_sibling is None:
        tag = tag.parent
        if tag is None:
            return None
    start = tag.next_sibling
    return _first_text(chain((start,), start.next_elements))


def _text_before(tag: Tag) -> NavigableString | None:
    """The last text before `tag`."""
    return _first_text(tag.previous_elements)


def _first_text(nodes: Iterable[object]) -> NavigableString | None:
    """The first of `nodes` that is text to write, not white space, a comment or the like."""
    return next((node for node in nodes if type(node) is NavigableString and node.strip()), None)


def _smallest_holder(anchors: list[Tag | NavigableString]) -> Tag:
    """The smallest element holding all of `anchors` (the first must be an element).

    Each other anchor climbs until it meets the first one's line of ancestors,
    or the way an earlier anchor climbed (which met that line no lower down):
    every element is climbed through once, however deep the page.
    """
    first = anchors[0]
    line = [*reversed(list(first.parents)), first]  # from the document down to `first`
    depth_of = {id(tag): depth for depth, tag in enumerate(line)}
    deepest = len(line) - 1
    climbed: set[int] = set()
    for node in anchors[1:]:
        while node is not None and id(node) not in depth_of and id(node) not in climbed:
            climbed.add(id(node))
            node = node.parent
        if node is not None and id(node) in depth_of:
            deepest = min(deepest, depth_of[id(node)])
    return line[deepest]


class _Lines:
    """Writes blocks as lines: a blank line after a paragraph, `•` before an item."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._inline: list[str] = []
        self._prefix = ""  # what the next line starts with: an item's marker, or its indent

    def walk(self, root: Tag) -> None:
        """Writes what `root` holds; with a stack, not recursion, so any nesting is fine."""
        stack = [("", iter(root.contents), 0)]  # per open element: name, children left, depth
        while stack:
            name, children, depth = stack[-1]
            for child in children:
                if isinstance(child, Tag) and child.name == "pre":
                    self._preformatted(child)
                elif isinstance(child, Tag):
                    stack.append((child.name, iter(child.contents), self._open(child, depth)))
                    break
                if type(child) is NavigableString:  # not a comment, doctype or CDATA
                    self._inline.append(child)
            else:
                stack.pop()
                self._close(name)

    def _preformatted(self, tag: Tag) -> None:
        """`<pre>` keeps its lines: a browser saves a text profile as one `<pre>`."""
        self._flush()
        self._lines.extend(tag.get_text().split("\n"))
        self._paragraph_end()

    def _open(self, tag: Tag, depth: int) -> int:
        """Starts writing `tag`; the list depth of what it holds."""
        name = tag.name
        if name in _LISTS:
            self._flush()
            return depth + 1
        if name == "li":
            self._flush()
            self._prefix = _INDENT * min(max(depth - 1, 0), _MAX_INDENTS) + "• "
        elif name in _BLOCKS or name == "br":
            self._flush()
        return depth

    def _close(self, name: str) -> None:
        if name in _LISTS:
            self._paragraph_end()
        elif name == "li":
            self._flush()
            self._prefix = ""
        elif name in _BLOCKS:
            self._flush()
            if not self._prefix:
                self._paragraph_end()
        elif name in _CELLS:
            self._inline.append(" ")

    def _flush(self) -> None:
        text = fold("".join(self._inline))
        self._inline = []
        if not text:
            return
        if self._prefix.endswith("• "):
            text = _OWN_MARKER.sub("", text, count=1)  # `<li>• text</li>`: one marker is enough
            self._lines.append(self._prefix + text)
            self._prefix = self._prefix[:-2] + "      "  # later lines continue the item
        else:
            self._lines.append(self._prefix + text)

    def _paragraph_end(self) -> None:
        if self._lines and self._lines[-1]:
            self._lines.append("")

    def done(self) -> list[str]:
        self._flush()
        return self._lines
