"""How word processors write lists in a page they save, read back as list levels.

Google Docs writes a list's second level as a list of its own after the
first (`<ul class="lst-kix_ab12-1">`), not inside an item: the class says
the level. Word's "Save as Web Page" writes no lists at all: each item is a
paragraph (`class=MsoListParagraph…`, `style='mso-list:l0 level2 lfo1'`,
or in a filtered page only its left margin, 36pt a level) that starts with
its marker: `·`, `o`, `§` (Symbol and Wingdings fonts), `1.`, `ii.`, `a)`.
"""

import re

from bs4 import Tag

from ..compiling import compiled

_DOCS_LIST_LEVEL = compiled(r"\blst-kix_\w+-(\d)\b")
_WORD_LEVEL = compiled(r"mso-list:\s*l\d+\s+level(\d)", re.I)
_WORD_MARGIN = compiled(r"margin-left:\s*(\d{1,4}(?:\.\d+)?)pt", re.I)
_WORD_POINTS_A_LEVEL = 36
# An item's marker as Word writes it into the paragraph, and the space after it.
WORD_MARKER = compiled(
    r"^(?:[•·▪◦●‣o§\uf0a7\uf0b7–—-]|\d{1,3}[.)]|[ivxlcdm]{1,6}[.)]|[a-z][.)])\s+"
)


def docs_list_level(tag: Tag) -> int:
    """The level a Google Docs list is at by its class (0 for the first); 0 for any other."""
    for name in tag.get("class") or ():
        if name.startswith("lst-kix_") and (found := _DOCS_LIST_LEVEL.fullmatch(name)):
            return int(found.group(1))
    return 0


def word_item_level(tag: Tag) -> int:
    """The level (1 for the first) of a paragraph Word wrote as a list item; 0 for any other."""
    if tag.name != "p":
        return 0
    classes = tag.get("class") or ()
    style = tag.get("style") or ""
    if found := _WORD_LEVEL.search(style):
        return int(found.group(1))
    if any(name.lower().startswith("msolistparagraph") for name in classes):
        margin = _WORD_MARGIN.search(style)
        points = float(margin.group(1)) if margin else _WORD_POINTS_A_LEVEL
        return max(1, round(points / _WORD_POINTS_A_LEVEL))
    return 0
