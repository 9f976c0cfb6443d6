"""One profile's lines, read in order, as the parts of its record."""

from dataclasses import dataclass, field

from . import kinds
from .dates import parse_date
from .lines import Line, looks_like_title
from .sections import Paragraphs, SectionBuilder

# What a line became, besides a kind of line (blank, question, contact) and a
# section's item, subitem or paragraph: `mzextract explain` shows it.
ORGANISATION, DATE, INTRO, WEBSITE = "organisation", "date", "intro", "website"

_CONTENT_KINDS = frozenset(
    {kinds.TEXT, kinds.BULLET, kinds.QUESTION, kinds.RECOGNITION, kinds.CONTACT}
)


@dataclass
class Parts:
    """What a profile says, as written; `record` turns it into values."""

    organisation: str | None = None
    recognition: str | None = None  # the date as written ("" when the line gives none)
    intro: list[str] = field(default_factory=list)
    sections: dict[str, SectionBuilder] = field(default_factory=dict)
    contact: list[str] = field(default_factory=list)
    website: str | None = None
    footer_names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # what became of each line, in order


def read_parts(lines: list[Line]) -> Parts:
    """The parts of one profile's classified lines (docs/reading-rules.md, "line by line").

    Two places are found first: where the contact starts (the first contact
    line after the last question) and which line is the website. Then one
    pass, whose state is the open `section` (None while still in the intro),
    whether any content was seen (the first lone short line is the
    organisation), and `date_pending`: a bare `Erkend mantelzorgvriendelijk
    sinds:` takes its date from the next line. Everything that is not
    boilerplate lands in exactly one part.
    """
    parts = Parts()
    contact_at = _contact_start(lines)
    website_at = _website_line(lines, contact_at)
    intro = Paragraphs()
    section: SectionBuilder | None = None
    seen_content = date_pending = False
    for at, line in enumerate(lines):
        kind = line.kind
        if kind == kinds.FOOTER_NAME:
            parts.footer_names.append(line.text)
        if kind in kinds.BOILERPLATE:
            parts.roles.append(kinds.HEADER if kind == kinds.HEADER else kinds.FOOTER)
            continue
        role = kind  # blank, question, contact
        if at == website_at:
            parts.website = line.whole
            role = WEBSITE
        elif contact_at is not None and at >= contact_at:
            if kind != kinds.BLANK:
                parts.contact.append(line.whole)
                role = kinds.CONTACT
        elif kind == kinds.BLANK:
            if section is None:
                intro.close()
            else:
                section.blank()
        elif kind == kinds.QUESTION:
            section = parts.sections[line.key] = SectionBuilder(line.text)
        elif section is not None:
            role = section.bullet(line) if kind == kinds.BULLET else section.text(line)
        elif kind == kinds.RECOGNITION and parts.recognition is None:
            parts.recognition = line.text
            date_pending = not line.text
            role = DATE
        elif date_pending and kind == kinds.TEXT and _is_date(line.whole):
            parts.recognition = line.whole  # `sinds:` with the date on the next line
            role = DATE
        elif not seen_content and kind == kinds.TEXT and _is_title(lines, at):
            parts.organisation = line.whole
            role = ORGANISATION
        else:
            intro.add(line.whole)
            role = INTRO
        parts.roles.append(role)
        if kind != kinds.BLANK:
            seen_content = True
            date_pending = date_pending and kind == kinds.RECOGNITION
    intro.close()
    parts.intro = intro.done
    return parts


def _contact_start(lines: list[Line]) -> int | None:
    """The contact sentence: the first contact line after the last question."""
    last_question = max(
        (at for at, line in enumerate(lines) if line.kind == kinds.QUESTION), default=-1
    )
    for at in range(last_question + 1, len(lines)):
        if lines[at].kind == kinds.CONTACT:
            return at
    return None


def _website_line(lines: list[Line], contact_at: int | None) -> int | None:
    """The first address after the contact, or else an address that ends the content."""
    if contact_at is not None:
        return next(
            (at for at in range(contact_at, len(lines)) if lines[at].kind == kinds.URL), None
        )
    for at in range(len(lines) - 1, -1, -1):
        kind = lines[at].kind
        if kind == kinds.URL:
            return at
        if kind in _CONTENT_KINDS:
            return None
    return None


def _is_title(lines: list[Line], at: int) -> bool:
    after = lines[at + 1].kind if at + 1 < len(lines) else kinds.BLANK
    return after not in (kinds.TEXT, kinds.BULLET) and looks_like_title(lines[at].whole)


def _is_date(text: str) -> bool:
    return len(text.split()) <= 4 and parse_date(text) is not None
