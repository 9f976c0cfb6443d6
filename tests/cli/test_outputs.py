"""Hostile outputs: nodes, links, clashing names, full disks, closed streams.

An output is whole or untouched, never replaces a device, pipe or link, and
never overwrites an input; a failure is one line and exit status 1 (2 when
it is known before any work). (From the hostile-input suite.)
"""

import json
import os
import stat
import subprocess
import threading

import pytest
from conftest import MZEXTRACT, invoke, profile_named, run

from mantelzorg_cli.cli.output import atomic_text_file


@pytest.fixture
def profile(tmp_path):
    path = tmp_path / "p.txt"
    path.write_bytes(profile_named("Gemeente P"))
    return path


def test_same_named_inputs_get_an_output_each(tmp_path):
    for folder in "abc":
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p.txt").write_bytes(profile_named(f"Gemeente {folder.upper()}"))
    out = tmp_path / "o2"
    done = run(*(tmp_path / f / "p.txt" for f in "abc"), "-o", f"{out}/", "-f", "json")
    assert done.returncode == 0, done.stderr
    written = {p.name: json.loads(p.read_text())["organisation"] for p in out.iterdir()}
    assert written == {
        "p.json": "Gemeente A",
        "p.txt.json": "Gemeente B",
        "p.2.json": "Gemeente C",
    }


def test_an_output_folder_never_overwrites_an_input(tmp_path):
    victim = tmp_path / "p.json"  # a profile someone saved with this name
    victim.write_bytes(profile_named("Gemeente J"))
    other = tmp_path / "q.txt"
    other.write_bytes(profile_named("Gemeente Q"))
    done = run(victim, other, "-o", f"{tmp_path}/", "-f", "json")
    assert victim.read_bytes() == profile_named("Gemeente J")
    assert json.loads((tmp_path / "q.json").read_text())["organisation"] == "Gemeente Q"
    assert done.stderr.decode() == (
        f"mzextract: {victim}: its output {tmp_path}/p.json would replace an input; not written\n"
    )
    assert done.returncode == 1


def device(folder, name: str, minor: int):
    """A twin of /dev/null (minor 3) or /dev/full (7): a regression replaces it, not the real."""
    path = folder / name
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        if os.environ.get("CI") == "true":  # CI runs as root
            raise
        pytest.skip("making a device node needs root")
    return path


def test_writing_to_a_character_device_writes_through_it(profile, tmp_path):
    null = device(tmp_path, "null", 3)
    done = run(profile, "-o", null, "-f", "json")
    assert done.returncode == 0 and done.stderr == b""
    assert stat.S_ISCHR(os.stat(null).st_mode)
    report = run("summary", profile, "--html", null)
    assert report.returncode == 0 and stat.S_ISCHR(os.stat(null).st_mode)


def test_writing_to_a_named_pipe_feeds_its_reader(profile, tmp_path):
    pipe = tmp_path / "uit.json"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    done = run(profile, "-o", pipe)
    reader.join(timeout=30)
    assert done.returncode == 0
    assert json.loads(received[0])["organisation"] == "Gemeente P"
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_named_pipe_without_reader_is_refused_not_replaced(profile, tmp_path):
    pipe = tmp_path / "uit.json"
    os.mkfifo(pipe)
    done = run(profile, "-o", pipe, timeout=20)
    assert done.stderr.decode() == f"mzextract: {pipe}: cannot write: a named pipe with no reader\n"
    assert done.returncode == 1
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_writing_to_a_link_replaces_its_target_and_keeps_the_link(profile, tmp_path):
    (tmp_path / "echt").mkdir()
    target = tmp_path / "echt" / "uit.json"
    target.write_text("oud")
    link = tmp_path / "uit.json"
    link.symlink_to(target)
    assert run(profile, "-o", link).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["organisation"] == "Gemeente P"
    assert sorted(p.name for p in target.parent.iterdir()) == ["uit.json"]  # no leftovers


def test_rewriting_an_output_keeps_its_mode(profile, tmp_path):
    out = tmp_path / "uit.json"
    out.write_text("oud")
    out.chmod(0o600)
    assert run(profile, "-o", out).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text())["organisation"] == "Gemeente P"


