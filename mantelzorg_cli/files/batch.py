"""A run over many inputs: each input's records, one line per failure, and a tally."""

import collections
import contextlib
import dataclasses
import itertools
import os
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import InputError
from ..measures import Vocabulary
from ..pipeline import extract, extract_blocks
from .inputs import MAX_SIZE, STDIN, Input
from .workers import (
    before_stopping,
    die_with_parent,
    signals_to_the_main_thread,
    take_signals_again,
)

PIPE_WAIT = 5  # seconds a named pipe given as input may take to find a writer
STREAM_FROM = 4 * 2**20  # bytes: a longer text file is read block by block, not whole
BLOCK = 2**20


@dataclass
class Tally:
    """How a run went so far: inputs read, profiles found, warnings, inputs that failed."""

    files: int = 0
    profiles: int = 0
    warnings: int = 0
    failed: int = 0


@dataclass(frozen=True)
class Reading:
    """What every input is read with: sent once to each worker process."""

    vocabulary: Vocabulary | None = None
    max_size: int = MAX_SIZE


Job = tuple[Input, bytes | None]  # an input, with its bytes when the parent read them (stdin)


def read_one(job: Job, reading: Reading = Reading()) -> tuple[list[dict], str | None]:
    """An input's records, or why it has none: what a worker process does."""
    try:
        return list(records_of(job, reading)), None
    except Exception as error:  # `problem` says what each kind means
        return [], problem(error)


def records_of(job: Job, reading: Reading) -> Iterator[dict]:
    """An input's records as they are read: a long text file streams, profile by profile.

    Raises (lazily, for a streamed file) what `problem` turns into a line.
    """
    item, data = job
    if item.problem is not None:
        raise InputError(item.problem)
    if data is None:
        file, size = _open_input(item.source, reading.max_size)
        if size > STREAM_FROM:
            return _streamed(file, item.name, reading.vocabulary)
        with file:
            data = _read_bounded(file, size, reading.max_size)
    return iter(extract(data, item.name, reading.vocabulary))


def _streamed(file: BinaryIO, source: str, vocabulary: Vocabulary | None) -> Iterator[dict]:
    with file:
        yield from extract_blocks(iter(lambda: file.read(BLOCK), b""), source, vocabulary)


def problem(error: Exception) -> str:
    """What went wrong reading an input, as a phrase that follows its name."""
    if isinstance(error, InputError):
        return str(error)
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(error, OSError):
        return f"cannot read: {error.strerror or error}"
    if isinstance(error, RecursionError):
        return "nested too deeply to read"
    # A bug must not cost the rest of the batch.
    return f"internal error ({type(error).__name__}: {error}); please report it"


def read_file(path: str, limit: int) -> bytes:
    """The bytes of `path`, at most `limit` of them (InputError past it)."""
    file, size = _open_input(path, limit)
    with file:
        return _read_bounded(file, size, limit)


def _open_input(path: str, limit: int) -> tuple[BinaryIO, int]:
    """`path` open for reading, and its size (0 for a pipe or a device).

    Refused when it is a folder or a file over `limit` bytes. A device such as
    /dev/zero never ends (the reader stops at `limit`) and a named pipe may
    never be opened by a writer: neither may hang the run.
    """
    status = os.stat(path)
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(21, "Is a directory", path)
    if stat.S_ISREG(status.st_mode) and status.st_size > limit:
        raise InputError(too_large(limit))
    handle = _open_pipe(path) if stat.S_ISFIFO(status.st_mode) else os.open(path, os.O_RDONLY)
    return open(handle, "rb"), status.st_size if stat.S_ISREG(status.st_mode) else 0


def _read_bounded(file: BinaryIO, size: int, limit: int) -> bytes:
    """All of `file` when its size is known, else at most `limit` + 1 bytes (then an error)."""
    # Not read(limit + 1) for a file: that sets aside `limit` bytes for every one.
    return bounded(file.read() if size else file.read(limit + 1), limit)


def read_stdin(limit: int) -> bytes:
    if sys.stdin is None:
        raise InputError("standard input is closed")
    return bounded(sys.stdin.buffer.read(limit + 1), limit)


def bounded(data: bytes, limit: int) -> bytes:
    if len(data) > limit:
        raise InputError(too_large(limit))
    return data


def too_large(limit: int) -> str:
    size = f"{limit // 2**20} MB" if limit % 2**20 == 0 else f"{limit:,} bytes"
    return f"larger than {size}, the limit for one input (see --max-size)"


