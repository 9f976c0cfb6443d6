"""The command line as a user meets it: CliRunner for detail, a real process for the rest."""

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import (
    MZEXTRACT,
    ROOT,
    TWO_PROFILES,
    VEENHOVEN,
    golden_records,
    html_fragments,
    invoke,
    mutated_pages,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli import __version__
from mantelzorg_cli.cli.command import main

# --- exit status and messages -------------------------------------------


def test_warnings_go_to_stderr_and_fail_only_under_strict():
    sample = ROOT / "samples" / "kinderopvang-het-kompas.txt"
    result = invoke(sample)
    assert result.exit_code == 0
    assert result.stderr == f"mzextract: {sample}: warning: missing question: dialogue\n"
    assert json.loads(result.stdout)["sections"]["dialogue"] is None
    assert invoke(sample, "--strict").exit_code == 1
    assert invoke(VEENHOVEN, "--strict").exit_code == 0
    quiet = invoke(sample, "--quiet")
    assert quiet.stderr == "" and quiet.exit_code == 0


def test_usage_errors_exit_2():
    assert invoke(VEENHOVEN, "-f", "xml").exit_code == 2
    assert invoke(VEENHOVEN, "-o", "out.txt").exit_code == 2
    assert invoke(VEENHOVEN, "--table", "rows").exit_code == 2


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
    assert invoke(VEENHOVEN, "-o", target).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["organisation"] == "Gemeente Veenhoven"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_help_shows_real_examples_and_version_prints():
    help_text = invoke("--help").stdout
    assert "mzextract profielen/ -f jsonl | jq" in help_text and "Exit status" in help_text
    assert invoke("--version").stdout == f"mzextract, version {__version__}\n"


def test_help_lists_the_other_commands_under_a_heading_and_never_extract():
    help_text = invoke("--help").stdout
    heading = "Commands (mzextract COMMAND --help tells more):"
    listed = help_text.split(heading, 1)[1].split("Examples:")[0].split()
    assert {"summary", "explain", "schema"} <= set(listed)
    assert "extract" not in help_text.replace("Werk&Mantelzorg", "").split()
    assert "mzextract extract" not in help_text


def test_schema_prints_the_json_schema_the_package_ships():
    result = invoke("schema")
    assert result.exit_code == 0 and result.stderr == ""
    shipped = ROOT / "mantelzorg_cli" / "record" / "record.schema.json"
    assert result.stdout == shipped.read_text(encoding="utf-8")
    assert json.loads(result.stdout)["properties"]["recognised_year"]["type"] == [
        "integer",
        "null",
    ]


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
    done = real(
        sys.executable, "-m", "mantelzorg_cli", "-f", "jsonl", input=TWO_PROFILES.read_bytes()
    )
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["organisation"] for x in done.stdout.splitlines()] == [
        r["organisation"] for r in golden_records(TWO_PROFILES)
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_closed_pipe_ends_quietly(jobs):
    many = [VEENHOVEN] * 400
    shell = f"{MZEXTRACT} {' '.join(map(str, many))} -f jsonl --jobs {jobs} | head -1"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=120)
    assert len(done.stdout.splitlines()) == 1
    assert done.stderr == b""


def test_bad_input_in_a_real_process_is_one_line_and_no_traceback(tmp_path):
    (tmp_path / "kapot.txt").write_bytes(b"\x00\x01\x02" * 100)
    done = real(MZEXTRACT, tmp_path / "kapot.txt", VEENHOVEN, "-f", "jsonl")
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1
    assert len(done.stdout.splitlines()) == 1


@pytest.mark.parametrize("argument", ["--bogus", "-f"])
def test_usage_error_in_a_real_process_exits_2(argument):
    assert real(MZEXTRACT, argument).returncode == 2


# --- hypothesis: no traceback, whatever arrives ---------------------------


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


def complete(*words: str) -> list[str]:
    """What bash completion offers for the last of `words` (click's protocol, as the
    README's `eval` line sets it up)."""
    env = {
        **os.environ,
        "_MZEXTRACT_COMPLETE": "bash_complete",
        "COMP_WORDS": " ".join(["mzextract", *words]),
        "COMP_CWORD": str(len(words)),
    }
    done = subprocess.run([MZEXTRACT], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and done.stderr == ""
    return done.stdout.splitlines()


def test_shell_completion_offers_commands_files_options_and_formats():
    setup = subprocess.run(
        [MZEXTRACT], env={**os.environ, "_MZEXTRACT_COMPLETE": "bash_source"},
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert "complete -o nosort -F _mzextract_completion mzextract" in setup.stdout
    assert complete("sch") == ["plain,schema", "file,sch"]
    assert complete("") == ["plain,summary", "plain,explain", "plain,schema", "file,"]
    assert complete("--ta") == ["plain,--table"]
    assert complete("summary", "--ht") == ["plain,--html"]
    assert "plain,sqlite" in complete("samples/", "-f", "")
