"""Bytes to text: the encodings profiles arrive in, and what is not text.

`decode` tries, in order:

1. A byte order mark: UTF-32, UTF-16 or UTF-8. (The UTF-32-LE mark begins
   with the UTF-16-LE one, so UTF-32 is tried first.)
2. No mark, but zero bytes in the pattern of UTF-32 or UTF-16 in the first
   4 KB: Latin text in UTF-16-LE has (nearly) every odd byte zero and few
   even ones (at least 70% and at most 25%).
3. UTF-8, when every byte is valid UTF-8.
4. UTF-8 too, when the bytes are *mostly* UTF-8: they hold at least one
   well-formed multi-byte sequence and no more stray bytes (bytes in no such
   sequence) than the larger of 3 and the number of those sequences. Each
   stray byte reads as U+FFFD and a warning names its lines. Windows-1252
   text almost never forms a valid sequence by accident (`é` is followed by
   a letter, not by a byte 0x80-0xBF), while UTF-8 damaged in a few places
   still has all its others; and a few U+FFFD with a warning cost less than
   every `é` and `’` turned silently into `Ã©` and `â€™`.
5. The codec a `<meta charset>` names, when it is a text encoding that reads
   the ASCII of the markup as ASCII and takes any byte; else Windows-1252.

Every step is linear in the size of the input, and bytes that give no text
raise `InputError` and nothing else.
"""

import codecs
import re
from typing import NamedTuple

from ..compiling import compiled
from ..errors import EmptyInput, InputError
from .text import is_blank

