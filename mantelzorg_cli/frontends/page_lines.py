"""A parsed page's profile element written as the lines a text profile has.

Blocks become lines with blank lines between them; list items become `•`
lines indented by their depth (word processors' lists too, `word_processors`);
`<pre>` keeps its lines.
"""

from bs4 import NavigableString, Tag

from ..compiling import compiled
from ..reading.text import fold
from .word_processors import WORD_MARKER, docs_list_level, word_item_level

_BLOCKS = frozenset((
    "address", "article", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot", "tr", "ul",
))  # fmt: skip
_LISTS = frozenset({"ul", "ol"})
_CELLS = frozenset({"td", "th"})
_OWN_MARKER = compiled(r"^[•·▪◦●‣–—-]\s*")
_INDENT = "    "  # one nesting level of a list
# Items nested deeper are sub-items all the same (the record has two levels);
# the cap keeps lines short however deep a page nests its lists.
_MAX_INDENTS = 2


class PageLines:
    """Writes blocks as lines: a blank line after a paragraph, `•` before an item."""

    def __init__(self, block_cells: frozenset[int] = frozenset()) -> None:
        # Table cells written as blocks, by id: a row that asks a question and answers it.
        self._block_cells = block_cells
        self._lines: list[str] = []
        self._inline: list[str] = []
        self._prefix = ""  # what the next line starts with: an item's marker, or its indent
        self._marker = _OWN_MARKER  # what an item's text may start with, to be dropped

    def walk(self, root: Tag) -> None:
        """Writes what `root` holds; with a stack, not recursion, so any nesting is fine."""
        stack = [("", iter(root.contents), 0)]  # per open element: name, children left, depth
        while stack:
            name, children, depth = stack[-1]
            for child in children:
                if isinstance(child, Tag) and child.name == "pre":
                    self._preformatted(child)
                elif isinstance(child, Tag):
                    name, level = child.name, depth
                    if id(child) in self._block_cells:
                        name = "div"
                    elif word_level := word_item_level(child):
                        name, level = "li", word_level
                        self._marker = WORD_MARKER
                    stack.append((name, iter(child.contents), self._open(child, name, level)))
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

    def _open(self, tag: Tag, name: str, depth: int) -> int:
        """Starts writing `tag`, as the element `name`; the list depth of what it holds."""
        if name in _LISTS:
            self._flush()
            return max(depth + 1, docs_list_level(tag) + 1)
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
            text = self._marker.sub("", text, count=1)  # `<li>• text</li>`: one marker will do
            self._marker = _OWN_MARKER
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
