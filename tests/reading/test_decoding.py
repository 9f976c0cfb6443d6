"""Decoding: bytes in, text out, the same record whatever the encoding and line ends.

Most of these are hostile bytes (from the hostile-input suite): damaged UTF-8,
lying charsets, lone BOMs, UTF-16/32 without a BOM.
"""

import codecs
import json
import re
import time

import pytest
from conftest import ROOT, TEXT_SAMPLES, VEENHOVEN, golden_records, one, profile
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mantelzorg_cli import InputError, extract
from mantelzorg_cli.pipeline import text_form
from mantelzorg_cli.reading.decode import decode, looks_like_html
from mantelzorg_cli.reading.text import normalise

VAN_RIJN = ROOT / "samples/installatiebedrijf-van-rijn.htm"


def with_warnings(records: list[dict], *notes: str) -> list[dict]:
    return [{**record, "warnings": [*notes, *record["warnings"]]} for record in records]


# --- 0. encodings and line ends of one profile -----------------------------


@pytest.mark.parametrize(
    "encode,warning",
    [
        (lambda t: t.encode("utf-8"), None),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), None),
        (lambda t: t.replace("\n", "\r\n").encode("utf-8"), None),
        (lambda t: t.replace("\n", "\r").encode("utf-8"), None),
        (lambda t: t.encode("cp1252"), "decoded as Windows-1252"),
        (lambda t: t.encode("utf-16"), "decoded as UTF-16"),
    ],
    ids=["utf-8", "bom", "crlf", "cr", "cp1252", "utf-16"],
)
def test_encodings_and_line_ends_give_the_same_record(encode, warning):
    text = profile(intro="“Zorg voor elkaar”, zegt de directeur. Er werken 498 mensen.")
    expected = one(text)
    record = one(encode(text))
    assert record["warnings"] == ([warning] if warning else [])
    assert {**record, "warnings": []} == expected


# --- 1. a few bad bytes in UTF-8 ------------------------------------------


def test_one_bad_byte_in_utf8_is_shown_as_replacement_and_its_line_named():
    data = VEENHOVEN.read_bytes()
    damaged = data.replace(b"interview verschenen", b"interview\xe9 verschenen")
    line = data[: data.index(b"interview verschenen")].count(b"\n") + 1
    golden = json.dumps(golden_records(VEENHOVEN), ensure_ascii=False)
    expected = json.loads(golden.replace("interview verschenen", "interview\ufffd verschenen"))
    got = extract(damaged, source="samples/gemeente-veenhoven.txt")
    assert got == with_warnings(expected, f"invalid UTF-8 on line {line} (shown as \ufffd)")
    assert "collega’s" in got[0]["sections"]["dialogue"]["question"]  # no mojibake


def test_decode_names_the_encoding_and_keeps_every_good_character():
    decoded = decode("Café\ncollega’s\n".encode() + b"\xff" + "• één\n".encode())
    assert decoded == (
        "Café\ncollega’s\n\ufffd• één\n",
        "UTF-8",
        ("invalid UTF-8 on line 3 (shown as \ufffd)",),
    )


@pytest.mark.parametrize(
    "bad_lines,note",
    [
        ([2, 5], "invalid UTF-8 on lines 2 and 5 (shown as \ufffd)"),
        ([1, 2, 4], "invalid UTF-8 on lines 1, 2 and 4 (shown as \ufffd)"),
        ([2, 3, 5, 8, 9], "invalid UTF-8 on lines 2, 3, 5 and 2 more (shown as \ufffd)"),
    ],
)
def test_several_bad_lines_name_the_first_few_and_count_the_rest(bad_lines, note):
    lines = [f"Regel {n}: één collega’s café".encode() for n in range(1, 11)]
    for n in bad_lines:
        lines[n - 1] += b"\x80\x80"  # two stray bytes on one line: the line is named once
    decoded = decode(b"\r\n".join(lines))
    assert decoded.encoding == "UTF-8" and decoded.notes == (note,)
    assert decoded.text.count("\ufffd") == 2 * len(bad_lines)
    assert decoded.text.count("één collega’s café") == 10


