"""Whole folders, output trees, interrupted runs and terminal feedback."""

import os
import pty
import signal
import subprocess
import time

import pytest
from click.testing import CliRunner
from conftest import MZEXTRACT, PROFILE, invoke, organisations, profile_named

from mantelzorg_cli.cli.command import main


@pytest.fixture
def tree(tmp_path):
    """in/ with profiles at two depths, a hidden file and folder, a non-profile extension."""
    root = tmp_path / "in"
    for relative, name in [
        ("b.txt", "Gemeente B"),
        ("a/z.html", "Gemeente Z"),
        ("a/c.TXT", "Gemeente C"),
        ("a/sub/d.htm", "Gemeente D"),
        (".verborgen/e.txt", "Gemeente E"),
        ("a/.f.txt", "Gemeente F"),
        ("a/notes.doc", "Gemeente G"),
    ]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(profile_named(name))
    return root


def test_folders_are_walked_sorted_without_hidden_files(tree):
    assert organisations(invoke(tree, "-f", "jsonl").stdout) == [
        "Gemeente C",
        "Gemeente D",
        "Gemeente Z",
        "Gemeente B",
    ]


def test_glob_chooses_the_files(tree):
    out = invoke(tree, "--glob", "*.doc", "--glob", "*.htm", "-f", "jsonl").stdout
    assert organisations(out) == ["Gemeente G", "Gemeente D"]


def test_a_link_back_up_is_not_followed_forever(tree):
    (tree / "a" / "sub" / "terug").symlink_to(tree, target_is_directory=True)
    (tree / "ook").symlink_to(tree / "a" / "sub", target_is_directory=True)
    out = invoke(tree, "-f", "jsonl").stdout
    assert sorted(organisations(out)) == ["Gemeente B", "Gemeente C", "Gemeente D", "Gemeente Z"]


def test_inputs_mix_files_folders_and_stdin(tree):
    result = CliRunner().invoke(
        main, [str(tree / "b.txt"), "-", str(tree / "a" / "sub"), "-f", "jsonl"],
        input=profile_named("Gemeente Pijp"),
    )  # fmt: skip
    assert organisations(result.stdout) == ["Gemeente B", "Gemeente Pijp", "Gemeente D"]


def test_output_folder_mirrors_the_input_tree(tree, tmp_path):
    (tree / "a" / "c.html").write_bytes(profile_named("Gemeente C2"))
    (tree / "a" / "kapot.txt").write_bytes(b"")
    out = tmp_path / "uit"
    result = invoke(tree, "-o", f"{out}/", "-f", "yaml")
    assert result.exit_code == 1
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a/c.html.yaml", "a/c.yaml", "a/sub/d.yaml", "a/z.yaml", "b.yaml"]
    assert "Gemeente D" in (out / "a/sub/d.yaml").read_text(encoding="utf-8")
    again = invoke(tree / "b.txt", "-o", out, "-f", "csv")  # an existing folder, no slash
    assert again.exit_code == 0 and (out / "b.csv").exists()


def test_output_folder_inside_an_input_folder_is_refused(tree):
    result = invoke(tree, "-o", f"{tree}/uit/")
    assert result.exit_code == 2 and not (tree / "uit").exists()


def test_two_runs_give_byte_identical_files(tree, tmp_path):
    for name in ("een.csv", "twee.csv"):
        assert invoke(tree, "-o", tmp_path / name, "--table", "items").exit_code == 0
    assert (tmp_path / "een.csv").read_bytes() == (tmp_path / "twee.csv").read_bytes()


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_killed_run_leaves_no_file_at_all(big_folder, tmp_path, stop, jobs):
    target = tmp_path / "uit.jsonl"
    command = [MZEXTRACT, big_folder, "-o", target, "--jobs", jobs]
    run = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while not any(tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.02)  # until the temporary file exists: the run is writing
    time.sleep(0.2)
    run.send_signal(stop)
    _, stderr = run.communicate(timeout=30)
    assert run.returncode == (143 if stop == signal.SIGTERM else 130)
    assert list(tmp_path.iterdir()) == []  # neither uit.jsonl nor its temporary file
    assert b"Traceback" not in stderr


def test_terminal_gets_a_progress_bar_and_a_summary(tree):
    (tree / "kapot.txt").write_bytes(b"\x00" * 10)
    for index in range(12):
        (tree / f"x{index:02d}.txt").write_bytes(profile_named(f"Gemeente X{index}"))
    seen = _run_with_terminal_stderr([MZEXTRACT, tree, "-f", "jsonl"], {"NO_COLOR": "1"})
    assert "reading" in seen  # the bar's label, drawn while running
    assert seen.rstrip().endswith("mzextract: 17 files, 16 profiles, 0 warnings, 1 failed")
    assert f"mzextract: {tree / 'kapot.txt'}: binary file, not text" in seen
    assert "\x1b[3" not in seen  # NO_COLOR: no colours


def test_quiet_terminal_shows_errors_only(tree):
    (tree / "kapot.txt").write_bytes(b"")
    seen = _run_with_terminal_stderr([MZEXTRACT, tree, "-q", "-f", "jsonl"], {})
    assert seen.strip() == f"mzextract: {tree / 'kapot.txt'}: empty file"


def _run_with_terminal_stderr(command, env) -> str:
    """Run with standard error on a pseudo-terminal, as in a shell; what it showed."""
    leader, follower = pty.openpty()
    run = subprocess.Popen(
        [str(c) for c in command],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env={**os.environ, "TERM": "xterm", **env},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the run ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    run.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", errors="replace").replace("\r\n", "\n")


def test_jobs_keep_the_order_and_the_messages(tree):
    (tree / "a" / "kapot.txt").write_bytes(b"")
    for index in range(30):
        (tree / f"x{index:02d}.txt").write_bytes(profile_named(f"Gemeente X{index}"))
    runs = [
        CliRunner().invoke(main, [str(tree), "-", "-j", jobs, "-f", "jsonl"], input=PROFILE)
        for jobs in ("1", "2", "0")
    ]
    assert [run.exit_code for run in runs] == [1, 1, 1]
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert runs[0].stderr == runs[1].stderr == runs[2].stderr
    assert len(runs[0].stdout.splitlines()) == 35  # 4 + 30 profiles and standard input


def test_jobs_end_every_time(big_folder):
    """A worker with the command's SIGTERM handler once deadlocked the pool's shutdown."""
    for _ in range(6):
        done = subprocess.run(
            [MZEXTRACT, big_folder, "--jobs", "2", "-f", "jsonl"],
            capture_output=True,
            timeout=60,
        )
        assert done.returncode == 0 and len(done.stdout.splitlines()) == 3000
