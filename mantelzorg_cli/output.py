"""Output files that are whole or absent: never half written."""

import contextlib
import os
from collections.abc import Iterable, Iterator
from typing import TextIO

from .inputs import Input


@contextlib.contextmanager
def atomic_text_file(path: str) -> Iterator[TextIO]:
    """A UTF-8 stream to a temporary file beside `path`, renamed onto it when done.

    If the block fails (or is interrupted), the temporary file is removed and
    `path` keeps what it had.
    """
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
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
    results: Iterable[tuple[Input, list[dict]]], folder: str, extension: str
) -> Iterator[tuple[str, list[dict]]]:
    """Where each input's records go below `folder`: its own path, with `extension`.

    `a.txt` and `a.html` in one folder would both be `a.json`; the second
    keeps its own extension too (`a.html.json`).
    """
    taken: set[str] = set()
    for item, records in results:
        path = os.path.join(folder, os.path.splitext(item.relative)[0] + extension)
        if path in taken:
            path = os.path.join(folder, item.relative + extension)
        taken.add(path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        yield path, records
