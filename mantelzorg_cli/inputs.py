"""What the command line names: files, folders walked for profiles, and `-`."""

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass

STDIN = "-"
PATTERNS = ("*.txt", "*.html", "*.htm")


@dataclass(frozen=True, slots=True)
class Input:
    """One string per file, not Paths: a pool sends it to a worker for every file."""

    source: str  # as the user wrote it, or a path below a folder they named; "-" for stdin
    start: int  # where, in `source`, the part that `-o DIR/` mirrors begins

    @property
    def relative(self) -> str:
        """Where its output goes below `-o DIR/`."""
        return "stdin" if self.source == STDIN else self.source[self.start :]


def expand(arguments: tuple[str, ...], patterns: tuple[str, ...] = PATTERNS) -> Iterator[Input]:
    """Each argument in order; a folder becomes its matching files, sorted by path.

    A generator, so that a run over 100,000 files never holds all their names.
    """
    patterns = tuple(pattern.lower() for pattern in patterns)
    for argument in arguments:
        if argument == STDIN:
            yield Input(STDIN, 0)
        elif os.path.isdir(argument):
            start = len(os.path.join(argument, ""))
            yield from (Input(path, start) for path in _walk(argument, patterns, set()))
        else:
            yield Input(argument, len(argument) - len(os.path.basename(argument)))


def _walk(folder: str, patterns: tuple[str, ...], seen: set[tuple[int, int]]) -> Iterator[str]:
    """Matching files below `folder`, sorted by path: hidden ones skipped, links followed once.

    Folder by folder rather than all paths sorted at the end, so that only one
    folder's listing is held at a time.
    """
    status = os.stat(folder)
    if (status.st_dev, status.st_ino) in seen:  # a link back up: a loop
        return
    seen.add((status.st_dev, status.st_ino))
    folders: set[str] = set()
    names: list[str] = []  # names, not DirEntries: a folder may hold 100,000 files
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir():
                    folders.add(entry.name)
                    names.append(entry.name)
                elif any(fnmatch.fnmatch(entry.name.lower(), p) for p in patterns):
                    names.append(entry.name)  # PROFIEL.TXT is a *.txt too
    except OSError:  # an unreadable folder holds nothing we can read, as for os.walk
        return
    for name in sorted(names):
        path = os.path.join(folder, name)
        if name in folders:
            yield from _walk(path, patterns, seen)
        else:
            yield path
