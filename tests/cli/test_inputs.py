"""What the arguments name: files, folders and standard input, each read, and each
input that gives no record one line on standard error."""

import json
import os
import subprocess

from click.testing import CliRunner
from conftest import MZEXTRACT, ROOT, SAMPLES, VEENHOVEN, golden_records, invoke
from html_pages import render_page

from mantelzorg_cli.cli.command import main
from mantelzorg_cli.files import batch


def test_folder_is_walked_in_sorted_order():
    lines = invoke(ROOT / "samples", "-f", "jsonl").stdout.splitlines()
    sources = [json.loads(line)["source"] for line in lines]
    assert sources == sorted(sources)
    assert len(lines) == sum(len(golden_records(s)) for s in SAMPLES)


def test_piped_standard_input_is_read_and_called_dash():
    record = json.loads(invoke(input=VEENHOVEN.read_bytes()).stdout)
    assert record["source"] == "-"
    assert record == {**golden_records(VEENHOVEN)[0], "source": "-"}
    assert json.loads(invoke("-", input=VEENHOVEN.read_bytes()).stdout)["source"] == "-"


def test_bad_inputs_get_one_line_each_and_the_rest_is_still_written(tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    picture = tmp_path / "foto.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    news = tmp_path / "nieuws.txt"
    news.write_text("Het college besloot gisteren tot een nieuwe fietsbrug.\n", encoding="utf-8")
    result = invoke(empty, VEENHOVEN, picture, news, tmp_path / "weg.txt", "-f", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(x)["organisation"] for x in result.stdout.splitlines()] == [
        "Gemeente Veenhoven"
    ]
    assert result.stderr.splitlines() == [
        f"mzextract: {empty}: empty file",
        f"mzextract: {picture}: binary file, not text",
        f"mzextract: {news}: no profile found (no recognition line and none of the four questions)",
        f"mzextract: {tmp_path / 'weg.txt'}: cannot read: No such file or directory",
    ]


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
