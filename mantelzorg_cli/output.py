"""Output files that are whole or absent: never half written."""

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from .inputs import Input


@contextlib.contextmanager
def atomic_text_file(path: Path) -> Iterator[TextIO]:
    """A UTF-8 stream to a temporary file beside `path`, renamed onto it when done.

    If the block fails (or is interrupted), the temporary file is removed and
    `path` keeps what it had.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # O_EXCL: never write into a file someone else made; 0o666 less the umask,
    # like any file the user creates.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def mirror_paths(
    results: Iterable[tuple[Input, list[dict]]], folder: Path, extension: str
) -> Iterator[tuple[Path, list[dict]]]:
    """Where each input's records go below `folder`: its own path, with `extension`.

    `a.txt` and `a.html` in one folder would both be `a.json`; the second
    keeps its own extension too (`a.html.json`).
    """
    taken: set[Path] = set()
    for item, records in results:
        relative = Path(item.relative)
        path = folder / relative.with_suffix(extension)
        if path in taken:
            path = folder / relative.with_name(relative.name + extension)
        taken.add(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        yield path, records
