"""Every text sample, in every encoding and line end, gives its golden record."""

from pathlib import Path

import pytest
from conftest import TEXT_SAMPLES, golden_records

from mantelzorg_cli import extract

ENCODINGS = {
    "bom": (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), None),
    "crlf": (lambda t: t.replace("\n", "\r\n").encode("utf-8"), None),
    "cr": (lambda t: t.replace("\n", "\r").encode("utf-8"), None),
    "utf-16": (lambda t: t.encode("utf-16"), "decoded as UTF-16"),
    "cp1252-crlf": (
        lambda t: t.replace("\n", "\r\n").encode("cp1252", errors="strict"),
        "decoded as Windows-1252",
    ),
}


def cp1252_can_hold(sample: Path) -> bool:
    try:
        sample.read_text(encoding="utf-8").encode("cp1252")
    except UnicodeEncodeError:
        return False  # `▪` has no byte in Windows-1252
    return True


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.stem)
def test_encodings_and_line_ends_give_the_same_record(sample, encoding):
    encode, warning = ENCODINGS[encoding]
    if encoding.startswith("cp1252") and not cp1252_can_hold(sample):
        encode = ENCODINGS["utf-16"][0]
        warning = ENCODINGS["utf-16"][1]
    expected = golden_records(sample)
    got = extract(encode(sample.read_text(encoding="utf-8")), source=expected[0]["source"])
    notes = [warning] if warning else []
    assert got == [{**r, "warnings": notes + r["warnings"]} for r in expected]


def test_most_samples_really_are_tested_in_cp1252():
    assert sum(map(cp1252_can_hold, TEXT_SAMPLES)) >= len(TEXT_SAMPLES) - 1
