"""Output files that are whole or absent: never half written, never a node replaced.

A regular file is written to a temporary file beside it and renamed over it;
a link is written through (its target is replaced, the link stays); a device
or a named pipe (`-o /dev/null`) is written straight into, as the shell's `>`
would. The temporary files being written are known here, so that a signal
handler can remove them before the process ends.
"""

import contextlib
import fcntl
import fnmatch
import itertools
import os
import stat
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TextIO

from ..files.inputs import Input

if TYPE_CHECKING:
    import sqlite3

_NAME_KEPT = 200  # bytes of the output's name in its temporary's: 255 is the most a name has
_temporaries: set[str] = set()  # being written now; removed by `remove_temporaries`
_transactions: set = set()  # databases being written now; rolled back by it too


@contextlib.contextmanager
def atomic_text_file(path: str) -> Iterator[TextIO]:
    """A UTF-8 stream to `path`: whole when the block ends, untouched if it fails.

    An existing file keeps its mode; OSError says why it cannot be written.
    """
    target, status = _target(path)
    if status is not None and not stat.S_ISREG(status.st_mode):
        with _node_stream(target, status.st_mode) as stream:
            yield stream
        return
    folder, name = os.path.split(target)
    temporary, handle = _create_temporary(folder, name)
    try:
        if status is not None:
            os.fchmod(handle, stat.S_IMODE(status.st_mode))
        with open(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    finally:
        _temporaries.discard(temporary)


LOCK_WAIT = 5.0  # seconds a run waits for another program to finish writing a database


class DatabaseBusy(Exception):
    """Another program kept the database locked for LOCK_WAIT seconds."""


def locked(error: Exception) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    return "locked" in str(error) or "busy" in str(error)


@contextlib.contextmanager
def database_transaction(path: str) -> Iterator["sqlite3.Connection"]:
    """A connection to the SQLite database `path` (made if missing) in a write transaction,
    committed when the block ends and rolled back if it fails.

    Written in place, in one transaction, so SQLite itself keeps the database
    whole: another program that has it open (in WAL mode too) sees the run
    whole or not at all. A run stopped by Ctrl-C or `kill` is rolled back by
    `remove_temporaries`; one killed with SIGKILL leaves SQLite's journal, which
    the next reader rolls back. A second writer waits at most
    LOCK_WAIT seconds (DatabaseBusy), in short steps, so that a signal ends the
    wait at once. A database the run made and could not finish is removed.
    """
    import sqlite3
    import time

    target, status = _target(path)
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise OSError(22, "a database must be a regular file", path)
    made = [target, target + "-journal", target + "-wal", target + "-shm"] if status is None else []
    _temporaries.update(made)  # a new database is the run's own until it is whole
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("pragma busy_timeout = 50")
        connection.execute("pragma foreign_keys = on")  # (not inside a transaction)
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                connection.execute("begin immediate")
                break
            except sqlite3.OperationalError as error:
                if not locked(error):
                    raise
                if time.monotonic() > deadline:
                    raise DatabaseBusy() from None
        connection.execute(f"pragma busy_timeout = {int(LOCK_WAIT * 1000)}")
        _transactions.add(connection)
        yield connection
        connection.execute("commit")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.rollback()
            # After a write that failed for a full disk SQLite has given the transaction
            # up, but puts back the pages it wrote only when it next reads.
            connection.execute("select 1 from sqlite_master limit 1").fetchall()
        connection.close()
        for leftover in made:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)
        raise
    finally:
        _transactions.discard(connection)
        connection.close()
        _temporaries.difference_update(made)


def _target(path: str) -> tuple[str, os.stat_result | None]:
    """The file `path` names, through any link (which stays a link), and its status if it
    exists; IsADirectoryError for a folder."""
    target = os.path.realpath(path)
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return target, None
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(21, "Is a directory", path)
    return target, status


def _create_temporary(folder: str, name: str) -> tuple[str, int]:
    """A new hidden file beside the output: O_EXCL, so never one someone else made."""
    if len(os.fsencode(name)) > _NAME_KEPT:  # the temporary's own name must fit NAME_MAX too
        name = os.fsdecode(os.fsencode(name)[:_NAME_KEPT])
    for attempt in range(100):
        temporary = os.path.join(folder, f".{name}.{os.getpid()}.{attempt}.tmp")
        _temporaries.add(temporary)  # before it exists: a signal may come at any moment
        try:
            # 0o666 less the umask, like any file the user creates.
            return temporary, os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:  # left by a run that was killed with SIGKILL
            _temporaries.discard(temporary)
        except BaseException:
            _temporaries.discard(temporary)
            raise
    raise FileExistsError(17, "too many temporary files left beside it", folder)


