"""Where records go: standard output or a file, whole or not at all; one line when not."""

import contextlib
import errno
import io
import os
import sys
from collections.abc import Callable
from typing import TextIO

import click

from ..files.inputs import STDIN, shown_path
from .options import VOCABULARY_PATH
from .output import (
    LOCK_WAIT,
    DatabaseBusy,
    atomic_text_file,
    database_transaction,
    locked,
    make_folders,
)
from .terminal import say


def write_stdout(write: Callable[[TextIO], object]) -> bool:
    """`write` to standard output as UTF-8; False when the reader closed the pipe.

    Any other failure (`> /dev/full`) ends the run with a line and status 1:
    nothing more can be written.
    """
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        write(out)
        out.flush()
    except OSError as error:
        # Keep Python from failing again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if isinstance(error, BrokenPipeError):
            return False
        say(f"standard output: cannot write: {error.strerror or error}")
        sys.exit(1)
    finally:
        with contextlib.suppress(OSError, ValueError):
            out.detach()
    return True


# Errors after which no other output can be written either: a mirroring run stops.
NOWHERE_TO_WRITE = frozenset((errno.ENOSPC, errno.EDQUOT, errno.EROFS))


def write_file(path: str, write: Callable[[TextIO], object]) -> OSError | None:
    """`write` to the file `path`, whole or not at all; why not (said on a line), if not."""
    try:
        make_folders(os.path.dirname(path))
        with atomic_text_file(path) as out:
            write(out)
    except BrokenPipeError as error:  # a named pipe whose reader left
        return error
    except OSError as error:
        say(f"{shown_path(path)}: cannot write: {error.strerror or error}")
        return error
    return None


def write_database(path: str, write: Callable) -> Exception | None:
    """`write` into a connection to the database `path`, in one transaction: the database
    has the whole run or none of it; why not (said on a line), if not."""
    import sqlite3

    from ..exporters.sqlite_writer import NotOurs

    existed = os.path.lexists(path)
    unchanged = "; it is unchanged" if existed else ""
    try:
        make_folders(os.path.dirname(path))
        with database_transaction(path) as connection:
            write(connection)
    except OSError as error:
        say(f"{shown_path(path)}: cannot write: {error.strerror or error}")
        return error
    except (DatabaseBusy, NotOurs, sqlite3.DatabaseError) as error:
        say(f"{shown_path(path)}: {_why_not(error)}{unchanged}")
        return error
    return None


def _why_not(error: Exception) -> str:
    """Why a database could not be written, as a phrase."""
    from ..exporters.sqlite_writer import NotOurs

    if isinstance(error, NotOurs):
        return f"not a database mzextract can add to: {error}"
    # A lock at the start, or at the end: a reader of a database in rollback-journal
    # mode keeps a run from committing until it is done.
    if isinstance(error, DatabaseBusy) or locked(error):
        return f"another program is writing to this database (waited {LOCK_WAIT:.0f} s)"
    return f"cannot write the database: {error}"  # not a database, a full disk, no FTS5…


def check_stdin(arguments: tuple[str, ...]) -> None:
    """`-` names standard input: a usage error when it is closed (`<&-`)."""
    if STDIN in arguments and sys.stdin is None:
        raise click.UsageError("standard input is closed: name a FILE")


def check_stdout(advice: str = "") -> None:
    """Standard output closed (`>&-`) is a usage error, found before any work."""
    if sys.stdout is None:
        raise click.UsageError("standard output is closed" + (f": {advice}" if advice else ""))


def check_output(output: str | None, arguments: tuple[str, ...], folder: bool) -> None:
    """Usage errors found before any work: nowhere to write, or an output that is an input."""
    if output is None:
        check_stdout("give -o FILE")
        return
    if not output:
        raise click.UsageError("the output name is empty")
    parent = os.path.dirname(output.rstrip("/") if folder else output)
    if not folder and parent and not os.path.isdir(parent):
        raise click.UsageError(f"the folder of {shown_path(output)} does not exist")
    target = os.path.realpath(output)
    vocabulary = click.get_current_context().meta.get(VOCABULARY_PATH)
    for argument in (*arguments, *([vocabulary] if vocabulary else [])):
        if argument == STDIN:
            continue
        named = os.path.realpath(argument)
        if os.path.commonpath([target, named]) == named:  # the input itself, or a folder above
            raise click.UsageError(
                f"the output {shown_path(output)} is one of the inputs ({shown_path(argument)})"
            )
