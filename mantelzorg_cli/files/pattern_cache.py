"""The file that keeps the vocabulary's compiled patterns between runs (`measures.compiling`).

It is `patterns` in the folder named by MZEXTRACT_CACHE (empty: no file is
read or written), else in `mzextract` below XDG_CACHE_HOME or ~/.cache. A
run of the command line reads it first and, if it compiled a pattern the
file did not hold, writes it anew at its end (a new file renamed over the
old: a reader sees one whole). A file that is missing, unreadable, damaged,
too large or of another Python only means that patterns are compiled as
usual: a run never fails or warns because of it.
"""

import contextlib
import marshal
import os
import zlib

from ..measures import compiling

_NAME = "patterns"
_LARGEST = 32 * 2**20  # bytes: the whole vocabulary is about 1.3 MB
_HEAD = b"mzextract patterns\n"


def cache_file() -> str | None:
    """Where the patterns are kept; None when MZEXTRACT_CACHE is empty."""
    # (os.path, not pathlib: pathlib's imports cost a run on one file 2.5 ms)
    named = os.environ.get("MZEXTRACT_CACHE")
    if named is not None:
        return os.path.join(named, _NAME) if named else None
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(home, "mzextract", _NAME)


@contextlib.contextmanager
def kept_patterns():
    """In this block, patterns compiled in earlier runs are not compiled again; those
    compiled in it are kept, if it ends without an exception."""
    path = _quietly(cache_file)
    if path is None or not compiling.MACHINE:
        yield
        return
    known = _quietly(lambda: _read(path)) or {}
    compiling.remember(known)
    yield
    made = compiling.made()
    if made and not made.keys() <= known.keys():
        _quietly(lambda: _write(path, {**known, **made}, made))


def _read(path: str) -> dict:
    with open(path, "rb") as file:
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
    if len(payload) > _LARGEST:  # grown with the sentences of many runs: start again
        payload = marshal.dumps(made)
    folder = os.path.dirname(path)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    import tempfile  # (10 ms of imports; most runs write nothing)

    header = _HEAD + compiling.MACHINE.encode() + b"\n%08x\n" % zlib.crc32(payload)
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{_NAME}.")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(header + payload)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _quietly(work):
    """What `work()` gives, or None if it fails: the cache is never worth an error."""
    try:
        return work()
    except Exception:
        return None