@pytest.mark.parametrize(
    "sequences,stray,encoding",
    [(1, 3, "UTF-8"), (1, 4, "Windows-1252"), (10, 10, "UTF-8"), (10, 11, "Windows-1252")],
)
def test_mostly_utf8_means_no_more_stray_bytes_than_max_of_3_and_valid_sequences(
    sequences, stray, encoding
):
    decoded = decode("é ".encode() * sequences + b"x\xe9 " * stray)
    assert decoded.encoding == encoding
    assert decoded.text.startswith("é " * sequences if encoding == "UTF-8" else "Ã© ")


def test_old_mac_line_ends_count_lines_too():
    decoded = decode("één\rtwee\r".encode() + b"dr\xebe")
    assert decoded.notes == ("invalid UTF-8 on line 3 (shown as \ufffd)",)


@pytest.mark.parametrize(
    "text",
    [
        "Café de Zon",
        "Gemeente ’s-Hertogenbosch • “zorg” – één, ëën, ü",
        "Zo’n mantelzorger.\n" * 50,
    ],
)
def test_windows_1252_stays_windows_1252(text):
    assert decode(text.encode("cp1252")) == (text, "Windows-1252", ("decoded as Windows-1252",))


def test_windows_1252_page_keeps_its_golden_record():
    decoded = decode(VAN_RIJN.read_bytes())
    assert (decoded.encoding, decoded.notes) == ("Windows-1252", ("decoded as Windows-1252",))
    assert extract(VAN_RIJN.read_bytes(), source="samples/installatiebedrijf-van-rijn.htm") == (
        golden_records(VAN_RIJN)
    )


# --- 2. <meta charset> naming something that is not a text encoding -------

NOT_TEXT_CODECS = ["base64", "rot13", "rot_13", "zip", "zlib", "punycode", "hex", "uu", "bz2",
                   "quopri", "idna", "utf-7", "unicode_escape", "raw_unicode_escape", "utf-16",
                   "utf-32-be", "undefined", "cp037", "hz", "mbcs", "no-such-codec"]  # fmt: skip


@pytest.mark.parametrize("label", NOT_TEXT_CODECS)
def test_meta_charset_naming_no_usable_text_codec_falls_back_to_windows_1252(label):
    page = VAN_RIJN.read_bytes().replace(b"charset=windows-1252", b"charset=" + label.encode())
    decoded = decode(page)
    assert (decoded.encoding, decoded.notes) == ("Windows-1252", ("decoded as Windows-1252",))
    assert extract(page, source="samples/installatiebedrijf-van-rijn.htm") == (
        golden_records(VAN_RIJN)
    )


def test_meta_charset_naming_a_real_text_codec_is_still_used():
    page = b'<html><head><meta charset="iso-8859-15"></head><body><p>Kosten: 5 \xa4</p>'
    decoded = decode(page)
    assert "5 €" in decoded.text and decoded.notes == ("decoded as iso8859-15",)


# --- 3. nothing but a BOM, or white space, in any encoding -----------------

BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}
WHITE = " \n\t\r\n\u00a0\u3000\n"
WIDE_WITHOUT_BOM = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]


@pytest.mark.parametrize(
    "data",
    [
        *BOMS.values(),
        *(bom + WHITE.encode(name) for name, bom in BOMS.items()),
        *(WHITE.encode(name) for name in WIDE_WITHOUT_BOM),
        b"\xef\xbb\xbf\xef\xbb\xbf \n",
    ],
    ids=[*BOMS, *(f"{name}-bom-and-white" for name in BOMS), *WIDE_WITHOUT_BOM, "two-boms"],
)
def test_bom_or_white_space_alone_is_an_empty_file(data):
    with pytest.raises(InputError, match=r"^empty file$"):
        extract(data)


# --- 4. UTF-16 and UTF-32, with and without a BOM --------------------------

