"""Front ends: undo how a profile travelled, before one reader reads every form.

A profile reaches a user as the website's text, but also quoted in an
e-mail, as Markdown, as a PDF's text (pages, running headers, hard wraps)
or as a saved page. Each front end tells its form from the text itself and
gives back the lines the website's layout would have had.

Text: `mail`, `printed`, `wrapping`, `markdown`, in that order, each
line still knowing the input line it came from (`Rewritten`). A saved page:
`webpage` (`markup` cuts the text before parsing, `several` finds a page's
profiles, `page_lines` writes each as lines), word processors' pages
included.
"""

from . import mail, markdown, printed, wrapping
from .rewritten import Rewritten

__all__ = ["Rewritten", "undo_travel"]


def undo_travel(lines: list[str]) -> Rewritten | None:
    """The lines with every travel form found undone; None when there is none (most texts)."""
    text: Rewritten | None = None
    if mail.is_mail(lines):
        text = mail.unmail(Rewritten.of(lines))
    # Measured before pages are joined: a line joined across a page break is longer than
    # any line on a page.
    width = wrapping.wrap_width(text.lines if text else lines)
    if printed.is_printed(text.lines if text else lines):
        text = printed.unprint(text or Rewritten.of(lines), width)
    if width is not None:
        text = wrapping.unwrap(text or Rewritten.of(lines), width)
    if markdown.is_markdown(text.lines if text else lines):
        text = markdown.unmark(text or Rewritten.of(lines))
    return text