def _open_pipe(path: str) -> int:
    """Open a named pipe for reading, waiting at most PIPE_WAIT seconds for its writer."""
    import threading

    opened: list = []

    def open_it() -> None:
        try:
            opened.append(os.open(path, os.O_RDONLY))
        except OSError as error:
            opened.append(error)

    # A thread: open() of a pipe without a writer blocks, and cannot time out by itself.
    waiter = threading.Thread(target=open_it, daemon=True)
    waiter.start()
    waiter.join(PIPE_WAIT)
    if not opened:
        raise InputError(f"named pipe with no writer after {PIPE_WAIT} s")
    if isinstance(opened[0], OSError):
        raise opened[0]
    return opened[0]


def read_inputs(
    inputs: Iterable[Input],
    tally: Tally,
    *,
    failed: Callable[[Input, str], None],
    warned: Callable[[dict, str], None] | None,
    advance: Callable[[], None] = lambda: None,
    jobs: int = 1,
    reading: Reading = Reading(),
) -> Iterator[tuple[Input, Iterator[dict]]]:
    """Each input that gave records, with them, in input order; `failed` told of every other.

    An input's records are read (and counted, and each warning given to
    `warned`) as they are taken, so they must be taken to the end before the
    next input. An input that fails after some records keeps them.

    With `jobs` > 1 the inputs are read by that many processes; the order of
    the output and of the messages stays the same.
    """
    sent: collections.deque[Input] = collections.deque()  # thread-safe: a pool's feeder fills it

    def work() -> Iterator[Job]:
        for item in inputs:
            data = None
            if item.source == STDIN and item.problem is None:
                try:  # in the parent: a worker has no standard input
                    data = read_stdin(reading.max_size)
                except (InputError, OSError) as error:
                    item = dataclasses.replace(item, problem=problem(error))
            sent.append(item)
            yield item, data

    def counted(item: Input, records: Iterator[dict]) -> Iterator[dict]:
        """The records, tallied and their warnings told; the failure told if there is one."""
        tally.files += 1
        try:
            for record in records:
                tally.profiles += 1
                tally.warnings += len(record["warnings"])
                if warned is not None:
                    for warning in record["warnings"]:
                        warned(record, warning)
                yield record
        except Exception as error:  # `problem` says what each kind means
            tally.failed += 1
            failed(item, problem(error))
        advance()

    with _reader(jobs, reading) as read:
        for records in read(work()):
            item = sent.popleft()  # results come back in the order the inputs went out
            stream = counted(item, records)
            first = next(stream, None)  # an input that fails before its first record has none
            if first is not None:
                yield item, itertools.chain((first,), stream)


@contextlib.contextmanager
def _reader(jobs: int, reading: Reading) -> Iterator[Callable]:
    """`read(jobs)`: each job's records (an iterator that may raise), in order."""
    if jobs == 1:
        yield lambda work: (_lazy(job, reading) for job in work)
        return
    import multiprocessing

    starting = {"initializer": _start_worker, "initargs": (reading, os.getpid())}
    with signals_to_the_main_thread():  # the pool's threads, and workers they fork
        pool = multiprocessing.Pool(jobs, **starting)
    with pool, before_stopping(lambda: _stop_replacing_workers(pool)):
        # Ordered, a few files a task: one file is too little work to send alone.
        yield lambda work: (
            _replayed(*outcome) for outcome in pool.imap(_read_in_worker, work, chunksize=8)
        )


def _stop_replacing_workers(pool) -> None:
    """A pool replaces every worker that dies; a stopping run kills them all.

    Its worker handler stops at TERMINATE (not public API: were it missing,
    the replacements still die with the parent, only later).
    """
    from multiprocessing.pool import TERMINATE

    handler = getattr(pool, "_worker_handler", None)
    if handler is not None:
        handler._state = TERMINATE


def _lazy(job: Job, reading: Reading) -> Iterator[dict]:
    yield from records_of(job, reading)


def _replayed(found: list[dict], failure: str | None) -> Iterator[dict]:
    """A worker's outcome as the records a one-process run would give."""
    yield from found
    if failure is not None:
        raise InputError(failure)


_worker_reading = Reading()  # a worker's, sent once rather than with every job


def _start_worker(reading: Reading, parent: int) -> None:
    global _worker_reading
    _worker_reading = reading
    die_with_parent(parent)
    take_signals_again()  # forked with them blocked (`signals_to_the_main_thread`)
    # Workers die plainly on a signal and ignore Ctrl-C: the parent stops them
    # (the command's handlers, inherited, would run cleanup that is the parent's).
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_in_worker(job: Job) -> tuple[list[dict], str | None]:
    return read_one(job, _worker_reading)