def test_a_temporary_file_left_by_a_killed_run_is_stepped_around(tmp_path):
    out = tmp_path / "uit.json"
    leftover = tmp_path / f".uit.json.{os.getpid()}.0.tmp"
    leftover.write_text("van een gestopte run")
    with atomic_text_file(str(out)) as stream:
        stream.write("nieuw")
    assert out.read_text() == "nieuw"
    assert leftover.read_text() == "van een gestopte run"


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("", "the output name is empty"),
        ("weg/uit.json", "the folder of weg/uit.json does not exist"),
    ],
)
def test_an_output_that_cannot_be_is_a_usage_error(profile, output, message, tmp_path):
    done = run(profile, "-o", output, "-f", "json", cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr.decode() and b"Traceback" not in done.stderr


def test_summary_report_into_a_missing_folder_is_a_usage_error(profile, tmp_path):
    done = run("summary", profile, "--html", tmp_path / "weg" / "r.html")
    assert done.returncode == 2 and b"does not exist" in done.stderr


def test_an_output_the_system_refuses_is_one_line(profile):
    done = run(profile, "-o", "/proc/uit.json")  # /proc refuses new files, even to root
    assert done.stderr.decode().startswith("mzextract: /proc/uit.json: cannot write: ")
    assert len(done.stderr.splitlines()) == 1
    assert done.returncode == 1


def test_a_full_disk_on_standard_output_is_one_line(profile):
    with open("/dev/full", "wb") as full:
        done = subprocess.run([MZEXTRACT, profile], stdout=full, stderr=subprocess.PIPE)
    assert done.stderr.decode() == (
        "mzextract: standard output: cannot write: No space left on device\n"
    )
    assert done.returncode == 1


def test_closed_standard_output_is_a_usage_error(profile):
    done = subprocess.run(["bash", "-c", f"'{MZEXTRACT}' '{profile}' >&-"], capture_output=True)
    assert done.returncode == 2
    assert b"standard output is closed" in done.stderr and b"Traceback" not in done.stderr


@pytest.mark.parametrize("command", [["-f", "jsonl"], ["-f", "csv", "-q"], ["summary"]])
def test_closed_standard_error_costs_nothing_but_the_messages(profile, command):
    # `2>&-`: the progress bar asked a closed standard error whether it is a terminal, and
    # the run ended with status 1 and nothing written.
    arguments = [*command, profile] if command == ["summary"] else [profile, *command]
    named = " ".join(f"'{argument}'" for argument in arguments)
    done = subprocess.run(["bash", "-c", f"'{MZEXTRACT}' {named} 2>&-"], capture_output=True)
    assert done.returncode == 0
    assert done.stdout == run(*arguments).stdout != b""


def test_a_mirror_path_blocked_by_a_file_costs_only_that_input(tmp_path):
    (tmp_path / "in" / "noord").mkdir(parents=True)
    (tmp_path / "in" / "noord" / "a.txt").write_bytes(profile_named("Gemeente A"))
    (tmp_path / "in" / "b.txt").write_bytes(profile_named("Gemeente B"))
    out = tmp_path / "uit"
    out.mkdir()
    (out / "noord").write_text("een bestand, geen map")
    done = run(tmp_path / "in", "-o", f"{out}/")
    assert json.loads((out / "b.json").read_text())["organisation"] == "Gemeente B"
    assert (out / "noord").read_text() == "een bestand, geen map"
    assert done.stderr.decode().startswith(f"mzextract: {out}/noord/a.json: cannot write: ")
    assert done.returncode == 1


def test_control_characters_never_reach_the_terminal(tmp_path):
    name = tmp_path / "rood\x1b[31m.txt"
    name.write_bytes(b"")
    dated = tmp_path / "datum.txt"
    dated.write_bytes(
        profile_named("Gemeente D").replace(b"12 februari 2019", b"12 \x1b]0;titel\x07 2019")
    )
    done = invoke(name, dated, "-f", "jsonl")
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert "rood\\x1b[31m.txt: empty file" in done.stderr
    assert all(len(line) < 300 for line in done.stderr.splitlines())


def test_a_full_device_as_output_is_one_line(profile, tmp_path):
    full = device(tmp_path, "full", 7)
    done = run(profile, "-o", full, "-f", "json")
    assert done.stderr.decode() == f"mzextract: {full}: cannot write: No space left on device\n"
    assert done.returncode == 1 and stat.S_ISCHR(os.stat(full).st_mode)


def test_a_disk_that_fills_up_keeps_the_earlier_output(profile, tmp_path, monkeypatch):
    out = tmp_path / "uit.json"
    out.write_text("oud")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mantelzorg_cli.exporters.json_writer.json.dumps", full)
    done = invoke(profile, "-o", out)
    assert done.stderr == f"mzextract: {out}: cannot write: No space left on device\n"
    assert done.exit_code == 1
    assert out.read_text() == "oud" and sorted(tmp_path.iterdir()) == [profile, out]


def test_dash_as_output_is_standard_output(profile, tmp_path):
    done = run(profile, "-o", "-", "-f", "jsonl", cwd=tmp_path)
    assert json.loads(done.stdout)["organisation"] == "Gemeente P"
    assert list(tmp_path.iterdir()) == [profile]


@pytest.mark.parametrize("length", [240, 251])
def test_names_near_the_longest_a_file_system_allows(tmp_path, length):
    (tmp_path / "in").mkdir()
    name = "p" * (length - len(".txt")) + ".txt"
    (tmp_path / "in" / name).write_bytes(profile_named("Gemeente Lang"))
    done = run(tmp_path / "in", "-o", f"{tmp_path / 'uit'}/")
    output = "p" * (length - len(".txt")) + ".json"
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "uit" / output).read_text())["organisation"] == "Gemeente Lang"


