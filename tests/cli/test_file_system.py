"""Hostile file-system shapes: links, pipes, devices, odd names, unreadable and empty folders.

Each input that gives no record gets one line naming it and the run exits 1;
everything else in the batch is still read. Files are made by the tests.
(From the hostile-input suite.)
"""

import json
import os
import subprocess
import threading

import pytest
from conftest import MZEXTRACT, invoke, organisations, profile_named, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mantelzorg_cli.files import batch, inputs


def test_a_link_that_loops_costs_only_itself(tmp_path):
    folder = tmp_path / "d1"
    folder.mkdir()
    (folder / "a.txt").write_bytes(profile_named("Gemeente A"))
    os.symlink("x.txt", folder / "x.txt")  # points at itself
    done = run(folder, "-f", "jsonl")
    assert organisations(done.stdout) == ["Gemeente A"]
    assert done.stderr.decode().splitlines() == [
        f"mzextract: {folder}/x.txt: cannot read: Too many levels of symbolic links"
    ]
    assert done.returncode == 1


def test_a_broken_link_is_named_and_the_rest_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(profile_named("Gemeente A"))
    os.symlink("weg.txt", tmp_path / "b.txt")
    done = run(tmp_path, "-f", "jsonl")
    assert organisations(done.stdout) == ["Gemeente A"]
    assert b"b.txt: cannot read: No such file or directory" in done.stderr
    assert done.returncode == 1


@pytest.mark.parametrize("glob", [[], ["--glob", "*.md"]], ids=["empty folder", "no match"])
def test_a_folder_with_nothing_to_read_is_said(tmp_path, glob):
    (tmp_path / "leeg").mkdir()
    (tmp_path / "leeg" / "notes.doc").write_bytes(b"x")
    done = run(tmp_path / "leeg", *glob)
    wanted = "*.md" if glob else "*.txt, *.md, *.html, *.htm"
    assert done.stderr.decode() == f"mzextract: {tmp_path / 'leeg'}: no files matching {wanted}\n"
    assert done.returncode == 1
    assert json.loads(done.stdout) == []


def test_an_unreadable_folder_is_said(tmp_path, monkeypatch):
    # As root (CI) permissions do not stop reading, so the refusal is simulated.
    (tmp_path / "a.txt").write_bytes(profile_named("Gemeente A"))
    (tmp_path / "dicht").mkdir()
    (tmp_path / "dicht" / "b.txt").write_bytes(profile_named("Gemeente B"))
    scandir = os.scandir

    def refusing(path):
        if str(path).endswith("dicht"):
            raise PermissionError(13, "Permission denied", path)
        return scandir(path)

    monkeypatch.setattr(inputs.os, "scandir", refusing)
    done = invoke(tmp_path, "-f", "jsonl")
    assert organisations(done.stdout) == ["Gemeente A"]
    assert (
        done.stderr == f"mzextract: {tmp_path / 'dicht'}: cannot read folder: Permission denied\n"
    )
    assert done.exit_code == 1


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as file:
        file.write(profile_named("Gemeente Caf\u00e9"))
    (tmp_path / "z.txt").write_bytes(b"")
    done = run(tmp_path, "-f", "jsonl")
    record = json.loads(done.stdout)
    assert record["source"] == f"{tmp_path}/caf\\xe9.txt"
    assert done.stderr.decode() == f"mzextract: {tmp_path}/z.txt: empty file\n"
    assert done.returncode == 1


def test_an_endless_device_stops_at_the_size_limit():
    done = run("/dev/zero", timeout=30)
    assert done.stderr.decode() == (
        "mzextract: /dev/zero: larger than 50 MB, the limit for one input (see --max-size)\n"
    )
    assert done.returncode == 1


def test_the_size_limit_can_be_lowered_and_raised(tmp_path):
    sample = tmp_path / "p.txt"
    sample.write_bytes(profile_named("Gemeente P"))
    small = run(sample, "--max-size", "1K")
    assert b"larger than 1,024 bytes, the limit for one input" in small.stderr
    assert small.returncode == 1
    assert json.loads(run(sample, "--max-size", "1M").stdout)["organisation"] == "Gemeente P"
    assert run(sample, "--max-size", "lots").returncode == 2


def test_standard_input_is_bounded_too(tmp_path):
    done = run("-", "--max-size", "1K", input=profile_named("Gemeente P") * 10)
    assert done.stderr.decode().startswith("mzextract: -: larger than 1,024 bytes")
    assert done.returncode == 1


def test_a_pipe_inside_a_folder_is_skipped_with_a_line(tmp_path):
    (tmp_path / "a.txt").write_bytes(profile_named("Gemeente A"))
    os.mkfifo(tmp_path / "b.txt")
    done = run(tmp_path, "-f", "jsonl", timeout=20)
    assert organisations(done.stdout) == ["Gemeente A"]
    assert done.stderr.decode() == (
        f"mzextract: {tmp_path}/b.txt: skipped: a named pipe, not a file\n"
    )
    assert done.returncode == 1


def test_a_pipe_without_a_writer_is_given_up_on(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "PIPE_WAIT", 0.2)
    os.mkfifo(tmp_path / "p.txt")
    done = invoke(tmp_path / "p.txt")
    assert done.stderr == f"mzextract: {tmp_path}/p.txt: named pipe with no writer after 0.2 s\n"
    assert done.exit_code == 1


