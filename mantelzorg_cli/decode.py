"""Bytes to text: the encodings profiles arrive in, and what is not text."""

import codecs
import re

from .errors import InputError

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# C0 controls that never occur in text, whatever its encoding.
_CONTROL_BYTES = bytes(set(range(32)) - set(b"\t\n\r\f\v\x1b"))
_CONTROL_TABLE = bytes.maketrans(b"", b"")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
# What browsers read these labels as (WHATWG Encoding): Latin-1 pages are
# really Windows-1252, whose 0x80-0x9F hold the curly quotes.
_BROWSER_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252"}  # fmt: skip
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|p|div|br|li|ul|ol|h[1-6]|span|strong|em|a|table)\b",
    re.I,
)


def decode(data: bytes) -> tuple[str, str]:
    """Return the text and the name of the encoding it was read in.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; other
    bytes as Windows-1252, whose 0x91-0x94 are the curly quotes these
    profiles are full of (Latin-1 would turn them into control characters).
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 text") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data.strip():
        raise InputError("empty file")
    if _looks_binary(data):
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    codec = _declared_codec(data) or "cp1252"
    text = data.decode(codec, errors="replace")
    return text, "Windows-1252" if codec == "cp1252" else codecs.lookup(codec).name


def _declared_codec(data: bytes) -> str | None:
    """The codec an HTML `<meta charset>` names, if Python knows it."""
    found = _META_CHARSET.search(data[:4096])
    if not found:
        return None
    label = found.group(1).decode("ascii", errors="replace").lower()
    label = _BROWSER_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name if label != "utf-8" else None
    except LookupError:
        return None


def looks_like_html(text: str) -> bool:
    """HTML by its content, whatever the file is called."""
    head = text[:4096]
    if head.lstrip()[:14].lower().startswith(("<!doctype html", "<html")):
        return True
    return len(_HTML_TAG.findall(head)) >= 2


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE, _CONTROL_BYTES))
    return b"\x00" in sample or controls > len(sample) // 100
