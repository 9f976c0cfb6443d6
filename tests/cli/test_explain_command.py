"""`mzextract explain FILE` as a user runs it."""

import json
import subprocess

import pytest
from conftest import MZEXTRACT, TWO_PROFILES, VEENHOVEN, run

from mantelzorg_cli.explain import explain


def test_piped_output_is_plain_and_names_each_role():
    done = run("explain", VEENHOVEN)
    assert done.returncode == 0 and done.stderr == b""
    out = done.stdout.decode()
    assert "\x1b[" not in out  # no colour into a pipe
    first = out.splitlines()[:3]
    assert first[0].split() == ["1", "header", "Werk&Mantelzorg"]
    assert first[2].split() == ["3", "organisation", "Gemeente", "Veenhoven"]
    assert len(out.splitlines()) == len(explain(VEENHOVEN.read_bytes())[1])


def test_jsonl_is_one_object_a_line():
    done = run("explain", VEENHOVEN, "-f", "jsonl")
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert list(objects[0]) == ["line", "role", "text", "section", "profile", "why"]
    assert {o["role"] for o in objects} >= {"question", "item", "subitem", "contact"}
    assert all(o["section"] for o in objects if o["role"] == "item")


def test_standard_input_is_read():
    done = run("explain", "-", "-f", "jsonl", input=VEENHOVEN.read_bytes())
    assert json.loads(done.stdout.splitlines()[2])["role"] == "organisation"


def test_no_profile_exits_1_with_one_line_after_the_lines(tmp_path):
    names = tmp_path / "lijst.txt"
    names.write_text("Gemeente X\nErkend mantelzorgvriendelijk sinds: 1 mei 2020\n")
    done = run("explain", names)
    assert done.returncode == 1
    assert (
        done.stderr.decode()
        == f"mzextract: {names}: no profile found (none of the four questions)\n"
    )
    assert b"left_out" in done.stdout


def test_a_file_that_cannot_be_read_is_one_line(tmp_path):
    for path, said in [(tmp_path / "weg.txt", "cannot read"), (tmp_path, "is a folder")]:
        done = run("explain", path)
        assert done.returncode == 1 and done.stdout == b""
        assert done.stderr.decode().startswith(f"mzextract: {path}: {said}")
        assert done.stderr.count(b"\n") == 1


def test_a_closed_pipe_ends_quietly():
    process = subprocess.Popen(
        [MZEXTRACT, "explain", VEENHOVEN], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.stdout.read(10)
    process.stdout.close()
    assert process.wait(timeout=30) in (0, 1)
    assert b"Traceback" not in process.stderr.read()


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (f"explain '{VEENHOVEN}' >&-", b"standard output is closed"),
        ("explain - <&-", b"standard input is closed"),
        ("- <&-", b"standard input is closed"),  # the records' command, `-` named
    ],
)
def test_closed_standard_output_or_input_is_a_usage_error(arguments, said):
    done = subprocess.run(["bash", "-c", f"'{MZEXTRACT}' {arguments}"], capture_output=True)
    assert done.returncode == 2 and said in done.stderr


def test_a_reader_that_leaves_early_ends_explain_with_status_0():
    process = subprocess.Popen(
        [MZEXTRACT, "explain", VEENHOVEN], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.stdout.readline()
    process.stdout.close()
    assert process.wait(timeout=30) == 0
    assert process.stderr.read() == b""


def test_tags_show_each_text_its_measures_and_the_words_that_matched():
    done = run("explain", "--tags", VEENHOVEN)
    assert done.returncode == 0 and done.stderr == b""
    lines = done.stdout.decode().splitlines()
    assert lines[0] == "── profile 1: Gemeente Veenhoven ──"
    assert lines[1].startswith("awareness item 1         Op intranet staat een themapagina")
    assert "intranet" in lines[4].split() and "“intranet”" in lines[4]
    workshop = next(line for line in lines if line.split()[:1] == ["manager_training"])
    assert "“workshop” with “leidinggevenden”" in workshop


def test_tags_as_jsonl_and_with_ones_own_vocabulary(tmp_path):
    vocabulary = tmp_path / "dranken.yaml"
    vocabulary.write_text("- {id: koffie, nl: Koffie, en: Coffee, terms: [koffie]}\n")
    done = run("explain", "--tags", VEENHOVEN, "--measures", vocabulary, "-f", "jsonl")
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert list(objects[0]) == [
        "profile", "organisation", "section", "kind", "index", "text", "measures"
    ]  # fmt: skip
    (tagged,) = [o for o in objects if o["measures"]]
    assert tagged["measures"] == [
        {"measure": "koffie", "words": "koffie", "start": 28, "clue": "koffie", "also": ""}
    ]
    assert (tagged["section"], tagged["kind"], tagged["index"]) == ("dialogue", "item", 2)


def test_tags_of_an_input_without_a_profile_exit_1_with_one_line(tmp_path):
    names = tmp_path / "lijst.txt"
    names.write_text("Gemeente X\nErkend mantelzorgvriendelijk sinds: 1 mei 2020\n")
    done = run("explain", "--tags", names)
    assert done.returncode == 1 and done.stdout == b""
    assert len(done.stderr.splitlines()) == 1 and b"lijst.txt" in done.stderr


def test_words_found_across_an_item_and_its_sub_item_show_on_one_line(tmp_path):
    vocabulary = tmp_path / "v.yaml"
    vocabulary.write_text("- {id: x, nl: X, en: X, patterns: ['pensioenopbouw:\\s+voor']}\n")
    done = run("explain", "--tags", TWO_PROFILES, "--measures", vocabulary)
    assert done.returncode == 0
    (line,) = [line for line in done.stdout.decode().splitlines() if line.split()[:1] == ["x"]]
    assert "“pensioenopbouw: / voor”" in line
