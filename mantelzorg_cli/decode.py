"""Bytes to text: the encodings profiles arrive in, and what is not text."""

import codecs

from .errors import InputError

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# C0 controls that never occur in text, whatever its encoding.
_CONTROL_BYTES = bytes(set(range(32)) - set(b"\t\n\r\f\v\x1b"))
_CONTROL_TABLE = bytes.maketrans(b"", b"")


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
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE, _CONTROL_BYTES))
    return b"\x00" in sample or controls > len(sample) // 100
