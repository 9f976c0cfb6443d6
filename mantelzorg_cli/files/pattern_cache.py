"""The file that keeps compiled patterns between runs (`compiling`): the program's own
and its vocabulary's.

It is `patterns` in the folder named by MZEXTRACT_CACHE (empty: no file is
read or written), else in `mzextract` below XDG_CACHE_HOME or ~/.cache. The
command line reads it first, before its modules load and compile their
patterns (`load_kept_patterns`), and, if a run compiled a pattern the file
did not hold, writes it anew at the run's end (`kept_patterns`: a new file
renamed over the old, so that a reader sees one whole). A file that is
missing, unreadable, damaged, too large or of another Python only means
that patterns are compiled as usual: a run never fails or warns because of it.

The matcher runs the code it is given as it is: code changed on purpose
can make it find other words, or crash. So, as Python trusts its own
`__pycache__`, the file is trusted as the user's own files are, and only
where no one else can have written it: a regular file of the user's, in a
folder of the user's, neither writable by others (a shared folder such as
/tmp is not used at all; a link in the file's or the folder's place is not
followed). The folders a run makes are the user's alone. The checksum is
against damage, not against intent.
"""

import contextlib
import marshal
import os
import re
import stat
import time
import zlib
from collections.abc import Iterator

from .. import compiling

_NAME = "patterns"
_LARGEST = 32 * 2**20  # bytes: the whole vocabulary is about 1.3 MB
_HEAD = b"mzextract patterns 2\n"  # (1 kept the vocabulary's alone)
_STALE = 600  # seconds: a new file not renamed after this was left by a run that was killed
_NEW = (f".{_NAME}.", ".partial")  # a new file's name around 8 random characters
_NEW_NAME = rf"{re.escape(_NEW[0])}[a-z0-9_]{{8}}{re.escape(_NEW[1])}"  # (compiled if needed)


def cache_file() -> str | None:
    """Where the patterns are kept; None when MZEXTRACT_CACHE is empty, or there is no
    cache folder by default (a home folder that is empty, relative or missing)."""
    # (os.path, not pathlib: pathlib's imports cost a run on one file 2.5 ms)
    named = os.environ.get("MZEXTRACT_CACHE")
    if named is not None:
        return os.path.join(named, _NAME) if named else None
    cache = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(cache):  # unset, empty or relative: the specification says ignore it
        if os.environ.get("HOME") == "":  # (which expanduser takes for /)
            return None
        home = os.path.expanduser("~")
        if not os.path.isabs(home) or not os.path.isdir(home):  # (a daemon's /nonexistent)
            return None
        cache = os.path.join(home, ".cache")
    return os.path.join(cache, "mzextract", _NAME)


def load_kept_patterns() -> None:
    """Hand `compiling` the patterns that earlier runs compiled, once: from now on
    they are not compiled again."""
    if not compiling.remembered():
        _quietly(_load)


@contextlib.contextmanager
def kept_patterns():
    """In this block, patterns compiled in earlier runs are not compiled again; those
    compiled in this run (in it, or before it) are kept, if it ends without an exception."""
    load_kept_patterns()
    yield
    _quietly(_keep)


def _load() -> None:
    path = _usable_file()
    compiling.remember((path and _quietly(lambda: _read(path))) or {})  # ({}: none, done)


def _keep() -> None:
    made = compiling.made()
    path = made and _usable_file()
    if path:
        _write(path, compiling.known(), made)


def _usable_file() -> str | None:
    """The file, if the cache is on (and this Python's patterns can be kept)."""
    return cache_file() if compiling.MACHINE else None


@contextlib.contextmanager
def _opened(folder: str) -> Iterator[int]:
    """The folder, opened for the calls in the block to work in (`dir_fd`), if it is the
    user's alone; never through a link in its place, which another user may have put
    there (in /tmp, or where the folder is made by a run)."""
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        if not _private(os.fstat(descriptor), stat.S_ISDIR):
            raise PermissionError(f"{folder}: not the user's alone")
        yield descriptor
    finally:
        os.close(descriptor)


def _private(status: os.stat_result, is_kind) -> bool:
    """Of that kind, the user's, and writable by no one else."""
    return (
        is_kind(status.st_mode)
        and status.st_uid == os.geteuid()
        and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def _read(path: str) -> dict:
    folder, name = os.path.split(path)
    with _opened(folder or ".") as at:
        # Not blocking: a named pipe in the file's place is not waited for (and not
        # read); not following a link: the file is read only where no one else writes.
        descriptor = os.open(name, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW, dir_fd=at)
        with os.fdopen(descriptor, "rb") as file:
            if not _private(os.fstat(descriptor), stat.S_ISREG):
                return {}
            data = file.read(_LARGEST + 1)
    head, machine, checksum, payload = data.split(b"\n", 3)
    if (
        head + b"\n" != _HEAD
        or machine.decode() != compiling.MACHINE
        or int(checksum, 16) != zlib.crc32(payload)  # (marshal trusts its input)
    ):
        return {}
    patterns = marshal.loads(payload)
    return patterns if isinstance(patterns, dict) else {}


def _write(path: str, patterns: dict, made: dict) -> None:
    payload = marshal.dumps(patterns)
    if len(payload) > _LARGEST:  # grown with the patterns of many vocabularies: start again
        payload = marshal.dumps(made)
    header = _HEAD + compiling.MACHINE.encode() + b"\n%08x\n" % zlib.crc32(payload)
    folder, name = os.path.split(path)
    _make_folders(folder or ".")
    with _opened(folder or ".") as at:
        _remove_stale(at)
        new = f"{_NEW[0]}{os.urandom(4).hex()}{_NEW[1]}"  # (a new name: O_EXCL)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
        descriptor = os.open(new, flags, 0o600, dir_fd=at)
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(header + payload)
            os.replace(new, name, src_dir_fd=at, dst_dir_fd=at)
        except BaseException:
            os.unlink(new, dir_fd=at)
            raise


def _make_folders(folder: str) -> None:
    """The folder and those above it that are missing, made the user's alone (0700, as
    the XDG specification asks, whatever the umask), and only inside a folder of the
    user's: `sudo` with the user's HOME must not leave a folder of root's there."""
    missing = []
    folder = os.path.abspath(folder)  # (a relative one's dirname ends in "", not at /)
    while not os.path.isdir(folder):
        missing.append(folder)
        folder = os.path.dirname(folder)
    if missing and os.stat(folder).st_uid != os.geteuid():
        return
    for made in reversed(missing):
        try:
            os.mkdir(made, 0o700)
        except FileExistsError:  # made by a run at the same time: `_opened` checks it
            continue
        descriptor = os.open(made, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        try:
            os.fchmod(descriptor, 0o700)
        finally:
            os.close(descriptor)


def _remove_stale(at: int) -> None:
    """New files that a run killed before it renamed them left behind."""
    with os.scandir(at) as entries:
        for entry in entries:
            if (
                re.fullmatch(_NEW_NAME, entry.name)
                and entry.is_file(follow_symlinks=False)
                and time.time() - entry.stat(follow_symlinks=False).st_mtime > _STALE
            ):
                os.unlink(entry.name, dir_fd=at)


def _quietly(work):
    """What `work()` gives, or None if it fails: the cache is never worth an error."""
    try:
        return work()
    except Exception:
        return None
