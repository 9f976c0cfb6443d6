"""A run over many inputs: each input's records, one line per failure, and a tally."""

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


Say = Callable[[str], None]


def read_bytes(item: Input) -> bytes:
    if item.path is None:
        return sys.stdin.buffer.read()
    return item.path.read_bytes()


def read_inputs(
    inputs: Iterable[Input],
    tally: Tally,
    say: Say,
    *,
    warn: bool,
    advance: Callable[[str], None],
) -> Iterator[tuple[Input, list[dict]]]:
    """Each input that gave records, with them; one line on `say` for every other."""
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
            tally.profiles += len(found)
            for record in found:
                tally.warnings += len(record["warnings"])
                if warn:
                    for warning in record["warnings"]:
                        say(f"{_where(record)}: warning: {warning}")
            advance(item.source)
            yield item, found
            continue
        tally.failed += 1
        say(f"{item.source}: {problem}")
        advance(item.source)


def all_records(results: Iterable[tuple[Input, list[dict]]]) -> Iterator[dict]:
    for _, found in results:
        yield from found


def _where(record: dict) -> str:
    """`file.txt`, or `file.txt#1` for the second profile in a file."""
    index = record["profile_index"]
    return record["source"] if index == 0 else f"{record['source']}#{index}"
