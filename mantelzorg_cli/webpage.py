"""A saved web page as the lines of the profile it holds.

The page is parsed with BeautifulSoup, stripped of what is not the profile
(scripts, navigation, site header and footer, cookie banners, …), and the
element that holds the profile is written as the same lines a plain-text
profile has, so one segmenter reads both: blocks become lines with blank
lines between them, list items become `•` lines indented by their depth.
"""

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from .questions import heading_text, match_question
from .text import fold

PARSER = "html.parser"

_NEVER_CONTENT = frozenset((
    "head", "script", "style", "noscript", "template", "svg", "iframe", "object",
    "embed", "canvas", "form", "button", "select", "nav", "aside", "dialog",
))  # fmt: skip
# The same, cut out of the page text before parsing (what is left is removed after).
_NEVER_CONTENT_BLOCK = re.compile(
    r"<!--.*?-->|<(head|script|style|noscript|template|svg|nav|aside|form|iframe|button|select)"
    r"\b.*?</\1\s*>",
    re.S | re.I,
)
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
_CONTENT = ["main", "article"]
_CELLS = frozenset({"td", "th"})
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_QUESTION_HOLDERS = frozenset([*_HEADINGS, "p", "strong", "b", "dt", "td"])
_RECOGNITION = re.compile(r"erkend\s+(?:als\s+)?mantelzorgvriendelijk", re.I)
_FOOTER_NAME = re.compile(r"van\s+de\s+erkende\s+organisaties", re.I)
_OWN_MARKER = re.compile(r"^[•·▪◦●‣–—-]\s*")
_INDENT = "    "  # one nesting level of a list


def page_to_text(page: str) -> str:
    # Cutting what is never the profile out of the text first spares
    # BeautifulSoup most of a saved page: its head, scripts, menus.
    soup = BeautifulSoup(_NEVER_CONTENT_BLOCK.sub("", page), PARSER)
    survey = _Survey(soup)
    holding_questions = {id(parent) for q in survey.questions for parent in q.parents}
    for tag in survey.chrome:
        if id(tag) not in holding_questions:  # by identity: bs4's == compares markup
            tag.decompose()
    root = _profile_element(soup, survey)
    lines = _Lines()
    lines.walk(root, depth=0)
    return "\n".join(lines.done())


class _Survey:
    """One pass over the page: the question headings, the chrome, the anchors of the profile."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.questions: list[Tag] = []
        self.chrome: list[Tag] = []
        self.anchors: list[Tag] = []  # the recognition line, the footer line, the title
        for node in soup.descendants:
            if isinstance(node, Tag):
                if node.name in _QUESTION_HOLDERS and _asks_question(node):
                    self.questions.append(node)
                elif node.name in _NEVER_CONTENT or _is_chrome(node):
                    self.chrome.append(node)
                elif node.name == "h1" and not any(a.name == "h1" for a in self.anchors):
                    self.anchors.append(node)
            elif _RECOGNITION.search(node) or _FOOTER_NAME.search(node):
                self.anchors.append(node.parent)


def _asks_question(tag: Tag) -> bool:
    text = fold(tag.get_text())
    return 20 <= len(text) <= 400 and match_question(heading_text(text)) is not None


def _is_chrome(tag: Tag) -> bool:
    if tag.name in ("header", "footer"):  # the site's, not an article's own
        return tag.find_parent(_CONTENT) is None and tag.find_parent(role="main") is None
    attributes = tag.attrs
    if not attributes:
        return False
    if attributes.get("role") in _CHROME_ROLES or "hidden" in attributes:
        return True
    if attributes.get("aria-hidden") == "true":
        return True
    names = " ".join([*attributes.get("class", ()), attributes.get("id", "")])
    return bool(names) and bool(_CHROME_NAMES.search(names))


def _profile_element(soup: BeautifulSoup, survey: _Survey) -> Tag:
    """The smallest element holding the questions, the recognition line, the title and footer."""
    body = soup.body or soup
    if not survey.questions:
        return body
    anchors = survey.questions + [tag for tag in survey.anchors if _attached(tag, soup)]
    paths = [[*reversed(list(anchor.parents)), anchor] for anchor in anchors]
    common = body
    for level in zip(*paths, strict=False):
        if any(tag is not level[0] for tag in level):
            break
        common = level[0]
    return common


def _attached(tag: Tag, soup: BeautifulSoup) -> bool:
    """Still in the page: not inside chrome that was removed."""
    return not tag.decomposed and any(parent is soup for parent in tag.parents)


class _Lines:
    """Writes blocks as lines: a blank line after a paragraph, `•` before an item."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._inline: list[str] = []
        self._prefix = ""  # what the next line starts with: an item's marker, or its indent

    def walk(self, element: Tag, depth: int) -> None:
        for child in element.children:
            if isinstance(child, Tag):
                self._element(child, depth)
            elif type(child) is NavigableString:  # not a comment, doctype or CDATA
                self._inline.append(child)

    def _element(self, tag: Tag, depth: int) -> None:
        name = tag.name
        if name == "br":
            self._flush()
        elif name in _LISTS:
            self._flush()
            self.walk(tag, depth + 1)
            self._paragraph_end()
        elif name == "li":
            self._flush()
            indent = _INDENT * max(depth - 1, 0)
            self._prefix = indent + "• "
            self.walk(tag, depth)
            self._flush()
            self._prefix = ""
        elif name in _BLOCKS:
            self._flush()
            self.walk(tag, depth)
            self._flush()
            if not self._prefix:
                self._paragraph_end()
        else:
            self.walk(tag, depth)
            if name in _CELLS:
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