_SAMPLE = 4096  # bytes or characters looked at to tell what a file is
# Byte order marks, UTF-32 first: its LE mark is the UTF-16-LE one plus two zeros.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# C0 controls that never occur in text, whatever its encoding.
_CONTROL = compiled("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# A well-formed multi-byte UTF-8 sequence (Unicode table 3-7: no overlong
# forms, no surrogates, nothing above U+10FFFF) in group 1, or a stray byte.
_HIGH_BYTES = compiled(
    rb"([\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})"
    rb"|[\x80-\xff]"
)
_FEW_STRAY_BYTES = 3  # damage, not another encoding, even in a short text
_LINES_NAMED = 3  # lines with stray bytes named in the warning; the rest are counted
_META_CHARSET = compiled(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
# What browsers read these labels as (WHATWG Encoding): Latin-1 pages are
# really Windows-1252, whose 0x80-0x9F hold the curly quotes.
_BROWSER_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252"}  # fmt: skip
# What a codec named in a page must read unchanged: the page's own ASCII,
# including the escapes of UTF-7 (`+AOk-`), unicode_escape (`\u00e9`) and HZ (`~{`).
_ASCII_PROBE = bytes(range(0x20, 0x7F)).replace(b"\\", b"") + b"\t\n\r +AOk- \\u00e9 ~{x~}"
_HIGH_PROBE = bytes(range(0x80, 0x100))
# A tag as HTML writes it: a known name, then white space, `>` or `/>`; so an
# address in angle brackets (`<p.jansen@org.nl>`, `<a@b.nl>`) is no tag.
_HTML_TAG = compiled(
    r"<(?:!doctype\s+html|html|head|body|meta|p|div|br|li|ul|ol|h[1-6]|span|strong|em|a|table)"
    r"(?=\s|/?>)",
    re.I,
)
_HTML_START = compiled(r"\s*<(?:!doctype\s+html|html(?=\s|/?>))", re.I)


class Decoded(NamedTuple):
    """Text read from bytes, the encoding it was read in, and warnings for its records."""

    text: str
    encoding: str
    notes: tuple[str, ...]


def decode(data: bytes) -> Decoded:
    """Read `data` as the module docstring says; `InputError` when it is not text.

    `notes`: `decoded as ENCODING` for any encoding but UTF-8, and for mostly
    UTF-8 the lines holding invalid bytes.
    """
    wide = _wide_encoding(data)
    if wide is None and _looks_binary(data[:_SAMPLE].decode("latin-1")):
        raise InputError("binary file, not text")  # cheap, before reading a large file
    decoded = _decode_wide(data, *wide) if wide else _decode_narrow(data)
    if is_blank(decoded.text):
        raise EmptyInput("empty file")
    if wide and _looks_binary(decoded.text[:_SAMPLE]):
        raise InputError("binary file, not text")
    return decoded


def _wide_encoding(data: bytes) -> tuple[str, str] | None:
    """The codec and name of UTF-32 or UTF-16, from a byte order mark or zero bytes."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name
    for width, encodings in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        units = min(len(data), _SAMPLE) // width
        if not units:
            continue
        zeros = [data[offset : units * width : width].count(0) for offset in range(width)]
        for codec, low_byte in zip(encodings, (0, width - 1), strict=True):
            # Latin text: the low byte of a character is rarely zero (U+3000, U+0100…),
            # its high bytes nearly always; NUL characters are caught as binary later.
            high_zeros = [count for offset, count in enumerate(zeros) if offset != low_byte]
            if zeros[low_byte] * 4 <= units and min(high_zeros) * 10 >= units * 7:
                return codec, codec.upper()
    return None


def _decode_wide(data: bytes, codec: str, name: str) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(f"not valid {name} text") from None
    return Decoded(text, name, (f"decoded as {name}",))


def _decode_narrow(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM), mostly UTF-8, the page's charset, or Windows-1252."""
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return Decoded(data.decode("utf-8"), "UTF-8", ())
    except UnicodeDecodeError:
        pass
    sequences, stray = _utf8_sequences(data)
    if sequences and len(stray) <= max(_FEW_STRAY_BYTES, sequences):
        text = data.decode("utf-8", errors="replace")
        return Decoded(text, "UTF-8", (_stray_bytes_note(data, stray),))
    codec = _declared_codec(data) or "cp1252"
    name = "Windows-1252" if codec == "cp1252" else codec
    return Decoded(data.decode(codec, errors="replace"), name, (f"decoded as {name}",))


def _utf8_sequences(data: bytes) -> tuple[int, list[int]]:
    """The number of well-formed multi-byte UTF-8 sequences, and the stray bytes' offsets."""
    sequences, stray = 0, []
    for found in _HIGH_BYTES.finditer(data):
        if found.group(1):
            sequences += 1
        else:
            stray.append(found.start())
    return sequences, stray


def _stray_bytes_note(data: bytes, offsets: list[int]) -> str:
    lines = _line_numbers(data, offsets)
    if len(lines) == 1:
        where = f"line {lines[0]}"
    elif len(lines) <= _LINES_NAMED:
        where = f"lines {', '.join(map(str, lines[:-1]))} and {lines[-1]}"
    else:
        named = ", ".join(map(str, lines[:_LINES_NAMED]))
        where = f"lines {named} and {len(lines) - _LINES_NAMED} more"
    return f"invalid UTF-8 on {where} (shown as \ufffd)"


def _line_numbers(data: bytes, offsets: list[int]) -> list[int]:
    """The distinct 1-based line numbers of ascending `offsets`, counted in one pass."""
    line_end = b"\n" if b"\n" in data else b"\r"  # old Mac files end lines with CR alone
    numbers: list[int] = []
    line, counted_to = 1, 0
    for offset in offsets:
        line += data.count(line_end, counted_to, offset)
        counted_to = offset
        if not numbers or numbers[-1] != line:
            numbers.append(line)
    return numbers


def _declared_codec(data: bytes) -> str | None:
    """The codec an HTML `<meta charset>` names, if it can read this page."""
    found = _META_CHARSET.search(data[:_SAMPLE])
    if not found:
        return None
    label = found.group(1).decode("ascii", errors="replace").lower()
    label = _BROWSER_ALIASES.get(label, label)
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None
    if codec.name.startswith("utf-8") or not _reads_any_page(codec):
        return None  # these bytes are not UTF-8 (see `decode`), whatever the page says
    return codec.name


def _reads_any_page(codec: codecs.CodecInfo) -> bool:
    """A text encoding (not base64, zip, rot13…) that reads ASCII as ASCII and takes any byte."""
    if not codec._is_text_encoding:
        return False
    try:
        read = (_ASCII_PROBE + _HIGH_PROBE).decode(codec.name, errors="replace")
    except (LookupError, UnicodeError):  # idna and punycode refuse errors="replace"
        return False
    return read.startswith(_ASCII_PROBE.decode("ascii"))


def looks_like_html(text: str) -> bool:
    """HTML by its content, whatever the file is called."""
    head = text[:_SAMPLE]
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 2


def _looks_binary(sample: str) -> bool:
    controls = len(_CONTROL.findall(sample))
    return "\x00" in sample or controls > len(sample) // 100
