"""Worker processes that end with the run, however it ends.

A signal is the command line's to handle (`cli.signals`), but what it must
do to a pool is known here: let the pool stop replacing workers, then kill
and reap them all.
"""

import contextlib
import os
import signal
import sys
import time

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_REPLACED_WITHIN = 0.15  # seconds: multiprocessing.Pool looks for dead workers every 0.1 s

_before_stopping: list = []  # what must happen before the workers are killed


@contextlib.contextmanager
def before_stopping(prepare):
    """While in this block, `end_workers` calls `prepare()` before it kills the workers."""
    _before_stopping.append(prepare)
    try:
        yield
    finally:
        _before_stopping.remove(prepare)


@contextlib.contextmanager
def signals_to_the_main_thread():
    """Threads started in this block never take the signals a run handles.

    The kernel hands a signal sent to the process (`kill`, a group's
    Ctrl-C) to any thread that does not block it. Python runs its handler
    in the main thread only when that thread wakes; waiting for a pool's
    result, it would not, and the run hung (about one `kill` in ten under
    load). Threads inherit the blocked set; the main thread gets it back.
    """
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def take_signals_again() -> None:
    """In a process forked by a thread that blocked them: receive the signals again."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def end_workers() -> None:
    """Kill the pool's workers and reap them, so that none is left, not even a zombie.

    The pool replaces a dead worker within a tenth of a second: a second
    round, a little later, ends the replacements (and `die_with_parent` any
    that is started after that).
    """
    for prepare in _before_stopping:
        prepare()
    if "multiprocessing" not in sys.modules:  # no pool was started
        return
    multiprocessing = sys.modules["multiprocessing"]
    for wait in (0, _REPLACED_WITHIN):
        time.sleep(wait)
        workers = [worker.pid for worker in multiprocessing.active_children()]
        for pid in workers:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        for pid in workers:
            with contextlib.suppress(ChildProcessError):  # the pool's own thread reaped it
                os.waitpid(pid, 0)


def die_with_parent(parent: int) -> None:
    """In a worker: end when the parent does, however it ends, and without a word.

    A write to the parent's closed pipe ends it quietly (SIGPIPE, as for any
    Unix program) rather than with a BrokenPipeError traceback; and on Linux
    the parent's death kills it even when it is not writing.
    """
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the parent's handler has to do
        pass
    if os.getppid() != parent:  # it died before the line above: nobody will kill this one
        os._exit(0)
