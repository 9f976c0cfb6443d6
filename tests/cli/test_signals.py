"""Signals at any moment: the run ends at once with 128 + the signal, and leaves no trace.

A `kill` of the whole process group (what a shell's job control or a
container stop sends) once hung a `--jobs 2` run in about one try in three.
(From the hostile-input suite.)
"""

import os
import signal
import subprocess
import threading
import time

import pytest
from conftest import MZEXTRACT


def stopped_run(command: list, out, signal_number: int, wait: float) -> tuple[int, bytes]:
    """The status and messages of `command`, signalled `wait` s after it began to write `out`."""
    run = subprocess.Popen(command, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 30
    while not out.exists() and time.monotonic() < deadline:  # a slow start is not the test
        time.sleep(0.02)
    time.sleep(wait)
    os.killpg(run.pid, signal_number)  # the whole group: parent and workers at once
    _, stderr = run.communicate(timeout=20)  # a hang fails here
    return run.returncode, stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(
    "signal_number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=["TERM", "INT", "HUP"]
)
def test_a_signal_to_the_group_ends_a_mirror_run_cleanly(big_folder, tmp_path, jobs, signal_number):
    for attempt, wait in enumerate((0.0, 0.2, 0.5)):
        out = tmp_path / f"uit{attempt}"
        command = [MZEXTRACT, big_folder, "-o", f"{out}/", "--jobs", jobs]
        status, stderr = stopped_run(command, out, signal_number, wait)
        assert status == 128 + signal_number, stderr
        assert b"Traceback" not in stderr
        if out.exists():
            leftovers = [p.name for p in out.rglob("*") if p.name.endswith(".tmp")]
            assert leftovers == []
            for written in out.rglob("*.json"):
                assert written.read_bytes().endswith(b"}\n")  # whole, never half written


def children_of(pid: int) -> set[int]:
    found = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as children:
            found.update(int(child) for child in children.read().split())
    return found


def alive(pid: int) -> bool:
    """Running or a zombie nobody reaped: either way still in the process table."""
    return os.path.exists(f"/proc/{pid}")


def test_a_signal_to_the_parent_alone_takes_its_workers_along(big_folder, tmp_path):
    run = subprocess.Popen(
        [MZEXTRACT, big_folder, "--jobs", "2", "-o", tmp_path / "uit.jsonl"],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while len(workers := children_of(run.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) >= 2
    run.send_signal(signal.SIGTERM)
    run.communicate(timeout=20)
    assert run.returncode == 143
    time.sleep(0.2)
    assert [pid for pid in workers if alive(pid)] == []


def blocked_signals(pid: int, thread: str) -> int:
    with open(f"/proc/{pid}/task/{thread}/status") as status:
        line = next(line for line in status if line.startswith("SigBlk:"))
    return int(line.split()[1], 16)


def test_only_the_main_thread_takes_the_signals_of_a_run_with_jobs():
    # A `kill` of the process goes to any thread that does not block it; in a pool's
    # thread, the handler waited for a main thread asleep on the pool, and the run hung.
    from mantelzorg_cli.files.batch import Reading, _reader

    handled = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    mask = sum(1 << (number - 1) for number in handled)
    before = set(os.listdir(f"/proc/{os.getpid()}/task"))  # the test runner's own, too
    with _reader(2, Reading()):
        main = str(threading.get_native_id())
        others = set(os.listdir(f"/proc/{os.getpid()}/task")) - before
        assert len(others) >= 3  # the pool's worker, task and result handlers
        assert all(blocked_signals(os.getpid(), t) & mask == mask for t in others)
        assert blocked_signals(os.getpid(), main) & mask == 0
        assert signal.pthread_sigmask(signal.SIG_BLOCK, []) & handled == set()
