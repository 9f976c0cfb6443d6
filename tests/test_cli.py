"""The command line as a user meets it: CliRunner for detail, a real process for the rest."""

import csv
import json
import os
import sqlite3
import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner
from conftest import MZEXTRACT, ROOT, SAMPLES, golden_records, invoke, needs_program

from mantelzorg_cli import __version__
from mantelzorg_cli.cli.command import main

ONE = ROOT / "samples" / "gemeente-veenhoven.txt"
TWO = ROOT / "samples" / "twee-profielen.txt"


def with_source(records: list[dict], source: str) -> list[dict]:
    return [{**record, "source": source} for record in records]


# --- formats -------------------------------------------------------------


def test_json_is_an_object_for_one_profile_and_a_list_for_several():
    assert isinstance(json.loads(invoke(ONE).stdout), dict)
    assert len(json.loads(invoke(TWO).stdout)) == 2
    assert len(json.loads(invoke(ONE, ONE).stdout)) == 2


def test_json_keeps_non_ascii_characters_and_indents_by_two():
    out = invoke(ONE).stdout
    assert "collega’s" in out and "\\u" not in out
    assert out.startswith('{\n  "schema_version": "1.1",\n')


def test_jsonl_is_one_object_a_line_even_for_one_profile():
    lines = invoke(ONE, "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == with_source(golden_records(ONE), str(ONE))


def test_yaml_is_block_style_without_python_tags_and_loads_back():
    out = invoke(TWO, "-f", "yaml").stdout
    assert "!!python" not in out and "{" not in out.splitlines()[0]
    two_paragraphs = invoke(ROOT / "samples/woonstichting-de-lindehof.txt", "-f", "yaml")
    assert "\nintro: |-\n  Woonstichting" in two_paragraphs.stdout
    assert yaml.safe_load(out) == with_source(golden_records(TWO), str(TWO))


def test_csv_is_rfc4180_with_comma_crlf_and_no_bom():
    result = CliRunner().invoke(main, [str(TWO), "-f", "csv"])
    raw = result.stdout_bytes
    assert raw.startswith(b"source,profile_index,organisation,recognised_since,employees,")
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines(keepends=True)))
    assert [row["organisation"] for row in rows] == [r["organisation"] for r in golden_records(TWO)]


