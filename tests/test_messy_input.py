"""Whatever way a profile arrives, the same record; whatever arrives, no traceback."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, TEXT_SAMPLES, golden_records
from html_pages import render_page
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli import InputError, extract
from mantelzorg_cli.cli import batch
from mantelzorg_cli.cli.command import main

MZEXTRACT = Path(sys.executable).with_name("mzextract")

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


def test_folder_of_bad_files_and_two_profiles(tmp_path):
    """The issue's case: two records out, three clear lines, exit 1."""
    (tmp_path / "a-leeg.txt").write_bytes(b"")
    (tmp_path / "b-foto.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4
    )
    (tmp_path / "c-nieuws.html").write_text(
        "<!DOCTYPE html><html><body><nav>Menu</nav><article><h1>Nieuwe fietsbrug</h1>"
        "<p>Het college opende gisteren een brug over het kanaal.</p></article></body></html>",
        encoding="utf-8",
    )
    good = [ROOT / "samples/gemeente-veenhoven.txt", ROOT / "samples/bakkerij-van-dam.txt"]
    (tmp_path / "d-goed.txt").write_bytes(good[0].read_bytes())
    (tmp_path / "e-goed.html").write_text(
        render_page(golden_records(good[1]), "strong-and-breaks"), encoding="utf-8"
    )
    done = subprocess.run(
        [MZEXTRACT, tmp_path, "-f", "jsonl"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["organisation"], r["input_format"]) for r in records] == [
        ("Gemeente Veenhoven", "text"),
        ("Bakkerij Van Dam", "html"),
    ]
    assert done.stderr.splitlines() == [
        f"mzextract: {tmp_path / 'a-leeg.txt'}: empty file",
        f"mzextract: {tmp_path / 'b-foto.txt'}: binary file, not text",
        f"mzextract: {tmp_path / 'c-nieuws.html'}: no profile found (no recognition line and "
        "none of the four questions)",
    ]


def test_unreadable_file_is_one_line(tmp_path, monkeypatch):
    locked = tmp_path / "geheim.txt"
    locked.write_bytes(b"x")

    real_open = os.open

    def locked_open(path, *args, **kwargs):  # tests run as root, who may read anything
        if path == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(batch.os, "open", locked_open)
    good = ROOT / "samples/gemeente-veenhoven.txt"
    result = CliRunner().invoke(main, [str(locked), str(good)])
    assert result.exit_code == 1
    assert result.stderr == f"mzextract: {locked}: cannot read: Permission denied\n"
    assert json.loads(result.stdout)["organisation"] == "Gemeente Veenhoven"


# --- hypothesis: no exception escapes, whatever arrives -------------------

TAGS = ["p", "div", "li", "ul", "ol", "h1", "h3", "strong", "em", "br", "table", "td", "nav",
        "header", "footer", "script", "span", "a", "article"]  # fmt: skip
PIECES = [
    "Welke concrete acties heeft uw organisatie uitgevoerd om medewerkers bewust te maken?",
    "Hoe bevordert u de dialoog tussen leidinggevenden, mantelzorgers en collega’s?",
    "Erkend mantelzorgvriendelijk sinds: 30 maart 2017", "• item", "&amp;", "&nbsp;", "&#8220;",
    "Gemeente X is 1 van de erkende organisaties.", "Werk&Mantelzorg", "<!-- x -->",
    "<![CDATA[x]]>",
]  # fmt: skip


@st.composite
def html_fragments(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.one_of(st.sampled_from(PIECES), st.text(max_size=20))))
    return "<html><body>" + "".join(parts)


@st.composite
def mutated_pages(draw) -> str:
    sample = draw(st.sampled_from(TEXT_SAMPLES))
    page = render_page(
        golden_records(sample), draw(st.sampled_from(["h3-and-lists", "strong-and-breaks"]))
    )
    lines = page.split("\n")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "nbsp", "cut"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "swap" and at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], lines[at]
        elif action == "nbsp":
            lines[at] = lines[at].replace(" ", "\u00a0", 2)
        elif action == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
    return "\n".join(lines)


def records_or_input_error(data) -> None:
    try:
        records = extract(data)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert records


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=3000), html_fragments(), mutated_pages()))
def test_public_api_raises_nothing_but_input_error(data):
    records_or_input_error(data)


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=2000), html_fragments().map(str.encode), mutated_pages().map(str.encode)
    )
)
def test_command_exits_0_or_1_without_a_traceback(data):
    result = CliRunner().invoke(main, ["-f", "jsonl"], input=data)
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) >= (1 if result.exit_code else 0)