@pytest.mark.parametrize("pattern", ["", "**/*"])
def test_a_glob_that_can_match_nothing_is_a_usage_error(profile, pattern):
    done = run(profile.parent, "--glob", pattern)
    assert done.returncode == 2 and b"--glob" in done.stderr


def test_a_full_standard_error_costs_only_the_messages(profile, tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [MZEXTRACT, profile, empty, "-f", "jsonl"], stdout=subprocess.PIPE, stderr=full
        )
    assert json.loads(done.stdout)["organisation"] == "Gemeente P"
    assert done.returncode == 1  # the empty file failed; said nowhere, but still counted


@pytest.mark.parametrize("odd", ["\n", "\u202e", "\u009b", "\u2028"])
def test_odd_characters_in_names_stay_one_escaped_line(tmp_path, odd):
    name = tmp_path / f"a{odd}b.txt"
    name.write_bytes(b"")
    done = run(name)
    lines = done.stderr.decode().splitlines()
    assert lines == [f"mzextract: {tmp_path}/a{ascii(odd)[1:-1]}b.txt: empty file"]


def test_temporaries_of_killed_runs_are_cleaned_by_the_next(profile, tmp_path):
    out = tmp_path / "uit.json"
    stale = tmp_path / ".uit.json.999999.0.tmp"  # above the default pid_max: never alive
    stale.write_text("half")
    mine = tmp_path / f".uit.json.{os.getpid()}.0.tmp"  # a live writer's: left alone
    mine.write_text("busy")
    assert run(profile, "-o", out).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([profile.name, out.name, mine.name])


def test_a_full_disk_stops_a_mirroring_run_after_one_line(tmp_path, monkeypatch):
    from mantelzorg_cli.cli import output

    for name in "abc":
        (tmp_path / f"{name}.txt").write_bytes(profile_named(f"Gemeente {name}"))

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output, "_create_temporary", full)
    out = tmp_path.parent / "vol"
    done = invoke(tmp_path, "-o", f"{out}/")
    assert done.stderr.splitlines() == [
        f"mzextract: {out}/a.json: cannot write: No space left on device",
        f"mzextract: stopped: nothing more can be written below {out}/",
    ]
    assert done.exit_code == 1
