"""A saved web page as the lines of the profile it holds.

The page text is first cut free of what is never the profile (comments,
scripts, styles; head, menus and forms that show no sign of it), then parsed
with BeautifulSoup and stripped of the rest of the chrome (site header and
footer, cookie banners, …), and the element that holds the profile is
written as the same lines a plain-text profile has, so one reader (`parts`) reads
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

from ..compiling import compiled
from ..reading.lines import ONE_OF_THE_RECOGNISED, RECOGNITION_LABEL
from ..reading.questions import heading_text, match_question, may_ask_a_question
from ..reading.text import fold
from .holders import with_holders
from .markup import CUT_BEFORE_PARSING, cut_never_content
from .page_lines import PageLines
from .several import profile_elements

PARSER = "html.parser"

# What is never the profile: what is cut before parsing, and elements that may be
# left open too often for that cut.
_NEVER_CONTENT = frozenset((*CUT_BEFORE_PARSING, "object", "embed", "canvas", "dialog"))

_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog"}
_CHROME_NAMES = compiled(
    r"cookie|consent|gdpr|breadcrumb|\bmenu|navbar|skip-?link|share|social|sidebar|modal|popup",
    re.I,
)
_CONTENT_ELEMENTS = frozenset({"main", "article"})
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_QUESTION_HOLDERS = frozenset([*_HEADINGS, "p", "strong", "b", "dt", "td"])
# How far a heading's text can be spread: elements and strings, and levels of markup.
_HEADING_NODES = 200
_HEADING_DEPTH = 12
_CELL_DEPTH = 4
_RECOGNITION = compiled(RECOGNITION_LABEL, re.I)
# The recognition line that anchors a page's profile: the label with a colon or
# `sinds`. Stricter than a text line's rule, where a bare label takes its date
# from the next line: on a page a bare label is a heading ("Erkend
# mantelzorgvriendelijk", over a list of names in a sidebar).
_RECOGNITION_LINE = compiled(rf"\s*{RECOGNITION_LABEL}\s*(?::|(?:sinds|vanaf|per|op)\b)", re.I)
_FOOTER_NAME = compiled(ONE_OF_THE_RECOGNISED, re.I)


def page_to_texts(page: str) -> list[str]:
    """The profiles in a saved page, each as the lines of a text profile
    (docs/reading-rules.md, "Web pages").

    The element that holds a profile is the innermost `main`, `article` or
    other block that holds both its questions and its recognition line, or
    the whole body when none does; chrome inside it (menus, banners, forms)
    is left out. A page that asks a question twice holds several profiles,
    each in an element of its own (`several`); what is outside them all (the
    page's heading, its lead) belongs to none.
    """
    soup = BeautifulSoup(cut_never_content(page), PARSER)
    survey = _Survey(soup)
    # By id: bs4's == compares markup, not identity.
    holding_profile = with_holders([*survey.questions, *survey.recognition_lines])
    asking: set[int] = set()  # chrome kept because a text in it asks a question
    # The innermost first: what an inner one drops, an outer one need not read again.
    for tag in reversed(survey.chrome):
        if id(tag) in holding_profile or _decomposed(tag):
            continue
        if _asks_a_question(tag, asking):
            asking.add(id(tag))
        else:
            tag.decompose()
    roots = profile_elements(survey.questions, survey.keys)
    block_cells = _cells_of_question_rows(survey.questions)
    return [_as_text(root, block_cells) for root in roots or [_profile_element(soup, survey)]]


def _asks_a_question(chrome: Tag, asking: set[int]) -> bool:
    """Whether a text in `chrome` asks one of the questions, though no heading's kind of
    tag holds it (`<div>Welke concrete acties …?</div>` in an ASP.NET `<form>`).

    `asking`: chrome inside it already known to ask one; each text is read once."""
    for node in chrome.descendants:
        if isinstance(node, Tag):
            if id(node) in asking:
                return True
        elif type(node) is NavigableString and 20 <= len(node) <= 400 and _question_in(node):
            return True
    return False


def _decomposed(node: Tag | NavigableString) -> bool:
    """Whether `decompose()` removed `node`, with it or with an element around it.

    bs4's own `decomposed` reads the flag that `decompose()` sets; where it is
    unset, the read falls through `Tag.__getattr__` into a search of the whole
    element for a child named `_decomposed`: 50 µs on a profile's element.
    """
    return bool(vars(node).get("_decomposed", False))


def _cells_of_question_rows(questions: list[Tag]) -> frozenset[int]:
    """The cells of each table row that asks a question: the question in one cell, its
    answer in the next, each a block of its own."""
    cells: set[int] = set()
    for question in questions:
        cell = _cell_holding(question)
        if cell is not None and cell.parent is not None and id(cell) not in cells:
            cells.update(id(tag) for tag in cell.parent.find_all(("td", "th"), recursive=False))
    return frozenset(cells)


def _cell_holding(tag: Tag) -> Tag | None:
    """The table cell `tag` is, or is in (a few levels up at most: `<td><p><b>`)."""
    for _ in range(_CELL_DEPTH):
        if tag is None or tag.name in ("td", "th"):
            return tag
        tag = tag.parent
    return None


def _as_text(root: Tag, block_cells: frozenset[int]) -> str:
    lines = PageLines(block_cells)
    lines.walk(root)
    return "\n".join(lines.done())


class _Survey:
    """One pass over the page: the question headings, the chrome, the anchors of the profile."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.questions: list[Tag] = []
        self.keys: list[str] = []  # the key each of `questions` asks
        self.recognition_lines: list[Tag] = []
        self.chrome: list[Tag] = []
        self.anchors: list[Tag] = []  # the recognition line, the footer line, the title
        self._in_content: dict[int, bool] = {}
        has_title = False
        for node in soup.descendants:
            if isinstance(node, Tag):
                if node.name in _QUESTION_HOLDERS and (key := _question_asked(node)):
                    self.questions.append(node)
                    self.keys.append(key)
                elif node.name in _NEVER_CONTENT or self._is_chrome(node):
                    self.chrome.append(node)
                elif node.name == "h1" and not has_title:
                    self.anchors.append(node)
                    has_title = True
            elif _RECOGNITION.search(node) or _FOOTER_NAME.search(node):
                self.anchors.append(node.parent)
                has_title = has_title or node.parent.name == "h1"  # then the title already
                # The line itself, not a mention ("Ook erkend als mantelzorgvriendelijk?").
                if type(node) is NavigableString and _RECOGNITION_LINE.match(node):
                    self.recognition_lines.append(node.parent)

    def _is_chrome(self, tag: Tag) -> bool:
        # Outside `main` and `article`, a header or footer is the site's: a page-wide
        # wrapper (`<div id="page">`) may hold it beside the profile.
        if tag.name in ("header", "footer") and not self._inside_content(tag):
            return True
        return _marked_as_chrome(tag)

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
            if parent.name in _CONTENT_ELEMENTS or "main" in _roles(parent):
                inside = True
                break
            passed.append(parent)
        for parent in passed:
            self._in_content[id(parent)] = inside
        return inside


def _marked_as_chrome(tag: Tag) -> bool:
    """Hidden, or with a role or a class or id name that says menu, banner, cookie, …"""
    attributes = tag.attrs
    if not attributes:
        return False
    if not _CHROME_ROLES.isdisjoint(_roles(tag)) or "hidden" in attributes:
        return True
    if attributes.get("aria-hidden") == "true":
        return True
    names = " ".join([*attributes.get("class", ()), attributes.get("id", "")])
    return bool(names) and bool(_CHROME_NAMES.search(names))


def _roles(tag: Tag) -> list[str]:
    """The roles `tag` names: `role` is a list of words, in any case (`role="Main "`)."""
    role = tag.get("role")
    return role.lower().split() if isinstance(role, str) else []


def _question_asked(tag: Tag) -> str | None:
    """The key of the question `tag` asks, if it is a heading that asks one."""
    text = _heading_text(tag)
    return None if text is None else _question_in(text)


def _question_in(text: str) -> str | None:
    """The key of the question `text` asks as a heading (folded here), if it asks one."""
    text = fold(text)
    if not 20 <= len(text) <= 400 or not may_ask_a_question(text):
        return None
    found = match_question(heading_text(text))
    return found[0] if found else None


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


def _profile_element(soup: BeautifulSoup, survey: _Survey) -> Tag:
    """The smallest element holding the questions, the recognition line, the title, the
    footer line, and the answer to the last question: the first text after its heading
    (when nothing follows, the text before it, so the profile is never a heading alone)."""
    if not survey.questions:
        return soup.body or soup
    anchors = [*survey.questions, *(tag for tag in survey.anchors if not _decomposed(tag))]
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
