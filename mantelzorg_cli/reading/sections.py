"""The answer under one question: paragraphs, items and their sub-items."""

from .lines import Line

# What a line in a section became (`mzextract explain` shows it).
ITEM, SUBITEM, PARAGRAPH = "item", "subitem", "paragraph"


class Paragraphs:
    """Lines joined with a space; a blank line closes the paragraph."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self._open: list[str] = []

    def add(self, text: str) -> None:
        self._open.append(text)

    def close(self) -> None:
        if self._open:
            self.done.append(" ".join(self._open))
            self._open = []


class SectionBuilder:
    """Builds a section from the lines under its question, taken one by one in order
    (docs/reading-rules.md, "Sections").

    A bullet starts an item, or a sub-item when it is indented deeper than
    the open list or has another marker at the same indent. A text line
    continues the open item when it is indented past the bullet (or follows
    a lone marker), and is a paragraph otherwise; a blank line closes a
    paragraph and ends what an indented line would continue.
    """

    def __init__(self, question: str) -> None:
        self.question = question
        self.paragraphs = Paragraphs()
        self.items: list[tuple[list[str], list[list[str]]]] = []  # (text parts, sub-items' parts)
        self._list: tuple[int, str] | None = None  # the open list's indent and marker
        self._continued: list[str] | None = None  # what an indented line would continue
        self._continued_role = ITEM
        self._bullet_indent = 0

    def blank(self) -> None:
        self.paragraphs.close()
        self._continued = None

    def bullet(self, line: Line) -> str:
        """Takes a bullet line; says what it became: `item` or `subitem`."""
        self.paragraphs.close()
        parts = [line.text] if line.text else []
        role = ITEM
        if self._list is None:
            self._list = (line.indent, line.marker)
            self.items.append((parts, []))
        else:
            indent, marker = self._list
            if line.indent > indent or (line.indent == indent and line.marker != marker):
                self.items[-1][1].append(parts)
                role = SUBITEM
            else:
                self._list = (line.indent, line.marker)
                self.items.append((parts, []))
        self._continued, self._continued_role = parts, role
        self._bullet_indent = line.indent
        return role

    def text(self, line: Line) -> str:
        """Takes a text line; says what it became: part of an item, or a `paragraph`."""
        continues = line.indent > self._bullet_indent or not self._continued  # a lone marker
        if self._continued is not None and continues:
            self._continued.append(line.text)
            return self._continued_role
        self._list = self._continued = None
        self.paragraphs.add(line.text)
        return PARAGRAPH

    def build(self) -> dict:
        self.paragraphs.close()
        return {
            "question": self.question,
            "paragraphs": self.paragraphs.done,
            "items": [
                {"text": " ".join(text), "subitems": [" ".join(sub) for sub in subitems if sub]}
                for text, subitems in self.items
                if text or any(subitems)
            ],
        }
