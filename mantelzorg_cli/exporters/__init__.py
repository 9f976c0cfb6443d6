"""Writers, one module per format, looked up by name.

Each writer is `write(records, out, options)`: it takes an iterable of
records and writes them as they arrive, so a long run streams; `out` is a
text stream, or for a database (`DATABASES`) an open `sqlite3.Connection`.
"""

import importlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

# name -> (module, function, file extension)
_WRITERS = {
    "json": ("json_writer", "write_json", ".json"),
    "jsonl": ("json_writer", "write_jsonl", ".jsonl"),
    "csv": ("csv_writer", "write_csv", ".csv"),
    "yaml": ("yaml_writer", "write_yaml", ".yaml"),
    "sqlite": ("sqlite_writer", "write_sqlite", ".db"),
}
FORMATS = tuple(_WRITERS)
DATABASES = ("sqlite",)  # written into a file by name, never to a stream
CSV_TABLES = ("profiles", "items", "measures", "matrix")  # --table: csv_writer.TABLES
_ALIASES = {".ndjson": "jsonl", ".yml": "yaml", ".sqlite": "sqlite", ".sqlite3": "sqlite"}


@dataclass(frozen=True)
class Options:
    """How an exporter writes, beyond its format."""

    table: str = "profiles"  # CSV rows: per profile; paragraph, item and sub-item; or measure
    excel: bool = False  # CSV for a Dutch Excel: semicolons, BOM, formulas neutralised
    measures: tuple[str, ...] = ()  # the vocabulary's ids: the matrix's columns
    about: "RunFacts | None" = None  # what a database keeps of the run


@dataclass(frozen=True)
class RunFacts:
    """What a database records of the run that wrote it."""

    made: str  # when: ISO 8601, UTC
    inputs: tuple[str, ...]  # the paths as given
    vocabulary_name: str  # "built-in", or the --measures file
    measures: tuple  # the vocabulary's `Measure`s, in order


Writer = Callable[[Iterable[dict], TextIO, Options], None]


def get_writer(name: str) -> Writer:
    module, function, _ = _WRITERS[name]
    return getattr(importlib.import_module(f"{__name__}.{module}"), function)


def extension(name: str) -> str:
    return _WRITERS[name][2]


def format_of(path: str) -> str | None:
    """The format a file name asks for by its extension, if any."""
    suffix = os.path.splitext(path)[1].lower()
    by_extension = {spec[2]: name for name, spec in _WRITERS.items()}
    return by_extension.get(suffix) or _ALIASES.get(suffix)


def one_or_many(records: Iterable[dict]) -> tuple[dict | None, Iterable[dict] | None]:
    """Peek: `(record, None)` for exactly one record, `(None, all)` otherwise.

    JSON and YAML write an object for one profile and a list for several,
    without holding more than two records to decide.
    """
    stream = iter(records)
    first = next(stream, None)
    if first is None:
        return None, ()
    second = next(stream, None)
    if second is None:
        return first, None
    return None, _chain(first, second, stream)


def _chain(first: dict, second: dict, rest: Iterable[dict]) -> Iterable[dict]:
    yield first
    yield second
    yield from rest