@contextlib.contextmanager
def _node_stream(path: str, mode: int) -> Iterator[TextIO]:
    if stat.S_ISFIFO(mode):
        # Without a reader, opening would block for ever: fail at once instead.
        try:
            handle = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as error:
            raise OSError(error.errno, "a named pipe with no reader", path) from None
        fcntl.fcntl(handle, fcntl.F_SETFL, fcntl.fcntl(handle, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    else:
        handle = os.open(path, os.O_WRONLY)
    with open(handle, "w", encoding="utf-8", newline="") as stream:
        yield stream


def make_folders(folder: str) -> None:
    """`os.makedirs(folder, exist_ok=True)` without its recursion: a tree may be deeper."""
    missing = []
    while folder and not os.path.isdir(folder):
        missing.append(folder)
        folder = os.path.dirname(folder)
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another run
            os.mkdir(path)
        if not os.path.isdir(path):
            raise NotADirectoryError(20, "Not a directory", path)


def remove_stale_temporaries(path: str) -> None:
    """Remove what runs killed with SIGKILL left beside `path`: temporaries of dead processes."""
    folder, name = os.path.split(os.path.realpath(path))
    prefix = f".{name}."
    try:
        with os.scandir(folder) as listing:
            stale = [entry.name for entry in listing if entry.name.startswith(prefix)]
    except OSError:
        return
    for found in stale:
        pid, _, counter = found[len(prefix) :].removesuffix(".tmp").partition(".")
        if not (found.endswith(".tmp") and pid.isdigit() and counter.isdigit()):
            continue
        try:
            os.kill(int(pid), 0)  # its writer is alive: not ours to remove
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, found))
        except OSError:
            pass


def remove_temporaries() -> None:
    """Roll back the databases and remove the temporary files being written: for a
    signal handler, before the exit. (A handler runs between two of the main thread's
    steps, never inside SQLite: a rollback from it is safe.)"""
    for connection in list(_transactions):
        with contextlib.suppress(Exception):
            connection.rollback()
            connection.close()
    for temporary in list(_temporaries):
        with contextlib.suppress(OSError):
            os.unlink(temporary)


class InputClash(Exception):
    """An output of `-o DIR/` that would replace one of the run's inputs."""


def mirror_paths(
    results: Iterable[tuple[Input, Iterable[dict]]],
    folder: str,
    extension: str,
    arguments: tuple[str, ...],
    patterns: tuple[str, ...],
) -> Iterator[tuple[Input, str | InputClash, Iterable[dict]]]:
    """Where each input's records go below `folder`: its own path, with `extension`.

    Two inputs never share an output: `a.txt` and `a.html` in one folder would
    both be `a.json`, so the second keeps its own extension (`a.html.json`);
    `x/p.txt` and `y/p.txt`, both named on the command line, become `p.json`
    and `p.txt.json`, then `p.2.json`. A path that is one of the run's inputs
    is an `InputClash` instead, and is not written.
    """
    named = {os.path.realpath(a) for a in arguments if not os.path.isdir(a)}
    walked = [os.path.realpath(a) for a in arguments if os.path.isdir(a)]
    taken: set[str] = set()
    for item, records in results:
        stem = os.path.join(folder, os.path.splitext(item.relative)[0])
        candidates = itertools.chain(
            (stem + extension, os.path.join(folder, item.relative + extension)),
            (f"{stem}.{number}{extension}" for number in itertools.count(2)),
        )
        path = next(path for path in candidates if path not in taken)
        taken.add(path)
        if _is_input(path, named, walked, patterns):
            yield (
                item,
                InputClash(f"its output {path} would replace an input; not written"),
                records,
            )
            continue
        yield item, path, records


def _is_input(path: str, named: set[str], walked: list[str], patterns: tuple[str, ...]) -> bool:
    """An existing file the run reads: named on the command line, or matched in an input folder."""
    if not os.path.lexists(path):
        return False
    real = os.path.realpath(path)
    if real in named:
        return True
    name = os.path.basename(real).lower()
    return any(real.startswith(os.path.join(f, "")) for f in walked) and any(
        fnmatch.fnmatch(name, pattern.lower()) for pattern in patterns
    )
