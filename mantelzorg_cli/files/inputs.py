"""What the command line names: files, folders walked for profiles, and `-`.

Walking never stops at a bad entry: a folder that cannot be listed, a link
that loops, a named pipe among the profiles, or a folder with nothing to
read each become an `Input` with a `problem`, which the batch reports on one
line naming the path, like any other input that gives no record.
"""

import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass

STDIN = "-"
MAX_SIZE = 50 * 1024 * 1024  # bytes of one input; the largest real profile page is ~1 MB
PATTERNS = ("*.txt", "*.md", "*.html", "*.htm")
_NODE_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


@dataclass(frozen=True, slots=True)
class Input:
    """One string per file, not Paths: a pool sends it to a worker for every file."""

    source: str  # as the user wrote it, or a path below a folder they named; "-" for stdin
    start: int  # where, in `source`, the part that `-o DIR/` mirrors begins
    problem: str | None = None  # why it cannot be read, found while walking

    @property
    def relative(self) -> str:
        """Where its output goes below `-o DIR/`."""
        return "stdin" if self.source == STDIN else self.source[self.start :]

    @property
    def name(self) -> str:
        """`source` as text: bytes of a file name that are not UTF-8 become `\\xff`."""
        return shown_path(self.source)


def shown_path(path: str) -> str:
    """A path as printable text: undecodable bytes (kept as surrogates by `os`) as `\\xNN`."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def expand(arguments: tuple[str, ...], patterns: tuple[str, ...] = PATTERNS) -> Iterator[Input]:
    """Each argument in order; a folder becomes its matching files, sorted by path.

    A generator, so that a run over 100,000 files never holds all their names.
    """
    lowered = tuple(pattern.lower() for pattern in patterns)
    for argument in arguments:
        if argument == STDIN:
            yield Input(STDIN, 0)
        elif "\0" in argument:  # no file has such a name (a command line cannot hold one)
            yield Input(argument, 0, "cannot read: the name holds a NUL character")
        elif os.path.isdir(argument):
            start = len(os.path.join(argument, ""))
            found = False
            for item in _walk(argument, start, lowered, set()):
                found = True
                yield item
            if not found:
                yield Input(argument, start, f"no files matching {', '.join(patterns)}")
        else:
            yield Input(argument, len(argument) - len(os.path.basename(argument)))


def _walk(top: str, start: int, patterns: tuple[str, ...], seen: set) -> Iterator[Input]:
    """Matching files below `top`, sorted by path: hidden ones skipped, links followed once.

    Folder by folder rather than all paths sorted at the end, so that only the
    listings of the folders on the way down are held; a stack, not recursion,
    so that no depth of folders is too deep.
    """
    stack = [_entries(top, start, patterns, seen)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, Input):
            yield entry
        else:  # a folder: its entries come before the rest of this one's
            stack.append(_entries(entry, start, patterns, seen))


def _entries(folder: str, start: int, patterns: tuple[str, ...], seen: set) -> Iterator:
    """A folder's matching files (as `Input`s) and subfolders (as paths), sorted by name."""
    try:
        status = os.stat(folder)
        if (status.st_dev, status.st_ino) in seen:  # a link back up: a loop, walked once
            return
        seen.add((status.st_dev, status.st_ino))
        folders, names = _listing(folder, patterns)
    except OSError as error:
        yield Input(folder, start, f"cannot read folder: {error.strerror or error}")
        return
    for name in sorted(names):
        path = os.path.join(folder, name)
        yield path if name in folders else Input(path, start, names[name])


def _listing(folder: str, patterns: tuple[str, ...]) -> tuple[set[str], dict[str, str | None]]:
    """The subfolders, and the matching names with why each cannot be read (None: it can)."""
    folders: set[str] = set()
    names: dict[str, str | None] = {}  # names, not DirEntries: a folder may hold 100,000 files
    with os.scandir(folder) as listing:
        for entry in listing:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    folders.add(entry.name)
                    names[entry.name] = None
                    continue
            except OSError:  # a link that loops or cannot be followed: reading it will say why
                pass
            if any(fnmatch.fnmatch(entry.name.lower(), p) for p in patterns):
                names[entry.name] = _not_a_file(entry)  # PROFIEL.TXT is a *.txt too
    return folders, names


def _not_a_file(entry: os.DirEntry) -> str | None:
    """Why a matching entry is not read: a pipe would block, a device never ends."""
    try:
        if entry.is_file():
            return None
        mode = entry.stat().st_mode
    except OSError:  # broken or looping link: opening it gives the reason
        return None
    kind = next((kind for test, kind in _NODE_KINDS if test(mode)), "not a regular file")
    return f"skipped: {kind}, not a file"
