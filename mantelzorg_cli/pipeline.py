"""Text or bytes in, records out: the pure core that the command line drives.

`extract` reads a whole input; `extract_blocks` reads a long text input
block by block and gives each record as soon as its profile has ended, so a
file of thousands of profiles needs the memory of one.
"""

from collections.abc import Iterable, Iterator

from .errors import EmptyInput, InputError
from .frontends import Rewritten, undo_travel
from .measures import Vocabulary, default_vocabulary
from .reading.decode import decode, looks_like_html
from .reading.kinds import BLANK, BOILERPLATE
from .reading.lines import classify, join_wrapped_headings
from .reading.parts import read_parts
from .reading.split import is_profile, lists_recognitions, split_profiles, unglue_headers
from .reading.text import PAGE_BREAK, normalise
from .record.build import build_record, quoted

_NOT_QUOTED = BOILERPLATE | {BLANK}
_STREAMED = {"UTF-8": "utf-8", "Windows-1252": "cp1252"}  # encodings a block can be read in
_NAMES = {codec: name for name, codec in _STREAMED.items()}


def extract(
    data: str | bytes, source: str = "-", vocabulary: Vocabulary | None = None
) -> list[dict]:
    """The records of every profile in `data`, in order, tagged with `vocabulary`'s measures.

    Raises `InputError` when `data` is empty, binary or holds no profile.
    """
    text, notes = decoded_text(data)
    pages = page_texts(text)
    if pages is not None:
        return list(_records(pages, source, "html", notes, vocabulary))
    return list(_records([text_form(text).lines], source, "text", notes, vocabulary))


def decoded_text(data: str | bytes) -> tuple[str, list[str]]:
    """The text of `data`, and warnings about how it was decoded."""
    if isinstance(data, str):
        return data, []
    decoded = decode(data)
    return decoded.text, list(decoded.notes)


def page_texts(text: str) -> list[list[str]] | None:
    """The lines of each profile of a saved page; None when `text` is not a page."""
    if not looks_like_html(text):
        return None
    from .frontends.webpage import page_to_texts

    return [_lines_of_page(page_text) for page_text in page_to_texts(text)]


def text_form(text: str) -> Rewritten:
    """The lines of a text, with any form it travelled in undone (`frontends`)."""
    lines = unglue_headers(normalise(text)).split("\n")
    form = undo_travel(lines) or Rewritten.of(lines)
    if PAGE_BREAK in text:  # a page break that no front end read is a line break
        form = form.keeping(
            [(at, part) for at, line in enumerate(form.lines) for part in line.split(PAGE_BREAK)],
            {},
        )
    return form


def _lines_of_page(page_text: str) -> list[str]:
    return unglue_headers(normalise(page_text)).split("\n")


def extract_blocks(
    blocks: Iterable[bytes], source: str = "-", vocabulary: Vocabulary | None = None
) -> Iterator[dict]:
    """`extract` of the bytes that `blocks` join to, record by record.

    The first block that is not plain ASCII decides between UTF-8 and
    Windows-1252; a page, text in another encoding, or text in a form that
    a front end undoes (quoted, printed, Markdown) is read whole. Blocks are
    cut after a line end, where neither encoding can be inside a character.
    """
    pieces = _whole_lines(blocks)
    first = next(pieces, b"")
    while True:
        try:
            decoded = decode(first)
            break
        except EmptyInput:  # only blank lines, which no record holds: the next block decides
            first = next(pieces, None)
            if first is None:
                raise
    if (
        decoded.encoding not in _STREAMED
        or looks_like_html(decoded.text)
        or undo_travel(_lines_of(decoded.text)) is not None
    ):
        yield from extract(first + b"".join(pieces), source, vocabulary)
        return
    notes = list(decoded.notes)  # later blocks' notes reach the records after them
    lines = _streamed_lines(decoded.text, _STREAMED[decoded.encoding], first, pieces, notes)
    yield from _records([lines], source, "text", notes, vocabulary)


def _streamed_lines(
    text: str, codec: str, first: bytes, pieces: Iterator[bytes], notes: list[str]
) -> Iterator[str]:
    yield from _lines_of(text)
    decided = not first.isascii()  # ASCII reads the same in both encodings: not yet
    line = first.count(b"\n") + 1
    for piece in pieces:
        if not decided and not piece.isascii():
            decided = True
            codec = "utf-8" if _is_utf8(piece) else "cp1252"
            if codec == "cp1252":
                notes.append(f"decoded as {_NAMES[codec]}")
        try:
            text = piece.decode(codec)
        except UnicodeDecodeError as error:
            text = piece.decode(codec, errors="replace")
            where = line + piece.count(b"\n", 0, error.start)
            notes.append(f"invalid {_NAMES[codec]} on line {where} (shown as \ufffd)")
        yield from _lines_of(text)
        line += piece.count(b"\n")


def _is_utf8(piece: bytes) -> bool:
    """UTF-8, or mostly UTF-8, by the rule `decode` reads a whole file with."""
    try:
        return decode(piece).encoding == "UTF-8"
    except InputError:  # control bytes in the middle of a file: not for this block to say
        return False


def _whole_lines(blocks: Iterable[bytes]) -> Iterator[bytes]:
    """The same bytes, each piece ending after a `\\n` (but the last)."""
    rest = b""
    for block in blocks:
        rest += block
        cut = rest.rfind(b"\n") + 1
        if cut:
            yield rest[:cut]
            rest = rest[cut:]
    if rest:
        yield rest


def _lines_of(text: str) -> list[str]:
    """The lines of a piece of text that ends with a line end: none made up at its end."""
    lines = unglue_headers(normalise(text)).removesuffix("\n").split("\n")
    if PAGE_BREAK in text:
        return [part for line in lines for part in line.split(PAGE_BREAK)]
    return lines


def _records(
    texts: Iterable[Iterable[str]],
    source: str,
    input_format: str,
    notes: list[str],
    vocabulary: Vocabulary | None,
) -> Iterator[dict]:
    """The record of each profile in the lines of `texts`, as soon as the text after it is
    known. A profile never runs from one text into the next (a page's profiles).

    Text outside any profile is left out with a warning on the profile after
    it, or on the last one; so each record is held until the next profile starts.
    """
    if vocabulary is None:
        vocabulary = default_vocabulary()
    stretches = (
        stretch
        for lines in texts
        for stretch in split_profiles(join_wrapped_headings(map(classify, lines)))
    )
    held: dict | None = None
    strays: list[str] = []
    recognitions = False
    index = 0
    for stretch in stretches:
        if not is_profile(stretch):
            recognitions = recognitions or lists_recognitions(stretch)
            strays.append(f"text outside a profile left out: {_quote(stretch)}")
            continue
        record = build_record(
            read_parts(stretch),
            source=source,
            index=index,
            input_format=input_format,
            notes=notes,
            vocabulary=vocabulary,
        )
        record["warnings"].extend(strays)
        strays = []
        if held is not None:
            yield held
        held, index = record, index + 1
    if held is None:
        raise InputError(
            "no profile found: recognition dates but none of the four questions "
            "(a list of organisations?)"
            if recognitions
            else "no profile found (no recognition line and none of the four questions)"
        )
    held["warnings"].extend(strays)
    yield held


def _quote(stretch: list) -> str:
    return quoted(" ".join(line.whole for line in stretch if line.kind not in _NOT_QUOTED))
