"""A run over many inputs: each input's records, one line per failure, and a tally."""

import collections
import contextlib
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .core import extract
from .errors import InputError
from .inputs import STDIN, Input
from .measures import Vocabulary


@dataclass
class Tally:
    files: int = 0
    profiles: int = 0
    warnings: int = 0
    failed: int = 0


Say = Callable[[str], None]


Job = tuple[Input, bytes | None]  # an input, with its bytes when the parent read them (stdin)


def read_one(job: Job, vocabulary: Vocabulary | None = None) -> tuple[list[dict], str | None]:
    """An input's records, or why it has none: what a worker process does."""
    item, data = job
    try:
        if data is None:
            with open(item.source, "rb") as file:
                data = file.read()
        return extract(data, item.source, vocabulary), None
    except InputError as error:
        return [], str(error)
    except IsADirectoryError:
        return [], "is a folder, not a file"
    except OSError as error:
        return [], f"cannot read: {error.strerror or error}"
    except Exception as error:  # a bug must not cost the rest of the batch
        return [], f"internal error ({type(error).__name__}: {error}); please report it"


def read_inputs(
    inputs: Iterable[Input],
    tally: Tally,
    say: Say,
    *,
    warn: bool,
    advance: Callable[[], None],
    jobs: int = 1,
    vocabulary: Vocabulary | None = None,
) -> Iterator[tuple[Input, list[dict]]]:
    """Each input that gave records, with them, in input order; one line on `say` for every other.

    With `jobs` > 1 the inputs are read by that many processes; the order of
    the output and of the messages stays the same.
    """
    sent: collections.deque[Input] = collections.deque()  # thread-safe: a pool's feeder fills it

    def work() -> Iterator[Job]:
        for item in inputs:
            sent.append(item)
            yield item, sys.stdin.buffer.read() if item.source == STDIN else None

    with _reader(jobs, vocabulary) as read:
        for found, problem in read(work()):
            item = sent.popleft()  # results come back in the order the inputs went out
            tally.files += 1
            if problem is None:
                tally.profiles += len(found)
                for record in found:
                    tally.warnings += len(record["warnings"])
                    if warn:
                        for warning in record["warnings"]:
                            say(f"{_where(record)}: warning: {warning}")
            else:
                tally.failed += 1
                say(f"{item.source}: {problem}")
            advance()
            if problem is None:
                yield item, found


@contextlib.contextmanager
def _reader(jobs: int, vocabulary: Vocabulary | None) -> Iterator[Callable]:
    """`read(jobs)`: the results of `read_one` on each job, in order."""
    if jobs == 1:
        yield lambda work: (read_one(job, vocabulary) for job in work)
        return
    import multiprocessing  # here: 10 ms of start-up that a one-process run does without

    with multiprocessing.Pool(jobs, initializer=_start_worker, initargs=(vocabulary,)) as pool:
        # Ordered, a few files a task: one file is too little work to send alone.
        yield lambda work: pool.imap(_read_in_worker, work, chunksize=8)


_worker_vocabulary: Vocabulary | None = None  # a worker's, sent once rather than with every job


def _start_worker(vocabulary: Vocabulary | None) -> None:
    global _worker_vocabulary
    _worker_vocabulary = vocabulary
    # A worker inherits the command's SIGTERM handler, which raises SystemExit:
    # inside the pool's own loop that can deadlock Pool.terminate(). Workers die
    # plainly on SIGTERM and ignore Ctrl-C, which the parent handles for them.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_in_worker(job: Job) -> tuple[list[dict], str | None]:
    return read_one(job, _worker_vocabulary)


def all_records(results: Iterable[tuple[Input, list[dict]]]) -> Iterator[dict]:
    for _, found in results:
        yield from found


def _where(record: dict) -> str:
    """`file.txt`, or `file.txt#1` for the second profile in a file."""
    index = record["profile_index"]
    return record["source"] if index == 0 else f"{record['source']}#{index}"