WIDE = {
    "utf-16": "decoded as UTF-16",
    "utf-32": "decoded as UTF-32",
    "utf-16-le": "decoded as UTF-16-LE",
    "utf-16-be": "decoded as UTF-16-BE",
    "utf-32-le": "decoded as UTF-32-LE",
    "utf-32-be": "decoded as UTF-32-BE",
}


@pytest.mark.parametrize("encoding", WIDE)
@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.stem)
def test_utf16_and_utf32_give_the_golden_record(sample, encoding):
    expected = golden_records(sample)
    data = sample.read_text(encoding="utf-8").encode(encoding)
    got = extract(data, source=expected[0]["source"])
    assert got == with_warnings(expected, WIDE[encoding])


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 64,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "".join(map(chr, range(1, 32))).encode("utf-16-le") * 4,
        "Gemeente\x00\x01\x02\x03".encode("utf-32-be") * 4,
    ],
    ids=["zeros", "png", "utf-16-controls", "utf-32-controls"],
)
def test_binary_stays_binary(data):
    with pytest.raises(InputError, match=r"^binary file, not text$"):
        decode(data)


@pytest.mark.parametrize(
    "data,message",
    [
        (codecs.BOM_UTF16_LE + "Café".encode("utf-16-le") + b"\x00", "not valid UTF-16 text"),
        (codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00", "not valid UTF-32 text"),
        ("Gemeente Assen".encode("utf-16-le") + b"\x00\xd8a\x00", "not valid UTF-16-LE text"),
    ],
)
def test_broken_utf16_and_utf32_are_input_errors(data, message):
    with pytest.raises(InputError, match=f"^{message}$"):
        decode(data)


# --- 5. e-mail addresses in angle brackets are not HTML --------------------


def test_addresses_in_angle_brackets_leave_a_text_profile_a_text_profile():
    line = "Vragen? Mail <p.jansen@org.nl> of <a.de.vries@gemeente.nl>, of <li@x.nl>."
    text = VEENHOVEN.read_text(encoding="utf-8").replace(
        "612\u00a0 mensen.", f"612 mensen.\n\n{line}"
    )
    [expected] = golden_records(VEENHOVEN)
    [got] = extract(text.encode(), source="samples/gemeente-veenhoven.txt")
    assert got == {**expected, "intro": f"{expected['intro']}\n\n{line}"}


@pytest.mark.parametrize(
    "text",
    [
        "Mail <p.jansen@org.nl> of <a.de.vries@gemeente.nl>.",
        "<html.beheer@org.nl> en <p@org.nl>",
        "<a@b.nl> <br@x.nl> <div-team@x.nl> <h1.x@y.nl>",
        "Gebruik <p> niet",  # one tag-like word only
    ],
)
def test_angle_bracket_addresses_are_not_html(text):
    assert not looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><title>x</title>",
        "\n  <html lang=nl><body>Tekst",
        "<p>Intro</p><ul><li>punt</li></ul>",
        "Welke concrete acties?<P>Tekst<BR>meer",
        '<div class="profiel">x</div><br/>',
        '<p\nclass="a">x</p> <a href="mailto:p.jansen@org.nl">mail</a>',
    ],
)
def test_real_html_is_still_html(text):
    assert looks_like_html(text)


# --- 6. line separators and invisible characters ---------------------------


@pytest.mark.parametrize("separator", ["\r", "\r\n", "\f", "\v", "\u2028", "\u2029", "\x85"])
def test_every_line_separator_separates_lines(separator):
    text = f"a{separator}b{separator}{separator}c"
    if separator == "\f":  # it stays until the front ends have read the pages it marks
        assert normalise(text) == text
    else:
        assert normalise(text) == "a\nb\n\nc"
        assert text_form(text).lines == ["a", "b", "", "c"]
    text = VEENHOVEN.read_text(encoding="utf-8").replace("\n", separator)
    assert extract(text, source="samples/gemeente-veenhoven.txt") == golden_records(VEENHOVEN)


SOFT_HYPHEN_AND_BIDI_CONTROLS = (
    "\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
    # the grapheme joiner, the Mongolian vowel separator, Hangul fillers, invisible operators
    "\u034f\u180e\u115f\u1160\u3164\uffa0\u2061\u2062\u2063\u2064"
)


