"""How a run ends on Ctrl-C, `kill` or a closed terminal: at once, and clean.

The handler does not raise into whatever the run was doing (an exception
inside a process pool's shutdown can deadlock it, and `finally` blocks may
block on the workers); it removes the temporary output files, stops the
worker processes, and ends the process with status 128 + the signal.
"""

import contextlib
import os
import signal

from ..files.workers import STOP_SIGNALS, end_workers
from .output import remove_temporaries


def stop_cleanly_on_signals() -> None:
    for number in STOP_SIGNALS:
        signal.signal(number, _stop)


def _stop(number: int, frame: object) -> None:
    for handled in STOP_SIGNALS:  # a second signal must not interrupt the cleanup
        signal.signal(handled, signal.SIG_IGN)
    remove_temporaries()
    end_workers()
    if number == signal.SIGINT:
        with contextlib.suppress(OSError):  # `2>&-`
            os.write(2, b"mzextract: interrupted; no output file was left half written\n")
    os._exit(128 + number)
