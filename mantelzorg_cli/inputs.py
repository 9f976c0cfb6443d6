"""What the command line names: files, folders walked for profiles, and `-`."""

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"
PATTERNS = ("*.txt", "*.html", "*.htm")


@dataclass(frozen=True)
class Input:
    source: str  # as the user wrote it, or a path below a folder they named; "-" for stdin
    path: Path | None  # None for standard input
    relative: Path  # where its output goes below `-o DIR/`


def expand(arguments: tuple[str, ...], patterns: tuple[str, ...] = PATTERNS) -> list[Input]:
    """Each argument in order; a folder becomes its matching files, sorted by path."""
    inputs = []
    for argument in arguments:
        if argument == STDIN:
            inputs.append(Input(STDIN, None, Path("stdin")))
        elif os.path.isdir(argument):
            patterns = tuple(pattern.lower() for pattern in patterns)
            inputs += (
                Input(str(Path(argument, relative)), Path(argument, relative), relative)
                for relative in sorted(_walk(Path(argument), patterns))
            )
        else:
            inputs.append(Input(argument, Path(argument), Path(Path(argument).name)))
    return inputs


def _walk(folder: Path, patterns: tuple[str, ...]) -> Iterator[Path]:
    """Matching files below `folder`, relative to it: hidden ones skipped, links followed once."""
    seen: set[tuple[int, int]] = set()
    for top, folders, files in os.walk(folder, followlinks=True):
        status = os.stat(top)
        if (status.st_dev, status.st_ino) in seen:  # a link back up: a loop
            folders.clear()
            continue
        seen.add((status.st_dev, status.st_ino))
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            lower = name.lower()  # PROFIEL.TXT is a *.txt too
            if not name.startswith(".") and any(fnmatch.fnmatch(lower, p) for p in patterns):
                yield Path(top, name).relative_to(folder)