def test_a_pipe_with_a_writer_is_read(tmp_path):
    pipe = tmp_path / "p.txt"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(profile_named("Gemeente P"),))
    writer.start()
    done = invoke(pipe)
    writer.join()
    assert json.loads(done.stdout)["organisation"] == "Gemeente P"


def test_closed_standard_input_is_a_usage_error():
    done = subprocess.run(["bash", "-c", f"'{MZEXTRACT}' <&-"], capture_output=True, timeout=20)
    assert done.returncode == 2
    assert b"name a FILE or DIR" in done.stderr and b"Traceback" not in done.stderr


def test_jobs_are_capped_by_cores_and_inputs(tmp_path):
    from mantelzorg_cli import read_paths

    one = tmp_path / "a.txt"
    one.write_bytes(profile_named("Gemeente A"))
    assert read_paths([one], jobs=10000)._processes() == 1
    assert read_paths([tmp_path], jobs=10000)._processes() == (os.cpu_count() or 1)
    done = run(tmp_path, "--jobs", "10000", "-f", "jsonl")
    assert organisations(done.stdout) == ["Gemeente A"] and done.returncode == 0


# Names a folder may hold: any bytes but `/` and NUL, hidden ones, odd suffixes.
_NAME = st.binary(min_size=1, max_size=20).map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))
_ENTRY = st.tuples(
    _NAME.filter(lambda name: name not in (b".", b"..")),
    st.sampled_from([b".txt", b".TXT", b".html", b".md", b".doc", b""]),
    st.sampled_from(["profile", "empty", "binary", "folder", "loop", "broken", "pipe"]),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries=st.lists(_ENTRY, max_size=8, unique_by=lambda e: e[0] + e[1]))
def test_any_folder_shape_gives_records_and_one_line_per_failure(tmp_path_factory, entries):
    """Nothing read is lost, nothing unread is silent, and never a traceback or a hang."""
    root = os.fsencode(tmp_path_factory.mktemp("shape"))
    profiles = 0
    for number, (name, suffix, kind) in enumerate(entries):
        path = os.path.join(root, name + suffix)
        if kind == "profile":
            with open(path, "wb") as file:
                file.write(profile_named(f"Organisatie {number}"))
        elif kind in ("empty", "binary"):
            with open(path, "wb") as file:
                file.write(b"" if kind == "empty" else b"\x00\x01\x02" * 10)
        elif kind == "folder":
            os.mkdir(path)
        elif kind == "loop":
            os.symlink(name + suffix, path)
        elif kind == "broken":
            os.symlink(b"missing", path)
        else:
            os.mkfifo(path)
        matched = (name + suffix).lower().endswith((b".txt", b".md", b".html", b".htm"))
        if kind == "profile" and matched and not name.startswith(b"."):
            profiles += 1
    before = _contents(root)
    done = run(os.fsdecode(root), "-f", "jsonl", timeout=30)
    assert b"Traceback" not in done.stderr and b"internal error" not in done.stderr
    assert len(done.stdout.splitlines()) == profiles
    failures = done.stderr.splitlines()
    assert all(line.startswith(b"mzextract: ") for line in failures)
    assert done.returncode == (1 if failures else 0)
    # The same folder into an output tree beside it: one whole file per profile file.
    out = root + b".uit"
    mirrored = run(os.fsdecode(root), "-o", os.fsdecode(out) + "/", timeout=30)
    assert mirrored.stderr == done.stderr and mirrored.returncode == done.returncode
    written = [os.path.join(folder, name) for folder, _, names in os.walk(out) for name in names]
    assert len(written) == profiles
    for path in written:
        with open(path, "rb") as file:
            assert json.loads(file.read())["schema_version"]
    assert _contents(root) == before  # no input touched


def _contents(root: bytes) -> dict:
    """Every entry below `root`: a file's bytes, a link's target, or the kind of node."""
    seen = {}
    for folder, folders, names in os.walk(root):
        for name in folders + names:
            path = os.path.join(folder, name)
            if os.path.islink(path):
                seen[path] = os.readlink(path)
            elif os.path.isfile(path):
                with open(path, "rb") as file:
                    seen[path] = file.read()
            else:
                seen[path] = os.stat(path).st_mode
    return seen


def test_folders_deeper_than_the_recursion_limit_are_walked(tmp_path):
    deepest = tmp_path
    for _ in range(1500):  # os.makedirs recurses: one level at a time
        deepest = deepest / "d"
        deepest.mkdir()
    (deepest / "p.txt").write_bytes(profile_named("Gemeente Diep"))
    (tmp_path / "a.txt").write_bytes(profile_named("Gemeente A"))
    out = tmp_path / "uit"
    try:
        done = run(tmp_path / "d", tmp_path / "a.txt", "-f", "jsonl")
        assert organisations(done.stdout) == ["Gemeente Diep", "Gemeente A"]
        assert done.returncode == 0, done.stderr
        assert run(tmp_path / "d", "-o", f"{out}/").returncode == 0
        mirrored = out / deepest.relative_to(tmp_path / "d") / "p.json"
        assert json.loads(mirrored.read_text())["organisation"] == "Gemeente Diep"
    finally:  # pytest's own clean-up (shutil.rmtree) recurses too deep for these
        subprocess.run(["rm", "-rf", tmp_path / "d", out], check=True)
