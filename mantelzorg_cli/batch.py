"""A run over many inputs: records out, one line per failure, and a tally."""

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .core import extract
from .errors import InputError
from .inputs import Input


@dataclass
class Tally:
    files: int = 0
    profiles: int = 0
    warnings: int = 0
    failed: int = 0


Report = Callable[[str], None]


def read_bytes(item: Input) -> bytes:
    if item.path is None:
        return sys.stdin.buffer.read()
    return item.path.read_bytes()


def records(
    inputs: Iterable[Input], tally: Tally, fail: Report, warn: Report | None
) -> Iterator[dict]:
    """The records of every input in order; an input that gives none is reported."""
    for item in inputs:
        tally.files += 1
        try:
            found = extract(read_bytes(item), item.source)
        except InputError as error:
            problem = str(error)
        except IsADirectoryError:
            problem = "is a folder, not a file"
        except OSError as error:
            problem = f"cannot read: {error.strerror or error}"
        except Exception as error:  # a bug must not cost the rest of the batch
            problem = f"internal error ({type(error).__name__}: {error}); please report it"
        else:
            for record in found:
                tally.profiles += 1
                tally.warnings += len(record["warnings"])
                if warn is not None:
                    for warning in record["warnings"]:
                        warn(f"{_where(record)}: warning: {warning}")
                yield record
            continue
        tally.failed += 1
        fail(f"{item.source}: {problem}")


def _where(record: dict) -> str:
    """`file.txt`, or `file.txt#1` for the second profile in a file."""
    index = record["profile_index"]
    return record["source"] if index == 0 else f"{record['source']}#{index}"
