"""What the command line names: files, folders walked for profiles, and `-`."""

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


def expand(arguments: tuple[str, ...]) -> Iterator[Input]:
    """Each argument in order; a folder becomes its profile files, sorted."""
    for argument in arguments:
        if argument == STDIN:
            yield Input(STDIN, None)
        elif os.path.isdir(argument):
            yield from _walk(Path(argument))
        else:
            yield Input(argument, Path(argument))


def _walk(folder: Path) -> Iterator[Input]:
    files = (
        path
        for pattern in PATTERNS
        for path in folder.rglob(pattern)
        if path.is_file() and not _hidden(path.relative_to(folder))
    )
    for path in sorted(set(files)):
        yield Input(str(path), path)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)