@pytest.mark.parametrize(
    "invisible", SOFT_HYPHEN_AND_BIDI_CONTROLS, ids=lambda c: f"U+{ord(c):04X}"
)
def test_bidi_controls_and_soft_hyphens_are_dropped(invisible):
    assert normalise(f"{invisible}mantel{invisible}zorg{invisible}") == "mantelzorg"
    text = VEENHOVEN.read_text(encoding="utf-8")
    text = "\n".join(f"{invisible}{line}" for line in text.split("\n"))
    text = text.replace("mantelzorg", f"mantel{invisible}zorg")
    assert extract(text, source="samples/gemeente-veenhoven.txt") == golden_records(VEENHOVEN)


# --- 7. linear time, and nothing but InputError ----------------------------

# A repeated unit, so that a short and a long input hold the same mix.
HOSTILE = {
    "stray bytes": (b"a\x80", "Windows-1252"),
    "truncated sequences": (b"\xe2\x80 \xf0\x9f\x98", "Windows-1252"),
    "mostly utf-8": ("één café\n".encode() * 4 + b"\xff\n", "UTF-8"),
    "cp1252 page": (b'<meta charset="windows-1252">\x93x\x94\n', "Windows-1252"),
    "meta without end": (b"<meta charset \xe9", "Windows-1252"),
    "utf-16 without bom": ("Café\n".encode("utf-16-le"), "UTF-16-LE"),
}


@pytest.mark.parametrize("unit,encoding", HOSTILE.values(), ids=HOSTILE)
def test_decoding_time_grows_linearly(unit, encoding):
    def seconds(data: bytes) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            decode(data)
            best = min(best, time.perf_counter() - start)
        return best

    small = unit * (100_000 // len(unit))
    assert decode(small * 8).encoding == encoding
    assert seconds(small * 8) < 16 * seconds(small) + 0.01  # linear: 8 times; quadratic: 64


CODEC_LABELS = ["utf-8", "windows-1252", "iso-8859-2", "shift_jis", "gb18030", "euc-kr", "koi8-r",
                *NOT_TEXT_CODECS]  # fmt: skip
PREFIXES = [b"", *BOMS.values(), *(f'<meta charset="{label}">'.encode() for label in CODEC_LABELS)]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PREFIXES), st.binary(max_size=300))
def test_any_bytes_decode_or_raise_input_error(prefix, data):
    try:
        decoded = decode(prefix + data)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert decoded.text.strip() and isinstance(decoded.notes, tuple)


@st.composite
def utf8_with_stray_bytes(draw) -> tuple[str, list[int], bytes]:
    """Text, the character positions where bytes went in, and the damaged bytes."""
    text = draw(st.text())
    stray = draw(
        st.lists(st.tuples(st.integers(0, len(text)), st.integers(0x80, 0xFF)), max_size=3)
    )
    stray.sort()
    data, done = b"", 0
    for at, byte in stray:
        data += text[done:at].encode() + bytes([byte])
        done = at
    return text, [at for at, _ in stray], data + text[done:].encode()


@settings(max_examples=200, deadline=None)
@given(utf8_with_stray_bytes())
def test_a_few_stray_bytes_never_turn_utf8_into_mojibake(damaged):
    text, positions, data = damaged
    # A leading BOM declares the encoding, even when it came from a stray byte or U+FEFF.
    assume(not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)))
    try:
        decoded = decode(data)
    except InputError:
        return  # control characters: binary; white space only: empty
    if "\x00" in text:
        return  # NUL bytes are binary or, in the pattern of UTF-16/32, that encoding
    pieces = [
        text[start:end] for start, end in zip([0, *positions], [*positions, len(text)], strict=True)
    ]
    # Each stray byte becomes at most one character; every original character stays.
    survived = "".join(f"{re.escape(piece)}.{{0,1}}" for piece in pieces[:-1]) + re.escape(
        pieces[-1]
    )
    assert re.fullmatch(survived, decoded.text, re.DOTALL), (decoded, pieces)