def test_excel_csv_has_semicolons_bom_and_neutralised_formulas(tmp_path):
    profile = tmp_path / "formule.txt"
    text = ONE.read_text(encoding="utf-8").replace("Gemeente Veenhoven\n", '=HYPERLINK("x")\n', 1)
    profile.write_text(text, encoding="utf-8")
    raw = CliRunner().invoke(main, [str(profile), "-f", "csv", "--excel"]).stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbfsource;profile_index;")
    row = next(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert row["organisation"] == '\'=HYPERLINK("x")'


def test_plain_csv_keeps_a_leading_equals_sign(tmp_path):
    profile = tmp_path / "formule.txt"
    profile.write_text(
        ONE.read_text(encoding="utf-8").replace("Gemeente Veenhoven\n", "=1+1\n", 1),
        encoding="utf-8",
    )
    row = next(csv.DictReader(invoke(profile, "-f", "csv").stdout.splitlines()))
    assert row["organisation"] == "=1+1"


def test_format_follows_the_output_extension(tmp_path):
    for name, load in [
        ("out.json", json.loads),
        ("out.jsonl", lambda t: [json.loads(x) for x in t.splitlines()]),
        ("out.yml", yaml.safe_load),
    ]:
        target = tmp_path / name
        assert invoke(TWO, "-o", target).exit_code == 0
        assert load(target.read_text(encoding="utf-8")) == with_source(
            golden_records(TWO), str(TWO)
        )
    target = tmp_path / "out.csv"
    invoke(TWO, "-o", target)
    assert len(list(csv.DictReader(target.open(encoding="utf-8", newline="")))) == 2


def test_csv_loads_into_sqlite_with_one_row_per_profile_and_per_item(tmp_path):
    sqlite = needs_program("sqlite3")
    profiles, items = tmp_path / "profiles.csv", tmp_path / "items.csv"
    assert invoke(ROOT / "samples", "-o", profiles).exit_code == 0
    assert invoke(ROOT / "samples", "-o", items, "--table", "items").exit_code == 0
    database = tmp_path / "db.sqlite"
    script = f".mode csv\n.import {profiles} profiles\n.import {items} items\n"
    subprocess.run([sqlite, str(database)], input=script, text=True, check=True)
    golden = [r for sample in SAMPLES for r in golden_records(sample)]
    expected_items = sum(
        len(s["paragraphs"]) + sum(1 + len(i["subitems"]) for i in s["items"])
        for r in golden
        for s in r["sections"].values()
        if s
    )
    with sqlite3.connect(database) as db:
        assert db.execute("select count(*) from profiles").fetchone() == (len(golden),)
        assert db.execute("select count(*) from items").fetchone() == (expected_items,)
        assert db.execute(
            "select employees from profiles where organisation = 'Gemeente Veenhoven'"
        ).fetchone() == ("612",)


# --- inputs --------------------------------------------------------------


def test_folder_is_walked_in_sorted_order():
    lines = invoke(ROOT / "samples", "-f", "jsonl").stdout.splitlines()
    sources = [json.loads(line)["source"] for line in lines]
    assert sources == sorted(sources)
    assert len(lines) == sum(len(golden_records(s)) for s in SAMPLES)


def test_piped_standard_input_is_read_and_called_dash():
    record = json.loads(invoke(input=ONE.read_bytes()).stdout)
    assert record["source"] == "-"
    assert record == {**golden_records(ONE)[0], "source": "-"}
    assert json.loads(invoke("-", input=ONE.read_bytes()).stdout)["source"] == "-"


def test_bad_inputs_get_one_line_each_and_the_rest_is_still_written(tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    picture = tmp_path / "foto.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    news = tmp_path / "nieuws.txt"
    news.write_text("Het college besloot gisteren tot een nieuwe fietsbrug.\n", encoding="utf-8")
    result = invoke(empty, ONE, picture, news, tmp_path / "weg.txt", "-f", "jsonl")
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


# --- exit status and messages -------------------------------------------


def test_warnings_go_to_stderr_and_fail_only_under_strict():
    sample = ROOT / "samples" / "kinderopvang-het-kompas.txt"
    result = invoke(sample)
    assert result.exit_code == 0
    assert result.stderr == f"mzextract: {sample}: warning: missing question: dialogue\n"
    assert json.loads(result.stdout)["sections"]["dialogue"] is None
    assert invoke(sample, "--strict").exit_code == 1
    assert invoke(ONE, "--strict").exit_code == 0
    quiet = invoke(sample, "--quiet")
    assert quiet.stderr == "" and quiet.exit_code == 0


def test_usage_errors_exit_2():
    assert invoke(ONE, "-f", "xml").exit_code == 2
    assert invoke(ONE, "-o", "out.txt").exit_code == 2
    assert invoke(ONE, "--table", "rows").exit_code == 2


def test_output_that_is_an_input_is_refused_and_left_alone(tmp_path):
    copy = tmp_path / "profiel.json"
    copy.write_bytes(b"{}")
    result = invoke(copy, "-o", copy, "-f", "json")
    assert result.exit_code == 2 and "is one of the inputs" in result.stderr
    assert copy.read_bytes() == b"{}"
    inside = invoke(tmp_path, "-o", tmp_path / "out.json")
    assert inside.exit_code == 2 and not (tmp_path / "out.json").exists()


def test_output_file_is_written_whole_and_without_leftovers(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    assert invoke(ONE, "-o", target).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["organisation"] == "Gemeente Veenhoven"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_help_shows_real_examples_and_version_prints():
    help_text = invoke("--help").stdout
    assert "mzextract profielen/ -f jsonl | jq" in help_text and "Exit status" in help_text
    assert invoke("--version").stdout == f"mzextract, version {__version__}\n"


# --- a real process ------------------------------------------------------


def real(*args, input=None, cwd=ROOT):
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # prove stdout is UTF-8 regardless
    return subprocess.run(
        [str(a) for a in args], input=input, capture_output=True, cwd=cwd, env=env, timeout=60
    )


def test_console_script_prints_the_golden_record():
    done = real(MZEXTRACT, "samples/gemeente-veenhoven.txt")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (ROOT / "tests/golden/gemeente-veenhoven.json").read_bytes()


def test_python_dash_m_works_and_reads_a_pipe():
    done = real(sys.executable, "-m", "mantelzorg_cli", "-f", "jsonl", input=TWO.read_bytes())
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["organisation"] for x in done.stdout.splitlines()] == [
        r["organisation"] for r in golden_records(TWO)
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_closed_pipe_ends_quietly(jobs):
    many = [ONE] * 400
    shell = f"{MZEXTRACT} {' '.join(map(str, many))} -f jsonl --jobs {jobs} | head -1"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=120)
    assert len(done.stdout.splitlines()) == 1
    assert done.stderr == b""


def test_bad_input_in_a_real_process_is_one_line_and_no_traceback(tmp_path):
    (tmp_path / "kapot.txt").write_bytes(b"\x00\x01\x02" * 100)
    done = real(MZEXTRACT, tmp_path / "kapot.txt", ONE, "-f", "jsonl")
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1
    assert len(done.stdout.splitlines()) == 1


@pytest.mark.parametrize("argument", ["--bogus", "-f"])
def test_usage_error_in_a_real_process_exits_2(argument):
    assert real(MZEXTRACT, argument).returncode == 2
